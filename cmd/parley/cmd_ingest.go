package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
	_ "github.com/parley-news/parley/internal/store/postgres" // registers postgres://
	_ "github.com/parley-news/parley/internal/store/sqlite"   // registers file paths
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "PATH...", "Analyse inputs into a store. Re-ingesting the same text changes nothing; an interrupted ingest is finished by running it again.")
	db := fs.String("db", store.DefaultDSN(), "store `DSN`: a file path, sqlite:PATH or postgres://... (default $PARLEY_DB or parley.db)")
	size := fs.Int("batch", 5000, "articles per transaction")
	progress := fs.String("progress", "auto", "progress on stderr: auto (a bar on a terminal, else lines), bar, lines or none")
	var af analyseFlags
	af.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := af.check(); err != nil {
		return err
	}
	if *size < 1 {
		return fmt.Errorf("%w: --batch must be at least 1", errUsage)
	}
	switch *progress {
	case "auto", "bar", "lines", "none":
	default:
		return fmt.Errorf("%w: --progress must be auto, bar, lines or none", errUsage)
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: no PATH given (use - for stdin)", errUsage)
	}
	st, err := store.Open(ctx, *db, store.Options{Log: e.log})
	if err != nil {
		return err
	}
	defer st.Close()
	// A store failure stops the reading too: nothing more could be kept.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in := newIngester(ctx, st, *size, newProgress(e.stderr, *progress), cancel)
	err = analyse(ctx, e, af, paths, in.add)
	if werr := in.close(); werr != nil {
		return werr
	}
	if err != nil && !errors.Is(err, errInputs) {
		return err
	}
	in.p.done(in.read)
	return err
}

// ingester batches articles into transactions, writing one batch while
// the pipeline analyses the next.
type ingester struct {
	st     store.Store
	size   int
	p      *progress
	batch  []*article.Article
	read   int
	work   chan []*article.Article
	errc   chan error
	cancel context.CancelFunc
}

func newIngester(ctx context.Context, st store.Store, size int, p *progress, cancel context.CancelFunc) *ingester {
	in := &ingester{st: st, size: size, p: p, work: make(chan []*article.Article, 1), errc: make(chan error, 1), cancel: cancel}
	go in.write(ctx)
	return in
}

func (in *ingester) write(ctx context.Context) {
	var err error
	for b := range in.work {
		if err != nil {
			continue // drain after a failure
		}
		var r store.PutResult
		r, err = in.st.PutArticles(ctx, b)
		in.p.put(r)
		if err != nil {
			in.cancel()
		}
	}
	in.errc <- err
}

func (in *ingester) add(a *article.Article) error {
	in.read++
	in.p.read(in.read)
	in.batch = append(in.batch, a)
	if len(in.batch) >= in.size {
		in.work <- in.batch
		in.batch = nil
	}
	return nil
}

// close writes the last batch and waits for the writer.
func (in *ingester) close() error {
	if len(in.batch) > 0 {
		in.work <- in.batch
		in.batch = nil
	}
	close(in.work)
	return <-in.errc
}

// progress reports on stderr: a progressbar on a terminal, plain lines
// every few seconds otherwise (logs, CI), or nothing.
type progress struct {
	w              io.Writer
	bar            *progressbar.ProgressBar
	lines          bool
	start, last    time.Time
	added, skipped atomic.Int64 // updated by the writer
}

func newProgress(w io.Writer, mode string) *progress {
	p := &progress{w: w, start: time.Now(), last: time.Now()}
	if mode == "auto" {
		mode = "lines"
		if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			mode = "bar"
		}
	}
	switch mode {
	case "bar":
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish())
	case "lines":
		p.lines = true
	}
	return p
}

// put is called by the writer after each batch.
func (p *progress) put(r store.PutResult) {
	p.added.Add(int64(r.Added))
	p.skipped.Add(int64(r.Skipped))
}

func (p *progress) read(n int) {
	if p.bar != nil {
		p.bar.Add(1)
		return
	}
	if !p.lines || time.Since(p.last) < 2*time.Second {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "parley: ingest: %d articles read, %d stored new, %d already stored (%.0f/s)\n",
		n, p.added.Load(), p.skipped.Load(), float64(n)/time.Since(p.start).Seconds())
}

func (p *progress) done(read int) {
	if p.bar != nil {
		p.bar.Finish()
	}
	if p.bar == nil && !p.lines {
		return
	}
	d := time.Since(p.start)
	fmt.Fprintf(p.w, "parley: ingested %d articles in %s (%.0f/s): %d new, %d already stored\n",
		read, d.Round(time.Millisecond), float64(read)/d.Seconds(), p.added.Load(), p.skipped.Load())
}
