package number

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/extract/quantity/table"
)

//go:embed words.txt
var wordsData string

type class uint8

const (
	none   class = iota
	digit        // one .. nine
	teen         // ten .. nineteen
	tens         // twenty .. ninety
	scale        // hundred, thousand, million ...
	suffix       // "m", "bn", "k" glued to digits
	dozen        // "a dozen", "a score"
	couple       // "a couple of"
)

type entry struct {
	v float64
	c class
}

var lexicon = load(wordsData)

func load(data string) map[string]entry {
	classes := map[string]class{"digit": digit, "teen": teen, "tens": tens, "scale": scale,
		"suffix": suffix, "dozen": dozen, "couple": couple}
	m := map[string]entry{}
	for _, f := range table.Rows(data, 3) {
		if v, err := strconv.ParseFloat(f[1], 64); err == nil {
			m[f[0]] = entry{v, classes[f[2]]}
		}
	}
	return m
}

// Digits reads a number written in digits with optional thousands commas
// and a decimal point ("1,200", "2.5", "67806").
func Digits(s string) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	if strings.ContainsAny(s, "/:") {
		return 0, false
	}
	if strings.Contains(s, ",") {
		// thousands groups must have three digits: "1,200" but not "3,4"
		parts := strings.Split(strings.SplitN(s, ".", 2)[0], ",")
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// Word reads one number word, hyphenated compounds included
// ("seven", "twenty-five", "forty-two"); scale words alone are not numbers.
func Word(w string) (float64, bool) {
	if e, ok := lexicon[w]; ok && (e.c == digit || e.c == teen || e.c == tens) {
		return e.v, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		a, okA := lexicon[w[:i]]
		b, okB := lexicon[w[i+1:]]
		if okA && okB && a.c == tens && b.c == digit && b.v > 0 {
			return a.v + b.v, true
		}
	}
	return 0, false
}

// IsScale reports whether w multiplies a number ("million", "bn").
func IsScale(w string) bool {
	e, ok := lexicon[w]
	return ok && (e.c == scale || e.c == suffix)
}

// Parse reads the longest cardinal number at the start of toks (lower-cased
// tokens, punctuation as its own tokens) and returns its value and the
// number of tokens it took; n is 0 when toks does not start with a number.
// "a dozen", "a hundred" and "a million" count, "a" alone does not.
func Parse(toks []string) (v float64, n int) {
	if len(toks) == 0 {
		return 0, 0
	}
	i := 0
	var total, cur float64
	seen := false
	if x, ok := Digits(toks[0]); ok {
		cur, seen, i = x, true, 1
		// "5 1/2"
		if i < len(toks) {
			if f, ok := fraction(toks[i]); ok && x == float64(int(x)) {
				cur += f
				i++
			}
		}
		// "1.5 million", "$15bn" (the suffix is split off as its own word)
		for i < len(toks) && IsScale(toks[i]) {
			cur *= lexicon[toks[i]].v
			i++
		}
		if i < len(toks) && toks[i] == "dozen" {
			cur *= 12 // "3 dozen"
			i++
		}
		return cur, i
	}
	if toks[0] == "a" || toks[0] == "an" {
		if len(toks) > 1 {
			if e, ok := lexicon[toks[1]]; ok {
				switch e.c {
				case dozen, couple:
					return e.v, 2
				case scale:
					if toks[1] == "hundred" || toks[1] == "thousand" || toks[1] == "million" || toks[1] == "billion" || toks[1] == "trillion" {
						cur, seen, i = e.v, true, 2
					}
				}
			}
		}
		if !seen {
			return 0, 0
		}
	}
	for i < len(toks) {
		w := toks[i]
		if x, ok := Word(w); ok {
			if seen && !(cur == 0 || int64(cur)%100 == 0 && x < 100 || wasTens(toks, i) && x < 10) {
				break // "two three" and "nineteen ninety" are not one number
			}
			cur += x
			seen = true
			i++
			continue
		}
		if w == "dozen" && seen && cur > 0 && total == 0 {
			cur *= 12 // "two dozen"
			i++
			continue
		}
		if e, ok := lexicon[w]; ok && e.c == scale && seen {
			if cur == 0 {
				cur = 1
			}
			if e.v == 100 {
				cur *= 100
			} else {
				total += cur * e.v
				cur = 0
			}
			i++
			continue
		}
		if w == "and" && seen && i+1 < len(toks) {
			if _, ok := Word(toks[i+1]); ok && (cur >= 100 || total > 0) {
				i++
				continue
			}
		}
		break
	}
	if !seen {
		return 0, 0
	}
	// a trailing "and" was never consumed without a number after it
	return total + cur, i
}

func wasTens(toks []string, i int) bool {
	if i == 0 {
		return false
	}
	e, ok := lexicon[toks[i-1]]
	return ok && e.c == tens
}

// fraction reads "1/2", "3/4", "½".
func fraction(s string) (float64, bool) {
	switch s {
	case "½":
		return 0.5, true
	case "¼":
		return 0.25, true
	case "¾":
		return 0.75, true
	}
	a, b, ok := strings.Cut(s, "/")
	if !ok {
		return 0, false
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || y == 0 || x >= y || y > 10 {
		return 0, false
	}
	return float64(x) / float64(y), true
}

// Ordinal reads "first" .. "twentieth", "1st", "23rd".
func Ordinal(w string) (int, bool) {
	if v, ok := ordinals[w]; ok {
		return v, true
	}
	n := len(w)
	if n >= 3 {
		suf := w[n-2:]
		// Atoi only for what could be digits: its errors allocate, and
		// most words in -st, -nd, -rd, -th are no ordinals
		if c := w[0]; (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") && ('0' <= c && c <= '9' || c == '+' || c == '-') {
			if v, err := strconv.Atoi(w[:n-2]); err == nil && v > 0 {
				return v, true
			}
		}
	}
	return 0, false
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "twenty-first": 21, "twenty-second": 22,
	"twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
	"twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirty-first": 31,
}
