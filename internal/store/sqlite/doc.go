// Package sqlite takes a file path and hands on the embedded store: a
// store.Store in one SQLite file (modernc.org/sqlite, pure Go) in WAL mode,
// with FTS5 full-text search. It registers itself as "sqlite" with
// store.Open; it is the default store.
package sqlite
