package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "", "Dump the store to stdout: jsonl (every article record), csv (one row per article) or events-csv (one row per event).")
	db := fs.String("db", store.DefaultDSN(), "store `DSN`: a file path, sqlite:PATH or postgres://... (default $PARLEY_DB or parley.db)")
	format := fs.String("format", "jsonl", "output `format`: jsonl, csv or events-csv")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	var write func(ctx context.Context, st store.Store, w *bufio.Writer) error
	switch *format {
	case "jsonl":
		write = exportJSONL
	case "csv":
		write = exportCSV
	case "events-csv":
		write = exportEventsCSV
	default:
		return fmt.Errorf("%w: --format must be jsonl, csv or events-csv", errUsage)
	}
	st, err := store.Open(ctx, *db, store.Options{Log: e.log})
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	if err := write(ctx, st, w); err != nil {
		return err
	}
	return w.Flush()
}

func exportJSONL(ctx context.Context, st store.Store, w *bufio.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return st.Export(ctx, func(a *article.Article) error { return enc.Encode(a) })
}

// articleHeader are the columns of the csv export.
var articleHeader = []string{"id", "published", "published_from", "outlet", "title", "url", "source_path", "source_index",
	"entities", "events", "claims", "agreements", "text"}

func exportCSV(ctx context.Context, st store.Store, w *bufio.Writer) error {
	c := csv.NewWriter(w)
	if err := c.Write(articleHeader); err != nil {
		return err
	}
	err := st.Export(ctx, func(a *article.Article) error {
		names := make([]string, 0, len(a.Entities))
		for _, en := range a.Entities {
			names = append(names, en.Name)
		}
		return c.Write([]string{a.ID, str(a.Published), a.PublishedFrom, str(a.Source.Outlet), str(a.Title), str(a.Source.URL),
			a.Source.Path, strconv.Itoa(a.Source.Index), strings.Join(names, "; "),
			strconv.Itoa(len(a.Events)), strconv.Itoa(len(a.Claims)), strconv.Itoa(len(a.Agreements)), a.Text})
	})
	if err != nil {
		return err
	}
	c.Flush()
	return c.Error()
}

// eventHeader are the columns of the events-csv export; sources counts
// the independent stories reporting the same event.
var eventHeader = []string{"date", "time", "type", "plover", "actor", "target", "place", "modality", "sources",
	"article_id", "outlet", "url", "evidence"}

func exportEventsCSV(ctx context.Context, st store.Store, w *bufio.Writer) error {
	c := csv.NewWriter(w)
	if err := c.Write(eventHeader); err != nil {
		return err
	}
	err := st.ExportEvents(ctx, func(ev store.EventRecord) error {
		return c.Write([]string{str(ev.Date), str(ev.Time), ev.Type, ev.Plover, str(ev.Actor), str(ev.Target), str(ev.Place),
			ev.Modality, strconv.Itoa(ev.Sources), ev.ArticleID, str(ev.Outlet), str(ev.URL), ev.Evidence})
	})
	if err != nil {
		return err
	}
	c.Flush()
	return c.Error()
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
