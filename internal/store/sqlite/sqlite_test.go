package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley/bench/corpus"
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "parley.db"), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestWALStartsOver checks that the checkpoint after each batch lets the
// WAL start over: its file stays the size of about one batch's pages
// instead of holding every batch since the store was opened.
func TestWALStartsOver(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "parley.db")
	s, err := sqlite.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	g := corpus.New(3)
	var sizes []int64
	for b := 0; b < 8; b++ {
		arts := make([]*article.Article, 200)
		for i := range arts {
			arts[i] = g.Next()
		}
		if _, err := s.PutArticles(ctx, arts); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path + "-wal")
		if err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, fi.Size())
	}
	// Without checkpoints the WAL holds all eight batches, eight times the
	// first; with them it holds the largest single batch (later batches
	// touch somewhat more index pages than the first).
	if last := sizes[len(sizes)-1]; last > 3*sizes[1] {
		t.Errorf("WAL sizes after each batch %v: it grows with every batch", sizes)
	}
}
