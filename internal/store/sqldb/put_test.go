package sqldb_test

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley/bench/corpus"
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqldb"
	"github.com/parley-news/parley/internal/store/sqlite"
)

func TestBandFilterBits(t *testing.T) {
	f := sqldb.NewBandFilter()
	r := rand.New(rand.NewPCG(1, 2))
	keys := make([]int64, 200000)
	for i := range keys {
		keys[i] = r.Int64()
		f.Add(keys[i])
	}
	for _, k := range keys {
		if !f.Has(k) {
			t.Fatalf("added key %d not found", k)
		}
	}
	fp := 0
	for i := 0; i < 100000; i++ {
		if f.Has(r.Int64()) {
			fp++
		}
	}
	// 200,000 keys in 2^26 bits with 4 probes: about 1 in 10^6 expected.
	if fp > 10 {
		t.Errorf("%d false positives in 100,000 unseen keys", fp)
	}
}

// TestBandFilterSameStories stores one corpus with and without the band
// filter, through two handles on one file (as two processes would: each
// sees the other's articles only in the store), and wants every article
// in the same story both times.
func TestBandFilterSameStories(t *testing.T) {
	g := corpus.New(7)
	arts := make([]*article.Article, 900)
	for i := range arts {
		arts[i] = g.Next()
	}
	run := func(filter bool) map[string]int64 {
		defer func(v bool) { *sqldb.UseBandFilter = v }(*sqldb.UseBandFilter)
		*sqldb.UseBandFilter = filter
		ctx := context.Background()
		path := filepath.Join(t.TempDir(), "p.db")
		a, err := sqlite.Open(ctx, path, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		b, err := sqlite.Open(ctx, path, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer b.Close()
		// a, b, a, a, b, a ...: each handle must notice the other's writes.
		for i, w := 0, 0; i < len(arts); i, w = i+150, w+1 {
			h := a
			if w%3 == 1 {
				h = b
			}
			if _, err := h.PutArticles(ctx, arts[i:i+150]); err != nil {
				t.Fatal(err)
			}
		}
		stories := map[string]int64{}
		for _, x := range arts {
			st, err := a.StoryOf(ctx, x.ID)
			if err != nil {
				t.Fatalf("StoryOf %s: %v", x.ID, err)
			}
			stories[x.ID] = st.ID
		}
		return stories
	}
	with, without := run(true), run(false)
	shared := 0
	count := map[int64]int{}
	for id, st := range without {
		count[st]++
		if with[id] != st {
			t.Errorf("article %s: story %d with the filter, %d without", id, with[id], st)
		}
	}
	for _, c := range count {
		if c > 1 {
			shared++
		}
	}
	if shared < 50 {
		t.Errorf("only %d stories with copies: the corpus does not test clustering", shared)
	}
}
