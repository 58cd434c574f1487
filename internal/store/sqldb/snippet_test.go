package sqldb

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/store"
)

func TestSnippet(t *testing.T) {
	text := "GENEVA — Negotiators met on Tuesday.\n\nThe talks on heavy weapons stalled, officials said. Heavy rain fell.\n\nA third round of talks is due in May."
	tests := []struct {
		name  string
		query string
		size  int
		want  string
	}{
		{"word and stem", "negotiator", 6, "GENEVA — «Negotiators» met on Tuesday. The…"},
		{"lead-in", "talks", 6, "…The «talks» on heavy weapons stalled…"},
		{"densest window", "talks round", 6, "…third «round» of «talks» is due…"},
		{"phrase only together", `"heavy weapons"`, 5, "…on «heavy» «weapons» stalled, officials…"},
		{"no match: the start", "zeppelin", 4, "GENEVA — Negotiators met on…"},
		{"no words", "", 100, "GENEVA — Negotiators met on Tuesday. The talks on heavy weapons stalled, officials said. Heavy rain fell. A third round of talks is due in May."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Snippet(text, FTSWords(tc.query), tc.size); got != tc.want {
				t.Errorf("Snippet(%q) =\n%q\nwant\n%q", tc.query, got, tc.want)
			}
		})
	}
	if got := Snippet("«Quoted» words", []string{"words"}, 5); strings.Count(got, "«") != 1 {
		t.Errorf("the text's own guillemets stay: %q", got)
	}
	if Snippet("", []string{"x"}, 5) != "" || Snippet("— … —", []string{"x"}, 5) != "" {
		t.Error("no words, no snippet")
	}
}

func FuzzSnippet(f *testing.F) {
	f.Add("The talks resumed in «Geneva».", "talks")
	f.Add("\xff\xfe broken", `"a b`)
	f.Fuzz(func(t *testing.T, text, query string) {
		words := FTSWords(query)
		s := Snippet(text, words, 12)
		if strings.Count(s, "«") != strings.Count(s, "»") {
			t.Errorf("unbalanced marks in %q", s)
		}
		// Tokens compared in place match as their folds do.
		ts := tokens(text)
		for i, tk := range ts.t {
			raw := text[tk.start:tk.end]
			for _, w := range words {
				for _, p := range strings.Fields(w) {
					if got, want := ts.like(text, i, p), like(store.Fold(raw), p); got != want {
						t.Fatalf("likeTok(%q, %q) = %v, fold gives %v", raw, p, got, want)
					}
				}
			}
		}
	})
}

// TestLikeTok checks that a token compared in place (toks.like) matches a query word
// exactly when its fold (store.Fold) does.
func TestLikeTok(t *testing.T) {
	text := "Talks UN G7 Ta'if Zürich ÉTAT naïve İstanbul ﬁnal Ⅻ Straße x NEGOTIATORS negotiat Kyiv’s 2024"
	words := []string{"talks", "un", "g7", "ta'if", "zurich", "etat", "naive", "istanbul", "final", "strasse", "x", "negotiations", "negotiat", "kyiv", "2024", "tal"}
	ts := tokens(text)
	for i, tk := range ts.t {
		raw := text[tk.start:tk.end]
		t.Run(raw, func(t *testing.T) {
			for _, w := range words {
				if got, want := ts.like(text, i, w), like(store.Fold(raw), w); got != want {
					t.Errorf("likeTok(%q, %q) = %v, want %v", raw, w, got, want)
				}
			}
		})
	}
}

func BenchmarkSnippet(b *testing.B) {
	para := "KABUL (Reuters) - Negotiators from both delegations met on Tuesday in the capital, officials said, " +
		"as talks on a ceasefire and the release of prisoners entered a third week. The envoy told reporters the " +
		"sides had narrowed their differences on a withdrawal timetable but that sanctions remained a sticking point.\n\n"
	text := strings.Repeat(para, 8)
	words := FTSWords(`ceasefire "release of prisoners"`)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Snippet(text, words, 30)
	}
}
