package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

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
