package clean

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A date found in a line: the calendar day, where it lies, and whether a
// weekday named with it agrees with it.
type dateHit struct {
	y, m, d    int
	start, end int  // byte offsets into the line
	weekday    bool // a weekday name stood next to the date and matches it
}

func (h dateHit) iso() string { return fmt.Sprintf("%04d-%02d-%02d", h.y, h.m, h.d) }

func (h dateHit) time() time.Time { return time.Date(h.y, time.Month(h.m), h.d, 0, 0, 0, 0, time.UTC) }

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday, "monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday,
	"wednesday": time.Wednesday, "wed": time.Wednesday, "thursday": time.Thursday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday, "saturday": time.Saturday, "sat": time.Saturday,
}

// token is a run of letters or of digits in a line; punctuation and space
// between tokens is kept in sep (what precedes the token).
type token struct {
	s          string
	start, end int
	digit      bool
	sep        string
}

func tokens(s string) []token {
	var out []token
	prev := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		isL, isD := unicode.IsLetter(r), r >= '0' && r <= '9'
		if !isL && !isD {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if (isD && !(r2 >= '0' && r2 <= '9')) || (isL && !unicode.IsLetter(r2)) {
				break
			}
			j += n2
		}
		if isL && len(out) > 0 && out[len(out)-1].digit && out[len(out)-1].end == i && ordinalSuffix[strings.ToLower(s[i:j])] {
			prev, i = j, j // "Oct 14th, 2025": the day's suffix is no token
			continue
		}
		out = append(out, token{s: s[i:j], start: i, end: j, digit: isD, sep: s[prev:i]})
		prev = j
		i = j
	}
	return out
}

var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// num returns a token's value if it is a number of 1 to 4 digits.
func (t token) num() (int, bool) {
	if !t.digit || len(t.s) > 4 {
		return 0, false
	}
	n := 0
	for _, c := range t.s {
		n = n*10 + int(c-'0')
	}
	return n, true
}

func monthOf(t token) int {
	if t.digit {
		return 0
	}
	return months[strings.ToLower(t.s)]
}

// validDay builds the hit if y-m-d is a real calendar day in a plausible
// range for news.
func validDay(y, m, d int) bool {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// findDates returns every full calendar date (day, month and year) in s:
// "May 4, 2025", "Sept. 14, 2023", "12 May 2023", "Thu 9 Nov 2023",
// "2025-07-28", "2023-12-07T10:30:00Z", "03/15/1999", "15.03.1999". A
// weekday just before the date ("Friday, August 8, 2025") is checked.
func findDates(s string) []dateHit {
	ts := tokens(s)
	var out []dateHit
	for i := 0; i < len(ts); i++ {
		h, n, ok := dateAt(ts, i)
		if !ok {
			continue
		}
		if i > 0 && !ts[i-1].digit {
			if wd, isWd := weekdays[strings.ToLower(ts[i-1].s)]; isWd && onlyPunct(ts[i].sep) {
				if h.time().Weekday() == wd {
					h.weekday = true
				}
				h.start = ts[i-1].start
			}
		}
		out = append(out, h)
		i += n - 1
	}
	return out
}

// onlyPunct reports whether sep holds only spaces, commas and dots (what
// may stand between a weekday and its date).
func onlyPunct(sep string) bool {
	return strings.Trim(sep, " ,.\u00a0") == ""
}

// dateAt tries to read a date starting at token i; n is the tokens used.
func dateAt(ts []token, i int) (h dateHit, n int, ok bool) {
	at := func(k int) (token, bool) {
		if k < len(ts) {
			return ts[k], true
		}
		return token{}, false
	}
	t0 := ts[i]
	// Month Day, Year
	if m := monthOf(t0); m > 0 {
		t1, ok1 := at(i + 1)
		t2, ok2 := at(i + 2)
		if ok1 && ok2 && shortSep(t1.sep) && yearSep(t2.sep) {
			d, okd := t1.num()
			y, oky := t2.num()
			if okd && oky && len(t2.s) == 4 && validDay(y, m, d) {
				return dateHit{y: y, m: m, d: d, start: t0.start, end: t2.end}, 3, true
			}
		}
		return h, 0, false
	}
	d, okd := t0.num()
	if !okd {
		return h, 0, false
	}
	t1, ok1 := at(i + 1)
	t2, ok2 := at(i + 2)
	if !ok1 || !ok2 {
		return h, 0, false
	}
	// Day Month Year
	if m := monthOf(t1); m > 0 && shortSep(t1.sep) && yearSep(t2.sep) {
		y, oky := t2.num()
		if oky && len(t2.s) == 4 && validDay(y, m, d) {
			return dateHit{y: y, m: m, d: d, start: t0.start, end: t2.end}, 3, true
		}
		return h, 0, false
	}
	// numeric forms share one separator: 2025-07-28, 03/15/1999, 15.03.1999
	b, okb := t1.num()
	c, okc := t2.num()
	if !okb || !okc || t1.sep != t2.sep || len(t1.sep) != 1 || !strings.Contains("-/.", t1.sep) {
		return h, 0, false
	}
	switch {
	case len(t0.s) == 4 && t1.sep == "-" && len(t1.s) == 2 && len(t2.s) == 2:
		if validDay(d, b, c) {
			return dateHit{y: d, m: b, d: c, start: t0.start, end: t2.end}, 3, true
		}
	case len(t2.s) == 4 && len(t0.s) <= 2 && len(t1.s) <= 2:
		// Day first where the first number cannot be a month, else the
		// US order month/day/year; a dot means day.month.year.
		day, mon := b, d
		if d > 12 || t1.sep == "." {
			day, mon = d, b
		}
		if validDay(c, mon, day) {
			return dateHit{y: c, m: mon, d: day, start: t0.start, end: t2.end}, 3, true
		}
	}
	return h, 0, false
}

// shortSep accepts what may stand between month and day: a space, an
// abbreviation dot.
func shortSep(sep string) bool {
	return len(sep) <= 3 && strings.Trim(sep, " .\u00a0") == ""
}

// yearSep accepts what may stand before the year: space or a comma.
func yearSep(sep string) bool {
	return len(sep) <= 3 && strings.Trim(sep, " ,.\u00a0") == ""
}

// weekdayNamed returns the weekday named as a whole word in s.
func weekdayNamed(s string, wd time.Weekday) bool {
	for _, t := range tokens(s) {
		if w, ok := weekdays[strings.ToLower(t.s)]; ok && w == wd && len(t.s) > 3 {
			return true
		}
	}
	return false
}
