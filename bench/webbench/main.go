// Command webbench measures the web UI and API under load: it serves a
// store in-process on loopback and runs concurrent clients against the
// search page, the story reader and the JSON API for a bounded time,
// then prints p50/p99 latency per kind of request and the CPU time the
// process spent per request (server and clients together: on a shared
// machine that figure moves far less than latency).
//
// The searches are drawn from the store's own vocabulary: words of the
// titles of articles spread over the whole store, one or two words (now
// and then a quoted phrase), a fifth of them with a filter (the outlet,
// a month around the article's date, or an event type), so that repeated
// words do not make the run cheaper than real use.
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
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"

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
	seed := flag.Uint64("seed", 7, "seed of the query mix")
	active := flag.Int("maxactive", 0, "reading requests handled at once (0: the server's default, the processors)")
	only := flag.String("only", "", "run only the requests whose kind contains this (\"search page\", \"api\"...): CPU per request of one kind")
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
	if err := run(*dsn, *clients, *active, *dur, *seed, *only, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "webbench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// stop are words too common or too empty to search for.
var stop = map[string]bool{"after": true, "amid": true, "with": true, "from": true, "over": true, "into": true,
	"says": true, "said": true, "that": true, "this": true, "their": true, "they": true, "have": true, "will": true,
	"were": true, "been": true, "than": true, "more": true, "about": true, "against": true, "under": true}

// sample is one article the query mix is drawn from.
type sample struct {
	id, outlet, published string
	words                 []string
}

// samples reads the titles of articles spread over the whole store.
func samples(ctx context.Context, st store.Store, total int, r *rand.Rand) ([]sample, error) {
	var out []sample
	for range 40 {
		res, err := st.Search(ctx, store.SearchQuery{From: "1000-01-01", Limit: 25, Offset: r.IntN(max(1, total-25))})
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			sm := sample{id: h.ArticleID}
			if h.Outlet != nil {
				sm.outlet = *h.Outlet
			}
			if h.Published != nil {
				sm.published = *h.Published
			}
			if h.Title != nil {
				for _, w := range strings.FieldsFunc(*h.Title, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }) {
					if w = strings.ToLower(strings.Trim(w, "-")); len(w) >= 4 && !stop[w] {
						sm.words = append(sm.words, w)
					}
				}
			}
			out = append(out, sm)
		}
	}
	return out, nil
}

// eventTypes are filters a reader picks on the search page.
var eventTypes = []string{"ATTACK_AIR", "NEGOTIATE", "MEET", "AGREE", "KILL", "RELEASE_PERSONS", "AID", "ACCUSE"}

// search makes one search's query string from a sampled title: one word,
// two words, or now and then a quoted pair; a fifth get a filter.
func search(sm sample, r *rand.Rand) string {
	v := url.Values{}
	ws := sm.words
	switch {
	case len(ws) == 0:
		v.Set("q", "talks")
	case len(ws) == 1 || r.IntN(10) < 6:
		v.Set("q", ws[r.IntN(len(ws))])
	case r.IntN(4) == 0:
		i := r.IntN(len(ws) - 1)
		v.Set("q", `"`+ws[i]+" "+ws[i+1]+`"`)
	default:
		i, j := r.IntN(len(ws)), r.IntN(len(ws)-1)
		if j >= i {
			j++
		}
		v.Set("q", ws[i]+" "+ws[j])
	}
	if r.IntN(5) == 0 {
		switch r.IntN(3) {
		case 0:
			if sm.outlet != "" {
				v.Set("outlet", sm.outlet)
			}
		case 1:
			if t, err := time.Parse("2006-01-02", sm.published); err == nil {
				v.Set("from", t.AddDate(0, 0, -15).Format("2006-01-02"))
				v.Set("to", t.AddDate(0, 0, 15).Format("2006-01-02"))
			}
		default:
			v.Set("type", eventTypes[r.IntN(len(eventTypes))])
		}
	}
	return v.Encode()
}

func run(dsn string, clients, active int, dur time.Duration, seed uint64, only string, w io.Writer) error {
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
	sm, err := samples(ctx, st, stats.Articles, rand.New(rand.NewPCG(seed, 1)))
	if err != nil {
		return err
	}
	if len(sm) == 0 {
		return fmt.Errorf("the store has no searchable articles")
	}
	ents, err := st.Entities(ctx, store.EntityQuery{Limit: 200})
	if err != nil {
		return err
	}

	web.TuneGC() // as parley serve does
	srv, err := web.New(st, web.Options{Log: quiet, MaxActive: active})
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
		{"search page", func(r *rand.Rand) string { return "/search?" + search(sm[r.IntN(len(sm))], r) }},
		{"story page", func(r *rand.Rand) string { return "/articles/" + sm[r.IntN(len(sm))].id }},
		{"api search", func(r *rand.Rand) string { return "/api/search?" + search(sm[r.IntN(len(sm))], r) }},
		{"api article", func(r *rand.Rand) string { return "/api/articles/" + sm[r.IntN(len(sm))].id }},
		{"api entities", func(r *rand.Rand) string {
			if len(ents) == 0 {
				return "/api/entities?limit=20"
			}
			e := ents[r.IntN(len(ents))]
			return fmt.Sprintf("/api/entities/%d", e.ID)
		}},
	}
	if only != "" {
		kept := kinds[:0]
		for _, k := range kinds {
			if strings.Contains(k.name, only) {
				kept = append(kept, k)
			}
		}
		if len(kept) == 0 {
			return fmt.Errorf("no request kind contains %q", only)
		}
		kinds = kept
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients}, Timeout: 10 * time.Second}
	lat := make([][]time.Duration, len(kinds))
	var mu sync.Mutex
	errs := 0
	cpu0 := cpuTime()
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(c), seed))
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
	cpu := cpuTime() - cpu0
	n := 0
	for _, ds := range lat {
		n += len(ds)
	}
	fmt.Fprintf(w, "webbench: %d articles in the store, %d concurrent clients for %s, %d non-200 answers\n", stats.Articles, clients, dur, errs)
	fmt.Fprintf(w, "CPU %.1f s for %d requests: %.2f ms per request (server and clients)\n", cpu.Seconds(), n, ms(cpu/time.Duration(max(n, 1))))
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

func ms(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }

// cpuTime is the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
