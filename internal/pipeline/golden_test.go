package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGoldenExamples runs the whole pipeline over every file in examples/
// and compares the records with testdata/examples/<file>.golden.json. Any
// change of any stage shows here as a diff to review; accept it with
// go test ./internal/pipeline -run Golden -update.
func TestGoldenExamples(t *testing.T) {
	files, err := filepath.Glob("../../examples/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples (%v)", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		if strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".md") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			var arts []*article.Article
			failed := pipeline.Run(context.Background(), []string{f}, pipeline.Options{},
				func(a *article.Article) error {
					a.Source.Path = "examples/" + name
					arts = append(arts, a)
					return nil
				},
				func(p string, err error) { t.Errorf("%s: %v", p, err) })
			if failed > 0 {
				t.Fatalf("%d inputs failed", failed)
			}
			for _, a := range arts {
				checkSpans(t, a)
			}
			got, err := json.MarshalIndent(arts, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "examples", name+".golden.json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("records of %s differ from %s; review with -update and git diff", name, golden)
			}
		})
	}
}

// checkSpans fails on any offset outside the text or off a UTF-8 boundary,
// and on any span whose text differs from what the record says it is.
func checkSpans(t *testing.T, a *article.Article) {
	t.Helper()
	n := len(a.Text)
	ok := func(what string, s, e int) {
		if s < 0 || e > n || s > e {
			t.Errorf("%s: %s span [%d,%d) out of text of %d bytes", a.ID, what, s, e, n)
		}
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			ok("entity "+e.Name, m.Start, m.End)
		}
	}
	for _, x := range a.Times {
		ok("time", x.Start, x.End)
		if x.Start >= 0 && x.End <= n && x.Start <= x.End && a.Text[x.Start:x.End] != x.Text {
			t.Errorf("%s: time text %q is not the span's %q", a.ID, x.Text, a.Text[x.Start:x.End])
		}
	}
	for _, q := range a.Quantities {
		ok("quantity", q.Start, q.End)
	}
	for _, c := range a.Claims {
		ok("claim", c.Start, c.End)
		if c.SourceSpan != nil {
			ok("claim source", c.SourceSpan.Start, c.SourceSpan.End)
		}
		if c.CueSpan != nil {
			ok("claim cue", c.CueSpan.Start, c.CueSpan.End)
		}
	}
	for _, e := range a.Events {
		ok("event", e.Evidence.Start, e.Evidence.End)
		if e.Claim != nil && (*e.Claim < 0 || *e.Claim >= len(a.Claims)) {
			t.Errorf("%s: event claim index %d of %d claims", a.ID, *e.Claim, len(a.Claims))
		}
	}
	for _, g := range a.Agreements {
		for _, tm := range g.Terms {
			ok("term", tm.Start, tm.End)
		}
	}
}
