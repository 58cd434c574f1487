// Package store takes finished article records and hands on a searchable,
// merged record of many articles: one Store interface, implemented by the
// embedded SQLite store (package sqlite, the default) and by PostgreSQL
// (package postgres), both checked by one conformance suite (storetest).
//
// Besides each article's whole record, a store keeps what merging across
// articles finds: canonical entities with every mention and a dated role
// history, near-duplicate articles clustered into stories (MinHash over word
// shingles), claims corroborated across independent stories, events with
// the number of stories reporting them, and agreements with a status history.
//
// Open picks the implementation from a DSN: a file path or "sqlite:PATH" for
// SQLite, "postgres://..." for PostgreSQL. Implementations register
// themselves, as database/sql drivers do; import them for their side effect.
package store
