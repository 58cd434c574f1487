package main

import (
	"context"
	"fmt"
	"os"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/pipeline"
	"github.com/parley-news/parley/internal/queue"
	"github.com/parley-news/parley/internal/store"
)

func natsDefault() string {
	if v := os.Getenv("PARLEY_NATS"); v != "" {
		return v
	}
	return "nats://127.0.0.1:4222"
}

func runEnqueue(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "enqueue", "PATH...", "Read and clean inputs and put their articles on the NATS JetStream work queue for workers to analyse.")
	url := fs.String("nats", natsDefault(), "NATS server `URL` (default $PARLEY_NATS or nats://127.0.0.1:4222)")
	var af analyseFlags
	af.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := af.check(); err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: no PATH given (use - for stdin)", errUsage)
	}
	c, err := queue.Connect(ctx, *url)
	if err != nil {
		return err
	}
	defer c.Close()
	n := 0
	failed := pipeline.Clean(ctx, paths, pipeline.Options{Published: af.published, Stdin: e.stdin, Log: e.log},
		func(a *article.Article) error {
			n++
			return c.Enqueue(ctx, a)
		}, func(path string, err error) {
			fmt.Fprintf(e.stderr, "parley: %s: %v\n", path, err)
		})
	fmt.Fprintf(e.stderr, "parley: %d article(s) enqueued\n", n)
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return errInputs
	}
	return nil
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker", "", "Take articles from the NATS JetStream work queue, analyse them and write them to the store. Any number of workers may share a queue and a PostgreSQL store.")
	url := fs.String("nats", natsDefault(), "NATS server `URL` (default $PARLEY_NATS or nats://127.0.0.1:4222)")
	db := fs.String("db", store.DefaultDSN(), "store `DSN`: postgres://... to share it between workers, or a file path")
	batch := fs.Int("batch", 64, "articles per store transaction")
	once := fs.Bool("once", false, "stop when the queue is empty instead of waiting for more")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: worker takes no PATH (use enqueue)", errUsage)
	}
	st, err := store.Open(ctx, *db, store.Options{Log: e.log})
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := queue.Connect(ctx, *url)
	if err != nil {
		return err
	}
	defer c.Close()
	w, err := c.NewWorker(ctx, st, queue.Config{Batch: *batch, Log: e.log})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "parley: worker on %s writing to %s\n", *url, *db)
	s, err := w.Run(ctx, *once)
	fmt.Fprintf(e.stderr, "parley: %d message(s): %d added, %d already stored, %d dead\n", s.Messages, s.Added, s.Skipped, s.Dead)
	if err != nil {
		return err
	}
	if ctx.Err() != nil && !*once {
		return nil // stopped by a signal: a normal end for a worker
	}
	return ctx.Err()
}
