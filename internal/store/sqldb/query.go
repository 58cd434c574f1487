package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
)

// Article implements store.Store.
func (s *DB) Article(ctx context.Context, id string) (*article.Article, error) {
	var text, rec string
	err := s.rd().QueryRowContext(ctx, s.q("SELECT text, record FROM articles WHERE id = ?"), id).Scan(&text, &rec)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	return decode(id, text, rec)
}

func decode(id, text, rec string) (*article.Article, error) {
	var a article.Article
	if err := json.Unmarshal([]byte(rec), &a); err != nil {
		return nil, fmt.Errorf("article %s: decode record: %w", id, err)
	}
	a.Text = text
	a.Normalize()
	return &a, nil
}

func limit(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// entityIDs resolves an entity filter: a canonical number, or a name or
// alias matched by its fold.
func (s *DB) entityIDs(ctx context.Context, ref string) ([]any, error) {
	if n, err := strconv.ParseInt(ref, 10, 64); err == nil {
		return []any{n}, nil
	}
	f := store.Fold(ref)
	var ids []any
	rows, err := s.rd().QueryContext(ctx, s.q(`SELECT n FROM entities WHERE fold = ?
		UNION SELECT entity FROM entity_aliases WHERE fold = ?`), f, f)
	if err != nil {
		return nil, fmt.Errorf("entity %q: %w", ref, err)
	}
	defer rows.Close()
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		ids = append(ids, n)
	}
	return ids, rows.Err()
}

// NoFilter is the condition of a search without filters.
const NoFilter = "1 = 1"

// Window is how many of the newest matching articles a search ranks by
// relevance. Older matches are found only by narrowing the query or the
// dates.
const Window = 400

// filterWindows are how many articles passing a search's filters may
// drive it, tried in turn while they give too few hits; past the last the
// filters are weak and the words drive.
var filterWindows = []int{500, 4000}

// Search implements store.Store.
func (s *DB) Search(ctx context.Context, q store.SearchQuery) (store.SearchResult, error) {
	var res store.SearchResult
	lim := limit(q.Limit, 20)
	var f filter
	if q.Entity != "" {
		ids, err := s.entityIDs(ctx, q.Entity)
		if err != nil {
			return res, fmt.Errorf("search: %w", err)
		}
		if len(ids) == 0 {
			return res, nil
		}
		f.add(true, "a.n IN (SELECT article FROM article_entities WHERE entity IN ("+marks(len(ids))+"))", ids...)
	}
	f.add(q.Outlet != "", "a.outlet_fold = ?", store.Fold(q.Outlet))
	f.add(q.From != "", "a.published >= ?", q.From)
	f.add(q.To != "", "a.published <= ?", q.To)
	f.add(q.EventType != "", "EXISTS (SELECT 1 FROM events e WHERE e.article = a.n AND e.type = ?)", q.EventType)
	where, args := f.sql(NoFilter)
	text := FTSWords(q.Text)
	var hs []hit
	var err error
	switch {
	case len(text) == 0:
		// No words: the newest articles that pass the filters.
		hs, err = s.hits(ctx, fmt.Sprintf(`SELECT a.n, 0 FROM articles a WHERE %s
			ORDER BY a.published DESC, a.n DESC LIMIT %d OFFSET %d`, where, lim+1, q.Offset), args)
	case where == NoFilter:
		hs, err = s.rank(ctx, text, where, args, lim+1, q.Offset)
	default:
		hs, err = s.filtered(ctx, q, text, where, args, lim+1)
	}
	if err != nil {
		return res, fmt.Errorf("search %q: %w", q.Text, err)
	}
	if len(hs) > lim {
		res.More = true
		hs = hs[:lim]
	}
	ns := make([]any, len(hs))
	for i, h := range hs {
		ns[i] = h.n
	}
	refs := map[int64]store.Hit{}
	err = s.in(ctx, s.rd(), "SELECT n, id, title, outlet, url, published, story, text FROM articles WHERE n IN (?*)", nil, padded(ns), func(r *sql.Rows) error {
		var n int64
		var h store.Hit
		var title, outlet, url, pub sql.NullString
		var body string
		if err := r.Scan(&n, &h.ArticleID, &title, &outlet, &url, &pub, &h.Story, &body); err != nil {
			return err
		}
		h.Title, h.Outlet, h.URL, h.Published = strPtr(title), strPtr(outlet), strPtr(url), strPtr(pub)
		h.Snippet = Snippet(body, text, 30)
		refs[n] = h
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("search %q: %w", q.Text, err)
	}
	res.Hits = make([]store.Hit, 0, len(hs))
	for _, h := range hs {
		r := refs[h.n]
		r.Score = h.score
		res.Hits = append(res.Hits, r)
	}
	return res, nil
}

// filtered runs a search with words and filters. The newest articles
// passing the filters drive it: their numbers become the condition, with
// the lowest and highest as bounds the text index seeks between, so the
// text index is neither joined with the articles for every match of the
// words nor walked past them. Only when the filters pass more articles than the
// last window and those give too few hits do the words drive.
func (s *DB) filtered(ctx context.Context, q store.SearchQuery, text []string, where string, args []any, lim int) ([]hit, error) {
	var hs []hit
	for _, k := range filterWindows {
		ns, more, err := s.passing(ctx, q, where, args, k)
		if err != nil || len(ns) == 0 {
			return nil, err
		}
		if s.d.Name == "sqlite" {
			set := make(map[int64]bool, len(ns))
			lo, hi := ns[0], ns[0]
			for _, n := range ns {
				set[n] = true
				lo, hi = min(lo, n), max(hi, n)
			}
			hs, err = s.fts5Among(ctx, text, set, lo, hi, lim, q.Offset)
			if err != nil || !more || len(hs) >= lim {
				return hs, err
			}
			continue
		}
		// The numbers are written into the SQL (integers the store made,
		// nothing typed): binding thousands of arguments costs more.
		lo, hi := ns[0], ns[0]
		var b strings.Builder
		b.WriteString(s.d.IDCol + " IN (")
		for i, n := range ns {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strconv.FormatInt(n, 10))
			lo, hi = min(lo, n), max(hi, n)
		}
		fmt.Fprintf(&b, ") AND %s BETWEEN %d AND %d", strings.TrimPrefix(s.d.IDCol, "+"), lo, hi)
		hs, err = s.rank(ctx, text, b.String(), nil, lim, q.Offset)
		if err != nil || !more || len(hs) >= lim {
			return hs, err
		}
	}
	// The entity and event type conditions need only the article's number:
	// naming the text index's own spares reading each article's row.
	return s.rank(ctx, text, strings.ReplaceAll(where, "a.n", strings.TrimPrefix(s.d.IDCol, "+")), args, lim, q.Offset)
}

// passing lists the numbers of about the newest k articles passing a
// search's filters, and whether more pass. A filter by event type or
// entity alone reads its own index, newest first, instead of looking up
// each article in turn.
func (s *DB) passing(ctx context.Context, q store.SearchQuery, where string, args []any, k int) ([]int64, bool, error) {
	only := q.Outlet == "" && q.From == "" && q.To == ""
	query := fmt.Sprintf("SELECT a.n FROM articles a WHERE %s ORDER BY a.published DESC NULLS LAST, a.n DESC LIMIT %d", where, k+1)
	switch {
	case only && q.Entity == "" && q.EventType != "":
		// Newest by the event's date: the index on (type, day) serves it.
		query = fmt.Sprintf("SELECT article FROM events WHERE type = ? ORDER BY day DESC NULLS LAST LIMIT %d", k+1)
		args = []any{q.EventType}
	case only && q.Entity != "" && q.EventType == "":
		// The entity condition's arguments are its ids.
		query = fmt.Sprintf("SELECT article FROM article_entities WHERE entity IN (%s) ORDER BY article DESC LIMIT %d", marks(len(args)), k+1)
	}
	var ns []int64
	seen := map[int64]bool{}
	rows := 0
	err := s.each(ctx, query, args, func(r *sql.Rows) error {
		var n int64
		if err := r.Scan(&n); err != nil {
			return err
		}
		if rows++; rows <= k && !seen[n] {
			seen[n] = true
			ns = append(ns, n)
		}
		return nil
	})
	return ns, rows > k, err
}

// padded repeats the first of keys up to a size of the statement ladder
// (see chunk), so that a list of 20 is one statement of 32, not
// 8+8+1+1+1+1: a key listed twice in IN changes nothing.
func padded(keys []any) []any {
	for _, c := range []int{1, 8, 32, 128, 512} {
		if len(keys) > c {
			continue
		}
		if len(keys) == c || len(keys) == 0 {
			return keys
		}
		out := make([]any, c)
		copy(out, keys)
		for i := len(keys); i < c; i++ {
			out[i] = keys[0]
		}
		return out
	}
	return keys
}

type hit struct {
	n     int64
	score float64
}

// rank finds articles matching the words and cond, best first. Ranking
// every match of a common word costs time in proportion to the store;
// ranking the newest Window matches does not.
func (s *DB) rank(ctx context.Context, words []string, cond string, args []any, limit, offset int) ([]hit, error) {
	var from sql.NullInt64
	// An empty Newest: the dialect's search bounds the window itself.
	if nq, nargs := s.d.Newest(words, cond, Window); nq != "" {
		err := s.rd().QueryRowContext(ctx, s.q(nq), append(nargs, args...)...).Scan(&from)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
	}
	query, targs, ok := s.d.Search(words, cond, limit, offset)
	if !ok {
		return nil, nil
	}
	return s.hits(ctx, query, append(append(targs, args...), from.Int64))
}

// hits runs a query returning (n, score) rows.
func (s *DB) hits(ctx context.Context, query string, args []any) ([]hit, error) {
	var hs []hit
	err := s.each(ctx, query, args, func(r *sql.Rows) error {
		var h hit
		hs = append(hs, h)
		return r.Scan(&hs[len(hs)-1].n, &hs[len(hs)-1].score)
	})
	return hs, err
}

// FTSWords splits a user's query into folded words and "quoted phrases"
// (words joined by one space). Nothing the user types is query syntax.
func FTSWords(text string) []string {
	var out []string
	for i, part := range strings.Split(text, `"`) {
		if i%2 == 1 {
			if w := strings.Join(strings.Fields(store.Fold(part)), " "); w != "" {
				out = append(out, w)
			}
			continue
		}
		out = append(out, strings.Fields(store.Fold(part))...)
	}
	return out
}

// FTSQuery turns FTSWords into an FTS5 query matching all of them.
func FTSQuery(words []string) string {
	ws := append([]string{}, words...)
	for i, w := range ws {
		ws[i] = `"` + w + `"`
	}
	return strings.Join(ws, " ")
}

// Numbered rewrites the ? placeholders of query as ?first, ?first+1, ...
// and returns the next free number: for SQL that names one argument twice.
// Queries never hold a literal ?.
func Numbered(query string, first int) (string, int) {
	var b strings.Builder
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			b.WriteString("?" + strconv.Itoa(first))
			first++
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String(), first
}

func (s *DB) aliases(ctx context.Context, es []*store.EntitySummary) error {
	if len(es) == 0 {
		return nil
	}
	byN := map[int64]*store.EntitySummary{}
	ns := make([]any, len(es))
	for i, e := range es {
		byN[e.ID] = e
		ns[i] = e.ID
		e.Aliases = []string{}
	}
	return s.in(ctx, s.rd(), "SELECT entity, fold, alias FROM entity_aliases WHERE entity IN (?*) ORDER BY entity, fold", nil, padded(ns), func(r *sql.Rows) error {
		var n int64
		var f, al string
		if err := r.Scan(&n, &f, &al); err != nil {
			return err
		}
		if e := byN[n]; e != nil && f != store.Fold(e.Name) {
			e.Aliases = append(e.Aliases, al)
		}
		return nil
	})
}

const entityCols = "n, name, type, articles, mentions, first_seen, last_seen"

func scanEntity(r interface{ Scan(...any) error }) (*store.EntitySummary, error) {
	var e store.EntitySummary
	var first, last sql.NullString
	if err := r.Scan(&e.ID, &e.Name, &e.Type, &e.Articles, &e.Mentions, &first, &last); err != nil {
		return nil, err
	}
	e.FirstSeen, e.LastSeen = strPtr(first), strPtr(last)
	e.Aliases = []string{}
	return &e, nil
}

// Entities implements store.Store.
func (s *DB) Entities(ctx context.Context, q store.EntityQuery) ([]store.EntitySummary, error) {
	var f filter
	f.add(q.Type != "", "type = ?", q.Type)
	if w := store.Fold(q.Q); w != "" {
		f.add(true, `(fold LIKE ? OR fold LIKE ? OR n IN (SELECT entity FROM entity_aliases WHERE fold LIKE ? OR fold LIKE ?))`,
			w+"%", "% "+w+"%", w+"%", "% "+w+"%")
	}
	where, args := f.sql("1 = 1")
	where = "WHERE " + where
	query := fmt.Sprintf("SELECT %s FROM entities %s ORDER BY mentions DESC, n LIMIT %d OFFSET %d", entityCols, where, limit(q.Limit, 50), max(q.Offset, 0))
	rows, err := s.rd().QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	var ps []*store.EntitySummary
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("entities: %w", err)
		}
		ps = append(ps, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	if err := s.aliases(ctx, ps); err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	out := make([]store.EntitySummary, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out, nil
}

// Entity implements store.Store.
func (s *DB) Entity(ctx context.Context, id int64) (*store.EntityDetail, error) {
	e, err := scanEntity(s.rd().QueryRowContext(ctx, s.q("SELECT "+entityCols+" FROM entities WHERE n = ?"), id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %d: %w", id, err)
	}
	if err := s.aliases(ctx, []*store.EntitySummary{e}); err != nil {
		return nil, fmt.Errorf("entity %d: %w", id, err)
	}
	d := &store.EntityDetail{EntitySummary: *e, Roles: []store.RoleSpell{}, Mentions: []store.Mention{},
		ArticleRefs: []store.ArticleRef{}, CoMentioned: []store.EntityCount{}}
	err = s.each(ctx, `SELECT r.role, r.day, a.id FROM entity_roles r JOIN articles a ON a.n = r.article
		WHERE r.entity = ? ORDER BY COALESCE(r.day, ''), r.article, r.role LIMIT 1000`, []any{id}, func(r *sql.Rows) error {
		var sp store.RoleSpell
		var day sql.NullString
		if err := r.Scan(&sp.Role, &day, &sp.ArticleID); err != nil {
			return err
		}
		sp.Date = strPtr(day)
		d.Roles = append(d.Roles, sp)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("entity %d roles: %w", id, err)
	}
	// One row per (article, local entity) with at least one mention: the
	// newest maxRefs rows list the articles and hold enough mentions.
	err = s.each(ctx, fmt.Sprintf(`SELECT a.id, a.title, a.outlet, a.url, a.published, a.text, ae.mentions
		FROM article_entities ae JOIN articles a ON a.n = ae.article
		WHERE ae.entity = ? ORDER BY ae.article DESC, ae.local LIMIT %d`, maxRefs), []any{id}, func(r *sql.Rows) error {
		var ref store.ArticleRef
		var title, outlet, url, pub sql.NullString
		// The text and the mention list are read in place (RawBytes): only
		// the mentioned words are copied out.
		var text, ms sql.RawBytes
		if err := r.Scan(&ref.ID, &title, &outlet, &url, &pub, &text, &ms); err != nil {
			return err
		}
		ref.Title, ref.Outlet, ref.URL, ref.Published = strPtr(title), strPtr(outlet), strPtr(url), strPtr(pub)
		if n := len(d.ArticleRefs); n == 0 || d.ArticleRefs[n-1].ID != ref.ID {
			d.ArticleRefs = append(d.ArticleRefs, ref)
		}
		if len(d.Mentions) >= maxMentions {
			return nil
		}
		var spans []article.Span
		if err := json.Unmarshal(ms, &spans); err != nil {
			return fmt.Errorf("mentions of %s: %w", ref.ID, err)
		}
		for _, sp := range spans {
			if len(d.Mentions) < maxMentions && sp.Valid(len(text)) {
				d.Mentions = append(d.Mentions, store.Mention{ArticleID: ref.ID, Start: sp.Start, End: sp.End, Text: string(text[sp.Start:sp.End])})
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("entity %d articles: %w", id, err)
	}
	// Co-mentions are counted over the entity's latest coMentionWindow
	// articles, so that the cost stays bounded for an entity named in
	// thousands (a country): the company it keeps now is what a reader asks.
	err = s.each(ctx, fmt.Sprintf(`SELECT e.n, e.name, e.type, c.shared FROM (
			SELECT o.entity AS entity, COUNT(DISTINCT o.article) AS shared
			FROM (SELECT article FROM article_entities WHERE entity = ? ORDER BY article DESC LIMIT %d) me
			JOIN article_entities o ON o.article = me.article AND o.entity <> ?
			GROUP BY o.entity
		) c JOIN entities e ON e.n = c.entity ORDER BY c.shared DESC, e.n LIMIT 30`, coMentionWindow), []any{id, id}, func(r *sql.Rows) error {
		var c store.EntityCount
		if err := r.Scan(&c.ID, &c.Name, &c.Type, &c.Articles); err != nil {
			return err
		}
		d.CoMentioned = append(d.CoMentioned, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("entity %d co-mentions: %w", id, err)
	}
	return d, nil
}

// maxMentions bounds the mentions an entity's detail lists, and maxRefs
// its articles (and those its co-mentions are counted over). An entity
// named in thousands of articles has them scattered over the store: each
// listed article costs a page read or two per table it is looked up in
// (100 articles: about 240 reads on a cold cache, 200: 420), and each
// mention its article's text. Mentions come from the listed articles.
const (
	maxMentions = 100
	maxRefs     = 100
)

// coMentionWindow is how many of an entity's latest articles its
// co-mentions are counted over: the articles it lists.
const coMentionWindow = maxRefs

// maxReadStmts bounds the statements cached for readers, and
// maxStmtText the length of a query text worth caching: texts carrying
// lists of numbers are made once.
const (
	maxReadStmts = 256
	maxStmtText  = 2048
)

// readers runs read queries through statements prepared once on the DB
// and kept: SQLite takes about as long to parse and plan a statement as to
// run a short one. database/sql prepares each on a connection the first
// time it runs there.
type readers struct{ s *DB }

func (s *DB) rd() readers { return readers{s} }

func (r readers) stmt(ctx context.Context, query string) *sql.Stmt {
	s := r.s
	if v, ok := s.rstmts.Load(query); ok {
		return v.(*sql.Stmt)
	}
	if len(query) > maxStmtText || s.nrstmts.Load() >= maxReadStmts {
		return nil
	}
	st, err := s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil // the plain call below reports it
	}
	if v, ok := s.rstmts.LoadOrStore(query, st); ok {
		st.Close()
		return v.(*sql.Stmt)
	}
	s.nrstmts.Add(1)
	return st
}

func (r readers) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := r.stmt(ctx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return r.s.db.QueryContext(ctx, query, args...)
}

func (r readers) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := r.stmt(ctx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return r.s.db.QueryRowContext(ctx, query, args...)
}

func (r readers) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return r.s.db.ExecContext(ctx, query, args...)
}

// each runs a query and calls fn for every row.
func (s *DB) each(ctx context.Context, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := s.rd().QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

const eventCols = `a.id, e.idx, e.type, e.plover, e.actor, e.actor_entity, e.target, e.target_entity,
	e.time, e.day, e.place, e.modality, COALESCE(g.independent, 1), e.evidence, a.url, a.outlet`

const eventFrom = `FROM events e JOIN articles a ON a.n = e.article LEFT JOIN event_groups g ON g.ekey = e.ekey`

func scanEvent(r *sql.Rows) (store.EventRecord, error) {
	var ev store.EventRecord
	var actor, target, tm, day, place, url, outlet sql.NullString
	var ae, te sql.NullInt64
	err := r.Scan(&ev.ArticleID, &ev.Index, &ev.Type, &ev.Plover, &actor, &ae, &target, &te, &tm, &day, &place,
		&ev.Modality, &ev.Sources, &ev.Evidence, &url, &outlet)
	ev.Actor, ev.Target, ev.Time, ev.Date, ev.Place = strPtr(actor), strPtr(target), strPtr(tm), strPtr(day), strPtr(place)
	ev.URL, ev.Outlet = strPtr(url), strPtr(outlet)
	if ae.Valid {
		ev.ActorEntity = &ae.Int64
	}
	if te.Valid {
		ev.TargetEntity = &te.Int64
	}
	return ev, err
}

// Events implements store.Store.
func (s *DB) Events(ctx context.Context, q store.EventQuery) ([]store.EventRecord, error) {
	var f filter
	f.add(q.Type != "", "e.type = ?", q.Type)
	if q.Actor != "" {
		ids, err := s.entityIDs(ctx, q.Actor)
		if err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		if len(ids) > 0 {
			f.add(true, "(e.actor_fold = ? OR e.actor_entity IN ("+marks(len(ids))+"))", append([]any{store.Fold(q.Actor)}, ids...)...)
		} else {
			f.add(true, "e.actor_fold = ?", store.Fold(q.Actor))
		}
	}
	f.add(q.From != "", "e.day >= ?", q.From)
	f.add(q.To != "", "e.day <= ?", q.To)
	f.add(q.ArticleID != "", "a.id = ?", q.ArticleID)
	where, args := f.sql("1 = 1")
	where = "WHERE " + where
	query := fmt.Sprintf("SELECT %s %s %s ORDER BY COALESCE(e.day, '9999'), e.article, e.idx LIMIT %d OFFSET %d",
		eventCols, eventFrom, where, limit(q.Limit, 100), max(q.Offset, 0))
	out := []store.EventRecord{}
	err := s.each(ctx, query, args, func(r *sql.Rows) error {
		ev, err := scanEvent(r)
		out = append(out, ev)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	return out, nil
}

// ExportEvents implements store.Store.
func (s *DB) ExportEvents(ctx context.Context, fn func(store.EventRecord) error) error {
	err := s.each(ctx, "SELECT "+eventCols+" "+eventFrom+" ORDER BY e.article, e.idx", nil, func(r *sql.Rows) error {
		ev, err := scanEvent(r)
		if err != nil {
			return err
		}
		return fn(ev)
	})
	if err != nil {
		return fmt.Errorf("export events: %w", err)
	}
	return nil
}

// Export implements store.Store.
func (s *DB) Export(ctx context.Context, fn func(*article.Article) error) error {
	err := s.each(ctx, "SELECT id, text, record FROM articles ORDER BY n", nil, func(r *sql.Rows) error {
		var id, text, rec string
		if err := r.Scan(&id, &text, &rec); err != nil {
			return err
		}
		a, err := decode(id, text, rec)
		if err != nil {
			return err
		}
		return fn(a)
	})
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// Agreements implements store.Store.
func (s *DB) Agreements(ctx context.Context, q store.AgreementQuery) ([]store.AgreementRecord, error) {
	all, err := s.agreements(ctx, "", nil)
	if err != nil {
		return nil, err
	}
	out := []store.AgreementRecord{}
	for _, g := range all {
		if q.Kind != "" && g.Kind != q.Kind || q.Status != "" && g.Status != q.Status || q.Party != "" && !hasFold(g.Parties, q.Party) {
			continue
		}
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool { return lastDay(out[i]) > lastDay(out[j]) })
	if l := limit(q.Limit, 100); len(out) > l {
		out = out[:l]
	}
	return out, nil
}

// Agreement implements store.Store.
func (s *DB) Agreement(ctx context.Context, id int64) (*store.AgreementRecord, error) {
	gs, err := s.agreements(ctx, "WHERE n = ?", []any{id})
	if err != nil {
		return nil, err
	}
	if len(gs) == 0 {
		return nil, fmt.Errorf("agreement %d: %w", id, store.ErrNotFound)
	}
	return &gs[0], nil
}

func hasFold(names []string, want string) bool {
	f := store.Fold(want)
	for _, n := range names {
		if store.Fold(n) == f {
			return true
		}
	}
	return false
}

func lastDay(g store.AgreementRecord) string {
	for i := len(g.History) - 1; i >= 0; i-- {
		if d := g.History[i].Date; d != nil {
			return *d
		}
	}
	return ""
}

func (s *DB) agreements(ctx context.Context, where string, args []any) ([]store.AgreementRecord, error) {
	var out []store.AgreementRecord
	byN := map[int64]int{}
	err := s.each(ctx, "SELECT n, name, kind, parties, mediators, duration, articles FROM agreements "+where+" ORDER BY n", args, func(r *sql.Rows) error {
		var g store.AgreementRecord
		var ps, ms string
		var d sql.NullInt64
		if err := r.Scan(&g.ID, &g.Name, &g.Kind, &ps, &ms, &d, &g.Articles); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(ps), &g.Parties); err != nil {
			return fmt.Errorf("agreement %d parties: %w", g.ID, err)
		}
		if err := json.Unmarshal([]byte(ms), &g.Mediators); err != nil {
			return fmt.Errorf("agreement %d mediators: %w", g.ID, err)
		}
		if d.Valid {
			v := int(d.Int64)
			g.DurationDays = &v
		}
		g.History = []store.StatusChange{}
		byN[g.ID] = len(out)
		out = append(out, g)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("agreements: %w", err)
	}
	ns := make([]any, 0, len(out))
	for _, g := range out {
		ns = append(ns, g.ID)
	}
	err = s.in(ctx, s.rd(), `SELECT h.agreement, h.day, h.status, a.id, h.evidence FROM agreement_status h
		JOIN articles a ON a.n = h.article WHERE h.agreement IN (?*) ORDER BY h.agreement, COALESCE(h.day, ''), h.article`, nil, padded(ns),
		func(r *sql.Rows) error {
			var n int64
			var c store.StatusChange
			var day sql.NullString
			if err := r.Scan(&n, &day, &c.Status, &c.ArticleID, &c.Evidence); err != nil {
				return err
			}
			c.Date = strPtr(day)
			g := &out[byN[n]]
			g.History = append(g.History, c)
			g.Status = c.Status
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("agreements history: %w", err)
	}
	return out, nil
}

// Stories implements store.Store.
func (s *DB) Stories(ctx context.Context, q store.StoryQuery) ([]store.Story, error) {
	if q.Latest {
		return s.latestStories(ctx, q)
	}
	query := fmt.Sprintf("SELECT n, size, first, last, claims, named, anonymous FROM stories WHERE size >= ? ORDER BY size DESC, n LIMIT %d OFFSET %d",
		limit(q.Limit, 50), max(q.Offset, 0))
	return s.stories(ctx, query, []any{max(q.MinArticles, 1)}, 20)
}

// latestStories reads the newest articles by date from their index and
// keeps their stories in that order, so the desk's "latest" never sorts the
// whole stories table. Articles with no date come after, newest stored first.
func (s *DB) latestStories(ctx context.Context, q store.StoryQuery) ([]store.Story, error) {
	want := min(limit(q.Limit, 50)+max(q.Offset, 0), 1000) // a desk reads the first pages only
	order := []int64{}
	seen := map[int64]bool{}
	collect := func(query string) error {
		return s.each(ctx, fmt.Sprintf(query, want*8), nil, func(r *sql.Rows) error {
			var n int64
			if err := r.Scan(&n); err != nil {
				return err
			}
			if !seen[n] && len(order) < want {
				seen[n] = true
				order = append(order, n)
			}
			return nil
		})
	}
	if err := collect("SELECT story FROM articles WHERE published IS NOT NULL ORDER BY published DESC, n DESC LIMIT %d"); err != nil {
		return nil, fmt.Errorf("latest stories: %w", err)
	}
	if len(order) < want {
		if err := collect("SELECT story FROM articles WHERE published IS NULL ORDER BY n DESC LIMIT %d"); err != nil {
			return nil, fmt.Errorf("latest stories: %w", err)
		}
	}
	order = order[min(max(q.Offset, 0), len(order)):]
	if len(order) == 0 {
		return []store.Story{}, nil
	}
	ns := make([]any, len(order))
	for i, n := range order {
		ns[i] = n
	}
	minSize := max(q.MinArticles, 1)
	got, err := s.stories(ctx, "SELECT n, size, first, last, claims, named, anonymous FROM stories WHERE n IN ("+marks(len(ns))+")", ns, 20)
	if err != nil {
		return nil, err
	}
	byN := make(map[int64]store.Story, len(got))
	for _, st := range got {
		byN[st.ID] = st
	}
	out := make([]store.Story, 0, len(order))
	for _, n := range order {
		if st, ok := byN[n]; ok && st.Size >= minSize {
			out = append(out, st)
		}
	}
	return out, nil
}

// Story implements store.Store.
func (s *DB) Story(ctx context.Context, id int64) (*store.Story, error) {
	out, err := s.stories(ctx, "SELECT n, size, first, last, claims, named, anonymous FROM stories WHERE n = ?", []any{id}, 0)
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("story %d: %w", id, store.ErrNotFound)
	}
	return &out[0], nil
}

// StoryOf implements store.Store.
func (s *DB) StoryOf(ctx context.Context, articleID string) (*store.Story, error) {
	var n int64
	err := s.rd().QueryRowContext(ctx, s.q("SELECT story FROM articles WHERE id = ?"), articleID).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("story of article %s: %w", articleID, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("story of article %s: %w", articleID, err)
	}
	return s.Story(ctx, n)
}

// stories loads stories with their articles, at most per of them (0: all).
func (s *DB) stories(ctx context.Context, query string, args []any, per int) ([]store.Story, error) {
	out := []store.Story{}
	byN := map[int64]int{}
	err := s.each(ctx, query, args, func(r *sql.Rows) error {
		var st store.Story
		var first, last sql.NullString
		if err := r.Scan(&st.ID, &st.Size, &first, &last, &st.Claims, &st.Named, &st.Anonymous); err != nil {
			return err
		}
		st.First, st.Last = strPtr(first), strPtr(last)
		st.Articles, st.Outlets = []store.ArticleRef{}, []string{}
		byN[st.ID] = len(out)
		out = append(out, st)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	ns := make([]any, 0, len(out))
	for _, st := range out {
		ns = append(ns, st.ID)
	}
	seen := map[int64]map[string]bool{}
	err = s.in(ctx, s.rd(), `SELECT story, id, title, outlet, url, published FROM articles WHERE story IN (?*)
		ORDER BY story, COALESCE(published, '9999'), n`, nil, padded(ns), func(r *sql.Rows) error {
		var n int64
		var ref store.ArticleRef
		var title, outlet, url, pub sql.NullString
		if err := r.Scan(&n, &ref.ID, &title, &outlet, &url, &pub); err != nil {
			return err
		}
		ref.Title, ref.Outlet, ref.URL, ref.Published = strPtr(title), strPtr(outlet), strPtr(url), strPtr(pub)
		st := &out[byN[n]]
		if st.Title == nil {
			st.Title = ref.Title
		}
		if ref.Outlet != nil {
			if seen[n] == nil {
				seen[n] = map[string]bool{}
			}
			if !seen[n][*ref.Outlet] {
				seen[n][*ref.Outlet] = true
				st.Outlets = append(st.Outlets, *ref.Outlet)
			}
		}
		if per == 0 || len(st.Articles) < per {
			st.Articles = append(st.Articles, ref)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	return out, nil
}

// Claims implements store.Store.
func (s *DB) Claims(ctx context.Context, q store.ClaimQuery) ([]store.ClaimGroup, error) {
	cond := "independent >= ?"
	args := []any{max(q.MinIndependent, 1)}
	if f := store.Fold(q.Q); f != "" {
		cond += " AND fold LIKE ?"
		args = append(args, "%"+f+"%")
	}
	query := fmt.Sprintf("SELECT ckey, content, articles, independent FROM claim_groups WHERE %s ORDER BY independent DESC, articles DESC, ckey LIMIT %d",
		cond, limit(q.Limit, 50))
	out := []store.ClaimGroup{}
	var keys []string
	err := s.each(ctx, query, args, func(r *sql.Rows) error {
		var g store.ClaimGroup
		var k string
		if err := r.Scan(&k, &g.Content, &g.Articles, &g.Independent); err != nil {
			return err
		}
		g.Outlets, g.Sources, g.Instances = []string{}, []string{}, []store.ClaimRef{}
		keys = append(keys, k)
		out = append(out, g)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	// Per group, the first 50 instances only: a claim repeated in
	// thousands of articles must not cost thousands of rows here.
	for i := range out {
		g := &out[i]
		seen := map[string]bool{}
		err = s.each(ctx, `SELECT a.id, c.source, c.named, a.outlet, a.published, c.span_start, c.span_end
			FROM claims c JOIN articles a ON a.n = c.article WHERE c.ckey = ? ORDER BY c.article, c.idx LIMIT 50`,
			[]any{keys[i]}, func(r *sql.Rows) error {
				var c store.ClaimRef
				var src, outlet, pub sql.NullString
				var named int
				if err := r.Scan(&c.ArticleID, &src, &named, &outlet, &pub, &c.Start, &c.End); err != nil {
					return err
				}
				c.Source, c.Outlet, c.Published, c.Named = strPtr(src), strPtr(outlet), strPtr(pub), named != 0
				if c.Outlet != nil && !seen["o"+*c.Outlet] {
					seen["o"+*c.Outlet] = true
					g.Outlets = append(g.Outlets, *c.Outlet)
				}
				if c.Source != nil && !seen["s"+*c.Source] {
					seen["s"+*c.Source] = true
					g.Sources = append(g.Sources, *c.Source)
				}
				if len(g.Instances) < 20 {
					g.Instances = append(g.Instances, c)
				}
				return nil
			})
		if err != nil {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return out, nil
}

// Sourcing implements store.Store.
func (s *DB) Sourcing(ctx context.Context) ([]store.OutletStats, error) {
	out := []store.OutletStats{}
	err := s.each(ctx, `SELECT outlet, articles, stories, first_reports, claims, named, anonymous, direct
		FROM outlets ORDER BY articles DESC, outlet`, nil, func(r *sql.Rows) error {
		var o store.OutletStats
		if err := r.Scan(&o.Outlet, &o.Articles, &o.Stories, &o.FirstReports, &o.Claims, &o.Named, &o.Anonymous, &o.Direct); err != nil {
			return err
		}
		out = append(out, o)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sourcing: %w", err)
	}
	return out, nil
}

// Stats implements store.Store.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	var st store.Stats
	err := s.rd().QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM stories), (SELECT COUNT(*) FROM entities),
		(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM agreements)`).
		Scan(&st.Articles, &st.Stories, &st.Entities, &st.Events, &st.Claims, &st.Agreements)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// filter gathers the conditions of a WHERE clause and their arguments.
type filter struct {
	conds []string
	args  []any
}

// add adds a condition if on.
func (f *filter) add(on bool, cond string, args ...any) {
	if on {
		f.conds = append(f.conds, cond)
		f.args = append(f.args, args...)
	}
}

// sql joins the conditions with AND; none gives always.
func (f *filter) sql(always string) (string, []any) {
	if len(f.conds) == 0 {
		return always, nil
	}
	return strings.Join(f.conds, " AND "), f.args
}
