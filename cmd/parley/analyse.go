package main

import (
	"context"
	"errors"
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
		return fmt.Errorf("%w: --published %q is not a date YYYY-MM-DD", errUsage, f.published)
	}
	return nil
}

// analyse runs the pipeline over paths, reporting unreadable inputs on
// stderr; it returns errInputs when any could not be read fully. When emit
// fails (the output cannot be written) the run stops at once and that
// error is returned: going on would only pile up the same failure.
func analyse(ctx context.Context, e *env, f analyseFlags, paths []string, emit func(*article.Article) error) error {
	if len(paths) == 0 {
		return fmt.Errorf("%w: no PATH given (use - for stdin)", errUsage)
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var outErr error
	failed := pipeline.Run(runCtx, paths, pipeline.Options{Published: f.published, Stdin: e.stdin, Log: e.log},
		func(a *article.Article) error {
			if err := emit(a); err != nil {
				if outErr == nil {
					outErr = fmt.Errorf("write output: %w", err)
				}
				cancel()
				return outErr
			}
			return nil
		},
		func(path string, err error) {
			if outErr != nil || errors.Is(err, context.Canceled) {
				return // not the input's fault
			}
			fmt.Fprintf(e.stderr, "parley: %s: %v\n", path, err)
		})
	switch {
	case outErr != nil:
		return outErr
	case ctx.Err() != nil:
		return fmt.Errorf("interrupted: %w", ctx.Err())
	case failed > 0:
		return errInputs
	}
	return nil
}
