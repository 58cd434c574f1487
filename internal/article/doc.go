// Package article defines the record parley hands on from every stage: the
// cleaned article and the facts found in it (entities, times, quantities,
// claims, events, agreements), each located by a Span of byte offsets into
// the article's Text. The JSON form is the contract of ../shared/SPEC.md:
// unknown values are null, empty lists are [], no field is ever missing.
package article
