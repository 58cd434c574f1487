package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations are words that end with a dot without ending a sentence
// when a capitalized word follows (titles, months, common shortenings).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "cpt": true, "sgt": true, "adm": true, "cmdr": true,
	"gov": true, "sen": true, "rep": true, "rev": true, "st": true, "sr": true, "jr": true,
	"pres": true, "amb": true, "hon": true, "brig": true, "cpl": true, "pvt": true, "fr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "etc": true, "approx": true, "est": true, "dept": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "mt": true, "ft": true, "vol": true,
}

// splitSentences groups the tokens of one paragraph into sentences.
func splitSentences(text string, toks []Token) []Sentence {
	var out []Sentence
	begin := 0
	quoteDepth := 0
	flush := func(end int) {
		if end <= begin {
			return
		}
		ts := toks[begin:end]
		out = append(out, Sentence{Start: ts[0].Start, End: ts[len(ts)-1].End, Tokens: ts})
		begin = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		s := text[t.Start:t.End]
		switch s {
		case "“":
			quoteDepth++
			continue
		case "”":
			if quoteDepth > 0 {
				quoteDepth--
			}
			continue
		}
		if !isTerminal(text, toks, i) {
			continue
		}
		// take closing quotes and brackets with the sentence
		j := i + 1
		for j < len(toks) && isCloser(text[toks[j].Start:toks[j].End]) {
			if text[toks[j].Start:toks[j].End] == "”" && quoteDepth > 0 {
				quoteDepth--
			}
			j++
		}
		if j < len(toks) && !startsSentence(text, toks[j]) {
			continue
		}
		flush(j)
		i = j - 1
	}
	flush(len(toks))
	return out
}

func isCloser(s string) bool {
	switch s {
	case "”", "\"", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

// isTerminal reports whether token i ends a sentence: ".", "!", "?" (and
// "..."), or a word whose kept dot is the sentence's end, unless the word
// before is an abbreviation or an initial.
func isTerminal(text string, toks []Token, i int) bool {
	t := toks[i]
	s := text[t.Start:t.End]
	switch s {
	case "!", "?":
		return true
	case ".":
	default:
		// "U.S." at the end of a sentence: a dotted abbreviation followed by
		// a capitalized word that is not a name is ambiguous; treat it as an
		// end only when a paragraph-like break follows (handled by caller).
		return false
	}
	if i == 0 {
		return false
	}
	prev := toks[i-1]
	if prev.End != t.Start {
		return true
	}
	w := text[prev.Start:prev.End]
	if prev.Kind == Word {
		lw := strings.ToLower(w)
		if abbreviations[lw] {
			return false
		}
		// an initial: one capital letter ("John F. Kennedy")
		if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// startsSentence reports whether a token can open a new sentence.
func startsSentence(text string, t Token) bool {
	r, _ := utf8.DecodeRuneInString(text[t.Start:])
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return true
	}
	switch r {
	case '“', '"', '‘', '\'', '(', '[', '—', '-':
		return true
	}
	return false
}
