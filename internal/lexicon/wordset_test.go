package lexicon

import (
	"strings"
	"testing"
)

func TestWordSet(t *testing.T) {
	s := newWordSet("# a comment\napple*\n\nbanana\r\n  \ncherry\ndate*\ndate\nelder")
	tests := []struct {
		w              string
		listed, marked bool
	}{
		{"apple", true, true},
		{"banana", true, false}, // a CRLF line end is no part of the word
		{"cherry", true, false},
		{"date", true, false},  // listed twice: the last line holds
		{"elder", true, false}, // no line end after the last word
		{"apple*", false, false},
		{"", false, false},
		{"# a comment", false, false},
		{"appl", false, false},
		{"apples", false, false},
		{"Apple", false, false}, // as listed, no case folding
	}
	for _, tc := range tests {
		listed, marked := s.lookup(tc.w)
		if listed != tc.listed || marked != tc.marked {
			t.Errorf("lookup(%q) = %v, %v; want %v, %v", tc.w, listed, marked, tc.listed, tc.marked)
		}
	}
}

// TestWordSetEnglish: every word of the English list is found with its
// mark, and words built from them that the list lacks are not.
func TestWordSetEnglish(t *testing.T) {
	raw, err := nameFiles.ReadFile("data/common.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := newWordSet(string(raw))
	want := map[string]bool{}
	for _, line := range strings.Split(string(raw), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			w, name := strings.CutSuffix(line, "*")
			want[w] = name
		}
	}
	if len(want) < 50000 {
		t.Fatalf("only %d words read", len(want))
	}
	for w, name := range want {
		if listed, marked := s.lookup(w); !listed || marked != name {
			t.Fatalf("lookup(%q) = %v, %v; want true, %v", w, listed, marked, name)
		}
		if _, ok := want[w+"zq"]; !ok {
			if listed, _ := s.lookup(w + "zq"); listed {
				t.Fatalf("lookup(%q) found an unlisted word", w+"zq")
			}
		}
	}
	if !IsCommonWord("Details") || IsCommonWord("china") || !IsEnglishWord("china") || IsEnglishWord("Zqxv") {
		t.Errorf("IsCommonWord/IsEnglishWord disagree with the list")
	}
}
