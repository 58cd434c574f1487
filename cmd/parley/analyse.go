package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/pipeline"
)

// analyseFlags are the flags of every verb that analyses inputs.
type analyseFlags struct {
	published string
}

func (f *analyseFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.published, "published", "", "take `YYYY-MM-DD` as every article's publication date (the anchor for relative dates)")
}

func (f *analyseFlags) check() error {
	if f.published == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", f.published); err != nil {
		return fmt.Errorf("%w: --published %q is not YYYY-MM-DD", errUsage, f.published)
	}
	return nil
}

// analyse runs the pipeline over paths, reporting unreadable inputs on
// stderr; it returns errInputs when any could not be read.
func analyse(ctx context.Context, e *env, f analyseFlags, paths []string, emit func(*article.Article) error) error {
	if len(paths) == 0 {
		return fmt.Errorf("%w: no PATH given (use - for stdin)", errUsage)
	}
	failed := pipeline.Run(ctx, paths, pipeline.Options{Published: f.published, Stdin: e.stdin, Log: e.log},
		emit, func(path string, err error) {
			fmt.Fprintf(e.stderr, "parley: %s: %v\n", path, err)
		})
	if err := ctx.Err(); err != nil {
		return err
	}
	if failed > 0 {
		return errInputs
	}
	return nil
}
