package text

import (
	"unicode"
	"unicode/utf8"
)

// Tokenize splits text[start:end] into tokens. Offsets out of range are
// clamped, so it never panics.
func Tokenize(text string, start, end int) []Token {
	start, end = max(start, 0), min(end, len(text))
	if start >= end {
		return nil
	}
	return appendTokens(make([]Token, 0, (end-start)/5+1), text, start, end)
}

// appendTokens appends the tokens of text[start:end] to toks. Spaces and
// invisible format characters (zero-width space, byte-order mark,
// direction marks) separate tokens and belong to none.
func appendTokens(toks []Token, text string, start, end int) []Token {
	i := start
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
			case isASCIILetter(c):
				j := scanWord(text, i, end)
				toks = append(toks, Token{i, j, Word})
				i = j
			case '0' <= c && c <= '9':
				j := scanNumber(text, i, end)
				toks = append(toks, Token{i, j, Number})
				i = j
			default:
				toks = append(toks, Token{i, i + 1, Punct})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r) || isInvisible(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsMark(r):
			j := scanWord(text, i, end)
			toks = append(toks, Token{i, j, Word})
			i = j
		case unicode.IsDigit(r):
			j := scanNumber(text, i, end)
			toks = append(toks, Token{i, j, Number})
			i = j
		default:
			toks = append(toks, Token{i, i + n, Punct})
			i += n
		}
	}
	return toks
}

func isASCIILetter(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// isInvisible reports format characters that scrapers leave in text and
// that carry no letter: they count as space. The zero-width (non-)joiners
// are kept inside words (Persian, Indic scripts).
func isInvisible(r rune) bool {
	switch r {
	case 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069:
		return true
	}
	return false
}

// isLetterAt reports whether a letter or digit starts text[i:end].
func isAlnumAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c) || ('0' <= c && c <= '9')
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isLetterAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return isASCIILetter(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// scanWord returns the end of the word starting at i. A word runs over
// letters, marks and digits, and over joiners with a letter or digit on
// both sides: hyphens ("al-Sharaa", "F-16"), apostrophes ("Israel's",
// "O’Brien") and the dots of letter-dot abbreviations ("U.S.", "a.m.").
func scanWord(text string, i, end int) int {
	start := i
	seg := 0      // letters in the current dot-separated segment
	dots := 0     // dots taken so far
	short := true // every segment so far had one letter
	for i < end {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case isASCIILetter(c) || ('0' <= c && c <= '9'):
				i++
				seg++
				continue
			case c == '-' || c == '\'':
				if isAlnumAt(text, i+1, end) && (c == '-' || isLetterAt(text, i+1, end)) {
					i++
					short = false
					continue
				}
				return i
			case c == '.':
				if seg == 1 && short {
					// "U.S": take the dot when one letter and a dot follow,
					// or when dots were already taken ("U.S." keeps its last)
					if isLetterAt(text, i+1, end) && runeLenAt(text, i+1, end) > 0 {
						k := i + 1 + runeLenAt(text, i+1, end)
						if k < end && text[k] == '.' {
							i++
							dots++
							seg = 0
							continue
						}
					}
					if dots > 0 {
						return i + 1
					}
				}
				return i
			default:
				return i
			}
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r):
			i += n
			if !unicode.IsMark(r) {
				seg++
			}
		case r == 0x200C || r == 0x200D: // zero-width (non-)joiner inside a word
			if !isLetterAt(text, i+n, end) {
				return i
			}
			i += n
		case r == '’' || r == 'ʼ':
			if !isLetterAt(text, i+n, end) {
				return i
			}
			i += n
			short = false
		case r == '‐' || r == '‑': // hyphen, non-breaking hyphen
			if !isAlnumAt(text, i+n, end) {
				return i
			}
			i += n
			short = false
		default:
			return i
		}
	}
	if i == start {
		return start + max(runeLenAt(text, start, end), 1)
	}
	return i
}

func runeLenAt(text string, i, end int) int {
	if i >= end {
		return 0
	}
	if text[i] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(text[i:end])
	return n
}

// scanNumber returns the end of the number starting at i: digits (any
// script), with inner separators followed by a digit ("1,200", "2.5",
// "10:30", "10/7", Arabic "٣٫٥").
func scanNumber(text string, i, end int) int {
	start := i
	for i < end {
		c := text[i]
		if '0' <= c && c <= '9' {
			i++
			continue
		}
		if c == ',' || c == '.' || c == '/' || c == ':' {
			if i > start && isDigitAt(text, i+1, end) {
				i++
				continue
			}
			return i
		}
		if c < utf8.RuneSelf {
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if unicode.IsDigit(r) {
			i += n
			continue
		}
		if (r == 0x066B || r == 0x066C) && i > start && isDigitAt(text, i+n, end) { // Arabic decimal and thousands separators
			i += n
			continue
		}
		return i
	}
	if i == start {
		return start + max(runeLenAt(text, start, end), 1)
	}
	return i
}

func isDigitAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return unicode.IsDigit(r)
}
