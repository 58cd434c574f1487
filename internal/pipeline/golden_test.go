package pipeline_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/golden"
	"github.com/parley-news/parley/internal/pipeline"
)

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
			golden.JSON(t, filepath.Join("testdata", "examples", name+".golden.json"), arts)
		})
	}
}
