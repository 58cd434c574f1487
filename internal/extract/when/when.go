package when

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract/quantity/number"
	"github.com/parley-news/parley/internal/text"
)

// Kinds of time expression.
const (
	Date     = "date"
	Time     = "time"
	Duration = "duration"
	Set      = "set"
	Vague    = "vague"
)

// Extract fills a.Times with every time expression of the text, resolved
// against a.Published.
func Extract(d *text.Doc, a *article.Article) {
	var anchor *time.Time
	if a.Published != nil {
		if t, err := time.Parse("2006-01-02", *a.Published); err == nil {
			anchor = &t
		}
	}
	if anchor == nil {
		// no publication date: year-less dates are placed against the
		// story's own latest date, deictic ones stay null
		if s, ok := storyDate(d, a.Captions); ok {
			a.Times = find(d, nil, &s)
			return
		}
	}
	a.Times = Find(d, anchor)
}

// Find tags the time expressions of a segmented text; anchor is the
// publication date, or nil when unknown.
func Find(d *text.Doc, anchor *time.Time) []article.Time {
	return find(d, anchor, nil)
}

// storyDate is the latest full date (year, month and day) that the text
// or its captions give outside a sentence about the future, which places
// the story in time when it carries no publication date ("FILE PHOTO ...
// May 4, 2025"); a day still ahead ("the vote is set for Jan. 9, 2027")
// would pull year-less dates forward.
func storyDate(d *text.Doc, captions []string) (time.Time, bool) {
	var latest time.Time
	scan := func(d *text.Doc) {
		newTagger(d, nil, nil).each(d, func(tg *tagger, f found, _ article.Time) {
			if (f.kind == Date || f.kind == Time) && !f.day.IsZero() && f.day.After(latest) && tg.tense(f.i) != 1 && !tg.background(f) {
				latest = f.day
			}
		})
	}
	scan(d)
	for _, c := range captions {
		scan(text.Parse(c))
	}
	return latest, !latest.IsZero()
}

// background reports whether a full date names an earlier event rather
// than the story's day: one that qualifies a noun ("the March 23, 2009
// peace accord", "the February 1, 2021 coup") or that something has gone
// on since ("held since May 2, 2021"). Such a date may lie years back.
func (tg *tagger) background(f found) bool {
	before := tg.w(f.i - 1)
	if before == "since" {
		return true
	}
	if before != "the" && !tg.tk(f.i-1).poss {
		return false
	}
	n := tg.tk(f.j)
	return n.kind == text.Word && !n.upper && !dateFollowers[n.l]
}

// dateFollowers may follow a date without being a noun it qualifies.
var dateFollowers = set("and", "or", "to", "until", "till", "through", "when", "after", "before", "at", "in", "on",
	"as", "while", "but", "by", "for", "from", "that", "which", "is", "was", "will", "with")

// find is Find with story, the date year-less absolute dates are placed
// against when anchor is nil (nil for none).
func find(d *text.Doc, anchor, story *time.Time) []article.Time {
	out := []article.Time{}
	newTagger(d, anchor, story).each(d, func(_ *tagger, _ found, t article.Time) {
		out = append(out, t)
	})
	return out
}

func newTagger(d *text.Doc, anchor, story *time.Time) *tagger {
	tg := &tagger{text: d.Text, refQuarter: -1, doneQuarter: -1, firstQuarter: -1, paraQuarter: -1, para: -1, stampPara: -1, crossAt: -1}
	if anchor != nil {
		tg.anchor, tg.hasAnchor = *anchor, true
	} else if story != nil {
		tg.story, tg.hasStory = *story, true
	}
	return tg
}

// each tags the text sentence by sentence and hands each expression to
// visit, while its sentence is still loaded.
func (tg *tagger) each(d *text.Doc, visit func(*tagger, found, article.Time)) {
	for _, s := range d.Sentences {
		tg.load(d, s)
		for i := 0; i < len(tg.toks); {
			f, ok := tg.at(i)
			if !ok {
				f, ok = tg.pairedDay(i)
			}
			if !ok {
				f, ok = tg.countRange(i)
			}
			if !ok || f.j <= i {
				i++
				continue
			}
			start, end := tg.tk(f.i).start, tg.tk(f.j-1).end
			if start < 0 || end > len(d.Text) || start >= end {
				i = f.j
				continue
			}
			t := article.Time{Text: d.Text[start:end], Value: article.Str(f.value), Kind: f.kind, Start: start, End: end}
			if strings.HasSuffix(f.value, "_REF") {
				// not a calendar value: the contract's value is ISO 8601 or
				// null, and TimeML's reference goes to Ref
				t.Value, t.Ref = nil, article.Str(f.value)
			}
			visit(tg, f, t)
			tg.remember(f)
			i = f.j
			// "September 10 and 11": the second day shares the month
			if g, ok := tg.trailingDay(f); ok {
				start, end := tg.tk(g.i).start, tg.tk(g.i).end
				visit(tg, g, article.Time{Text: d.Text[start:end], Value: article.Str(g.value), Kind: Date, Start: start, End: end})
				i = g.j
			}
		}
	}
}

// dayJoiners join two days of one month: "3 and 4 September", "from 2 to
// 5 November", "September 10 and 11".
var dayJoiners = set("and", "or", "to", "-", "–", "through")

// plainDay reads token k as a day of the month in figures, 1 to 31.
func (tg *tagger) plainDay(k int) (int, bool) {
	d, l, ok := tg.digitsOf(k)
	return d, ok && l <= 2 && d >= 1 && d <= 31
}

// pairedDay reads a day written before a second day and its month: the
// "3" of "on 3 and 4 September", which takes that date's month and year.
func (tg *tagger) pairedDay(i int) (found, bool) {
	d, ok := tg.plainDay(i)
	if !ok || !dayJoiners[tg.w(i+1)] || i > 0 && tg.tk(i-1).kind == text.Number {
		return found{}, false
	}
	if _, ok := tg.plainDay(i + 2); !ok {
		return found{}, false
	}
	f, ok := tg.at(i + 2)
	if !ok || f.i != i+2 || f.kind != Date {
		return found{}, false
	}
	if last, _ := tg.plainDay(i + 2); f.value == "" && d < last {
		return found{i: i, j: i + 1, kind: Date}, true // no known year
	}
	if v, ok := withDay(f.value, d); ok && d < dayOf(f.value) {
		g := found{i: i, j: i + 1, kind: Date, value: v}
		if !f.day.IsZero() {
			g.day = f.day.AddDate(0, 0, d-f.day.Day())
		}
		return g, true
	}
	return found{}, false
}

// countRange reads a duration given as a range of counts, "two to three
// weeks", "18 to 24 months", "10-15 days", "four or five days": one
// expression, as TimeML marks it, valued at its lower count.
func (tg *tagger) countRange(i int) (found, bool) {
	if !dayJoiners[tg.w(i+1)] || tg.w(i+1) == "through" || i > 0 && tg.tk(i-1).kind == text.Number {
		return found{}, false
	}
	lo, n := number.Parse([]string{tg.w(i)})
	if n != 1 || lo != math.Trunc(lo) || lo < 0 {
		return found{}, false
	}
	f, ok := tg.at(i + 2)
	if !ok || f.i != i+2 || f.kind != Duration {
		return found{}, false
	}
	hi, n := number.Parse([]string{tg.w(i + 2)})
	k := strings.IndexAny(f.value, "0123456789")
	e := strings.LastIndexAny(f.value, "0123456789")
	if n != 1 || hi <= lo || k < 0 || f.value[k:e+1] != strconv.Itoa(int(hi)) {
		return found{}, false
	}
	f.i, f.value = i, f.value[:k]+strconv.Itoa(int(lo))+f.value[e+1:]
	return f, true
}

// trailingDay reads a day written after a date that ends in its day: the
// "11" of "September 10 and 11", when nothing counted follows it.
func (tg *tagger) trailingDay(f found) (found, bool) {
	if f.kind != Date || tg.tk(f.j-1).kind != text.Number || !dayJoiners[tg.w(f.j)] {
		return found{}, false
	}
	if _, ok := tg.plainDay(f.j - 1); !ok {
		return found{}, false
	}
	d, ok := tg.plainDay(f.j + 1)
	if n := tg.tk(f.j + 2); !ok || f.j+2 < len(tg.toks) && n.kind != text.Punct && !dateFollowers[n.l] {
		return found{}, false
	}
	if first, _ := tg.plainDay(f.j - 1); f.value == "" && d > first {
		// "Oct. 3-5" in a story of no known year: the second day is a
		// date too, of a year no more known than the first's
		return found{i: f.j + 1, j: f.j + 2, kind: Date}, true
	}
	if v, ok := withDay(f.value, d); ok && d > dayOf(f.value) {
		g := found{i: f.j + 1, j: f.j + 2, kind: Date, value: v}
		if !f.day.IsZero() {
			g.day = f.day.AddDate(0, 0, d-f.day.Day())
		}
		return g, true
	}
	return found{}, false
}

// withDay puts day d into a full date's value ("2024-09-04", "XXXX-09-04").
func withDay(v string, d int) (string, bool) {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return "", false
	}
	return v[:8] + string(rune('0'+d/10)) + string(rune('0'+d%10)), true
}

// dayOf reads the day of a full date's value; 0 when it has none.
func dayOf(v string) int {
	if len(v) != 10 {
		return 0
	}
	d, err := strconv.Atoi(v[8:])
	if err != nil {
		return 0
	}
	return d
}

// tok is one token of the sentence being tagged.
type tok struct {
	s, l       string // text, lower-cased
	start, end int
	kind       text.Kind
	glued      bool // no space between it and the token before
	upper      bool // starts with a capital letter
	poss       bool // had a possessive "'s", now cut off
}

// found is one expression: tokens [i, j), its kind and value ("" for
// null), and the day it names, if it names one, for later relative ones.
type found struct {
	i, j  int
	kind  string
	value string
	day   time.Time
	// ago marks a date counted back from now ("four years ago"), which
	// may take an approximator like a duration.
	ago bool
	// adj marks a duration used as an adjective ("60-day"), which takes no
	// determiner into its span.
	adj bool
	// told marks a clock time placed on the story's day (storyClock)
	told bool
}

type tagger struct {
	text      string
	toks      []tok
	ls        []string // the lower-case words of toks
	anchor    time.Time
	hasAnchor bool
	// story is the latest full date the story gives, used in place of
	// the anchor for year-less absolute dates only, when there is none
	story    time.Time
	hasStory bool
	ref      time.Time // the last day the text named
	refPara  int       // the paragraph that named it
	// stampPara is the last paragraph opened by a live post's clock stamp
	// ("08:00 GMT: Overnight, ..."), -1 if none
	stampPara int
	// crossAt is the first token of a clock time that ends a span over
	// midnight begun on a day named ("on Friday between 10 p.m. and 2
	// a.m."), -1 if none: it is of the day after
	crossAt int
	// crossFrom is the day (2006-01-02) that span began on
	crossFrom string
	// dayOrder is 1 when the story writes dates day first, -1 when not,
	// 0 until a slash date needs it
	dayOrder int
	hasRef   bool
	// refYear and refMonth are the last year and month the text named
	// (0 if none), for "that year" and "the following month".
	refYear, refMonth int
	// refIsMonth: the last date named was a month ("in March"), so "a
	// year earlier" is that month a year before
	refIsMonth bool
	// refQuarter is the last quarter named (year*4 + quarter-1), or -1:
	// "a year earlier" in a story about quarterly results is that quarter
	// a year before.
	refQuarter int
	// doneQuarter is the latest quarter named that had ended by the
	// anchor, or -1: "the latest quarter" when the story has named an
	// older one since.
	doneQuarter int
	// start is the first token of the expression being read: the words
	// before it ("until") govern a day inside it ("9 a.m. Tuesday").
	start int
	// lastDay is the last day of a month named in the sentence and dayEnd
	// the token after it (-1 if none): "April 24 and 25".
	lastDay time.Time
	dayEnd  int
	// sentDay is the last day named in the sentence being tagged.
	sentDay time.Time
	// evDay is the last day within a week of the anchor that the story
	// named for what happened, not for a report of it ("police said on
	// Saturday"): the day a clock time with no day of its own is told
	// of. evPart is -1 when it was named as a day's early hours ("early
	// Saturday"), +1 as its late ones ("late on Monday", "Sunday night",
	// "before midnight on Sunday"), else 0.
	evDay  time.Time
	evPart int
	// toldDay and toldHour are the day and hour of the last clock time
	// placed on the story's day: a morning hour after an evening one is
	// of the day after
	toldDay  time.Time
	toldHour int
	// firstQuarter is the first quarter the story named, the one its lead
	// reports, and paraQuarter the last one named in the paragraph being
	// tagged, para (-1 if none): the quarter "a year earlier" is set
	// against.
	firstQuarter, paraQuarter, para int
}

// load reads the tokens of sentence sen; lower-case forms come from the
// Doc's cache, shared with the other stages.
func (tg *tagger) load(d *text.Doc, sen text.Sentence) {
	tg.toks = tg.toks[:0]
	tg.ls = tg.ls[:0]
	tg.sentDay = time.Time{}
	tg.lastDay, tg.dayEnd = time.Time{}, -1
	if sen.Para != tg.para {
		tg.para, tg.paraQuarter = sen.Para, -1
	}
	ts := sen.Tokens
	for k, t := range ts {
		if t.Start < 0 || t.End > len(tg.text) || t.Start > t.End {
			continue
		}
		s := tg.text[t.Start:t.End]
		end := t.End
		poss := false
		// "Friday's", "last month's": the possessive stays outside
		for _, suf := range []string{"'s", "’s"} {
			if t.Kind == text.Word && len(s) > len(suf)+1 && strings.HasSuffix(s, suf) {
				s, end, poss = s[:len(s)-len(suf)], end-len(suf), true
			}
		}
		r, _ := utf8.DecodeRuneInString(s)
		var l string
		if poss {
			l = text.Lower(s)
		} else {
			l = d.Lower(sen.First + k)
		}
		tg.toks = append(tg.toks, tok{s: s, l: l, start: t.Start, end: end,
			kind: t.Kind, glued: k > 0 && ts[k-1].End == t.Start, upper: unicode.IsUpper(r), poss: poss})
		tg.ls = append(tg.ls, l)
	}
}

// w returns the lower-cased token i, or "" past the end.
func (tg *tagger) w(i int) string {
	if i < 0 || i >= len(tg.toks) {
		return ""
	}
	return tg.toks[i].l // not via tk: no copy of the whole token
}

// seq reports whether the tokens from i spell ws.
func (tg *tagger) seq(i int, ws ...string) bool {
	for k, w := range ws {
		if tg.w(i+k) != w {
			return false
		}
	}
	return true
}

// at finds the longest expression starting at token i.
func (tg *tagger) at(i int) (found, bool) {
	if !tg.trigger(i) {
		return found{}, false
	}
	tg.start = i
	best, ok := found{}, false
	try := func(f found, good bool) {
		if good && f.j > f.i && (!ok || f.j > best.j) {
			best, ok = f, true
		}
	}
	try(tg.modified(i))
	try(tg.core(i))
	return best, ok
}

// modified reads a modifier ("early", "mid-", "the end of", "more than")
// followed by a core expression it may open.
func (tg *tagger) modified(i int) (found, bool) {
	// parts of a period keep the period's value: "early March", "mid-2024",
	// "late last year", "the end of November"
	opens := modFirst[tg.w(i)] // whether any run opens with this word
	for _, m := range periodParts {
		if !opens {
			break
		}
		if !tg.seq(i, m...) {
			continue
		}
		k := i + len(m)
		if tg.w(k) == "-" && tg.tk(k).glued {
			k++
		}
		if tg.w(k) == "on" && (m[0] == "early" || m[0] == "late" || m[0] == "earlier" || m[0] == "later") {
			continue // "late on Thursday": the modifier stays outside
		}
		f, ok := tg.core(k)
		if !ok || f.kind != Date && f.kind != Time {
			continue
		}
		if (m[0] == "earlier" || m[0] == "later") && !tg.dayLike(k) {
			continue
		}
		if len(m) > 1 && m[1] == "week" {
			if f.day.IsZero() {
				continue
			}
			f.value = fmtWeek(f.day) // "the week of March 6"
		}
		// "the first half of 1989" is 1989-H1
		if len(m) == 4 && m[2] == "half" && len(f.value) == 4 {
			f.value += map[string]string{"first": "-H1", "second": "-H2", "last": "-H2", "latter": "-H2"}[m[1]]
		}
		f.i = i
		return f, true
	}
	// "the day before last Tuesday", "the day after Christmas"
	if tg.seq(i, "the", "day") && (tg.w(i+2) == "before" || tg.w(i+2) == "after") {
		if f, ok := tg.dayShift(i, i+2, 1, true, "D"); ok {
			return f, true
		}
		// "and again the day after.": from the last day named
		if n := tg.tk(i + 3); n.kind != text.Word || n.l == "and" || n.l == "but" {
			f := found{i: i, j: i + 3, kind: Date}
			if tg.hasAnchor {
				dir := 1
				if tg.w(i+2) == "before" {
					dir = -1
				}
				f.day = tg.refDay().AddDate(0, 0, dir)
				f.value = fmtDay(f.day)
			}
			return f, true
		}
	}
	// "mid-2024" and "mid-March" as one word token
	if w := tg.w(i); strings.HasPrefix(w, "mid-") {
		if f, ok := tg.core(i); ok {
			return f, true
		}
	}
	for _, m := range approximators {
		if !opens {
			break
		}
		if !tg.seq(i, m...) {
			continue
		}
		if len(m) == 1 && tg.w(i+1) == "the" && m[0] != "the" {
			continue // "over the past decade": a preposition, not "more than"
		}
		if len(m) == 1 && m[0] == "the" && (tg.w(i+1) == "next" || tg.w(i+1) == "following" || tg.w(i+1) == "previous") {
			continue // "the next morning" counts from the day named, in relTo
		}
		f, ok := tg.core(i + len(m))
		if ok && f.kind == Date && !f.ago && dateApprox[m[0]] && len(m) == 1 {
			f.i = i // "around Nov. 1", "sometime next year"
			return f, true
		}
		if !ok || f.kind != Duration && f.kind != Time && !f.ago || f.adj && m[0] == "the" {
			continue
		}
		f.i = i
		return f, true
	}
	return found{}, false
}

// dateApprox are the approximators that may open a date as well as a
// duration ("around Nov. 1"); "about" may not, being a preposition too
// ("talked about Friday's vote").
var dateApprox = set("around", "approximately", "roughly", "circa", "sometime")

// periodParts are the modifiers that name a part of a period; each entry
// is a run of lower-cased words, tried in order.
var periodParts = [][]string{{"early"}, {"late"}, {"mid"}, {"the", "end", "of"}, {"the", "beginning", "of"},
	{"the", "start", "of"}, {"the", "middle", "of"}, {"the", "turn", "of"}, {"end", "of"}, {"beginning", "of"},
	{"earlier"}, {"later"}, {"the", "first", "half", "of"}, {"the", "second", "half", "of"},
	{"the", "last", "half", "of"}, {"the", "latter", "half", "of"}, {"the", "rest", "of"}, {"the", "remainder", "of"}, {"the", "week", "of"},
	{"the", "early"}, {"the", "late"}, {"the", "mid"}}

// modFirst holds the first words of periodParts and approximators, so that
// modified skips most tokens with one lookup.
var modFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range [][][]string{periodParts, approximators} {
		for _, ws := range l {
			m[ws[0]] = true
		}
	}
	return m
}()

// dayLike reports whether the expression at k can take "earlier"/"later":
// a weekday, "this week", "today" and the like.
func (tg *tagger) dayLike(k int) bool {
	w := tg.w(k)
	_, wd := words.weekday[w]
	return wd || w == "this" || w == "that" || w == "today" || w == "yesterday" || w == "tomorrow" || w == "in" || w == "next" || w == "last"
}

// remember keeps the day, month and year an expression names, for the
// relative ones after it.
func (tg *tagger) remember(f found) {
	if f.kind == Date && f.value == "" {
		// "In March ... a year earlier" in a story of no known year: the
		// date named last is of no known year, so nothing counts from it
		tg.refYear, tg.refMonth, tg.hasRef, tg.refIsMonth = 0, 0, false, false
		return
	}
	if f.told && len(f.value) >= 13 {
		if d, err := time.Parse("2006-01-02", f.value[:10]); err == nil {
			tg.toldDay = d
			tg.toldHour, _ = strconv.Atoi(f.value[11:13])
		}
	}
	if !f.day.IsZero() {
		tg.storyDay(f)
		tg.ref, tg.hasRef, tg.refPara = f.day, true, tg.para
		tg.sentDay = f.day
		if f.kind == Date && len(f.value) == 10 {
			tg.lastDay, tg.dayEnd = f.day, f.j
		}
	}
	if f.kind != Date && f.kind != Time || len(f.value) < 4 || f.ago {
		return
	}
	if len(f.value) == 7 && f.value[5] == 'Q' {
		y, err1 := strconv.Atoi(f.value[:4])
		q, err2 := strconv.Atoi(f.value[6:])
		if err1 == nil && err2 == nil {
			tg.refQuarter = y*4 + q - 1
			tg.paraQuarter = tg.refQuarter
			if tg.firstQuarter < 0 {
				tg.firstQuarter = tg.refQuarter
			}
			if tg.hasAnchor && tg.refQuarter < tg.anchor.Year()*4+(int(tg.anchor.Month())-1)/3 {
				tg.doneQuarter = max(tg.doneQuarter, tg.refQuarter)
			}
		}
	}
	y, err := strconv.Atoi(f.value[:4])
	if err != nil {
		return
	}
	tg.refYear, tg.refMonth = y, 0
	tg.refIsMonth = len(f.value) == 7 && f.value[4] == '-' && f.value[5] != 'W' && f.value[5] != 'Q'
	if len(f.value) >= 7 && f.value[4] == '-' && f.value[5] != 'W' && f.value[5] != 'Q' {
		if m, err := strconv.Atoi(f.value[5:7]); err == nil {
			tg.refMonth = m
		}
	}
}

// tk returns token k, or a zero token past either end, so that rules can
// look ahead and behind without bounds checks.
func (tg *tagger) tk(k int) tok {
	if k < 0 || k >= len(tg.toks) {
		return tok{}
	}
	return tg.toks[k]
}

// triggers are the words an expression can start with; the tagger skips
// every other word at once.
var triggers = func() map[string]bool {
	m := set("a", "an", "the", "this", "last", "next", "past", "that", "every", "each", "for", "in",
		"within", "over", "recent", "coming", "these", "noon", "midday", "midnight", "today", "tonight",
		"yesterday", "tomorrow", "current", "previous", "following", "several", "few", "many", "early",
		"late", "mid", "end", "beginning", "earlier", "later", "year-earlier", "year-ago", "fiscal", "financial", "q1",
		"q2", "q3", "q4", "new", "election", "overnight", "right", "most", "pre", "post", "couple",
		"h1", "h2", "fy", "once", "twice")
	for _, ws := range []map[string]string{words.unit, words.tod, words.season, words.set, words.ref, words.holiday} {
		for w := range ws {
			m[w] = true
		}
	}
	for _, ws := range []map[string]int{words.month, words.weekday} {
		for w := range ws {
			m[w] = true
			m[w+"s"] = true // "Fridays"
		}
	}
	for _, a := range approximators {
		m[a[0]] = true
	}
	return m
}()

// trigger reports whether an expression may start at token i: a number,
// a trigger word, a number or ordinal word, or a hyphenated word led by
// one ("two-day", "mid-2024", "third-quarter").
func (tg *tagger) trigger(i int) bool {
	t := tg.tk(i)
	if t.kind != text.Word {
		return t.kind == text.Number
	}
	w := t.l
	if k := strings.IndexByte(w, '-'); k > 0 {
		w = w[:k]
	}
	if triggers[w] || strings.HasPrefix(w, "fy") {
		return true
	}
	if _, ok := number.Word(w); ok {
		return true
	}
	_, ok := number.Ordinal(w)
	return ok
}

// storyDay keeps the day f names as the day the story tells of (evDay),
// when it is a day near the anchor named for an event rather than for
// the report of it ("killed 40 people on Sunday, officials said Monday").
func (tg *tagger) storyDay(f found) {
	if !tg.hasAnchor || f.kind != Date && f.kind != Time || f.kind == Date && len(f.value) != 10 {
		return
	}
	if d := f.day.Sub(tg.anchor).Hours() / 24; d < -7 || d > 7 || tg.reported(f.i) || tg.background(f) {
		return
	}
	tg.evDay, tg.evPart = f.day, 0
	switch {
	case tg.w(f.i) == "early" || tg.w(f.i-1) == "early" || tg.w(f.i-2) == "early" && tg.w(f.i-1) == "on" || strings.HasSuffix(f.value, "TMO"):
		tg.evPart = -1
	case tg.w(f.i) == "late" || tg.w(f.i-1) == "late" || tg.w(f.i-2) == "late" && tg.w(f.i-1) == "on" ||
		strings.HasSuffix(f.value, "TEV") || strings.HasSuffix(f.value, "TNI"):
		tg.evPart = 1
	case len(f.value) >= 13 && f.value[10] == 'T':
		if h, err := strconv.Atoi(f.value[11:13]); err == nil && h >= 18 {
			tg.evPart = 1
		}
	}
}

// reported reports whether the expression at i dates a report rather
// than what it reports: a reporting verb just before it ("said Monday",
// "told reporters on Tuesday").
func (tg *tagger) reported(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := tg.w(k)
		if reportVerbs[w] {
			return true
		}
		if tg.tk(k).kind != text.Word || w == "and" || w == "but" {
			return false
		}
	}
	return false
}

// reportVerbs date a report, not what it tells.
var reportVerbs = set("said", "says", "told", "reported", "announced", "confirmed", "stated", "added", "wrote", "posted", "tweeted")
