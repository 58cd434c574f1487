package web_test

import (
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// -screenshots DIR saves the browser tests' screenshots there (the README's
// docs/ pictures are made with -screenshots ../../docs).
var (
	screenshots = flag.String("screenshots", "", "save browser screenshots to this `dir`")
	corpus      = flag.String("corpus", "testdata", "the stories the browser tests look at (e.g. ../../examples)")
)

// chromium finds the browser: $PARLEY_CHROMIUM, else chromium on PATH.
func chromium(t *testing.T) string {
	if p := os.Getenv("PARLEY_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no chromium installed (apt-get install chromium, or set PARLEY_CHROMIUM): browser tests skipped")
	return ""
}

// TestBrowser drives a real headless Chromium through the desk: every page,
// a search, an entity click, a claim card, a timeline filter.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	exe := chromium(t)
	st := newStoreFrom(t, *corpus)
	ts := httptest.NewServer(newServer(t, st, ingestOpts(st)))
	defer ts.Close()

	dir := *screenshots
	if dir == "" {
		dir = t.TempDir()
	}
	alloc, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.WindowSize(1300, 950), chromedp.UserDataDir(t.TempDir()))
	defer cancel()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	// start the browser before anything else listens on the context
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	// console errors (a CSP violation shows there) fail the test
	var mu sync.Mutex
	var consoleErrs []string
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type == "error" {
				mu.Lock()
				consoleErrs = append(consoleErrs, m.Text)
				mu.Unlock()
			}
		}
	}()

	shot := func(t *testing.T, name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot()) // the viewport, as a reader sees it
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	visit := func(t *testing.T, path, wantH1 string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+path), chromedp.WaitVisible(chromedp.CSS("h1"))); err != nil {
			t.Fatalf("open %s: %v", path, err)
		}
		h1, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1")))
		if err != nil || !strings.Contains(h1, wantH1) {
			t.Fatalf("%s: h1 %q (%v), want %q", path, h1, err, wantH1)
		}
	}

	t.Run("pages", func(t *testing.T) {
		for _, p := range []struct{ path, h1, shot string }{
			{"/", "The desk", "desk"}, {"/entities", "Who is who", "entities"}, {"/timeline", "Timeline", "timeline"},
			{"/agreements", "Agreements", "agreements"}, {"/sources", "Sources", "sources"}, {"/ingest", "Ingest", "ingest"},
		} {
			visit(t, p.path, p.h1)
			shot(t, p.shot)
		}
	})

	t.Run("search", func(t *testing.T) {
		visit(t, "/", "The desk")
		err := chromedp.Do(ctx,
			chromedp.SetValue(chromedp.ID("hq"), "prisoners"),
			chromedp.Submit(chromedp.ID("hq")),
			chromedp.WaitVisible(chromedp.CSS(".hits li a.title")))
		if err != nil {
			t.Fatal(err)
		}
		marked, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(".hits mark")))
		// the store matches word stems: "prisoner" is a hit for "prisoners"
		if err != nil || !strings.HasPrefix(strings.ToLower(marked), "prisoner") {
			t.Errorf("highlighted match %q (%v)", marked, err)
		}
		shot(t, "search")
	})

	t.Run("reader: claim card and entity", func(t *testing.T) {
		visit(t, "/", "The desk")
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".panel.wide .list li a")), chromedp.WaitVisible(chromedp.CSS(".list li a")),
			chromedp.Click(chromedp.CSS("main .list li a")), chromedp.WaitVisible(chromedp.CSS(".body"))); err != nil {
			t.Fatal(err)
		}
		// a segment of a claim that is not also a link: a click there opens the card
		claims, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".body .claim:not(:has(a))").length`))
		if err != nil || claims == 0 {
			t.Skipf("the extractors found no claim in the fixture story (%v): nothing to click", err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".body .claim:not(:has(a))")), chromedp.WaitVisible(chromedp.ID("popover"))); err != nil {
			t.Fatalf("claim card: %v", err)
		}
		card, _ := chromedp.Run(ctx, chromedp.Text(chromedp.ID("popover")))
		if !strings.Contains(card, "named") && !strings.Contains(card, "anonymous") {
			t.Errorf("claim card says %q", card)
		}
		shot(t, "reader")
		ents, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".body a.ent").length`))
		if err != nil || ents == 0 {
			t.Skipf("no entity marked in the fixture story (%v)", err)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".body a.ent")), chromedp.WaitVisible(chromedp.CSS("h1"))); err != nil {
			t.Fatalf("entity click: %v", err)
		}
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		if !strings.Contains(loc, "/entities") {
			t.Errorf("entity link led to %s", loc)
		}
		shot(t, "entity")
	})

	t.Run("timeline filter", func(t *testing.T) {
		visit(t, "/timeline", "Timeline")
		if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.ID("tm"), "asserted"), chromedp.Submit(chromedp.ID("tm"))); err != nil {
			t.Fatal(err)
		}
		loc := waitLocation(t, ctx, "modality=asserted")
		if err := chromedp.Do(ctx, chromedp.WaitVisible(chromedp.CSS("h1"))); err != nil {
			t.Fatal(err)
		}
		others, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".evlist .badge:not(.m-asserted)").length`))
		if err != nil || others > 0 {
			t.Errorf("%d events of another modality after filtering to %s (%v)", others, loc, err)
		}
		shot(t, "timeline-asserted")
	})

	mu.Lock()
	defer mu.Unlock()
	if len(consoleErrs) > 0 {
		t.Errorf("browser console errors: %q", consoleErrs)
	}
}

// waitLocation waits (up to 10 s) for the page's URL to contain want.
func waitLocation(t *testing.T, ctx context.Context, want string) string {
	t.Helper()
	var loc string
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		loc, _ = chromedp.Run(ctx, chromedp.Location())
		if strings.Contains(loc, want) {
			return loc
		}
	}
	t.Fatalf("page is at %s, want a URL with %q", loc, want)
	return loc
}
