package read

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
)

// Limits bound what a web input may cost, so that a hostile or broken page,
// feed or crawl is reported with a clear error instead of exhausting memory,
// disk or time.
type Limits struct {
	// Page is the largest HTML page, feed or WARC record, in bytes.
	Page int64
	// Decompressed is the most bytes a compressed input may expand to.
	Decompressed int64
	// Ratio is the largest expansion of a compressed input over its
	// compressed size; gzip bombs expand a thousandfold, news pages and
	// crawls about tenfold. Checked once RatioAfter bytes were expanded.
	Ratio      int64
	RatioAfter int64
	// Elements is the most elements an HTML page may hold: a hundred times
	// a heavy news page, and about 20 s of extraction at worst.
	Elements int
	// Records is the most records (WARC records, feed items) of one input.
	Records int
	// Header is the longest WARC record header, in bytes.
	Header int
}

// WebLimits are the limits the web readers apply. html.Parse itself rejects
// elements nested more than 512 deep, which bounds nesting.
var WebLimits = Limits{
	Page:         MaxDoc,
	Decompressed: 16 << 30,
	Ratio:        200,
	RatioAfter:   64 << 20,
	Elements:     200_000,
	Records:      1 << 20,
	Header:       64 << 10,
}

// ErrTooDeep rejects an HTML page nested deeper than the parser allows.
var ErrTooDeep = errors.New("elements nested too deep")

// ErrBomb rejects a compressed input that expands far more than real data.
var ErrBomb = errors.New("compressed input expands too much")

type logKey struct{}

// WithLog returns a context whose readers log notes (such as a crawl's
// counts of skipped records) to log.
func WithLog(ctx context.Context, log *slog.Logger) context.Context {
	return context.WithValue(ctx, logKey{}, log)
}

// logFrom returns the logger WithLog put in ctx, or one that discards.
func logFrom(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(logKey{}).(*slog.Logger); ok && l != nil {
		return l
	}
	return slog.New(slog.DiscardHandler)
}

// readLimited reads all of r, failing with ErrTooLarge past limit bytes.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return data, nil
}

// expandGuard counts the bytes a decompressor hands on and fails once they
// pass the limit or expand too far over the compressed bytes read so far.
type expandGuard struct {
	r      io.Reader
	in     *countReader // the compressed side
	out    int64
	limits Limits
}

func (g *expandGuard) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	g.out += int64(n)
	if g.out > g.limits.Decompressed {
		return n, fmt.Errorf("%w: expands past %d bytes", ErrTooLarge, g.limits.Decompressed)
	}
	if g.out > g.limits.RatioAfter && g.out > g.limits.Ratio*max(g.in.n, 1) {
		return n, fmt.Errorf("%w: %d bytes from %d compressed", ErrBomb, g.out, g.in.n)
	}
	return n, err
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
