package read

import (
	"context"
	"errors"
	"io"
	"strings"
)

// Formats a Doc can come from.
const (
	FormatText  = "text"
	FormatJSONL = "jsonl"
	FormatHTML  = "html"
	FormatFeed  = "feed"
	FormatWARC  = "warc"
	// Compressed containers, opened and sniffed again inside.
	FormatGzip  = "gzip"
	FormatBzip2 = "bzip2"
)

// Expected rejections, checked with errors.Is. A reader that returns one
// after emitting documents has read the input only in part: the documents
// it emitted are good, and the error says what was skipped or repaired.
var (
	ErrBinary    = errors.New("binary content")
	ErrEncoding  = errors.New("invalid UTF-8")
	ErrEmpty     = errors.New("empty input")
	ErrTooLarge  = errors.New("input too large")
	ErrBadRecord = errors.New("bad record")
	ErrTruncated = errors.New("truncated input")
	ErrNotFile   = errors.New("not a regular file")
)

// Problems gathers what went wrong in one input, so that a reader can go
// on past a bad line and still report each kind of trouble. It matches
// every error it holds with errors.Is.
type Problems []error

// Add appends err when it is not nil.
func (p *Problems) Add(err error) {
	if err != nil {
		*p = append(*p, err)
	}
}

// Err returns nil when there is no problem, the problem when there is one,
// and the Problems otherwise.
func (p Problems) Err() error {
	switch len(p) {
	case 0:
		return nil
	case 1:
		return p[0]
	}
	return p
}

func (p Problems) Error() string {
	s := make([]string, len(p))
	for i, e := range p {
		s[i] = e.Error()
	}
	return strings.Join(s, "; ")
}

func (p Problems) Unwrap() []error { return p }

// Doc is one raw document: a text that may hold one story or several, with
// whatever metadata its container gave.
type Doc struct {
	Path   string // the input it came from ("-" for stdin)
	Index  int    // position of the document within its input
	Format string // one of the Format constants

	Text string // the raw text: a dump to segment, or an extracted body
	// Body is true when Text is already one article's body (JSONL text,
	// HTML main text), false for a raw dump that may hold several stories.
	Body bool

	Title     string // from metadata, if any
	URL       string
	Published string // YYYY-MM-DD from metadata, if any
	Outlet    string
	Captions  []string // captions the container marked as such (HTML figcaptions)
	// Summary is true when the text is only a feed item's summary.
	Summary bool

	Author   string // byline from metadata, if any
	Language string // ISO 639-1 code from metadata, if any
	Fetched  string // YYYY-MM-DD the page was fetched (WARC-Date), if known
}

// Emit receives each document read. Returning an error stops the input.
type Emit func(Doc) error

// Report receives each input, or part of an input, that could not be read.
// The run goes on with the others.
type Report func(path string, err error)

// Reader decodes one format.
type Reader interface {
	// Read decodes the input r, named path, and emits its documents. It
	// streams where the format allows, so that a large input is not held
	// whole in memory.
	Read(ctx context.Context, path string, r io.Reader, emit Emit) error
}
