package quantity

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract/when"
	"github.com/parley-news/parley/internal/golden"
	"github.com/parley-news/parley/internal/text"
)

// run finds the times, then the quantities of s, as the pipeline does.
func run(s string) []article.Quantity {
	d := text.Parse(s)
	anchor := time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC)
	return Find(d, when.Find(d, &anchor))
}

// show writes a quantity as "text=value[-max] unit ~" (~ when approximate).
func show(q article.Quantity) string {
	v := "null"
	if q.Value != nil {
		v = fmt.Sprint(*q.Value)
	}
	if q.Max != nil {
		v += fmt.Sprintf("-%v", *q.Max)
	}
	u := ""
	if q.Unit != nil {
		u = " " + *q.Unit
	}
	a := ""
	if q.Approximate {
		a = " ~"
	}
	return q.Text + "=" + v + u + a
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"digits", "The attack killed 1,200 people.", []string{"1,200 people=1200 people"}},
		{"approximate", "Israel began releasing nearly 2,000 Palestinian prisoners and detainees.",
			[]string{"nearly 2,000 Palestinian prisoners=2000 Palestinian prisoners ~"}},
		{"roughly", "They took roughly 250 hostages.", []string{"roughly 250 hostages=250 hostages ~"}},
		{"chained approximators", "A ceasefire of up to about ten days.", []string{"up to about ten days=10 days ~"}},
		{"more", "Hamas would release 10 more hostages.", []string{"10 more hostages=10 hostages"}},
		{"breakdown", "It frees 10 hostages — eight on the first day and two on the final day.",
			[]string{"10 hostages=10 hostages", "eight=8 hostages", "two=2 hostages"}},
		{"elided head", "said two Syrian and two Western sources.",
			[]string{"two Syrian=2 Syrian sources", "two Western sources=2 Western sources"}},
		{"of the", "Three of the sources said so.", []string{"Three of the sources=3 sources"}},
		{"a number word inside a name", "Talks with the Three Brotherhood Alliance resumed, and two envoys left.",
			[]string{"two envoys=2 envoys"}},
		{"a fraction in words borrows no currency", "The plan needs $1.4bn but is less than a third funded.",
			[]string{"$1.4bn=1.4e+09 USD", "less than a third=0.3333333333333333 ~"}},
		{"U.S. dollars after the figure", "Trade reached 41.2 billion U.S. dollars last year.",
			[]string{"41.2 billion U.S. dollars=4.12e+10 USD"}},
		{"a people in -ese counts", "More than two million Sudanese have fled, and 300 Lebanese returned.",
			[]string{"More than two million Sudanese=2e+06 Sudanese ~", "300 Lebanese=300 Lebanese"}},
		{"a two-way exchange is no count", "Two-way trade reached 12 billion dollars, and a three-way summit met.",
			[]string{"12 billion dollars=1.2e+10 USD"}},
		{"range between", "Between 30 and 40 trucks crossed.", []string{"Between 30 and 40 trucks=30-40 trucks"}},
		{"range hyphen", "Some 200-250 homes burned.", []string{"Some 200-250 homes=200-250 homes ~"}},
		{"money", "The fund holds $1.5 billion.", []string{"$1.5 billion=1.5e+09 USD"}},
		{"money word", "It cost 9.9 billion yuan.", []string{"9.9 billion yuan=9.9e+09 CNY"}},
		{"percent", "Turnout was 78 percent, up 3%.", []string{"78 percent=78 percent", "3%=3 percent"}},
		{"vague", "Thousands of people gathered.", []string{"Thousands of people=null people ~"}},
		{"half", "Fewer than half of them are alive.", []string{"Fewer than half=0.5 ~"}},
		{"a past form like its base ends the unit", "About 5,000 people came, of whom 40 cast ballots and 12 hit by shrapnel were treated.",
			[]string{"About 5,000 people=5000 people ~", "40=40 people", "12=12 people"}},
		{"a fraction before a scale word", "About a half million people fled, a quarter million refugees crossed and a third candidate withdrew.",
			[]string{"About a half million people=500000 people ~", "a quarter million refugees=250000 refugees"}},
		{"fractions", "Nearly a third of them fled and two-thirds of the aid never came.",
			[]string{"Nearly a third=0.3333333333333333 ~", "two-thirds of the aid=0.6666666666666666 aid"}},
		{"casualty verb", "The strikes killed at least 12 and wounded 30.",
			[]string{"at least 12=12 people killed ~", "30=30 people wounded"}},
		{"casualty verb in -ing names the participle", "Drones hit the city, killing four people and wounding at least 17.",
			[]string{"four people=4 people", "at least 17=17 people wounded ~"}},
		{"casualty verb in -ing after a noun", "The raid left 3 dead, injuring 40 and displacing more than 2,000.",
			[]string{"3 dead=3 dead", "40=40 people injured", "more than 2,000=2000 people displaced ~"}},
		{"a verb in the plural present is no unit", "It says more than 800 remain in custody and about 300 live abroad.",
			[]string{"more than 800=800 ~", "about 300=300 ~"}},
		{"a present verb leading a noun phrase is a modifier", "It issued 200 work permits and 40 return flights.",
			[]string{"200 work permits=200 work permits", "40 return flights=40 return flights"}},
		{"a particle over bounds nothing", "Hamas handed over 18 bodies and will hand over four more, over 20 in all.",
			[]string{"18 bodies=18 bodies", "four more=4 bodies", "over 20=20 bodies ~"}},
		{"and a half belongs to the count", "The meeting lasted four and a half hours, and two and a half million people fled.",
			[]string{"four and a half hours=4.5 hours", "two and a half million people=2.5e+06 people"}},
		{"a number word opening a name after the sentence's The", "The Three Brotherhood Alliance said three soldiers died.",
			[]string{"three soldiers=3 soldiers"}},
		{"a share out of", "Four out of five South Sudanese live in poverty, and one out of three children is hungry.",
			[]string{"Four out of five South Sudanese=0.8 South Sudanese", "one out of three children=0.3333333333333333 children"}},
		{"out of with a larger first number is no share", "It won 40 out of 30 seats.", []string{"40=40", "30 seats=30 seats"}},
		{"a letter currency with its scale glued on", "Parliament approved Sh120 billion, including Sh15bn for police, and P3bn more.",
			[]string{"Sh120 billion=1.2e+11 shillings", "Sh15bn=1.5e+10 shillings", "P3bn more=3e+09 PHP"}},
		{"a money word takes its demonym's country", "It owes 55 billion South Sudanese pounds and 2 million Egyptian pounds to Sudan.",
			[]string{"55 billion South Sudanese pounds=5.5e+10 SSP", "2 million Egyptian pounds=2e+06 EGP"}},
		{"a demonym before a plain plural stays", "It freed 400 Kenyan police officers.", []string{"400 Kenyan police officers=400 Kenyan police officers"}},
		{"a participle before a month is a verb", "The first 400 Kenyan officers arrived in June, and 30 people detained in Gaza left.",
			[]string{"400 Kenyan officers=400 Kenyan officers", "30 people=30 people detained in Gaza"}},
		{"a percent range with the sign twice", "Growth will be between 2% and 3%, or 5 percent to 7 percent, after 2.9%.",
			[]string{"between 2% and 3%=2-3 percent", "5 percent to 7 percent=5-7 percent", "2.9%=2.9 percent"}},
		{"two percentages joined are no range when the second is smaller", "It fell 5% and 3% in turn.",
			[]string{"5%=5 percent", "3%=3 percent"}},
		{"won after a scale or a large sum", "Seoul pledged 2.4 trillion won and 50,000 won a head.",
			[]string{"2.4 trillion won=2.4e+12 KRW", "50,000 won=50000 KRW"}},
		{"won as a verb after a small count", "Of 40 candidates, 12 won outright and 3 won in the run-off.",
			[]string{"40 candidates=40 candidates", "12=12 candidates", "3=3 candidates"}},
		{"women and children counted together", "Among the dead were 17 women and children and 4 men and 2 boys.",
			[]string{"17 women and children=17 women and children", "4 men=4 men", "2 boys=2 boys"}},
		{"a million with an approximator", "Officials said more than a million people fled, and a billion dollars was pledged.",
			[]string{"more than a million people=1e+06 people ~", "a billion dollars=1e+09 USD"}},
		{"anonymous sources", "Five people familiar with the matter said so.",
			[]string{"Five people=5 anonymous sources"}},
		{"share of", "It was cited by 3 of 10 analysts in the 500-seat parliament.",
			[]string{"3=3 analysts", "10 analysts=10 analysts", "500-seat=500 seat parliament"}},
		{"dozen", "A dozen trucks waited.", []string{"A dozen trucks=12 trucks"}},
		{"hyphen unit", "Israel agreed to a 60-day ceasefire.", []string{"60-day=60 day ceasefire"}},
		{"hyphen unit past an adjective", "The sides agreed to a 72-hour humanitarian truce.", []string{"72-hour=72 hour truce"}},
		{"strong counts the noun", "Nearly all of its 90,000-strong ethnic Greek community left, and a 3,000-strong force stayed.",
			[]string{"90,000-strong=90000 community", "3,000-strong=3000 force"}},
		{"letter before the figure", "Lawmakers set aside P2.5 billion, while Lagos spent N40 billion and Nairobi KSh 1.1 billion.",
			[]string{"P2.5 billion=2.5e+09 PHP", "N40 billion=4e+10 NGN", "KSh 1.1 billion=1.1e+09 KES"}},
		{"unknown letter keeps its decimals", "The fund lent K4.5 billion to the mines.", nil},
		{"a letter and a figure naming a thing", "The P1 priority list and the N5 road were approved.", nil},
		{"currency signs", "Fares rose to ₱45 and ₦900 in March.", []string{"₱45=45 PHP", "₦900=900 NGN"}},
		{"whose dollar", "It froze HK$500 million, A$50 million, NT$3 billion and CHF 1.2 billion.",
			[]string{"HK$500 million=5e+08 HKD", "A$50 million=5e+07 AUD", "NT$3 billion=3e+09 TWD", "CHF 1.2 billion=1.2e+09 CHF"}},
		{"a verb in -s after what is counted", "Unemployment in the four northern municipalities stands at roughly 30 percent.", []string{"four northern municipalities=4 northern municipalities", "roughly 30 percent=30 percent ~"}},
		{"an hour of the day", "Shelling began at around four in the afternoon and 9 in the morning, and 300 fled at night.", []string{"300=300"}},
		{"a currency's name before the figure", "Birr 3.5 billion was set aside, and Euro 2024 was played.", []string{"Birr 3.5 billion=3.5e+09 ETB"}},
		{"a scale hyphened to the figure", "The bank approved a $300-million grant.", []string{"$300-million=3e+08 USD"}},
		{"shillings glued", "The fund holds Sh50 billion and TSh2 million.", []string{"Sh50 billion=5e+10 shillings", "TSh2 million=2e+06 TZS"}},
		{"a code word in lower case is a word", "They try 3 times.", []string{"3 times=3 times"}},
		{"a rate borrows no unit", "The lira fell 2% to 41.2 per dollar.", []string{"2%=2 percent", "41.2=41.2"}},
		{"a rate against the dollar", "Riyadh pledged $1.2bn, and the rial trades at about 2,000 to the dollar.",
			[]string{"$1.2bn=1.2e+09 USD", "about 2,000=2000 ~"}},
		{"a share of a possessive", "It pushed two-thirds of the country's 33 million people into need.",
			[]string{"two-thirds=0.6666666666666666", "33 million people=3.3e+07 people"}},
		{"a range's scale is its start's too", "Between 5 and 6 million Yemenis need aid, and 2 to 3 billion dollars is sought.",
			[]string{"Between 5 and 6 million Yemenis=5e+06-6e+06 Yemenis", "2 to 3 billion dollars=2e+09-3e+09 USD"}},
		{"a range keeps a start larger than its scale", "Between 500 and 2 million people fled.", []string{"Between 500 and 2 million people=500-2e+06 people"}},
		{"a fraction of a scale", "They ship roughly a quarter of a million barrels, and half a million people fled.",
			[]string{"roughly a quarter of a million barrels=250000 barrels ~", "half a million people=500000 people"}},
		{"dozens counted", "It names two dozen officials.", []string{"two dozen officials=24 officials"}},
		{"counts with no exact value", "Several hundred troops, a few thousand people and a handful of diplomats left.",
			[]string{"Several hundred troops=null troops ~", "a few thousand people=null people ~", "a handful of diplomats=null diplomats ~"}},
		{"or so, -odd", "A hundred or so soldiers freed some twenty-odd hostages.",
			[]string{"A hundred or so soldiers=100 soldiers ~", "some twenty-odd hostages=20 hostages ~"}},
		{"a few days is no count of one", "They stayed a few days.", nil},
		{"a plural noun before a plural noun", "About 150 police officers and 40 militia fighters arrived.",
			[]string{"About 150 police officers=150 police officers ~", "40 militia fighters=40 militia fighters"}},
		{"million and percent written short", "It needs $500mn, and prices rose 40pc.", []string{"$500mn=5e+08 USD", "40pc=40 percent"}},
		{"crore and lakh", "The state set aside Rs 500 crore and 20 lakh rupees.",
			[]string{"Rs 500 crore=5e+09 rupees", "20 lakh rupees=2e+06 INR"}},
		{"one in three", "One in three children is malnourished, and 1 in 5 adults.",
			[]string{"One in three children=0.3333333333333333 children", "1 in 5 adults=0.2 adults"}},
		{"as high as", "Estimates put the toll as high as 150,000.", []string{"as high as 150,000=150000 ~"}},
		{"a body named after the count", "Clashes killed 23 soldiers and more than 200 Taliban and allied fighters.",
			[]string{"23 soldiers=23 soldiers", "more than 200 Taliban=200 Taliban ~"}},
		{"ages borrow no unit", "The two Kenyans, aged 29 and 34, flew home.", []string{"two Kenyans=2 Kenyans", "29=29", "34=34"}},
		{"scale and currency joined by hyphens", "It signed a 3.5-billion-U.S.-dollar loan and a 200-million-euro grant.",
			[]string{"3.5-billion-U.S.-dollar=3.5e+09 USD", "200-million-euro=2e+08 EUR"}},
		{"word unit past an adjective", "The army began a two-week unilateral pause.", []string{"two-week=2 week pause"}},
		{"word hyphen unit", "During the two-month period, aid flows.", []string{"two-month=2 month period"}},
		{"duration counted", "It ends more than 20 months of war.", []string{"more than 20 months=20 months ~"}},
		{"participle in unit", "Israel freed 1,718 people detained in Gaza.", []string{"1,718 people=1718 people detained in Gaza"}},
		{"no years", "The war began on Oct. 7, 2023, and in 1967 too.", nil},
		{"no clock", "It starts at 10 a.m. on May 14.", nil},
		{"no names", "Boeing 737 jets flew under Resolution 2254 in phase one.", nil},
		{"no ordinals", "The 21st round and the fourth plane.", nil},
		{"no one alone", "One of them left.", nil},
		{"a week as a duration", "After a week of talks they signed.", []string{"a week=1 week"}},
		{"rate is not a count", "They expect 600 trucks a day.", []string{"600 trucks=600 trucks"}},
		// business, sports and politics wires
		{"pounds with a scale are money", "The bid values it at 3.3 billion pounds, with 6 million pounds sterling in fees.",
			[]string{"3.3 billion pounds=3.3e+09 GBP", "6 million pounds sterling=6e+06 GBP"}},
		{"currencies of other regions", "It raised 2.5 billion rand and 40 billion naira, but 300 kroner.",
			[]string{"2.5 billion rand=2.5e+09 ZAR", "40 billion naira=4e+10 NGN", "300 kroner=300 kroner"}},
		{"pounds of weight", "The baby weighed 8 pounds.", []string{"8 pounds=8 pounds"}},
		{"scores are no counts", "Rovers beat Harbourne 2-1 after a 0-0 draw and a 3-3 thriller.", nil},
		{"an ascending pair stays a range", "It takes 1-3 weeks.", []string{"1-3 weeks=1-3 weeks"}},
		{"a table's columns", "Feyenborg 22 16 4 2 51 18 52\nAir Canada ordered 18 777s.", []string{"18=18"}},
		{"a zone's offset", "March 3, 2026 8:14 AM GMT+1 Updated 2 hours ago", nil},
		{"a percentage range is no score", "Airlines want gains of 15-20 % and paid 310 pence a share.",
			[]string{"15-20 %=15-20 percent", "310 pence=310 pence"}},
		{"an ordinal is no fraction", "A third candidate had less than 2 percent; a third of voters stayed home.",
			[]string{"less than 2 percent=2 percent ~", "a third of voters=0.3333333333333333 voters"}},
		{"sets and seedings", "Okafor beat 1 - Lars Brenning 6-4 3-6 7-5 and lost 1-3 at home.", nil},
		{"share of the whole", "They won 58 of the 151 seats.", []string{"58=58 seats", "151 seats=151 seats"}},
		{"a verb is no unit", "A crowd of 28,412 saw Rovers win, and 300 Palestinians and 100,000 ethnic Armenians left.",
			[]string{"28,412=28412", "300 Palestinians=300 Palestinians", "100,000 ethnic Armenians=100000 ethnic Armenians"}},
		{"models named elsewhere", "Boeing unveiled the 777-200LR. Its 777 airliner and the 787 Dreamliner flew, and 20 of Boeing's 737s.",
			[]string{"20=20"}},
		{"counts beside models", "Airbus said 200-250 seats and 500 Apple engineers.",
			[]string{"200-250 seats=200-250 seats", "500 Apple engineers=500 Apple engineers"}},
		{"a count a day counts the subject", "Aid trucks began entering Gaza at a rate of 600 a day.",
			[]string{"600=600 aid trucks"}},
		{"a count a day after a live post's stamp", "16:05 GMT - Aid trucks will be allowed in at a rate of 600 a day.",
			[]string{"600=600 aid trucks"}},
		{"a count a night after a passive", "Drones were launched at about 40 a night.",
			[]string{"about 40=40 drones ~"}},
		{"a count per day borrows a count before first", "About 150 refugees were crossing, some 40 per day.",
			[]string{"About 150 refugees=150 refugees ~", "some 40=40 refugees ~"}},
		{"a subject no plural lends nothing", "The army fired at about 300 per day.",
			[]string{"about 300=300 ~"}},
		{"an exchange rate stays a rate", "Aid trucks paid 4,210 per dollar.", []string{"4,210=4210"}},
		{"the other count of a span", "The crossing may reopen within a week or two, or in a day or two.",
			[]string{"a week=1 week", "a day=1 day"}},
		{"a span and a half is one count", "A decade and a half on, the war went on for a year and a half.",
			[]string{"A decade and a half=1.5 decade", "a year and a half=1.5 year"}},
		{"a week and a half", "Aid was blocked for a week and a half.", []string{"a week and a half=1.5 week"}},
		{"a sum after a name in a list with its verb said once", "The EU pledged 522 million euros, Britain 120 million pounds and Germany 125 million euros.",
			[]string{"522 million euros=5.22e+08 EUR", "120 million pounds=1.2e+08 GBP", "125 million euros=1.25e+08 EUR"}},
		{"a bare number after a name stays a model", "Boeing 777 jets and Airbus 320 planes flew.", nil},
		{"a bare count before a passive casualty verb counts people", "Another 80 or so were wounded, and at least 30 were killed and 12 have been wounded.",
			[]string{"Another 80 or so=80 people wounded ~", "at least 30=30 people killed ~", "12=12 people wounded"}},
		{"a count before a passive borrows the noun counted before", "Of the 300 hostages, 40 were killed.",
			[]string{"300 hostages=300 hostages", "40=40 hostages"}},
		{"a passive of no casualty lends nothing", "At least 30 were seen.", []string{"At least 30=30 ~"}},
		{"a count after a span and or", "It took a day or 200 people to clear.", []string{"a day=1 day", "200 people=200 people"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range run(tt.text) {
				got = append(got, show(q))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	a := &article.Article{Text: "Officials said 27 countries attended in 2025."}
	d := text.Parse(a.Text)
	when.Extract(d, a)
	Extract(d, a)
	if len(a.Quantities) != 1 || show(a.Quantities[0]) != "27 countries=27 countries" {
		t.Errorf("quantities = %+v", a.Quantities)
	}
}

func TestNational(t *testing.T) {
	// entities as the entity stage leaves them: a place, its mentions
	place := func(name string, at ...int) article.Entity {
		e := article.Entity{Type: article.Place, Name: name}
		for _, p := range at {
			e.Mentions = append(e.Mentions, article.Span{Start: p, End: p + len(name)})
		}
		return e
	}
	tests := []struct {
		name, text string
		places     []article.Entity
		want       []string
	}{
		{"the country before", "Kenya will send Sh2 billion to Mandera and 5 million dinars to no one.",
			[]article.Entity{place("Kenya", 0)}, []string{"Sh2 billion=2e+09 KES", "5 million dinars=5e+06 dinars"}},
		{"the nearest before", "Uganda and Somalia agreed; Somalia pays 40,000 shillings and Uganda pays 300 shillings.",
			[]article.Entity{place("Uganda", 0, 61), place("Somalia", 11, 27)}, []string{"40,000 shillings=40000 SOS", "300 shillings=300 UGX"}},
		{"the first after", "It paid 3 million pesos, Colombia's ministry said.",
			[]article.Entity{place("Colombia", 25)}, []string{"3 million pesos=3e+06 COP"}},
		{"pounds", "The Sudanese pound trades at about 2,500 pounds to the dollar.",
			[]article.Entity{place("Sudan", 4)}, []string{"about 2,500 pounds=2500 SDG ~"}},
		{"CFA francs", "Mali's junta pledged about 29 billion CFA francs.",
			[]article.Entity{place("Mali", 0)}, []string{"about 29 billion CFA francs=2.9e+10 XOF ~"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Text: tc.text, Entities: tc.places}
			d := text.Parse(a.Text)
			when.Extract(d, a)
			Extract(d, a)
			var got []string
			for _, q := range a.Quantities {
				got = append(got, show(q))
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGolden runs each story under testdata/ (first line "published:
// YYYY-MM-DD", then the text) against its .golden.json; -update rewrites
// them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			head, body, _ := strings.Cut(string(raw), "\n")
			pub, err := time.Parse("2006-01-02", strings.TrimSpace(strings.TrimPrefix(head, "published:")))
			if err != nil {
				t.Fatal(err)
			}
			checkStory(t, body, pub, strings.TrimSuffix(f, ".txt")+".golden.json")
		})
	}
}

// checkStory runs the stage on body anchored on pub, checks every span
// holds its text, and compares the quantities with the golden file.
func checkStory(t *testing.T, body string, pub time.Time, path string) {
	t.Helper()
	d := text.Parse(body)
	got := Find(d, when.Find(d, &pub))
	for _, q := range got {
		if q.Start < 0 || q.End > len(body) || body[q.Start:q.End] != q.Text {
			t.Errorf("span %d-%d does not hold %q", q.Start, q.End, q.Text)
		}
	}
	golden.JSON(t, path, got)
}

// TestGoldenExamples runs the stage on the wire stories of other beats in
// examples/ (business, sports, politics), anchored on their dates, against
// testdata/examples/<name>.golden.json.
func TestGoldenExamples(t *testing.T) {
	stories := []struct{ name, published string }{
		{"business-merger.txt", "2026-03-03"},
		{"sports-match.txt", "2024-09-14"},
		{"election-count.txt", "2024-10-06"},
		{"results-wire.txt", "1998-02-19"},
	}
	for _, st := range stories {
		t.Run(st.name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("..", "..", "..", "examples", st.name))
			if err != nil {
				t.Fatal(err)
			}
			pub, err := time.Parse("2006-01-02", st.published)
			if err != nil {
				t.Fatal(err)
			}
			checkStory(t, string(raw), pub, filepath.Join("testdata", "examples", strings.TrimSuffix(st.name, ".txt")+".golden.json"))
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"nearly 2,000 Palestinian prisoners; between 30 and 40; $1.5 billion; 78 percent",
		"10 hostages — eight on the first day and two on the final day; two Syrian and two Western sources",
		"thousands of, tens of thousands of, a dozen, fewer than half, US$ 40 bn, 15-20 %",
		"- -- 3- -3 $ $$ 1,2 1,,000 5 1/0 a a a half of", "\xff 12 \xfe", "",
		"beat Leeds 2-1, 6-4 3-6; 1 - Lars; GMT+1; Feyenborg 22 16 4 2; the 777-200LR, 787 Dreamliner, 737s; 3.3 billion pounds; 58 of the 151 seats",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Parse(s)
		anchor := time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC)
		for _, q := range Find(d, when.Find(d, &anchor)) {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End {
				t.Fatalf("span %d-%d out of bounds for %d bytes", q.Start, q.End, len(s))
			}
			if s[q.Start:q.End] != q.Text {
				t.Fatalf("text %q does not match span", q.Text)
			}
			if q.Max != nil && (q.Value == nil || *q.Max <= *q.Value) {
				t.Fatalf("bad range in %+v", q)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		_, body, _ := strings.Cut(string(raw), "\n")
		sb.WriteString(body)
		sb.WriteString("\n\n")
	}
	d := text.Parse(sb.String())
	anchor := time.Date(2025, 7, 2, 0, 0, 0, 0, time.UTC)
	times := when.Find(d, &anchor)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(d, times)
	}
}
