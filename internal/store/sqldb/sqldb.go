package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/parley-news/parley/internal/store"
)

// Dialect is what differs between the SQL engines.
type Dialect struct {
	Name string
	// Migrations are the schema versions in order; Migrations[i] brings
	// the schema to version i+1. Never edit one that has shipped: append.
	Migrations [][]string
	// Lock, if set, runs first in the migration transaction so that
	// concurrent openers migrate one at a time.
	Lock string
	// Dollar makes placeholders $1, $2, ... instead of ?.
	Dollar bool
	// Least and Greatest name the two-argument minimum and maximum.
	Least, Greatest string
	// MaxParams bounds the placeholders of one statement.
	MaxParams int
	// Indexed, if set, runs after a batch's articles are inserted, with
	// the smallest new article number: it feeds the full-text index.
	Indexed string
	// Search builds a search: SQL returning the columns n, score
	// of the articles matching the words and phrases (see FTSWords), best
	// first, among those for which cond (over articles a, its arguments
	// following the returned ones) holds and whose number is at least the
	// next argument after cond's. ok is false if nothing can match.
	Search func(words []string, cond string, limit, offset int) (query string, args []any, ok bool)
	// Newest builds SQL returning the number n of the window-th newest
	// article matching words and cond, arguments as for Search.
	Newest func(words []string, cond string, window int) (query string, args []any)
	// IDCol names the article number in Search and Newest conditions.
	IDCol string
	// SingleWriter says a write transaction shuts out every other writer
	// (SQLite's BEGIN IMMEDIATE), so a batch can number its articles itself.
	SingleWriter bool
	// Checkpoint, if set, runs in the background after each committed
	// batch (moving the WAL into the database while the caller prepares
	// the next one); the next batch waits for it before writing.
	Checkpoint string
}

// DB is a store over database/sql.
type DB struct {
	db  *sql.DB
	d   Dialect
	log *slog.Logger
	// wmu serializes this process's writers: SQLite has one writer, and
	// merging reads what earlier batches wrote. It guards w.
	wmu   sync.Mutex
	stmts stmts
	// ckpt is the background checkpoint in flight; Add and Wait under wmu.
	ckpt sync.WaitGroup
	// bands spares writers most LSH lookups (SingleWriter dialects); wmu.
	bands bandFilter
	// rstmts caches the statements readers run, by query text (see
	// readers in query.go); nrstmts counts them.
	rstmts  sync.Map
	nrstmts atomic.Int32
}

// stmts holds the statements writers use, prepared once on the DB:
// parsing a statement of hundreds of rows of placeholders costs more than
// running it. database/sql prepares each on a connection the first time a
// transaction there uses it, then reuses it.
type stmts map[string]*sql.Stmt

// maxStmts bounds the statement cache; the queries come from a fixed set.
const maxStmts = 512

// begin starts a write transaction. wmu is held.
func (s *DB) begin(ctx context.Context) (*wtx, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &wtx{s: s, tx: tx}, nil
}

// wtx is a write transaction that runs statements prepared once.
type wtx struct {
	s  *DB
	tx *sql.Tx
}

func (t *wtx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st := t.s.stmts[query]; st != nil {
		return t.tx.StmtContext(ctx, st), nil
	}
	if len(t.s.stmts) >= maxStmts {
		return t.tx.PrepareContext(ctx, query)
	}
	st, err := t.s.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if t.s.stmts == nil {
		t.s.stmts = stmts{}
	}
	t.s.stmts[query] = st
	return t.tx.StmtContext(ctx, st), nil
}

func (t *wtx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (t *wtx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := t.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (t *wtx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := t.stmt(ctx, query)
	if err != nil {
		// A Row cannot be made with an error; the query fails again below
		// and carries it.
		return t.tx.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

var _ store.Store = (*DB)(nil)

// New wraps an open database, migrating its schema to the latest version.
func New(ctx context.Context, db *sql.DB, d Dialect, log *slog.Logger) (*DB, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &DB{db: db, d: d, log: log}
	if err := s.migrate(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// SQL gives the underlying database (for tests and tools).
func (s *DB) SQL() *sql.DB { return s.db }

// Close closes the database.
func (s *DB) Close() error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	s.ckpt.Wait()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.rstmts.Range(func(_, st any) bool {
		st.(*sql.Stmt).Close()
		return true
	})
	return s.db.Close()
}

// Version reports the schema version.
func (s *DB) Version(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := s.db.QueryRowContext(ctx, "SELECT MAX(version) FROM schema_migrations").Scan(&v)
	return int(v.Int64), err
}

func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for {
		done, err := s.migrateOne(ctx)
		if err != nil || done {
			return err
		}
	}
}

// migrateOne applies the next migration, if any, in its own transaction.
func (s *DB) migrateOne(ctx context.Context) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if s.d.Lock != "" {
		if _, err := tx.ExecContext(ctx, s.d.Lock); err != nil {
			return false, fmt.Errorf("migrate: lock: %w", err)
		}
	}
	var v sql.NullInt64
	if err := tx.QueryRowContext(ctx, "SELECT MAX(version) FROM schema_migrations").Scan(&v); err != nil {
		return false, fmt.Errorf("migrate: %w", err)
	}
	have := int(v.Int64)
	if have > len(s.d.Migrations) {
		return false, fmt.Errorf("migrate: schema version %d is newer than this parley knows (%d)", have, len(s.d.Migrations))
	}
	if have == len(s.d.Migrations) {
		return true, nil
	}
	for _, st := range s.d.Migrations[have] {
		if _, err := tx.ExecContext(ctx, st); err != nil {
			return false, fmt.Errorf("migrate to version %d: %w (in %.60q)", have+1, err, st)
		}
	}
	if _, err := tx.ExecContext(ctx, s.q("INSERT INTO schema_migrations (version, applied) VALUES (?, CURRENT_TIMESTAMP)"), have+1); err != nil {
		return false, fmt.Errorf("migrate to version %d: %w", have+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrate to version %d: commit: %w", have+1, err)
	}
	s.log.Info("schema migrated", "store", s.d.Name, "version", have+1)
	return false, nil
}

// q rewrites ? placeholders for the dialect. Queries never hold a literal ?.
func (s *DB) q(query string) string {
	if !s.d.Dollar || !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// marks returns "?, ?, ?" for n values.
func marks(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}

type queryer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// bulk runs head + "VALUES (...), (...)" + tail over rows of ncols values
// (flattened in args), as few statements as the dialect's parameter limit
// allows. If scan is given, it is called for every returned row.
func (s *DB) bulk(ctx context.Context, x queryer, head string, ncols int, args []any, tail string, scan func(*sql.Rows) error) error {
	if len(args) == 0 {
		return nil
	}
	row := "(" + marks(ncols) + ")"
	for len(args) > 0 {
		n := chunk(len(args)/ncols, s.d.MaxParams/ncols)
		var b strings.Builder
		b.WriteString(head)
		b.WriteString(" VALUES ")
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(row)
		}
		b.WriteString(" ")
		b.WriteString(tail)
		query := s.q(b.String())
		chunk := args[:n*ncols]
		args = args[n*ncols:]
		if scan == nil {
			if _, err := x.ExecContext(ctx, query, chunk...); err != nil {
				return fmt.Errorf("%s: %w", firstWords(head), err)
			}
			continue
		}
		rows, err := x.QueryContext(ctx, query, chunk...)
		if err != nil {
			return fmt.Errorf("%s: %w", firstWords(head), err)
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		if err := rows.Close(); err != nil {
			return fmt.Errorf("%s: %w", firstWords(head), err)
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("%s: %w", firstWords(head), err)
		}
	}
	return nil
}

// in runs query, whose only "(?*)" stands for a list, over keys in chunks,
// calling scan for every row. Fixed args come before the list.
func (s *DB) in(ctx context.Context, x queryer, query string, fixed []any, keys []any, scan func(*sql.Rows) error) error {
	for len(keys) > 0 {
		n := chunk(len(keys), s.d.MaxParams-len(fixed))
		args := append(append([]any{}, fixed...), keys[:n]...)
		keys = keys[n:]
		rows, err := x.QueryContext(ctx, s.q(strings.Replace(query, "(?*)", "("+marks(n)+")", 1)), args...)
		if err != nil {
			return fmt.Errorf("%s: %w", firstWords(query), err)
		}
		for rows.Next() {
			if err := scan(rows); err != nil {
				rows.Close()
				return err
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return fmt.Errorf("%s: %w", firstWords(query), err)
		}
	}
	return nil
}

// chunk picks how many of n rows go in the next statement: a size from a
// short ladder, so that the same few statements serve every batch.
func chunk(n, max int) int {
	for _, c := range []int{512, 128, 32, 8, 1} {
		if c <= n && c <= max {
			return c
		}
	}
	return 1
}

func firstWords(q string) string {
	f := strings.Fields(q)
	if len(f) > 4 {
		f = f[:4]
	}
	return strings.Join(f, " ")
}

func nullStr(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func strPtr(ns sql.NullString) *string {
	if !ns.Valid {
		return nil
	}
	v := ns.String
	return &v
}

func emptyNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
