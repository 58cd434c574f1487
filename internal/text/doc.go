// Package text splits an article's text into paragraphs, sentences and
// tokens, each located by byte offsets into the text. Every extractor works
// on the Doc it hands on, so that all stages agree on where a sentence ends.
package text
