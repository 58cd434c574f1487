package main

import (
	"context"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/bench/corpus"
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/pipeline"
	"github.com/parley-news/parley/internal/store"
)

// writeCorpus writes n generated stories as JSONL input.
func writeCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	path := filepath.Join(dir, "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := corpus.New(3).WriteJSONL(f, n); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// analysedIDs are the ids the pipeline gives the articles of paths.
func analysedIDs(t *testing.T, paths ...string) map[string]bool {
	t.Helper()
	ids := map[string]bool{}
	pipeline.Run(context.Background(), paths, pipeline.Options{}, func(a *article.Article) error {
		ids[a.ID] = true
		return nil
	}, func(p string, err error) { t.Errorf("read %s: %v", p, err) })
	return ids
}

// storedIDs exports the store and fails on an article stored twice.
func storedIDs(t *testing.T, dsn string) map[string]bool {
	t.Helper()
	st, err := store.Open(context.Background(), dsn, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ids := map[string]bool{}
	err = st.Export(context.Background(), func(a *article.Article) error {
		if ids[a.ID] {
			t.Errorf("article %s stored twice", a.ID)
		}
		ids[a.ID] = true
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

func TestIngestIdempotent(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	src := writeCorpus(t, dir, 40)
	// The same stories again from another file, as another crawl would.
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	again := filepath.Join(dir, "again.jsonl")
	if err := os.WriteFile(again, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want := analysedIDs(t, src)
	if len(want) != 40 {
		t.Fatalf("pipeline found %d articles in 40 stories", len(want))
	}
	tests := []struct {
		name  string
		paths []string
		note  string
	}{
		{"first", []string{src}, "40 new, 0 already stored"},
		{"same file", []string{src}, "0 new, 40 already stored"},
		{"copy elsewhere", []string{again}, "0 new, 40 already stored"},
		{"both at once", []string{src, again}, "0 new, 80 already stored"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runParley(t, "", append([]string{"ingest", "--db", db, "--batch", "7"}, tc.paths...)...)
			if code != 0 || !strings.Contains(stderr, tc.note) {
				t.Fatalf("exit %d, stderr %q, want %q", code, stderr, tc.note)
			}
			if got := storedIDs(t, db); !equalSets(got, want) {
				t.Errorf("stored %d articles, want the %d analysed", len(got), len(want))
			}
		})
	}
}

func equalSets(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func TestIngestBadInputs(t *testing.T) {
	dir, files := badInputs(t)
	db := filepath.Join(t.TempDir(), "p.db")
	good := writeCorpus(t, dir, 5)
	code, _, stderr := runParley(t, "", "ingest", "--db", db, "--progress", "none", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (some inputs unreadable); stderr:\n%s", code, stderr)
	}
	for name := range files {
		if name != "empty.txt" && !strings.Contains(stderr, name) {
			t.Errorf("stderr does not name %s:\n%s", name, stderr)
		}
	}
	got := storedIDs(t, db)
	for id := range analysedIDs(t, good) {
		if !got[id] {
			t.Errorf("readable article %s not stored", id)
		}
	}
}

func TestIngestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"ingest"},
		{"ingest", "--batch", "0", "x"},
		{"ingest", "--progress", "loud", "x"},
		{"ingest", "--db", "mysql://x", "x"},
		{"search"},
		{"search", "--from", "2024-13-01", "x"},
		{"export", "--format", "xml"},
	} {
		code, _, stderr := runParley(t, "", args...)
		if code == 0 {
			t.Errorf("%v: exit 0, want an error; stderr %q", args, stderr)
		}
	}
}

func TestSearchAndExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	src := writeCorpus(t, dir, 60)
	if code, _, stderr := runParley(t, "", "ingest", "--db", db, src); code != 0 {
		t.Fatalf("ingest: %d %s", code, stderr)
	}
	code, out, stderr := runParley(t, "", "search", "--db", db, "--format", "jsonl", "talks")
	if code != 0 {
		t.Fatalf("search: %d %s", code, stderr)
	}
	hits := jsonlRecords(t, out)
	if len(hits) == 0 || len(hits) > 20 {
		t.Fatalf("search talks: %d hits", len(hits))
	}
	for _, h := range hits {
		// The word is marked in the snippet, or it matched the title.
		if !strings.Contains(strings.ToLower(h["snippet"].(string)), "«talks»") && !strings.Contains(strings.ToLower(h["title"].(string)), "talks") {
			t.Errorf("hit %v: the snippet does not mark the word", h)
		}
	}
	code, out, _ = runParley(t, "", "search", "--db", db, "talks", "--limit", "2")
	if code != 0 || !strings.HasPrefix(out, "1. ") || !strings.Contains(out, "\n2. ") || !strings.Contains(out, "more hits: --offset 2") {
		t.Errorf("text search output:\n%s", out)
	}
	code, out, _ = runParley(t, "", "search", "--db", db, "--from", "2030-01-01", "talks")
	if code != 0 || out != "" {
		t.Errorf("search after 2030: %d %q", code, out)
	}

	code, out, _ = runParley(t, "", "export", "--db", db)
	recs := jsonlRecords(t, out)
	if code != 0 || len(recs) != 60 {
		t.Fatalf("export jsonl: %d, %d records", code, len(recs))
	}
	for _, k := range []string{"id", "source", "title", "published", "text", "entities", "times", "quantities", "claims", "events", "agreements"} {
		if _, ok := recs[0][k]; !ok {
			t.Errorf("exported record lacks %q", k)
		}
	}
	for _, f := range []struct {
		format string
		header []string
	}{{"csv", articleHeader}, {"events-csv", eventHeader}} {
		code, out, stderr := runParley(t, "", "export", "--db", db, "--format", f.format)
		if code != 0 {
			t.Fatalf("export %s: %d %s", f.format, code, stderr)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("export %s: not CSV: %v", f.format, err)
		}
		if strings.Join(rows[0], ",") != strings.Join(f.header, ",") {
			t.Errorf("export %s header %v", f.format, rows[0])
		}
		if f.format == "csv" && len(rows) != 61 {
			t.Errorf("export csv: %d rows, want 60 and the header", len(rows))
		}
	}
}

// TestIngestKilled kills an ingest with SIGKILL in the middle, reruns it,
// and checks that every article is stored exactly once and the database
// is sound. The ingest runs in a child process: this test binary,
// re-executed into TestIngestChild.
func TestIngestKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills a child ingest; skipped in -short")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "p.db")
	src := writeCorpus(t, dir, 1200)
	args := []string{"ingest", "--db", db, "--batch", "10", "--progress", "lines", src}
	child := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestIngestChild$", "-test.v=false")
		b, _ := json.Marshal(args)
		cmd.Env = append(os.Environ(), "PARLEY_INGEST_CHILD="+string(b))
		return cmd
	}
	cmd := child()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for some committed batches, then kill without warning.
	var before int
	deadline := time.Now().Add(2 * time.Minute)
	for before < 30 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		before = countArticles(db)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Exited() {
		t.Fatalf("child was not killed (it ended with %v): make the corpus larger", err)
	}
	killed := countArticles(db)
	want := analysedIDs(t, src)
	if killed <= 0 || killed >= len(want) {
		t.Fatalf("after the kill %d of %d articles stored: not in the middle", killed, len(want))
	}
	t.Logf("killed after %d of %d articles", killed, len(want))

	out, err := child().CombinedOutput()
	if err != nil {
		t.Fatalf("rerun: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "already stored") {
		t.Errorf("rerun output: %s", out)
	}
	if got := storedIDs(t, db); !equalSets(got, want) {
		t.Errorf("after the rerun %d articles stored, want each of %d exactly once", len(got), len(want))
	}
	checkSound(t, db)
}

// TestIngestChild is the child process of TestIngestKilled.
func TestIngestChild(t *testing.T) {
	v := os.Getenv("PARLEY_INGEST_CHILD")
	if v == "" {
		t.Skip("run by TestIngestKilled")
	}
	var args []string
	if err := json.Unmarshal([]byte(v), &args); err != nil {
		t.Fatal(err)
	}
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	os.Exit(run(context.Background(), e, args))
}

// countArticles reads how many articles are committed; 0 while the
// store does not exist yet.
func countArticles(path string) int {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("SELECT COUNT(*) FROM articles").Scan(&n); err != nil {
		return 0
	}
	return n
}

// checkSound runs SQLite's own checks of the file and the search index.
func checkSound(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check: %q %v", res, err)
	}
	if _, err := db.Exec("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"); err != nil {
		t.Errorf("search index: %v", err)
	}
	var n, fts int
	if err := db.QueryRow("SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM articles_fts)").Scan(&n, &fts); err != nil || n != fts {
		t.Errorf("articles %d, indexed %d (%v)", n, fts, err)
	}
}
