// Command storebench measures the store on a generated corpus: ingest rate
// (store.PutArticles of finished records: no reading, cleaning or
// extraction), memory as the store grows, and search latency.
//
//	go run ./bench/storebench -n 100000            # SQLite in a temp dir
//	go run ./bench/storebench -db postgres://...   # PostgreSQL
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/parley-news/parley/bench/corpus"
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
	_ "github.com/parley-news/parley/internal/store/postgres"
	_ "github.com/parley-news/parley/internal/store/sqlite"
)

func main() {
	n := flag.Int("n", 100000, "articles to ingest")
	dsn := flag.String("db", "", "store DSN (default: a SQLite file in a temporary folder, removed after); an existing store is added to")
	batch := flag.Int("batch", 5000, "articles per PutArticles call")
	queries := flag.Int("queries", 300, "searches to time per kind (0: none)")
	every := flag.Int("every", 10000, "report every this many articles")
	seed := flag.Uint64("seed", 1, "corpus seed")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "storebench:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "storebench:", err)
			os.Exit(1)
		}
		defer func() { pprof.StopCPUProfile(); f.Close() }()
	}
	if err := run(*n, *dsn, *batch, *queries, *every, *seed, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "storebench:", err)
		os.Exit(1)
	}
}

func run(n int, dsn string, batch, queries, every int, seed uint64, w io.Writer) error {
	ctx := context.Background()
	if dsn == "" {
		dir, err := os.MkdirTemp("", "storebench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		dsn = filepath.Join(dir, "bench.db")
	}
	st, err := store.Open(ctx, dsn, store.Options{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return err
	}
	defer st.Close()
	g := corpus.New(seed)
	fmt.Fprintf(w, "ingest: %d generated articles, batches of %d, store.PutArticles only (records already extracted)\n", n, batch)
	fmt.Fprintf(w, "%9s %10s %12s %12s %12s %10s %10s\n", "articles", "put s", "total art/s", "last art/s", "art/cpu-s", "heap MB", "RSS MB")
	var put, lastPut, putCPU time.Duration
	lastN := 0
	buf := make([]*article.Article, 0, batch)
	var bytes int64
	for done := 0; done < n; {
		buf = buf[:0]
		for len(buf) < batch && done+len(buf) < n {
			a := g.Next()
			bytes += int64(len(a.Text))
			buf = append(buf, a)
		}
		t, c := time.Now(), cpu()
		if _, err := st.PutArticles(ctx, buf); err != nil {
			return err
		}
		put += time.Since(t)
		putCPU += cpu() - c
		done += len(buf)
		if done%every == 0 || done == n {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			fmt.Fprintf(w, "%9d %10.1f %12.0f %12.0f %12.0f %10.1f %10.1f\n", done, put.Seconds(), float64(done)/put.Seconds(),
				float64(done-lastN)/(put-lastPut).Seconds(), float64(done)/putCPU.Seconds(), float64(ms.HeapInuse)/1e6, rssMB())
			lastN, lastPut = done, put
		}
	}
	fmt.Fprintf(w, "ingest: %d articles (%.1f MB of text) in %.1fs of PutArticles: %.0f articles/s; %.1f CPU-s: %.0f articles per CPU-second\n",
		n, float64(bytes)/1e6, put.Seconds(), float64(n)/put.Seconds(), putCPU.Seconds(), float64(n)/putCPU.Seconds())
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "store: %+v\n", stats)
	if queries <= 0 {
		return nil
	}
	return timeQueries(ctx, st, queries, w)
}

// timeQueries times searches of the kinds a reader makes: a word or two,
// a phrase, a name, with and without filters.
func timeQueries(ctx context.Context, st store.Store, count int, w io.Writer) error {
	words := []string{"ceasefire", "drones", "convoy", "detainees", "negotiators", "shelling", "humanitarian", "withdrawing", "talks", "truce"}
	places := []string{"Geneva", "Doha", "Tbilisi", "Kharkiv", "Goma", "Sanaa", "Bamako", "Bogota", "Armenia", "Sudan", "Yemen", "Ukraine"}
	people := []string{"Haddad", "Petrov", "Okafor", "Nazari", "Mensah", "Castillo", "Rahimi", "Kovac"}
	kinds := []struct {
		name string
		make func(i int) store.SearchQuery
	}{
		{"word", func(i int) store.SearchQuery { return store.SearchQuery{Text: words[i%len(words)]} }},
		{"word+place", func(i int) store.SearchQuery {
			return store.SearchQuery{Text: words[i%len(words)] + " " + places[i%len(places)]}
		}},
		{"phrase", func(i int) store.SearchQuery {
			return store.SearchQuery{Text: `"` + []string{"heavy weapons", "prisoner exchanges", "humanitarian corridors", "monitoring mission"}[i%4] + `"`}
		}},
		{"name", func(i int) store.SearchQuery { return store.SearchQuery{Text: people[i%len(people)]} }},
		{"word+outlet+dates", func(i int) store.SearchQuery {
			return store.SearchQuery{Text: places[i%len(places)], Outlet: "Meridian Wire", From: "2021-06-01", To: "2021-12-31"}
		}},
		{"word+event type", func(i int) store.SearchQuery {
			return store.SearchQuery{Text: places[i%len(places)], EventType: "ATTACK_AIR"}
		}},
	}
	fmt.Fprintf(w, "search: %d queries per kind, 20 hits with snippets each\n", count)
	fmt.Fprintf(w, "%-20s %9s %9s %9s %11s %9s\n", "kind", "p50 ms", "p90 ms", "p99 ms", "p50 cpu-ms", "hits")
	var all, allCPU []time.Duration
	for _, k := range kinds {
		var ds, cs []time.Duration
		hits := 0
		for i := 0; i < count; i++ {
			q := k.make(i)
			t, c := time.Now(), cpu()
			res, err := st.Search(ctx, q)
			if err != nil {
				return fmt.Errorf("search %+v: %w", q, err)
			}
			ds = append(ds, time.Since(t))
			cs = append(cs, cpu()-c)
			hits += len(res.Hits)
		}
		all, allCPU = append(all, ds...), append(allCPU, cs...)
		fmt.Fprintf(w, "%-20s %9s %9s %9s %11s %9.1f\n", k.name, ms(pct(ds, 50)), ms(pct(ds, 90)), ms(pct(ds, 99)), ms(pct(cs, 50)), float64(hits)/float64(count))
	}
	fmt.Fprintf(w, "%-20s %9s %9s %9s %11s\n", "all", ms(pct(all, 50)), ms(pct(all, 90)), ms(pct(all, 99)), ms(pct(allCPU, 50)))
	for _, q := range []struct {
		name string
		fn   func() error
	}{
		{"entities top 50", func() error { _, err := st.Entities(ctx, store.EntityQuery{}); return err }},
		{"entities q=pet", func() error { _, err := st.Entities(ctx, store.EntityQuery{Q: "pet"}); return err }},
		{"events type+dates", func() error {
			_, err := st.Events(ctx, store.EventQuery{Type: "MEET", From: "2021-03-01", To: "2021-03-31"})
			return err
		}},
		{"stories top 50", func() error { _, err := st.Stories(ctx, store.StoryQuery{}); return err }},
		{"claims top 50", func() error { _, err := st.Claims(ctx, store.ClaimQuery{}); return err }},
		{"sourcing", func() error { _, err := st.Sourcing(ctx); return err }},
	} {
		var ds []time.Duration
		for i := 0; i < 20; i++ {
			t := time.Now()
			if err := q.fn(); err != nil {
				return fmt.Errorf("%s: %w", q.name, err)
			}
			ds = append(ds, time.Since(t))
		}
		fmt.Fprintf(w, "%-20s %9s\n", q.name, ms(pct(ds, 50)))
	}
	return nil
}

func pct(ds []time.Duration, p int) time.Duration {
	s := append([]time.Duration{}, ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[(len(s)-1)*p/100]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d.Microseconds())/1000) }

// cpu is the CPU time (user and system) the process has used: on a
// shared, loaded machine it tells what an operation costs better than the
// wall clock does.
func cpu() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rssMB reads the resident set size from /proc (0 where there is none).
func rssMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}
