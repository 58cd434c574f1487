package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/pipeline"
	"github.com/parley-news/parley/internal/store"
	"github.com/parley-news/parley/internal/store/sqlite"
	"github.com/parley-news/parley/internal/web"
)

// newStore opens a SQLite store in a temp dir filled with the testdata
// stories, analysed by the real pipeline.
func newStore(t testing.TB) store.Store { return newStoreFrom(t, "testdata") }

func newStoreFrom(t testing.TB, dir string) store.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "web.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var arts []*article.Article
	failed := pipeline.Run(ctx, []string{dir}, pipeline.Options{Published: published(dir)},
		func(a *article.Article) error { arts = append(arts, a); return nil },
		func(p string, err error) { t.Errorf("read %s: %v", p, err) })
	if failed > 0 || len(arts) < 2 {
		t.Fatalf("pipeline gave %d articles, %d failures", len(arts), failed)
	}
	if _, err := st.PutArticles(ctx, arts); err != nil {
		t.Fatal(err)
	}
	return st
}

// published anchors the fixture stories' relative dates; a corpus given
// with -corpus keeps its own.
func published(dir string) string {
	if dir == "testdata" {
		return "2025-02-25"
	}
	return ""
}

// ingestFunc stores an upload through the real pipeline (as cmd/parley does).
func ingestFunc(st store.Store) web.IngestFunc {
	return func(ctx context.Context, name string, r io.Reader) (web.IngestResult, error) {
		res := web.IngestResult{Name: name}
		var arts []*article.Article
		pipeline.Run(ctx, []string{"-"}, pipeline.Options{Stdin: r},
			func(a *article.Article) error { arts = append(arts, a); return nil },
			func(_ string, err error) { res.Errors = append(res.Errors, err.Error()) })
		pr, err := st.PutArticles(ctx, arts)
		res.Articles, res.Added, res.Skipped = len(arts), pr.Added, pr.Skipped
		return res, err
	}
}

func ingestOpts(st store.Store) web.Options { return web.Options{Ingest: ingestFunc(st)} }

func newServer(t testing.TB, st store.Store, opts web.Options) *web.Server {
	t.Helper()
	if opts.Ingest == nil {
		opts.Ingest = ingestFunc(st)
	}
	s, err := web.New(st, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func get(t *testing.T, h http.Handler, url string) *httptest.ResponseRecorder {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", url, nil))
	return rec
}

func firstArticle(t *testing.T, st store.Store, q string) string {
	t.Helper()
	res, err := st.Search(context.Background(), store.SearchQuery{Text: q})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("search %q: %v, %d hits", q, err, len(res.Hits))
	}
	return res.Hits[0].ArticleID
}

func TestPages(t *testing.T) {
	st := newStore(t)
	s := newServer(t, st, web.Options{})
	id := firstArticle(t, st, "Riverton")
	ents, err := st.Entities(context.Background(), store.EntityQuery{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	entityURL := "/entities"
	if len(ents) > 0 {
		entityURL = "/entities/" + itoa(ents[0].ID)
	}
	tests := []struct {
		url  string
		code int
		want string
	}{
		{"/", 200, "Latest stories"},
		{"/search?q=ceasefire", 200, "Lakeland Border Talks"},
		{"/search", 200, "Search"},
		{"/articles/" + id, 200, "Who says so"},
		{"/articles/nope", 404, "not found"},
		{"/entities", 200, "Who is who"},
		{entityURL, 200, "parley"},
		{"/entities/0", 400, "positive whole number"},
		{"/timeline", 200, "Timeline"},
		{"/timeline?modality=negated", 200, "Timeline"},
		{"/timeline?type=BOGUS", 400, "unknown event type"},
		{"/agreements", 200, "Agreements"},
		{"/sources", 200, "named against anonymous"},
		{"/ingest", 200, "Ingest"},
		{"/search?from=yesterday", 400, "YYYY-MM-DD"},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			rec := get(t, s, tc.url)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.code, rec.Body.String())
			}
			if !strings.Contains(rec.Body.String(), tc.want) {
				t.Errorf("page lacks %q", tc.want)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
				t.Errorf("content type %q", ct)
			}
			checkSecurityHeaders(t, rec)
			checkNoInlineScript(t, rec.Body.String())
		})
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func checkSecurityHeaders(t *testing.T, rec *httptest.ResponseRecorder) {
	t.Helper()
	csp := rec.Header().Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Errorf("CSP %q is not strict", csp)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
		t.Error("no nosniff")
	}
}

var scriptTag = regexp.MustCompile(`(?i)<script\b[^>]*>`)

// checkNoInlineScript fails on any script element without src, and on any
// event-handler attribute: the CSP would block them, and they must not exist.
func checkNoInlineScript(t *testing.T, body string) {
	t.Helper()
	for _, tag := range scriptTag.FindAllString(body, -1) {
		if !strings.Contains(tag, `src="/static/`) {
			t.Errorf("inline or foreign script: %s", tag)
		}
	}
	if m := regexp.MustCompile(`(?i)<[a-z][^>]*\son[a-z]+=`).FindString(body); m != "" {
		t.Errorf("event handler attribute in markup: %s", m)
	}
}

func TestAPI(t *testing.T) {
	st := newStore(t)
	s := newServer(t, st, web.Options{})
	id := firstArticle(t, st, "Riverton")
	tests := []struct {
		url  string
		code int
		key  string // a key the JSON object must have (or "[]" for an array)
	}{
		{"/api/stats", 200, "articles"},
		{"/api/search?q=prisoners", 200, "hits"},
		{"/api/search", 400, "error"},
		{"/api/articles/" + id, 200, "entities"},
		{"/api/articles/missing", 404, "error"},
		{"/api/entities?q=pet", 200, "[]"},
		{"/api/entities?type=alien", 400, "error"},
		{"/api/entities/999999", 404, "error"},
		{"/api/entities/x", 400, "error"},
		{"/api/events", 200, "[]"},
		{"/api/events?from=2025-01-01&to=2025-12-31", 200, "[]"},
		{"/api/events?modality=maybe", 400, "error"},
		{"/api/agreements", 200, "[]"},
		{"/api/stories", 200, "[]"},
		{"/api/claims", 200, "[]"},
		{"/api/sources", 200, "[]"},
		{"/api/nothing", 404, "error"},
	}
	for _, tc := range tests {
		t.Run(tc.url, func(t *testing.T) {
			rec := get(t, s, tc.url)
			if rec.Code != tc.code {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.code, rec.Body.String())
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Fatalf("content type %q", ct)
			}
			var v any
			if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
				t.Fatalf("bad JSON: %v", err)
			}
			switch x := v.(type) {
			case []any:
				if tc.key != "[]" {
					t.Errorf("array, want object with %q", tc.key)
				}
			case map[string]any:
				if _, ok := x[tc.key]; !ok {
					t.Errorf("object lacks %q: %s", tc.key, rec.Body.String())
				}
			case nil:
				if tc.key != "[]" {
					t.Errorf("null, want %q", tc.key)
				}
			}
		})
	}
	// The article endpoint gives the record of the SPEC, offsets in bounds.
	rec := get(t, s, "/api/articles/"+id)
	var a article.Article
	if err := json.Unmarshal(rec.Body.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if a.ID != id || !strings.Contains(a.Text, "Riverton") {
		t.Errorf("article %q text %q", a.ID, a.Text)
	}
}

func TestEscaping(t *testing.T) {
	st := newStore(t)
	s := newServer(t, st, web.Options{})
	id := firstArticle(t, st, "Portville")
	for _, url := range []string{"/articles/" + id, "/search?q=Portville", "/"} {
		body := get(t, s, url).Body.String()
		if strings.Contains(body, `<script>alert`) || strings.Contains(body, `<img src=x`) || strings.Contains(body, `" onmouseover="steal`) {
			t.Errorf("%s: article text rendered as markup", url)
		}
		checkNoInlineScript(t, body)
	}
	body := get(t, s, "/articles/"+id).Body.String()
	if !strings.Contains(body, "&lt;img src=x onerror=") {
		t.Errorf("escaped text missing from the reader")
	}
}

func upload(t *testing.T, h http.Handler, url, token string, files map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for name, body := range files {
		w, _ := mw.CreateFormFile("files", name)
		io.WriteString(w, body)
	}
	if token != "" {
		mw.WriteField("token", token)
	}
	mw.Close()
	req := httptest.NewRequest("POST", url, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

const story = "Talks Resume in Capital\n\nGENEVA (AFP) - Delegations from Eastland and Westland resumed talks in Geneva on Monday, a United Nations spokesman said.\n"

func TestIngest(t *testing.T) {
	st := newStore(t)
	open := newServer(t, st, web.Options{})
	rec := upload(t, open, "/api/ingest", "", map[string]string{"talks.txt": story})
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"added":1`) {
		t.Fatalf("upload: %d %s", rec.Code, rec.Body.String())
	}
	// the same again changes nothing
	rec = upload(t, open, "/api/ingest", "", map[string]string{"again.txt": story})
	if !strings.Contains(rec.Body.String(), `"skipped":1`) {
		t.Errorf("re-upload: %s", rec.Body.String())
	}
	// raw body
	req := httptest.NewRequest("POST", "/api/ingest?name=raw.txt", strings.NewReader(strings.Replace(story, "Monday", "Tuesday", 1)))
	rr := httptest.NewRecorder()
	open.ServeHTTP(rr, req)
	if rr.Code != 200 || !strings.Contains(rr.Body.String(), `"added":1`) {
		t.Errorf("raw body: %d %s", rr.Code, rr.Body.String())
	}
	// the HTML form shows per-file results
	rec = upload(t, open, "/ingest", "", map[string]string{"page.txt": story})
	if rec.Code != 200 || !strings.Contains(rec.Body.String(), "page.txt") {
		t.Errorf("form upload: %d", rec.Code)
	}

	guarded := newServer(t, st, web.Options{Token: "s3cret", RequireToken: true})
	if rec := upload(t, guarded, "/api/ingest", "", map[string]string{"a.txt": story}); rec.Code != 401 {
		t.Errorf("no token: %d", rec.Code)
	}
	if rec := upload(t, guarded, "/api/ingest", "wrong", map[string]string{"a.txt": story}); rec.Code != 401 {
		t.Errorf("wrong token: %d", rec.Code)
	}
	if rec := upload(t, guarded, "/api/ingest", "s3cret", map[string]string{"a.txt": story}); rec.Code != 200 {
		t.Errorf("good token: %d %s", rec.Code, rec.Body.String())
	}
	req = httptest.NewRequest("POST", "/api/ingest", strings.NewReader(story))
	req.Header.Set("Authorization", "Bearer s3cret")
	rr = httptest.NewRecorder()
	guarded.ServeHTTP(rr, req)
	if rr.Code != 200 {
		t.Errorf("bearer token: %d %s", rr.Code, rr.Body.String())
	}

	closed := newServer(t, st, web.Options{RequireToken: true})
	if rec := upload(t, closed, "/api/ingest", "", map[string]string{"a.txt": story}); rec.Code != 403 {
		t.Errorf("off loopback without a token configured: %d", rec.Code)
	}

	small := newServer(t, st, web.Options{MaxUpload: 100})
	if rec := upload(t, small, "/api/ingest", "", map[string]string{"big.txt": strings.Repeat(story, 20)}); rec.Code != 413 {
		t.Errorf("oversized upload: %d %s", rec.Code, rec.Body.String())
	}
}

// panicky is a store whose Stats panics, to check that a failing handler
// answers 500 without details.
type panicky struct{ store.Store }

func (panicky) Stats(context.Context) (store.Stats, error) { panic("secret internals at line 42") }

func TestPanicIsContained(t *testing.T) {
	st := newStore(t)
	s := newServer(t, panicky{st}, web.Options{})
	for _, url := range []string{"/api/stats", "/"} {
		rec := get(t, s, url)
		if rec.Code != 500 || strings.Contains(rec.Body.String(), "secret") || strings.Contains(rec.Body.String(), "goroutine") {
			t.Errorf("%s: %d %q", url, rec.Code, rec.Body.String())
		}
	}
}

func TestIsLoopback(t *testing.T) {
	for addr, want := range map[string]bool{
		"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true,
		"0.0.0.0:8080": false, ":8080": false, "192.0.2.1:80": false, "nonsense": false,
	} {
		if got := web.IsLoopback(addr); got != want {
			t.Errorf("IsLoopback(%q) = %v", addr, got)
		}
	}
}

// gated is a store whose Stats waits until released, counting the calls
// in progress.
type gated struct {
	store.Store
	in      chan int
	release chan struct{}
	mu      sync.Mutex
	now     int
}

func (g *gated) Stats(ctx context.Context) (store.Stats, error) {
	g.mu.Lock()
	g.now++
	n := g.now
	g.mu.Unlock()
	g.in <- n
	<-g.release
	g.mu.Lock()
	g.now--
	g.mu.Unlock()
	return store.Stats{}, nil
}

func TestMaxActive(t *testing.T) {
	st := newStore(t)
	g := &gated{Store: st, in: make(chan int, 10), release: make(chan struct{})}
	s := newServer(t, g, web.Options{MaxActive: 2})
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			get(t, s, "/api/stats")
		}()
	}
	// Two enter; the third waits for a turn.
	for range 2 {
		<-g.in
	}
	select {
	case n := <-g.in:
		t.Fatalf("a third request is handled at once (%d in progress)", n)
	case <-time.After(100 * time.Millisecond):
	}
	// One waiting and cancelled gives up with 503.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/stats", nil).WithContext(ctx))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("cancelled waiter: %d", rec.Code)
	}
	// Static files never wait.
	if rec := get(t, s, "/static/icon.svg"); rec.Code != 200 {
		t.Errorf("static file while busy: %d", rec.Code)
	}
	close(g.release)
	if n := <-g.in; n > 2 {
		t.Errorf("%d requests in progress, want at most 2", n)
	}
	wg.Wait()
}
