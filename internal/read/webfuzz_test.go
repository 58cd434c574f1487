package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// checkDocs is what every web reader promises for any input: documents
// with valid UTF-8 text, titles and captions, marked as bodies.
func checkDocs(t *testing.T, docs []Doc) {
	t.Helper()
	for i, d := range docs {
		if !d.Body || strings.TrimSpace(d.Text) == "" {
			t.Errorf("doc %d: body=%v text %q", i, d.Body, d.Text)
		}
		for _, s := range append([]string{d.Text, d.Title, d.URL, d.Outlet, d.Author}, d.Captions...) {
			if !utf8.ValidString(s) {
				t.Errorf("doc %d: invalid UTF-8 %q", i, s)
			}
		}
		if d.Published != "" && isoDate(d.Published) == "" {
			t.Errorf("doc %d: published %q", i, d.Published)
		}
	}
}

// readInTime reads data and fails if that takes longer than any input of
// the fuzz targets' size should: a reader must never hang.
func readInTime(t *testing.T, rd Reader, data []byte) []Doc {
	t.Helper()
	done := make(chan []Doc, 1)
	go func() {
		docs, _ := readAll(t, rd, "fuzz", data)
		done <- docs
	}()
	select {
	case docs := <-done:
		return docs
	case <-time.After(20 * time.Second):
		t.Fatalf("no result after 20s on %d bytes", len(data))
		return nil
	}
}

// fuzzLimits keep each fuzz input cheap, so the fuzzer explores widely.
var fuzzLimits = Limits{Page: 1 << 20, Decompressed: 8 << 20, Ratio: 50, RatioAfter: 1 << 20,
	Elements: 20000, Records: 100, Header: 4 << 10}

func FuzzHTML(f *testing.F) {
	for _, s := range loadStories(f) {
		f.Add([]byte(pageHTML(s)))
	}
	f.Add([]byte("<html><head><meta charset=koi8-r></head><body><p>\xf0\xd2\xc9\xd7\xc5\xd4</p></body></html>"))
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[[{"@type":"NewsArticle","datePublished":"2020-02-30"}]]}</script><p>x</p>`))
	f.Add([]byte(strings.Repeat("<div><table><td>", 200)))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDocs(t, readInTime(t, htmlReader{limits: fuzzLimits}, data))
	})
}

// FuzzRender covers parley's own handling of parsed pages (paragraphs,
// captions, boxes, metadata) at the speed the extractors would hide.
func FuzzRender(f *testing.F) {
	for _, s := range loadStories(f) {
		f.Add(pageHTML(s))
	}
	f.Add(`<div class="caption newsletter"><figure><figcaption>x</figcaption></figure></div><time datetime="2024-13-40">`)
	f.Add(`<title>A | B</title><script type="application/ld+json">[{"@type":"Article","mainEntityOfPage":{"@id":"http://x.example/"}}]</script>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		p := page{Captions: figCaptions(doc)}
		pruneBoxes(doc)
		p.Text = strings.Join(paragraphs(doc, p.Captions), "\n\n")
		pageMeta(doc, &p)
		if utf8.ValidString(src) && (!utf8.ValidString(p.Text) || !utf8.ValidString(p.Title)) {
			t.Errorf("invalid UTF-8 out of valid input")
		}
		if p.Published != "" && isoDate(p.Published) == "" {
			t.Errorf("published %q", p.Published)
		}
	})
}

func FuzzFeed(f *testing.F) {
	stories := loadStories(f)
	f.Add([]byte(rssOf(stories, map[string]bool{stories[0].Name: true})))
	f.Add([]byte(atomOf(stories[:1])))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_html":"<p>x</p>"}]}`))
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><description>&lt;p&gt;a</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDocs(t, readInTime(t, feedReader{limits: fuzzLimits}, data))
	})
}

func FuzzWARC(f *testing.F) {
	stories := loadStories(f)
	f.Add(crawl(f, stories[:1], false))
	f.Add(crawl(f, stories[:1], true))
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"))
	f.Add(gzipped([]byte("WARC/1.1\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n")))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDocs(t, readInTime(t, warcReader{limits: fuzzLimits}, data))
	})
}

func FuzzCharset(f *testing.F) {
	f.Add([]byte("<meta charset=shift_jis>\x82\xa0"), "")
	f.Add([]byte("caf\xe9"), "text/html; charset=utf-8")
	f.Add([]byte("\xfe\xff\x00a\xd8"), "")
	f.Fuzz(func(t *testing.T, data []byte, ctype string) {
		out, _, err := toUTF8(data, ctype)
		if err == nil && !utf8.Valid(out) {
			t.Errorf("invalid UTF-8 out of %q", data)
		}
	})
}

func benchRead(b *testing.B, rd Reader, data []byte, pages int) {
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		n := 0
		err := rd.Read(context.Background(), "bench", bytes.NewReader(data), func(Doc) error { n++; return nil })
		if err != nil || n != pages {
			b.Fatalf("%d docs, err %v", n, err)
		}
	}
	b.ReportMetric(float64(b.N*pages)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkHTML(b *testing.B) {
	page := []byte(pageHTML(loadStories(b)[0]))
	for _, engine := range []string{EngineAuto, EngineReadability, EngineParagraphs} {
		b.Run("engine="+cmpName(engine), func(b *testing.B) {
			benchRead(b, htmlReader{limits: WebLimits, engine: engine}, page, 1)
		})
	}
}

func cmpName(engine string) string {
	if engine == EngineAuto {
		return "auto"
	}
	return engine
}

func BenchmarkFeed(b *testing.B) {
	stories := loadStories(b)
	benchRead(b, feedReader{limits: WebLimits}, []byte(rssOf(stories, nil)), len(stories))
}

func BenchmarkWARC(b *testing.B) {
	stories := loadStories(b)
	for _, gz := range []bool{false, true} {
		name := "plain"
		if gz {
			name = "gzip"
		}
		b.Run(name, func(b *testing.B) {
			benchRead(b, warcReader{limits: WebLimits}, crawl(b, stories, gz), len(stories))
		})
	}
}

// BenchmarkHTMLDir measures real pages: set PARLEY_BENCH_HTML to a folder
// of .html or .html.gz files (the scorer's html set, for instance).
func BenchmarkHTMLDir(b *testing.B) {
	dir := os.Getenv("PARLEY_BENCH_HTML")
	if dir == "" {
		b.Skip("PARLEY_BENCH_HTML not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.html*"))
	var pages [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if strings.HasSuffix(f, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			if data, err = io.ReadAll(zr); err != nil {
				b.Fatal(err)
			}
		}
		pages = append(pages, data)
		size += len(data)
	}
	if len(pages) == 0 {
		b.Skip("no pages in " + dir)
	}
	for _, engine := range []string{EngineAuto, EngineReadability, EngineParagraphs} {
		b.Run("engine="+cmpName(engine), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, p := range pages {
					parsePage(p, "", "", WebLimits, engine)
				}
			}
			b.ReportMetric(float64(b.N*len(pages))/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
