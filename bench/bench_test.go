package bench

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley/bench/corpus"
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
)

// BenchmarkPutArticles measures store.PutArticles into SQLite of generated
// records in batches of 500 (no extraction): one op is one article.
func BenchmarkPutArticles(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	g := corpus.New(1)
	b.ReportAllocs()
	var bytes int64
	batch := make([]*article.Article, 0, 500)
	for i := 0; i < b.N; i += len(batch) {
		b.StopTimer()
		batch = batch[:0]
		for j := i; j < b.N && len(batch) < 500; j++ {
			a := g.Next()
			bytes += int64(len(a.Text))
			batch = append(batch, a)
		}
		b.StartTimer()
		if _, err := st.PutArticles(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(bytes / int64(b.N))
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSearch measures a two-word search with snippets. It searches
// the store at $PARLEY_BENCH_DB (e.g. one storebench filled) if set, else
// a store of 5,000 generated articles.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	path := os.Getenv("PARLEY_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	st, err := sqlite.Open(ctx, path, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if os.Getenv("PARLEY_BENCH_DB") == "" {
		g := corpus.New(1)
		for i := 0; i < 10; i++ {
			var batch []*article.Article
			for j := 0; j < 500; j++ {
				batch = append(batch, g.Next())
			}
			if _, err := st.PutArticles(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
	}
	queries := []string{"ceasefire Geneva", "drones", `"heavy weapons"`, "Haddad", "convoy fuel"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Search(ctx, store.SearchQuery{Text: queries[i%len(queries)]}); err != nil {
			b.Fatal(err)
		}
	}
}
