// Package clean turns a raw document into articles: it splits a dump that
// holds several stories, finds each title, removes scraper noise (listing
// every removed line), keeps photo captions apart, and infers the outlet
// and the publication date. It hands on article.Article values with Text,
// Title, Published, Removed, Captions and Source filled.
package clean
