package read

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// jsonlReader reads JSON records with a "text" field and optional
// "title", "url", "published" and "outlet": one object a line (JSONL), a
// pretty-printed object or a sequence of them, or one array of objects.
// Common other names of the fields ("body", "headline", "link", "date",
// "source", ...) are understood too. It streams: one line, or one record,
// is held at a time.
//
// A bad record (not JSON, no text, too long) is reported with its line
// number and skipped; the records around it are read. Invalid UTF-8 inside
// a record is replaced with U+FFFD and reported.
type jsonlReader struct{}

// maxBadShown is how many bad records an error names one by one.
const maxBadShown = 3

func (jsonlReader) Read(ctx context.Context, path string, r io.Reader, emit Emit) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	j := &jsonIn{path: path, emit: emit}
	head, _ := br.Peek(sniffLen)
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	var err error
	if len(head) > 0 && head[0] == '[' {
		err = j.readArray(ctx, br)
	} else {
		err = j.readLines(ctx, br)
	}
	j.probs.Add(err)
	if j.bad > 0 {
		j.probs.Add(&badRecords{n: j.bad, shown: j.badShown, kinds: j.kinds})
	}
	if j.invalid > 0 {
		j.probs.Add(fmt.Errorf("%w: %d records repaired with U+FFFD (first: %s)", ErrEncoding, j.invalid, j.invalidAt))
	}
	if j.index == 0 && len(j.probs) == 0 {
		return ErrEmpty
	}
	return j.probs.Err()
}

// jsonIn is the state of reading one JSON input.
type jsonIn struct {
	path      string
	emit      Emit
	index     int
	probs     Problems
	bad       int
	badShown  []string
	kinds     []error
	invalid   int
	invalidAt string
}

// badRecord counts a skipped record; kind, if not nil, is the sentinel
// that says why (ErrTooLarge, ErrTruncated).
func (j *jsonIn) badRecord(where string, kind error, why string) {
	j.bad++
	if kind != nil && !slices.Contains(j.kinds, kind) {
		j.kinds = append(j.kinds, kind)
	}
	if len(j.badShown) < maxBadShown {
		if kind != nil {
			why = kind.Error() + ": " + why
		}
		j.badShown = append(j.badShown, where+": "+why)
	}
}

// badRecords reports the records skipped in one input; it matches
// ErrBadRecord and the sentinel of each reason.
type badRecords struct {
	n     int
	shown []string
	kinds []error
}

func (b *badRecords) Error() string {
	return fmt.Sprintf("%v: %d skipped (%s)", ErrBadRecord, b.n, strings.Join(b.shown, "; "))
}

func (b *badRecords) Unwrap() []error { return append([]error{ErrBadRecord}, b.kinds...) }

// readLines reads one record a line, or records spread over several lines
// when the first one is.
func (j *jsonIn) readLines(ctx context.Context, br *bufio.Reader) error {
	lr := newLineReader(br, MaxDoc)
	var (
		rec       []byte // the record being gathered
		recLine   int    // where it started
		multiLine bool   // records span lines (decided by the first)
		decided   bool
		sc        jsonScan
	)
	for {
		line, err := lr.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, errLong) {
			j.badRecord(fmt.Sprintf("line %d", lr.n), ErrTooLarge, fmt.Sprintf("longer than %d bytes", MaxDoc))
			rec, sc = rec[:0], jsonScan{}
			continue
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", lr.n, err)
		}
		if lr.n%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if len(rec) > 0 && len(line) > 0 && line[0] == '{' {
			// a record opens at the line's start while the last is still
			// open: that one was cut short (pretty-printed records indent
			// what they nest)
			j.badRecord(fmt.Sprintf("line %d", recLine), ErrTruncated, "record cut short")
			rec, sc = rec[:0], jsonScan{}
		}
		if len(rec) == 0 {
			line = bytes.TrimLeft(line, " \t")
			line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
			if len(bytes.TrimSpace(line)) == 0 {
				continue
			}
			recLine = lr.n
		} else {
			rec = append(rec, '\n')
		}
		rec = append(rec, line...)
		sc.scan(line)
		switch {
		case sc.broken:
			// a string cannot run over a line end: this record is cut
			j.badRecord(fmt.Sprintf("line %d", recLine), ErrTruncated, "string not closed at the line end")
			rec, sc = rec[:0], jsonScan{}
			continue
		case sc.depth > 0 && (multiLine || !decided):
			if len(rec) > MaxDoc {
				j.badRecord(fmt.Sprintf("line %d", recLine), ErrTooLarge, fmt.Sprintf("record longer than %d bytes", MaxDoc))
				rec, sc = rec[:0], jsonScan{}
			}
			if !decided && lr.n > recLine {
				multiLine, decided = true, true
			}
			continue
		}
		if !decided {
			decided = true
			multiLine = lr.n > recLine
		}
		if err := j.record(rec, fmt.Sprintf("line %d", recLine)); err != nil {
			return err
		}
		rec, sc = rec[:0], jsonScan{}
	}
	if len(bytes.TrimSpace(rec)) > 0 {
		j.badRecord(fmt.Sprintf("line %d", recLine), ErrTruncated, "the input ends inside the record")
	}
	return nil
}

// readArray reads a JSON array of records, one element at a time.
func (j *jsonIn) readArray(ctx context.Context, br *bufio.Reader) error {
	dec := json.NewDecoder(br)
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("%w: %v", ErrBadRecord, err)
	}
	for n := 0; dec.More(); n++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			// the decoder cannot find its feet after a syntax error
			return fmt.Errorf("%w: item %d: %v", ErrTruncated, n, err)
		}
		if len(raw) > MaxDoc {
			j.badRecord(fmt.Sprintf("item %d", n), ErrTooLarge, fmt.Sprintf("longer than %d bytes", MaxDoc))
			continue
		}
		if err := j.record(raw, fmt.Sprintf("item %d", n)); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return fmt.Errorf("%w: array not closed: %v", ErrTruncated, err)
	}
	return nil
}

// record decodes one record and emits it; only emit's error is returned,
// bad records are counted.
func (j *jsonIn) record(b []byte, where string) error {
	if !utf8.Valid(b) {
		if j.invalid == 0 {
			j.invalidAt = where
		}
		j.invalid++
	}
	var rec jsonRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			j.badRecord(where, nil, "not JSON: "+se.Error())
		} else {
			j.badRecord(where, nil, "not a JSON object")
		}
		return nil
	}
	text := first(rec.Text, rec.Body, rec.Content, rec.Article, rec.ArticleBody, rec.ArticleBody2, rec.MainText, rec.FullText, rec.Story)
	if strings.TrimSpace(text) == "" {
		j.badRecord(where, nil, "no text")
		return nil
	}
	d := Doc{
		Path: j.path, Index: j.index, Format: FormatJSONL, Text: text, Body: true,
		Title:     strings.TrimSpace(first(rec.Title, rec.Headline)),
		URL:       strings.TrimSpace(first(rec.URL, rec.Link, rec.URI)),
		Published: normDate(first(rec.Published, rec.Date, rec.PublishedAt, rec.DatePublished, rec.DatePublish, rec.PubDate, rec.PublicationDate)),
		Outlet:    strings.TrimSpace(first(rec.Outlet, rec.Source, rec.Site, rec.Publisher, rec.SourceDomain, rec.SiteName)),
		Author:    strings.TrimSpace(first(rec.Author, rec.Byline)),
		Language:  strings.TrimSpace(first(rec.Language, rec.Lang)),
	}
	j.index++
	return j.emit(d)
}

// jsonRecord holds the fields a record may carry, under the names news
// exports use for them; a field of another type than string is ignored.
type jsonRecord struct {
	Text, Body, Content, Article, ArticleBody, MainText, Story looseString
	ArticleBody2                                               looseString `json:"article_body"`
	FullText                                                   looseString `json:"full_text"`
	Title, Headline                                            looseString
	URL, Link, URI                                             looseString
	Published, Date, DatePublished, PubDate                    looseString
	PublishedAt                                                looseString `json:"published_at"`
	DatePublish                                                looseString `json:"date_publish"`
	PublicationDate                                            looseString `json:"publication_date"`
	Outlet, Source, Site, Publisher                            looseString
	SourceDomain                                               looseString `json:"source_domain"`
	SiteName                                                   looseString `json:"site_name"`
	Author, Byline, Language, Lang                             looseString
}

// looseString takes a JSON string and lets any other value pass as "".
type looseString string

func (s *looseString) UnmarshalJSON(b []byte) error {
	if len(b) == 0 || b[0] != '"' {
		return nil
	}
	var v string
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = looseString(v)
	return nil
}

// first returns the first value that is not blank.
func first(vals ...looseString) string {
	for _, v := range vals {
		if strings.TrimSpace(string(v)) != "" {
			return string(v)
		}
	}
	return ""
}

// dateLayouts are the ways feeds and exports write a publication date.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", "2006/01/02",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006", "20060102",
}

// normDate turns a publication date as metadata gives it into YYYY-MM-DD,
// or "" when it cannot be read.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t.Format("2006-01-02")
		}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return numericDate(s)
}

// numericDate reads a day, a month and a year in figures joined by "/",
// "." or "-", perhaps with a clock time after ("17/10/2024 14:05",
// "17.10.2024"): day first as most of the world writes it, or month first
// as the United States does, when only one of the two reads is a date
// ("05/06/2024" could be either and gives "").
func numericDate(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		s = s[:i] // the clock time
	}
	var parts [3]int
	n := 0
	for f := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '/' || r == '.' || r == '-' }) {
		v, err := strconv.Atoi(f)
		if n == 3 || err != nil || len(f) > 4 {
			return ""
		}
		parts[n] = v
		n++
	}
	if n != 3 || parts[2] < 1000 {
		return ""
	}
	y := parts[2]
	dayFirst := validDate(y, parts[1], parts[0])
	monthFirst := validDate(y, parts[0], parts[1])
	switch {
	case dayFirst && (!monthFirst || parts[0] == parts[1]):
		return time.Date(y, time.Month(parts[1]), parts[0], 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	case monthFirst && !dayFirst:
		return time.Date(y, time.Month(parts[0]), parts[1], 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	return ""
}

// validDate: the day d exists in month m of year y.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// jsonScan follows the nesting of JSON text line by line, to tell when a
// record spread over lines is complete without parsing it again and again.
type jsonScan struct {
	depth    int
	inString bool
	escape   bool
	broken   bool // a string ran over a line end, or a bracket closed too often
}

func (s *jsonScan) scan(line []byte) {
	for _, c := range line {
		switch {
		case s.escape:
			s.escape = false
		case s.inString:
			switch c {
			case '\\':
				s.escape = true
			case '"':
				s.inString = false
			}
		case c == '"':
			s.inString = true
		case c == '{' || c == '[':
			s.depth++
		case c == '}' || c == ']':
			s.depth--
			if s.depth < 0 {
				s.broken = true
			}
		}
	}
	if s.inString {
		s.broken = true
	}
}
