package text

import (
	"bufio"
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How an abbreviation's dot behaves (see data/abbreviations.txt).
type abbrevClass uint8

const (
	notAbbrev abbrevClass = iota
	abbrevTitle
	abbrevNumber
	abbrevMonth
	abbrevSuffix
	abbrevInner
)

var (
	//go:embed data/abbreviations.txt
	abbrevData string
	//go:embed data/starters.txt
	startersData string
	//go:embed data/speech.txt
	speechData string

	abbreviations = loadAbbrevs(abbrevData)
	starters      = loadWords(startersData)
	speechVerbs   = loadWords(speechData)
)

func loadAbbrevs(data string) map[string]abbrevClass {
	classes := map[string]abbrevClass{"title": abbrevTitle, "number": abbrevNumber, "month": abbrevMonth, "suffix": abbrevSuffix, "inner": abbrevInner}
	m := map[string]abbrevClass{}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if c, ok := classes[f[0]]; ok {
			m[f[1]] = c
		}
	}
	return m
}

func loadWords(data string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(data, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

// splitSentences appends the sentences of one paragraph's tokens to out.
// first is the index of toks[0] in the Doc's token list.
func splitSentences(out []Sentence, text string, toks []Token, para, first int) []Sentence {
	begin := 0
	flush := func(end int) {
		if end <= begin {
			return
		}
		ts := toks[begin:end:end]
		out = append(out, Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Para: para, Tokens: ts, First: first + begin})
		begin = end
	}
	lines := newLineBreaks(text, toks)
	for i := 0; i < len(toks); i++ {
		kind := terminal(text, toks[i])
		if kind == noEnd {
			if lines.endsAfter(text, toks, i) {
				flush(i + 1)
			}
			continue
		}
		// a run of terminal marks ("?!", "...") ends where the last one is
		last := i
		for last+1 < len(toks) && toks[last+1].Start == toks[last].End && terminal(text, toks[last+1]) == strongEnd {
			last++
		}
		// closing quotes and brackets go with the sentence they close
		j := last + 1
		for j < len(toks) && isCloser(text, toks, j) {
			j++
		}
		if j < len(toks) && endsHere(text, toks, i, last, j, kind) {
			flush(j)
		}
		i = j - 1
	}
	flush(len(toks))
	return out
}

type endKind uint8

const (
	noEnd     endKind = iota
	strongEnd         // ".", "!", "?", "…" and their kin in other scripts
	weakEnd           // a word with a kept dot: "U.S.", "a.m."
)

func terminal(text string, t Token) endKind {
	s := text[t.Start:t.End]
	if t.Kind == Word {
		if len(s) > 1 && s[len(s)-1] == '.' {
			return weakEnd
		}
		return noEnd
	}
	if t.Kind != Punct {
		return noEnd
	}
	switch s {
	case ".", "!", "?", "…", "‼", "⁇", "⁈", "⁉", "؟", "۔", "。", "！", "？", "।", "．":
		return strongEnd
	}
	return noEnd
}

// isCloser reports whether token j closes a quote or bracket opened before
// the sentence end it follows. Straight quotes close only when they touch
// the mark; after a space they open the next sentence.
func isCloser(text string, toks []Token, j int) bool {
	switch text[toks[j].Start:toks[j].End] {
	case "”", "’", ")", "]", "»", "›", "」", "』":
		return true
	case "\"", "'":
		return toks[j].Start == toks[j-1].End
	}
	return false
}

// endsHere decides whether the terminal marks toks[i..last], followed by
// closers up to j, end a sentence before toks[j].
func endsHere(text string, toks []Token, i, last, j int, kind endKind) bool {
	next := toks[j]
	nextStr := text[next.Start:next.End]
	glued := next.Start == toks[j-1].End // no space before the next token
	if kind == weakEnd {
		// "U.S. The" ends; "U.S. Secretary" and "U.S.-led" do not
		return !glued && isStarter(nextStr)
	}
	s := text[toks[i].Start:toks[i].End]
	if s != "." && j > last+1 && isQuote(text[toks[j-1].Start:toks[j-1].End]) && attributionFollows(text, toks, j) {
		// “Why now?” Foreign Minister Ali Khan asked. After a full stop
		// news puts a comma ("now,” Khan said"), so `now.” He said the`
		// opens a new sentence.
		return false
	}
	if s != "." || last > i {
		// "!", "?", an ellipsis: the next sentence starts with a capital,
		// a digit or an opening quote ("Why?” he asked" goes on)
		return opens(text, toks, j)
	}
	if i == 0 {
		return opens(text, toks, j)
	}
	prev := toks[i-1]
	if prev.End != toks[i].Start || prev.Kind == Punct {
		return opens(text, toks, j)
	}
	if glued {
		// "ceasefire.The talks": scrapers drop the space after a dot;
		// "reuters.com" and "2.5" (already one token) are not ends
		return prev.Kind == Word && endsLower(text[prev.Start:prev.End]) && IsCapitalized(nextStr) && !isAllUpper(nextStr)
	}
	if prev.Kind == Number {
		// "1. The first point": a number alone before the dot numbers a
		// list item, it does not end a sentence
		return !(i == 1 || i >= 2 && toks[i-2].End < prev.Start && isListStart(text, toks, i-1)) && opens(text, toks, j)
	}
	w := text[prev.Start:prev.End]
	class := abbreviations[Lower(w)]
	if i >= 2 && toks[i-2].Kind == Number && toks[i-2].End == prev.Start {
		class = notAbbrev // an ordinal or a unit glued to a number: "21st.", "40km."
	}
	switch class {
	case abbrevTitle, abbrevInner:
		return false
	case abbrevNumber:
		if next.Kind == Number {
			return false
		}
	case abbrevMonth:
		if next.Kind == Number {
			return false
		}
		return isStarter(nextStr)
	case abbrevSuffix:
		return isStarter(nextStr) || (Lower(w) == "etc" && opens(text, toks, j))
	}
	// an initial: "John F. Kennedy", but "Plan B. The"
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return isStarter(nextStr)
	}
	return opens(text, toks, j)
}

// opens reports whether toks[j] can open a sentence: a capital or uncased
// letter (Arabic, Chinese), a digit, an opening quote or bracket, a dash.
func opens(text string, toks []Token, j int) bool {
	t := toks[j]
	r, _ := utf8.DecodeRuneInString(text[t.Start:t.End])
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r) || unicode.IsDigit(r):
		return true
	case unicode.IsLetter(r):
		return !unicode.IsLower(r)
	}
	switch r {
	case '“', '"', '‘', '\'', '(', '[', '«', '„', '—', '–', '-', '¿', '¡', '•', '*', '#', '$', '€', '£':
		return true
	}
	return false
}

// isStarter reports whether s is a capitalized word that usually opens a
// sentence ("The", "He", "But").
func isStarter(s string) bool {
	return IsCapitalized(s) && starters[Lower(s)]
}

func endsLower(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLower(r)
}

func isAllUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// lineBreaks decides which line breaks inside a paragraph end a sentence
// that has no end mark: headings, bylines, lists of widget words (see
// lineEnds).
type lineBreaks struct {
	maxLen int // longest line of the paragraph, 0 when it has one line
	start  int // paragraph start
}

func newLineBreaks(text string, toks []Token) lineBreaks {
	if len(toks) < 2 {
		return lineBreaks{}
	}
	p := text[toks[0].Start:toks[len(toks)-1].End]
	if strings.IndexByte(p, '\n') < 0 {
		return lineBreaks{}
	}
	return lineBreaks{start: toks[0].Start, maxLen: longestLine(p)}
}

// endsAfter reports whether a line break right after toks[i] ends its
// sentence.
func (lb lineBreaks) endsAfter(text string, toks []Token, i int) bool {
	if lb.maxLen == 0 || i+1 >= len(toks) {
		return false
	}
	gap := text[toks[i].End:toks[i+1].Start]
	if strings.IndexByte(gap, '\n') < 0 || !opens(text, toks, i+1) {
		return false
	}
	from := strings.LastIndexByte(text[lb.start:toks[i].End], '\n') + 1 + lb.start
	return lineEnds(text[from:toks[i].End], text[toks[i+1].Start:], lb.maxLen)
}

func isQuote(s string) bool { return s == "”" || s == "\"" || s == "’" || s == "'" || s == "»" }

// attributionFollows reports whether toks[j:] is a speaker named in
// capitalized words (titles, names, their dots and hyphens), not opening
// with a word that usually opens a sentence, followed by a verb of saying:
// "Foreign Minister Ali Khan asked".
func attributionFollows(text string, toks []Token, j int) bool {
	words := 0
	for k := j; k < len(toks) && k < j+10; k++ {
		t := toks[k]
		w := text[t.Start:t.End]
		switch {
		case t.Kind == Word && IsCapitalized(w):
			if words == 0 && starters[Lower(w)] {
				return false // "He said ...", "The talks ..." open a sentence
			}
			words++
		case t.Kind == Word:
			return words > 0 && speechVerbs[w]
		case w == "." && k > j && abbreviations[Lower(text[toks[k-1].Start:toks[k-1].End])] == abbrevTitle:
			// "Lt. Gen." inside the speaker's name
		default:
			return false
		}
	}
	return false
}

// isListStart reports whether toks[k] is the first token on its line.
func isListStart(text string, toks []Token, k int) bool {
	return k == 0 || strings.IndexByte(text[toks[k-1].End:toks[k].Start], '\n') >= 0
}
