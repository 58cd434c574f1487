package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

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
		return fmt.Errorf("%w: --format must be json or jsonl, not %q", errUsage, *format)
	}
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	out := newRecordWriter(w, *format == "json")
	err = analyse(ctx, e, af, paths, out.write)
	if cerr := out.close(); err == nil && cerr != nil {
		err = fmt.Errorf("write output: %w", cerr)
	}
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write output: %w", ferr)
	}
	return err
}

// recordWriter prints article records as JSONL, or as one JSON object
// {"articles": [...]} that is valid even when the run stops early.
type recordWriter struct {
	w     io.Writer
	enc   *json.Encoder
	array bool
	n     int
}

func newRecordWriter(w io.Writer, array bool) *recordWriter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &recordWriter{w: w, enc: enc, array: array}
}

func (r *recordWriter) write(a *article.Article) error {
	a.Normalize()
	if r.array {
		sep := ","
		if r.n == 0 {
			sep = "{\"articles\": [\n"
		}
		if _, err := io.WriteString(r.w, sep); err != nil {
			return err
		}
	}
	r.n++
	return r.enc.Encode(a)
}

func (r *recordWriter) close() error {
	if !r.array {
		return nil
	}
	end := "]}\n"
	if r.n == 0 {
		end = "{\"articles\": []}\n"
	}
	_, err := io.WriteString(r.w, end)
	return err
}
