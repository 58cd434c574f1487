package read

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPagesGolden reads the pages of testdata/web/pages (news pages written
// for the tests, in the shapes sites serve) and compares each document
// with PAGE.golden.json; -update (walk_test.go) rewrites those, to be reviewed in the diff.
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
			got, err := json.MarshalIndent(docs, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(page, ".html") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from %s:\n%s", page, golden, got)
			}
		})
	}
}
