// Package entity finds people, organizations, places and groups with their mentions, aliases and roles (Entities) in an
// article's text and fills that field of the article record.
package entity
