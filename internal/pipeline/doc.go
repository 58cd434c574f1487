// Package pipeline joins the stages: it reads inputs (read), cleans each raw
// document into articles (clean), extracts the facts of each (extract), and
// hands on finished article records in input order. Every verb that
// analyses inputs (extract, brief, ingest, serve, enqueue) goes through it.
package pipeline
