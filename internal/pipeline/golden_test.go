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
				check(t, a) // the fuzz target's checks: spans, claim indexes, JSON lists
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
