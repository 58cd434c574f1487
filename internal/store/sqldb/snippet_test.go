package sqldb

import (
	"strings"
	"testing"
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
		s := Snippet(text, FTSWords(query), 12)
		if strings.Count(s, "«") != strings.Count(s, "»") {
			t.Errorf("unbalanced marks in %q", s)
		}
	})
}
