// Package read turns inputs (files, folders, stdin) into raw documents: it
// detects each input's format from its content, decodes it with the reader
// for that format (plain-text dump, JSONL, HTML, feed, WARC) and hands on one
// Doc per document, streaming, so memory does not grow with the inputs.
// Inputs that cannot be read are reported with the reason and skipped.
package read
