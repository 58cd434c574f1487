package read

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/http/httputil"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

func init() { Register(FormatWARC, warcReader{limits: WebLimits}) }

// warcReader reads a WARC crawl, plain or gzip-compressed (one gzip member
// per record, or one for the whole file).
type warcReader struct{ limits Limits }

func (w warcReader) Read(ctx context.Context, path string, r io.Reader, emit Emit) error {
	br := bufio.NewReaderSize(r, 64<<10)
	magic, _ := br.Peek(2)
	if len(magic) < 2 || magic[0] != 0x1f || magic[1] != 0x8b {
		return w.records(ctx, path, br, emit)
	}
	in := &countReader{r: br}
	gz, err := gzip.NewReader(in)
	if err != nil {
		return fmt.Errorf("gunzip: %w", err)
	}
	defer gz.Close()
	return w.records(ctx, path, bufio.NewReaderSize(&expandGuard{r: gz, in: in, limits: w.limits}, 64<<10), emit)
}

// crawlCounts tallies what became of a crawl's records, for the summary.
type crawlCounts struct {
	records, pages, feedItems                int
	nonHTML, redirects, errors, notModified  int
	tooLarge, noText, unreadable, otherTypes int
}

func (c crawlCounts) skipped() int {
	return c.nonHTML + c.redirects + c.errors + c.notModified + c.tooLarge + c.noText + c.unreadable
}

func (c crawlCounts) log(log *slog.Logger, path string) {
	level := slog.LevelInfo
	if c.skipped() > 0 {
		level = slog.LevelWarn
	}
	log.Log(context.Background(), level, "crawl read", "path", path,
		"records", c.records, "pages", c.pages, "feed_items", c.feedItems,
		"skipped_non_html", c.nonHTML, "skipped_redirects", c.redirects,
		"skipped_errors", c.errors, "skipped_not_modified", c.notModified,
		"skipped_too_large", c.tooLarge, "skipped_no_text", c.noText,
		"unreadable", c.unreadable, "other_records", c.otherTypes)
}

// records reads the WARC records of src one by one. It frames each record
// itself, so that a record too large or of no interest is skipped while
// streaming, without being held in memory or spooled to disk, and has
// gowarc parse the records it keeps.
func (w warcReader) records(ctx context.Context, path string, src *bufio.Reader, emit Emit) (err error) {
	var c crawlCounts
	defer func() {
		c.log(logFrom(ctx), path)
		if err == nil && c.pages+c.feedItems == 0 {
			err = fmt.Errorf("%w: no article among %d records (%d skipped)", ErrNoText, c.records, c.skipped())
		}
	}()
	un := gowarc.NewUnmarshaler(gowarc.WithBufferMaxMemBytes(w.limits.Page+int64(w.limits.Header)),
		// ErrWarn (not ErrIgnore) for spec violations makes gowarc cache
		// each block, in memory within the limit, so that its payload can
		// be read after parsing; the warnings themselves are not needed.
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrIgnore), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore))
	index := 0
	for {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		head, fields, err := w.header(src)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("record %d: %w", c.records+1, err)
		}
		c.records++
		if c.records > w.limits.Records {
			return fmt.Errorf("%w: more than %d records", ErrTooLarge, w.limits.Records)
		}
		length, err := strconv.ParseInt(fields.get("content-length"), 10, 64)
		if err != nil || length < 0 {
			return fmt.Errorf("record %d: bad Content-Length %q", c.records, fields.get("content-length"))
		}
		typ := strings.ToLower(fields.get("warc-type"))
		keep := typ == "response" || typ == "resource"
		if !keep {
			c.otherTypes++
		} else if length > w.limits.Page {
			c.tooLarge++
			keep = false
		}
		if !keep {
			if _, err := io.CopyN(io.Discard, src, length); err != nil {
				return fmt.Errorf("record %d: truncated: %w", c.records, err)
			}
			endRecord(src)
			continue
		}
		block := make([]byte, len(head), len(head)+int(length)+4)
		copy(block, head)
		block = block[:len(head)+int(length)]
		if _, err := io.ReadFull(src, block[len(head):]); err != nil {
			return fmt.Errorf("record %d: truncated: %w", c.records, err)
		}
		endRecord(src)
		block = append(block, "\r\n\r\n"...)
		docs := w.record(un, block, typ, fields, &c)
		for _, d := range docs {
			d.Path, d.Index = path, index
			index++
			if err := emit(d); err != nil {
				return err
			}
		}
	}
}

// record turns one kept record into documents: a page, or a feed's items.
func (w warcReader) record(un gowarc.Unmarshaler, block []byte, typ string, fields warcFields, c *crawlCounts) []Doc {
	rec, _, _, err := un.Unmarshal(bufio.NewReader(bytes.NewReader(block)))
	if err != nil {
		c.unreadable++
		return nil
	}
	defer rec.Close()
	url := strings.Trim(fields.get("warc-target-uri"), "<> ")
	fetched := normDate(fields.get("warc-date"))
	var payload io.Reader
	var ctype, encoding string
	chunked := false
	switch b := rec.Block().(type) {
	case gowarc.HttpResponseBlock:
		switch code := b.HttpStatusCode(); {
		case code == http.StatusNotModified:
			c.notModified++
			return nil
		case code >= 300 && code < 400:
			c.redirects++
			return nil
		case code < 200 || code >= 300:
			c.errors++
			return nil
		}
		if h := b.HttpHeader(); h != nil {
			ctype, encoding = h.Get("Content-Type"), strings.ToLower(h.Get("Content-Encoding"))
		}
		chunked = isChunked(b.ProtocolHeaderBytes())
		payload, err = b.PayloadBytes()
	default:
		if typ == "response" { // not over HTTP (dns:, ftp:)
			c.nonHTML++
			return nil
		}
		ctype = fields.get("content-type")
		payload, err = b.RawBytes()
	}
	if err != nil {
		c.unreadable++
		return nil
	}
	body, err := decodeBody(payload, chunked, encoding, w.limits)
	if err != nil {
		if errors.Is(err, ErrTooLarge) || errors.Is(err, ErrBomb) {
			c.tooLarge++
		} else {
			c.unreadable++
		}
		return nil
	}
	switch pageKind(ctype, body) {
	case FormatHTML:
		p, err := parsePage(body, ctype, url, w.limits, EngineAuto)
		if err != nil {
			if errors.Is(err, ErrNoText) {
				c.noText++
			} else {
				c.unreadable++
			}
			return nil
		}
		c.pages++
		d := p.doc("", 0, FormatWARC)
		d.URL, d.Fetched = url, fetched // the address crawled, as fetched
		return []Doc{d}
	case FormatFeed:
		var docs []Doc
		err := readFeed(context.Background(), "", body, w.limits, func(d Doc) error {
			d.Fetched = fetched
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			c.unreadable++
			return nil
		}
		c.feedItems += len(docs)
		return docs
	}
	c.nonHTML++
	return nil
}

// pageKind tells whether a payload is an HTML page or a feed, from its
// declared media type or, when there is none or a generic one, its bytes.
func pageKind(ctype string, body []byte) string {
	mt, _, _ := mime.ParseMediaType(ctype)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return FormatHTML
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json":
		return FormatFeed
	case "", "text/xml", "application/xml", "application/octet-stream", "text/plain":
		head := body[:min(len(body), 8<<10)]
		if f := Sniff("", head); f == FormatFeed {
			return FormatFeed
		}
		if strings.HasPrefix(http.DetectContentType(head), "text/html") {
			return FormatHTML
		}
	}
	return ""
}

// decodeBody undoes the chunked transfer coding and a gzip or deflate
// content coding that a crawler stored as it came over the wire.
func decodeBody(payload io.Reader, chunked bool, encoding string, lim Limits) ([]byte, error) {
	r := payload
	if chunked {
		r = httputil.NewChunkedReader(r)
	}
	switch encoding {
	case "", "identity":
	case "gzip", "x-gzip":
		in := &countReader{r: r}
		gz, err := gzip.NewReader(in)
		if err != nil {
			return nil, fmt.Errorf("gunzip body: %w", err)
		}
		defer gz.Close()
		r = &expandGuard{r: gz, in: in, limits: lim}
	case "deflate":
		in := &countReader{r: r}
		fl := flate.NewReader(in)
		defer fl.Close()
		r = &expandGuard{r: fl, in: in, limits: lim}
	default:
		return nil, fmt.Errorf("content coding %q not supported", encoding)
	}
	return readLimited(r, lim.Page)
}

// isChunked tells whether raw HTTP response headers declare the chunked
// transfer coding; parsed headers no longer show it.
func isChunked(header []byte) bool {
	for _, line := range bytes.Split(header, []byte("\n")) {
		k, v, ok := bytes.Cut(line, []byte(":"))
		if ok && bytes.EqualFold(bytes.TrimSpace(k), []byte("transfer-encoding")) &&
			bytes.Contains(bytes.ToLower(v), []byte("chunked")) {
			return true
		}
	}
	return false
}

// warcFields are a record's header fields, names lower-cased.
type warcFields map[string]string

func (f warcFields) get(name string) string { return f[name] }

// header reads one record's header, up to and including the blank line
// that ends it, skipping blank lines before it. It returns the raw bytes
// (for gowarc) and the fields, or io.EOF at the clean end of the input.
func (w warcReader) header(src *bufio.Reader) ([]byte, warcFields, error) {
	var raw []byte
	fields := warcFields{}
	for {
		line, err := readLine(src, w.limits.Header-len(raw))
		if err == io.EOF && len(raw) == 0 && len(line) == 0 {
			return nil, nil, io.EOF
		}
		if err != nil {
			return nil, nil, err
		}
		if len(raw) == 0 {
			if len(bytes.TrimSpace(line)) == 0 {
				continue // blank lines between records
			}
			if !bytes.HasPrefix(line, []byte("WARC/")) {
				return nil, nil, fmt.Errorf("not a WARC record: starts %q", clip(line, 40))
			}
		}
		raw = append(raw, line...)
		t := bytes.TrimRight(line, "\r\n")
		if len(t) == 0 {
			return raw, fields, nil
		}
		if k, v, ok := bytes.Cut(t, []byte(":")); ok {
			fields[strings.ToLower(string(bytes.TrimSpace(k)))] = string(bytes.TrimSpace(v))
		}
	}
}

// readLine reads one line with its line feed, failing past limit bytes.
func readLine(src *bufio.Reader, limit int) ([]byte, error) {
	var line []byte
	for {
		frag, err := src.ReadSlice('\n')
		line = append(line, frag...)
		if len(line) > limit {
			return nil, fmt.Errorf("%w: record header longer than the limit", ErrTooLarge)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && len(line) > 0 {
			return nil, io.ErrUnexpectedEOF
		}
		return line, err
	}
}

// endRecord consumes the CRLF CRLF that ends a record, forgiving a
// missing or short one as many crawlers write.
func endRecord(src *bufio.Reader) {
	for range 4 {
		b, err := src.Peek(1)
		if err != nil || (b[0] != '\r' && b[0] != '\n') {
			return
		}
		src.Discard(1)
	}
}

func clip(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
