package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/parley-news/parley/internal/store"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "QUERY", "Full-text search over the store: every word must match; \"quoted words\" match as a phrase.")
	db := fs.String("db", store.DefaultDSN(), "store `DSN`: a file path, sqlite:PATH or postgres://... (default $PARLEY_DB or parley.db)")
	var q store.SearchQuery
	fs.StringVar(&q.Entity, "entity", "", "only articles naming this `entity` (name, alias or id)")
	fs.StringVar(&q.Outlet, "outlet", "", "only articles from this `outlet`")
	fs.StringVar(&q.From, "from", "", "only articles published on or after `YYYY-MM-DD`")
	fs.StringVar(&q.To, "to", "", "only articles published on or before `YYYY-MM-DD`")
	fs.StringVar(&q.EventType, "event-type", "", "only articles reporting an event of this `type` (MEET, ATTACK_AIR, ...)")
	fs.IntVar(&q.Limit, "limit", 20, "at most `n` hits")
	fs.IntVar(&q.Offset, "offset", 0, "skip the first `n` hits")
	format := fs.String("format", "text", "output `format`: text or jsonl (one hit per line)")
	words, err := parse(fs, args)
	if err != nil {
		return err
	}
	q.Text = strings.Join(words, " ")
	if q.Text == "" && q.Entity == "" && q.Outlet == "" && q.From == "" && q.To == "" && q.EventType == "" {
		return fmt.Errorf("%w: no QUERY given", errUsage)
	}
	for _, d := range []struct{ flag, v string }{{"from", q.From}, {"to", q.To}} {
		if d.v != "" && store.Day(d.v) != d.v {
			return fmt.Errorf("%w: --%s %q is not YYYY-MM-DD", errUsage, d.flag, d.v)
		}
	}
	if *format != "text" && *format != "jsonl" {
		return fmt.Errorf("%w: --format must be text or jsonl", errUsage)
	}
	st, err := store.Open(ctx, *db, store.Options{Log: e.log})
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := st.Search(ctx, q)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	if *format == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for _, h := range res.Hits {
			if err := enc.Encode(h); err != nil {
				return err
			}
		}
		return nil
	}
	if len(res.Hits) == 0 {
		fmt.Fprintln(e.stderr, "parley search: no hits")
		return nil
	}
	for i, h := range res.Hits {
		fmt.Fprintf(w, "%d. %s\n   %s · %s · %s\n   %s\n\n", q.Offset+i+1, orDash(h.Title), orDash(h.Outlet), orDash(h.Published), h.ArticleID,
			strings.Join(strings.Fields(h.Snippet), " "))
	}
	if res.More {
		fmt.Fprintf(w, "more hits: --offset %d\n", q.Offset+len(res.Hits))
	}
	return nil
}

func orDash(p *string) string {
	if p == nil || *p == "" {
		return "-"
	}
	return *p
}
