// Command webbench measures the web UI and API under load: it serves a
// store in-process on loopback and runs concurrent clients against the
// search page, the story reader and the JSON API for a bounded time,
// then prints p50/p99 latency per kind of request.
//
//	go run ./bench/storebench -n 100000 -db /tmp/web.db   # build a store once
//	go run ./bench/webbench -db /tmp/web.db -clients 32 -duration 20s
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime/pprof"
	"sort"
	"sync"
	"time"

	"github.com/parley-news/parley/internal/store"
	_ "github.com/parley-news/parley/internal/store/postgres"
	_ "github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/web"
)

func main() {
	dsn := flag.String("db", "", "store DSN to serve (build one with bench/storebench)")
	clients := flag.Int("clients", 32, "concurrent clients")
	dur := flag.Duration("duration", 20*time.Second, "how long to run (bounded)")
	prof := flag.String("cpuprofile", "", "write a CPU profile of the run to this `file`")
	flag.Parse()
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			fmt.Fprintln(os.Stderr, "webbench:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if *dsn == "" {
		fmt.Fprintln(os.Stderr, "webbench: -db is required")
		os.Exit(2)
	}
	if err := run(*dsn, *clients, *dur, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "webbench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// words a reader searches for in the generated corpus (and in news).
var words = []string{"ceasefire", "talks", "hostages", "prisoners", "aid", "minister", "border", "strike",
	"agreement", "officials", "\"peace talks\"", "withdrawal", "sanctions", "envoy", "president", "truce"}

func run(dsn string, clients int, dur time.Duration, w io.Writer) error {
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := store.Open(ctx, dsn, store.Options{Log: quiet})
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	// ids to read: the articles the searches find
	var ids []string
	for _, q := range words {
		res, err := st.Search(ctx, store.SearchQuery{Text: q, Limit: 50})
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			ids = append(ids, h.ArticleID)
		}
	}
	if len(ids) == 0 {
		return fmt.Errorf("the store has no searchable articles")
	}
	ents, err := st.Entities(ctx, store.EntityQuery{Limit: 200})
	if err != nil {
		return err
	}

	srv, err := web.New(st, web.Options{Log: quiet})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	hs := web.HTTPServer(ln.Addr().String(), srv)
	go hs.Serve(ln)
	defer hs.Close()
	base := "http://" + ln.Addr().String()

	kinds := []struct {
		name string
		url  func(r *rand.Rand) string
	}{
		{"search page", func(r *rand.Rand) string { return "/search?q=" + url.QueryEscape(words[r.IntN(len(words))]) }},
		{"story page", func(r *rand.Rand) string { return "/articles/" + ids[r.IntN(len(ids))] }},
		{"api search", func(r *rand.Rand) string { return "/api/search?q=" + url.QueryEscape(words[r.IntN(len(words))]) }},
		{"api article", func(r *rand.Rand) string { return "/api/articles/" + ids[r.IntN(len(ids))] }},
		{"api entities", func(r *rand.Rand) string {
			if len(ents) == 0 {
				return "/api/entities?limit=20"
			}
			e := ents[r.IntN(len(ents))]
			return fmt.Sprintf("/api/entities/%d", e.ID)
		}},
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 10 * time.Second}
	lat := make([][]time.Duration, len(kinds))
	var mu sync.Mutex
	errs := 0
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), 7))
			local := make([][]time.Duration, len(kinds))
			bad := 0
			for i := 0; time.Now().Before(deadline); i++ {
				k := i % len(kinds)
				t := time.Now()
				resp, err := client.Get(base + kinds[k].url(r))
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						bad++
					}
				} else {
					bad++
				}
				local[k] = append(local[k], time.Since(t))
			}
			mu.Lock()
			for k := range kinds {
				lat[k] = append(lat[k], local[k]...)
			}
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Fprintf(w, "webbench: %d articles in the store, %d concurrent clients for %s, %d non-200 answers\n", stats.Articles, clients, dur, errs)
	fmt.Fprintf(w, "%-14s %9s %9s %9s %9s\n", "request", "count", "req/s", "p50 ms", "p99 ms")
	for k, kd := range kinds {
		ds := lat[k]
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		fmt.Fprintf(w, "%-14s %9d %9.0f %9.2f %9.2f\n", kd.name, len(ds), float64(len(ds))/dur.Seconds(), ms(pct(ds, 50)), ms(pct(ds, 99)))
	}
	return nil
}

func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	return ds[min(len(ds)-1, len(ds)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
