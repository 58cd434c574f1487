package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/pipeline"
	"github.com/parley-news/parley/internal/store"
	_ "github.com/parley-news/parley/internal/store/postgres" // registers postgres://
	_ "github.com/parley-news/parley/internal/store/sqlite"   // registers file paths
	"github.com/parley-news/parley/internal/web"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "[PATH...]", "Serve the web UI and JSON API over the store, ingesting PATHs first if given.")
	db := fs.String("db", store.DefaultDSN(), "store `DSN`: a file path, sqlite:PATH or postgres://...")
	addr := fs.String("addr", "127.0.0.1:8080", "listen `address`; off loopback, writing needs --token")
	token := fs.String("token", os.Getenv("PARLEY_TOKEN"), "`token` required by writing endpoints (default $PARLEY_TOKEN)")
	var af analyseFlags
	af.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := af.check(); err != nil {
		return err
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return fmt.Errorf("%w: --addr %q: %v", errUsage, *addr, err)
	}
	st, err := store.Open(ctx, *db, store.Options{Log: e.log})
	if err != nil {
		return err
	}
	defer st.Close()

	var inputsErr error
	if len(paths) > 0 {
		fmt.Fprintf(e.stderr, "parley: ingesting %d path(s) into %s\n", len(paths), *db)
		n, err := ingestPaths(ctx, e, st, af, paths)
		if err != nil && !errors.Is(err, errInputs) {
			return err
		}
		inputsErr = err
		fmt.Fprintf(e.stderr, "parley: %d article(s) read\n", n)
	}

	loop := web.IsLoopback(*addr)
	srv, err := web.New(st, web.Options{
		Log: e.log, Token: *token, RequireToken: !loop,
		Ingest: func(ctx context.Context, name string, r io.Reader) (web.IngestResult, error) {
			return ingestUpload(ctx, e, st, af, name, r)
		},
	})
	if err != nil {
		return err
	}
	hs := web.HTTPServer(*addr, srv)
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", *addr, err)
	}
	if !loop && *token == "" {
		fmt.Fprintln(e.stderr, "parley: not on loopback and no --token: ingest is disabled")
	}
	fmt.Fprintf(e.stderr, "parley: serving on http://%s/\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	return inputsErr
}

// putBatch is how many articles go into one store transaction.
const putBatch = 256

// batcher collects articles and stores them a batch at a time.
type batcher struct {
	ctx         context.Context
	st          store.Store
	buf         []*article.Article
	added, kept int
}

func (b *batcher) add(a *article.Article) error {
	b.buf = append(b.buf, a)
	if len(b.buf) >= putBatch {
		return b.flush()
	}
	return nil
}

func (b *batcher) flush() error {
	if len(b.buf) == 0 {
		return nil
	}
	res, err := b.st.PutArticles(b.ctx, b.buf)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	b.added += res.Added
	b.kept += res.Skipped
	b.buf = b.buf[:0]
	return nil
}

// ingestPaths analyses paths into the store; it returns the number of
// articles read, and errInputs when some inputs could not be read.
func ingestPaths(ctx context.Context, e *env, st store.Store, af analyseFlags, paths []string) (int, error) {
	b := &batcher{ctx: ctx, st: st}
	n := 0
	err := analyse(ctx, e, af, paths, func(a *article.Article) error {
		n++
		return b.add(a)
	})
	if ferr := b.flush(); ferr != nil {
		return n, ferr
	}
	return n, err
}

// ingestUpload analyses one uploaded input into the store. The upload is
// spooled to a temporary file so that every reader (which may need to
// sniff or seek) sees it as it sees a file.
func ingestUpload(ctx context.Context, e *env, st store.Store, af analyseFlags, name string, r io.Reader) (web.IngestResult, error) {
	res := web.IngestResult{Name: name, Errors: []string{}}
	dir, err := os.MkdirTemp("", "parley-upload-")
	if err != nil {
		return res, fmt.Errorf("spool upload: %w", err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		return res, fmt.Errorf("spool upload: %w", err)
	}
	if _, err := io.Copy(f, r); err != nil {
		f.Close()
		return res, err
	}
	if err := f.Close(); err != nil {
		return res, fmt.Errorf("spool upload: %w", err)
	}
	b := &batcher{ctx: ctx, st: st}
	pipeline.Run(ctx, []string{path}, pipeline.Options{Published: af.published, Log: e.log},
		func(a *article.Article) error {
			a.Source.Path = name
			res.Articles++
			return b.add(a)
		}, func(_ string, err error) {
			res.Errors = append(res.Errors, err.Error())
		})
	if err := b.flush(); err != nil {
		return res, err
	}
	res.Added, res.Skipped = b.added, b.kept
	return res, ctx.Err()
}
