// Package sqldb takes batches of article records and hands on the merged,
// queryable record over database/sql: the one implementation of
// store.Store that the sqlite and postgres packages share, each giving
// only a Dialect (schema, full-text search, placeholders). Merging (entity
// resolution, story clustering, corroboration counts) happens here, once,
// so both stores agree on every answer.
package sqldb
