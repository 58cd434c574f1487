package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// FTS5Search is Dialect.Search for SQLite's FTS5 table articles_fts (over
// the articles' title and text, rowid the article number). It takes the
// newest Window matches itself, so FTS5Newest is empty: one statement per
// search, the filter's list of numbers parsed once.
//
// A hit scores one when its title holds all the words, else zero; ties go
// to the newest. BM25 would cost a pass over the whole posting list of
// every word on every search (FTS5 counts the articles holding each word
// to weigh it): milliseconds for a common word, however few the
// candidates. Here the candidates are read once, and the title matches
// only between the first and the last of them.
func FTS5Search(words []string, cond string, limit, offset int) (string, []any, bool) {
	if len(words) == 0 {
		return "", nil, false
	}
	q := FTSQuery(words)
	// ?1 and ?2 are the title and the text queries; cond's arguments
	// follow, then the lowest number to consider.
	cond, from := Numbered(cond, 3)
	// CROSS JOIN keeps the bounds (b) outside the text index, so that the
	// index seeks to them instead of walking the word's whole list.
	return fmt.Sprintf(`WITH c(n) AS MATERIALIZED (SELECT f.rowid FROM %s WHERE articles_fts MATCH ?2 AND %s AND f.rowid >= ?%d
			ORDER BY f.rowid DESC LIMIT %d),
		b(lo, hi) AS (SELECT MIN(n), MAX(n) FROM c)
		SELECT c.n, c.n IN (SELECT t.rowid FROM b CROSS JOIN articles_fts t WHERE t.articles_fts MATCH ?1 AND t.rowid BETWEEN b.lo AND b.hi) FROM c
		ORDER BY 2 DESC, c.n DESC LIMIT %d OFFSET %d`,
		ftsFrom(cond), cond, from, Window, limit, max(offset, 0)), []any{"{title} : (" + q + ")", q}, true
}

// FTS5Newest is Dialect.Newest for FTS5: none, FTS5Search bounds the
// window itself.
func FTS5Newest(words []string, cond string, window int) (string, []any) {
	return "", nil
}

// ftsFrom joins the articles only when a filter needs them (the join
// costs a row lookup per candidate), with the text index as the outer
// loop: probing the index once per article is far slower.
func ftsFrom(cond string) string {
	if !strings.Contains(cond, "a.") {
		return "articles_fts f"
	}
	return "articles_fts f CROSS JOIN articles a ON a.n = f.rowid"
}

// fts5Among ranks, as FTS5Search does, the newest Window articles matching
// the words among the numbers in set (lowest lo, highest hi). The matches
// between lo and hi are read newest first and looked up in a Go map:
// SQLite's IN over hundreds of numbers costs a b-tree probe per match,
// several times the cost of reading it.
func (s *DB) fts5Among(ctx context.Context, words []string, set map[int64]bool, lo, hi int64, limit, offset int) ([]hit, error) {
	q := FTSQuery(words)
	var cands []int64
	rows, err := s.rd().QueryContext(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?
		ORDER BY rowid DESC`, q, lo, hi)
	if err != nil {
		return nil, err
	}
	for rows.Next() && len(cands) < Window {
		var n int64
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, err
		}
		if set[n] {
			cands = append(cands, n)
		}
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	if err := rows.Err(); err != nil || len(cands) == 0 {
		return nil, err
	}
	title := map[int64]bool{}
	err = s.each(ctx, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?",
		[]any{"{title} : (" + q + ")", cands[len(cands)-1], cands[0]}, func(r *sql.Rows) error {
			var n int64
			if err := r.Scan(&n); err != nil {
				return err
			}
			title[n] = true
			return nil
		})
	if err != nil {
		return nil, err
	}
	// Title matches first, each part newest first (cands already is).
	hs := make([]hit, 0, len(cands))
	for _, first := range []bool{true, false} {
		for _, n := range cands {
			if title[n] == first {
				hs = append(hs, hit{n: n, score: float64(b2i(first))})
			}
		}
	}
	hs = hs[min(max(offset, 0), len(hs)):]
	return hs[:min(limit, len(hs))], nil
}
