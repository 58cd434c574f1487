package clean

import "testing"

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want kind
	}{
		{"TT", kWidget},
		{"20", kWidget},
		{"1.2K", kWidget},
		{"37 Comments", kWidget},
		{"Share", kWidget},
		{"Tweet", kWidget},
		{"Facebook Twitter Email", kWidget},
		{"Share on Facebook", kWidget},
		{"Copy link", kWidget},
		{"|", kWidget},
		{"5 min read", kWidget},
		{"Listen to this article · 5 min read", kWidget},
		{"Share | Tweet | 12", kWidget},
		{"Jane Roe, Staff Writer", kByline},
		{"Patrick Lee Diplomatic editor", kByline},
		{"Copy Link copied", kWidget},
		{"Advertisement - Scroll to continue", kAd},
		{"[1/5] Displaced people queue for water in Rafah, May 6, 2024. REUTERS/Ali Hamad Purchase Licensing Rights, opens new tab", kCaption},
		{"Image source, Getty Images", kCaption},
		{"Image caption, Families wait at the crossing", kCaption},
		{"Israel fires newspaper editor", kShort},
		{"1 of 25 DOCUMENTS", kEnd},
		{"Document 3 of 10", kEnd},
		{"LENGTH: 412 words", kEnd},
		{"BYLINE: Tom Field, Foreign Service", kByline},
		{"March 15, 1999, Monday, Final Edition", kStamp},
		{"READ MORE: Envoy resigns after talks fail", kAd},
		{"WATCH: Leaders sign the accord in Doha", kAd},
		{"Leaders meet in Doha (AFP/File)", kCaption},
		{"More than 200 people were killed in the fighting, the ministry said.", kProse},
		{"Some 200 were arrested, police said.", kProse},
		{"The talks failed, he says.", kProse},
		{"Israel says it struck Hezbollah sites", kShort},
		{"What the envoy said.", kShort},
		{"Listen to this article · 6:12 min", kWidget},
		{"Updated 8:15 p.m. ET", kStamp},
		{"Nov. 27, 2023", kStamp},
		{"Skip to site index", kWidget},
		{"Credit...Omar Saleh/EPA, via Shutterstock", kCaption},
		{"ADVERTISEMENT", kAd},
		{"Advertisement", kAd},
		{"Story continues below advertisement", kAd},
		{"Home > World > Africa", kCrumb},
		{"News / Europe / Balkans", kCrumb},
		{"Home » Politics", kCrumb},
		{"12 May 2023 | 09:45 GMT", kStamp},
		{"2:38 PM - Friday, August 8, 2025", kStamp},
		{"Published: 25 June 2024, 14:20 CET", kStamp},
		{"Updated on 6 March 2024 - 18:10", kStamp},
		{"Thu 9 Nov 2023 18.40 GMT", kStamp},
		{"Posted on December 27, 2022 at 11:05 am", kStamp},
		{"Monday 21 February 2022", kStamp},
		{"2023-12-07T10:30:00Z", kStamp},
		{"Updated 3 hours ago", kStamp},
		{"By Olena Marchuk and Daniel Ferris", kByline},
		{"By World Desk staff", kByline},
		{"Staff Report", kByline},
		{"By JOHN A.", kByline},
		{"FILE PHOTO: A soldier stands guard at a checkpoint near the border, May 4, 2024. REUTERS/Jan Novak/File Photo", kCaption},
		{"PHOTO CAPTION: Freed detainees arrive at the airport, October 13, 2025.", kCaption},
		{"A convoy crosses the bridge on Tuesday, March 3, 2020. (AP Photo/Maria Lopez)", kCaption},
		{"A tent camp stretches along the shore, Wednesday, July 2, 2025. (AP)", kCaption},
		{"Leaders shake hands after the signing in Geneva on June 1, 2021. (Photo by Ana Ruiz / AFP)", kCaption},
		{"Delegates arrive for talks in Doha. (Xinhua/Li Wei)", kCaption},
		{"— AFP", kCredit},
		{"(Reuters)", kCredit},
		{"Related Articles", kTail},
		{"Read more:", kTail},
		{"You may also like", kTail},
		{"Topics: Sudan, Saudi Arabia, Conflict", kEnd},
		{"Copyright 2025 - All Rights Reserved", kEnd},
		{"© 2022 Asia Desk Media. All rights reserved.", kEnd},
		{"Sign up for our World News newsletter", kEnd},
		{"Copyright 2024 The Harbor Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.", kEnd},
		{"Harbor Wire writer Amina Said in Mombasa, Kenya, contributed to this report.", kEnd},
		{"Enditem", kEnd},
		{"Harbor Wire writer Jean-Paul Mbala in Kinshasa contributed.", kEnd},
		{"Several factors contributed.", kShort},
		{"Local officials contributed funds to the report on the flood, the mayor said.", kProse},
		{"(Reporting by Anna Kovacs in Budapest; Editing by Tom Reed)", kEnd},
		{"Broader Understandings?", kShort},
		{"TRUMP ADDRESSES KNESSET", kShort},
		{"Details are murky", kShort},
		{"This site uses cookies. By continuing to browse you agree to our use of cookies. OK", kWidget},
		{"We use cookies to improve your experience. Accept all", kWidget},
		{"Bakers said the price of cookies had doubled since the siege began in March.", kProse},
		{"More from Great Lakes Monitor", kTail},
		{"More from the front, where the army says it holds the bridge", kShort},
		{"Syria and Israel in Direct Talks Focused on Security Rather Than Normalization", kShort},
		{"CARACAS, Venezuela (AP) — The two sides agreed on Monday to extend the truce for six months.", kProse},
		{"BRUSSELS (Reuters) - Talks between the two leaders broke up on Thursday without agreement.", kProse},
		{"By Tuesday evening, the army said it had retaken the town and opened the road to the south.", kProse},
		{"Copyright disputes over the footage delayed its release by several weeks, officials said.", kProse},
		{"Share prices in the region fell sharply after the talks collapsed on Friday, traders said.", kProse},
		{"\"We will not stop,\" he said.", kShort},
		{"A Reuters/Ipsos poll released on Friday showed the governing party ahead by five points among likely voters, with 19 percent undecided.", kProse},
		{"Here's a look at the situation and the challenges it might present.", kProse},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			l := line{text: tt.line}
			classify(&l)
			if l.kind != tt.want {
				t.Errorf("classify(%q) = %v, want %v", tt.line, l.kind, tt.want)
			}
		})
	}
}

func TestFindDates(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		weekday bool
	}{
		{"near the border, May 4, 2025. REUTERS/x", []string{"2025-05-04"}, false},
		{"Khan Younis, Gaza Strip, Wednesday, July 2, 2025. (AP)", []string{"2025-07-02"}, true},
		{"on a Tuesday, July 2, 2025", []string{"2025-07-02"}, false}, // July 2, 2025 was a Wednesday
		{"12 May 2023 | 09:45 GMT", []string{"2023-05-12"}, false},
		{"Sept. 14, 2023", []string{"2023-09-14"}, false},
		{"Oct 14th, 2025 - 09:42 EAT and 1st March 2024", []string{"2025-10-14", "2024-03-01"}, false},
		{"the 14th floor, 2025 plans", nil, false},
		{"Thu 9 Nov 2023 18.40 GMT", []string{"2023-11-09"}, true},
		{"2023-12-07T10:30:00Z", []string{"2023-12-07"}, false},
		{"03/15/1999 and 15/03/1999 and 15.03.1999", []string{"1999-03-15", "1999-03-15", "1999-03-15"}, false},
		{"02/03/2001", []string{"2001-02-03"}, false},
		{"February 30, 2024", nil, false},
		{"May 2024", nil, false},
		{"on May 14", nil, false},
		{"in 1967 and 1974", nil, false},
		{"10 more hostages, 2 on the final day, 2025", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			hits := findDates(tt.in)
			if len(hits) != len(tt.want) {
				t.Fatalf("findDates(%q) = %v, want %v", tt.in, hits, tt.want)
			}
			for i, h := range hits {
				if h.iso() != tt.want[i] {
					t.Errorf("hit %d = %s, want %s", i, h.iso(), tt.want[i])
				}
				if i == 0 && h.weekday != tt.weekday {
					t.Errorf("weekday = %v, want %v", h.weekday, tt.weekday)
				}
				if h.start < 0 || h.end > len(tt.in) || h.start >= h.end {
					t.Errorf("span [%d,%d) out of %d", h.start, h.end, len(tt.in))
				}
			}
		})
	}
}
