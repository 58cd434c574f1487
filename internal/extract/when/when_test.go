package when

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/golden"
	"github.com/parley-news/parley/internal/text"
)

func anchor(s string) *time.Time {
	if s == "" {
		return nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

// tagged lists "text=value" for each time of s (value "null" when nil).
func tagged(s, published string) []string {
	var out []string
	for _, t := range Find(text.Parse(s), anchor(published)) {
		v := "null"
		if t.Value != nil {
			v = *t.Value
		} else if t.Ref != nil {
			v = *t.Ref // vague: value null, TimeML reference kept apart
		}
		out = append(out, t.Text+"="+v)
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string
	}{
		{"full date with dot", "2025-07-02", "The war began on Oct. 7, 2023, when fighters attacked.",
			[]string{"Oct. 7, 2023=2023-10-07"}},
		{"day month year", "2025-07-02", "Talks opened on 7 October 2023 in Cairo.",
			[]string{"7 October 2023=2023-10-07"}},
		{"iso", "2025-07-02", "The filing is dated 2023-10-07.", []string{"2023-10-07=2023-10-07"}},
		{"a past verb with its object before the month", "2025-10-14", "The mission, which replaced the old force in January, has 11,000 troops.",
			[]string{"January=2025-01"}},
		{"a payable month stays ahead", "2025-10-14", "The board declared a dividend payable in January, it said.",
			[]string{"January=2026-01"}},
		{"an adjective -ed is no verb of its own", "1989-10-26", "The split would be paid on a still unspecified date in January.",
			[]string{"January=1990-01"}},
		{"a deadline a duty sets", "2025-04-14", "The swap should be completed within 72 hours, by Wednesday evening at the latest.",
			[]string{"72 hours=PT72H", "Wednesday evening=2025-04-16TEV"}},
		{"a deadline already met", "2025-04-14", "By Wednesday the army had retaken the town.", []string{"Wednesday=2025-04-09"}},
		{"a day of the month alone", "2025-10-14", "The rebels attacked on the 20th and again on the 2nd. Talks will resume on the 3rd.",
			[]string{"the 20th=2025-09-20", "the 2nd=2025-10-02", "the 3rd=2025-11-03"}},
		{"a day before a verb in the past", "2025-03-14", "A shooting near the village on the 9th left one soldier dead, and the unit on the 10th armoured brigade fired.", []string{"the 9th=2025-03-09"}},
		{"an ordinal before a noun is no day", "2025-10-14", "He won on the 14th ballot after the 3rd round.", nil},
		{"an attribution after a comma does not outweigh a modal", "2025-10-15", "Leaders will meet again a week from Friday, officials said.",
			[]string{"a week=P1W", "Friday=2025-10-17"}},
		{"an attribution alone still dates the past", "2025-10-15", "Talks on Friday, officials said.", []string{"Friday=2025-10-10"}},
		{"slash with year", "2025-07-02", "Stamped 7/8/07 on the cover.", []string{"7/8/07=2007-07-08"}},
		{"slash without year", "2023-10-20", "The 10/7 attack shocked the region.", []string{"10/7=2023-10-07"}},
		{"fraction is no date", "2023-10-20", "Shares rose 5 3/8 points and 1/2 a point.", nil},
		{"month day, past", "2025-05-27", "On May 14, a meeting took place in Riyadh.", []string{"May 14=2025-05-14"}},
		{"month in past tense, previous year", "2025-05-27", "The rebels toppled the president in December, sources said.",
			[]string{"December=2024-12"}},
		{"month in future tense", "2025-11-20", "Elections will be held in March.", []string{"March=2026-03"}},
		{"month without tense, nearest", "1989-10-30", "The dividend is payable Dec. 7 to holders of record.",
			[]string{"Dec. 7=1989-12-07"}},
		{"a deadline ahead of a past order", "2023-03-21", "The junta has ordered the mission's troops to leave by Dec. 31.",
			[]string{"Dec. 31=2023-12-31"}},
		{"a term extended runs ahead", "2024-04-16", "The government extended on Monday its ceasefire with the rebels, which had expired in March, until July 15.",
			[]string{"Monday=2024-04-15", "March=2024-03", "July 15=2024-07-15"}},
		{"a past day after 'by' with no infinitive", "2023-03-21", "The rebels had taken the town by Feb. 20, residents said.",
			[]string{"Feb. 20=2023-02-20"}},
		{"may the verb", "2025-05-27", "Officials May decide. They may not.", nil},
		{"may the month", "2025-07-02", "A truce was agreed in May.", []string{"May=2025-05"}},
		{"month year", "2025-08-08", "The army retook the region in September 2023.", []string{"September 2023=2023-09"}},
		{"bare year", "2025-05-27", "Israel has held the area since the 1967 war.", []string{"1967=1967"}},
		{"a day and month with the year said after", "2024-11-06", "The war broke out on April 15 last year, and the vote is due on March 3 next year.",
			[]string{"April 15 last year=2023-04-15", "March 3 next year=2025-03-03"}},
		{"two days of one month", "2024-09-12", "They met on 3 and 4 September, again on September 10 and 11, and will meet from 2 to 5 November and on 20-21 October.",
			[]string{"3=2024-09-03", "4 September=2024-09-04", "September 10=2024-09-10", "11=2024-09-11", "2=2024-11-02", "5 November=2024-11-05", "20=2024-10-20", "21 October=2024-10-21"}},
		{"a day after a date that counts something", "2024-09-12", "On September 10 and 11 people died, and 3 and 4 September were quiet.",
			[]string{"September 10=2024-09-10", "3=2024-09-03", "4 September=2024-09-04"}},
		{"year before a plural it qualifies", "2025-05-27", "The fund will pay for 2024 needs and send 2000 troops.", []string{"2024=2024"}},
		{"year before a noun", "2025-05-27", "He backed the 1974 agreement.", []string{"1974=1974"}},
		{"count is no year", "2025-05-27", "Some 2000 troops were sent.", nil},
		{"decade", "2025-05-27", "Fighting flared in the 1990s.", []string{"1990s=199"}},
		{"short decade", "2025-05-27", "Fighting flared in the '90s.", []string{"'90s=199"}},
		{"weekday past", "2025-07-02", "Trump said Tuesday that Israel agreed.", []string{"Tuesday=2025-07-01"}},
		{"weekday on the anchor day", "2025-05-27", "Five people told Reuters on Tuesday.", []string{"Tuesday=2025-05-27"}},
		{"weekday future", "2025-07-02", "The envoy will arrive on Friday.", []string{"Friday=2025-07-04"}},
		{"last month and day", "1999-04-19", "The clinic was bombed last Oct. 23, police said.", []string{"last Oct. 23=1998-10-23"}},
		{"last month and day, this year", "1999-04-19", "The plant closed last March 2 after a fire.", []string{"last March 2=1999-03-02"}},
		{"this quarter's figures are the quarter reported", "1989-11-01",
			"The publisher lost $8 million in the third quarter. This quarter's loss includes a charge.",
			[]string{"the third quarter=1989-Q3", "This quarter=1989-Q3"}},
		{"this quarter's figures forecast", "1989-11-01",
			"The publisher lost $8 million in the third quarter. This quarter's sales will be weaker.",
			[]string{"the third quarter=1989-Q3", "This quarter=1989-Q4"}},
		{"a rate after a count in words", "2011-08-08", "Output must rise from two a month to ten.", nil},
		{"a paper's name", "2009-06-18", "The China Daily newspaper reported the deal.", nil},
		{"daily at the start", "2009-06-18", "Daily, about 600 trucks cross.", []string{"Daily=P1D"}},
		{"high noon is no clock time", "1999-03-12", "For Poland, high noon comes today, like in High Noon.",
			[]string{"today=1999-03-12"}},
		{"a year after a possessive name", "1989-10-27", "He said Navigation Mixte's 1989 profit will rise.",
			[]string{"1989=1989"}},
		{"the March accession", "1999-02-10", "Officials said the March accession would go ahead.",
			[]string{"March=1999-03"}},
		{"the March on a city is no month", "1999-02-10", "Organizers said the March on Washington drew crowds.", nil},
		{"second day of a month", "1999-02-10", "A summit will be held on April 24 and 25 in Washington.",
			[]string{"April 24=1999-04-24", "25=1999-04-25"}},
		{"a count after a month's day", "1999-05-10", "Riots broke out on April 24 and 25 people died.",
			[]string{"April 24=1999-04-24"}},
		{"in the morning of the day named", "1989-10-30", "Shares fell Friday. Dealers placed orders in the morning to start trading.",
			[]string{"Friday=1989-10-27", "the morning=1989-10-27TMO"}},
		{"by mid-afternoon", "1998-03-06", "By mid-afternoon, officials said the raid was over.",
			[]string{"mid-afternoon=1998-03-06TAF"}},
		{"by mid afternoon in two words", "1998-03-06", "By mid afternoon the roads had reopened.",
			[]string{"mid afternoon=1998-03-06TAF"}},
		{"a morning session is no time", "1998-03-06", "Prices rose in the morning session.", nil},
		{"the morning of a date", "1998-03-06", "Troops moved in the morning of March 3.", []string{"March 3=1998-03-03"}},
		{"last month named in the month after", "1998-03-01", "Two helicopters crashed last February, killing 73.",
			[]string{"last February=1997-02"}},
		{"last month named later in the year", "1998-05-10", "Two helicopters crashed last February, killing 73.",
			[]string{"last February=1998-02"}},
		{"deadline extended until a clock time", "2000-04-03", "The agency extended its deadline until 9 a.m. EST Tuesday.",
			[]string{"9 a.m. EST Tuesday=2000-04-04T09:00"}},
		{"stayed until a clock time", "2000-04-03", "The crowd stayed until 9 p.m. Tuesday, police said.",
			[]string{"9 p.m. Tuesday=2000-03-28T21:00"}},
		{"a start ahead of what was agreed", "2026-11-24", "The sides agreed to a truce starting on Wednesday, diplomats said.",
			[]string{"Wednesday=2026-11-25"}},
		{"effective a weekday", "2026-11-24", "The government announced a curfew effective Friday.", []string{"Friday=2026-11-27"}},
		{"a start told in the past", "2026-11-24", "The truce that began on Wednesday collapsed.", []string{"Wednesday=2026-11-18"}},
		{"last as a verb after will", "2026-11-24", "The curfew will last until Sunday.", []string{"Sunday=2026-11-29"}},
		{"lasted is past", "2026-11-24", "Fighting lasted until Sunday.", []string{"Sunday=2026-11-22"}},
		{"takes effect", "2026-11-24", "The ban takes effect on Friday.", []string{"Friday=2026-11-27"}},
		{"took place", "2026-11-24", "The meeting took place on Friday.", []string{"Friday=2026-11-20"}},
		{"next month and day", "1999-04-19", "The law takes effect next Jan. 1.", []string{"next Jan. 1=2000-01-01"}},
		{"passive after will be", "1998-03-04", "The general will be appointed head of the mission in December.", []string{"December=1998-12"}},
		{"passive after due to be", "2025-05-20", "The accord is due to be signed in January.", []string{"January=2026-01"}},
		{"modal passive stays past", "2000-01-06", "The missing envoy could not be reached Wednesday.", []string{"Wednesday=2000-01-05"}},
		{"irregular past verb", "1989-10-30", "The group bought the refinery in February.", []string{"February=1989-02"}},
		{"present passive looks ahead", "2000-03-29", "The appeal is heard in May before the full bench.", []string{"May=2000-05"}},
		{"plan as a noun", "1989-10-27", "The lender unveiled the plan Aug. 21.", []string{"Aug. 21=1989-08-21"}},
		{"centuries", "1998-01-21", "The fortress guarded the pass for centuries.", []string{"centuries=PXC"}},
		{"the previous weekday", "1989-10-30", "The index ended Friday above its level of the previous Friday.", []string{"Friday=1989-10-27", "the previous Friday=1989-10-20"}},
		{"the following weekday", "2025-07-02", "The talks opened on Monday and ended the following Thursday.", []string{"Monday=2025-06-30", "the following Thursday=2025-07-03"}},
		{"the day before a weekday", "2000-02-24", "The day before last Tuesday's vote, the envoy flew in.", []string{"The day before last Tuesday=2000-02-21"}},
		{"days before a holiday", "2025-12-30", "The truce began two days before Christmas.", []string{"two days before Christmas=2025-12-23"}},
		{"a week after a date", "2025-07-02", "Fighting resumed a week after June 3.", []string{"a week after June 3=2025-06-10"}},
		{"days after a clause stay a duration", "2025-07-02", "Two days after the attack, talks resumed.", []string{"Two days=P2D"}},
		{"month and spoken year", "1998-03-05", "It began in January nineteen ninety-seven.", []string{"January nineteen ninety-seven=1997-01"}},
		{"season of a spoken year", "1998-03-05", "Troops left in the winter of nineteen ninety-four.", []string{"the winter of nineteen ninety-four=1994-WI"}},
		{"decade in words", "1998-03-05", "Prices fell in the nineties and the early eighties.", []string{"the nineties=199", "the early eighties=198"}},
		{"decade in words this century", "2025-03-05", "The twenties began with a pandemic; the thirties with a crash.", []string{"The twenties=202", "the thirties=193"}},
		{"an age is no decade", "2025-03-05", "The envoy, in his sixties, arrived.", []string{}},
		{"the near term", "2025-03-05", "Rates will stay high in the near term and the near future.", []string{"the near term=FUTURE_REF", "the near future=FUTURE_REF"}},
		{"plans as a noun", "1998-08-17", "On Friday, despite the minister's travel plans, the talks stalled.", []string{"Friday=1998-08-14"}},
		{"plans to", "1998-08-17", "The envoy plans to fly to Nairobi on Friday.", []string{"Friday=1998-08-21"}},
		{"quote keeps its tense", "2000-04-05", "\"The delegation will travel by road to the border crossing, with the aid convoy, Thursday,\" the governor said.", []string{"Thursday=2000-04-06"}},
		{"quote keeps its tense, curly", "2000-04-05", "“We met on Monday,” she will tell the court.", []string{"Monday=2000-04-03"}},
		{"quote keeps its tense, doubled", "2000-04-05", "``The boy will fly home with his father and the rest of the family, Thursday,'' the lawyer said.", []string{"Thursday=2000-04-06"}},
		{"postponed until", "2000-03-30", "The court postponed the hearing until Tuesday.", []string{"Tuesday=2000-04-04"}},
		{"and a half", "2000-03-05", "The siege lasted a year and a half; the vote took a minute and a half.", []string{"a year and a half=P1Y6M", "a minute and a half=PT1M30S"}},
		{"and a half ago", "2000-03-05", "The siege began two months and a half ago.", []string{"two months and a half ago=1999-12"}},
		{"last weekday", "2025-07-02", "Talks collapsed last Wednesday.", []string{"last Wednesday=2025-06-25"}},
		{"weekday with part of day", "2025-10-13", "Trump landed in Israel on Monday morning.", []string{"Monday morning=2025-10-13TMO"}},
		{"weekday with night, future", "2025-10-13", "Ministers will meet again on Thursday night.", []string{"Thursday night=2025-10-16TNI"}},
		{"weekday with evening, past", "2025-10-13", "Rockets fell on Saturday evening.", []string{"Saturday evening=2025-10-11TEV"}},
		{"weekday with date", "2025-07-03", "The camp was shelled on Wednesday, July 2, 2025.", []string{"Wednesday, July 2, 2025=2025-07-02"}},
		{"possessive", "2025-08-08", "A key element of Friday's deal is a route.", []string{"Friday=2025-08-08"}},
		{"yesterday today tomorrow", "2025-07-02", "Yesterday it rained, today it is dry and tomorrow it may snow.",
			[]string{"Yesterday=2025-07-01", "today=2025-07-02", "tomorrow=2025-07-03"}},
		{"overnight and the day before yesterday", "2014-07-21", "The town was shelled overnight and the day before yesterday.",
			[]string{"overnight=2014-07-20TNI", "the day before yesterday=2014-07-19"}},
		{"overnight before a recent day named", "1989-10-30", "Shares fell on Friday. Dealers blamed overnight losses in Tokyo.",
			[]string{"Friday=1989-10-27", "overnight=1989-10-26TNI"}},
		{"overnight after an old day named", "1998-08-20", "The embassy was bombed on Aug. 7. Jets struck the camps overnight.",
			[]string{"Aug. 7=1998-08-07", "overnight=1998-08-19TNI"}},
		{"hours later is a count", "2000-04-05", "The rig caught fire on Monday. Two hours later the crew was rescued; a minute and a half later the deck fell.",
			[]string{"Monday=2000-04-03", "Two hours=PT2H", "a minute and a half=PT1M30S"}},
		{"an hour earlier with a hedge", "2000-04-05", "The envoy had left just over an hour earlier.", []string{"just over an hour=PT1H"}},
		{"days later are a count that moves the day", "2000-04-05", "The rig caught fire on Monday. Two days later it sank, and the next day divers came.",
			[]string{"Monday=2000-04-03", "Two days=P2D", "the next day=2000-04-06"}},
		{"a month earlier is a count", "2000-04-05", "The strike ended in March. A month earlier, talks had failed.",
			[]string{"March=2000-03", "A month=P1M"}},
		{"a week earlier as the base of a comparison", "2000-04-05", "Claims fell to 310,000 from a week earlier.",
			[]string{"a week earlier=2000-W13"}},
		{"years later stay a date", "2000-04-05", "The dam opened in 1988. Two years later it cracked.",
			[]string{"1988=1988", "Two years later=1990"}},
		{"a fronted month takes the main verb's past", "1998-10-25", "In January, a week after the funeral, a bomb outside the clinic killed a guard.",
			[]string{"January=1998-01", "a week=P1W"}},
		{"a fronted month after a reporting verb stays near", "1989-10-30", "On Dec. 7, the company said, holders will be paid.",
			[]string{"Dec. 7=1989-12-07"}},
		{"the year's period compared", "1989-10-30", "Profit rose to $5 million in the third quarter from $3 million in the 1988 period. Sales in the quarter grew.",
			[]string{"the third quarter=1989-Q3", "the 1988 period=1988-Q3", "the quarter=1989-Q3"}},
		{"the year's period of nine months", "1989-10-30", "For the nine months, profit rose to $9 million from $7 million in the 1988 period.",
			[]string{"the nine months=P9M", "the 1988 period=1988"}},
		{"a few days later is an open count", "2000-04-05", "The rig caught fire in March. A few days later it sank.",
			[]string{"March=2000-03", "A few days=PXD"}},
		{"a weekday's parts in the plural are a set", "1998-02-13", "The show airs on Tuesday nights; he ran on Sunday mornings, and will speak on Friday night.",
			[]string{"Tuesday nights=XXXX-WXX-2TNI", "Sunday mornings=XXXX-WXX-7TMO", "Friday night=1998-02-13TNI"}},
		{"last year's figure in a quarterly story", "1989-10-30", "Profit for the third quarter rose to $5 million from $3 million last year. Last year the firm also sold a mill.",
			[]string{"the third quarter=1989-Q3", "last year=1988-Q3", "Last year=1988"}},
		{"last year's figure for a year ended", "1989-10-30", "Profit for the third quarter rose. For the year ended Aug. 31, net fell to $2 million from $9 million last year.",
			[]string{"the third quarter=1989-Q3", "the year=P1Y", "Aug. 31=1989-08-31", "last year=1988"}},
		{"a quarter in passing is not the one compared", "1989-10-30",
			"Profit rose in the third quarter, the company said.\n\nAfter a weak second quarter, sales recovered.\n\nCharges taken in the year-earlier period hurt.",
			[]string{"the third quarter=1989-Q3", "second quarter=1989-Q2", "the year-earlier period=1988-Q3"}},
		{"a roundup compares each paragraph's quarter", "1989-10-30",
			"Alpha Corp. said profit rose in its first quarter.\n\nSeparately, Beta Inc. reported third-quarter profit of $5 million. Year-earlier results included a gain.",
			[]string{"first quarter=1989-Q1", "third-quarter=1989-Q3", "Year-earlier=1988-Q3"}},
		{"the fiscal year ended is a year long", "1989-10-31", "In the fiscal year ended Jan. 31, sales rose; the current fiscal year looks weaker.",
			[]string{"the fiscal year=P1Y", "Jan. 31=1989-01-31", "the current fiscal year=1989"}},
		{"earlier in the day", "2014-07-21", "Earlier in the day, talks broke down.", []string{"Earlier in the day=2014-07-21"}},
		{"tonight", "2025-07-02", "The vote is tonight.", []string{"tonight=2025-07-02TNI"}},
		{"last week", "2025-07-02", "The plan was concluded last week.", []string{"last week=2025-W26"}},
		{"earlier this week", "2025-05-27", "Earlier this week, he was put in charge.", []string{"Earlier this week=2025-W22"}},
		{"earlier this month", "2025-05-27", "Earlier this month, the president confirmed talks.", []string{"Earlier this month=2025-05"}},
		{"last month", "2025-05-27", "A letter was sent last month.", []string{"last month=2025-04"}},
		{"next year across a year end", "2025-12-30", "Polls open next year.", []string{"next year=2026"}},
		{"this weekend", "2010-01-25", "The launch is this weekend.", []string{"this weekend=2010-W04-WE"}},
		{"days ago", "2025-07-02", "It happened two days ago.", []string{"two days ago=2025-06-30"}},
		{"weeks ago", "2025-07-02", "It happened three weeks ago.", []string{"three weeks ago=2025-W24"}},
		{"years ago", "2025-07-02", "The town fell almost four years ago.", []string{"almost four years ago=2021"}},
		{"the following day", "2025-07-02", "Fighting broke out on March 1. The following day, talks resumed.",
			[]string{"March 1=2025-03-01", "The following day=2025-03-02"}},
		{"later that year", "2025-07-02", "He fled in June 1998 and returned later that year.",
			[]string{"June 1998=1998-06", "later that year=1998"}},
		{"early month", "2025-07-02", "Troops held positions in early March.", []string{"early March=2025-03"}},
		{"mid year", "2025-07-02", "A deal is expected by mid-2026.", []string{"mid-2026=2026"}},
		{"late last year", "2025-07-02", "Prices rose late last year.", []string{"late last year=2024"}},
		{"clock with zone", "2025-07-02", "The truce starts at 10 a.m. local time (0700 GMT).",
			[]string{"10 a.m. local time=2025-07-02T10:00", "0700 GMT=2025-07-02T07:00Z"}},
		{"clock after its day", "2009-12-16", "The jet took off on Tuesday at 18:00 UTC.", []string{"Tuesday=2009-12-15", "18:00 UTC=2009-12-15T18:00Z"}},
		{"clock with day", "2000-04-03", "Trading will resume at 4 a.m. EDT Thursday.", []string{"4 a.m. EDT Thursday=2000-04-06T04:00"}},
		{"pm", "2025-07-02", "It ended at 7:15 p.m.", []string{"7:15 p.m.=2025-07-02T19:15"}},
		{"british clock", "2025-07-02", "Talks broke up at 2.30pm.", []string{"2.30pm=2025-07-02T14:30"}},
		{"year-first slashes", "2025-07-02", "Filed 2003/03/04.", []string{"2003/03/04=2003-03-04"}},
		{"abbreviation with year", "2025-07-02", "Talks resumed in Jan 2004.", []string{"Jan 2004=2004-01"}},
		{"noon", "2025-07-02", "The deadline is noon.", []string{"noon=2025-07-02T12:00"}},
		{"adjective duration", "2025-07-02", "Israel agreed to a 60-day ceasefire.", []string{"60-day=P60D"}},
		{"approximate duration", "2025-07-02", "It would end more than 20 months of war.", []string{"more than 20 months=P20M"}},
		{"word duration", "2025-07-02", "Hostages will be freed during the two-month period.", []string{"two-month=P2M"}},
		{"named war", "2025-07-02", "After the 12-day war Iran was weaker.", []string{"12-day=P12D"}},
		{"two years", "2025-10-13", "It ends two years of war.", []string{"two years=P2Y"}},
		{"past two months", "2025-07-02", "Prices doubled over the past two months.", []string{"the past two months=P2M"}},
		{"half years", "2025-07-02", "The siege lasted 2 1/2 years.", []string{"2 1/2 years=P2Y6M"}},
		{"hours", "2025-07-02", "They talked for five hours.", []string{"five hours=PT5H"}},
		{"open count", "2025-07-02", "The feud went on for years.", []string{"years=PXY"}},
		{"set every", "2025-07-02", "Protesters gather every Friday.", []string{"every Friday=XXXX-WXX-5"}},
		{"set daily", "2025-07-02", "Officials meet daily.", []string{"daily=P1D"}},
		{"a rate is no time", "2025-10-13", "600 trucks a day will enter; it costs $1.76 a year.", nil},
		{"quarter", "1998-11-20", "Profit fell in the third quarter.", []string{"the third quarter=1998-Q3"}},
		{"quarter a year earlier", "1998-11-20", "Profit fell in the third quarter from a year earlier.",
			[]string{"the third quarter=1998-Q3", "a year earlier=1997-Q3"}},
		{"nine months a year earlier", "1998-11-20", "Profit fell in the third quarter. In the first nine months, sales rose from a year earlier.",
			[]string{"the third quarter=1998-Q3", "the first nine months=P9M", "a year earlier=1997"}},
		{"the quarter is the one named", "2004-05-12", "The chain lost money in the fiscal first quarter. Sales in the quarter fell 4%.",
			[]string{"the fiscal first quarter=2004-Q1", "the quarter=2004-Q1"}},
		{"the quarter ended a date", "2004-09-20", "In the quarter ended July 31, the shipyard earned $3 million.",
			[]string{"the quarter=2004-Q2", "July 31=2004-07-31"}},
		{"the latest quarter is not the one under way", "2004-11-02", "The miner expects a loss in the fourth quarter. In the latest quarter it earned $9 million.",
			[]string{"the fourth quarter=2004-Q4", "the latest quarter=2004-Q3"}},
		{"the past decade is ten years", "2013-06-01", "Exports doubled over the past decade.", []string{"the past decade=P10Y"}},
		{"the last decade is the one before", "1998-06-01", "The city grew in the last decade.", []string{"the last decade=198"}},
		{"an -ed verb right before its date", "1989-10-31", "In the fiscal year ended Jan. 31, the chain earned $2 million.",
			[]string{"the fiscal year=P1Y", "Jan. 31=1989-01-31"}},
		{"a passive -ed is no past", "1989-10-31", "They expect the sale to be completed by Dec. 15.", []string{"Dec. 15=1989-12-15"}},
		{"a reporting -ed stays weak", "1989-10-30", "The dividend is payable Dec. 7, the company announced.", []string{"Dec. 7=1989-12-07"}},
		{"the last half of a year", "1990-02-01", "Sales slowed in the last half of 1989 and the latter half of 1988.",
			[]string{"the last half of 1989=1989-H2", "the latter half of 1988=1988-H2"}},
		{"or so ago", "1991-02-25", "A week or so ago, the general picked the date.", []string{"A week or so ago=1991-W08"}},
		{"a year ending a name", "2010-06-08", "Apple unveiled the phone at its Developers Conference 2010 and at WWDC 2010.",
			[]string{"2010=2010", "2010=2010"}},
		{"a number after a name is no year", "2010-06-08", "The jet was Flight 1549; the Boeing 2707 never flew.", nil},
		{"long as an adjective", "2007-02-06", "It settled its decades-long dispute after a month-long strike.",
			[]string{"decades-long=PXY", "month-long=P1M"}},
		{"over the years", "2007-02-06", "The airline grew over the years.", []string{"the years=PXY"}},
		{"later than planned", "2005-11-05", "The jet arrives on November 11, three days later than originally planned.",
			[]string{"November 11=2005-11-11", "three days later than originally planned=2005-11-11"}},
		{"a plan overtaken, nearest day back", "1989-10-30", "The offer had been due to expire Friday evening.", []string{"Friday evening=1989-10-27TEV"}},
		{"a plan overtaken, nearest day ahead", "2025-01-27", "The truce had been due to expire at midnight on Wednesday.", []string{"midnight on Wednesday=2025-01-29T24:00"}},
		{"planned points ahead", "2000-01-07", "Protesters planned a large rally on Saturday.", []string{"Saturday=2000-01-08"}},
		{"were planning points ahead", "2000-01-07", "Exiles marched on Friday. They were planning to drive to the airport on Monday.",
			[]string{"Friday=2000-01-07", "Monday=2000-01-10"}},
		{"since is past", "1990-08-13", "The carrier has been on patrol since March and was scheduled to return.", []string{"March=1990-03"}},
		{"a deadline is ahead", "2000-04-03", "The agency has given the family until 9 a.m. Tuesday to sign.", []string{"9 a.m. Tuesday=2000-04-04T09:00"}},
		{"until after a past verb stays past", "2000-04-03", "The border stayed shut until Saturday.", []string{"Saturday=2000-04-01"}},
		{"a deadline in a past sentence", "1989-11-02", "The buyer completed its offer for the studio, with shareholders of the firm tendering nearly all of the common shares outstanding by the Tuesday deadline.", []string{"Tuesday=1989-10-31"}},
		{"a timetable's present points ahead", "2025-03-10", "The deadline passes at noon on Friday.", []string{"noon on Friday=2025-03-14T12:00"}},
		{"present meet points ahead", "1998-05-01", "He and the prime minister meet separately Monday with the envoy.", []string{"Monday=1998-05-04"}},
		{"did not meet stays past", "1998-05-01", "The two leaders did not meet on Monday.", []string{"Monday=1998-04-27"}},
		{"said before a timetable verb", "1998-05-01", "Officials said the talks begin on Tuesday.", []string{"Tuesday=1998-05-05"}},
		{"a planned thing is no cue", "1998-08-17", "On Friday, she set aside plans for the hastily planned trip.", []string{"Friday=1998-08-14"}},
		{"was planned stays past", "2000-01-07", "The raid was planned on Monday.", []string{"Monday=2000-01-03"}},
		{"quarters as a count", "1989-10-30", "Profit fell for the past two quarters and may fall for several quarters more.",
			[]string{"the past two quarters=P6M", "several quarters=PXM"}},
		{"quarters of losses", "1989-10-30", "After several quarters of losses, the first two quarters of 1990 look better.",
			[]string{"several quarters=PXM", "1990=1990"}},
		{"a quarter as a share", "1989-10-30", "A quarter of the staff left.", nil},
		{"that quarter", "1989-10-30", "In the second quarter, sales rose. That quarter was the best.",
			[]string{"the second quarter=1989-Q2", "That quarter=1989-Q2"}},
		{"year-end", "1989-10-30", "The merger should close by year-end.", []string{"year-end=1989-12-31"}},
		{"year end past", "1990-02-10", "Debt stood at $2 billion at year end, the bank said.", []string{"year end=1989-12-31"}},
		{"the full year", "1989-10-30", "For the full year, the company expects a loss.", []string{"the full year=1989"}},
		{"part of day before its day", "1989-11-02", "The fire broke out in mid-afternoon yesterday.", []string{"mid-afternoon yesterday=1989-11-01TAF"}},
		{"morning before a weekday", "1989-11-02", "Troops moved in on the morning of the vote, early Tuesday.", []string{"early Tuesday=1989-10-31"}},
		{"offset zone", "2007-10-17", "The jet landed at 6:40 p.m. (GMT+8) on Thursday.", []string{"6:40 p.m. (GMT+8) on Thursday=2007-10-11T10:40Z"}},
		{"offset zone across midnight", "2007-10-17", "Polls will close at 01:30 UTC+3 on Friday.", []string{"01:30 UTC+3 on Friday=2007-10-18T22:30Z"}},
		{"offset with minutes", "2007-10-17", "The blast came at 9 a.m. (GMT +5:30).", []string{"9 a.m. (GMT +5:30)=2007-10-17T03:30Z"}},
		{"year-ago quarter by number", "1989-10-30", "Profit rose from the year-ago third quarter.", []string{"the year-ago third quarter=1988-Q3"}},
		{"the current year", "1989-10-30", "Sales fell in 1988. Sales in the current year will rise.", []string{"1988=1988", "the current year=1989"}},
		{"this coming Sunday", "1998-03-05", "Voters go to the polls this coming Sunday.", []string{"this coming Sunday=1998-03-08"}},
		{"or so after a duration", "1998-03-05", "The talks could take two weeks or so.", []string{"two weeks or so=P2W"}},
		{"right now and more recently", "1998-03-05", "Right now the talks are stalled; more recently they had moved.",
			[]string{"Right now=PRESENT_REF", "more recently=PAST_REF"}},
		{"around a date", "1998-03-05", "The vote is expected around Nov. 1 or sometime next year.", []string{"around Nov. 1=1998-11-01", "sometime next year=1999"}},
		{"about is a preposition before a date", "1998-03-05", "They talked about Friday's vote.", []string{"Friday=1998-02-27"}},
		{"a deed told in the past a month past the anchor is last year's", "2025-01-30", "Clashes erupted on 3 March and fighting came on the night of 9 April.",
			[]string{"3 March=2024-03-03", "9 April=2024-04-09"}},
		{"a deed told in the past days past the anchor stays this year's", "2025-01-30", "Clashes erupted on 12 February.", []string{"12 February=2025-02-12"}},
		{"holiday week", "2000-04-17", "Pilgrims crowded the city in Easter week.", []string{"Easter week=2000-W16"}},
		{"holiday week ahead", "2000-12-01", "Shops will open late in Christmas week.", []string{"Christmas week=2000-W52"}},
		{"hour in the morning", "2000-04-05", "The blast came at 4 in the morning and the raid at 8 in the evening.",
			[]string{"4 in the morning=2000-04-05T04:00", "8 in the evening=2000-04-05T20:00"}},
		{"a count in the morning is no hour", "2000-04-05", "He took 4 in the morning session.", nil},
		{"a couple after next", "1998-03-05", "Over the next couple of years, prices rose.", []string{"the next couple of years=P2Y"}},
		{"kinds of days", "1998-03-05", "Stocks fell for eight trading days and ten business days.", []string{"eight trading days=P8D", "ten business days=P10D"}},
		{"trading days shift nothing", "1989-10-30", "Eight trading days after Oct. 12, the index was down.", []string{"Eight trading days=P8D", "Oct. 12=1989-10-12"}},
		{"an open count as an adjective", "1998-03-05", "A several-year plan began.", []string{"several-year=PXY"}},
		{"every quarter", "1998-03-05", "Dividends are paid every quarter.", []string{"every quarter=P3M"}},
		{"pre and post a year", "1998-03-05", "The post-1959 era and the pre-1990 rules ended.", []string{"post-1959=1959", "pre-1990=1990"}},
		{"pre a month is no date", "1998-03-05", "The pre-May rush ended.", nil},
		{"a sentence's stop after a month", "2014-03-05", "The minister resigned on Monday 3rd March. The strike began on 7 Oct. 2013.",
			[]string{"Monday 3rd March=2014-03-03", "7 Oct. 2013=2013-10-07"}},
		{"fiscal years in short", "2014-03-05", "In FY2013 revenue rose; FY15 and FY 2016 look weaker.", []string{"FY2013=2013", "FY15=2015", "FY 2016=2016"}},
		{"halves in short", "2014-03-05", "Sales rose in H1 2014 and will rise in H2.", []string{"H1 2014=2014-H1", "H2=2014-H2"}},
		{"the end of the month", "2023-10-24", "The tribunal will rule by the end of the month and rest for the rest of the week.",
			[]string{"the end of the month=2023-10", "the rest of the week=2023-W43"}},
		{"the month alone is no date", "2023-10-24", "The month was quiet.", nil},
		{"the next morning counts from the day named", "2000-02-24", "He was held on Monday and appeared in court the next morning. That night he was freed.",
			[]string{"Monday=2000-02-21", "the next morning=2000-02-22TMO", "That night=2000-02-22TNI"}},
		{"years later from the year named", "2011-10-06", "He started the firm in 1976, and in 1984 launched a computer. One year later he was fired.",
			[]string{"1976=1976", "1984=1984", "One year later=1985"}},
		{"years ago from the anchor", "2011-10-06", "In 1984 he launched a computer; two years ago he retired.",
			[]string{"1984=1984", "two years ago=2009"}},
		{"a decade with an apostrophe", "2006-03-28", "In the late 1980's the firm added audio; 1990's budget was cut.",
			[]string{"the late 1980's=198", "1990=1990"}},
		{"a season of two years is no month", "2025-03-19", "The 2011-12 season ended; the filing of 2011-10 stands.", []string{"2011=2011", "12=2012", "2011-10=2011-10"}},
		{"a range of years gives both", "2025-03-19", "The 1998-99 war and the 2014-2016 drought; in 1999-00 and 2019-20 prices rose.",
			[]string{"1998=1998", "99=1999", "2014=2014", "2016=2016", "1999=1999", "00=2000", "2019=2019", "20=2020"}},
		{"a second day in a story of no known year", "", "Talks will run Oct. 3-5 with envoys and from 8 to 10 November; on May 9 and 5 people fled.",
			[]string{"Oct. 3=null", "5=null", "8=null", "10 November=null", "May 9=null"}},
		{"a span after a month of no known year counts from nothing", "", "In 2020 the army left. In March it came back; a year earlier it had left.",
			[]string{"2020=2020", "March=null", "a year earlier=null"}},
		{"a year before a month named is that month", "2024-10-02", "In March the army withdrew; a year earlier it had dug in. On May 3 it left; a year later it came back. Two years ago it fled.",
			[]string{"March=2024-03", "a year earlier=2023-03", "May 3=2024-05-03", "a year later=2025", "Two years ago=2022"}},
		{"no range of years", "2025-03-19", "Filed 2011-10-05; call 1998-45 or 2016-1998.", []string{"2011-10-05=2011-10-05"}},
		{"how often", "2025-03-19", "Convoys arrive twice a week and flights three times a day.",
			[]string{"twice a week=P1W", "three times a day=P1D"}},
		{"every other weekday", "2025-03-19", "The council meets every other Tuesday.", []string{"every other Tuesday=XXXX-WXX-2"}},
		{"times without a period", "2025-03-19", "He was arrested three times.", nil},
		{"the day after alone", "2025-03-19", "Rebels attacked on March 3. The army struck back the day after, and the day before, scouts had gone in.",
			[]string{"March 3=2025-03-03", "the day after=2025-03-04", "the day before=2025-03-03"}},
		{"the day after a clause is no date", "2025-03-19", "Rebels attacked on March 3. The day after the attack was quiet.",
			[]string{"March 3=2025-03-03"}},
		{"later that month after a year", "2025-03-19", "Rebels attacked on March 3, 2019. In 2015 the war began. Later that month, troops left.",
			[]string{"March 3, 2019=2019-03-03", "2015=2015", "Later that month=2019-03"}},
		{"a possessive weekday ahead", "2025-03-19", "Campaigning ended ahead of Sunday's election.", []string{"Sunday=2025-03-23"}},
		{"names with days in them", "2025-03-19", "The Sunday Times said the Tuesday Group, formed after the Six-Day War, met.",
			[]string{"Six-Day=P6D"}},
		{"a weekday before a name stays a day", "2025-03-19", "Speaking Tuesday, President Ruto said so; on Sunday Prime Minister Ali spoke.",
			[]string{"Tuesday=2025-03-18", "Sunday=2025-03-16"}},
		{"the latest quarter after an older one", "2004-11-03", "Profit rose in the quarter ended Sept. 30, the first since the first quarter of 2002. The latest quarter was strong.",
			[]string{"the quarter=2004-Q3", "Sept. 30=2004-09-30", "the first quarter of 2002=2002-Q1", "The latest quarter=2004-Q3"}},
		{"a year ago after a forecast quarter", "1989-10-26", "Third-quarter profit fell; losses may run through the third quarter of 1990. In the year-ago period, it earned more.",
			[]string{"Third-quarter=1989-Q3", "the third quarter of 1990=1990-Q3", "the year-ago period=1988-Q3"}},
		{"a year earlier than a year named, undated", "", "Growth slowed to 2.3% in 2020 from 6.0% a year earlier.", []string{"2020=2020", "a year earlier=2019"}},
		{"the following day, undated", "", "Fighters attacked on Oct. 7, 2023. The army struck back the following day; that year ended in war.",
			[]string{"Oct. 7, 2023=2023-10-07", "the following day=2023-10-08", "that year=2023"}},
		{"the following day needs a day named", "", "The army struck back the following day.", []string{"the following day=null"}},
		{"ago needs the date", "", "It happened two years ago.", []string{"two years ago=null"}},
		{"weekday with afternoon", "2025-10-13", "The convoy left on Sunday afternoon.", []string{"Sunday afternoon=2025-10-12TAF"}},
		{"season", "1998-11-20", "The offensive began last fall.", []string{"last fall=1997-FA"}},
		{"an aim told in the past points ahead", "2026-03-14", "The rebels hoped to complete the exchange by mid-December, he said.",
			[]string{"mid-December=2026-12"}},
		{"a vow told in the past points ahead", "2026-11-03", "The army vowed to retake the town in March.",
			[]string{"March=2027-03"}},
		{"an aim overtaken names the nearest", "2026-03-14", "He had hoped to finish the talks in December.",
			[]string{"December=2025-12"}},
		{"a past event after an aim stays past", "2026-03-14", "The talks he hoped for collapsed in December.",
			[]string{"December=2025-12"}},
		{"a month joined to a month with a year takes it", "2026-12-11", "Protests in June and July 2024 left 60 dead, and more from May to August 2025.",
			[]string{"June=2024-06", "July 2024=2024-07", "May=2025-05", "August 2025=2025-08"}},
		{"a month range across the new year", "2026-02-07", "Fighting from November to February 2025 was heavy.",
			[]string{"November=2024-11", "February 2025=2025-02"}},
		{"a month of a deictic year", "2026-02-07", "Some 4,000 died between January and June of last year.",
			[]string{"January=2025-01", "June of last year=2025-06"}},
		{"months joined with no year are placed alone", "2026-11-03", "Talks in March and April stalled, and 60 died in June and July.",
			[]string{"March=2026-03", "April=2026-04", "June=2026-06", "July=2026-07"}},
		{"a month joined to a day keeps its own year", "2026-02-07", "Talks in May and June 3, 2024 stalled.",
			[]string{"May=2026-05", "June 3, 2024=2024-06-03"}},
		{"a live post's stamp is of the page's day", "2026-10-03", "10:40 GMT: The minister will travel to Muscat on Sunday.\n\n11:05 GMT - Talks resume Monday.",
			[]string{"10:40 GMT=2026-10-03T10:40Z", "Sunday=2026-10-04", "11:05 GMT=2026-10-03T11:05Z", "Monday=2026-10-05"}},
		{"a clock time inside a sentence takes the day after it", "2026-10-03", "The vote will be held at 10:40 GMT: on Sunday, in Muscat.",
			[]string{"10:40 GMT=2026-10-04T10:40Z", "Sunday=2026-10-04"}},
		{"since midnight is the day's start", "2026-10-03", "It was the third alert since midnight, and the curfew starts at midnight.",
			[]string{"midnight=2026-10-03T00:00", "midnight=2026-10-03T24:00"}},
		{"overnight in a live post is the page's night", "2026-10-03", "10:40 GMT: A round was held last Tuesday.\n\n08:00 GMT: Overnight, aircraft struck targets in Syria.",
			[]string{"10:40 GMT=2026-10-03T10:40Z", "last Tuesday=2026-09-29", "08:00 GMT=2026-10-03T08:00Z", "Overnight=2026-10-02TNI"}},
		{"overnight after a day of the same story's past week", "2026-10-03", "Shares fell on Tuesday.\n\nOvernight losses in New York weighed on them.",
			[]string{"Tuesday=2026-09-29", "Overnight=2026-09-28TNI"}},
		{"planned for a time is ahead", "2026-02-07", "Elections are tentatively planned for the summer, officials said, and a vote is planned for December.",
			[]string{"the summer=2026-SU", "December=2026-12"}},
		{"the planned trip was past", "2026-02-07", "The planned trip for donors was cancelled in December.",
			[]string{"December=2025-12"}},
		{"overnight moves no day", "2025-08-24", "Drones hit the plant overnight. The day before, the sides swapped prisoners.",
			[]string{"overnight=2025-08-23TNI", "The day before=2025-08-23"}},
		{"a clock time after overnight is of the anchor's day", "2026-03-10", "Drones struck overnight, and the attack began at 2 a.m.",
			[]string{"overnight=2026-03-09TNI", "2 a.m.=2026-03-10T02:00"}},
		{"a target ahead by a month far off", "2026-04-15", "A deal is expected by mid-December, and mediators hope for talks until November.",
			[]string{"mid-December=2026-12", "November=2026-11"}},
		{"a deadline met in the past stays past", "2026-04-15", "By December the army had retaken the town, and it held it until February.",
			[]string{"December=2025-12", "February=2026-02"}},
		{"a clock span over midnight told in the past", "2026-03-28", "Gunmen struck between 10 p.m. and 2 a.m., police said.",
			[]string{"10 p.m.=2026-03-27T22:00", "2 a.m.=2026-03-28T02:00"}},
		{"a clock span over midnight on a day named", "2026-03-28", "On Friday, shelling lasted from 11 p.m. to 4 a.m.",
			[]string{"Friday=2026-03-27", "11 p.m.=2026-03-27T23:00", "4 a.m.=2026-03-28T04:00"}},
		{"a clock span over midnight ahead", "2026-03-28", "The curfew will run from 22:00 to 05:00.",
			[]string{"22:00=2026-03-28T22:00", "05:00=2026-03-29T05:00"}},
		{"a clock span with its days", "2026-03-28", "Fighting raged from 10 p.m. Friday to 3 a.m. Saturday.",
			[]string{"10 p.m. Friday=2026-03-27T22:00", "3 a.m. Saturday=2026-03-28T03:00"}},
		{"a clock span within a day", "2026-03-28", "Talks ran from 9 a.m. to 5 p.m. on Friday, and from 2 p.m. to 11 a.m. nothing.",
			[]string{"9 a.m.=2026-03-27T09:00", "5 p.m. on Friday=2026-03-27T17:00", "2 p.m.=2026-03-27T14:00", "11 a.m.=2026-03-27T11:00"}},
		{"a term granted until a day runs ahead", "2025-01-29", "The bloc gave the three countries a six-month grace period, until July 29, to negotiate.",
			[]string{"six-month=P6M", "July 29=2025-07-29"}},
		{"a span that ran until a day stays past", "2025-01-29", "Hezbollah fought a war from October 2023 until a truce, and talks lasted until December 12.",
			[]string{"October 2023=2023-10", "December 12=2024-12-12"}},
		{"overnight ahead is the coming night", "2026-06-08", "Polls closed on Sunday and results are expected overnight.",
			[]string{"Sunday=2026-06-07", "overnight=2026-06-07TNI"}},
		{"overnight ahead with no day named", "2026-06-08", "Results will be announced overnight.",
			[]string{"overnight=2026-06-08TNI"}},
		{"a duration as a range of counts", "2026-04-15", "Deliveries take 18 to 24 months, repairs two to three weeks, talks 10-15 days and the strike four or five days.",
			[]string{"18 to 24 months=P18M", "two to three weeks=P2W", "10-15 days=P10D", "four or five days=P4D"}},
		{"counts that are no range of a duration", "2026-04-15", "Votes went 5 to 3 days later, and from 2020 to 2 years on, and 7 to 3 weeks.",
			[]string{"3 days=P3D", "2020=2020", "2 years=P2Y", "3 weeks=P3W"}},
		{"two periods off", "2026-04-15", "They met the week before last and will meet the month after next, not the year before last's way.",
			[]string{"the week before last=2026-W14", "the month after next=2026-06", "the year before last=2024"}},
		{"the day before last Tuesday is still a shifted day", "2026-04-15", "They met the day before last Tuesday.",
			[]string{"the day before last Tuesday=2026-04-13"}},
		{"two periods off need the anchor", "", "They met the week before last.", []string{"the week before last=null"}},
		{"a bare season told in the past is the latest begun", "2026-03-15", "They met for the first time since border fighting in the autumn.",
			[]string{"the autumn=2025-FA"}},
		{"a bare season ahead is the next not ended", "2026-11-03", "Talks will resume in the spring, and a vote is due in the autumn.",
			[]string{"the spring=2027-SP", "the autumn=2026-FA"}},
		{"a bare season told in the past, already begun", "2026-07-20", "Fighting flared in the summer, and in the winter the lines froze.",
			[]string{"the summer=2026-SU", "the winter=2025-WI"}},
		{"a bare season with no tense keeps the anchor's year", "2026-03-15", "Harvests in the autumn matter.",
			[]string{"the autumn=2026-FA"}},
		{"this past season", "1989-10-30", "Sales rose this past spring.", []string{"this past spring=1989-SP"}},
		{"fall is a verb", "1998-11-20", "After the fall of the capital, prices fall.", nil},
		{"holidays", "1999-11-30", "Shops opened on Thanksgiving Day and will close on Christmas Eve.",
			[]string{"Thanksgiving Day=1999-11-25", "Christmas Eve=1999-12-24"}},
		{"the Islamic feasts by the arithmetic calendar", "2026-03-14", "Detainees were freed days before Eid al-Fitr, and talks will follow Eid ul Adha.",
			[]string{"Eid al-Fitr=2026-03-20", "Eid ul Adha=2026-05-27"}},
		{"Ramadan is the month holding its middle", "2025-03-20", "Aid groups reached few people during Ramadan, the holy month.",
			[]string{"Ramadan=2025-03"}},
		{"a feast told in the past is the latest", "2026-01-10", "Prisoners were released before Eid-ul-Adha, and others were freed during Ramadan.",
			[]string{"Eid-ul-Adha=2025-06-07", "Ramadan=2025-03"}},
		{"a bare Eid is the nearer feast", "2026-05-20", "The fighters will observe a truce over Eid.",
			[]string{"Eid=2026-05-27"}},
		{"a holiday with its year", "2026-03-14", "They met at Christmas 2024 and before Eid al-Adha last year.",
			[]string{"Christmas 2024=2024-12-25", "Eid al-Adha last year=2025-06-07"}},
		{"a holiday with a deictic year needs the anchor", "", "They met before Eid al-Adha last year.",
			[]string{"Eid al-Adha last year=null"}},
		{"the end of Ramadan is the month of its last day", "2027-03-20", "Aid arrived during Ramadan, and markets filled at the end of Ramadan.",
			[]string{"Ramadan=2027-02", "the end of Ramadan=2027-03"}},
		{"the start of Ramadan is the month of its first day", "2026-04-10", "A truce began at the start of Ramadan and held until the close of Ramadan.",
			[]string{"the start of Ramadan=2026-02", "Ramadan=2026-03"}},
		{"names are no feasts", "2026-03-14", "The scholar Tariq Ramadan spoke, and eid is no name.", nil},
		{"easter", "2000-04-10", "Pilgrims will come for Easter.", []string{"Easter=2000-04-23"}},
		{"spoken year", "1998-03-01", "It began in nineteen ninety-six.", []string{"nineteen ninety-six=1996"}},
		{"half", "1989-11-02", "Sales fell in the first half of 1989.", []string{"the first half of 1989=1989-H1"}},
		{"week of", "2000-03-01", "Talks are set for the week of March 6.", []string{"the week of March 6=2000-W10"}},
		{"fiscal year", "1989-11-02", "Profit rose in fiscal year 1988 and will rise in the current fiscal year.",
			[]string{"fiscal year 1988=1988", "the current fiscal year=1989"}},
		{"a quarter of a year named by a word", "2026-04-22", "Aid will flow in the first quarter of next year, after the second quarter of last year and the fourth quarter of fiscal 2027.",
			[]string{"the first quarter of next year=2027-Q1", "the second quarter of last year=2025-Q2", "the fourth quarter of fiscal 2027=2027-Q4"}},
		{"a quarter of a year named by a word, no anchor", "", "Deliveries begin in the first quarter of next year.",
			[]string{"the first quarter of next year=null"}},
		{"a quarter of nothing dated", "2026-04-22", "A quarter of the budget went to the first quarter of the trial.",
			[]string{"the first quarter=2026-Q1"}},
		{"financial and fiscal years by deixis", "2026-03-02", "It gave £3bn this financial year, will give more next fiscal year and gave less last financial year.",
			[]string{"this financial year=2026", "next fiscal year=2027", "last financial year=2025"}},
		{"a fiscal year named by its years", "2026-03-02", "The 2025/26 fiscal year budget and the 2026-27 financial year plan, and the financial year.",
			[]string{"2025/26=2025", "2026=2026", "27=2027", "the financial year=2026"}},
		{"slashes that are no years", "2026-03-02", "Votes split 2025/40 and the 24/7 service, and 2025/27 too.", nil},
		{"the year", "1989-11-02", "Net rose for the year ended June 30 and will rise by the end of the year.",
			[]string{"the year=P1Y", "June 30=1989-06-30", "the end of the year=1989"}},
		{"the year before is no time of its own", "1989-11-02", "Sales were $4 million, down from $5 million the year before.", nil},
		{"titles are not times", "1998-11-20", "He told 60 Minutes and ABC's This Week about it.", nil},
		{"more between count and unit", "1998-11-20", "The strike could last two more weeks.", []string{"two more weeks=P2W"}},
		{"century", "1998-11-20", "The worst war of the 20th century.", []string{"the 20th century=19"}},
		{"now and past", "2025-07-02", "For now, calm holds. In the past, truces broke.",
			[]string{"now=PRESENT_REF", "the past=PAST_REF"}},
		{"recently", "2025-07-02", "More recently, ties improved.", []string{"More recently=PAST_REF"}},
		{"recent weeks", "2025-07-02", "Clashes subsided in recent weeks.", []string{"recent weeks=PAST_REF"}},
		{"no anchor relative", "", "The talks ended on Tuesday, last week.", []string{"Tuesday=null", "last week=null"}},
		{"no anchor absolute", "", "The war began on Oct. 7, 2023.", []string{"Oct. 7, 2023=2023-10-07"}},
		{"names are not years", "2025-07-02", "UN Resolution 2254 and Flight 1549 were cited.", nil},
		{"a clock time with no day is of the story's day", "2026-03-02", "A quake struck shortly before midnight on Sunday, officials said on Monday. It hit at 11:47 p.m. local time. Aftershocks followed until 4:30 a.m.",
			[]string{"midnight on Sunday=2026-03-01T24:00", "Monday=2026-03-02", "11:47 p.m. local time=2026-03-01T23:47", "4:30 a.m.=2026-03-02T04:30"}},
		{"polls closed on the day of the vote", "2026-03-02", "Voters went to the polls on Sunday.\n\nPolls closed at 8 pm and counting began.",
			[]string{"Sunday=2026-03-01", "8 pm=2026-03-01T20:00"}},
		{"a morning hour after an evening one on the story's day is the next day's", "2024-02-09", "Polls closed on Thursday. Voting ran from 8 a.m. to 5 p.m. Independents had won 92 seats by 3 a.m.",
			[]string{"Thursday=2024-02-08", "8 a.m.=2024-02-08T08:00", "5 p.m.=2024-02-08T17:00", "3 a.m.=2024-02-09T03:00"}},
		{"a morning hour after a morning one stays", "2024-02-09", "Polls opened on Thursday. Voting began at 8 a.m. Queues formed by 11 a.m.",
			[]string{"Thursday=2024-02-08", "8 a.m.=2024-02-08T08:00", "11 a.m.=2024-02-08T11:00"}},
		{"a report's day is no story day", "2026-03-02", "Gunmen killed 12 villagers, police said on Saturday. The attack began at 4 a.m.",
			[]string{"Saturday=2026-02-28", "4 a.m.=2026-03-02T04:00"}},
		{"early hours after a day named late are the next day's", "2025-06-24", "Trump announced the truce late on Monday. Iran fired a last barrage before 7:30 a.m.",
			[]string{"Monday=2025-06-23", "7:30 a.m.=2025-06-24T07:30"}},
		{"an evening before a day named early is the day before", "2026-03-28", "Gunmen killed 52 people early Saturday. They struck between 10 p.m. and 2 a.m.",
			[]string{"early Saturday=2026-03-28", "10 p.m.=2026-03-27T22:00", "2 a.m.=2026-03-28T02:00"}},
		{"a clock time ahead takes no past story day", "2026-03-02", "Voters went to the polls on Sunday. The results will be announced at 3 p.m.",
			[]string{"Sunday=2026-03-01", "3 p.m.=2026-03-02T15:00"}},
		{"a live page's posts keep the page's day", "2026-03-02", "10:40 GMT: Strikes hit Kharkiv on Sunday.\n\n11:05 GMT: Sirens sounded at 1:50 p.m., the army said.",
			[]string{"10:40 GMT=2026-03-02T10:40Z", "Sunday=2026-03-01", "11:05 GMT=2026-03-02T11:05Z", "1:50 p.m.=2026-03-02T13:50"}},
		{"a present after before points ahead", "2026-03-03", "The announcement came the day before Starmer flies to Washington to meet Trump on Thursday.",
			[]string{"Thursday=2026-03-05"}},
		{"a present after until points ahead", "2026-03-03", "The border stayed shut until he returns from Cairo on Friday, aides said.",
			[]string{"Friday=2026-03-06"}},
		{"a past after before stays past", "2026-03-03", "The talks collapsed before Putin arrived on Thursday.",
			[]string{"Thursday=2026-02-26"}},
		{"a plural after a name is no present", "2026-03-03", "Fighting erupted before Geneva talks on Thursday.",
			[]string{"Thursday=2026-02-26"}},
		{"a slash date in a day-first story is day first", "2026-04-05", "KYIV, 5 April 2026 - Troops pressed on near Pokrovsk on 2 April. Shelling resumed on 3/4/2026.",
			[]string{"5 April 2026=2026-04-05", "2 April=2026-04-02", "3/4/2026=2026-04-03"}},
		{"a slash date day first by another slash date", "2026-04-05", "Talks opened on 25/3/2026 and resumed on 3/4/2026.",
			[]string{"25/3/2026=2026-03-25", "3/4/2026=2026-04-03"}},
		{"a slash date in a month-first story stays month first", "2026-04-05", "Troops pressed on near Pokrovsk on March 2 and April 1. Shelling resumed on 3/4/2026.",
			[]string{"March 2=2026-03-02", "April 1=2026-04-01", "3/4/2026=2026-03-04"}},
		{"a slash date with no other date is month first", "2026-04-05", "Shelling resumed on 3/4/2026.",
			[]string{"3/4/2026=2026-03-04"}},
		{"a day counted takes its sentence's day", "2025-10-05", "Residents marked the 500th day of the siege on Sunday.",
			[]string{"the 500th day=2025-10-05", "Sunday=2025-10-05"}},
		{"a day counted takes a date after it", "2025-10-05", "On the 100th day of the siege, in August last year, shells hit the market.",
			[]string{"the 100th day=2024-08", "August last year=2024-08"}},
		{"a day counted alone is the report's", "2026-03-14", "Talks stalled on the twelfth day of negotiations.",
			[]string{"the twelfth day=2026-03-14"}},
		{"no day counted", "2026-03-14", "The third anniversary, the first day of talks and the 9th day passed.", nil},
		{"what was agreed to do lies ahead", "2025-07-27", "Both sides had agreed to meet in Kuala Lumpur on Monday.",
			[]string{"Monday=2025-07-28"}},
		{"what was agreed to is no act ahead", "2025-07-27", "Both sides agreed to a truce on Monday, and a ceasefire agreed to in January collapsed.",
			[]string{"Monday=2025-07-21", "January=2025-01"}},
		{"a duty by a clock time on a day points ahead", "2025-02-11", "Trump said on Monday that all hostages must be freed by noon on Saturday.",
			[]string{"Monday=2025-02-10", "noon on Saturday=2025-02-15T12:00"}},
		{"a day long past is no story day", "2026-03-02", "The war began on Oct. 7, 2023. Sirens sounded at 6:29 a.m.",
			[]string{"Oct. 7, 2023=2023-10-07", "6:29 a.m.=2026-03-02T06:29"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tagged(tt.text, tt.published)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtractAnchor(t *testing.T) {
	tests := []struct {
		name      string
		published *string
		want      string
	}{
		{"given", article.Str("2025-07-02"), "2025-07-01"},
		{"missing", nil, "null"},
		{"malformed", article.Str("July 2"), "null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &article.Article{Text: "Trump said Tuesday that talks went well.", Published: tt.published}
			Extract(text.Parse(a.Text), a)
			if len(a.Times) != 1 {
				t.Fatalf("times = %+v", a.Times)
			}
			got := "null"
			if v := a.Times[0].Value; v != nil {
				got = *v
			}
			if got != tt.want || a.Times[0].Kind != Date {
				t.Errorf("value %s kind %s, want %s date", got, a.Times[0].Kind, tt.want)
			}
		})
	}
}

func TestStoryDate(t *testing.T) {
	tests := []struct {
		name, published, text string
		captions              []string
		want                  []string
	}{
		{"caption dates the story", "", "Envoys met on June 3 in Doha. They spoke again on Tuesday and last month.",
			[]string{"Troops patrol a checkpoint near the crossing, May 28, 2024. AGENCY/Staff Photo"},
			[]string{"June 3=2024-06-03", "Tuesday=null", "last month=null"}},
		{"past month before the story date", "", "The regime fell in December, officials said. On Feb. 9, 2025, talks began.", nil,
			[]string{"December=2024-12", "Feb. 9, 2025=2025-02-09"}},
		{"the latest full date counts", "", "The truce of 12 March 2019 held until Aug. 2, 2021. By mid-October the front was quiet.",
			[]string{"Refugees wait at the border, Sept. 30, 2021."},
			[]string{"12 March 2019=2019-03-12", "Aug. 2, 2021=2021-08-02", "mid-October=2021-10"}},
		{"no full date, no year", "", "The vote is due in March. It was first called in 2022.", nil,
			[]string{"March=null", "2022=2022"}},
		{"a year and month give no day", "", "The strike began in September 2023 and ended in May.", nil,
			[]string{"September 2023=2023-09", "May=null"}},
		{"a day ahead does not date the story", "", "A referendum is scheduled for Jan. 9, 2027. Protests began on May 3, 2025, and spread in June.", nil,
			[]string{"Jan. 9, 2027=2027-01-09", "May 3, 2025=2025-05-03", "June=2025-06"}},
		{"a date that names an earlier event dates no story", "", "Talks resume on June 3. The group takes its name from the May 4, 2011 accord; its leader has been held since Oct. 9, 2019.", nil,
			[]string{"June 3=null", "May 4, 2011=2011-05-04", "Oct. 9, 2019=2019-10-09"}},
		{"a date of the news still dates the story", "", "Fighting resumed on March 2, 2024, and talks stalled. By June the front was quiet.", nil,
			[]string{"March 2, 2024=2024-03-02", "June=2024-06"}},
		{"the publication date comes first", "2023-01-10", "Parliament met on Dec. 20. The next session opens Friday.",
			[]string{"Lawmakers in the chamber, Dec. 20, 2020."},
			[]string{"Dec. 20=2022-12-20", "Friday=2023-01-13"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &article.Article{Text: tt.text, Captions: tt.captions}
			if tt.published != "" {
				a.Published = article.Str(tt.published)
			}
			Extract(text.Parse(a.Text), a)
			var got []string
			for _, x := range a.Times {
				v := "null"
				if x.Value != nil {
					v = *x.Value
				}
				got = append(got, x.Text+"="+v)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
			if a.Published != nil && tt.published == "" {
				t.Errorf("published set to %s", *a.Published)
			}
		})
	}
}

// goldenTimes is the form of a golden file: the publication date and the
// times found.
type goldenTimes struct {
	Published string         `json:"published"`
	Times     []article.Time `json:"times"`
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
			pub := strings.TrimSpace(strings.TrimPrefix(head, "published:"))
			got := goldenTimes{Published: pub, Times: Find(text.Parse(body), anchor(pub))}
			for _, x := range got.Times {
				if x.Start < 0 || x.End > len(body) || body[x.Start:x.End] != x.Text {
					t.Errorf("span %d-%d does not hold %q", x.Start, x.End, x.Text)
				}
			}
			golden.JSON(t, strings.TrimSuffix(f, ".txt")+".golden.json", got)
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"On Oct. 7, 2023, at 10 a.m. local time (0700 GMT), the 60-day truce began.",
		"Earlier this week, more than 20 months of war; last Friday's talks; mid-2024; the 1990s.",
		"10/7 7/8/07 2023-10-07 5 3/8 12:99 a.m. 2023-13-45 Feb. 30, 2024",
		"every Friday, the third quarter of 1998, a year earlier, two and a half years ago",
		"'s 's - -- mid- the the past the following", "\xff\xfe May 1", "",
		"Troops at the border, May 4, 2025. On May 14 and 15, by mid-afternoon, the March talks; in the morning.",
	} {
		f.Add(s, int64(0))
		f.Add(s, int64(1700000000))
	}
	f.Fuzz(func(t *testing.T, s string, sec int64) {
		var anc *time.Time
		if sec != 0 {
			a := time.Unix(sec%8000000000, 0).UTC()
			anc = &a
		}
		d := text.Parse(s)
		got := Find(d, anc)
		if anc == nil {
			// an undated story: year-less dates placed against its own
			// latest date, the text serving as its caption too
			if st, ok := storyDate(d, []string{s}); ok {
				got = append(got, find(d, nil, &st)...)
			}
		}
		for _, x := range got {
			if x.Start < 0 || x.End > len(s) || x.Start >= x.End {
				t.Fatalf("span %d-%d out of bounds for %d bytes", x.Start, x.End, len(s))
			}
			if s[x.Start:x.End] != x.Text {
				t.Fatalf("text %q does not match span %q", x.Text, s[x.Start:x.End])
			}
			switch x.Kind {
			case Date, Time, Duration, Set, Vague:
			default:
				t.Fatalf("kind %q", x.Kind)
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
	anc := anchor("2025-07-02")
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(d, anc)
	}
}
