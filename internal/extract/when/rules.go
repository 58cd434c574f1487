package when

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/extract/quantity/number"
	"github.com/parley-news/parley/internal/text"
)

// core finds an expression that starts exactly at token i, without the
// modifiers that modified handles.
func (tg *tagger) core(i int) (found, bool) {
	if i < 0 || i >= len(tg.toks) {
		return found{}, false
	}
	t := tg.tk(i)
	w := t.l
	best, ok := found{}, false
	try := func(f found, good bool) {
		if good && f.j > f.i && (!ok || f.j > best.j) {
			best, ok = f, true
		}
	}
	if t.kind == text.Number {
		try(tg.dayAfter(i))
		try(tg.shortDecade(i))
		try(tg.isoDate(i))
		try(tg.slashDate(i))
		try(tg.clock(i))
		try(tg.dayMonth(i))
		try(tg.year(i))
		try(tg.yearEnd(i))
	}
	try(tg.counted(i))
	if w == "the" {
		try(tg.bareDay(i))
		try(tg.dayCount(i))
	}
	if _, m := words.month[w]; m {
		try(tg.monthDate(i))
	}
	if strings.HasPrefix(w, "mid-") || strings.HasPrefix(w, "late-") || strings.HasPrefix(w, "early-") ||
		strings.HasPrefix(w, "pre-") || strings.HasPrefix(w, "post-") {
		try(tg.midWord(i))
	}
	if _, d := words.weekday[w]; d {
		try(tg.weekday(i, 0))
	}
	try(tg.deictic(i))
	try(tg.todFirst(i))
	try(tg.dayPart(i))
	try(tg.relative(i))
	try(tg.reference(i))
	try(tg.setExpr(i))
	try(tg.quarter(i))
	try(tg.season(i, 0))
	try(tg.century(i))
	try(tg.decadeWord(i))
	try(tg.holiday(i))
	try(tg.spokenYear(i))
	if strings.HasPrefix(w, "fy") {
		try(tg.fiscalYear(i))
	}
	return best, ok
}

// fiscalYear reads "FY2013", "FY13", "FY 2013": the year the fiscal year
// is named for, as "fiscal 2013" is.
func (tg *tagger) fiscalYear(i int) (found, bool) {
	t := tg.tk(i)
	if !t.upper || len(t.s) < 2 || t.s[1] != 'Y' {
		return found{}, false
	}
	rest := t.l[2:]
	if rest == "" {
		if y, e, ok := tg.yearAfter(i + 1); ok {
			return found{i: i, j: e, kind: Date, value: fmtYear(y)}, true
		}
		return found{}, false
	}
	n, err := strconv.Atoi(rest)
	switch {
	case err != nil:
		return found{}, false
	case len(rest) == 4 && n >= 1900 && n <= 2200:
		return found{i: i, j: i + 1, kind: Date, value: fmtYear(n)}, true
	case len(rest) == 2:
		return found{i: i, j: i + 1, kind: Date, value: fmtYear(tg.century2(n))}, true
	}
	return found{}, false
}

// holiday reads fixed and computed holidays: "Christmas", "Christmas
// Eve", "New Year's Day", "Thanksgiving Day", "Easter", "Election Day".
func (tg *tagger) holiday(i int) (found, bool) {
	t := tg.tk(i)
	if !t.upper {
		return found{}, false
	}
	j := i + 1
	rule, ok := words.holiday[t.l]
	switch {
	case ok && (rule == "ramadan" || rule == "eid" || rule == "fitr" || rule == "adha"):
		if rule == "ramadan" && i > 0 && tg.tk(i-1).upper && tg.tk(i-1).kind == text.Word {
			return found{}, false // "Tariq Ramadan": a name
		}
		if rule == "eid" {
			// "Eid al-Fitr", "Eid ul Adha": the feast named after "Eid"
			n := tg.w(j)
			if (n == "al" || n == "ul" || n == "el") && (tg.w(j+1) == "fitr" || tg.w(j+1) == "adha" || tg.w(j+1) == "azha") {
				n, j = n+"-"+tg.w(j+1), j+1
			}
			switch n {
			case "al-fitr", "ul-fitr", "el-fitr":
				rule, j = "fitr", j+1
			case "al-adha", "ul-adha", "el-adha", "ul-azha", "al-azha":
				rule, j = "adha", j+1
			}
		}
	case ok:
		if tg.w(j) == "day" || tg.w(j) == "sunday" {
			j++
		} else if tg.w(j) == "eve" && rule == "12-25" {
			rule, j = "12-24", j+1
		}
	case t.l == "new" && tg.w(i+1) == "year" && (tg.w(i+2) == "day" || tg.w(i+2) == "eve"):
		rule, j = "01-01", i+3
		if tg.w(i+2) == "eve" {
			rule = "12-31"
		}
	case t.l == "election" && tg.w(i+1) == "day" && tg.tk(i+1).upper:
		rule, j = "election", i+2
	default:
		return found{}, false
	}
	// "Eid al-Adha last year", "Christmas 2024": the year the text gives
	fixed, hasFixed := 0, false
	if yy, e, ok := tg.yearAfter(j); ok && tg.w(j) != "," {
		fixed, hasFixed, j = yy, true, e
	} else if tg.w(j+1) == "year" && (tg.w(j) == "last" || tg.w(j) == "this" || tg.w(j) == "next") {
		dir := map[string]int{"last": -1, "this": 0, "next": 1}[tg.w(j)]
		j += 2
		if !tg.hasAnchor {
			return found{i: i, j: j, kind: Date}, true
		}
		fixed, hasFixed = tg.anchor.Year()+dir, true
	}
	f := found{i: i, j: j, kind: Date}
	base, ok := tg.calendar()
	if !ok && !hasFixed {
		return f, true
	}
	y := base.Year()
	var dt time.Time
	pick := func(of func(int) time.Time) time.Time {
		if hasFixed {
			return of(fixed)
		}
		// the one nearest the anchor, the tense deciding as for months
		m := of(y)
		return of(tg.yearOf(int(m.Month()), m.Day(), i))
	}
	switch rule {
	case "thanksgiving": // fourth Thursday of November
		dt = pick(func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) })
	case "election": // the Tuesday after the first Monday of November
		dt = pick(func(y int) time.Time { return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) })
	case "easter":
		dt = pick(easter)
	case "fitr", "adha":
		dt = pick(islamicFeast(rule))
	case "eid":
		// a bare "Eid": whichever of the two feasts, each placed as a
		// holiday is, lies nearer the anchor
		dt = pick(islamicFeast("fitr"))
		if a := pick(islamicFeast("adha")); abs(int(a.Sub(base).Hours())) < abs(int(dt.Sub(base).Hours())) {
			dt = a
		}
	case "ramadan":
		// a month of fasting, named by the calendar month that holds its
		// middle day
		// middle day; "the end of Ramadan" and "the start of Ramadan" by
		// the month of its last or first day, which may be another
		which := "ramadan"
		if tg.w(i-1) == "of" {
			switch tg.w(i - 2) {
			case "end", "close":
				which = "ramadan-end"
			case "start", "beginning", "onset":
				which = "ramadan-start"
			}
		}
		mid := pick(islamicFeast(which))
		f.value = fmtMonth(mid.Year(), int(mid.Month()))
		return f, true
	default:
		var m, d int
		if _, err := fmt.Sscanf(rule, "%d-%d", &m, &d); err != nil {
			return found{}, false
		}
		dt = pick(func(y int) time.Time { return day(y, m, d) })
	}
	f.value, f.day = fmtDay(dt), dt
	if tg.w(f.j) == "week" && !tg.tk(f.j).upper {
		// "Easter week", "Christmas week": the week that holds the day
		f.j++
		f.value, f.day = fmtWeek(dt), time.Time{}
	}
	return f, true
}

// islamicFeast returns, for a Gregorian year, the day in it of an
// Islamic feast ("fitr": 1 Shawwal, "adha": 10 Dhu al-Hijja, "ramadan":
// 15 Ramadan, the middle of the month; "ramadan-start" and "ramadan-end"
// its first and last days), by the arithmetic (tabular)
// Islamic calendar. Where the month begins with the moon's sighting the
// day may differ by one; the first occurrence is taken in a year that
// holds two.
func islamicFeast(name string) func(int) time.Time {
	m, d := 10, 1
	switch name {
	case "adha":
		m, d = 12, 10
	case "ramadan":
		m, d = 9, 15
	case "ramadan-start":
		m, d = 9, 1
	case "ramadan-end":
		// the eve of 1 Shawwal, Eid al-Fitr
		of := islamicFeast("fitr")
		return func(gy int) time.Time {
			if t := of(gy).AddDate(0, 0, -1); t.Year() == gy {
				return t
			}
			return of(gy+1).AddDate(0, 0, -1)
		}
	}
	return func(gy int) time.Time {
		iy := (gy-622)*33/32 - 1
		for k := 0; k < 4; k++ {
			if t := hijri(iy+k, m, d); t.Year() >= gy {
				return t
			}
		}
		return hijri(iy+4, m, d)
	}
}

// hijri converts a date of the arithmetic Islamic calendar (epoch 16 July
// 622, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29 of each 30)
// to the Gregorian calendar.
func hijri(y, m, d int) time.Time {
	days := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30
	// 1948439 is the Julian day of the epoch less one; 2440588 that of 1970-01-01
	return time.Unix(int64(days+1948439-2440588)*86400, 0).UTC()
}

// nthWeekday is the nth given weekday of a month.
func nthWeekday(y, m int, wd time.Weekday, n int) time.Time {
	d := day(y, m, 1)
	for d.Weekday() != wd {
		d = d.AddDate(0, 0, 1)
	}
	return d.AddDate(0, 0, 7*(n-1))
}

// easter is Western Easter Sunday (the anonymous Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	return day(y, month, (h+l-7*m+114)%31+1)
}

// spokenYear reads a year in words, as transcripts write it: "nineteen
// ninety-six".
func (tg *tagger) spokenYear(i int) (found, bool) {
	// a switch, not a map literal: this runs at every trigger word
	var c int
	switch tg.w(i) {
	case "nineteen":
		c = 1900
	case "eighteen":
		c = 1800
	default:
		return found{}, false
	}
	n, ok := number.Word(tg.w(i + 1))
	if !ok || n < 10 || n > 99 {
		return found{}, false
	}
	return found{i: i, j: i + 2, kind: Date, value: fmtYear(c + int(n))}, true
}

// ---- helpers -------------------------------------------------------------

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func fmtMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func fmtYear(y int) string { return fmt.Sprintf("%04d", y) }

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= 31 && day(y, m, d).Day() == d
}

// shiftMonth moves year y, month m by n months.
func shiftMonth(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// digitsOf returns the integer value of a token of plain digits.
func (tg *tagger) digitsOf(i int) (int, int, bool) {
	if i < 0 || i >= len(tg.toks) || tg.tk(i).kind != text.Number {
		return 0, 0, false
	}
	s := tg.tk(i).s
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return 0, 0, false
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || len(s) > 9 {
		return 0, 0, false
	}
	return n, len(s), true
}

// dayNumber reads "14", "14th", "1st" as a day of the month.
func (tg *tagger) dayNumber(i int) (int, int, bool) {
	if n, l, ok := tg.digitsOf(i); ok && l <= 2 && n >= 1 && n <= 31 {
		// "14th" is tokenized as "14" and a glued "th"
		if k := i + 1; k < len(tg.toks) && tg.tk(k).glued {
			switch tg.tk(k).l {
			case "st", "nd", "rd", "th":
				return n, k + 1, true
			}
		}
		return n, i + 1, true
	}
	if o, ok := number.Ordinal(tg.w(i)); ok && o <= 31 && tg.tk(i).kind == text.Word {
		return o, i + 1, true
	}
	return 0, 0, false
}

// yearAfter reads a four-digit year at i, after an optional comma.
func (tg *tagger) yearAfter(i int) (int, int, bool) {
	k := i
	if tg.w(k) == "," {
		k++
	}
	if y, l, ok := tg.digitsOf(k); ok && l == 4 && y >= 1000 && y <= 2200 {
		return y, k + 1, true
	}
	if tg.w(k) == "'" || tg.w(k) == "’" {
		if y, l, ok := tg.digitsOf(k + 1); ok && l == 2 && tg.tk(k+1).glued {
			return tg.century2(y), k + 2, true
		}
	}
	// "January nineteen ninety-seven", as transcripts of broadcasts write it
	if f, ok := tg.spokenYear(k); ok {
		if y, err := strconv.Atoi(f.value); err == nil {
			return y, f.j, true
		}
	}
	return 0, 0, false
}

// century2 reads a two-digit year as the nearer of 19xx and 20xx.
func (tg *tagger) century2(y int) int {
	base := 2000
	if tg.hasAnchor {
		base = tg.anchor.Year()
	}
	a, b := 1900+y, 2000+y
	if abs(a-base) <= abs(b-base) {
		return a
	}
	return b
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// tense decides whether the sentence around token i speaks of the past
// (-1), the future (+1) or neither (0), by the nearest cue word; a cue
// before the expression counts more than one after it, as the verb that
// governs a time usually comes first ("will meet on Thursday").
func (tg *tagger) tense(i int) int {
	t, _, _ := tg.tenseCue(i)
	return t
}

// tenseCue is tense with the word that decided it and its token index.
func (tg *tagger) tenseCue(i int) (int, string, int) {
	best, bestD, cue, at := 0, 1<<30, "", -1
	weak, weakAt := 0, -1 // a cue that counts only when no other does
	// a quotation keeps its own tense: the "said" after ``We will leave
	// Thursday,'' does not make Thursday past. qi and qk count the quote
	// marks before i and before k; cues across a quote mark are skipped.
	qi := 0
	for k := 0; k < i && k < len(tg.toks); k++ {
		if tg.isQuote(k) {
			qi++
		}
	}
	quoted := qi > 0 || tg.quoteAhead(i)
	qk := 0
	for k, t := range tg.toks {
		if tg.isQuote(k) {
			qk++
		}
		if t.kind != text.Word || quoted && qk != qi {
			continue
		}
		w := t.l
		c, far := 0, false
		switch {
		case (w == "since" || w == "ago") && k == i-1:
			// "since March" is a time already past, whatever the verb
			c = -1
		case (futureCues[w] || w == "set" || w == "planned") && tg.pastPlan(k):
			// "had been due to expire Friday": a plan overtaken, its day
			// on either side of the anchor
			c = either
		case w == "to" && toFuture[tg.w(k-1)] && tg.pastPlan(k-1):
			c = either
		case w == "planned" && tg.w(k+1) == "for" && !determiners[tg.w(k-1)]:
			// "elections are tentatively planned for the summer": a plan
			// for a time, as sure as "scheduled for"
			c, w = 1, "scheduled"
		case w == "planned" && !passiveBe[tg.w(k-1)] && !auxPast[tg.w(k-1)] && !determiners[tg.w(k-1)] &&
			!strings.HasSuffix(tg.w(k-1), "ly") && tg.w(k+1) != "to":
			// "protesters planned a rally Saturday": the verb is ahead, the
			// adjective ("the hastily planned trip") no cue
			c = 1
		case futureCues[w]:
			c = 1
		case w == "last" && (schedulePrev[tg.w(k-1)] || tg.w(k+1) == "until" || tg.w(k+1) == "till" || tg.w(k+1) == "through"):
			// "will last until Sunday": the verb, no past ("last week")
		case startWords[w] && !t.upper && k >= i-2 && k < i && (k == i-1 || tg.w(k+1) == "on" || tg.w(k+1) == "from"):
			// "a truce starting on Wednesday", "effective Friday": the
			// start of what was just agreed or announced lies ahead
			c = 1
		case (w == "takes" || w == "take") && !schedulePrev[tg.w(k-1)] && (tg.w(k+1) == "effect" || tg.w(k+1) == "place"):
			// "the ban takes effect on Friday": a timetable's present
			c = 1
		case scheduleVerbs[w] && !t.upper && (strings.HasSuffix(w, "s") || !schedulePrev[tg.w(k-1)]):
			// "the deadline passes Friday": a timetable's present
			c = 1
		case w == "to" && toFuture[tg.w(k-1)]:
			c = 1
		case w == "to" && toVerbFuture[tg.w(k-1)] && k < i && tg.baseVerb(k+1):
			// "had agreed to meet in Kuala Lumpur on Monday": what was
			// agreed lies ahead; "agreed to a truce on Monday" is the
			// agreeing's day
			c = 1
		case tg.clausePresent(k):
			// "the day before Starmer flies to Washington to meet Trump on
			// Thursday": a present after "before" or "until" tells of
			// what is still to come
			c = 1
		case modals[w] && k < i:
			c = 1
		case w == "as" && (tg.w(k+1) == "soon" || tg.w(k+1) == "early") && tg.w(k+2) == "as" && k < i:
			c = 1
		case (w == "until" || w == "till") && (k == i-1 || k == tg.start-1) && tg.putOffBefore(k):
			// "postponed until Tuesday", "extended until Friday": ahead,
			// and so is "extended its deadline until 9 a.m. Tuesday"
			// (the expression begins after "until")
			c = 1
		case w == "by" && (k == i-1 || k == tg.start-1) && tg.dutyBefore(k):
			// "should be completed ... by Wednesday evening at the latest":
			// a deadline a duty sets, ahead
			c = 1
		case (w == "until" || w == "till" || w == "by") && k < i && k >= i-4:
			// "has given them until 9 a.m. Tuesday": a deadline, ahead,
			// unless any other word of the sentence says otherwise
			c, far = 1, true
		case tg.futureBe(k) && !auxPast[w]:
			// "will be held", "is set to be signed": the participle is
			// passive, its time the auxiliary's
			c, w = 1, "will"
		case (w == "was" || w == "were") && (futureCues[tg.w(k+1)] || toFuture[tg.w(k+1)]):
			// "were planning to", "was expected to": the word after decides
		case pastCues[w] && !auxPast[w] && passiveBe[tg.w(k-1)]:
			// "is heard", "would be held": a passive participle, no past
		case pastCues[w]:
			c = -1
		case len(w) > 4 && strings.HasSuffix(w, "ed") && tg.w(k-1) == "be" && tg.w(k-2) == "to":
			// "expect the sale to be completed": a passive infinitive,
			// no past
		case len(w) > 4 && strings.HasSuffix(w, "ed") && !edNotPast[w] && !t.upper && !toFuture[w]:
			c = -1
		}
		if c == 0 {
			continue
		}
		d := abs(k - i)
		if k > i {
			d += 3
			// "..., officials said": the attribution after a comma dates the
			// report, not what it reports; it decides only when nothing else does
			if reporting[w] && tg.commaBetween(i, k) {
				far = true
			}
		}
		if far {
			weak, weakAt = c, k
			continue
		}
		if d < bestD {
			best, bestD, cue, at = c, d, w, k
		}
	}
	if best == 0 && weakAt >= 0 {
		return weak, tg.w(weakAt), weakAt
	}
	return best, cue, at
}

// clausePresent reports whether token k is a verb in the present third
// person opening a clause of time ("before Starmer flies", "until the
// talks resume" is not caught: "resume" is no -s form) after its
// subject, a pronoun or one to three capitalised words.
func (tg *tagger) clausePresent(k int) bool {
	t := tg.tk(k)
	w := t.l
	if t.kind != text.Word || t.upper || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || pastCues[w] || clauseNouns[w] {
		return false
	}
	m := k - 1
	if clausePronouns[tg.w(m)] {
		m--
	} else {
		for n := 0; n < 3 && tg.tk(m).upper && tg.tk(m).kind == text.Word; n++ {
			m--
		}
		if m == k-1 {
			return false
		}
	}
	return clauseOpeners[tg.w(m)]
}

// clauseOpeners open a clause of time whose present tells of the future.
var clauseOpeners = set("before", "until", "till", "once", "when")

// clauseNouns are plurals that follow a name more often than a verb does
// ("before UN talks on Thursday").
var clauseNouns = set("talks", "elections", "polls", "forces", "troops", "officials", "leaders", "negotiations",
	"protests", "strikes", "games", "hearings", "meetings", "summits", "celebrations")

// clausePronouns may be the subject of such a clause.
var clausePronouns = set("he", "she", "it")

// determiners make the -ed word after them an adjective.
var determiners = set("the", "a", "an", "its", "his", "her", "their", "our", "this", "that")

// either is the tense of a plan overtaken ("had been due to"): the day it
// names is the nearest such day, before or after the anchor.
const either = 2

// pastPlan tells whether the word at k follows "had" or "had been": a
// plan made and overtaken.
func (tg *tagger) pastPlan(k int) bool {
	return tg.w(k-1) == "had" || tg.seq(k-2, "had", "been")
}

// toFuture are words that make "to" point ahead: "planned to leave",
// "is set to meet".
var toFuture = set("set", "is", "are", "going", "due", "planned", "planning", "plans", "plan", "expected",
	"scheduled", "wants", "want", "hopes", "hope", "intends", "intend", "aims", "ready", "prepared", "preparing",
	// an aim told in the past still points ahead of it: "hoped to complete
	// the exchange by mid-December", "vowed to retake the town"
	"hoped", "hoping", "wanted", "aimed", "aiming", "aim", "intended", "vowed", "vows", "vow", "pledged",
	"pledges", "promised", "promises", "sought", "seeks", "seeking", "seek")

// toVerbFuture make "to" and a verb after them point ahead: "agreed to
// meet", "decided to hold", not "agreed to a truce".
var toVerbFuture = set("agreed", "agree", "agrees", "decided", "offered", "threatened", "invited", "asked", "urged", "called")

// baseVerb reports whether token k may be the verb of an infinitive: a
// lower-case word that is no determiner, number or preposition.
func (tg *tagger) baseVerb(k int) bool {
	t := tg.tk(k)
	return t.kind == text.Word && !t.upper && !determiners[t.l] && !infinitiveNot[t.l] && !strings.HasSuffix(t.l, "s")
}

// infinitiveNot follow "to" as no verb: "agreed to a truce", "to all".
// A preposition after "to" leaves it a particle ("a ceasefire agreed to in
// January").
var infinitiveNot = set("all", "some", "any", "no", "both", "each", "every", "these", "those", "talks", "terms", "end",
	"in", "on", "at", "by", "for", "with", "from", "under", "after", "before", "during", "last", "earlier", "and", "or")

// modals point ahead when they stand before the expression: "could come as
// early as Tuesday".
var modals = set("could", "might", "would", "may")

// futureBe tells whether the word at k follows "will be" or "to be" after
// a word that points ahead ("will be named", "is due to be signed").
func (tg *tagger) futureBe(k int) bool {
	if tg.w(k-1) != "be" {
		return false
	}
	a := tg.w(k - 2)
	return a == "will" || a == "shall" || a == "ll" || a == "to" && toFuture[tg.w(k-3)]
}

// commaBetween reports whether a comma stands between tokens i and k.
func (tg *tagger) commaBetween(i, k int) bool {
	for m := i + 1; m < k; m++ {
		if tg.w(m) == "," {
			return true
		}
	}
	return false
}

// dutyBefore reports whether a modal of duty or plan stands before token k
// in the sentence: "should be completed ... by Wednesday evening".
func (tg *tagger) dutyBefore(k int) bool {
	for m := k - 1; m >= 0; m-- {
		switch tg.w(m) {
		case "should", "must", "will", "shall":
			return true
		}
	}
	return false
}

// strongFuture are future cues that are never nouns ("plans" may be).
var strongFuture = set("will", "shall", "ll", "scheduled", "tomorrow", "upcoming")

// reporting verbs date the report, not what it tells.
var reporting = set("said", "says", "told", "was", "were", "had", "is", "are")

// passiveBe are forms of "be" that make a participle after them passive.
var passiveBe = set("be", "been", "being", "is", "are", "am")

// putOff are verbs that move a thing to a later time ("until Tuesday").
var putOff = set("postponed", "delayed", "deferred", "adjourned", "extended", "suspended", "off")

// putOffBefore tells whether a verb of putting off stands within four
// words before k ("postponed the vote until").
func (tg *tagger) putOffBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		if putOff[tg.w(b)] {
			return true
		}
	}
	return false
}

// isQuote tells whether token k is a quotation mark; of a doubled one
// (two apostrophes or two backticks) only the first counts.
func (tg *tagger) isQuote(k int) bool {
	switch s := tg.tk(k).s; s {
	case "\"", "“", "”", "''", "``", "«", "»":
		return true
	case "'", "`":
		n := tg.tk(k + 1)
		return (n.s == "'" || n.s == "`") && n.glued && tg.tk(k-1).s != s
	}
	return false
}

// quoteAhead tells whether a quote mark follows token i in its sentence.
func (tg *tagger) quoteAhead(i int) bool {
	for k := i + 1; k < len(tg.toks); k++ {
		if tg.isQuote(k) {
			return true
		}
	}
	return false
}

// auxPast are past cues that are auxiliaries or adverbs, never participles.
var auxPast = set("was", "were", "had", "did", "ago", "last", "earlier", "yesterday", "former", "previously")

// calendar is the date a year-less absolute date ("May 14", "in
// December") is placed against: the anchor, else the latest full date the
// story itself gives (its narrative time, as taggers without a document
// date use), else none.
func (tg *tagger) calendar() (time.Time, bool) {
	if tg.hasAnchor {
		return tg.anchor, true
	}
	return tg.story, tg.hasStory
}

// yearOf picks the year of a month (and day, 0 if none) given without
// one: of last, this and next year, the one that puts the date nearest the
// anchor, where a past tense sentence makes a date after the anchor four
// months "further" and a future tense one a date before it. So "toppled
// ... in December", published in May, is last December, while "payable
// Dec. 7", published in late October, is this one.
func (tg *tagger) yearOf(m, d, i int) int {
	// a date on the wrong side of the anchor costs four months when the
	// tense comes from a reporting verb or a bare -ed word (the report is
	// past, what it reports may be ahead: "payable Dec. 15, the company
	// said"), ten months when it comes from a verb of the event itself
	// ("bought ... in February", "will be named ... in December")
	t, cue, at := tg.tenseCue(i)
	penalty := 120 // days
	if tg.deadline(i) {
		// "ordered the troops to leave by Dec. 31": a deadline ahead, as
		// sure as a verb of the future
		t, penalty = 1, 300
	}
	// an -ed word just before the date, or before its preposition, is the
	// event's own verb, not a guess: "the year ended Jan. 31", "was
	// released in March"
	// so is the first verb after a date that opens the sentence ("In
	// January, a bomb killed a guard"): the main clause's own
	fronted := i == 0 || i == 1 && datePreps[tg.w(0)]
	own := at == i-1 || at == i-2 && datePreps[tg.w(i-1)] || fronted && at > i || tg.objectBetween(at, i)
	// a target ahead ("a deal is expected by mid-December", "hope for a
	// deal by December") is as sure of its side as "will"
	target := t == 1 && (tg.w(i-1) == "by" || tg.w(i-1) == "until")
	if t == 1 && (strongFuture[cue] || target) {
		penalty = 300
	}
	if t == -1 && !reporting[cue] && (own || !strings.HasSuffix(cue, "ed")) {
		// a deed told in the past cannot lie ahead of the report: "clashes
		// erupted on 3 March", written on Jan. 30, are last March's, eleven
		// months back; a date up to three weeks ahead stays this year's, as
		// the anchor may be a caption's, taken days before the story
		penalty = 320
	}
	dd := d
	if dd == 0 {
		dd = 15
	}
	base, _ := tg.calendar()
	y0 := base.Year()
	best, bestCost := y0, 1<<30
	for y := y0 - 1; y <= y0+1; y++ {
		if !validDay(y, m, min(dd, 28)) {
			continue
		}
		diff := int(day(y, m, min(dd, 28)).Sub(base).Hours() / 24)
		if d == 0 && y == y0 && m == int(base.Month()) {
			diff = 0 // the anchor's own month
		}
		cost := abs(diff)
		switch {
		case diff > 0 && t == -1 || diff < 0 && t == 1:
			cost += penalty
		case diff > 0 && t == 0:
			cost += 30 // news tells more of the past than of the future
		}
		// a plan overtaken (t == either) costs the plain distance
		if cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best
}

// deadline reports whether the date at i closes an infinitive with "by"
// or "before" ("to leave by Dec. 31", "to withdraw its forces before
// March 1"), or ends a term extended ("extended the truce until July
// 15"): what is ordered or agreed to happen by a day lies ahead of the
// order.
func (tg *tagger) deadline(i int) bool {
	p := tg.w(i - 1)
	if p == "until" || p == "till" {
		// "extended on Monday its ceasefire ... until July 15": a term
		// extended runs ahead of the extension; so does one granted ("gave
		// the three countries a grace period until July 29")
		for k := i - 2; k >= 0 && k >= i-30; k-- {
			if w := tg.w(k); strings.HasPrefix(w, "extend") || strings.HasPrefix(w, "prolong") || grantVerbs[w] && k >= i-12 {
				return true
			}
		}
		return false
	}
	if p != "by" && p != "before" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		switch w := tg.w(k); {
		case w == "to" && k+1 < i-1 && tg.tk(k+1).kind == text.Word && !tg.tk(k+1).upper:
			return true
		case w == "." || w == ";" || w == "," || w == "and" || w == "but":
			return false
		}
	}
	return false
}

// grantVerbs give a term that runs until a day ahead of the giving.
var grantVerbs = set("gave", "given", "giving", "granted", "granting", "allowed", "allowing")

// objectBetween reports whether only the verb's object stands between
// the cue at k and a date at i that a preposition opens: "attacked the old
// force in January", "replaced ATMIS in January". The verb is the event's
// own; no comma, quote or second verb-like word parts them.
func (tg *tagger) objectBetween(k, i int) bool {
	if k < 0 || k >= i-2 || i-k > 8 || !datePreps[tg.w(i-1)] || !strings.HasSuffix(tg.w(k), "ed") {
		return false
	}
	if p := tg.w(k - 1); determiners[p] || strings.HasSuffix(p, "ly") || p == "still" || p == "yet" {
		return false // "a still unspecified date in January": an adjective
	}
	for m := k + 1; m < i-1; m++ {
		t := tg.tk(m)
		if t.kind == text.Punct || strings.HasSuffix(t.l, "ed") || modals[t.l] || futureCues[t.l] || strings.HasSuffix(t.l, "able") ||
			t.l == "to" || t.l == "that" || t.l == "and" {
			return false
		}
	}
	return true
}

// datePreps are the prepositions between a verb and its date.
var datePreps = set("on", "in", "at", "by", "since", "until", "through", "during")

// ---- numeric dates ---------------------------------------------------------

// isoDate reads 2023-10-07 and 2023-10.
func (tg *tagger) isoDate(i int) (found, bool) {
	y, l, ok := tg.digitsOf(i)
	if !ok || l != 4 || !tg.glue(i+1, "-") {
		return found{}, false
	}
	m, lm, ok := tg.digitsOf(i + 2)
	if !ok || lm != 2 || !tg.tk(i+2).glued || m < 1 || m > 12 {
		return found{}, false
	}
	if tg.glue(i+3, "-") {
		if d, ld, ok := tg.digitsOf(i + 4); ok && ld == 2 && tg.tk(i+4).glued && validDay(y, m, d) {
			t := day(y, m, d)
			return found{i: i, j: i + 5, kind: Date, value: fmtDay(t), day: t}, true
		}
		return found{}, false
	}
	if m == (y+1)%100 {
		return found{}, false // "the 2011-12 season": two years, not December
	}
	return found{i: i, j: i + 3, kind: Date, value: fmtMonth(y, m)}, true
}

// glue reports whether token k is s, glued to the token before.
func (tg *tagger) glue(k int, s string) bool {
	return k < len(tg.toks) && tg.tk(k).glued && tg.tk(k).l == s
}

// slashDate reads 10/7, 7/8/07 and 10/07/2023, month first as US wires
// write them, or day first when the first number cannot be a month.
func (tg *tagger) slashDate(i int) (found, bool) {
	s := tg.tk(i).s
	if strings.IndexByte(s, '/') < 0 || s == "24/7" {
		return found{}, false // Split would give one part; "24/7" is always
	}
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return found{}, false
	}
	var n [3]int
	for k, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 {
			return found{}, false
		}
		n[k] = v
	}
	// "2003/03/04": year first
	if len(parts) == 3 && len(parts[0]) == 4 && len(parts[1]) <= 2 && len(parts[2]) <= 2 {
		if !validDay(n[0], n[1], n[2]) {
			return found{}, false
		}
		t := day(n[0], n[1], n[2])
		return found{i: i, j: i + 1, kind: Date, value: fmtDay(t), day: t}, true
	}
	// "the 2025/26 fiscal year", "2026/2027": a span of two years, named
	// by the one it begins in
	if len(parts) == 2 && len(parts[0]) == 4 && n[0] >= 1800 && n[0] <= 2200 &&
		(len(parts[1]) == 2 && n[1] == (n[0]+1)%100 || len(parts[1]) == 4 && n[1] == n[0]+1) {
		return found{i: i, j: i + 1, kind: Date, value: fmtYear(n[0])}, true
	}
	if len(parts[0]) > 2 || len(parts[1]) > 2 {
		return found{}, false
	}
	m, d := n[0], n[1]
	if m > 12 && d <= 12 || m <= 12 && d <= 12 && m != d && tg.dayFirst() {
		m, d = d, m
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return found{}, false
	}
	if len(parts) == 3 {
		y := n[2]
		switch len(parts[2]) {
		case 2:
			y = tg.century2(y)
		case 4:
		default:
			return found{}, false
		}
		if !validDay(y, m, d) {
			return found{}, false
		}
		t := day(y, m, d)
		return found{i: i, j: i + 1, kind: Date, value: fmtDay(t), day: t}, true
	}
	// a bare "3/8" after a number ("5 3/8") or with a smaller first part
	// is a fraction
	if len(parts[0]) == 1 && len(parts[1]) == 1 && n[0] < n[1] || i > 0 && tg.tk(i-1).kind == text.Number {
		return found{}, false
	}
	if _, ok := tg.calendar(); !ok {
		return found{i: i, j: i + 1, kind: Date}, true
	}
	y := tg.yearOf(m, d, i)
	if !validDay(y, m, d) {
		return found{}, false
	}
	t := day(y, m, d)
	return found{i: i, j: i + 1, kind: Date, value: fmtDay(t), day: t}, true
}

// dayFirst reports whether the story writes its dates day first ("on 2
// March", "KYIV, 5 March 2026", "17/10/2024") more often than month first
// ("March 2", "10/17/2024"), so that "3/4/2026" in it is 3 April. It
// reads the text once, on the first slash date either order could read.
func (tg *tagger) dayFirst() bool {
	if tg.dayOrder == 0 {
		tg.dayOrder = -1
		n := len(dayFirstRe.FindAllStringIndex(tg.text, -1)) - len(monthFirstRe.FindAllStringIndex(tg.text, -1))
		for _, m := range slashRe.FindAllStringSubmatch(tg.text, -1) {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			switch {
			case a > 12 && b <= 12:
				n++
			case b > 12 && a <= 12:
				n--
			}
		}
		if n > 0 {
			tg.dayOrder = 1
		}
	}
	return tg.dayOrder > 0
}

const monthNames = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b`

// The orders a story writes its dates in: "2 March", "March 2", "17/10/2024".
var (
	dayFirstRe   = regexp.MustCompile(`\b[0-3]?\d\s+` + monthNames)
	monthFirstRe = regexp.MustCompile(monthNames + `\.?\s+[0-3]?\d\b`)
	slashRe      = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/\d{2,4}\b`)
)

// dayMonth reads "7 October 2023" and "11 December".
func (tg *tagger) dayMonth(i int) (found, bool) {
	d, k, ok := tg.dayNumber(i)
	if !ok {
		return found{}, false
	}
	if tg.w(k) == "of" {
		k++
	}
	m, isM := words.month[tg.w(k)]
	if !isM || !tg.tk(k).upper {
		return found{}, false
	}
	k++
	// "7 Oct. 2023": an abbreviation's dot; after "3rd March." it ends the
	// sentence
	if l := tg.w(k - 1); tg.w(k) == "." && tg.tk(k).glued && len(l) <= 4 && l != "may" && l != "june" && l != "july" {
		k++
	}
	if y, e, ok := tg.yearAfter(k); ok && validDay(y, m, d) {
		t := day(y, m, d)
		return found{i: i, j: e, kind: Date, value: fmtDay(t), day: t}, true
	}
	return tg.dayNoYear(i, k, m, d)
}

func (tg *tagger) dayNoYear(i, j, m, d int) (found, bool) {
	base, ok := tg.calendar()
	// "April 15 last year", "March 3 next year": the year said after it
	shift, said := 0, tg.w(j+1) == "year"
	switch tg.w(j) {
	case "last":
		shift = -1
	case "this":
	case "next":
		shift = 1
	default:
		said = false
	}
	if said {
		j += 2
	}
	if !ok {
		return found{i: i, j: j, kind: Date}, validDay(2000, m, d)
	}
	y := tg.yearOf(m, d, i)
	if said {
		y = base.Year() + shift
	}
	if !validDay(y, m, d) {
		return found{}, false
	}
	t := day(y, m, d)
	return found{i: i, j: j, kind: Date, value: fmtDay(t), day: t}, true
}

// bareDay reads a day of the month named alone, "on the 14th", "by the
// 30th": the anchor's month, or the next one when the sentence looks
// ahead to a day already past in it, or the last one when it looks back
// to a day still to come. Its ordinal must be written as one ("14th",
// "fourteenth") and end the phrase ("the 14th round" is no day).
func (tg *tagger) bareDay(i int) (found, bool) {
	switch tg.w(i - 1) {
	case "on", "by", "until", "till", "before", "after", "since", "from":
	default:
		return found{}, false
	}
	d, e, ok := tg.dayNumber(i + 1)
	if !ok || e == i+2 && tg.tk(i+1).kind == text.Number {
		return found{}, false // "the 14" without its suffix
	}
	if n := tg.tk(e); n.kind == text.Word && !dayFollowers[n.l] && !pastVerb(n.l) {
		return found{}, false
	}
	base, ok := tg.calendar()
	if !ok {
		return found{i: i, j: e, kind: Date}, true
	}
	y, m := base.Year(), base.Month()
	switch t := tg.tense(i); {
	case t == 1 && d < base.Day():
		m++
	case t == -1 && d > base.Day():
		m--
	}
	dt := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	if !validDay(dt.Year(), int(dt.Month()), d) {
		return found{}, false
	}
	dt = day(dt.Year(), int(dt.Month()), d)
	return found{i: i, j: e, kind: Date, value: fmtDay(dt), day: dt}, true
}

// dayCount reads a day counted from the start of something, "the 100th
// day of the siege", "the 12th day of talks" (an anniversary is no
// time, as TimeML marks it): the day its sentence names ("marked the 500th day
// of the siege on Sunday"), else the date it names ("On the 100th day of
// the siege, in August last year"), else the anchor's, as a report tells
// of its own day ("Talks went into their eighth day").
func (tg *tagger) dayCount(i int) (found, bool) {
	e, ok := tg.ordinalAt(i + 1)
	if !ok {
		return found{}, false
	}
	if tg.w(e) != "day" || tg.w(e+1) != "of" {
		return found{}, false
	}
	f := found{i: i, j: e + 1, kind: Date}
	if !tg.sentDay.IsZero() {
		f.value = fmtDay(tg.sentDay)
		return f, true
	}
	for k := f.j; k < len(tg.toks) && k < f.j+14; k++ {
		if g, ok := tg.core(k); ok && g.kind == Date && g.value != "" {
			f.value = g.value
			return f, true
		}
	}
	if tg.hasAnchor {
		f.value = fmtDay(tg.anchor)
	}
	return f, true
}

// ordinalAt reads an ordinal above the first at token i ("100th", "12th",
// "third"; "the first day of" is as often a plan's as a count's) and
// returns the token after it.
func (tg *tagger) ordinalAt(i int) (int, bool) {
	if n, _, ok := tg.digitsOf(i); ok && n > 1 {
		if k := i + 1; tg.tk(k).glued {
			switch tg.tk(k).l {
			case "st", "nd", "rd", "th":
				return k + 1, true
			}
		}
		return 0, false
	}
	if o, ok := number.Ordinal(tg.w(i)); ok && o > 1 && tg.tk(i).kind == text.Word {
		return i + 1, true
	}
	return 0, false
}

// pastVerb: a verb in the past that may follow a day as the subject's
// deed ("a shooting on the 9th left one soldier dead"), where a noun
// would make the ordinal a rank ("the 9th brigade", "the 14th round").
func pastVerb(w string) bool {
	if strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && len(w) > 4 && !ordinalNouns[w] {
		return true
	}
	return irregularPast[w]
}

// ordinalNouns end in -ed but are ranks' nouns ("the 3rd armoured").
var ordinalNouns = set("armoured", "armored", "hundred")

var irregularPast = set("left", "saw", "took", "came", "went", "brought", "began", "fell", "met", "made",
	"struck", "hit", "broke", "drew", "gave", "held", "led", "sent", "won", "lost", "said", "told")

// dayFollowers may follow "the 14th" when it names a day.
var dayFollowers = set("and", "or", "to", "when", "but", "at", "in", "as", "while", "after", "before")

// year reads "1967", "the 1990s", "1990s", "fiscal 1998".
func (tg *tagger) year(i int) (found, bool) {
	y, l, ok := tg.digitsOf(i)
	if !ok || l != 4 || y < 1000 || y > 2200 {
		return found{}, false
	}
	if k := i - 1; k >= 0 {
		p := tg.tk(k)
		// "$2000", "No. 1967", "Resolution 2254", "Flight 1549": not years
		if p.l == "$" || p.l == "#" || p.l == "no" || p.l == "." && p.glued {
			return found{}, false
		}
		// "2023-24" is a range or a season; "mid-2024" and "post-1959" are years
		if p.l == "-" && p.glued && !(k > 0 && (tg.w(k-1) == "mid" || tg.w(k-1) == "pre" || tg.w(k-1) == "post")) {
			return found{}, false
		}
		// after a possessive name a year is one ("Navigation Mixte's 1989
		// profit"), unlike "Flight 1549"
		if p.upper && k > 0 && p.kind == text.Word && !p.poss && !tg.yearOpener(p.l) && !yearNames[p.l] && !acronym(p.s) {
			return found{}, false
		}
	}
	j := i + 1
	if tg.glue(j, "s") || tg.glue(j, "'s") {
		// the 1990s → 199
		if y%10 == 0 {
			return found{i: i, j: j + 1, kind: Date, value: strconv.Itoa(y / 10)}, true
		}
	}
	if p := tg.w(i - 1); (tg.glue(j, "'") || tg.glue(j, "’")) && tg.glue(j+1, "s") && y%10 == 0 &&
		(p == "the" || p == "early" || p == "mid" || p == "late") {
		// "in the late 1980's": a decade, not the year's possessive
		return found{i: i, j: j + 2, kind: Date, value: strconv.Itoa(y / 10)}, true
	}
	// "1,200" never reaches here; "2000 troops" is a count, not a year,
	// but "in 1990 elections" and "fiscal 1989 results" hold years
	if n := tg.w(j); !tg.yearOpener(tg.w(i-1)) && !yearPlurals[n] && strings.HasSuffix(n, "s") && len(n) > 3 && j < len(tg.toks) && tg.tk(j).kind == text.Word &&
		!tg.tk(j).upper && !strings.HasSuffix(n, "ss") && n != "was" && n != "has" && n != "is" && n != "as" {
		return found{}, false
	}
	if tg.w(j) == "-" && tg.tk(j).glued {
		if _, l2, ok := tg.digitsOf(j + 1); ok && (l2 == 2 || l2 == 4) && tg.tk(j+1).glued {
			if _, ok := tg.yearRange(i); !ok {
				return found{}, false // "2011-10" is a month, "1967-1234" no range
			}
		}
	}
	i0 := i
	if tg.w(i-1) == "fiscal" {
		i0 = i - 1
	}
	return found{i: i0, j: j, kind: Date, value: fmtYear(y)}, true
}

// yearRange reads the last year of a range whose first year is the
// token at i ("1998-99", "the 2011-12 season", "2014-2016"): the later
// year within a few decades, two digits taken in the same century or
// the next. Two digits that may be a month ("2011-10") make no range
// unless they are the next year.
func (tg *tagger) yearRange(i int) (int, bool) {
	y, l, ok := tg.digitsOf(i)
	if !ok || l != 4 || y < 1800 || y > 2200 || !tg.glue(i+1, "-") || !tg.tk(i+2).glued {
		return 0, false
	}
	e, l2, ok := tg.digitsOf(i + 2)
	switch {
	case !ok:
		return 0, false
	case l2 == 2:
		if e >= 1 && e <= 12 && e != (y+1)%100 {
			return 0, false
		}
		e += y - y%100
		if e <= y {
			e += 100
		}
		if e-y > 10 {
			return 0, false
		}
	case l2 == 4:
		if e <= y || e-y > 50 {
			return 0, false
		}
	default:
		return 0, false
	}
	// "1998-99-04" or "2011-12-05" is something else
	if tg.glue(i+3, "-") || tg.glue(i+3, "/") {
		return 0, false
	}
	return e, true
}

// yearEnd reads the second year of a range ("99" of "1998-99") as a year
// of its own, as a second day joined to a date is a date of its own.
func (tg *tagger) yearEnd(i int) (found, bool) {
	if i < 2 || !tg.glue(i, tg.w(i)) || !tg.glue(i-1, "-") {
		return found{}, false
	}
	e, ok := tg.yearRange(i - 2)
	if !ok {
		return found{}, false
	}
	return found{i: i, j: i + 1, kind: Date, value: fmtYear(e)}, true
}

// yearPlurals are plurals a year qualifies and no count does ("for 2024
// needs", "ahead of 2026 elections", "its 2023 results").
var yearPlurals = set("needs", "elections", "polls", "results", "targets", "estimates", "figures",
	"projections", "accounts", "earnings", "revenues", "profits", "priorities", "plans", "goals",
	"talks", "negotiations", "accords", "games", "olympics", "budgets", "sanctions", "reforms",
	"levels", "primaries", "midterms", "hostilities")

// shortDecade reads "the '90s" (the token at i is "90").
func (tg *tagger) shortDecade(i int) (found, bool) {
	n, l, ok := tg.digitsOf(i)
	q := tg.w(i - 1)
	if !ok || l != 2 || n%10 != 0 || q != "'" && q != "’" || !tg.tk(i).glued || !tg.glue(i+1, "s") {
		return found{}, false
	}
	return found{i: i - 1, j: i + 2, kind: Date, value: strconv.Itoa(tg.century2(n) / 10)}, true
}

// yearNames are the events and documents whose names end in their year
// ("the Developers Conference 2010", "World Cup 2022", "Vision 2030"),
// unlike a flight, a resolution or a model number.
var yearNames = set("conference", "summit", "games", "cup", "olympics", "expo", "forum", "festival",
	"championship", "championships", "election", "elections", "census", "budget", "vision", "agenda",
	"congress", "convention", "assembly", "week", "fair", "show", "awards", "review", "report")

// acronym tells whether s is an acronym of two to six capitals ("WWDC
// 2005", "CES 2024"), which names an event or a meeting before a year.
func acronym(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if s[k] < 'A' || s[k] > 'Z' {
			return false
		}
	}
	return true
}

// yearOpener lists capitalized words that may stand before a year.
func (tg *tagger) yearOpener(w string) bool {
	if _, ok := words.month[w]; ok {
		return true
	}
	switch w {
	case "in", "since", "by", "until", "before", "after", "from", "during", "through", "of", "fiscal",
		"early", "late", "mid", "summer", "spring", "winter", "autumn", "fall", "the", "and", "or",
		"to", "between", "circa", "around", "about", "year", "christmas", "easter":
		return true
	}
	return false
}

// ---- month dates -----------------------------------------------------------

// monthDate reads "Oct. 7, 2023", "May 14", "September 2023", "December".
func (tg *tagger) monthDate(i int) (found, bool) {
	t := tg.tk(i)
	m := words.month[t.l]
	if !t.upper {
		return found{}, false
	}
	k := i + 1
	abbrev := len(t.l) <= 4 && t.l != "may" && t.l != "june" && t.l != "july"
	if tg.w(k) == "." && tg.tk(k).glued && abbrev {
		k++
	} else if abbrev && t.l != "sept" {
		// "Mar", "Jan" without a dot are names too often; "Sept" is fine,
		// and so is one before a day or a year ("Jan 2004")
		_, _, isDay := tg.dayNumber(k)
		_, _, isYear := tg.yearAfter(k)
		if !isDay && !isYear {
			return found{}, false
		}
	}
	if d, e, ok := tg.dayNumber(k); ok && (tg.tk(k).kind == text.Number) {
		if y, e2, ok := tg.yearAfter(e); ok {
			if !validDay(y, m, d) {
				return found{}, false
			}
			dt := day(y, m, d)
			return found{i: i, j: e2, kind: Date, value: fmtDay(dt), day: dt}, true
		}
		return tg.dayNoYear(i, e, m, d)
	}
	if y, e, ok := tg.yearAfter(k); ok && (tg.w(k) != "," || t.l != "may") {
		return found{i: i, j: e, kind: Date, value: fmtMonth(y, m)}, true
	}
	if tg.seq(k, "of") {
		if y, e, ok := tg.yearAfter(k + 1); ok {
			return found{i: i, j: e, kind: Date, value: fmtMonth(y, m)}, true
		}
	}
	// "May" alone is a verb more often than a month: it needs a date word
	// before it ("in May", "last May", "early May"), or "the" before it
	// and a noun after ("the March accession", "the May elections")
	if t.l == "may" || t.l == "march" {
		switch tg.w(i - 1) {
		case "in", "since", "until", "by", "of", "last", "next", "this", "early", "late", "mid", "-", "during",
			"from", "through", "to", "and", "before", "after", "that", "every", "each", "end", "between":
		case "the":
			if n := tg.tk(k); n.kind != text.Word || n.upper || monthNounStop[n.l] {
				return found{}, false
			}
		default:
			return found{}, false
		}
		if t.l == "march" && (tg.w(i+1) == "on" || tg.w(i+1) == "to" || tg.w(i+1) == "through") {
			return found{}, false
		}
	}
	if i > 0 && tg.w(i-1) != "" && tg.tk(i-1).upper && tg.tk(i-1).kind == text.Word && i-1 > 0 {
		return found{}, false // inside a name
	}
	j := k
	if abbrev && k == i+1 {
		return found{}, false
	}
	// "January this year", "June last year", "June of last year"
	if tg.w(j) == "of" && tg.w(j+2) == "year" && (tg.w(j+1) == "this" || tg.w(j+1) == "last" || tg.w(j+1) == "next") {
		j++
	}
	if tg.seq(j, "this", "year") {
		if !tg.hasAnchor {
			return found{i: i, j: j + 2, kind: Date}, true
		}
		return found{i: i, j: j + 2, kind: Date, value: fmtMonth(tg.anchor.Year(), m)}, true
	}
	if tg.seq(j, "last", "year") || tg.seq(j, "next", "year") {
		if !tg.hasAnchor {
			return found{i: i, j: j + 2, kind: Date}, true
		}
		dy := -1
		if tg.w(j) == "next" {
			dy = 1
		}
		return found{i: i, j: j + 2, kind: Date, value: fmtMonth(tg.anchor.Year()+dy, m)}, true
	}
	// "in June and July 2024", "between January and June of last year",
	// "from November to February 2025": the year of the month joined
	// after it, a year before when the span crosses the new year
	if y2, m2, ok := tg.joinedMonth(j); ok {
		if m > m2 {
			y2--
		}
		return found{i: i, j: j, kind: Date, value: fmtMonth(y2, m)}, true
	}
	if _, ok := tg.calendar(); !ok {
		return found{i: i, j: j, kind: Date}, true
	}
	return found{i: i, j: j, kind: Date, value: fmtMonth(tg.yearOf(m, 0, i), m)}, true
}

// joinedMonth reads, from token j after a month with no year, a month
// joined to it by "and", "or", "to", "through", "until" or a dash that
// has a year of its own ("July 2024", "June of last year"), and returns
// that year and month.
func (tg *tagger) joinedMonth(j int) (int, int, bool) {
	switch tg.w(j) {
	case "and", "or", "to", "through", "until", "-", "–":
	default:
		return 0, 0, false
	}
	if _, ok := words.month[tg.w(j+1)]; !ok {
		return 0, 0, false
	}
	f, ok := tg.monthDate(j + 1)
	if !ok || len(f.value) != 7 || f.value[4] != '-' {
		return 0, 0, false
	}
	explicit := false
	for q := j + 2; q < f.j; q++ {
		explicit = explicit || tg.tk(q).kind == text.Number || tg.w(q) == "year"
	}
	y, err1 := strconv.Atoi(f.value[:4])
	m, err2 := strconv.Atoi(f.value[5:])
	return y, m, explicit && err1 == nil && err2 == nil
}

// midWord reads "mid-March" and "late-November", one token for the
// tokenizer when a letter follows the hyphen.
func (tg *tagger) midWord(i int) (found, bool) {
	w := tg.w(i)
	rest := w[strings.IndexByte(w, '-')+1:]
	// "mid-2026", "mid-1990s", "post-1959"
	if y, err := strconv.Atoi(strings.TrimSuffix(rest, "s")); err == nil && len(rest) >= 4 && y >= 1000 && y <= 2200 {
		if strings.HasSuffix(rest, "s") {
			return found{i: i, j: i + 1, kind: Date, value: strconv.Itoa(y / 10)}, y%10 == 0
		}
		return found{i: i, j: i + 1, kind: Date, value: fmtYear(y)}, len(rest) == 4
	}
	if m, ok := words.month[rest]; ok && !strings.HasPrefix(w, "pre-") && !strings.HasPrefix(w, "post-") {
		if y, e, ok := tg.yearAfter(i + 1); ok {
			return found{i: i, j: e, kind: Date, value: fmtMonth(y, m)}, true
		}
		if _, ok := tg.calendar(); !ok {
			return found{i: i, j: i + 1, kind: Date}, true
		}
		return found{i: i, j: i + 1, kind: Date, value: fmtMonth(tg.yearOf(m, 0, i), m)}, true
	}
	return found{}, false
}

// monthNounStop are words after "the March" or "the May" that make it no
// month before a noun: "the March on Washington", "the March of Dimes".
var monthNounStop = set("on", "of", "to", "through", "for", "from", "in", "and", "was", "is", "will", "has")

// dayAfter reads the second day of "April 24 and 25", "Oct. 3 or 4": a
// bare day number just after a day of a month, in that month; "April 24
// and 25 people" is a count.
func (tg *tagger) dayAfter(i int) (found, bool) {
	if tg.dayEnd != i-1 || tg.lastDay.IsZero() || !dayJoin[tg.w(i-1)] {
		return found{}, false
	}
	d, e, ok := tg.dayNumber(i)
	if !ok || tg.tk(i).kind != text.Number || d <= tg.lastDay.Day() || !validDay(tg.lastDay.Year(), int(tg.lastDay.Month()), d) {
		return found{}, false
	}
	if n := tg.tk(e); n.kind == text.Number || n.kind == text.Word && !n.upper && !dayListNext[n.l] {
		return found{}, false
	}
	dt := day(tg.lastDay.Year(), int(tg.lastDay.Month()), d)
	return found{i: i, j: e, kind: Date, value: fmtDay(dt), day: dt}, true
}

// dayJoin join two days of a month; dayListNext may follow the second
// ("on April 24 and 25 in Washington").
var (
	dayJoin     = set("and", "or", "to", "through")
	dayListNext = set("in", "at", "on", "and", "or", "but", "when", "while", "with", "before", "after", "as", "to",
		"during", "for", "that", "if", "because", "the", "a", "an", "he", "she", "it", "they", "we", "i", "his",
		"her", "its", "their")
)

// dayPart reads a part of a day standing alone after a preposition ("in
// the morning", "by mid-afternoon", "during the night"): that part of the
// last day named, else of the anchor. "In the morning session" is a noun's
// modifier, "the morning of March 3" is left to the date.
func (tg *tagger) dayPart(i int) (found, bool) {
	if !dayPartPreps[tg.w(i-1)] {
		return found{}, false
	}
	k := i
	if tg.w(k) == "the" {
		k++
	}
	w := tg.w(k)
	if w == "early" || w == "late" || w == "mid" {
		k++
		w = tg.w(k)
	} else if m, ok := strings.CutPrefix(w, "mid-"); ok {
		w = m
	}
	tod, ok := words.tod[w]
	if !ok || w == "overnight" || tg.tk(k).upper {
		return found{}, false
	}
	if n := tg.tk(k + 1); n.l == "of" || n.kind == text.Word && !n.upper && !dayListNext[n.l] {
		return found{}, false
	}
	f := found{i: i, j: k + 1, kind: Time}
	if tg.hasAnchor {
		f.value = fmtDay(tg.refDay()) + "T" + tod
	}
	return f, true
}

// dayPartPreps stand before a part of a day that dayPart reads; "at
// night" is more often a habit than a time.
var dayPartPreps = set("in", "during", "by", "until", "till", "through", "throughout")

// ---- weekdays, deictic days, clock times -------------------------------------

// weekday reads "Tuesday", "Friday morning", "Monday, Oct. 26"; dir is -1
// for "last Friday", +1 for "next Friday", 0 for tense-driven.
func (tg *tagger) weekday(i, dir int) (found, bool) {
	t := tg.tk(i)
	wd := words.weekday[t.l]
	if !t.upper {
		return found{}, false
	}
	if n := tg.tk(i + 1); tg.w(i-1) == "the" && n.upper && n.kind == text.Word && !t.poss {
		// "The Sunday Times", "the Tuesday Group": a name
		if _, m := words.month[n.l]; !m {
			return found{}, false
		}
	}
	j := i + 1
	// "Monday, Oct. 26" and "Wednesday, July 2, 2025": the date decides
	if k := j; tg.w(k) == "," || tg.w(k) != "" {
		if tg.w(k) == "," {
			k++
		}
		if f, ok := tg.core(k); ok && f.kind == Date && !f.day.IsZero() {
			f.i = i
			return f, true
		}
	}
	// "Tuesday nights", "Sunday mornings": every such part of that
	// weekday, a set
	if w := tg.w(j); len(w) > 1 && w[len(w)-1] == 's' {
		if v, ok := words.tod[w[:len(w)-1]]; ok {
			return found{i: i, j: j + 1, kind: Set, value: fmt.Sprintf("XXXX-WXX-%dT%s", wd, v)}, true
		}
	}
	// "Friday morning" is the day's morning, TimeML's 2025-05-16TMO
	tod := ""
	if v, ok := words.tod[tg.w(j)]; ok {
		tod, j = v, j+1
	}
	if !tg.hasAnchor {
		return found{i: i, j: j, kind: Date}, true
	}
	a := tg.anchor
	cur := int(a.Weekday())
	if cur == 0 {
		cur = 7
	}
	if dir == 0 {
		// "Wednesday's ruling" names a day already past, whatever the tense
		dir = -1
		switch tg.tense(i) {
		case 1:
			// "Wednesday's ruling" is past, unless the story waits for it
			// ("ahead of Sunday's election", "the upcoming Sunday's vote")
			if !t.poss || tg.seq(i-2, "ahead", "of") || tg.w(i-1) == "upcoming" {
				dir = 1
			}
		case either:
			if (wd-cur+7)%7 < (cur-wd+7)%7 {
				dir = 1
			}
		}
		// on or before / on or after the anchor
		var dt time.Time
		if dir < 0 {
			dt = a.AddDate(0, 0, -((cur - wd + 7) % 7))
		} else {
			dt = a.AddDate(0, 0, (wd-cur+7)%7)
		}
		return tg.dayFound(i, j, dt, tod), true
	}
	var dt time.Time
	if dir < 0 {
		back := (cur - wd + 7) % 7
		if back == 0 {
			back = 7
		}
		dt = a.AddDate(0, 0, -back)
	} else {
		fwd := (wd - cur + 7) % 7
		if fwd == 0 {
			fwd = 7
		}
		dt = a.AddDate(0, 0, fwd)
	}
	return tg.dayFound(i, j, dt, tod), true
}

func (tg *tagger) dayFound(i, j int, dt time.Time, tod string) found {
	f := found{i: i, j: j, kind: Date, value: fmtDay(dt), day: dt}
	if tod != "" {
		f.kind, f.value = Time, f.value+"T"+tod
	}
	return f
}

// todFirst reads a part of day put before its day: "mid-afternoon
// yesterday", "morning Tuesday".
func (tg *tagger) todFirst(i int) (found, bool) {
	w := strings.TrimPrefix(tg.w(i), "mid-")
	tod, ok := words.tod[w]
	if !ok || w == "overnight" || !tg.dayLike(i+1) {
		return found{}, false
	}
	f, ok := tg.core(i + 1)
	if !ok || f.kind != Date || f.day.IsZero() {
		return found{}, false
	}
	return tg.dayFound(i, f.j, f.day, tod), true
}

// deictic reads today, tonight, yesterday, tomorrow, with a part of day.
func (tg *tagger) deictic(i int) (found, bool) {
	// "the week before last", "the month after next": two periods off
	if tg.w(i) == "the" && (tg.seq(i+2, "before", "last") || tg.seq(i+2, "after", "next")) {
		if u := words.unit[tg.w(i+1)]; u == "W" || u == "M" || u == "Y" || tg.w(i+1) == "weekend" {
			f := found{i: i, j: i + 4, kind: Date}
			if !tg.hasAnchor {
				return f, true
			}
			dir := -2
			if tg.w(i+2) == "after" {
				dir = 2
			}
			return tg.shifted(f, tg.anchor, u, tg.w(i+1), dir), true
		}
	}
	var shift int
	tod := ""
	j := i + 1
	switch tg.w(i) {
	case "today":
	case "tonight":
		tod = "NI"
	case "yesterday":
		shift = -1
	case "tomorrow":
		shift = 1
	case "overnight":
		// the night before the day the story tells of; the coming one in
		// a sentence about the future ("results are expected overnight")
		shift, tod = -1, "NI"
		if tg.tense(i) == 1 {
			shift = 0
		}
	case "the":
		// "the day before yesterday", "the day after tomorrow"
		switch {
		case tg.seq(i+1, "day", "before", "yesterday"):
			shift = -2
		case tg.seq(i+1, "day", "after", "tomorrow"):
			shift = 2
		default:
			return found{}, false
		}
		j = i + 4
	default:
		return found{}, false
	}
	if v, ok := words.tod[tg.w(j)]; ok && tod == "" && j == i+1 {
		tod, j = v, j+1
	}
	if !tg.hasAnchor {
		return found{i: i, j: j, kind: Date}, true
	}
	base := tg.anchor
	if d := tg.anchor.Sub(tg.ref); tg.w(i) == "overnight" && tg.hasRef && d >= 0 && d <= 7*24*time.Hour &&
		(tg.refPara == tg.para || tg.stampPara != tg.para) {
		// a story of the past week's day ("shares fell Friday ...
		// overnight losses in New York"); an older day named is
		// background, not the story's night, and so is one named before
		// the live post that tells of the night
		base = tg.ref
	}
	f := tg.dayFound(i, j, base.AddDate(0, 0, shift), tod)
	if tg.w(i) == "overnight" {
		// the night before the story's day is no day the story moves to:
		// "The day before" after it counts from the story's day still
		f.day = time.Time{}
	}
	return f, true
}

// clock reads "10 a.m.", "10:35 a.m.", "18:00 GMT", "0700 GMT", "noon",
// with a zone and a day after it ("4 a.m. EDT Thursday").
func (tg *tagger) clock(i int) (found, bool) {
	s := tg.tk(i).s
	h, mi := -1, 0
	j := i + 1
	sep := ":"
	if m := tg.w(j); strings.Contains(s, ".") && (m == "am" || m == "pm" || m == "a.m." || m == "p.m.") {
		sep = "." // "2.30pm", as British papers write it
	}
	if a, b, ok := strings.Cut(s, sep); ok {
		hh, e1 := strconv.Atoi(a)
		mm, e2 := strconv.Atoi(b)
		if e1 != nil || e2 != nil || len(b) != 2 || hh > 24 || mm > 59 {
			return found{}, false
		}
		h, mi = hh, mm
	} else if n, l, ok := tg.digitsOf(i); ok && l <= 2 && n >= 1 && n <= 12 && tg.seq(j, "in", "the") && dayHalf[tg.w(j+2)] != 0 && hourPreps[tg.w(i-1)] {
		// "at 4 in the morning", "until 8 in the evening"
		h = n
		if dayHalf[tg.w(j+2)] > 0 && h < 12 {
			h += 12
		}
		if dayHalf[tg.w(j+2)] < 0 && h == 12 {
			h = 0
		}
		return tg.clockDay(i, j+3, h, 0)
	} else if n, l, ok := tg.digitsOf(i); ok && l <= 2 && n >= 1 && n <= 12 {
		h = n
	} else if ok && l == 4 && n%100 < 60 && n/100 <= 24 && tg.zone(j) > 0 {
		h, mi = n/100, n%100
	} else {
		return found{}, false
	}
	mer := tg.w(j)
	if mer == "." && j < len(tg.toks) {
		mer = ""
	}
	pm := false
	switch mer {
	case "a.m.", "a.m", "am":
		j++
	case "p.m.", "p.m", "pm":
		pm = true
		j++
	default:
		if !strings.Contains(s, ":") && tg.zone(j) == 0 || sep == "." {
			return found{}, false
		}
	}
	if mer != "" && (mer == "a.m" || mer == "p.m") && tg.glue(j, ".") {
		j++
	}
	if pm && h < 12 {
		h += 12
	} else if !pm && (mer == "a.m." || mer == "a.m" || mer == "am") && h == 12 {
		h = 0
	}
	if off, e, ok := tg.offset(j); ok {
		// "6:40 p.m. (GMT+8)": the same instant in UTC
		f, ok := tg.clockDay(i, e, h, mi)
		if t, err := time.Parse("2006-01-02T15:04", f.value); err == nil {
			f.value = t.Add(-time.Duration(off)*time.Minute).Format("2006-01-02T15:04") + "Z"
		}
		return f, ok
	}
	utc := false
	if z := tg.zone(j); z > 0 {
		utc = z == 1 && (tg.w(j) == "gmt" || tg.w(j) == "utc" || tg.w(j) == "z")
		j += z
	}
	f, ok := tg.clockDay(i, j, h, mi)
	if utc && f.value != "" {
		f.value += "Z" // ISO 8601's mark for UTC
	}
	return f, ok
}

// clockDay attaches a following day to a clock time ("4 a.m. Thursday"),
// else takes the day named later in the sentence ("at 6 a.m. (0400 GMT)
// on Jan. 29"), else the anchor's day.
func (tg *tagger) clockDay(i, j, h, mi int) (found, bool) {
	f, src, ok := tg.clockDayOf(i, j, h, mi)
	if !ok || len(f.value) < 16 {
		return f, ok
	}
	// "between 10 p.m. and 2 a.m.": a span over midnight. Its end is the
	// day after a day named for it; with none, a span told in the past
	// ended by the report's day, and its start is the evening before,
	// while one ahead ("the curfew will run from 22:00 to 05:00") ends
	// the day after.
	if tg.crossAt == i {
		tg.crossAt = -1
		if src != srcNext {
			// the day after the span's start, whichever day this time
			// would take alone ("early Saturday ... between 10 p.m. and 2
			// a.m." began on Friday)
			f.value = shiftDay(tg.crossFrom+f.value[10:], 1)
		}
		return f, ok
	}
	if k, h2, ok2 := tg.clockJoined(j); ok2 && h2 < h && h >= 18 && h2 < 12 {
		if src == srcAnchor && tg.tense(i) != 1 {
			f.value = shiftDay(f.value, -1)
		} else {
			tg.crossAt, tg.crossFrom = k, f.value[:10]
		}
	}
	return f, ok
}

// Where clockDayOf found a clock time's day.
const (
	srcAnchor = iota // the anchor, no day named
	srcNext          // the day next to it ("4 a.m. Thursday")
	srcNamed         // a day named elsewhere in its sentence
)

// shiftDay moves the day of a value "2006-01-02T15:04..." by n days.
func shiftDay(v string, n int) string {
	d, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return v
	}
	return d.AddDate(0, 0, n).Format("2006-01-02") + v[10:]
}

// clockJoined reads, from token j after a clock time, "and", "to",
// "until" or a dash and a second clock time ("and 2 a.m.", "to 04:00"):
// its first token and its hour on the 24-hour clock.
func (tg *tagger) clockJoined(j int) (int, int, bool) {
	switch tg.w(j) {
	case "and", "to", "until", "till", "-", "–":
	default:
		return 0, 0, false
	}
	k := j + 1
	t := tg.tk(k)
	if t.kind != text.Number {
		return 0, 0, false
	}
	hs, _, colon := strings.Cut(t.s, ":")
	h, err := strconv.Atoi(hs)
	if err != nil || h > 23 {
		return 0, 0, false
	}
	switch strings.TrimSuffix(tg.w(k+1), ".") {
	case "a.m", "am":
		if h == 12 {
			h = 0
		}
	case "p.m", "pm":
		if h < 12 {
			h += 12
		}
	default:
		if !colon {
			return 0, 0, false
		}
	}
	return k, h, true
}

// clockDayOf is clockDay's day for the clock time, and where it came
// from (srcAnchor, srcNext, srcNamed).
func (tg *tagger) clockDayOf(i, j, h, mi int) (found, int, bool) {
	if h == 24 && tg.w(i-1) == "since" {
		h = 0 // "the third alert since midnight": the midnight that began the day
	}
	hm := fmt.Sprintf("T%02d:%02d", h, mi)
	k := j
	if tg.w(k) == "on" || tg.w(k) == "," {
		k++
	}
	if f, ok := tg.core(k); ok && !f.day.IsZero() && f.kind == Date {
		f.i, f.kind, f.value = i, Time, fmtDay(f.day)+hm
		return f, srcNext, true
	}
	f := found{i: i, j: j, kind: Time}
	// a day named earlier in the sentence: "on Tuesday at 18:00"
	if !tg.sentDay.IsZero() {
		f.value = fmtDay(tg.sentDay) + hm
		return f, srcNamed, true
	}
	// "10:40 GMT: The minister will travel on Sunday": a live post's
	// stamp, of the day the page is dated, not of the day its post names
	stamp := i == 0 && (tg.w(j) == ":" || tg.w(j) == "-" || tg.w(j) == "—" || tg.w(j) == "–")
	if stamp {
		tg.stampPara = tg.para
	}
	for k := j; k < len(tg.toks) && k < j+10 && !stamp; k++ {
		if g, ok := tg.core(k); ok && !g.day.IsZero() && g.kind == Date {
			f.value = fmtDay(g.day) + hm
			return f, srcNamed, true
		}
	}
	if d, ok := tg.storyClock(i, h, stamp); ok {
		f.value, f.told = fmtDay(d)+hm, true
		return f, srcNamed, true
	}
	if tg.hasAnchor {
		f.value = fmtDay(tg.anchor) + hm
	}
	return f, srcAnchor, true
}

// storyClock is the day a clock time at token i, at hour h, with no day in
// its sentence is told of: the story's day (evDay), as in "The quake hit
// at 11:47 p.m." after "struck shortly before midnight on Sunday". Not
// on a live page, whose posts are of the page's day, nor when the
// sentence looks the other way from that day (the story's Sunday past,
// "polls will close at 8 pm" ahead). Early hours after a day named late
// ("late on Monday ... just before 7:30 a.m.") are of the day after, and
// evening hours after one named early ("early Saturday ... at 10 p.m.")
// of the day before.
func (tg *tagger) storyClock(i, h int, stamp bool) (time.Time, bool) {
	if stamp || tg.stampPara >= 0 || tg.evDay.IsZero() || !tg.hasAnchor {
		return time.Time{}, false
	}
	ahead := tg.tense(i) == 1
	if ahead != tg.evDay.After(tg.anchor) {
		return time.Time{}, false
	}
	d := tg.evDay
	switch {
	case tg.evPart > 0 && h < 12:
		d = d.AddDate(0, 0, 1)
	case tg.evPart < 0 && h >= 18:
		d = d.AddDate(0, 0, -1)
	}
	if h < 12 && tg.toldHour >= 17 && tg.toldDay.Equal(d) {
		// "Voting ran from 8 a.m. to 5 p.m. ... counted by 3 a.m.": the
		// story's clock has gone past midnight
		d = d.AddDate(0, 0, 1)
	}
	return d, true
}

// dayHalf tells a clock hour's half of the day from the part named after
// it: -1 before noon, +1 after.
var dayHalf = map[string]int{"morning": -1, "afternoon": 1, "evening": 1}

// hourPreps stand before a bare hour ("at 4 in the morning"), which is
// otherwise a count ("took 4 in the morning session").
var hourPreps = set("at", "by", "around", "about", "until", "till", "before", "after", "from", "since", "to")

// offset reads a zone written as an offset from UTC after a clock time
// ("GMT+8", "UTC -05:00", "(GMT +5:30)"): the offset in minutes and the
// token after it.
func (tg *tagger) offset(j int) (int, int, bool) {
	k := j
	paren := tg.w(k) == "("
	if paren {
		k++
	}
	if w := tg.w(k); w != "gmt" && w != "utc" {
		return 0, 0, false
	}
	k++
	sign := 0
	switch tg.w(k) {
	case "+":
		sign = 1
	case "-", "−":
		sign = -1
	default:
		return 0, 0, false
	}
	k++
	s := tg.tk(k).s
	hh, mm := s, ""
	if a, b, ok := strings.Cut(s, ":"); ok {
		hh, mm = a, b
	} else if len(s) == 4 {
		hh, mm = s[:2], s[2:]
	}
	h, err := strconv.Atoi(hh)
	if err != nil || h > 14 || len(hh) > 2 {
		return 0, 0, false
	}
	m := 0
	if mm != "" {
		if m, err = strconv.Atoi(mm); err != nil || m > 59 || len(mm) != 2 {
			return 0, 0, false
		}
	}
	k++
	if paren {
		if tg.w(k) != ")" {
			return 0, 0, false
		}
		k++
	}
	return sign * (h*60 + m), k, true
}

// zone reads a time zone after a clock time ("GMT", "local time",
// "EDT") and returns how many tokens it took.
func (tg *tagger) zone(k int) int {
	switch tg.w(k) {
	case "gmt", "utc", "edt", "est", "cdt", "cst", "pdt", "pst", "et", "bst", "cet", "cest", "ist", "msk", "jst", "z":
		if tg.tk(k).upper {
			return 1
		}
	case "local":
		if tg.w(k+1) == "time" {
			return 2
		}
	}
	return 0
}
