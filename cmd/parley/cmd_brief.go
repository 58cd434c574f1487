package main

import (
	"bufio"
	"context"

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
	defer w.Flush()
	b := brief.New(w)
	err = analyse(ctx, e, af, paths, func(a *article.Article) error {
		return b.Article(a)
	})
	if ferr := b.Close(); err == nil {
		err = ferr
	}
	return err
}
