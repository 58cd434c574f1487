package read

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// MaxDoc is the largest document, in bytes, that a reader hands on.
const MaxDoc = 32 << 20

// readers by format; other files (html.go, feed.go, warc.go) add theirs in init.
var readers = map[string]Reader{
	FormatText:  textReader{},
	FormatJSONL: jsonlReader{},
}

// Register adds the reader of a format.
func Register(format string, r Reader) { readers[format] = r }

// Walk reads every path in order: a file, a folder (walked in lexical
// order, hidden entries skipped), or "-" for stdin. It returns the number
// of inputs that could not be read, each of which was passed to report.
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
			fail(p, err)
			continue
		}
		if !info.IsDir() {
			if err := readFile(ctx, p, emit); err != nil {
				fail(p, err)
			}
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				fail(path, err)
				return nil
			}
			name := d.Name()
			if path != p && len(name) > 0 && name[0] == '.' {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			fail(p, err)
		}
		sort.Strings(files)
		for _, f := range files {
			if ctx.Err() != nil {
				return failed
			}
			if err := readFile(ctx, f, emit); err != nil {
				fail(f, err)
			}
		}
	}
	return failed
}

func readFile(ctx context.Context, path string, emit Emit) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return readOne(ctx, path, f, emit)
}

// readOne sniffs the format of r and decodes it.
func readOne(ctx context.Context, path string, r io.Reader, emit Emit) error {
	br := bufio.NewReaderSize(r, 64<<10)
	head, err := br.Peek(8 << 10)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("read: %w", err)
	}
	if len(bytes.TrimSpace(head)) == 0 {
		// Peek may have stopped short of a full buffer only at EOF
		if len(head) < 8<<10 {
			return ErrEmpty
		}
	}
	format := Sniff(path, head)
	rd, ok := readers[format]
	if !ok {
		return fmt.Errorf("no reader for %s input", format)
	}
	return rd.Read(ctx, path, br, emit)
}

// Sniff names the format of an input from its first bytes, falling back on
// the file name only where the content is ambiguous.
func Sniff(path string, head []byte) string {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return FormatWARC // gzip: only WARC crawls come compressed
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	t = bytes.TrimPrefix(t, []byte("\xef\xbb\xbf"))
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return FormatWARC
	case len(t) > 0 && t[0] == '{':
		return FormatJSONL
	case len(t) > 0 && t[0] == '<':
		low := bytes.ToLower(t[:min(len(t), 1024)])
		if bytes.Contains(low, []byte("<rss")) || bytes.Contains(low, []byte("<feed")) || bytes.Contains(low, []byte("<rdf:rdf")) {
			return FormatFeed
		}
		return FormatHTML
	}
	return FormatText
}
