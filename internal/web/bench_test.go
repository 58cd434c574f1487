package web_test

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"net/url"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
)

var benchDB = flag.String("benchdb", "", "SQLite store the handler benchmarks read (default: the testdata stories); e.g. one built by bench/storebench")

// BenchmarkHandlers times the pages and API calls webbench loads, one
// request at a time, without the network: the CPU a request costs.
//
//	go test -run XXX -bench Handlers -benchmem ./internal/web -benchdb /tmp/web100k.db
func BenchmarkHandlers(b *testing.B) {
	ctx := context.Background()
	var st store.Store
	if *benchDB != "" {
		s, err := sqlite.Open(ctx, *benchDB, store.Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		st = s
	} else {
		st = newStore(b)
	}
	h := newServer(b, st, ingestOpts(st))
	// A few words of the stories' titles, and the articles they find.
	var words, ids []string
	res, err := st.Search(ctx, store.SearchQuery{From: "1000-01-01", Limit: 40})
	if err != nil {
		b.Fatal(err)
	}
	for _, hit := range res.Hits {
		ids = append(ids, hit.ArticleID)
		if hit.Title != nil {
			if ws := titleWords(*hit.Title); len(ws) > 0 {
				words = append(words, ws[len(ids)%len(ws)])
			}
		}
	}
	ents, err := st.Entities(ctx, store.EntityQuery{Limit: 40})
	if err != nil || len(ids) == 0 || len(words) == 0 || len(ents) == 0 {
		b.Fatalf("nothing to request: %v", err)
	}
	kinds := []struct {
		name string
		url  func(i int) string
	}{
		{"search page", func(i int) string { return "/search?q=" + url.QueryEscape(words[i%len(words)]) }},
		{"story page", func(i int) string { return "/articles/" + ids[i%len(ids)] }},
		{"api search", func(i int) string { return "/api/search?q=" + url.QueryEscape(words[i%len(words)]) }},
		{"api article", func(i int) string { return "/api/articles/" + ids[i%len(ids)] }},
		{"api entity", func(i int) string { return fmt.Sprintf("/api/entities/%d", ents[i%len(ents)].ID) }},
	}
	for _, k := range kinds {
		b.Run(k.name, func(b *testing.B) {
			b.ReportAllocs()
			var bytes int64
			cpu0 := cpuTime()
			for i := 0; b.Loop(); i++ {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest("GET", k.url(i), nil))
				if rec.Code != 200 {
					b.Fatalf("%s: %d", k.url(i), rec.Code)
				}
				bytes += int64(rec.Body.Len())
			}
			b.SetBytes(bytes / int64(max(b.N, 1)))
			// CPU time, not the wall clock: on a shared machine it tells
			// what a request costs.
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(max(b.N, 1)), "cpu-ms/op")
		})
	}
}

// titleWords are the longer words of a title, lower-cased.
func titleWords(title string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 5 {
			out = append(out, w)
		}
	}
	return out
}

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
