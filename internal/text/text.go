package text

import (
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
}

// Doc is a text with its paragraphs and sentences.
type Doc struct {
	Text      string
	Paras     [][2]int // [start, end) of each paragraph
	Sentences []Sentence
}

// Parse segments text. It never fails: any byte sequence gives a Doc whose
// spans are in bounds.
func Parse(text string) *Doc {
	d := &Doc{Text: text}
	for _, p := range paragraphs(text) {
		para := len(d.Paras)
		d.Paras = append(d.Paras, p)
		toks := Tokenize(text, p[0], p[1])
		for _, s := range splitSentences(text, toks) {
			s.Para = para
			d.Sentences = append(d.Sentences, s)
		}
	}
	return d
}

// S returns the text of a token.
func (d *Doc) S(t Token) string { return d.Text[t.Start:t.End] }

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
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

// paragraphs splits at blank lines; a single newline is a line break inside
// a paragraph only when the text has blank lines at all, so that dumps with
// one paragraph per line are read as such.
func paragraphs(text string) [][2]int {
	var out [][2]int
	start := 0
	i := 0
	for i < len(text) {
		if text[i] != '\n' {
			i++
			continue
		}
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
			out = appendTrimmed(out, text, start, i)
			start = j
			i = j
			continue
		}
		i++
	}
	out = appendTrimmed(out, text, start, len(text))
	return out
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

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

// Tokenize splits text[start:end] into tokens.
func Tokenize(text string, start, end int) []Token {
	var toks []Token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := scanWord(text, i, end)
			toks = append(toks, Token{i, j, Word})
			i = j
		case unicode.IsDigit(r):
			j := scanNumber(text, i, end)
			toks = append(toks, Token{i, j, Number})
			i = j
		default:
			toks = append(toks, Token{i, i + n, Punct})
			i += n
		}
	}
	return toks
}

func scanWord(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			i += n
			continue
		}
		// inner joiners: hyphen, apostrophes, and the dots of "U.S."
		if (r == '-' || r == '\'' || r == '’' || r == '.') && i+n < end {
			r2, _ := utf8.DecodeRuneInString(text[i+n : end])
			if unicode.IsLetter(r2) {
				if r == '.' && !dottedAbbrev(text, i) {
					return i
				}
				i += n
				continue
			}
		}
		if r == '.' && dottedAbbrev(text, i) {
			return i + 1 // "U.S." keeps its last dot
		}
		return i
	}
	return i
}

// dottedAbbrev reports whether the dot at i belongs to a letter-dot-letter
// abbreviation such as "U.S." or "a.m.": the segment before it is one letter.
func dottedAbbrev(text string, i int) bool {
	if i < 1 {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if !unicode.IsLetter(r) {
		return false
	}
	j := i - n
	if j == 0 {
		return true
	}
	p, _ := utf8.DecodeLastRuneInString(text[:j])
	return p == '.' || !unicode.IsLetter(p)
}

func scanNumber(text string, i, end int) int {
	for i < end {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.' || c == '/' || c == ':') && i+1 < end && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		return i
	}
	return i
}
