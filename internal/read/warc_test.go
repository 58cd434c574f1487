package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
)

func TestWARCSummary(t *testing.T) {
	stories := loadStories(t)
	var logbuf bytes.Buffer
	ctx := WithLog(context.Background(), slog.New(slog.NewTextHandler(&logbuf, nil)))
	n := 0
	err := warcReader{limits: WebLimits}.Read(ctx, "crawl.warc.gz", bytes.NewReader(crawl(t, stories, true)), func(Doc) error {
		n++
		return nil
	})
	if err != nil || n != len(stories) {
		t.Fatalf("read %d docs, err %v", n, err)
	}
	line := logbuf.String()
	for _, want := range []string{
		"level=WARN", `msg="crawl read"`, "path=crawl.warc.gz", fmt.Sprintf("records=%d", 2*len(stories)+6),
		fmt.Sprintf("pages=%d", len(stories)), "skipped_non_html=2", "skipped_redirects=1", "skipped_errors=1",
		fmt.Sprintf("other_records=%d", len(stories)+2),
	} {
		if !strings.Contains(line, want) {
			t.Errorf("summary %q lacks %q", line, want)
		}
	}
}

// gzipped compresses data as one gzip member.
func gzipped(data []byte) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(data)
	zw.Close()
	return b.Bytes()
}

func TestWARCHostile(t *testing.T) {
	stories := loadStories(t)
	page := warcRecord(t, gowarc.Response, stories[0].URL, "application/http; msgtype=response",
		httpResponse("200 OK", "text/html", pageHTML(stories[0])))
	small := WebLimits
	small.Records = 3
	small.Page = 4 << 10
	bomb := WebLimits
	bomb.RatioAfter = 1 << 20
	bomb.Ratio = 100
	tests := []struct {
		name    string
		data    []byte
		limits  Limits
		wantErr error  // checked with errors.Is, if set
		wantMsg string // else a part of the message
		docs    int
	}{
		{"garbage", []byte("this is not a crawl\n"), WebLimits, nil, "not a WARC record", 0},
		{"truncated", page[:len(page)/2], WebLimits, nil, "truncated", 0},
		{"truncated gzip", gzipped(page)[:200], WebLimits, nil, "unexpected EOF", 0},
		{"bad length", []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n"), WebLimits, nil, "bad Content-Length", 0},
		{"header too long", append([]byte("WARC/1.1\r\nX: "), bytes.Repeat([]byte("a"), 70<<10)...), WebLimits, ErrTooLarge, "", 0},
		{"too many records", bytes.Repeat(page, 5), small, ErrTooLarge, "", 0},
		{"page too large is skipped", page, small, ErrNoText, "", 0},
		{"gzip bomb", gzipped(append([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\nWARC-Type: resource\r\n\r\n"), make([]byte, 8<<20)...)), bomb, ErrBomb, "", 0},
		{"encoded bomb skipped", append(warcRecord(t, gowarc.Response, "https://x.example/", "application/http; msgtype=response",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n"+string(gzipped(make([]byte, 3<<20)))), page...), bomb, nil, "", 1},
		{"gzipped page", gzipped([]byte(pageHTML(stories[0]))), WebLimits, nil, "not a WARC record", 0},
		{"gzip in gzip", gzipped(gzipped(page)), WebLimits, nil, "not a WARC record", 0},
		{"empty gzip", gzipped(nil), WebLimits, ErrNoText, "", 0},
		{"ok", page, WebLimits, nil, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := readAll(t, warcReader{limits: tt.limits}, "x.warc", tt.data)
			switch {
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Errorf("err %v, want %v", err, tt.wantErr)
			case tt.wantErr == nil && tt.wantMsg != "" && (err == nil || !strings.Contains(err.Error(), tt.wantMsg)):
				t.Errorf("err %v, want one saying %q", err, tt.wantMsg)
			case tt.wantErr == nil && tt.wantMsg == "" && err != nil:
				t.Errorf("err %v", err)
			}
			if len(docs) != tt.docs {
				t.Errorf("%d docs, want %d", len(docs), tt.docs)
			}
		})
	}
}

// TestWARCEncodings covers pages stored as they came over the wire:
// chunked, gzip-encoded, in a legacy charset named only in the header.
func TestWARCEncodings(t *testing.T) {
	const body = "<html><body><article><p>Caf\xe9 owners in the old town said the ceasefire had held for a week, and that customers were slowly returning to the terraces along the river.</p><p>Municipal officials said water and power had been restored to most districts, though shelling damage to the main bridge would take months to repair.</p><p>Residents interviewed on Friday said they still kept bags packed by the door.</p></article></body></html>"
	chunk := func(s string) string {
		var b strings.Builder
		for len(s) > 0 {
			n := min(len(s), 100)
			fmt.Fprintf(&b, "%x\r\n%s\r\n", n, s[:n])
			s = s[n:]
		}
		return b.String() + "0\r\n\r\n"
	}
	tests := []struct{ name, resp string }{
		{"header charset", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n" + body},
		{"chunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(body)},
		{"gzip", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Encoding: gzip\r\n\r\n" + string(gzipped([]byte(body)))},
		{"sniffed", "HTTP/1.1 200 OK\r\n\r\n" + body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := warcRecord(t, gowarc.Response, "https://river.example/cafes", "application/http; msgtype=response", tt.resp)
			docs, err := readAll(t, warcReader{limits: WebLimits}, "x.warc", rec)
			if err != nil || len(docs) != 1 {
				t.Fatalf("%d docs, err %v", len(docs), err)
			}
			if !strings.HasPrefix(docs[0].Text, "Café owners") || !strings.HasSuffix(docs[0].Text, "by the door.") {
				t.Errorf("text %q", docs[0].Text)
			}
		})
	}
}

// TestLinked checks that a feed summary gives way to its page read in the
// same run, whether the page comes before or after the feed, and stays
// (flagged) when the page is not there.
func TestLinked(t *testing.T) {
	stories := loadStories(t)
	summaryOnly := map[string]bool{stories[0].Name: true, stories[1].Name: true}
	feed := []byte(rssOf(stories, summaryOnly))
	warc := crawl(t, stories[:1], true) // holds the first story's page only
	run := func(inputs ...[]byte) []Doc {
		var out []Doc
		l := NewLinked(func(d Doc) error { out = append(out, d); return nil })
		for _, in := range inputs {
			if err := readOne(context.Background(), "in", bytes.NewReader(in), l.Emit); err != nil {
				t.Fatal(err)
			}
		}
		if err := l.Flush(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	for name, order := range map[string][][]byte{"page first": {warc, feed}, "feed first": {feed, warc}} {
		t.Run(name, func(t *testing.T) {
			docs := run(order...)
			var got []string
			for _, d := range docs {
				got = append(got, fmt.Sprintf("%s summary=%v %s", d.Format, d.Summary, d.Title))
			}
			want := []string{
				"warc summary=false " + stories[0].Title, // the page, not the summary
				"feed summary=false " + stories[2].Title, // carried in full
				"feed summary=true " + stories[1].Title,  // no page: the summary
			}
			if name == "feed first" {
				want[0], want[1] = want[1], want[0]
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestURLKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"https://www.example.com/a/b/?utm_source=rss&id=3#top", "http://example.com/a/b?id=3"},
		{"https://Example.com/x", "https://example.com/x/"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if urlKey(tt.a) != urlKey(tt.b) || urlKey(tt.a) == "" {
				t.Errorf("%q -> %q, %q -> %q", tt.a, urlKey(tt.a), tt.b, urlKey(tt.b))
			}
		})
	}
	if urlKey("not a url") != "" || urlKey("https://example.com/a") == urlKey("https://example.com/b") {
		t.Error("distinct or invalid URLs matched")
	}
}

// TestWARCRecordKinds covers records other than HTTP responses that still
// hold stories: a resource record of HTML, and a feed fetched in the crawl.
func TestWARCRecordKinds(t *testing.T) {
	stories := loadStories(t)
	resource := warcRecord(t, gowarc.Resource, stories[0].URL, "text/html", pageHTML(stories[0]))
	feed := warcRecord(t, gowarc.Response, "https://regional-wire.example/rss", "application/http; msgtype=response",
		httpResponse("200 OK", "application/rss+xml", rssOf(stories[1:], nil)))
	dns := warcRecord(t, gowarc.Response, "dns:example.com", "text/dns", "20250609143000\nexample.com. 300 IN A 192.0.2.1\n")
	docs, err := readAll(t, warcReader{limits: WebLimits}, "kinds.warc", bytes.Join([][]byte{resource, dns, feed}, nil))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, fmt.Sprintf("%d %s %s", d.Index, d.Format, d.Title))
	}
	want := []string{"0 warc " + stories[0].Title, "1 feed " + stories[1].Title, "2 feed " + stories[2].Title}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range docs {
		if d.Path != "kinds.warc" || d.Fetched != "2025-06-09" {
			t.Errorf("doc %d: path %q fetched %q", d.Index, d.Path, d.Fetched)
		}
	}
}

func TestDecodeBody(t *testing.T) {
	bomb := WebLimits
	bomb.RatioAfter, bomb.Ratio = 1<<20, 100
	const text = "<p>Envoys met again.</p>"
	tests := []struct {
		name     string
		body     []byte
		chunked  bool
		encoding string
		want     string
		wantErr  error
	}{
		{"identity", []byte(text), false, "", text, nil},
		{"gzip", gzipped([]byte(text)), false, "gzip", text, nil},
		{"chunked", []byte("5\r\n<p>En\r\n13\r\nvoys met again.</p>\r\n0\r\n\r\n"), true, "", text, nil},
		{"bomb", gzipped(make([]byte, 3<<20)), false, "gzip", "", ErrBomb},
		{"brotli", []byte(text), false, "br", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeBody(bytes.NewReader(tt.body), tt.chunked, tt.encoding, bomb)
			switch {
			case tt.wantErr != nil && !errors.Is(err, tt.wantErr):
				t.Errorf("err %v, want %v", err, tt.wantErr)
			case tt.want != "" && (err != nil || string(got) != tt.want):
				t.Errorf("got %q, %v", got, err)
			case tt.want == "" && err == nil:
				t.Errorf("no error, got %d bytes", len(got))
			}
		})
	}
}
