// Package claim finds attributed statements with their sources, cues and outlets (Claims) in an
// article's text and fills that field of the article record.
package claim
