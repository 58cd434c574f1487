package pipeline_test

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/clean"
	"github.com/parley-news/parley/internal/extract"
	"github.com/parley-news/parley/internal/read"
)

// FuzzPipeline feeds any text through cleaning and every extraction stage:
// no stage may panic, every span must lie inside the text on UTF-8
// boundaries, and the record must encode as JSON with no missing list.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"Talks Resume\n\nGENEVA (Reuters) - Israel and Hamas agreed on Tuesday to a 60-day ceasefire, two officials told Reuters. \"We will not stop,\" he said.",
		"“Quote” — said nobody.\n\nOn Oct. 7, 2023, about 1,200 people were killed; the U.S. said.",
		"A\n\nB\n\nC",
		"Prime Minister Benjamin Netanyahu's office said the release of 10 hostages would begin next week, according to Egypt.",
		"PHOTO: x\nTT\n20\n\n\u00a0\u200b\ufeff",
		"Les négociateurs d'Al-Qaïda, a dit M. Ré, « jamais ».",
	} {
		f.Add(s, "2025-07-02")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) {
			return
		}
		if len(published) != 10 {
			published = ""
		}
		for _, a := range clean.Articles(read.Doc{Path: "fuzz", Format: read.FormatText, Text: text}, clean.Options{Published: published}) {
			_ = extract.Run(a) // a stage's panic is turned into an error: check the record still holds
			check(t, a)
		}
	})
}

func check(t *testing.T, a *article.Article) {
	t.Helper()
	n := len(a.Text)
	in := func(what string, s, e int) {
		if s < 0 || e > n || s > e {
			t.Fatalf("%s span [%d,%d) outside text of %d bytes", what, s, e, n)
		}
		if (s < n && !utf8.RuneStart(a.Text[s])) || (e < n && !utf8.RuneStart(a.Text[e])) {
			t.Fatalf("%s span [%d,%d) cuts a UTF-8 character", what, s, e)
		}
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			in("entity", m.Start, m.End)
		}
	}
	for _, x := range a.Times {
		in("time", x.Start, x.End)
	}
	for _, q := range a.Quantities {
		in("quantity", q.Start, q.End)
	}
	for _, c := range a.Claims {
		in("claim", c.Start, c.End)
		if c.SourceSpan != nil {
			in("claim source", c.SourceSpan.Start, c.SourceSpan.End)
		}
		if c.CueSpan != nil {
			in("claim cue", c.CueSpan.Start, c.CueSpan.End)
		}
	}
	for _, e := range a.Events {
		in("event", e.Evidence.Start, e.Evidence.End)
		if e.Claim != nil && (*e.Claim < 0 || *e.Claim >= len(a.Claims)) {
			t.Fatalf("event names claim %d of %d", *e.Claim, len(a.Claims))
		}
	}
	for _, g := range a.Agreements {
		for _, tm := range g.Terms {
			in("term", tm.Start, tm.End)
		}
	}
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), `":null,"mentions"`) || strings.Contains(string(b), `"entities":null`) {
		t.Fatalf("a list encoded as null: %s", b)
	}
}
