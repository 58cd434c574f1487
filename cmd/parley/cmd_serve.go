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
		if _, inputsErr = ingestPaths(ctx, e, st, af, paths); inputsErr != nil && !errors.Is(inputsErr, errInputs) {
			return inputsErr
		}
	}

	web.TuneGC() // after the ingest: it is the serving that the setting fits
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

// ingestPaths analyses paths into the store with progress on stderr, as
// parley ingest does; it returns the number of articles read, and
// errInputs when some inputs could not be read.
func ingestPaths(ctx context.Context, e *env, st store.Store, af analyseFlags, paths []string) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in := newIngester(ctx, st, 2000, newProgress(e.stderr, "auto"), cancel)
	err := analyse(ctx, e, af, paths, in.add)
	if werr := in.close(); werr != nil {
		return in.read, werr
	}
	in.p.done(in.read)
	return in.read, err
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
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in := newIngester(ctx, st, 2000, newProgress(e.stderr, "none"), cancel)
	pipeline.Run(ctx, []string{path}, pipeline.Options{Published: af.published, Log: e.log},
		func(a *article.Article) error {
			a.Source.Path = name
			return in.add(a)
		}, func(_ string, err error) {
			res.Errors = append(res.Errors, err.Error())
		})
	if err := in.close(); err != nil {
		return res, fmt.Errorf("store: %w", err)
	}
	res.Articles = in.read
	res.Added, res.Skipped = int(in.p.added.Load()), int(in.p.skipped.Load())
	return res, ctx.Err()
}
