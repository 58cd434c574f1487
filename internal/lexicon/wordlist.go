package lexicon

import "strings"

// wordList is a long word list searched in place: one word a line in byte
// order, a word ending in "*" being marked, "#" comments only on top.
// Binary search over the text costs nothing to load, where a table of the
// 64k English words took a good part of a short story's run to build at
// start-up, and a story asks about a few hundred words only.
// TestWordListSorted keeps the embedded list in order.
type wordList struct {
	text string // the lines past the comments on top
}

// newWordList takes a list's text, comments on top.
func newWordList(data string) wordList {
	for strings.HasPrefix(data, "#") || strings.HasPrefix(data, "\n") {
		_, data, _ = strings.Cut(data, "\n")
	}
	return wordList{text: data}
}

// lookup reports whether w is listed, and whether it is marked.
func (l wordList) lookup(w string) (listed, marked bool) {
	lo, hi := 0, len(l.text) // both at line starts (or the end)
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lo + strings.LastIndexByte(l.text[lo:mid], '\n') + 1
		end := start + strings.IndexByte(l.text[start:], '\n')
		if end < start {
			end = len(l.text) // the last line has no line end
		}
		word, mark := strings.CutSuffix(strings.TrimSuffix(l.text[start:end], "\r"), "*")
		switch {
		case w < word:
			hi = start
		case w > word:
			lo = end + 1
		default:
			return true, mark
		}
	}
	return false, false
}

// each calls fn with every word of the list in order.
func (l wordList) each(fn func(w string, marked bool)) {
	for line := range strings.Lines(l.text) {
		w, mark := strings.CutSuffix(strings.TrimRight(line, "\r\n"), "*")
		fn(w, mark)
	}
}
