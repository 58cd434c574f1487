package lexicon

import (
	"hash/maphash"
	"strings"
)

// wordSet is a read-only set of the words of a long list, one a line, a
// word ending in "*" being marked. It is an open-addressing table of the
// lines' offsets in the list's text, built with no allocation per word:
// a Go map of the 64k English words took most of a short story's run to
// build at start-up, and looks up no faster.
type wordSet struct {
	data string
	seed maphash.Seed
	// slots hold 1 + the offset in data of a word's line in the low 32
	// bits, the high bits of the word's hash above, so that a probe reads
	// the text only when the hash matches; 0 is empty.
	slots []uint64
}

// newWordSet indexes every line of data that is not blank or a # comment.
// A word listed twice keeps its last line.
func newWordSet(data string) *wordSet {
	n := strings.Count(data, "\n") + 1
	size := 1
	for size < 2*n {
		size <<= 1 // at most half full, so that probes stay short
	}
	s := &wordSet{data: data, seed: maphash.MakeSeed(), slots: make([]uint64, size)}
	eachLine(data, func(_, at int, line string) error {
		w := strings.TrimSuffix(line, "*")
		k, tag := s.find(w)
		s.slots[k] = tag | uint64(at+1) // the embedded list is far below 4 GB
		return nil
	})
	return s
}

// find returns the slot holding w, or the empty slot where it would go,
// and w's hash tag.
func (s *wordSet) find(w string) (int, uint64) {
	h := maphash.String(s.seed, w)
	tag := h &^ (1<<32 - 1)
	mask := len(s.slots) - 1
	for k := int(h & uint64(mask)); ; k = (k + 1) & mask {
		if s.slots[k] == 0 {
			return k, tag
		}
		if s.slots[k]&^(1<<32-1) == tag {
			if word, _ := s.at(k); word == w {
				return k, tag
			}
		}
	}
}

// at returns the word in slot k and whether it is marked.
func (s *wordSet) at(k int) (string, bool) {
	line := s.data[uint32(s.slots[k])-1:]
	if nl := strings.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	line = strings.TrimRight(line, "\r")
	w, marked := strings.CutSuffix(line, "*")
	return w, marked
}

// lookup reports whether w is listed, and whether it is marked.
func (s *wordSet) lookup(w string) (listed, marked bool) {
	k, _ := s.find(w)
	if s.slots[k] == 0 {
		return false, false
	}
	_, marked = s.at(k)
	return true, marked
}
