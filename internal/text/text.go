package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind classifies a token.
type Kind uint8

const (
	Word   Kind = iota // letters, possibly with inner hyphens, apostrophes or dots ("al-Sharaa", "U.S.")
	Number             // digits, possibly with inner separators ("1,200", "2.5", "10/7")
	Punct              // any other single non-space character
)

// Token is one word, number or punctuation mark.
type Token struct {
	Start, End int
	Kind       Kind
}

// Sentence is a run of tokens ending at a sentence boundary.
type Sentence struct {
	Start, End int
	Para       int     // index of the paragraph holding the sentence
	Tokens     []Token // tokens inside [Start, End)
	First      int     // index in Doc.Tokens of the sentence's first token
}

// Doc is a text with its paragraphs, sentences and tokens.
type Doc struct {
	Text      string
	Paras     [][2]int // [start, end) of each paragraph
	Sentences []Sentence
	// Tokens holds every token of the text in order; each sentence's
	// Tokens is a sub-slice of it.
	Tokens []Token

	lower  []string    // lowercase token texts, filled on first use
	shared map[any]any // what one stage analysed for later ones (Share)
}

// Parse segments text. It never fails: any byte sequence gives a Doc whose
// spans are in bounds, ordered, and on rune boundaries.
func Parse(text string) *Doc {
	d := &Doc{Text: text}
	paras := paragraphs(text)
	d.Paras = paras
	// one backing array for all tokens, so that sentences share it
	d.Tokens = make([]Token, 0, len(text)/5+1)
	for pi, p := range paras {
		from := len(d.Tokens)
		d.Tokens = appendTokens(d.Tokens, text, p[0], p[1])
		toks := d.Tokens[from:len(d.Tokens):len(d.Tokens)]
		d.Sentences = splitSentences(d.Sentences, text, toks, pi, from)
	}
	// sentences were cut from a slice that may have grown; point them at
	// the final array
	for i := range d.Sentences {
		s := &d.Sentences[i]
		n := len(s.Tokens)
		s.Tokens = d.Tokens[s.First : s.First+n : s.First+n]
	}
	return d
}

// S returns the text of a token.
func (d *Doc) S(t Token) string { return d.Text[t.Start:t.End] }

// Sentence returns the text of sentence i ("" when i is out of range).
func (d *Doc) Sentence(i int) string {
	if i < 0 || i >= len(d.Sentences) {
		return ""
	}
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}

// Lower returns the lowercase text of token i of d.Tokens ("" when i is out
// of range). Results are cached; a Doc is not safe for concurrent use.
func (d *Doc) Lower(i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	if d.lower == nil {
		d.fillLower()
	}
	return d.lower[i]
}

// fillLower lower-cases every token at once, since the stages that ask
// read nearly all of them: a token already in lower case is a slice of the
// text, an ASCII one with capitals a slice of one shared string, so that a
// document costs a few allocations rather than one per capitalized word.
func (d *Doc) fillLower() {
	d.lower = make([]string, len(d.Tokens))
	var buf []byte
	var at [][2]int // token index and start in buf of each shared slice
	for i, t := range d.Tokens {
		s := d.S(t)
		ascii, upper := true, false
		for k := 0; k < len(s); k++ {
			c := s[k]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			upper = upper || 'A' <= c && c <= 'Z'
		}
		switch {
		case !ascii:
			d.lower[i] = strings.ToLower(s)
		case !upper:
			d.lower[i] = s
		default:
			at = append(at, [2]int{i, len(buf)})
			for k := 0; k < len(s); k++ {
				c := s[k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
		}
	}
	all := string(buf)
	for _, p := range at {
		t := d.Tokens[p[0]]
		d.lower[p[0]] = all[p[1] : p[1]+t.End-t.Start]
	}
}

// Shared returns what a stage stored under key with Share, or nil.
func (d *Doc) Shared(key any) any { return d.shared[key] }

// Share stores v under key, so that a later stage that analyses the text
// the same way (events and agreements read the same words and actor
// phrases) does not do it again. The key should be a value of an
// unexported type of the package that stores it, so that packages cannot
// clash.
func (d *Doc) Share(key, v any) {
	if d.shared == nil {
		d.shared = map[any]any{}
	}
	d.shared[key] = v
}

// Lower returns s in lower case, without allocating when it already is.
func Lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		s := d.Sentences[m]
		switch {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// TokenAt returns the index in d.Tokens of the token holding byte offset
// off, or -1 when off falls on space or outside the text.
func (d *Doc) TokenAt(off int) int {
	i := d.TokenFrom(off)
	if i < len(d.Tokens) && d.Tokens[i].Start <= off {
		return i
	}
	return -1
}

// TokenFrom returns the index of the first token ending after off: the
// token holding off, or else the next one (len(d.Tokens) when none).
func (d *Doc) TokenFrom(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// StripPossessive removes a trailing possessive "'s", "’s" or the bare
// apostrophe of a plural possessive ("ministers'") from a word.
func StripPossessive(w string) string {
	for _, suf := range [...]string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	for _, suf := range [...]string{"'", "’"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// IsCapitalized reports whether s starts with an upper-case letter.
func IsCapitalized(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsTitle(r)
}

// NoLower reports whether s reads the same in upper case, as
// strings.ToUpper(s) == s does, without building the upper-case copy: no
// letter in it has an upper case of its own to take, and no byte is
// invalid UTF-8 (which ToUpper would replace).
func NoLower(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToUpper(r) != r {
			return false
		}
		i += n
	}
	return true
}

// paragraphs splits at blank lines. A text without any blank line but with
// several lines (one paragraph a line, as many dumps and feeds give it) is
// split at every line break instead.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start, i := 0, 0
	sawBlank := false
	for i < len(text) {
		nl := strings.IndexByte(text[i:], '\n')
		if nl < 0 {
			break
		}
		i += nl
		// find the end of a run of blank lines
		j := i + 1
		blank := false
		for j < len(text) {
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if k < len(text) && text[k] == '\n' {
				blank = true
				j = k + 1
				continue
			}
			break
		}
		if blank {
			sawBlank = true
			out = appendTrimmed(out, text, start, i)
			start = j
			i = j
			continue
		}
		i++
	}
	out = appendTrimmed(out, text, start, len(text))
	if sawBlank || len(out) != 1 {
		return out
	}
	// no blank line at all: a line break ends a paragraph where it ends
	// a sentence or a heading, not where prose was merely wrapped
	p := out[0]
	if strings.IndexByte(text[p[0]:p[1]], '\n') < 0 {
		return out
	}
	maxLen := longestLine(text[p[0]:p[1]])
	out = out[:0]
	s := p[0]
	for i := p[0]; i < p[1]; {
		e := strings.IndexByte(text[i:p[1]], '\n')
		if e < 0 {
			break
		}
		e += i
		if lineEnds(text[i:e], text[e+1:p[1]], maxLen) {
			out = appendTrimmed(out, text, s, e)
			s = e + 1
		}
		i = e + 1
	}
	out = appendTrimmed(out, text, s, p[1])
	return out
}

// longestLine returns the length, in runes, of the longest line of s.
func longestLine(s string) int {
	n := 0
	for len(s) > 0 {
		e := strings.IndexByte(s, '\n')
		if e < 0 {
			e = len(s)
		}
		n = max(n, utf8.RuneCountInString(strings.TrimSpace(s[:e])))
		s = s[min(e+1, len(s)):]
	}
	return n
}

// shortLines is the longest line of a text read as a list of lines (a
// headline, widget words, a sentence a line) rather than wrapped prose.
const shortLines = 50

// lineEnds reports whether the break after line, with next following it,
// ends a sentence. Wrapped prose has lines of about one width that end
// anywhere; a line that ends with an end mark, or is clearly shorter than
// the longest (maxLen runes) and is followed by what can open a sentence,
// ends one.
func lineEnds(line, next string, maxLen int) bool {
	line = strings.TrimSpace(line)
	next = strings.TrimLeft(next, " \t\r\n")
	if line == "" || next == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	switch last {
	case '.', '!', '?', '…', '”', '"', ')', ']', '؟', '。':
		return true
	case ',', ';', ':', '-', '–', '—', '(', '“', '/', '&':
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return false
	}
	n := utf8.RuneCountInString(line)
	return maxLen <= shortLines || n*10 < maxLen*6
}

func appendTrimmed(out [][2]int, text string, s, e int) [][2]int {
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	if s < e {
		out = append(out, [2]int{s, e})
	}
	return out
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v'
}
