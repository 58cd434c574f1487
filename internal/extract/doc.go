// Package extract runs the extraction stages over a cleaned article: it
// segments the text once and hands the Doc to each stage in order (entities,
// times, quantities, claims, events, agreements), each filling its field of
// the record. The stages live in the sub-packages.
package extract
