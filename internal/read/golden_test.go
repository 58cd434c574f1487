package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/golden"
)

// TestPagesGolden reads the pages of testdata/web/pages (news pages written
// for the tests, in the shapes sites serve) and compares each document
// with PAGE.golden.json; -update rewrites those, to be reviewed in the diff.
func TestPagesGolden(t *testing.T) {
	pages, err := filepath.Glob("testdata/web/pages/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := readAll(t, htmlReader{limits: WebLimits}, filepath.Base(page), data)
			if err != nil {
				t.Fatal(err)
			}
			golden.JSON(t, strings.TrimSuffix(page, ".html")+".golden.json", docs)
		})
	}
}
