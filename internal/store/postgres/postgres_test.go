package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/postgres"
	"github.com/parley-news/parley/internal/store/storetest"
)

// dsn returns the test server's DSN, skipping the test when none is set.
func dsn(t *testing.T) string {
	d := os.Getenv("PARLEY_TEST_POSTGRES")
	if d == "" {
		t.Skip("PostgreSQL tests skipped: set PARLEY_TEST_POSTGRES=postgres://user:pass@127.0.0.1:5432/db to run them (.ci/run does)")
	}
	return d
}

// fresh opens a store in a new schema of the test database, dropped after
// the test, so that tests never see each other's rows.
func fresh(t *testing.T) store.Store {
	base := dsn(t)
	ctx := context.Background()
	schema := fmt.Sprintf("parley_test_%d", time.Now().UnixNano())
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := postgres.Open(ctx, u.String(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, fresh)
}

func TestOpenByDSN(t *testing.T) {
	d := dsn(t)
	s, err := store.Open(context.Background(), d, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}
