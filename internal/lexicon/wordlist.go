package lexicon

import "strings"

// wordList is a long word list searched in place: one word a line in byte
// order, a word ending in "*" being marked, "#" comments only on top. A
// binary search over the lines' offsets takes one pass over the text to
// load, where a map of the 64k English words took a good part of a short
// story's run to build at start-up. TestWordListSorted keeps the embedded
// list in order.
type wordList struct {
	text   string
	starts []int32 // offset of each line, then len(text)+1
}

// newWordList takes a list's text, comments on top, "\n" line ends.
func newWordList(data string) wordList {
	for strings.HasPrefix(data, "#") || strings.HasPrefix(data, "\n") {
		_, data, _ = strings.Cut(data, "\n")
	}
	data = strings.TrimSuffix(data, "\n")
	l := wordList{text: data, starts: make([]int32, 0, strings.Count(data, "\n")+2)}
	if data != "" {
		for at := 0; ; {
			l.starts = append(l.starts, int32(at)) // the embedded lists are far below 2 GB
			nl := strings.IndexByte(data[at:], '\n')
			if nl < 0 {
				break
			}
			at += nl + 1
		}
	}
	l.starts = append(l.starts, int32(len(data)+1))
	return l
}

// word returns the word on line i and whether it is marked.
func (l wordList) word(i int) (string, bool) {
	return strings.CutSuffix(l.text[l.starts[i]:l.starts[i+1]-1], "*")
}

// lookup reports whether w is listed, and whether it is marked.
func (l wordList) lookup(w string) (listed, marked bool) {
	lo, hi := 0, len(l.starts)-1
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		word, mark := l.word(m)
		switch {
		case word < w:
			lo = m + 1
		case word > w:
			hi = m
		default:
			return true, mark
		}
	}
	return false, false
}

// each calls fn with every word of the list in order.
func (l wordList) each(fn func(w string, marked bool)) {
	for i := range len(l.starts) - 1 {
		fn(l.word(i))
	}
}
