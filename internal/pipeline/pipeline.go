package pipeline

import (
	"context"
	"io"
	"log/slog"
	"os"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/clean"
	"github.com/parley-news/parley/internal/extract"
	"github.com/parley-news/parley/internal/read"
)

// Options steer a run.
type Options struct {
	Published string    // YYYY-MM-DD to take as every article's date, or ""
	Stdin     io.Reader // read for the path "-" (os.Stdin if nil)
	Log       *slog.Logger
}

// Run analyses every input and calls emit with each article, in input
// order. Inputs that cannot be read go to report; Run returns how many.
func Run(ctx context.Context, paths []string, opts Options, emit func(*article.Article) error, report read.Report) int {
	log := logger(opts)
	return Clean(ctx, paths, opts, func(a *article.Article) error {
		if err := extract.Run(a); err != nil {
			// A stage failing on odd input must not lose the article:
			// it is handed on with what the other stages found.
			log.Warn("extraction failed", "path", a.Source.Path, "article", a.ID, "err", err)
		}
		return emit(a)
	}, report)
}

// Clean reads and cleans every input without extracting: emit gets each
// article with its text, title, date and noise, and no facts yet. It is
// the cheap half of Run, for handing articles to workers (queue).
func Clean(ctx context.Context, paths []string, opts Options, emit func(*article.Article) error, report read.Report) int {
	stdin := opts.Stdin
	if stdin == nil {
		stdin = os.Stdin
	}
	log := logger(opts)
	// Linked holds feed summaries back until the end, so that a linked
	// page read in the same run takes their place.
	// Source.Index counts articles within each input, so that it is unique
	// however many stories each of its documents (WARC records, feed items)
	// held.
	seen := map[string]int{}
	linked := read.NewLinked(func(d read.Doc) error {
		for _, a := range clean.Articles(d, clean.Options{Published: opts.Published}) {
			a.Source.Index = seen[a.Source.Path]
			seen[a.Source.Path]++
			if err := emit(a); err != nil {
				return err
			}
		}
		return nil
	})
	failed := read.Walk(read.WithLog(ctx, log), paths, stdin, linked.Emit, report)
	if err := linked.Flush(); err != nil {
		report("feed summaries", err)
		failed++
	}
	return failed
}

func logger(opts Options) *slog.Logger {
	if opts.Log == nil {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return opts.Log
}
