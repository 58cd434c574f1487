package sqldb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/store"
)

// token is one word of a text: its bytes and its folded form.
type token struct {
	start, end int
	fold       string
}

func tokens(text string) []token {
	var out []token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		out = append(out, token{i, j, foldWord(text[i:j])})
		i = j
	}
	return out
}

// foldWord is store.Fold for one word. Most words of news are plain ASCII
// letters and digits, whose fold is their lower case; Unicode
// normalization, the costly part of Fold, is left to the others.
func foldWord(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			upper = true
		default:
			return store.Fold(w)
		}
	}
	if !upper {
		return w
	}
	b := []byte(w)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// like reports whether a text word matches a query word, standing in for
// the stemmer of the full-text index: the same word, or the same stem
// ("negotiations" for "negotiators").
func like(tok, w string) bool {
	if tok == w {
		return true
	}
	n := max(4, len(w)-3)
	return len(w) >= 4 && len(tok) >= n && strings.HasPrefix(tok, w[:n])
}

// Snippet cuts about size words of text around the densest matches of the
// query's words and phrases (as FTSWords gives them), wrapping each match
// in « and ». Made here rather than by the database, so that both stores
// give the same snippets at the same low cost.
func Snippet(text string, words []string, size int) string {
	toks := tokens(text)
	if len(toks) == 0 {
		return ""
	}
	hit := make([]bool, len(toks))
	for _, w := range words {
		ph := strings.Fields(w)
		if len(ph) == 0 {
			continue
		}
		for i := 0; i+len(ph) <= len(toks); i++ {
			ok := true
			for k, p := range ph {
				if !like(toks[i+k].fold, p) {
					ok = false
					break
				}
			}
			if ok {
				for k := range ph {
					hit[i+k] = true
				}
			}
		}
	}
	// The window of size words with the most matches; the earliest wins.
	best, bestN, n := 0, -1, 0
	for i := range toks {
		if hit[i] {
			n++
		}
		if i >= size && hit[i-size] {
			n--
		}
		if s := max(0, i-size+1); n > bestN {
			best, bestN = s, n
		}
	}
	// Lead in with a few words before the first match, not after it.
	for i := best; i < min(len(toks), best+size); i++ {
		if hit[i] {
			best = max(best, i-size/4)
			break
		}
	}
	best = max(0, min(best, len(toks)-size))
	end := min(len(toks), best+size)
	var b strings.Builder
	if best > 0 {
		b.WriteString("…")
	}
	at := toks[best].start
	for i := best; i < end; i++ {
		t := toks[i]
		b.WriteString(flat(text[at:t.start]))
		if hit[i] {
			b.WriteString("«" + text[t.start:t.end] + "»")
		} else {
			b.WriteString(text[t.start:t.end])
		}
		at = t.end
	}
	if end < len(toks) {
		b.WriteString("…")
	} else {
		b.WriteString(flat(text[at:]))
	}
	return strings.TrimSpace(b.String())
}

// flat turns the text between words into one line, without the snippet
// markers (a text's own guillemets would confuse them).
func flat(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r == '«' || r == '»':
			r = '"'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
