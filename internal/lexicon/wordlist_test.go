package lexicon

import (
	"strings"
	"testing"
)

func TestWordList(t *testing.T) {
	for _, data := range []string{
		"# a comment\n#\n\napple*\nbanana\ncherry\ndate*\nelder", // no line end after the last word
		"apple*\nbanana\ncherry\ndate*\nelder\n",
	} {
		l := newWordList(data)
		tests := []struct {
			w              string
			listed, marked bool
		}{
			{"apple", true, true},
			{"banana", true, false},
			{"cherry", true, false},
			{"date", true, true},
			{"elder", true, false},
			{"apple*", false, false},
			{"", false, false},
			{"# a comment", false, false},
			{"aardvark", false, false},
			{"appl", false, false},
			{"apples", false, false},
			{"zebra", false, false},
			{"Apple", false, false}, // as listed, no case folding
		}
		for _, tc := range tests {
			listed, marked := l.lookup(tc.w)
			if listed != tc.listed || marked != tc.marked {
				t.Errorf("%q: lookup(%q) = %v, %v; want %v, %v", data[:10], tc.w, listed, marked, tc.listed, tc.marked)
			}
		}
	}
	if listed, _ := newWordList("").lookup("a"); listed {
		t.Errorf("an empty list has a word")
	}
}

// TestWordListSorted: the English list is in byte order with no word twice
// and no blank line or comment past the top, as the binary search needs;
// every word is found with its mark, and words built from them that the
// list lacks are not.
func TestWordListSorted(t *testing.T) {
	raw, err := nameFiles.ReadFile("data/common.txt")
	if err != nil {
		t.Fatal(err)
	}
	l := newWordList(string(raw))
	var words []string
	marks := map[string]bool{}
	prev := ""
	l.each(func(w string, marked bool) {
		if w == "" || w[0] == '#' || strings.ContainsAny(w, "\r\t ") || w <= prev {
			t.Fatalf("line %q after %q: the list must be sorted, one word a line with no blank line or comment inside", w, prev)
		}
		prev = w
		words = append(words, w)
		marks[w] = marked
	})
	if len(words) < 50000 {
		t.Fatalf("only %d words read", len(words))
	}
	for _, w := range words {
		if listed, marked := l.lookup(w); !listed || marked != marks[w] {
			t.Fatalf("lookup(%q) = %v, %v; want true, %v", w, listed, marked, marks[w])
		}
		for _, x := range []string{w + "zq", w[:len(w)-1] + "{", "0" + w} {
			if _, ok := marks[x]; !ok {
				if listed, _ := l.lookup(x); listed {
					t.Fatalf("lookup(%q) found an unlisted word", x)
				}
			}
		}
	}
	if !IsCommonWord("Details") || IsCommonWord("china") || !IsEnglishWord("china") || IsEnglishWord("Zqxv") {
		t.Errorf("IsCommonWord/IsEnglishWord disagree with the list")
	}
}
