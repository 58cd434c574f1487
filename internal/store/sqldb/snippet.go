package sqldb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/store"
)

// token is one word of a text: its bytes, and its folded form unless it
// is plain (ASCII letters and digits only, whose fold is their lower case:
// compared in place, without making a string per word). Small, as a story
// has hundreds: the folds of the others are kept aside.
type token struct {
	start, end int32
	fold       int32 // index in toks.folds, or -1 when plain
}

type toks struct {
	t     []token
	folds []string
}

func tokens(text string) toks {
	out := toks{t: make([]token, 0, len(text)/6)}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			if !alnum(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			i += n
			continue
		}
		j, plain := i, true
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if !alnum(c) && c != '\'' {
					break
				}
				plain = plain && c != '\''
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '’' {
				break
			}
			plain = false
			j += n
		}
		t := token{start: int32(i), end: int32(j), fold: -1}
		if !plain {
			t.fold = int32(len(out.folds))
			out.folds = append(out.folds, store.Fold(text[i:j]))
		}
		out.t = append(out.t, t)
		i = j
	}
	return out
}

func alnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
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

// like is like (below) for the i-th token of text: a plain token is compared
// with the (folded) query word in place, ignoring ASCII case.
func (ts toks) like(text string, i int, w string) bool {
	t := ts.t[i]
	if t.fold >= 0 {
		return like(ts.folds[t.fold], w)
	}
	tok := text[t.start:t.end]
	if len(tok) == len(w) && lowerIs(tok, w) {
		return true
	}
	n := max(4, len(w)-3)
	return len(w) >= 4 && len(tok) >= n && lowerIs(tok[:n], w[:n])
}

// lowerIs reports whether ASCII a, lower-cased, is b (of a's length).
func lowerIs(a, b string) bool {
	for i := 0; i < len(a); i++ {
		c := a[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != b[i] {
			return false
		}
	}
	return true
}

// Snippet cuts about size words of text around the densest matches of the
// query's words and phrases (as FTSWords gives them), wrapping each match
// in « and ». Made here rather than by the database, so that both stores
// give the same snippets at the same low cost.
func Snippet(text string, words []string, size int) string {
	ts := tokens(text)
	toks := ts.t
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
				if !ts.like(text, i+k, p) {
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
	b.Grow(int(toks[end-1].end-toks[best].start) + 32)
	if best > 0 {
		b.WriteString("…")
	}
	at := toks[best].start
	for i := best; i < end; i++ {
		t := toks[i]
		flat(&b, text[at:t.start])
		if hit[i] {
			b.WriteString("«")
			b.WriteString(text[t.start:t.end])
			b.WriteString("»")
		} else {
			b.WriteString(text[t.start:t.end])
		}
		at = t.end
	}
	if end < len(toks) {
		b.WriteString("…")
	} else {
		flat(&b, text[at:])
	}
	return strings.TrimSpace(b.String())
}

// flat writes the text between words as one line, without the snippet
// markers (a text's own guillemets would confuse them).
func flat(b *strings.Builder, s string) {
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
}
