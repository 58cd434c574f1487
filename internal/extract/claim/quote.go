package claim

import (
	"unicode"
	"unicode/utf8"
)

// quote is one quotation inside a paragraph, marks included. open is true
// when the paragraph ends before the quote closes: wire style lets a quote
// run on into the next paragraph, which then opens with a fresh mark.
type quote struct {
	start, end int
	para       int
	open       bool
}

// findQuotes locates the double-quoted passages of text[ps:pe]. Curly marks
// say which way they face; a straight mark opens after a space or an opening
// bracket and closes otherwise, so mixed pairs ("... ”) still match.
// Single quotes are left alone: they are apostrophes far more often.
func findQuotes(text string, ps, pe, para int) []quote {
	var out []quote
	open := -1
	for i := ps; i < pe; {
		r, n := utf8.DecodeRuneInString(text[i:pe])
		if r == '\n' && open >= 0 && lineEnds(text, ps, i) {
			// a line that ends a sentence ends the quote too: dumps with one
			// paragraph per line must not pair marks across paragraphs
			out = append(out, quote{start: open, end: i, para: para, open: true})
			open = -1
		}
		switch {
		case r == '“' || r == '«' || r == '„':
			if open < 0 {
				open = i
			}
		case r == '”' && open < 0 && opensHere(text, ps, i, pe, n):
			// a right mark opening a quote: a common typing slip
			open = i
		case r == '”' || r == '»':
			if open >= 0 {
				out = append(out, quote{start: open, end: i + n, para: para})
				open = -1
			}
		case r == '\'' && i+1 < pe && text[i+1] == '\'':
			// two apostrophes stand for a double quote in some archives
			if open < 0 && opensHere(text, ps, i, pe, 2) {
				open = i
			} else if open >= 0 {
				out = append(out, quote{start: open, end: i + 2, para: para})
				open = -1
			}
			n = 2
		case r == '"':
			if open < 0 && opensHere(text, ps, i, pe, n) {
				open = i
			} else if open >= 0 {
				out = append(out, quote{start: open, end: i + n, para: para})
				open = -1
			}
		}
		i += n
	}
	if open >= 0 && pe-open > 1 {
		out = append(out, quote{start: open, end: pe, para: para, open: true})
	}
	return out
}

// opensHere reports whether the straight quote at i faces right: it follows
// the paragraph start, a space or an opening bracket and precedes a letter,
// digit or other opening material.
func opensHere(text string, ps, i, pe, n int) bool {
	if i > ps {
		r, _ := utf8.DecodeLastRuneInString(text[ps:i])
		if !unicode.IsSpace(r) && r != '(' && r != '[' && r != '—' && r != '–' && r != '-' && r != ':' {
			return false
		}
	}
	if i+n >= pe {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i+n : pe])
	return !unicode.IsSpace(r)
}

// isQuoteMark reports whether s is a double quotation mark of any style.
func isQuoteMark(s string) bool {
	switch s {
	case "“", "”", "\"", "«", "»", "„", "'":
		return true
	}
	return false
}

// lineEnds reports whether the line ending at the newline at i closes a
// sentence (its last visible character is a full stop or a closing mark).
func lineEnds(text string, ps, i int) bool {
	j := i
	for j > ps && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\r') {
		j--
	}
	if j == ps {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[ps:j])
	switch r {
	case '.', '!', '?', '”', '"', '’', '»', ':':
		return true
	}
	return false
}
