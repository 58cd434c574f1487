package sqldb_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqldb"
	"github.com/parley-news/parley/internal/store/sqlite"
)

// TestSearchWindows checks searches with words and filters against the
// answer worked out by hand from the stories, with filter windows of a few
// articles, so that every way through them is taken: the first window
// enough, the second needed, the words driving at last.
func TestSearchWindows(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	saved := *sqldb.FilterWindows
	*sqldb.FilterWindows = []int{4, 12}
	defer func() { *sqldb.FilterWindows = saved }()

	// Story i: every one a report; a convoy in every tenth, headlined in
	// every twentieth; every third from Alpha Wire; one a day from 2024.
	const n = 60
	var arts []*article.Article
	day0 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range n {
		title, text := fmt.Sprintf("Report number %d from the coast", i), fmt.Sprintf("Officials filed report number %d on the coast road today.", i)
		if i%10 == 0 {
			text += " A convoy of trucks crossed the bridge."
		}
		if i%20 == 0 {
			title = fmt.Sprintf("Convoy %d crosses bridge", i)
		}
		outlet := "Beta Post"
		if i%3 == 0 {
			outlet = "Alpha Wire"
		}
		a := &article.Article{ID: article.ID(text), Source: article.Source{Path: "t.jsonl", Index: i, Outlet: article.Str(outlet)},
			Title: article.Str(title), Published: article.Str(day0.AddDate(0, 0, i).Format("2006-01-02")), Text: text}
		a.Normalize()
		arts = append(arts, a)
	}
	if _, err := st.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	id := func(is ...int) []string {
		var out []string
		for _, i := range is {
			out = append(out, arts[i].ID)
		}
		return out
	}
	tests := []struct {
		name string
		q    store.SearchQuery
		want []string // in order
		more bool
	}{
		{"first window", store.SearchQuery{Text: "report", Outlet: "alpha wire", Limit: 3}, id(57, 54, 51), true},
		{"words drive at last", store.SearchQuery{Text: "convoy", Outlet: "Alpha Wire"}, id(0, 30), false},
		{"title first, then newest", store.SearchQuery{Text: "convoy"}, id(40, 20, 0, 50, 30, 10), false},
		{"title first with a filter", store.SearchQuery{Text: "convoy", From: "2024-01-15"}, id(40, 20, 50, 30), false},
		{"second window", store.SearchQuery{Text: "convoy", From: "2024-02-05", To: "2024-02-25"}, id(40, 50), false},
		{"paging", store.SearchQuery{Text: "convoy", From: "2024-01-15", Limit: 2, Offset: 1}, id(20, 50), true},
		{"phrase with a filter", store.SearchQuery{Text: `"coast road"`, Outlet: "Alpha Wire", To: "2024-01-07", Limit: 5}, id(6, 3, 0), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := st.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ArticleID)
			}
			if !slices.Equal(got, tc.want) || res.More != tc.more {
				t.Errorf("Search(%+v) = %v more=%v, want %v more=%v", tc.q, got, res.More, tc.want, tc.more)
			}
		})
	}
}
