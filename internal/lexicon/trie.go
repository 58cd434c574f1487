package lexicon

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/text"
)

// NameTrie finds known names in a token sequence. Its edges are lower-cased
// tokens as internal/text cuts them, so "U.S. State Department" is three
// steps; matching is one map lookup per token.
type NameTrie struct {
	root nameNode
	max  int // most tokens in one entry
}

type nameNode struct {
	next map[string]*nameNode
	// surfaces listed at this nameNode, with the token forms as written, for
	// the case check.
	hits []nameHit
}

type nameHit struct {
	words []string
	cases []wordCase // the case check of each word, worked out once
	entry NameEntry
}

// wordCase is how a listed word's case must be met in the text.
type wordCase uint8

const (
	anyCase     wordCase = iota // lower-case particles match any way
	exactCase                   // acronyms and inner capitals as written
	capitalized                 // capitalized words capitalized
)

func caseOf(l string) wordCase {
	switch {
	case isAcronymWord(l) || innerCapital(l):
		return exactCase
	case text.IsCapitalized(l):
		return capitalized
	}
	return anyCase
}

// NewNameTrie returns an empty trie.
func NewNameTrie() *NameTrie { return &NameTrie{} }

// Add lists surface (as written, e.g. "U.N.") for e. The first entry added
// for a surface wins.
func (t *NameTrie) Add(surface string, e NameEntry) {
	words := NameWords(surface)
	if len(words) == 0 {
		return
	}
	n := &t.root
	for _, w := range words {
		k := NameKey(w)
		if n.next == nil {
			n.next = map[string]*nameNode{}
		}
		c := n.next[k]
		if c == nil {
			c = &nameNode{}
			n.next[k] = c
		}
		n = c
	}
	for _, h := range n.hits {
		if slices.Equal(h.words, words) {
			return
		}
	}
	cases := make([]wordCase, len(words))
	for i, w := range words {
		cases[i] = caseOf(w)
	}
	n.hits = append(n.hits, nameHit{words, cases, e})
	if len(words) > t.max {
		t.max = len(words)
	}
}

// NameKey is the trie key of one token: lower case, with a typographic
// apostrophe read as a plain one ("People’s" meets "People's").
func NameKey(w string) string {
	// most words are plain lower-case ASCII: no folding to do
	plain := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	l := text.Lower(w)
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return l
}

// NameWords cuts a surface into the tokens the trie is keyed by.
func NameWords(s string) []string {
	toks := text.Tokenize(s, 0, len(s))
	out := make([]string, len(toks))
	for i, tk := range toks {
		out[i] = s[tk.Start:tk.End]
	}
	return out
}

// Longest returns the longest entry whose tokens match words[i:], and how
// many tokens it takes (0 when none matches).
func (t *NameTrie) Longest(words []string, i int) (NameEntry, int) {
	return t.LongestLower(nil, words, i)
}

// LongestLower is Longest for callers that hold the lower-cased words
// already (lower[k] is text.Lower(words[k])); lower may be nil.
func (t *NameTrie) LongestLower(lower, words []string, i int) (NameEntry, int) {
	e, n, _ := t.walk(lower, words, i)
	return e, n
}

// MatchLens returns the lengths, in tokens, of every entry matching
// words[i:] as a bit set: bit n is set when an entry of n tokens matches,
// so the highest bit is what LongestLower would take. Entries longer than
// 63 tokens are not reported.
func (t *NameTrie) MatchLens(lower, words []string, i int) uint64 {
	_, _, lens := t.walk(lower, words, i)
	return lens
}

// walk follows words from i down the trie: the longest entry whose case
// fits, its length, and the lengths of all that fit (below 64) as bits.
func (t *NameTrie) walk(lower, words []string, i int) (best NameEntry, bestN int, lens uint64) {
	n := &t.root
	for j := i; j >= 0 && j < len(words) && j-i < t.max; j++ {
		var k string
		if lower != nil {
			k = lower[j]
		} else {
			k = NameKey(words[j])
		}
		c := n.next[k]
		if c == nil {
			break
		}
		n = c
		for _, h := range n.hits {
			if h.caseFits(words[i : j+1]) {
				best, bestN = h.entry, j+1-i
				if bestN < 64 {
					lens |= 1 << bestN
				}
				break
			}
		}
	}
	return best, bestN, lens
}

// Lookup returns the entry for a whole surface, if listed.
func (t *NameTrie) Lookup(s string) (NameEntry, bool) {
	w := NameWords(s)
	e, n := t.Longest(w, 0)
	return e, n == len(w) && n > 0
}

// caseFits checks the text's case against a listed surface: acronyms as
// written, capitalized words capitalized (or all capitals, as datelines
// are), lower-case particles any way.
func (h *nameHit) caseFits(got []string) bool {
	for i, l := range h.words {
		g := got[i]
		switch h.cases[i] {
		case exactCase:
			if g != l {
				return false // "LeT" is not "Let", "UN" not "Un"
			}
		case capitalized:
			if !text.IsCapitalized(g) {
				return false
			}
		}
	}
	return true
}

// isAcronymWord reports whether w is written in capitals only and has at least
// two letters ("UN", "U.S.", "IDF"), so that lower-case "us" is no match.
func isAcronymWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// innerCapital reports whether w has a capital after its first letter and
// is not simply capitalized ("LeT", "AirTran"): such names are matched as
// written.
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && r >= 'A' && r <= 'Z' {
			return w[i-1] != '-' && w[i-1] != '\'' && w[i-1] != '.' && w[i-1] != ' '
		}
	}
	return false
}
