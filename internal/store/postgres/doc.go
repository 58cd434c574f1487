// Package postgres takes a postgres:// DSN and hands on the shared store: a
// store.Store in PostgreSQL (github.com/jackc/pgx/v5) with tsvector
// full-text search, for many writers (queue workers) and large corpora.
// It registers itself as "postgres" with store.Open.
package postgres
