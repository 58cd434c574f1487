package sqldb

import (
	"fmt"
	"strings"
)

// FTS5Search is Dialect.Search for SQLite's FTS5 table articles_fts (over
// the articles' title and text, rowid the article number).
//
// A hit scores one when its title holds all the words, else zero; ties go
// to the newest. BM25 would cost a pass over the whole posting list of
// every word on every search (FTS5 counts the articles holding each word
// to weigh it): milliseconds for a common word, however few the
// candidates. Here the candidates (the matches from the window's first
// number on) are read once, and the title matches only between the first
// and the last of them.
func FTS5Search(words []string, cond string, limit, offset int) (string, []any, bool) {
	if len(words) == 0 {
		return "", nil, false
	}
	q := FTSQuery(words)
	// ?1 and ?2 are the title and the text queries; cond's arguments
	// follow, then the window's first number.
	cond, from := Numbered(cond, 3)
	// CROSS JOIN keeps the bounds (b) outside the text index, so that the
	// index seeks to them instead of walking the word's whole list.
	return fmt.Sprintf(`WITH c(n) AS MATERIALIZED (SELECT f.rowid FROM %s WHERE articles_fts MATCH ?2 AND %s AND f.rowid >= ?%d),
		b(lo, hi) AS (SELECT MIN(n), MAX(n) FROM c)
		SELECT c.n, c.n IN (SELECT t.rowid FROM b CROSS JOIN articles_fts t WHERE t.articles_fts MATCH ?1 AND t.rowid BETWEEN b.lo AND b.hi) FROM c
		ORDER BY 2 DESC, c.n DESC LIMIT %d OFFSET %d`,
		ftsFrom(cond), cond, from, limit, max(offset, 0)), []any{"{title} : (" + q + ")", q}, true
}

// FTS5Newest is Dialect.Newest for FTS5: the number of the window-th
// newest match, or of the oldest when fewer match (so that the bounds
// FTS5Search reads between are always known).
func FTS5Newest(words []string, cond string, window int) (string, []any) {
	return fmt.Sprintf(`SELECT MIN(n) FROM (SELECT f.rowid AS n FROM %s WHERE articles_fts MATCH ? AND %s ORDER BY f.rowid DESC LIMIT %d)`,
		ftsFrom(cond), cond, window), []any{FTSQuery(words)}
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
