// Package text takes an article's text and hands on its paragraphs,
// sentences and tokens, each located by UTF-8 byte offsets into the text.
// Every extractor works on the Doc it hands on, so that all stages agree on
// where a sentence ends.
//
// Paragraphs are separated by blank lines; in a text with no blank line at
// all, by the line breaks that end a sentence or a heading. Inside a
// paragraph, a line break ends a sentence that has no end mark when the
// line is clearly shorter than the paragraph's longest (a heading, a
// byline), or when all its lines are short (widget words): wrapped prose
// is not cut. Tokens are words (letters of any script, with
// inner hyphens, apostrophes and the dots of "U.S."), numbers (with inner
// separators: "1,200", "2.5", "10:30") and single punctuation marks; spaces
// and invisible format characters belong to no token.
//
// A sentence ends at ".", "!", "?", "…" (and their kin in other scripts)
// followed by closing quotes or brackets, which stay with it, when the next
// token can open a sentence. The dot after an abbreviation is weighed by
// the abbreviation's class (data/abbreviations.txt): titles ("Lt. Gen.")
// never end a sentence, "No." and months do not before a number, company
// suffixes, initials, months and dotted forms ("U.S.", "a.m.") end one only
// before a word that usually opens a sentence (data/starters.txt).
package text
