package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/brief"
)

func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "brief", "PATH...", "Analyse inputs and print a readable Markdown brief of every story.")
	var af analyseFlags
	af.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := af.check(); err != nil {
		return err
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	b := brief.New(w)
	err = analyse(ctx, e, af, paths, func(a *article.Article) error {
		return b.Article(a)
	})
	if cerr := b.Close(); err == nil && cerr != nil {
		err = fmt.Errorf("write output: %w", cerr)
	}
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	return err
}
