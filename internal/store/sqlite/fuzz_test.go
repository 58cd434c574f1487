package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/bench/corpus"
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
)

// FuzzSearch: whatever a user types, search answers without an error
// (nothing typed is read as FTS5 syntax) and every hit is a stored article.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"ceasefire", `"heavy weapons"`, `talks AND (OR* NEAR`, `"`, `-x`, "col:word", "^start", "a*", "\xff", "«»", "NEAR(a b, 2)"} {
		f.Add(s, "")
	}
	f.Add("talks", "Meridian Wire")
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"), store.Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	g := corpus.New(5)
	var arts []*article.Article
	for i := 0; i < 300; i++ {
		arts = append(arts, g.Next())
	}
	if _, err := s.PutArticles(ctx, arts); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, outlet string) {
		res, err := s.Search(ctx, store.SearchQuery{Text: text, Outlet: outlet, Entity: text, Limit: 5})
		if err != nil {
			t.Fatalf("Search(%q, %q): %v", text, outlet, err)
		}
		for _, h := range res.Hits {
			if h.ArticleID == "" || strings.Count(h.Snippet, "«") != strings.Count(h.Snippet, "»") {
				t.Errorf("hit %+v", h)
			}
		}
	})
}
