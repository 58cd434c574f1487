package web

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// IngestFunc analyses one uploaded input (named name) and stores its
// articles. It is given by the caller so that web does not depend on the
// pipeline's options.
type IngestFunc func(ctx context.Context, name string, r io.Reader) (IngestResult, error)

// IngestResult says what one uploaded input gave.
type IngestResult struct {
	Name     string   `json:"name"`
	Articles int      `json:"articles"`
	Added    int      `json:"added"`
	Skipped  int      `json:"skipped"`
	Errors   []string `json:"errors"`
}

// Options configure a Server.
type Options struct {
	Log *slog.Logger
	// Token, when set, is required (Authorization: Bearer, or the form
	// field "token") by writing endpoints. RequireToken makes a missing
	// Token an error for writes: set it when not bound to loopback.
	Token        string
	RequireToken bool
	Ingest       IngestFunc
	// MaxUpload bounds an ingest request's body (default 64 MiB).
	MaxUpload int64
	// MaxActive bounds the reading requests (GET, but for static files)
	// handled at once; the others wait in arrival order (default: the
	// processors Go uses: the reads are CPU-bound on cached pages, so more
	// at once only share the cores and widen the tail).
	MaxActive int
}

// TuneGC sets the garbage collector for a process that serves the web UI,
// unless GOGC or GOMEMLIMIT say otherwise: a GC target of 400% (a request
// allocates short-lived buffers, and collecting four times less often cut
// the CPU per request by 10-15% and p99 by a fifth at 32 clients), under a
// soft limit of 1 GiB so the heap cannot grow without bound.
func TuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(1 << 30)
	}
}

// Server is the web UI and JSON API.
type Server struct {
	st   store.Store
	opts Options
	log  *slog.Logger
	tpl  map[string]*template.Template
	mux  *http.ServeMux
	// active holds a token per reading request being handled (MaxActive).
	active chan struct{}
}

// New makes the server's handler over st.
func New(st store.Store, opts Options) (*Server, error) {
	if opts.Log == nil {
		opts.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.MaxUpload <= 0 {
		opts.MaxUpload = 64 << 20
	}
	if opts.MaxActive <= 0 {
		opts.MaxActive = runtime.GOMAXPROCS(0)
	}
	s := &Server{st: st, opts: opts, log: opts.Log, mux: http.NewServeMux(), active: make(chan struct{}, opts.MaxActive)}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	static, _ := fs.Sub(staticFS, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))

	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/icon.svg", http.StatusMovedPermanently)
	})

	// pages
	s.mux.HandleFunc("GET /{$}", s.page(s.homePage))
	s.mux.HandleFunc("GET /search", s.page(s.searchPage))
	s.mux.HandleFunc("GET /articles/{id}", s.page(s.articlePage))
	s.mux.HandleFunc("GET /entities", s.page(s.entitiesPage))
	s.mux.HandleFunc("GET /entities/{id}", s.page(s.entityPage))
	s.mux.HandleFunc("GET /timeline", s.page(s.timelinePage))
	s.mux.HandleFunc("GET /agreements", s.page(s.agreementsPage))
	s.mux.HandleFunc("GET /sources", s.page(s.sourcesPage))
	s.mux.HandleFunc("GET /stories/{id}", s.page(s.storyPage))
	s.mux.HandleFunc("GET /ingest", s.page(s.ingestPage))
	s.mux.HandleFunc("POST /ingest", s.page(s.ingestUpload))

	// JSON API
	s.mux.HandleFunc("GET /api/stats", s.api(s.apiStats))
	s.mux.HandleFunc("GET /api/search", s.api(s.apiSearch))
	s.mux.HandleFunc("GET /api/articles/{id}", s.api(s.apiArticle))
	s.mux.HandleFunc("GET /api/entities", s.api(s.apiEntities))
	s.mux.HandleFunc("GET /api/entities/{id}", s.api(s.apiEntity))
	s.mux.HandleFunc("GET /api/events", s.api(s.apiEvents))
	s.mux.HandleFunc("GET /api/agreements", s.api(s.apiAgreements))
	s.mux.HandleFunc("GET /api/agreements/{id}", s.api(s.apiAgreement))
	s.mux.HandleFunc("GET /api/stories", s.api(s.apiStories))
	s.mux.HandleFunc("GET /api/stories/{id}", s.api(s.apiStory))
	s.mux.HandleFunc("GET /api/claims", s.api(s.apiClaims))
	s.mux.HandleFunc("GET /api/sources", s.api(s.apiSources))
	s.mux.HandleFunc("POST /api/ingest", s.api(s.apiIngest))
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeJSONError(w, http.StatusNotFound, "no such endpoint")
	})
}

// ServeHTTP adds the security headers and turns a panic into a plain 500,
// never a stack trace.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			s.log.Error("handler panic", "path", r.URL.Path, "panic", fmt.Sprint(v))
			if strings.HasPrefix(r.URL.Path, "/api/") {
				writeJSONError(w, http.StatusInternalServerError, "internal error")
			} else {
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}
	}()
	if r.Method == http.MethodGet && !strings.HasPrefix(r.URL.Path, "/static/") {
		// The work is CPU and the store's few connections: past a few
		// requests at once, more only wait for them, and a connection
		// freed goes to a random waiter, so some wait very long. Here they
		// wait in arrival order (a channel's senders queue first come,
		// first served).
		select {
		case s.active <- struct{}{}:
			defer func() { <-s.active }()
		case <-r.Context().Done():
			http.Error(w, "request cancelled", http.StatusServiceUnavailable)
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// httpError is an error with the status it should be answered with.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func badRequest(format string, a ...any) error {
	return &httpError{http.StatusBadRequest, fmt.Sprintf(format, a...)}
}

// status maps an error to its HTTP status and a message safe for clients.
func (s *Server) status(r *http.Request, err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.msg
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, "not found"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "request cancelled"
	}
	s.log.Error("request failed", "path", r.URL.Path, "err", err)
	return http.StatusInternalServerError, "internal error"
}

// api wraps a JSON handler: its value is written as JSON, its error as
// {"error": "..."} with a fitting status.
func (s *Server) api(fn func(*http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := fn(r)
		if err != nil {
			code, msg := s.status(r, err)
			writeJSONError(w, code, msg)
			return
		}
		writeJSON(w, http.StatusOK, v)
	}
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func writeJSONError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

// authorized checks the token of a writing request.
func (s *Server) authorized(r *http.Request) error {
	if s.opts.Token == "" {
		if s.opts.RequireToken {
			return &httpError{http.StatusForbidden, "writing is disabled: start the server with --token to allow it off loopback"}
		}
		return nil
	}
	got := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	if got == "" {
		got = r.URL.Query().Get("token")
	}
	if got == "" && strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
		got = r.FormValue("token")
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(s.opts.Token)) != 1 {
		return &httpError{http.StatusUnauthorized, "a valid token is required"}
	}
	return nil
}

// IsLoopback reports whether a listen address binds only the loopback
// interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// HTTPServer wraps the handler in an http.Server with timeouts fit for a
// server that may face the network.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       5 * time.Minute, // uploads
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    1 << 20,
	}
}

// Vocabularies shown as filters.
var (
	eventTypes = []string{"MEET", "NEGOTIATE", "AGREE", "PROPOSE", "REJECT", "DEMAND", "THREATEN",
		"ATTACK_AIR", "ATTACK_GROUND", "KILL", "ABDUCT", "RELEASE_PERSONS", "WITHDRAW", "DEPLOY",
		"CEASEFIRE_START", "CEASEFIRE_BREAK", "AID", "ACCUSE", "APPOINT", "VISIT"}
	modalities = []string{article.Asserted, article.Reported, article.Planned, article.Proposed,
		article.Hypothetical, article.Negated}
	entityTypes       = []string{article.Person, article.Organization, article.Place, article.Group}
	agreementKinds    = []string{"ceasefire", "truce", "peace", "security", "normalization", "exchange", "other"}
	agreementStatuses = []string{"proposed", "agreed", "in_force", "rejected", "expired", "broken", "unknown"}
)
