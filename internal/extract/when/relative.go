package when

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/extract/quantity/number"
	"github.com/parley-news/parley/internal/text"
)

// count reads how many: a number in digits or words, "a", "a few",
// "several", "a couple of", "two and a half". known is false for counts
// the text leaves open.
func (tg *tagger) count(i int) (n float64, known bool, j int, ok bool) {
	w := tg.w(i)
	switch {
	case tg.seq(i, "couple", "of") && (tg.w(i-1) == "next" || tg.w(i-1) == "past" || tg.w(i-1) == "last"):
		return 2, true, i + 2, true // "the next couple of years"
	case tg.seq(i, "a", "few") || tg.seq(i, "a", "couple", "of"):
		if w2 := tg.w(i + 1); w2 == "couple" {
			return 2, true, i + 3, true
		}
		return 0, false, i + 2, true
	case w == "several" || w == "few" || w == "many" || tg.seq(i, "a", "number", "of"):
		if w == "a" {
			return 0, false, i + 3, true
		}
		return 0, false, i + 1, true
	case w == "a" || w == "an":
		if tg.seq(i+1, "half") {
			return 0.5, true, i + 2, true
		}
		if v, k := number.Parse(tg.lower(i, 3)); k > 0 {
			return v, true, i + k, true
		}
		return 1, true, i + 1, true
	}
	if tg.tk(i).kind == text.Number && strings.ContainsAny(tg.tk(i).s, "/:") {
		return 0, false, 0, false
	}
	v, k := number.Parse(tg.lower(i, 6))
	if k == 0 {
		return 0, false, 0, false
	}
	j = i + k
	if tg.seq(j, "and", "a", "half") {
		v += 0.5
		j += 3
	}
	return v, true, j, true
}

// lower returns up to n lower-cased tokens from i.
func (tg *tagger) lower(i, n int) []string {
	if i >= len(tg.ls) {
		return nil
	}
	if i >= 0 {
		// a view of the sentence's words: number.Parse only reads it
		e := min(len(tg.ls), i+n)
		return tg.ls[i:e:e]
	}
	out := make([]string, 0, n)
	for k := i; k < len(tg.toks) && k < i+n; k++ {
		out = append(out, tg.tk(k).l)
	}
	return out
}

// periodEdge are the words that take "of the month" as a part of the
// month the story stands in.
var periodEdge = set("end", "beginning", "start", "middle", "rest", "remainder", "close", "turn")

// dayKinds are the kinds of day a count may name ("eight trading days").
var dayKinds = set("trading", "business", "working", "calendar", "school")

// counted reads a counted period: "three days" and "60-day" (durations),
// "two days ago" and "a year earlier" (dates), "600 trucks a day" (set).
func (tg *tagger) counted(i int) (found, bool) {
	// "two-day" and "five-year" are one word token
	if w := tg.w(i); tg.tk(i).kind == text.Word && strings.Contains(w, "-") {
		k := strings.LastIndexByte(w, '-')
		if u, ok := words.unit[w[k+1:]]; ok {
			if v, ok := number.Word(w[:k]); ok {
				return tg.period(i, i+1, v, true, u, true)
			}
			if w[:k] == "year" && (u == "D" || u == "Y") {
				return found{}, false
			}
			if w[:k] == "several" || w[:k] == "multi" || w[:k] == "many" {
				// "a several-year plan": an open count
				return found{i: i, j: i + 1, kind: Duration, value: durValue(0, false, u), adj: true}, true
			}
		}
		// "decades-long", "a month-long strike": a duration as an adjective,
		// X for a count the plural leaves open
		if head, ok := strings.CutSuffix(w, "-long"); ok {
			if u, ok := words.unit[head]; ok && !strings.Contains(head, "-") {
				plural := strings.HasSuffix(head, "s")
				return found{i: i, j: i + 1, kind: Duration, value: durValue(1, !plural, u), adj: true}, true
			}
		}
		// "year-earlier", "year-ago"
		if w == "year-earlier" || w == "year-ago" {
			j := i + 1
			switch o, isOrd := number.Ordinal(tg.w(j)); {
			case tg.w(j) == "period" || tg.w(j) == "quarter":
				j++
			case isOrd && o <= 4 && tg.w(j+1) == "quarter":
				// "the year-ago third quarter": that quarter, a year back
				f := tg.yearBack(i, j+2)
				if y, err := strconv.Atoi(f.value); err == nil || len(f.value) == 7 {
					if err != nil {
						y, _ = strconv.Atoi(f.value[:4])
					}
					f.value = fmt.Sprintf("%04d-Q%d", y, o)
				}
				return f, true
			}
			return tg.yearBack(i, j), true
		}
	}
	n, known, j, ok := tg.count(i)
	if !ok {
		return found{}, false
	}
	adj := false
	if tg.glue(j, "-") && j+1 < len(tg.toks) && tg.tk(j+1).glued {
		j++
		adj = true
	}
	// "two more weeks", "an additional year"
	if !adj && (tg.w(j) == "more" || tg.w(j) == "additional" || tg.w(j) == "further" || tg.w(j) == "extra") {
		if _, ok := words.unit[tg.w(j+1)]; ok {
			j++
		}
	}
	// "eight trading days", "ten business days": a count of days, but not
	// of calendar days, so never a shift ("eight trading days after Oct.
	// 12" is no Oct. 20)
	if dayKinds[tg.w(j)] && (tg.w(j+1) == "days" || tg.w(j+1) == "day") && !adj {
		return found{i: i, j: j + 2, kind: Duration, value: durValue(n, known, "D")}, true
	}
	w := tg.w(j)
	u, isUnit := words.unit[w]
	// "60 Minutes", "Next Year": a capitalized unit inside a sentence is
	// a title
	if isUnit && tg.tk(j).upper && i > 0 {
		return found{}, false
	}
	if _, _, ofYear := tg.yearAfter(j + 2); w == "quarters" && (n >= 2 || !known) && !adj && !(tg.w(j+1) == "of" && ofYear) {
		// "the past two quarters", "several quarters": three months each,
		// as ISO 8601 has no quarter designator
		v := "PXM"
		if known {
			v = durValue(n*3, true, "M")
		}
		return found{i: i, j: j + 1, kind: Duration, value: v}, true
	}
	if !isUnit {
		// "the 12-day-old truce": "day-old" is one word
		return found{}, false
	}
	if w == "night" || w == "nights" {
		if !known || adj {
			return found{}, false
		}
	}
	// "a" only counts a unit in the singular: "a day", "a year"
	if (tg.w(i) == "a" || tg.w(i) == "an") && strings.HasSuffix(w, "s") && n == 1 {
		return found{}, false
	}
	return tg.period(i, j+1, n, known, u, adj)
}

// period finishes a counted period ending at token j (exclusive).
func (tg *tagger) period(i, j int, n float64, known bool, u string, adj bool) (found, bool) {
	// "a year and a half", "a minute and a half"
	if known && !adj && tg.seq(j, "and", "a", "half") {
		n, j = n+0.5, j+3
	}
	// "a week or so ago": the hedge stays inside the date
	if !adj && tg.seq(j, "or", "so") && (tg.w(j+2) == "ago" || tg.w(j+2) == "earlier" || tg.w(j+2) == "later") {
		j += 2
	}
	if !adj {
		switch tg.w(j) {
		case "ago":
			return tg.ago(i, j+1, n, known, u, -1)
		case "earlier", "later", "before", "after":
			after := tg.w(j + 1)
			if tg.w(j) == "before" || tg.w(j) == "after" {
				// "two days before Christmas": that day shifted
				if f, ok := tg.dayShift(i, j, n, known, u); ok {
					return f, true
				}
				// "two days after the attack" is a duration before a clause
				if after != "." && after != "," && after != "" {
					break
				}
			}
			if after == "than" && !tg.sentDay.IsZero() {
				// "on Nov. 11, three days later than planned": the delay
				// of the day just named, which it describes
				return tg.thanPlanned(i, j+2), true
			}
			if u == "H" || u == "MIN" || u == "S" || !known && (tg.w(j) == "later" || tg.w(j) == "after") {
				// "a minute and a half later", "an hour earlier": a day
				// would say nothing the day named does not; TimeML marks
				// the count, without the word that orders it. So with
				// "a few days later": after a day in the past it is no
				// FUTURE_REF
				return found{i: i, j: j, kind: Duration, value: durValue(n, known, u)}, true
			}
			dir := -1
			if tg.w(j) == "later" || tg.w(j) == "after" {
				dir = 1
			}
			if (u == "D" || u == "W" || u == "M") && (tg.w(j) == "earlier" || tg.w(j) == "later") && !baseWords[tg.w(i-1)] {
				// "two days later", "a month earlier": TimeML marks the
				// count, "later" ordering it, as for hours; the day it
				// reaches is still the one later times count from. Not
				// the base of a comparison ("from a month earlier")
				g, _ := tg.ago(i, j+1, n, known, u, dir)
				return found{i: i, j: j, kind: Duration, value: durValue(n, known, u), day: g.day}, true
			}
			return tg.ago(i, j+1, n, known, u, dir)
		case "from":
			if tg.w(j+1) == "now" {
				return tg.ago(i, j+2, n, known, u, 1)
			}
		}
		// "600 trucks a day", "$1.76 a year": a rate, not a time of its own
		if tg.w(i) == "a" && n == 1 && i > 0 {
			p := tg.tk(i - 1)
			_, counted := number.Word(p.l) // "from two a month to ten"
			if p.l == "once" || p.l == "twice" || p.l == "times" || p.kind == text.Number || counted || p.l == "%" ||
				p.kind == text.Word && strings.HasSuffix(p.l, "s") && !p.upper && len(p.l) > 3 && !strings.HasSuffix(p.l, "ss") ||
				number.IsScale(p.l) {
				return found{}, false
			}
		}
	}
	if !adj && tg.seq(j, "or", "so") {
		j += 2 // "two weeks or so": the hedge stays inside
	}
	return found{i: i, j: j, kind: Duration, value: durValue(n, known, u), adj: adj}, true
}

// resultNouns are the figures a results story gives for a period.
var resultNouns = set("loss", "losses", "profit", "profits", "earnings", "results", "net", "income", "sales",
	"revenue", "revenues", "deficit", "surplus")

// baseWords introduce the base a figure is compared with: "up 2% from a
// month earlier", "compared with a week earlier".
var baseWords = set("from", "with", "than", "over", "versus", "vs", "vs.", "against", "since")

// thanPlanned values "three days later than (originally) planned" as the
// day its sentence named; the span runs from i through the planning verb
// after "than" at k, if there is one.
func (tg *tagger) thanPlanned(i, k int) found {
	j := k
	if planAdverbs[tg.w(j)] {
		j++
	}
	if planVerbs[tg.w(j)] {
		k = j + 1
	}
	return found{i: i, j: k, kind: Date, value: fmtDay(tg.sentDay), day: tg.sentDay}
}

// planAdverbs and planVerbs read "than (originally) planned".
var (
	planAdverbs = set("originally", "initially", "first", "previously", "once")
	planVerbs   = set("planned", "scheduled", "expected", "forecast", "announced", "anticipated", "hoped", "promised")
)

// dayShift reads "two days before Christmas", "a week after March 3",
// "the day before last Tuesday": n days or weeks from the day named after
// "before" or "after" (at token j), the whole marked as one date.
func (tg *tagger) dayShift(i, j int, n float64, known bool, u string) (found, bool) {
	if !known || u != "D" && u != "W" || n != math.Trunc(n) || n > 1000 {
		return found{}, false
	}
	g, ok := tg.core(j + 1)
	if !ok || g.kind != Date || g.day.IsZero() {
		return found{}, false
	}
	k := int(n)
	if u == "W" {
		k *= 7
	}
	if tg.w(j) == "before" {
		k = -k
	}
	d := g.day.AddDate(0, 0, k)
	return found{i: i, j: g.j, kind: Date, value: fmtDay(d), day: d}, true
}

// ago counts n units back (dir -1) or on (dir +1): from the anchor for
// "ago", from the last day named for "earlier" and "later".
func (tg *tagger) ago(i, j int, n float64, known bool, u string, dir int) (found, bool) {
	f := found{i: i, j: j, kind: Date, ago: true}
	if !known {
		f.value = "PAST_REF"
		if dir > 0 {
			f.value = "FUTURE_REF"
		}
		return f, true
	}
	// "ago" counts from the anchor; "earlier" and "later" from the last
	// day or year named, which an undated story may have too ("in 2020,
	// from 6% a year earlier")
	base, known := tg.anchor, tg.hasAnchor
	switch {
	case tg.w(j-1) == "ago":
	case tg.hasRef && (u == "D" || u == "W" || u == "H"):
		base, known = tg.ref, true
	case tg.refYear > 0 && (u == "M" || u == "Y" || u == "DE"):
		// "in 1984 ... one year later": from the last year (and month) named
		base, known = day(tg.refYear, max(tg.refMonth, 1), 1), true
	}
	if !known {
		return f, true
	}
	k := int(math.Round(n)) * dir
	if u == "Y" && k == -1 && tg.refQuarter >= 0 {
		return tg.yearBack(i, j), true
	}
	switch u {
	case "D", "N":
		d := base.AddDate(0, 0, k)
		f.value, f.day = fmtDay(d), d
	case "H", "MIN", "S":
		f.value = fmtDay(base)
	case "W":
		f.value = fmtWeek(base.AddDate(0, 0, 7*k))
	case "F":
		f.value = fmtWeek(base.AddDate(0, 0, 14*k))
	case "M":
		y, m := shiftMonth(base.Year(), int(base.Month()), k)
		f.value = fmtMonth(y, m)
	case "Y":
		f.value = fmtYear(base.Year() + k)
		if tg.refIsMonth && tg.w(j-1) != "ago" {
			f.value = fmtMonth(base.Year()+k, int(base.Month()))
		}
	case "DE":
		f.value = fmtYear(base.Year() + 10*k)
	case "CE":
		f.value = fmtYear(base.Year() + 100*k)
	}
	return f, true
}

// durLetters are the ISO 8601 designators of the tagger's units.
var durLetters = map[string]string{"S": "S", "MIN": "M", "H": "H", "D": "D", "N": "D", "W": "W", "F": "W",
	"M": "M", "Y": "Y", "DE": "Y", "CE": "Y"}

// durValue writes n units as an ISO 8601 duration, X for an open count.
func durValue(n float64, known bool, u string) string {
	clock := u == "H" || u == "MIN" || u == "S"
	letter := durLetters[u]
	p := "P"
	if clock {
		p = "PT"
	}
	if !known {
		if u == "CE" {
			return "PXC" // TimeML's century; E would be a decade
		}
		return p + "X" + letter
	}
	switch u {
	case "F":
		n *= 2
	case "DE":
		n *= 10
	case "CE":
		n *= 100
	}
	if n != math.Trunc(n) {
		// a fraction goes into the next smaller unit: 2.5 years is P2Y6M
		whole, frac := math.Trunc(n), n-math.Trunc(n)
		switch u {
		case "Y", "DE", "CE":
			return fmt.Sprintf("P%dY%dM", int(whole), int(math.Round(frac*12)))
		case "H":
			return fmt.Sprintf("PT%dH%dM", int(whole), int(math.Round(frac*60)))
		case "MIN":
			return fmt.Sprintf("PT%dM%dS", int(whole), int(math.Round(frac*60)))
		case "D":
			return fmt.Sprintf("P%dDT%dH", int(whole), int(math.Round(frac*24)))
		}
		return p + strconv.FormatFloat(n, 'f', -1, 64) + letter
	}
	return p + strconv.Itoa(int(n)) + letter
}

// relative reads this/last/next with a period: "last week", "this
// month", "next year", "last Friday", "this morning", "last night", "the
// following day", "that day".
func (tg *tagger) relative(i int) (found, bool) {
	w := tg.w(i)
	dir := 0
	k := i + 1
	switch w {
	case "this", "current", "coming":
		if tg.seq(k, "past") {
			dir, k = -1, k+1 // "this past weekend"
		}
		if w == "this" && tg.seq(k, "coming") {
			dir, k = 1, k+1 // "this coming Sunday"
		}
		if w == "coming" {
			dir = 1
		}
	case "last", "past", "previous":
		dir = -1
	case "next":
		dir = 1
	case "the":
		switch tg.w(k) {
		case "past", "last", "previous":
			dir, k = -1, k+1
		case "next", "following":
			dir, k = 1, k+1
		case "same", "current", "present":
			k++
		case "weekend":
		default:
			return found{}, false
		}
		return tg.relTo(i, k, dir, true)
	case "that":
		return tg.relTo(i, k, 0, true)
	default:
		return found{}, false
	}
	return tg.relTo(i, k, dir, false)
}

// relTo reads the period after "last", "next", "this" (dir -1, +1, 0);
// the marks "the next day" and "that day", which count from the last day
// named rather than from the anchor.
func (tg *tagger) relTo(i, k, dir int, the bool) (found, bool) {
	w := tg.w(k)
	if k >= len(tg.toks) {
		return found{}, false
	}
	// "This Week", "Next Year": titles, not times
	if i > 0 && tg.tk(i).upper && tg.tk(k).upper {
		if _, ok := words.unit[w]; ok {
			return found{}, false
		}
	}
	if _, ok := words.weekday[w]; ok && !the {
		f, ok := tg.weekday(k, dir)
		f.i = i
		return f, ok
	}
	if wd, ok := words.weekday[w]; ok && the && dir != 0 && tg.tk(k).upper {
		// "the previous Friday", "the following Monday": counted from the
		// last day the text named, else from the anchor
		f := found{i: i, j: k + 1, kind: Date}
		if !tg.hasAnchor {
			return f, true
		}
		d := tg.refDay().AddDate(0, 0, dir)
		for int(d.Weekday()) != wd%7 {
			d = d.AddDate(0, 0, dir)
		}
		f.day, f.value = d, fmtDay(d)
		return f, true
	}
	if m, ok := words.month[w]; ok && !the && tg.tk(k).upper {
		f := found{i: i, j: k + 1, kind: Date}
		if !tg.hasAnchor {
			return f, true
		}
		y, am := tg.anchor.Year(), int(tg.anchor.Month())
		// "last Oct. 23": the latest such day before the anchor, "next
		// June 1" the first after it
		if g, ok := tg.core(k); ok && g.kind == Date && !g.day.IsZero() && g.j > k+1 {
			if _, l, ok := tg.digitsOf(g.j - 1); ok && l == 4 {
				g.i = i // "last Oct. 23, 1998" keeps its year
				return g, true
			}
			d := g.day.Day()
			ad := tg.anchor.Day()
			switch {
			case dir < 0 && (m > am || m == am && d >= ad):
				y--
			case dir > 0 && (m < am || m == am && d <= ad):
				y++
			}
			if !validDay(y, m, d) {
				return found{}, false
			}
			f.j, f.day = g.j, day(y, m, d)
			f.value = fmtDay(f.day)
			return f, true
		}
		switch {
		case dir < 0 && (m >= am || m == am-1 && tg.w(i) == "last"):
			// "last February" written in March is a year back: the
			// February just ended is "last month"
			y--
		case dir > 0 && m <= am:
			y++
		}
		f.value = fmtMonth(y, m)
		return f, true
	}
	if (w == "fiscal" || w == "financial") && tg.w(k+1) == "year" && !the {
		// "this financial year", "next fiscal year": the anchor's year,
		// shifted, named by the calendar year as "fiscal 2027" is
		f := found{i: i, j: k + 2, kind: Date}
		if tg.hasAnchor {
			f.value = fmtYear(tg.anchor.Year() + dir)
		}
		return f, true
	}
	if sc, ok := words.season[w]; ok && !the {
		// "last fall" is the latest fall begun before the anchor, "next
		// spring" the first to begin after it
		f := found{i: i, j: k + 1, kind: Date}
		if tg.hasAnchor {
			y, am := tg.anchor.Year(), int(tg.anchor.Month())
			// "last spring" is last year's, "this past spring" the latest
			// one to have ended
			begins := seasonStart[sc]
			switch {
			case dir < 0 && tg.w(i) == "this":
				if begins+2 >= am {
					y--
				}
			default:
				y += dir
			}
			f.value = fmt.Sprintf("%04d-%s", y, sc)
		}
		return f, true
	}
	if tod, ok := words.tod[w]; ok && !the {
		// this morning, last night, tomorrow is elsewhere
		f := found{i: i, j: k + 1, kind: Time}
		if !tg.hasAnchor {
			return f, true
		}
		d := tg.anchor
		if dir < 0 || w == "night" && tg.w(i) == "last" {
			d = d.AddDate(0, 0, -1)
		} else if dir > 0 {
			d = d.AddDate(0, 0, 1)
		}
		f.value = fmtDay(d) + "T" + tod
		return f, true
	}
	if tod, ok := words.tod[w]; ok && the && w != "overnight" && (dir != 0 || tg.w(i) == "that") {
		// "the next morning", "the previous evening", "that night": from
		// the last day the story named
		f := found{i: i, j: k + 1, kind: Time}
		if !tg.hasAnchor {
			return f, true
		}
		d := tg.refDay().AddDate(0, 0, dir)
		f.value, f.day = fmtDay(d)+"T"+tod, d
		return f, true
	}
	u, ok := words.unit[w]
	if !ok && w != "weekend" && w != "quarter" {
		return found{}, false
	}
	if strings.HasSuffix(w, "s") {
		return found{}, false // "the past years" is left to the counts
	}
	f := found{i: i, j: k + 1, kind: Date}
	if (u == "DE" || u == "CE") && tg.w(k-1) == "past" {
		// "the past decade" is the ten years up to now, not the calendar
		// decade before this one
		f.kind, f.value = Duration, durValue(1, true, u)
		return f, true
	}
	if w == "weekend" && (dir == 0 || tg.w(i) == "this") {
		// "this weekend", "the weekend": the one the tense points to
		if !tg.hasAnchor {
			return f, true
		}
		d := tg.anchor
		if tg.w(i) == "the" && tg.tense(i) != 1 {
			for d.Weekday() != time.Saturday && d.Weekday() != time.Sunday {
				d = d.AddDate(0, 0, -1)
			}
		}
		f.value = fmtWeek(d) + "-WE"
		return f, true
	}
	// "that day", "the next day", "the following month": from the last
	// day, month or year the text named
	if the {
		if u != "D" && u != "W" && u != "M" && u != "Y" && (u != "DE" && u != "CE" || dir == 0) && w != "weekend" ||
			tg.w(i) == "the" && dir == 0 && tg.w(i+1) != "same" && tg.w(i+1) != "current" && tg.w(i+1) != "present" {
			return found{}, false
		}
		// an undated story still has the days and years it named
		base, known := tg.anchor, tg.hasAnchor
		switch {
		case dir < 0 && tg.w(i+1) != "previous" && tg.w(i) == "the", tg.w(i+1) == "current" || tg.w(i+1) == "present":
			// "the past week", "the last year": a period back from now;
			// "the current year" is now's
		case (u == "D" || u == "W") && tg.hasRef:
			base, known = tg.ref, true
		case u == "M" && tg.refMonth > 0:
			base, known = day(tg.refYear, tg.refMonth, 1), true
		case u == "M" && tg.hasRef:
			base, known = tg.ref, true // a year named since the last day does not hold a month
		case u == "Y" && tg.refYear > 0:
			base, known = day(tg.refYear, 1, 1), true
		}
		if !known {
			return f, true
		}
		return tg.shifted(f, base, u, w, dir), true
	}
	if !tg.hasAnchor {
		return f, true
	}
	// "earned $5 million, compared with $3 million last year", in a story
	// of quarterly results: the figure's period a year back, as "a year
	// earlier" is
	if u == "Y" && dir < 0 && tg.w(i) == "last" && tg.refQuarter >= 0 && tg.comparedFigure(i, k) {
		return tg.yearBack(i, k+1), true
	}
	// "this quarter's loss" in a story of results is the quarter
	// reported, the latest ended one it named: figures are a closed
	// quarter's, unless the sentence forecasts them
	if w == "quarter" && dir == 0 && tg.w(i) == "this" && tg.tk(k).poss && resultNouns[tg.w(k+1)] &&
		tg.doneQuarter >= 0 && tg.tense(i) != 1 {
		f.value = fmt.Sprintf("%04d-Q%d", tg.doneQuarter/4, tg.doneQuarter%4+1)
		return f, true
	}
	// "this year's third quarter", "last year's fourth quarter"
	if u == "Y" {
		if o, ok := number.Ordinal(tg.w(k + 1)); ok && o <= 4 && tg.w(k+2) == "quarter" {
			f.j = k + 3
			f.value = fmt.Sprintf("%04d-Q%d", tg.anchor.Year()+dir, o)
			return f, true
		}
	}
	return tg.shifted(f, tg.anchor, u, w, dir), true
}

// shifted gives f the value of base's period of unit u moved by dir.
func (tg *tagger) shifted(f found, base time.Time, u, w string, dir int) found {
	switch {
	case w == "weekend":
		f.value = fmtWeek(base.AddDate(0, 0, 7*dir)) + "-WE"
	case w == "quarter":
		q := (int(base.Month())-1)/3 + 1 + dir
		y := base.Year()
		for q < 1 {
			q, y = q+4, y-1
		}
		for q > 4 {
			q, y = q-4, y+1
		}
		f.value = fmt.Sprintf("%04d-Q%d", y, q)
	case u == "D":
		d := base.AddDate(0, 0, dir)
		f.value, f.day = fmtDay(d), d
	case u == "W":
		f.value = fmtWeek(base.AddDate(0, 0, 7*dir))
	case u == "M":
		y, m := shiftMonth(base.Year(), int(base.Month()), dir)
		f.value = fmtMonth(y, m)
	case u == "Y":
		f.value = fmtYear(base.Year() + dir)
	case u == "DE":
		f.value = strconv.Itoa((base.Year() + 10*dir) / 10)
	case u == "CE":
		f.value = strconv.Itoa((base.Year() + 100*dir) / 100)
	default:
		f.kind = Duration
		f.value = durValue(1, true, u)
	}
	return f
}

// reference reads vague references: now, recently, the past, the
// future, recent weeks, the coming days, noon.
func (tg *tagger) reference(i int) (found, bool) {
	w := tg.w(i)
	if v, ok := words.ref[w]; ok {
		return found{i: i, j: i + 1, kind: Vague, value: v}, true
	}
	if !refFirst[w] {
		return found{}, false // most words open none of the cases below
	}
	switch {
	case tg.seq(i, "right", "now"):
		return found{i: i, j: i + 2, kind: Vague, value: "PRESENT_REF"}, true
	case tg.seq(i, "more", "recently") || tg.seq(i, "most", "recently"):
		return found{i: i, j: i + 2, kind: Vague, value: "PAST_REF"}, true
	case tg.seq(i, "the", "past") && !tg.isPeriodWord(i+2):
		return found{i: i, j: i + 2, kind: Vague, value: "PAST_REF"}, true
	case tg.seq(i, "the", "future"):
		return found{i: i, j: i + 2, kind: Vague, value: "FUTURE_REF"}, true
	case tg.seq(i, "the", "near", "future") || tg.seq(i, "the", "near", "term") || tg.seq(i, "the", "short", "term"):
		// "in the near term": a vague time ahead, as "the future" is
		return found{i: i, j: i + 3, kind: Vague, value: "FUTURE_REF"}, true
	case tg.seq(i, "these", "days"):
		return found{i: i, j: i + 2, kind: Vague, value: "PRESENT_REF"}, true
	case w == "for" || w == "within" || w == "in" || w == "over":
		// "for years", "within weeks": an open count of a plural unit
		if u, ok := words.unit[tg.w(i+1)]; ok && strings.HasSuffix(tg.w(i+1), "s") && u != "S" && u != "N" {
			if n := tg.w(i + 2); n != "of" && n != "-" && n != "'" {
				return found{i: i + 1, j: i + 2, kind: Duration, value: durValue(0, false, u)}, true
			}
		}
		// "over the years", "over the decades": the open span up to now
		if u, ok := words.unit[tg.w(i+2)]; ok && w == "over" && tg.w(i+1) == "the" && strings.HasSuffix(tg.w(i+2), "s") &&
			(u == "Y" || u == "DE" || u == "CE") {
			return found{i: i + 1, j: i + 3, kind: Duration, value: durValue(0, false, u)}, true
		}
	case w == "recent":
		// "in recent weeks" is a vague past, as "recently" is
		if _, ok := words.unit[tg.w(i+1)]; ok && strings.HasSuffix(tg.w(i+1), "s") {
			return found{i: i, j: i + 2, kind: Vague, value: "PAST_REF"}, true
		}
	case w == "coming" || tg.seq(i, "the", "coming"):
		k := i + 1
		if w == "the" {
			k++
		}
		if _, ok := words.unit[tg.w(k)]; ok && strings.HasSuffix(tg.w(k), "s") {
			return found{i: i, j: k + 1, kind: Vague, value: "FUTURE_REF"}, true
		}
	case w == "the" && (tg.w(i+2) == "period" || tg.w(i+2) == "quarter") && tg.tk(i+1).kind == text.Number:
		// "against $3 million in the 1988 period": the period the story
		// reports (the quarter named), in that year
		y, l, ok := tg.digitsOf(i + 1)
		if !ok || l != 4 || y < 1000 || y > 2200 {
			break
		}
		// ago: a period compared, not one the story goes on about
		f := found{i: i, j: i + 3, kind: Date, value: fmtYear(y), ago: true}
		if q := tg.reportedQuarter(); q >= 0 && !tg.longPeriod() {
			f.value = fmt.Sprintf("%04d-Q%d", y, q%4+1)
		}
		return f, true
	case tg.seq(i, "fiscal", "year") || tg.seq(i, "the", "fiscal", "year") || tg.seq(i, "the", "current", "fiscal", "year") ||
		tg.seq(i, "financial", "year") || tg.seq(i, "the", "financial", "year") || tg.seq(i, "the", "current", "financial", "year"):
		// "fiscal year 1990", "the current fiscal year", "the financial year"
		if i > 0 && tg.tk(i-1).kind == text.Number {
			break // "the 2025/26 fiscal year", "2026-27 financial year": the years say which
		}
		k := i
		for tg.w(k) != "year" {
			k++
		}
		if y, e, ok := tg.yearAfter(k + 1); ok && tg.w(k+1) != "," {
			return found{i: i, j: e, kind: Date, value: fmtYear(y)}, true
		}
		if n := tg.w(k + 1); (n == "ended" || n == "ending") && tg.w(i) == "the" {
			// "in the fiscal year ended Jan. 31" is a year long, as "the
			// year ended" is
			return found{i: i, j: k + 1, kind: Duration, value: "P1Y"}, true
		}
		f := found{i: i, j: k + 1, kind: Date}
		if tg.hasAnchor {
			f.value = fmtYear(tg.anchor.Year())
		}
		return f, true
	case w == "year-end" || tg.seq(i, "year", "end") && tg.w(i-1) != "the":
		// "by year-end", "at year end": the last day of the year the tense
		// and the anchor point to
		j := i + 1
		if w == "year" {
			j++
		}
		f := found{i: i, j: j, kind: Date}
		if tg.hasAnchor {
			f.day = day(tg.yearOf(12, 31, i), 12, 31)
			f.value = fmtDay(f.day)
		}
		return f, true
	case tg.seq(i, "the", "full", "year") && (tg.w(i-1) == "for" || tg.w(i-1) == "in" || tg.w(i-1) == "of"):
		// "for the full year": the anchor's, as "for the year" is
		f := found{i: i, j: i + 3, kind: Date}
		if tg.hasAnchor {
			f.value = fmtYear(tg.anchor.Year())
		}
		return f, true
	case tg.seq(i, "the", "year"):
		// "the year two thousand"; "for the year ended June 30" is a year
		// long; "in the year", "for the year" is the anchor's
		if v, n := number.Parse(tg.lower(i+2, 4)); n > 0 && v >= 1000 && v <= 2200 && v == math.Trunc(v) {
			return found{i: i, j: i + 2 + n, kind: Date, value: fmtYear(int(v))}, true
		}
		switch tg.w(i + 2) {
		case "ended", "ending", "through":
			return found{i: i, j: i + 2, kind: Duration, value: "P1Y"}, true
		}
		switch tg.w(i - 1) {
		case "for", "of", "in", "during", "through", "throughout":
			f := found{i: i, j: i + 2, kind: Date}
			if tg.hasAnchor {
				f.value = fmtYear(tg.anchor.Year())
			}
			return f, true
		}
	case (tg.seq(i, "the", "month") || tg.seq(i, "the", "week")) && tg.w(i-1) == "of" && periodEdge[tg.w(i-2)]:
		// "by the end of the month", "the rest of the week": the anchor's
		f := found{i: i, j: i + 2, kind: Date}
		if tg.hasAnchor {
			f = tg.shifted(f, tg.anchor, words.unit[tg.w(i+1)], tg.w(i+1), 0)
		}
		return f, true
	case (w == "earlier" || w == "later") && tg.w(i+1) == "in" && tg.w(i+2) == "the":
		// "earlier in the day", "later in the week": the period of the
		// last day named, else of the anchor
		u := words.unit[tg.w(i+3)]
		if u != "D" && u != "W" && u != "M" && u != "Y" || strings.HasSuffix(tg.w(i+3), "s") {
			break
		}
		f := found{i: i, j: i + 4, kind: Date}
		if !tg.hasAnchor {
			return f, true
		}
		return tg.shifted(f, tg.refDay(), u, tg.w(i+3), 0), true
	case (w == "noon" || w == "midday" || w == "midnight") && tg.w(i-1) != "high":
		// "high noon" is a showdown, "High Noon" a film
		h := 12
		if w == "midnight" {
			h = 24
		}
		return tg.clockDay(i, i+1, h, 0)
	}
	return found{}, false
}

// refFirst are the words the multi-word cases of reference begin with.
var refFirst = set("right", "more", "most", "the", "these", "for", "within", "in", "over", "recent", "coming",
	"year-end", "year", "fiscal", "financial", "earlier", "later", "noon", "midday", "midnight")

// isPeriodWord reports whether token k continues "the past" into a
// period ("the past two weeks", "the past year").
func (tg *tagger) isPeriodWord(k int) bool {
	w := tg.w(k)
	if _, ok := words.unit[w]; ok || w == "weekend" || w == "few" || w == "several" || w == "quarter" {
		return true
	}
	_, _, _, ok := tg.count(k)
	return ok && k < len(tg.toks)
}

// setExpr reads sets: daily, weekly, every Friday, each year, on Fridays.
func (tg *tagger) setExpr(i int) (found, bool) {
	w := tg.w(i)
	if v, ok := words.set[w]; ok {
		if t := tg.tk(i); t.upper && i > 0 && tg.tk(i-1).upper && tg.tk(i-1).kind == text.Word {
			return found{}, false // "China Daily", "the Saturday Weekly": a name
		}
		return found{i: i, j: i + 1, kind: Set, value: v}, true
	}
	// "twice a week", "three times a year": how often, in a period
	if k := i + 1; w == "once" || w == "twice" || tg.w(i+1) == "times" && tg.trigger(i) {
		if w != "once" && w != "twice" {
			if _, _, e, ok := tg.count(i); !ok || e != i+1 {
				return found{}, false
			}
			k++
		}
		if a := tg.w(k); a == "a" || a == "an" || a == "per" || a == "every" || a == "each" {
			if u, ok := words.unit[tg.w(k+1)]; ok && !strings.HasSuffix(tg.w(k+1), "s") {
				return found{i: i, j: k + 2, kind: Set, value: durValue(1, true, u)}, true
			}
		}
	}
	if w == "every" || w == "each" {
		k := i + 1
		if tg.w(k) == "other" {
			if u, ok := words.unit[tg.w(k+1)]; ok {
				return found{i: i, j: k + 2, kind: Set, value: durValue(2, true, u)}, true
			}
		}
		if d, ok := words.weekday[tg.w(k+1)]; ok && tg.w(k) == "other" {
			return found{i: i, j: k + 2, kind: Set, value: fmt.Sprintf("XXXX-WXX-%d", d)}, true // "every other Tuesday"
		}
		if d, ok := words.weekday[tg.w(k)]; ok {
			j, v := k+1, fmt.Sprintf("XXXX-WXX-%d", d)
			if t, ok := words.tod[tg.w(j)]; ok {
				j, v = j+1, v+"T"+t
			}
			return found{i: i, j: j, kind: Set, value: v}, true
		}
		if m, ok := words.month[tg.w(k)]; ok && tg.tk(k).upper {
			return found{i: i, j: k + 1, kind: Set, value: fmt.Sprintf("XXXX-%02d", m)}, true
		}
		if u, ok := words.unit[tg.w(k)]; ok && !strings.HasSuffix(tg.w(k), "s") {
			return found{i: i, j: k + 1, kind: Set, value: durValue(1, true, u)}, true
		}
		if tg.w(k) == "quarter" {
			return found{i: i, j: k + 1, kind: Set, value: "P3M"}, true // "every quarter"
		}
		if n, known, j, ok := tg.count(k); ok && known {
			if u, ok := words.unit[tg.w(j)]; ok {
				return found{i: i, j: j + 1, kind: Set, value: durValue(n, true, u)}, true
			}
		}
	}
	// "on Fridays", "Tuesday nights"
	if len(w) > 4 && strings.HasSuffix(w, "s") && tg.tk(i).upper {
		if d, ok := words.weekday[w[:len(w)-1]]; ok {
			return found{i: i, j: i + 1, kind: Set, value: fmt.Sprintf("XXXX-WXX-%d", d)}, true
		}
	}
	return found{}, false
}

// quarter reads "the third quarter", "third-quarter", "Q3 2024", "the
// latest quarter", "the fourth quarter of 2023".
func (tg *tagger) quarter(i int) (found, bool) {
	k := i
	if tg.w(k) == "the" {
		k++
	}
	y, hasY := 0, false
	if yy, l, ok := tg.digitsOf(k); ok && l == 4 {
		y, hasY, k = yy, true, k+1
	}
	if tg.w(k) == "fiscal" {
		k++
	}
	q := 0
	w := tg.w(k)
	switch {
	case strings.HasSuffix(w, "-quarter"):
		if o, ok := number.Ordinal(strings.TrimSuffix(w, "-quarter")); ok && o <= 4 {
			q, k = o, k+1
		}
	case len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4':
		q, k = int(w[1]-'0'), k+1
	case len(w) == 2 && w[0] == 'h' && (w[1] == '1' || w[1] == '2') && tg.tk(k).upper:
		// "H1 2014", "sales in H2": a half of the year
		h := int(w[1] - '0')
		f := found{i: i, j: k + 1, kind: Date}
		if yy, e, ok := tg.yearAfter(k + 1); ok && tg.w(k+1) != "," {
			f.j, f.value = e, fmt.Sprintf("%04d-H%d", yy, h)
		} else if hasY {
			f.value = fmt.Sprintf("%04d-H%d", y, h)
		} else if tg.hasAnchor {
			yy := tg.anchor.Year()
			if h == 2 && tg.anchor.Month() <= 6 && tg.tense(i) == -1 {
				yy-- // a second half not yet begun, told in the past
			}
			f.value = fmt.Sprintf("%04d-H%d", yy, h)
		}
		return f, true
	default:
		if o, ok := number.Ordinal(w); ok && o <= 4 && tg.w(k+1) == "quarter" {
			q, k = o, k+2
		} else if tg.seq(i, "that", "quarter") {
			return tg.lastQuarter(i, i+2, 0), true // the one the story named
		} else if tg.w(i) == "the" && (w == "quarter" || w == "latest" && tg.w(k+1) == "period") {
			k++
			if w == "latest" {
				k++
			}
			f := tg.lastQuarter(i, k, 0)
			if hasY && len(f.value) == 7 {
				f.value = fmtYear(y) + f.value[4:] // "the 1988 quarter"
			}
			return f, true
		} else if (w == "latest" || w == "last" || w == "year-ago" || w == "year-earlier" || w == "current" || w == "same") &&
			tg.w(k+1) == "quarter" && tg.w(i) == "the" {
			shift := 0
			switch w {
			case "current":
				shift = 1
			case "year-ago", "year-earlier":
				shift = -4
			}
			return tg.lastQuarter(i, k+2, shift), true
		}
	}
	if q == 0 {
		return found{}, false
	}
	if !hasY {
		if tg.seq(k, "of") {
			if yy, e, ok := tg.yearAfter(k + 1); ok {
				y, hasY, k = yy, true, e
			} else if yy, e, ok := tg.yearAfter(k + 2); ok && tg.w(k+1) == "fiscal" {
				y, hasY, k = yy, true, e
			} else if g, ok := tg.core(k + 1); ok && g.kind == Date && (len(g.value) == 4 || g.value == "") {
				// "the first quarter of next year", "of fiscal 2027": the
				// year named, deictic or not
				f := found{i: i, j: g.j, kind: Date}
				if yy, err := strconv.Atoi(g.value); err == nil {
					f.value = fmt.Sprintf("%04d-Q%d", yy, q)
				}
				return f, true
			}
		} else if yy, e, ok := tg.yearAfter(k); ok && tg.w(k) != "," {
			y, hasY, k = yy, true, e
		}
	}
	f := found{i: i, j: k, kind: Date}
	if !hasY {
		if !tg.hasAnchor {
			return f, true
		}
		y = tg.anchor.Year()
		cq := (int(tg.anchor.Month())-1)/3 + 1
		if q > cq && tg.tense(i) == -1 {
			y--
		}
	}
	f.value = fmt.Sprintf("%04d-Q%d", y, q)
	return f, true
}

// season reads "summer", "the summer of 2024", "last fall"; dir as for
// weekday.
func (tg *tagger) season(i, dir int) (found, bool) {
	k := i
	if tg.w(k) == "the" && dir == 0 {
		k++
	}
	s, ok := words.season[tg.w(k)]
	if !ok {
		return found{}, false
	}
	j := k + 1
	y, hasY := 0, false
	if yy, e, ok := tg.yearAfter(j); ok && tg.w(j) != "," {
		y, hasY, j = yy, true, e
	} else if tg.seq(j, "of") {
		if yy, e, ok := tg.yearAfter(j + 1); ok {
			y, hasY, j = yy, true, e
		}
	}
	if !hasY && dir == 0 {
		// a bare season word needs a frame: "in the summer", "this fall"
		// is relTo's; "the fall of Kabul" is not a season
		p := tg.w(i - 1)
		if k == i && p != "in" && p != "during" && p != "since" && p != "until" && p != "by" && p != "early" && p != "late" {
			return found{}, false
		}
		if tg.w(j) == "of" || s == "FA" && k == i {
			return found{}, false
		}
	}
	f := found{i: i, j: j, kind: Date}
	if !hasY {
		if !tg.hasAnchor {
			return f, true
		}
		y = tg.anchor.Year()
		y += dir
		if dir == 0 {
			// "since fighting in the autumn", told in March, is last
			// year's; "talks in the spring", ahead in November, next year's
			begins, am := seasonStart[s], int(tg.anchor.Month())
			switch t := tg.tense(i); {
			case t == -1 && begins > am:
				y--
			case t == 1 && begins+2 < am:
				y++
			}
		}
	}
	f.value = fmt.Sprintf("%04d-%s", y, s)
	return f, true
}

// seasonStart is the month each season begins in (winter in December,
// its year the one it begins in).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// decadeWords are the decades English names in words.
var decadeWords = map[string]int{"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
	"seventies": 7, "eighties": 8, "nineties": 9}

// decadeWord reads "the nineties", "the early eighties": the latest such
// decade begun by the anchor (the 1930s in 2025, the 2020s in 2025's
// "the twenties"), else the 1900s. "The" is required, as "in his sixties"
// is an age.
func (tg *tagger) decadeWord(i int) (found, bool) {
	if tg.w(i) != "the" {
		return found{}, false
	}
	k := i + 1
	switch tg.w(k) {
	case "early", "mid", "late":
		k++
		if tg.w(k) == "-" {
			k++
		}
	}
	d, ok := decadeWords[tg.w(k)]
	if !ok {
		return found{}, false
	}
	y := 1900 + 10*d
	if tg.hasAnchor {
		for y+100 <= tg.anchor.Year() {
			y += 100
		}
	}
	return found{i: i, j: k + 1, kind: Date, value: strconv.Itoa(y / 10)}, true
}

// century reads "the 20th century", "the nineteenth century".
func (tg *tagger) century(i int) (found, bool) {
	k := i
	if tg.w(k) == "the" {
		k++
	}
	w := tg.w(k)
	o, ok := number.Ordinal(w)
	j := k + 1
	if !ok && tg.tk(k).kind == text.Number {
		if n, _, ok2 := tg.digitsOf(k); ok2 && tg.glue(k+1, "th") {
			o, ok, j = n, true, k+2
		}
	}
	if !ok || o < 1 || o > 30 || tg.w(j) != "century" {
		return found{}, false
	}
	return found{i: i, j: j + 1, kind: Date, value: fmt.Sprintf("%02d", o-1)}, true
}

// lastQuarter values "the quarter", "the latest quarter", "the year-ago
// quarter": the quarter the story last named, else the one that "ended"
// or "ending" a date after it closes, else the last one completed before
// the anchor; moved by shift quarters. A current quarter (shift 1) always
// counts from the anchor, and "the latest quarter" is the latest one named
// that had ended, never one still under way ("expects a loss in the fourth
// quarter" does not make it the latest) nor an older one named since.
func (tg *tagger) lastQuarter(i, j, shift int) found {
	f := found{i: i, j: j, kind: Date}
	k := -1
	latest := tg.w(i+1) == "latest" || tg.w(i+1) == "last"
	switch {
	case shift != 1 && latest && tg.doneQuarter >= 0:
		k = tg.doneQuarter + shift
	case shift != 1 && !latest && tg.refQuarter >= 0:
		k = tg.refQuarter + shift
	case shift != 1 && (tg.w(j) == "ended" || tg.w(j) == "ending"):
		// most of its three months lie in the calendar quarter of the
		// day six weeks before the end: "the quarter ended July 31" is Q2
		if g, ok := tg.core(j + 1); ok && !g.day.IsZero() {
			d := g.day.AddDate(0, 0, -45)
			k = d.Year()*4 + (int(d.Month())-1)/3 + shift
		}
	}
	if k < 0 && tg.hasAnchor {
		k = tg.anchor.Year()*4 + (int(tg.anchor.Month())-1)/3 - 1 + shift
	}
	if k >= 0 {
		f.value = fmt.Sprintf("%04d-Q%d", k/4, k%4+1)
	}
	return f
}

// yearBack values "a year earlier", "year-ago": the quarter last named a
// year before, else the anchor's year before.
func (tg *tagger) yearBack(i, j int) found {
	f := found{i: i, j: j, kind: Date, ago: true}
	// the quarter reported: the last one its paragraph named, else the
	// first the story named (a quarter in passing, "after a flat second
	// quarter", is not the one compared), unless that one has yet to end
	// ("losses through the third quarter of 1990") and an ended one was
	// named
	q := tg.reportedQuarter()
	if tg.doneQuarter >= 0 && tg.hasAnchor && q >= tg.anchor.Year()*4+(int(tg.anchor.Month())-1)/3 {
		q = tg.doneQuarter
	}
	switch {
	case q >= 0 && tg.longPeriod():
		// "in the first nine months ... a year earlier": not a quarter, so
		// the year before the quarter's
		f.value = fmtYear((q - 4) / 4)
	case q >= 0:
		k := q - 4
		f.value = fmt.Sprintf("%04d-Q%d", k/4, k%4+1)
	case tg.hasAnchor:
		f.value = fmtYear(tg.anchor.Year() - 1)
	}
	return f
}

// longPeriod tells whether the sentence reports a period longer than a
// quarter ("the first nine months", "the first half", "the fiscal year",
// "the year ended Aug. 31").
func (tg *tagger) longPeriod() bool {
	for k := range tg.toks {
		switch w := tg.w(k); {
		case w == "months" && (tg.w(k-1) == "nine" || tg.w(k-1) == "six"):
			return true
		case w == "half" && (tg.w(k-1) == "first" || tg.w(k-1) == "second"):
			return true
		case w == "year" && (tg.w(k-1) == "fiscal" || tg.w(k-1) == "full" || tg.w(k+1) == "ended" || tg.w(k+1) == "ending"):
			// "the fiscal year", "for the year ended Aug. 31"
			return true
		}
	}
	return false
}

// reportedQuarter is the quarter a comparison is about: the last one its
// paragraph named, else the first the story named, or -1.
func (tg *tagger) reportedQuarter() int {
	if tg.paraQuarter >= 0 {
		return tg.paraQuarter
	}
	return tg.firstQuarter
}

// comparedFigure tells whether "last year" (tokens i..k) gives the
// figure a comparison sets against: a comparing word before it and a
// figure just before ("from $3 million last year"), or a possessive with
// its figure after ("last year's $1.55 billion").
func (tg *tagger) comparedFigure(i, k int) bool {
	if tg.tk(k).poss {
		n := tg.tk(k + 1)
		return n.l == "$" || n.kind == text.Number
	}
	figure := false
	for b := i - 1; b >= 0 && b >= i-4; b-- {
		if t := tg.tk(b); t.kind == text.Number || t.l == "share" || t.l == "%" {
			figure = true
			break
		}
	}
	if !figure {
		return false
	}
	for b := i - 1; b >= 0; b-- {
		if compareWords[tg.w(b)] {
			return true
		}
	}
	return false
}

// compareWords set one figure against another.
var compareWords = set("compared", "from", "against", "versus", "vs", "vs.")

// refDay is the last day the text named, else the anchor.
func (tg *tagger) refDay() time.Time {
	if tg.hasRef {
		return tg.ref
	}
	return tg.anchor
}
