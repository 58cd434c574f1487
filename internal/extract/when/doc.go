// Package when finds time expressions resolved to ISO 8601 against the publication date (Times) in an
// article's text and fills that field of the article record.
package when
