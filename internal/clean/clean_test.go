package clean

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/read"
)

// story is what a test expects of one article.
type want struct {
	title   string
	lead    string   // the text starts with it
	removed []string // exactly these lines, in order (nil: not checked)
	keep    []string // paragraphs the text must hold
	caps    []string // exactly these captions (nil: not checked)
	pub     string   // published date, "" for none
	from    string   // published_from
	outlet  string
}

func TestArticles(t *testing.T) {
	tests := []struct {
		name  string
		doc   read.Doc
		opts  Options
		wants []want
	}{
		{
			name: "two stories, repeated headline, captions, counters",
			doc: read.Doc{Text: `Rebels and Army Agree to Truce in the North

Soldiers stand at a checkpoint outside the city, Tuesday, March 3, 2020. (AP Photo/Jane Roe)
Soldiers stand at a checkpoint outside the city, Tuesday, March 3, 2020. (AP Photo/Jane Roe)
TT
7

Rebels and Army Agree to Truce in the North

NORTHTOWN (AP) — The army and the rebel alliance agreed on Tuesday to a truce in the northern provinces, mediators said.

Why now?

The truce follows weeks of fighting that displaced about 40,000 people, according to aid groups working in the area.



Ministers Meet in Geneva on Water Dispute

Two ministers shake hands before the talks in Geneva, Switzerland, May 10, 2021. REUTERS/Max Mustermann/File Photo
TT
3

GENEVA (Reuters) - Ministers from the two countries met in Geneva on Monday to discuss the dam dispute, three diplomats told Reuters.

No agreement was reached, but the sides agreed to meet again next month, the diplomats said.
`},
			wants: []want{
				{title: "Rebels and Army Agree to Truce in the North", lead: "NORTHTOWN (AP) — The army",
					removed: []string{
						"Soldiers stand at a checkpoint outside the city, Tuesday, March 3, 2020. (AP Photo/Jane Roe)",
						"Soldiers stand at a checkpoint outside the city, Tuesday, March 3, 2020. (AP Photo/Jane Roe)",
						"TT", "7", "Rebels and Army Agree to Truce in the North"},
					keep: []string{"Why now?"},
					caps: []string{"Soldiers stand at a checkpoint outside the city, Tuesday, March 3, 2020. (AP Photo/Jane Roe)"},
					pub:  "2020-03-03", from: "caption", outlet: "The Associated Press"},
				{title: "Ministers Meet in Geneva on Water Dispute", lead: "GENEVA (Reuters) - Ministers",
					removed: []string{"Two ministers shake hands before the talks in Geneva, Switzerland, May 10, 2021. REUTERS/Max Mustermann/File Photo", "TT", "3"},
					from:    "none", outlet: "Reuters"},
			},
		},
		{
			name: "sub-headings stay, a mid-body caption and ad go",
			doc: read.Doc{Text: `Talks Resume as Fighting Eases

By Staff Writer Jon Doe
Published: 4 April 2019

The delegations returned to the table on Thursday after a pause of two weeks, officials said.

WHAT THE DEAL SAYS

The draft calls for a phased withdrawal of troops and the exchange of all detainees within 30 days.

A delegate walks to the venue. (Photo by Sam Poe / AFP)

Advertisement

Obstacles remain

Both sides still disagree on who should monitor the withdrawal, two diplomats said on Thursday.
`},
			wants: []want{{title: "Talks Resume as Fighting Eases", lead: "The delegations returned",
				removed: []string{"By Staff Writer Jon Doe", "Published: 4 April 2019", "A delegate walks to the venue. (Photo by Sam Poe / AFP)", "Advertisement"},
				keep:    []string{"WHAT THE DEAL SAYS", "Obstacles remain"},
				caps:    []string{"A delegate walks to the venue. (Photo by Sam Poe / AFP)"},
				pub:     "2019-04-04", from: "text"}},
		},
		{
			name: "a related tail, then the next page with its breadcrumb",
			doc: read.Doc{Text: `News > Europe
Envoys agree on prisoner swap
Share
Tweet

KYIV -- Envoys from both countries agreed on Saturday to exchange 50 prisoners each next week, a mediator said.

The swap would be the first in three months, the mediator added, speaking on condition of anonymity.

Related Stories
Earlier swap collapsed at the last minute
Families wait for news at the border
News > Africa
Leaders sign border accord in Addis Ababa
Share

ADDIS ABABA -- The leaders of the two neighbours signed an accord on Sunday to demarcate their shared border.

The accord sets up a joint commission that will report within six months, the foreign ministry said.
`},
			wants: []want{
				{title: "Envoys agree on prisoner swap", lead: "KYIV -- Envoys",
					removed: []string{"News > Europe", "Share", "Tweet", "Related Stories", "Earlier swap collapsed at the last minute", "Families wait for news at the border"},
					from:    "none"},
				{title: "Leaders sign border accord in Addis Ababa", lead: "ADDIS ABABA -- The leaders",
					removed: []string{"News > Africa", "Share"}, from: "none"},
			},
		},
		{
			name: "a wire credit closes one story, the next headline follows directly",
			doc: read.Doc{Text: `Navy frees hijacked cargo ship

MOGADISHU (Reuters) - Navy commandos freed a hijacked cargo ship off the coast on Friday, the navy said in a statement.

All 17 crew members were safe, it said.

(Reporting by Ann Lee; Editing by Bob Ray)

Parliament backs peace plan

NAIROBI (Reuters) - Lawmakers approved the government's peace plan on Saturday by a wide margin, the speaker said.
`},
			wants: []want{
				{title: "Navy frees hijacked cargo ship", lead: "MOGADISHU (Reuters)", outlet: "Reuters",
					removed: []string{"(Reporting by Ann Lee; Editing by Bob Ray)"}, keep: []string{"All 17 crew members were safe, it said."}},
				{title: "Parliament backs peace plan", lead: "NAIROBI (Reuters)", outlet: "Reuters", removed: []string{}},
			},
		},
		{
			name: "hard-wrapped text is joined into paragraphs",
			doc: read.Doc{Text: `Ceasefire talks stall over prisoner lists

The two delegations failed on Wednesday to agree on the lists of
prisoners to be released in the first phase of the deal, according
to three officials who attended the meeting in the capital.

One official said the talks would resume after the holiday, but
that the mediators had not yet set a date for the next round of
negotiations between the parties.
`},
			wants: []want{{title: "Ceasefire talks stall over prisoner lists",
				lead:    "The two delegations failed on Wednesday to agree on the lists of prisoners to be released in the first phase of the deal, according to three officials who attended the meeting in the capital.\n\nOne official said",
				removed: []string{}}},
		},
		{
			name: "a body from metadata: the repeated title goes, no split",
			doc: read.Doc{Body: true, Title: "Army retakes key town", Published: "2024-02-02", URL: "https://example.org/a", Text: `Army retakes key town
The army said on Friday it had retaken the town after a week of fighting with rebels.
Share this article
A second paragraph says the town's 20,000 residents had fled before the assault.`},
			wants: []want{{title: "Army retakes key town", lead: "The army said on Friday",
				removed: []string{"Army retakes key town", "Share this article"}, pub: "2024-02-02", from: "metadata"}},
		},
		{
			name: "a live page: every entry under its time is body, no caption",
			doc: read.Doc{Text: `Border live: shelling resumes near the crossing

LIVE
Updated 1 hour ago

Mar 4, 2025

16:20 GMT
The border guard (BG) said on Tuesday that shelling had resumed near the crossing after a lull of two days.

15:05 GMT
Mediators from the regional bloc said the talks in the capital would go on despite the shelling, a spokesman said.

14:40 GMT
Aid groups said about 3,000 families had fled the villages along the border road since the weekend.

Share
Advertisement`},
			wants: []want{{title: "Border live: shelling resumes near the crossing", lead: "The border guard (BG) said on Tuesday",
				keep:    []string{"Aid groups said about 3,000 families had fled the villages along the border road since the weekend."},
				removed: []string{"LIVE", "Updated 1 hour ago", "Mar 4, 2025", "16:20 GMT", "15:05 GMT", "14:40 GMT", "Share", "Advertisement"},
				caps:    []string{}, pub: "2025-03-04", from: "text", outlet: ""}},
		},
		{
			name: "a press release: the letterhead and the place line are no headline",
			doc: read.Doc{Text: `MINISTRY OF FOREIGN AFFAIRS
Department of Public Diplomacy

PRESS RELEASE
For immediate release
Addis Ababa/Nairobi, 14 February 2024

Ministry welcomes the resumption of border talks with its neighbour

The Ministry of Foreign Affairs welcomes the resumption of talks on the demarcation of the common border, which opened on Tuesday in the capital.

The two delegations agreed to meet again within 30 days, the ministry said.`},
			wants: []want{{title: "Ministry welcomes the resumption of border talks with its neighbour", lead: "The Ministry of Foreign Affairs welcomes",
				removed: []string{"MINISTRY OF FOREIGN AFFAIRS", "Department of Public Diplomacy", "PRESS RELEASE", "For immediate release", "Addis Ababa/Nairobi, 14 February 2024"},
				pub:     "2024-02-14", from: "text", outlet: ""}},
		},
		{
			name: "a press release whose headline stands above its mark, then a symbol and a date",
			doc: read.Doc{Text: `Envoy welcomes the return of detained fishermen

PRESS RELEASE
SG/SM/40112
3 May 2024

The Special Envoy welcomes the return on 2 May of fourteen fishermen detained since March.

He urges both parties to keep the hotline between their coast guards open.

For information media. Not an official record.`},
			wants: []want{{title: "Envoy welcomes the return of detained fishermen", lead: "The Special Envoy welcomes",
				removed: []string{"PRESS RELEASE", "SG/SM/40112", "3 May 2024", "For information media. Not an official record."},
				pub:     "2024-05-03", from: "text", outlet: ""}},
		},
		{
			name: "the outlet on the line under a byline",
			doc: read.Doc{Text: `Army says it has retaken key bridge

By Amina Odhiambo

Coast Radio News, Mombasa

Published

12 March 2024

The army says it has retaken a strategic bridge north of the capital after two days of fighting with the rebels.

The rebels said they had withdrawn to protect civilians, a claim the army denied.`},
			wants: []want{{title: "Army says it has retaken key bridge", lead: "The army says it has retaken",
				pub: "2024-03-12", from: "text", outlet: "Coast Radio News"}},
		},
		{
			name: "a region under a byline is no outlet",
			doc: read.Doc{Text: `Army says it has retaken key bridge

By Amina Odhiambo

East Africa, Mombasa

12 March 2024

The army says it has retaken a strategic bridge north of the capital after two days of fighting with the rebels.

The rebels said they had withdrawn to protect civilians, a claim the army denied.`},
			wants: []want{{title: "Army says it has retaken key bridge", lead: "The army says it has retaken",
				pub: "2024-03-12", from: "text", outlet: ""}},
		},
		{
			name: "the writer's note under the story is removed",
			doc: read.Doc{Body: true, Title: "Truce extended for three months", Published: "2024-04-16", Text: `The government extended its truce with the rebels on Monday until July, excluding one province, officials said.

Negotiators said the talks had produced concrete commitments on the release of hostages.

Ana Lucía Ruiz covers the peace process and the eastern plains for the Plains Daily.`},
			wants: []want{{title: "Truce extended for three months", lead: "The government extended",
				removed: []string{"Ana Lucía Ruiz covers the peace process and the eastern plains for the Plains Daily."},
				pub:     "2024-04-16", from: "metadata"}},
		},
		{
			name: "a closing paragraph about a minister is no writer's note",
			doc: read.Doc{Body: true, Title: "Truce extended", Published: "2024-04-16", Text: `The government extended its truce with the rebels on Monday until July, excluding one province, officials said.

Carlos Mena is the defence minister and a former general who led the talks in 2016.`},
			wants: []want{{title: "Truce extended", lead: "The government extended", removed: []string{},
				keep: []string{"Carlos Mena is the defence minister and a former general who led the talks in 2016."},
				pub:  "2024-04-16", from: "metadata"}},
		},
		{
			name:  "the flag wins over the text's date",
			doc:   read.Doc{Text: "Truce holds\n12 May 2023 | 09:45 GMT\n\nThe truce held for a third day on Friday, residents said by telephone."},
			opts:  Options{Published: "2023-05-13"},
			wants: []want{{title: "Truce holds", lead: "The truce held", pub: "2023-05-13", from: "flag"}},
		},
		{
			name: "a headline that ends with a stop",
			doc: read.Doc{Text: `Mediators Say Both Sides Accept the Outline of a Deal.

The mediators said on Monday that both sides had accepted the outline of a deal to end the fighting.

The details would be worked out by negotiators in the coming weeks, the mediators said.`},
			wants: []want{{title: "Mediators Say Both Sides Accept the Outline of a Deal.", lead: "The mediators said on Monday", removed: []string{}}},
		},
		{
			name: "a repeated paragraph is removed once",
			doc: read.Doc{Text: `Aid convoy reaches besieged city

An aid convoy of 30 trucks reached the besieged city on Sunday, the Red Crescent said.

An aid convoy of 30 trucks reached the besieged city on Sunday, the Red Crescent said.

It was the first convoy to reach the city in two months.`},
			wants: []want{{title: "Aid convoy reaches besieged city", lead: "An aid convoy",
				removed: []string{"An aid convoy of 30 trucks reached the besieged city on Sunday, the Red Crescent said."}}},
		},
		{
			name: "signed letters stay one article, a closing sentence stays",
			doc: read.Doc{Text: `Readers on the border talks

I do not see how the talks can succeed while both armies keep moving troops to the border.

Anna Berg.

Oslo.

FACEBOOK.

The mediators deserve more credit than they get, whatever the outcome of this round.

Only one side came.`},
			wants: []want{{title: "Readers on the border talks", lead: "I do not see",
				keep: []string{"Anna Berg.", "Only one side came."}, removed: []string{"FACEBOOK."}}},
		},
		{
			name: "stories between separator rules",
			doc: read.Doc{Text: `Border crossing reopens

The main border crossing reopened on Monday after a two-week closure, customs officials said.

* * *

Envoy arrives for talks

The United Nations envoy arrived in the capital on Tuesday for talks with both sides, his office said.
-----
`},
			wants: []want{
				{title: "Border crossing reopens", lead: "The main border", removed: []string{"* * *"}},
				{title: "Envoy arrives for talks", lead: "The United Nations envoy", removed: []string{"-----"}},
			},
		},
		{
			name: "a body keeps its lists, even repeated items, but not a related list",
			doc: read.Doc{Body: true, Text: `GENEVA
The talks will be held in three rounds over the summer, the organisers said on Monday.
Round one
Opening statements
Round two
Opening statements
You may also like
Envoy resigns after talks fail`},
			wants: []want{{lead: "GENEVA\n\nThe talks will be held",
				keep:    []string{"Round one", "Round two", "Opening statements"},
				removed: []string{"You may also like", "Envoy resigns after talks fail"}}},
		},
		{
			name: "wire stories pasted without headlines split at their datelines",
			doc: read.Doc{Text: `LONDON (Reuters) - Britain will send a second team of mediators to the talks next week, the foreign office said on Monday.

The team will be led by a senior diplomat, it said.
ROME (AP) — Italy's foreign minister said on Monday he would host the next round of talks in the capital.

He did not give a date.`},
			wants: []want{
				{lead: "LONDON (Reuters)", outlet: "Reuters", removed: []string{}},
				{lead: "ROME (AP)", outlet: "The Associated Press", removed: []string{}},
			},
		},
		{
			name: "a byline names the agency and the date; a yearless dateline takes a same-day caption's year",
			doc: read.Doc{Text: `Ministers agree on grain corridor
By Jane Roe, Associated Press | Aug 1, 2023

ISTANBUL -- Ministers from the three countries agreed on Tuesday to reopen the grain corridor for another 120 days.

Turkey to host first inspections
Ships queue off the coast near Istanbul, August 2, 2023. (AP Photo/Ali Can)
Max Poe, Staff Writer

ANKARA, Aug 2 (Reuters) - Turkey said on Wednesday it would host the first inspection of ships under the reopened corridor.

Inspectors from both sides would take part, the defence ministry said.`},
			wants: []want{
				{title: "Ministers agree on grain corridor", lead: "ISTANBUL -- Ministers", pub: "2023-08-01", from: "text", outlet: "The Associated Press",
					removed: []string{"By Jane Roe, Associated Press | Aug 1, 2023"}},
				{title: "Turkey to host first inspections", lead: "ANKARA, Aug 2 (Reuters)", pub: "2023-08-02", from: "text", outlet: "Reuters",
					removed: []string{"Ships queue off the coast near Istanbul, August 2, 2023. (AP Photo/Ali Can)", "Max Poe, Staff Writer"}},
			},
		},
		{
			name: "a Title Case place with a full date and a dash dates the story",
			doc: read.Doc{Text: `Shelling kills civilians in besieged city

Khartoum, 14 November 2026 -- Paramilitary forces shelled the city late on Sunday, killing at least 23 civilians, a medical group said.`},
			wants: []want{{title: "Shelling kills civilians in besieged city", lead: "Khartoum, 14 November 2026", pub: "2026-11-14", from: "text"}},
		},
		{
			name: "a Title Case place, its country and a credit before the dash",
			doc: read.Doc{Text: `Rebels pull back from mining town

Goma, Congo, March 4, 2026 (Radio Okapi) — The rebels said on Wednesday they would withdraw within 72 hours.`},
			wants: []want{{title: "Rebels pull back from mining town", lead: "Goma, Congo, March 4, 2026", pub: "2026-03-04", from: "text"}},
		},
		{
			name: "a sentence opening with a date is no dateline",
			doc: read.Doc{Text: `Ministers meet on water dispute

Officials said Monday, March 2, 2026 - a day late - that the talks would go ahead.`},
			wants: []want{{title: "Ministers meet on water dispute", lead: "Officials said Monday", pub: "", from: "none"}},
		},
		{
			name: "a numeric dateline read day first when the lead names that reading's weekday",
			doc: read.Doc{Text: `Defence spending to rise

LONDON, 02/03/2026 - Britain will raise defence spending, the prime minister said on Monday.`},
			wants: []want{{title: "Defence spending to rise", lead: "LONDON, 02/03/2026", pub: "2026-03-02", from: "text"}},
		},
		{
			name: "a numeric dateline stays in US order when the lead names that weekday",
			doc: read.Doc{Text: `Defence spending to rise

WASHINGTON, 02/03/2026 - The Senate voted on Tuesday to raise defence spending.`},
			wants: []want{{title: "Defence spending to rise", lead: "WASHINGTON, 02/03/2026", pub: "2026-02-03", from: "text"}},
		},
		{
			name: "a dateline without a year takes it from the day's timestamp",
			doc: read.Doc{Text: `Truce extended
Updated 14:05 GMT, 26 June 2024
Posted 10:00 GMT, 25 June 2024

KYIV, June 25 (Reuters) - The two sides agreed on Tuesday to extend the local truce around the power plant by a week.`},
			wants: []want{{title: "Truce extended", lead: "KYIV, June 25", pub: "2024-06-25", from: "text", outlet: "Reuters"}},
		},
		{
			name: "a yearless dateline after an earlier caption of this year falls on or after it",
			doc: read.Doc{Text: `Relief flights resume to northern airport
A cargo plane unloads sacks of flour at the airport in Mekele, Ethiopia, November 30, 2025. REUTERS/Staff

ADDIS ABABA, Jan 3 (Reuters) - Relief flights to the northern airport resumed on Friday after a pause of three weeks, two aid officials said.`},
			wants: []want{{title: "Relief flights resume to northern airport", lead: "ADDIS ABABA, Jan 3", pub: "2026-01-03", from: "text", outlet: "Reuters",
				removed: []string{"A cargo plane unloads sacks of flour at the airport in Mekele, Ethiopia, November 30, 2025. REUTERS/Staff"}}},
		},
		{
			name: "a file photo's year does not date a yearless dateline",
			doc: read.Doc{Text: `Relief flights resume to northern airport
FILE PHOTO: A cargo plane unloads sacks of flour at the airport in Mekele, Ethiopia, November 30, 2019. REUTERS/Staff/File Photo

ADDIS ABABA, Jan 3 (Reuters) - Relief flights to the northern airport resumed on Friday after a pause of three weeks, two aid officials said.`},
			wants: []want{{title: "Relief flights resume to northern airport", lead: "ADDIS ABABA, Jan 3", outlet: "Reuters",
				removed: []string{"FILE PHOTO: A cargo plane unloads sacks of flour at the airport in Mekele, Ethiopia, November 30, 2019. REUTERS/Staff/File Photo"}}},
		},
		{
			name: "a section label above the headline is not the title",
			doc: read.Doc{Text: `World
Opinion
Parliament ratifies the border treaty
4 min read

The parliament ratified the border treaty on Wednesday by 212 votes to 40, ending a dispute that lasted three decades.`},
			wants: []want{{title: "Parliament ratifies the border treaty", lead: "The parliament ratified",
				removed: []string{"World", "Opinion", "4 min read"}}},
		},
		{
			name: "a dateline on its own line opens the first paragraph",
			doc: read.Doc{Text: `Envoys meet in Nairobi

NAIROBI, August 21 (Xinhua) --
Envoys from the two countries met on Friday to prepare a summit, officials said.`},
			wants: []want{{title: "Envoys meet in Nairobi", lead: "NAIROBI, August 21 (Xinhua) -- Envoys from", removed: []string{}, outlet: "Xinhua"}},
		},
		{
			name: "a dateline on its own line opens the paragraph below a share bar",
			doc: read.Doc{Text: `Envoys meet in Nairobi

NAIROBI, August 21 (Xinhua) --

Share this article
Facebook Twitter WhatsApp

Envoys from the two countries met on Friday to prepare a summit, officials said.`},
			wants: []want{{title: "Envoys meet in Nairobi", lead: "NAIROBI, August 21 (Xinhua) -- Envoys from",
				removed: []string{"Share this article", "Facebook Twitter WhatsApp"}, outlet: "Xinhua"}},
		},
		{
			name: "captions without a credit, printed twice, with the headline repeated",
			doc: read.Doc{Text: `Rival Factions Sign Truce in Tripoli

A man walks past a burned car in central Tripoli.
A man walks past a burned car in central Tripoli.
TT
20

Rival Factions Sign Truce in Tripoli

A man walks past a burned car in central Tripoli.

Rival armed factions signed a truce in the Libyan capital on Sunday after three days of clashes, the presidential council said.

The truce will be monitored by a committee of elders, it said.`},
			wants: []want{{title: "Rival Factions Sign Truce in Tripoli", lead: "Rival armed factions",
				caps: []string{"A man walks past a burned car in central Tripoli."},
				removed: []string{"A man walks past a burned car in central Tripoli.", "A man walks past a burned car in central Tripoli.",
					"TT", "20", "Rival Factions Sign Truce in Tripoli", "A man walks past a burned car in central Tripoli."}}},
		},
		{
			name: "a question headline; Title Case headlines above datelines split a plain dump",
			doc: read.Doc{Text: `Will the truce between the two armies survive the rainy season?

KHARTOUM -- The truce agreed last month has held in most of the country, although both armies accuse each other of breaking it.

Aid agencies say the coming rains will cut off roads to the worst-hit areas within weeks.

Neighbours Agree to Reopen Their Embassies

RIYADH -- The two governments agreed on Thursday to reopen their embassies within two months, their foreign ministries said.

The agreement was reached after talks hosted by a third country, officials said.`},
			wants: []want{
				{title: "Will the truce between the two armies survive the rainy season?", lead: "KHARTOUM -- The truce", removed: []string{}},
				{title: "Neighbours Agree to Reopen Their Embassies", lead: "RIYADH -- The two", removed: []string{}},
			},
		},
		{
			name: "a headline with a stop above a wire lead is one story",
			doc: read.Doc{Text: `Envoy expelled from the capital after row over talks.

ACCRA, Ghana, May 2 (UPI) — The government expelled a foreign envoy on Tuesday after he criticised the peace talks in a radio interview.

The envoy has 48 hours to leave, the foreign ministry said.`},
			wants: []want{{title: "Envoy expelled from the capital after row over talks.", lead: "ACCRA, Ghana, May 2 (UPI)", outlet: "UPI", removed: []string{}}},
		},
		{
			name: "a live file: the headline, an intro ending with a colon, time stamps as sub-headings",
			doc: read.Doc{Text: `The Latest: Talks on prisoner exchange resume in Muscat.

MUSCAT, Oman (AP) — The Latest on the prisoner exchange talks (all times local):

7 p.m.

Negotiators from both sides returned to the table on Saturday evening after a break of several hours, a mediator said.

4 p.m.

The talks were suspended after a dispute over the order in which prisoners would be released.`},
			wants: []want{{title: "The Latest: Talks on prisoner exchange resume in Muscat.", lead: "MUSCAT, Oman (AP) — The Latest on the prisoner exchange talks (all times local):\n\n7 p.m.\n\nNegotiators",
				outlet: "The Associated Press", removed: []string{}}},
		},
		{
			name: "teasers in a related list, then the next story",
			doc: read.Doc{Text: `Rebels release 40 hostages after talks with elders

GOMA -- Rebels released 40 hostages on Sunday after two days of talks with local elders, a priest who took part said.

The hostages had been held for three weeks in a camp near the border, he said.

Related
What is behind the latest fighting in the east of the country?
Who are the rebels and what do they want from the government
Army says it retook two towns
By Marie Dupont
Published: 4 June 2024

BUKAVU -- The army said on Tuesday it had retaken two towns from the rebels after a week of fighting.

Residents said many people had fled toward the lake.`},
			wants: []want{
				{title: "Rebels release 40 hostages after talks with elders", lead: "GOMA -- Rebels",
					removed: []string{"Related", "What is behind the latest fighting in the east of the country?", "Who are the rebels and what do they want from the government"}},
				{title: "Army says it retook two towns", lead: "BUKAVU -- The army", pub: "2024-06-04", from: "text",
					removed: []string{"By Marie Dupont", "Published: 4 June 2024"}},
			},
		},
		{
			name: "a dateline on a line of its own dates the story",
			doc: read.Doc{Text: `FERRY STRIKE ENDS AFTER NINE DAYS
PIRAEUS , Greece 2003-11-14
Ferry crews voted on Friday to end a nine-day strike that had stranded thousands of islanders .
The union said talks with owners would resume next week .`},
			wants: []want{
				{title: "FERRY STRIKE ENDS AFTER NINE DAYS", lead: "Ferry crews voted", pub: "2003-11-14", from: "text"},
			},
		},
		{
			name: "a line with a date after the place and more is no dateline",
			doc: read.Doc{Text: `Ferry strike ends after nine days
PIRAEUS 2003-11-14 photo gallery
Ferry crews voted on Friday to end a nine-day strike that had stranded thousands of islanders.
The union said talks with owners would resume next week.`},
			wants: []want{
				{title: "Ferry strike ends after nine days", lead: "Ferry crews voted", pub: "", from: "none"},
			},
		},
		{
			name: "a newspaper page: navigation, deck, credit line, two bylines and stamps",
			doc: read.Doc{Text: `Skip to content
Skip to site index
World
Subscribe
Log in
Two Sides Agree to Extend Truce by Two Days
The mediators said the extension would allow more detainees to be released.
Share full article
Listen to this article · 6:12 min
Buses carrying released detainees arrive at the crossing.
Credit...Omar Saleh/EPA, via Shutterstock
By Jane Doe and John Roe
Reporting from Cairo
Nov. 27, 2023
Updated 8:15 p.m. ET

The two sides agreed on Monday to extend their truce by two days, the mediators said, allowing the release of more detainees held by each side.

The extension came hours before the truce was due to expire.`},
			wants: []want{{title: "Two Sides Agree to Extend Truce by Two Days", lead: "The two sides agreed on Monday",
				pub: "2023-11-27", from: "text",
				removed: []string{"Skip to content", "Skip to site index", "World", "Subscribe", "Log in",
					"The mediators said the extension would allow more detainees to be released.", "Share full article",
					"Listen to this article · 6:12 min", "Buses carrying released detainees arrive at the crossing.",
					"Credit...Omar Saleh/EPA, via Shutterstock", "By Jane Doe and John Roe", "Reporting from Cairo",
					"Nov. 27, 2023", "Updated 8:15 p.m. ET"}}},
		},
		{
			name: "the next story's photo stands above its headline",
			doc: read.Doc{Text: `Mediators Propose a New Truce

Mediators proposed a 30-day truce on Friday, diplomats said, and asked both sides to reply within a week.

The proposal includes the release of all detainees held since March.


Troops pull back from the border town. (AP Photo/Lee Park)
Army pulls troops back from border town

The army said on Saturday it had pulled its troops back from the border town under the proposed truce.`},
			wants: []want{
				{title: "Mediators Propose a New Truce", lead: "Mediators proposed", removed: []string{}},
				{title: "Army pulls troops back from border town", lead: "The army said on Saturday",
					removed: []string{"Troops pull back from the border town. (AP Photo/Lee Park)"}, outlet: "The Associated Press"},
			},
		},
		{
			name:  "only page furniture: nothing is lost",
			doc:   read.Doc{Body: true, Text: "Share\nTweet\nEmail"},
			wants: []want{{lead: "Share\n\nTweet\n\nEmail", removed: []string{}}},
		},
		{
			name:  "one short sentence",
			doc:   read.Doc{Body: true, Text: "Troops shelled the village"},
			wants: []want{{lead: "Troops shelled the village", removed: []string{}}},
		},
		{
			name: "a wire sign-off glued to the last sentence, a paper's sign-off with its date",
			doc: read.Doc{Text: `Coastal States Agree on Joint Patrols

PORTVILLE — The two coastal states agreed on Sunday to run joint patrols in the strait, officials said.

The navies will share radar data from next month, the defence ministry said in a statement. Enditem

The Harbour Gazette / Mar 9, 2025
`},
			wants: []want{{
				title:   "Coastal States Agree on Joint Patrols",
				lead:    "PORTVILLE — The two coastal states",
				keep:    []string{"The navies will share radar data from next month, the defence ministry said in a statement."},
				removed: []string{"Enditem", "The Harbour Gazette / Mar 9, 2025"},
				pub:     "2025-03-09",
				from:    "text",
				outlet:  "The Harbour Gazette",
			}},
		},
		{
			name: "a copyright notice names the outlet; a stamp with an ordinal day dates the story",
			doc: read.Doc{Text: `Port Strike Ends After Pay Deal

By Amina Yusuf | Portville
Oct 14th, 2025 - 09:42 EAT

PORTVILLE - Dock workers ended a nine-day strike on Tuesday after the port authority agreed to raise wages, union leaders said.

© 2025 Coastline News Agency
`},
			wants: []want{{
				title:   "Port Strike Ends After Pay Deal",
				lead:    "PORTVILLE - Dock workers",
				removed: []string{"By Amina Yusuf | Portville", "Oct 14th, 2025 - 09:42 EAT", "© 2025 Coastline News Agency"},
				pub:     "2025-10-14",
				from:    "text",
				outlet:  "Coastline News Agency",
			}},
		},
		{
			name: "a paper's 'Published in' sign-off",
			doc: read.Doc{Text: `Border Crossings Reopen After Truce

RIVERTON: The two governments reopened three border crossings on Thursday after a week-long truce held, officials said.

Published in The Riverton Herald, October 31st, 2025
`},
			wants: []want{{
				title:   "Border Crossings Reopen After Truce",
				lead:    "RIVERTON: The two governments",
				removed: []string{"Published in The Riverton Herald, October 31st, 2025"},
				pub:     "2025-10-31",
				from:    "text",
				outlet:  "The Riverton Herald",
			}},
		},
		{
			name: "a place and date line above the story",
			doc: read.Doc{Text: `Aide Freed After Seven Months

Riverton, 14/10/2025 | The Riverton Herald English

Authorities on Tuesday freed a senior aide to the opposition leader after more than seven months in detention, his family said.
`},
			wants: []want{{
				title:   "Aide Freed After Seven Months",
				lead:    "Authorities on Tuesday freed",
				removed: []string{"Riverton, 14/10/2025 | The Riverton Herald English"},
				pub:     "2025-10-14",
				from:    "text",
			}},
		},
		{
			name: "a caption label alone on its line, the caption on the next",
			doc: read.Doc{Text: `Why Fears of a New War Are Growing

21 March 2025
Image caption,
Troops fought alongside the army during the last war
Fears are growing in the region that the two neighbours could soon be at war again, analysts say.

Both governments deny any plan to attack, officials said on Tuesday in the capital.
`},
			wants: []want{{
				title:   "Why Fears of a New War Are Growing",
				lead:    "Fears are growing",
				removed: []string{"21 March 2025", "Image caption,", "Troops fought alongside the army during the last war"},
				caps:    []string{"Troops fought alongside the army during the last war"},
				pub:     "2025-03-21",
				from:    "text",
			}},
		},
		{
			name:  "empty input",
			doc:   read.Doc{Text: ""},
			wants: []want{{removed: []string{}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Articles(tt.doc, tt.opts)
			checkCoverage(t, tt.doc.Text, got)
			if len(got) != len(tt.wants) {
				for _, a := range got {
					t.Logf("article %q: %.80q", deref(a.Title), a.Text)
				}
				t.Fatalf("got %d articles, want %d", len(got), len(tt.wants))
			}
			for i, w := range tt.wants {
				a := got[i]
				checkArticle(t, tt.doc.Text, a)
				if deref(a.Title) != w.title && !(w.title == "" && a.Title == nil) {
					t.Errorf("article %d title %q, want %q", i, deref(a.Title), w.title)
				}
				if !strings.HasPrefix(a.Text, w.lead) {
					t.Errorf("article %d text starts %.120q, want %q", i, a.Text, w.lead)
				}
				if w.removed != nil && !slices.Equal(a.Removed, w.removed) {
					t.Errorf("article %d removed %q, want %q", i, a.Removed, w.removed)
				}
				if w.caps != nil && !slices.Equal(a.Captions, w.caps) {
					t.Errorf("article %d captions %q, want %q", i, a.Captions, w.caps)
				}
				paras := strings.Split(a.Text, "\n\n")
				for _, k := range w.keep {
					if !slices.Contains(paras, k) {
						t.Errorf("article %d lost paragraph %q", i, k)
					}
				}
				from := w.from
				if from == "" {
					from = "none"
				}
				if deref(a.Published) != w.pub && !(w.pub == "" && a.Published == nil) || a.PublishedFrom != from {
					t.Errorf("article %d published %s from %s, want %q from %s", i, deref(a.Published), a.PublishedFrom, w.pub, from)
				}
				if w.outlet != "" && deref(a.Source.Outlet) != w.outlet {
					t.Errorf("article %d outlet %s, want %s", i, deref(a.Source.Outlet), w.outlet)
				}
				if a.Source.Index != i {
					t.Errorf("article %d has index %d", i, a.Source.Index)
				}
			}
		})
	}
}

func TestOutletCredit(t *testing.T) {
	tests := []struct {
		lead, caption, body string
		bylined             bool
		want                string
	}{
		{lead: "BRUSSELS (Reuters) - Talks broke up.", want: "Reuters"},
		{lead: "CARACAS, Venezuela (AP) — The sides agreed.", want: "The Associated Press"},
		{lead: "Luanda (AFP) – Ministers agreed.", want: "AFP"},
		{lead: "ANKARA (Anadolu) - Officials said.", want: "Anadolu Agency"},
		{lead: "The talks (which began in May) ended.", want: ""},
		{lead: "TBILISI, 27.10.2025 (Interpressnews) — The party won.", want: "Interpressnews"},
		{lead: "Officials (Reuters sources) — said little.", want: ""},
		{lead: "NAIROBI (Kenya 2) — Officials met.", want: ""},
		{lead: "Officials met.", caption: "A camp at dusk, Wednesday, July 2, 2025. (AP)", want: "The Associated Press"},
		{lead: "Officials met.", caption: "Leaders meet in Baku. REUTERS/Ann Smith", want: "Reuters"},
		{lead: "Officials met.", caption: "Leaders meet. (Photo by AFP via Getty Images)", want: ""},
		{lead: "Officials met.", caption: "Leaders meet. REUTERS/Ann Smith", bylined: true, want: ""},
		{lead: "Officials met.", body: "Officials met, two sources told Reuters.", want: "Reuters"},
		{lead: "Officials met.", body: "Officials met, according to a Reuters report.", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.lead+tt.caption+tt.body, func(t *testing.T) {
			s := &story{lead: tt.lead, body: tt.lead + "\n\n" + tt.body, bylined: tt.bylined}
			if tt.caption != "" {
				l := line{text: tt.caption}
				classify(&l)
				s.caps = []line{l}
			}
			if got := outlet(read.Doc{}, s); got != tt.want {
				t.Errorf("outlet = %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzArticles: any text, as a dump or a body, cleans without a panic into
// valid UTF-8, removing only lines that were in the input.
func FuzzArticles(f *testing.F) {
	f.Add("Title\n\nTT\n20\n\nTitle\n\nBODY (AP) — A long enough sentence that ends with a stop, said the man.\n", false)
	f.Add("Home > World\nHeadline here\nShare\n12 May 2023 | 09:45 GMT\n\nA lead paragraph of the story that is long, said officials.\n\nRelated Articles\nLink one\n", false)
	f.Add("FILE PHOTO: x, May 4, 2025. REUTERS/A B/File Photo\r\n\r\nBy A\n\xff\xfe\n", true)
	f.Add("\u00a0\u200b\n\n\n(Reuters)\n— AFP\n31/02/2024 2024-13-45\n", false)
	f.Add("1 of 2 DOCUMENTS\n\nThe Daily\n\nMarch 15, 1999, Monday\n\nHeadline Goes Here\n\nLENGTH: 9 words\n\nA body paragraph that is long enough to count, it said.\n\n2 of 2 DOCUMENTS\n", false)
	f.Add("Body one, long enough to be a paragraph, officials said.\n\nRelated\nWhat next for the talks?\nHeadline two\nBy A B\n\nROME (AP) — Second story body with a dateline, he said.\n", false)
	f.Fuzz(func(t *testing.T, text string, body bool) {
		arts := Articles(read.Doc{Text: text, Body: body}, Options{})
		checkCoverage(t, text, arts)
		for _, a := range arts {
			for _, s := range append(append([]string{a.Text, deref(a.Title)}, a.Removed...), a.Captions...) {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 out: %q", s)
				}
			}
			checkArticle(t, text, a)
		}
	})
}

// checkCoverage: nothing vanishes. Every non-blank input line is a title,
// is within a paragraph of some text, or was listed as removed.
func checkCoverage(t testing.TB, input string, arts []*article.Article) {
	t.Helper()
	removed := map[string]int{}
	titles := map[string]bool{}
	var texts []string
	for _, a := range arts {
		for _, r := range a.Removed {
			removed[r]++
		}
		titles[deref(a.Title)] = true
		texts = append(texts, deref(a.Title), a.Text) // a title may join wrapped lines
	}
	all := strings.Join(texts, "\n\n")
	for l := range strings.SplitSeq(strings.ReplaceAll(strings.ToValidUTF8(input, "\uFFFD"), "\r", "\n"), "\n") {
		raw := strings.TrimFunc(l, isSpace)
		c := collapse(raw)
		if c == "" || titles[c] || strings.Contains(all, c) {
			continue
		}
		if i := strings.LastIndexFunc(raw, isSpace); i > 0 {
			// a sentence and its wire sign-off, split in two: each kept or removed
			_, n := utf8.DecodeRuneInString(raw[i:])
			body, mark := strings.TrimFunc(raw[:i], isSpace), raw[i+n:]
			if (strings.Contains(all, collapse(body)) || removed[body] > 0) && (strings.Contains(all, mark) || removed[mark] > 0) && signOffs[strings.ToLower(mark)] {
				continue
			}
		}
		if removed[raw] == 0 {
			t.Errorf("input line %q vanished", raw)
		}
	}
}

// BenchmarkArticles cleans the example dumps.
func BenchmarkArticles(b *testing.B) {
	var docs []read.Doc
	size := 0
	for _, f := range []string{"wire-dump.txt", "portal-dump.txt", "byline-share.txt", "related-tail.txt", "afp-single.txt"} {
		for _, d := range readDocs(b, "../../examples/"+f) {
			docs = append(docs, d)
			size += len(d.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Articles(d, Options{})
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
