package read

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// MaxDoc is the largest document, in bytes, that a reader hands on.
const MaxDoc = 32 << 20

// sniffLen is how much of an input's start the format is guessed from.
const sniffLen = 8 << 10

// readers by format; other files (html.go, feed.go, warc.go) add theirs in init.
var readers = map[string]Reader{
	FormatText:  textReader{},
	FormatJSONL: jsonlReader{},
}

// Register adds the reader of a format.
func Register(format string, r Reader) { readers[format] = r }

// Walk reads every path in order: a file, a folder (walked in lexical
// order, hidden entries skipped), or "-" for stdin. One document is read
// and handed to emit at a time, and a folder is walked without listing it
// whole, so memory does not grow with the number of inputs. It returns
// the number of inputs that could not be read fully, each of which was
// passed to report with the reason; the documents read from a partly bad
// input were emitted all the same.
func Walk(ctx context.Context, paths []string, stdin io.Reader, emit Emit, report Report) (failed int) {
	fail := func(path string, err error) {
		failed++
		report(path, err)
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			return failed
		}
		if p == "-" {
			if err := readOne(ctx, "-", stdin, emit); err != nil {
				fail("-", err)
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			fail(p, unwrapPath(err))
			continue
		}
		if !info.IsDir() {
			if err := readFile(ctx, p, emit); err != nil {
				fail(p, err)
			}
			continue
		}
		// WalkDir visits each folder's entries in lexical order, reading
		// one folder listing at a time
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			if err != nil {
				fail(path, unwrapPath(err))
				return nil
			}
			name := d.Name()
			if path != p && len(name) > 0 && name[0] == '.' {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			switch t := d.Type(); {
			case t.IsDir():
				return nil
			case t&fs.ModeSymlink != 0:
				// follow links to files; links to folders could loop
				st, err := os.Stat(path)
				if err != nil {
					fail(path, unwrapPath(err))
					return nil
				}
				if st.IsDir() {
					logFrom(ctx).Info("symbolic link to a folder not followed", "path", path)
					return nil
				}
			case !t.IsRegular():
				fail(path, fmt.Errorf("%w (%s)", ErrNotFile, t.Type()))
				return nil
			}
			if err := readFile(ctx, path, emit); err != nil {
				fail(path, err)
			}
			return nil
		})
		if err != nil && ctx.Err() == nil {
			fail(p, err)
		}
	}
	return failed
}

// unwrapPath drops the *fs.PathError wrapper, whose path the report
// names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

func readFile(ctx context.Context, path string, emit Emit) error {
	f, err := os.Open(path)
	if err != nil {
		return unwrapPath(err)
	}
	defer f.Close()
	return readOne(ctx, path, f, emit)
}

// readOne sniffs the format of r and decodes it: compressed inputs are
// opened and sniffed again, UTF-16 text is turned into UTF-8, and binary
// files are rejected before any reader sees them.
func readOne(ctx context.Context, path string, r io.Reader, emit Emit) error {
	return readDepth(ctx, path, r, emit, 0)
}

func readDepth(ctx context.Context, path string, r io.Reader, emit Emit, depth int) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(sniffLen)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return fmt.Errorf("read: %w", unwrapPath(err))
	}
	if len(bytes.TrimSpace(head)) == 0 && len(head) < sniffLen {
		return ErrEmpty
	}
	if enc := utf16Order(head); enc != nil && depth < 2 {
		return readDepth(ctx, path, transform.NewReader(br, enc.NewDecoder()), emit, depth+1)
	}
	format := Sniff(path, head)
	switch format {
	case FormatGzip, FormatBzip2:
		if depth > 0 {
			return fmt.Errorf("%w: compressed input inside a compressed input", ErrBinary)
		}
		cr := &countReader{r: br}
		var dec io.Reader
		if format == FormatGzip {
			gz, err := gzip.NewReader(cr)
			if err != nil {
				return fmt.Errorf("gzip: %w", err)
			}
			defer gz.Close()
			dec = gz
		} else {
			dec = bzip2.NewReader(cr)
		}
		err := readDepth(ctx, path, &expandGuard{r: dec, in: cr, limits: WebLimits}, emit, depth+1)
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: %w", ErrTruncated, err)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", format, err)
		}
		return nil
	}
	if kind := binaryKind(head); kind != "" && format != FormatWARC {
		return fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	rd, ok := readers[format]
	if !ok {
		return fmt.Errorf("no reader for %s input", format)
	}
	return rd.Read(ctx, path, br, emit)
}

// utf16Order returns the UTF-16 decoding of an input that starts with a
// UTF-16 byte-order mark, or whose start has a zero byte in every other
// place (ASCII text saved as UTF-16 without a mark), else nil.
func utf16Order(head []byte) *unicodeEnc {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return &unicodeEnc{unicode.LittleEndian}
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return &unicodeEnc{unicode.BigEndian}
	}
	if len(head) < 16 {
		return nil
	}
	n := len(head) &^ 1
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if head[i] == 0 {
			zeroEven++
		}
		if head[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*9 && zeroEven == 0:
		return &unicodeEnc{unicode.LittleEndian}
	case zeroEven*10 >= pairs*9 && zeroOdd == 0:
		return &unicodeEnc{unicode.BigEndian}
	}
	return nil
}

type unicodeEnc struct{ order unicode.Endianness }

func (u *unicodeEnc) NewDecoder() transform.Transformer {
	return unicode.UTF16(u.order, unicode.UseBOM).NewDecoder()
}

// magics are the starts of common binary files that are not inputs.
var magics = []struct{ prefix, kind string }{
	{"%PDF-", "PDF"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"RIFF", "RIFF media"},
	{"PK\x03\x04", "zip archive"},
	{"\x7fELF", "executable"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"SQLite format 3\x00", "SQLite database"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document"},
}

// binaryKind names what a binary input looks like, or "" for text: a
// known magic number, a NUL byte, or many control characters.
func binaryKind(head []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(head, []byte(m.prefix)) {
			return m.kind
		}
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return "NUL bytes"
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b {
			ctl++
		}
	}
	if ctl > 0 && ctl*20 > len(head) {
		return "control characters"
	}
	return ""
}

// isJSONFeed reports whether a JSON object is a JSON Feed: its "version"
// names jsonfeed.org near the start (the spec puts it first).
func isJSONFeed(t []byte) bool {
	head := t[:min(len(t), 512)]
	return bytes.Contains(head, []byte(`"version"`)) && bytes.Contains(head, []byte("jsonfeed.org/version/"))
}

// Sniff names the format of an input from its first bytes, falling back on
// the file name only where the content is ambiguous.
func Sniff(path string, head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte{0x1f, 0x8b}):
		if inner := gunzipHead(head); bytes.HasPrefix(inner, []byte("WARC/")) {
			return FormatWARC // a crawl: the WARC reader opens each record
		}
		return FormatGzip
	case bytes.HasPrefix(head, []byte("BZh")) && len(head) > 4 && head[3] >= '1' && head[3] <= '9' && bytes.HasPrefix(head[4:], []byte("1AY&SY")):
		return FormatBzip2
	}
	t := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	t = bytes.TrimLeft(t, " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return FormatWARC
	case len(t) > 0 && t[0] == '{':
		if isJSONFeed(t) {
			return FormatFeed // JSON Feed (jsonfeed.org): gofeed reads it
		}
		if jsonStart(t[1:], '"', '}') {
			return FormatJSONL
		}
	case len(t) > 0 && t[0] == '[':
		if jsonStart(t[1:], '{', ']') {
			return FormatJSONL
		}
	case len(t) > 0 && t[0] == '<':
		low := bytes.ToLower(t[:min(len(t), 1024)])
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return FormatFeed
		}
		return FormatHTML
	}
	return FormatText
}

// jsonStart reports whether b, after spaces, starts with one of the bytes
// a JSON object ('"' or '}') or array of objects ('{' or ']') goes on with.
// A text that only starts with a brace ("{{Infobox", "[Photo]") is text.
func jsonStart(b []byte, a, c byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) == 0 || b[0] == a || b[0] == c
}

// gunzipHead decompresses what it can of a gzip stream's first bytes.
func gunzipHead(head []byte) []byte {
	gz, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return nil
	}
	out := make([]byte, 64)
	n, _ := io.ReadFull(gz, out)
	return out[:n]
}
