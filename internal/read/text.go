package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// MaxLine is the longest line a text dump may hold. No paragraph of news is
// anywhere near it; a longer line is a blob (a base64 image, a minified
// script, a broken export) and is skipped with a report.
const MaxLine = 8 << 20

// chunkSize is the size past which a text dump is cut into several
// documents (a variable so that tests can lower it).
var chunkSize = MaxDoc

// textReader reads a plain-text dump: one document holding one story or
// several, to be segmented by the clean stage. It streams line by line:
// a dump larger than MaxDoc is handed on in several documents cut at blank
// lines, so memory stays bounded whatever the input's size.
//
// Bad bytes do not lose the text around them. Invalid UTF-8 is replaced
// with U+FFFD and reported (ErrEncoding); a text whose start holds no valid
// multi-byte UTF-8 but does hold high bytes is read as windows-1252, the
// usual legacy encoding of Western news sites, without complaint. Lines
// holding NUL bytes (binary debris) and lines longer than MaxLine are
// skipped and reported (ErrBinary, ErrTooLarge).
type textReader struct{}

func (textReader) Read(ctx context.Context, path string, r io.Reader, emit Emit) error {
	lr := newLineReader(r, MaxLine)
	var (
		probs    Problems
		buf      []byte
		index    int
		legacy   bool
		decided  bool
		badBytes int
		badLine  int
		binLines int
		binFirst int
		visible  bool
	)
	flush := func() error {
		if !visible {
			buf = buf[:0]
			return nil
		}
		d := Doc{Path: path, Index: index, Format: FormatText, Text: string(buf)}
		index++
		buf, visible = buf[:0], false
		return emit(d)
	}
	for {
		line, err := lr.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, errLong) {
			probs.Add(fmt.Errorf("line %d: %w: longer than %d bytes, skipped", lr.n, ErrTooLarge, MaxLine))
			continue
		}
		if err != nil {
			probs.Add(fmt.Errorf("line %d: %w", lr.n, err))
			break
		}
		if lr.n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if !decided {
			legacy, decided = looksLegacy(lr.head()), true
		}
		if bytes.IndexByte(line, 0) >= 0 {
			if binLines == 0 {
				binFirst = lr.n
			}
			binLines++
			continue
		}
		switch {
		case legacy:
			line, _ = charmap.Windows1252.NewDecoder().Bytes(line)
		case !utf8.Valid(line):
			if badBytes == 0 {
				badLine = lr.n
			}
			badBytes += countInvalid(line)
			line = bytes.ToValidUTF8(line, []byte("\uFFFD"))
		}
		if lr.n == 1 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		blank := len(bytes.TrimSpace(line)) == 0
		// a large dump is cut at a blank line, or anywhere past twice
		// the limit, so that no document outgrows MaxDoc by much
		if len(buf) >= chunkSize && (blank || len(buf)+len(line) > 2*chunkSize) {
			if err := flush(); err != nil {
				return err
			}
		}
		if blank && len(buf) == 0 && index > 0 {
			continue // a cut dump's next document starts at its text
		}
		buf = append(buf, line...)
		buf = append(buf, '\n')
		visible = visible || !blank
	}
	if err := flush(); err != nil {
		return err
	}
	if binLines > 0 {
		probs.Add(fmt.Errorf("%w: %d lines with NUL bytes skipped (first: line %d)", ErrBinary, binLines, binFirst))
	}
	if badBytes > 0 {
		probs.Add(fmt.Errorf("%w: %d bad bytes replaced with U+FFFD (first: line %d)", ErrEncoding, badBytes, badLine))
	}
	if index == 0 && len(probs) == 0 {
		return ErrEmpty
	}
	return probs.Err()
}

// looksLegacy reports whether a text's start is in windows-1252 (or
// Latin-1) rather than UTF-8: it has bytes above 0x7F, none of them form a
// valid multi-byte UTF-8 sequence, and each reads as a letter inside or
// beside a word ("caf\xe9", "\xe0 Paris") or as typographic punctuation
// (curly quotes, dashes, the ellipsis, the euro sign). Stray bytes in
// ASCII text fail the last test and are repaired as invalid UTF-8.
func looksLegacy(head []byte) bool {
	high := false
	for i := 0; i < len(head); {
		c := head[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		high = true
		r, n := utf8.DecodeRune(head[i:])
		if r != utf8.RuneError || n > 1 {
			return false // valid UTF-8 beyond ASCII: the text is UTF-8
		}
		if len(head)-i < utf8.UTFMax && !utf8.FullRune(head[i:]) {
			break // a sequence cut by the end of the head proves nothing
		}
		if !legacyPlausible(head, i) {
			return false
		}
		i++
	}
	return high
}

// legacyPlausible reports whether the high byte at i reads well as
// windows-1252: punctuation, a letter in a word that also has an ASCII
// letter, or a one-letter word of a Latin-script language.
func legacyPlausible(b []byte, i int) bool {
	switch c := b[i]; {
	case c == 0x80 || c == 0x85 || (0x91 <= c && c <= 0x97) || c == 0xA0 || c == 0xAB || c == 0xBB || c == 0xB0:
		return true
	case c < 0xC0 || c == 0xD7 || c == 0xF7:
		return false
	}
	// the word around i: runs of letters and high bytes
	s, e := i, i+1
	for s > 0 && (isASCIILetterByte(b[s-1]) || b[s-1] >= 0xC0) {
		s--
	}
	for e < len(b) && (isASCIILetterByte(b[e]) || b[e] >= 0xC0) {
		e++
	}
	if e-s == 1 {
		// one-letter words of French, Spanish, Portuguese: "à", "é"
		switch b[i] {
		case 0xE0, 0xE1, 0xE8, 0xE9, 0xF3, 0xFA, 0xC0, 0xC9:
			return true
		}
		return false
	}
	for _, c := range b[s:e] {
		if isASCIILetterByte(c) {
			return true
		}
	}
	return false
}

func isASCIILetterByte(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// countInvalid counts the bytes of b that are not part of valid UTF-8.
func countInvalid(b []byte) int {
	n := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			n++
		}
		i += size
	}
	return n
}

// errLong is lineReader's report of a line longer than its limit.
var errLong = errors.New("line too long")

// lineReader reads lines of at most max bytes without ever holding more:
// a longer line is read through and dropped, and next reports errLong.
// Line ends ("\n", "\r\n", a lone "\r" of old Mac files) are removed.
type lineReader struct {
	br   *bufio.Reader
	max  int
	n    int // number of the line last returned
	line []byte
	cr   []byte // lines left over from splitting a line at lone "\r"
	hd   []byte
}

func newLineReader(r io.Reader, max int) *lineReader {
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < 64<<10 {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &lineReader{br: br, max: max}
}

// head returns up to 64 KiB of the input's start, for guessing its encoding.
func (l *lineReader) head() []byte {
	if l.hd == nil {
		l.hd, _ = l.br.Peek(l.br.Buffered())
		l.hd = append(append([]byte{}, l.line...), l.hd...)
	}
	return l.hd
}

// next returns the next line, valid until the following call.
func (l *lineReader) next() ([]byte, error) {
	if len(l.cr) > 0 {
		return l.splitCR(), nil
	}
	l.line = l.line[:0]
	tooLong := false
	for {
		chunk, err := l.br.ReadSlice('\n')
		if !tooLong {
			if len(l.line)+len(chunk) > l.max+2 {
				tooLong, l.line = true, l.line[:0]
			} else {
				if need := len(l.line) + len(chunk); need > cap(l.line) {
					// double, rather than append's 1.25 for large slices, so
					// that a long line costs about twice its size
					l.line = append(make([]byte, 0, max(2*cap(l.line), need)), l.line...)
				}
				l.line = append(l.line, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		if len(chunk) == 0 && len(l.line) == 0 && !tooLong && err != nil {
			return nil, io.EOF
		}
		l.n++
		if tooLong {
			return nil, errLong
		}
		line := bytes.TrimSuffix(bytes.TrimSuffix(l.line, []byte("\n")), []byte("\r"))
		if bytes.IndexByte(line, '\r') >= 0 {
			l.cr = line
			return l.splitCR(), nil
		}
		return line, nil
	}
}

// splitCR hands on the next piece of a line holding lone carriage returns.
func (l *lineReader) splitCR() []byte {
	i := bytes.IndexByte(l.cr, '\r')
	if i < 0 {
		line := l.cr
		l.cr = nil
		return line
	}
	line := l.cr[:i]
	l.cr = l.cr[i+1:]
	if len(l.cr) == 0 {
		l.cr = nil
		// a trailing lone "\r" ends the line; nothing follows on it
	}
	return line
}
