package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"

	"github.com/parley-news/parley/internal/article"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "PATH...", "Analyse inputs and print the record of every article found.")
	var af analyseFlags
	af.register(fs)
	format := fs.String("format", "jsonl", "output `format`: jsonl (one article per line) or json ({\"articles\": [...]})")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if err := af.check(); err != nil {
		return err
	}
	if *format != "json" && *format != "jsonl" {
		return fmt.Errorf("%w: --format must be json or jsonl", errUsage)
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n := 0
	if *format == "json" {
		fmt.Fprint(w, "{\"articles\": [")
	}
	err = analyse(ctx, e, af, paths, func(a *article.Article) error {
		if *format == "json" && n > 0 {
			fmt.Fprint(w, ",")
		}
		n++
		return enc.Encode(a)
	})
	if *format == "json" {
		fmt.Fprint(w, "]}\n")
	}
	return err
}
