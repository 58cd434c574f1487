package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// story is one of the news stories written for these tests
// (testdata/web/stories: title, URL, date, a blank line, paragraphs).
type story struct {
	Name, Title, URL, Published string
	Paras                       []string
}

func (s story) text() string { return strings.Join(s.Paras, "\n\n") }

func loadStories(t testing.TB) []story {
	t.Helper()
	files, err := filepath.Glob("testdata/web/stories/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	var out []story
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head, body, _ := strings.Cut(string(b), "\n\n")
		lines := strings.Split(head, "\n")
		if len(lines) != 3 {
			t.Fatalf("%s: want title, URL and date lines", f)
		}
		s := story{Name: filepath.Base(f), Title: lines[0], URL: lines[1], Published: lines[2]}
		for _, p := range strings.Split(body, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				s.Paras = append(s.Paras, p)
			}
		}
		out = append(out, s)
	}
	return out
}

// outletOf names a made-up publisher for a story's site.
func outletOf(s story) string {
	host := strings.TrimPrefix(strings.Split(strings.TrimPrefix(s.URL, "https://"), "/")[0], "www.")
	name := strings.Split(host, ".")[0]
	return strings.ReplaceAll(strings.ToUpper(name[:1])+name[1:], "-", " ")
}

// pageHTML dresses a story as a news site serves it: menus, share buttons,
// a photo with its caption, a related-stories box, reader comments and a
// footer around the article, plus the usual metadata in the head.
func pageHTML(s story) string {
	e := html.EscapeString
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>%s | %s</title>
<meta property="og:site_name" content="%s">
<meta property="og:title" content="%s">
<link rel="canonical" href="%s">
<meta property="article:published_time" content="%sT08:15:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"%sT08:15:00Z","author":{"@type":"Person","name":"Staff reporter"},"publisher":{"@type":"Organization","name":%q}}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>
<style>.nav{display:flex}</style>
</head><body>
<header class="site-header"><a href="/">Home</a>
<nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Search"><button>Go</button></form></header>
<div class="ad-slot">Advertisement</div>
<main><article class="story">
<h1 class="headline">%s</h1>
<div class="byline">By <a href="/staff">Staff reporter</a> <time datetime="%sT08:15:00Z">%s</time></div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
<figure class="lead"><img src="/img/lead.jpg" alt=""><figcaption>Delegates arrive for the meeting. Photo: Staff photographer</figcaption></figure>
<div class="story-body">
`, e(s.Title), e(outletOf(s)), e(outletOf(s)), e(s.Title), e(s.URL), s.Published, s.Title, s.Published, outletOf(s),
		e(s.Title), s.Published, s.Published)
	for i, p := range s.Paras {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
		if i == 2 {
			b.WriteString(`<div class="inline-promo"><a href="/newsletter">Sign up for our morning briefing</a></div>` + "\n")
		}
	}
	b.WriteString(`</div></article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/world/a">Border towns count the cost of a long winter</a></li>
<li><a href="/world/b">Ministers to meet on grain exports next month</a></li>
<li><a href="/world/c">Analysis: why the mediators keep coming back</a></li></ul></aside>
<section id="comments" class="comments"><h3>Comments (2)</h3>
<div class="comment"><span class="author">reader42</span><p>About time they talked.</p></div>
<div class="comment"><span class="author">skeptic</span><p>I will believe it when I see it.</p></div></section>
</main>
<footer class="site-footer"><p>&copy; 2025 All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body></html>
`)
	return b.String()
}

// jsonlOf is the story as a JSONL line, the text version to compare with.
func jsonlOf(s story) string {
	b, _ := json.Marshal(map[string]string{"title": s.Title, "text": s.text(), "url": s.URL, "published": s.Published})
	return string(b) + "\n"
}

// readAll runs a reader over data and collects its documents.
func readAll(t testing.TB, rd Reader, path string, data []byte) ([]Doc, error) {
	t.Helper()
	var docs []Doc
	err := rd.Read(context.Background(), path, bytes.NewReader(data), func(d Doc) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// warcRecord builds one WARC record with gowarc and serialises it.
func warcRecord(t testing.TB, typ gowarc.RecordType, uri, contentType, block string) []byte {
	t.Helper()
	rb := gowarc.NewRecordBuilder(typ, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true),
		gowarc.WithAddMissingContentLength(true))
	rb.AddWarcHeader(gowarc.WarcTargetURI, uri)
	rb.AddWarcHeaderTime(gowarc.WarcDate, time.Date(2025, 6, 9, 14, 30, 0, 0, time.UTC))
	rb.AddWarcHeader(gowarc.ContentType, contentType)
	if _, err := rb.WriteString(block); err != nil {
		t.Fatal(err)
	}
	rec, _, err := rb.Build()
	if err != nil {
		t.Fatalf("build record: %v", err)
	}
	var buf bytes.Buffer
	if _, _, err := gowarc.NewMarshaler().Marshal(&buf, rec, 0); err != nil {
		t.Fatalf("marshal record: %v", err)
	}
	return buf.Bytes()
}

// httpResponse is an HTTP response as a crawler stores it.
func httpResponse(status, contentType, body string) string {
	return fmt.Sprintf("HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, contentType, len(body), body)
}

// crawl is a small crawl of the stories: each page with its request, and
// around them what a real crawl holds that is no article.
func crawl(t testing.TB, stories []story, gz bool) []byte {
	t.Helper()
	const httpResp, httpReq = "application/http; msgtype=response", "application/http; msgtype=request"
	var recs [][]byte
	recs = append(recs, warcRecord(t, gowarc.Warcinfo, "", "application/warc-fields", "software: parley-test\r\nformat: WARC File Format 1.1\r\n"))
	for _, s := range stories {
		recs = append(recs, warcRecord(t, gowarc.Request, s.URL, httpReq, "GET / HTTP/1.1\r\nHost: example\r\n\r\n"))
		recs = append(recs, warcRecord(t, gowarc.Response, s.URL, httpResp, httpResponse("200 OK", "text/html; charset=utf-8", pageHTML(s))))
	}
	recs = append(recs,
		warcRecord(t, gowarc.Response, "https://harbour-courier.example/img/lead.jpg", httpResp, httpResponse("200 OK", "image/jpeg", "\xff\xd8\xff\xe0 not really a jpeg")),
		warcRecord(t, gowarc.Response, "https://harbour-courier.example/style.css", httpResp, httpResponse("200 OK", "text/css", ".nav{display:flex}")),
		warcRecord(t, gowarc.Response, "http://harbour-courier.example/world", httpResp, "HTTP/1.1 301 Moved Permanently\r\nLocation: https://harbour-courier.example/world\r\nContent-Length: 0\r\n\r\n"),
		warcRecord(t, gowarc.Response, "https://harbour-courier.example/gone", httpResp, httpResponse("404 Not Found", "text/html", "<html><body><h1>Page not found</h1></body></html>")),
		warcRecord(t, gowarc.Metadata, stories[0].URL, "application/warc-fields", "outlink: https://harbour-courier.example/world/a\r\n"),
	)
	var out bytes.Buffer
	for _, r := range recs {
		if !gz {
			out.Write(r)
			continue
		}
		zw := gzip.NewWriter(&out) // one member per record, as crawlers write
		zw.Write(r)
		zw.Close()
	}
	return out.Bytes()
}

// rssOf is an RSS feed carrying each story in full (content:encoded), and
// for the stories in summaryOnly only a one-sentence summary and the link.
func rssOf(stories []story, summaryOnly map[string]bool) string {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Regional Wire - World news</title><link>https://regional-wire.example/</link><language>en</language>
<description>Latest world news</description>
`)
	for _, s := range stories {
		d, _ := time.Parse("2006-01-02", s.Published)
		fmt.Fprintf(&b, "<item><title>%s</title><link>%s?utm_source=rss&amp;utm_medium=feed</link><guid>%s</guid><pubDate>%s</pubDate><dc:creator>Staff reporter</dc:creator>\n",
			e(s.Title), e(s.URL), e(s.URL), d.Add(9*time.Hour).Format(time.RFC1123Z))
		fmt.Fprintf(&b, "<description>%s</description>\n", e(s.Paras[0]))
		if !summaryOnly[s.Name] {
			var c strings.Builder
			c.WriteString(`<figure><img src="lead.jpg"><figcaption>Delegates arrive for the meeting.</figcaption></figure>`)
			for _, p := range s.Paras {
				fmt.Fprintf(&c, "<p>%s</p>", e(p))
			}
			fmt.Fprintf(&b, "<content:encoded><![CDATA[%s]]></content:encoded>\n", c.String())
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

// atomOf is the stories as an Atom feed with HTML content.
func atomOf(stories []story) string {
	e := html.EscapeString
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Dispatch Daily</title><id>urn:dispatch</id><updated>2025-06-08T00:00:00Z</updated>
`)
	for _, s := range stories {
		var c strings.Builder
		for _, p := range s.Paras {
			fmt.Fprintf(&c, "<p>%s</p>\n", e(p))
		}
		fmt.Fprintf(&b, `<entry><title>%s</title><link href="%s"/><id>%s</id><published>%sT06:00:00Z</published><updated>%sT07:00:00Z</updated><author><name>Staff reporter</name></author><content type="html">%s</content></entry>
`, e(s.Title), e(s.URL), e(s.URL), s.Published, s.Published, e(c.String()))
	}
	b.WriteString("</feed>\n")
	return b.String()
}

// sameRecords checks that docs carry the stories' text and title, in order,
// as the JSONL versions of the stories do.
func sameRecords(t *testing.T, want []Doc, got []Doc) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d documents, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Title != want[i].Title {
			t.Errorf("doc %d: title %q, want %q", i, got[i].Title, want[i].Title)
		}
		if got[i].Text != want[i].Text {
			t.Errorf("doc %d: text\n%q\nwant\n%q", i, got[i].Text, want[i].Text)
		}
		if !got[i].Body {
			t.Errorf("doc %d: Body false", i)
		}
	}
}

func jsonlDocs(t *testing.T, stories []story) []Doc {
	t.Helper()
	var b strings.Builder
	for _, s := range stories {
		b.WriteString(jsonlOf(s))
	}
	docs, err := readAll(t, jsonlReader{}, "stories.jsonl", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestRoundTrip(t *testing.T) {
	stories := loadStories(t)
	want := jsonlDocs(t, stories)
	t.Run("html", func(t *testing.T) {
		for i, s := range stories {
			docs, err := readAll(t, htmlReader{limits: WebLimits}, s.Name, []byte(pageHTML(s)))
			if err != nil {
				t.Fatal(err)
			}
			sameRecords(t, want[i:i+1], docs)
			d := docs[0]
			if d.URL != s.URL || d.Published != s.Published || d.Outlet != outletOf(s) || d.Language != "en" {
				t.Errorf("%s: metadata url=%q published=%q outlet=%q lang=%q", s.Name, d.URL, d.Published, d.Outlet, d.Language)
			}
			if len(d.Captions) != 1 || !strings.HasPrefix(d.Captions[0], "Delegates arrive") {
				t.Errorf("%s: captions %q", s.Name, d.Captions)
			}
		}
	})
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("warc/gzip=%v", gz), func(t *testing.T) {
			docs, err := readAll(t, warcReader{limits: WebLimits}, "crawl.warc", crawl(t, stories, gz))
			if err != nil {
				t.Fatal(err)
			}
			sameRecords(t, want, docs)
			for i, d := range docs {
				if d.URL != stories[i].URL || d.Fetched != "2025-06-09" || d.Format != FormatWARC || d.Index != i {
					t.Errorf("doc %d: url=%q fetched=%q format=%q index=%d", i, d.URL, d.Fetched, d.Format, d.Index)
				}
			}
		})
	}
	t.Run("rss", func(t *testing.T) {
		docs, err := readAll(t, feedReader{limits: WebLimits}, "world.rss", []byte(rssOf(stories, nil)))
		if err != nil {
			t.Fatal(err)
		}
		sameRecords(t, want, docs)
		for i, d := range docs {
			if d.Summary || d.Published != stories[i].Published || d.Outlet != "Regional Wire" || d.Author != "Staff reporter" {
				t.Errorf("doc %d: summary=%v published=%q outlet=%q author=%q", i, d.Summary, d.Published, d.Outlet, d.Author)
			}
			if len(d.Captions) != 1 {
				t.Errorf("doc %d: captions %q", i, d.Captions)
			}
		}
	})
	t.Run("atom", func(t *testing.T) {
		docs, err := readAll(t, feedReader{limits: WebLimits}, "dispatch.atom", []byte(atomOf(stories)))
		if err != nil {
			t.Fatal(err)
		}
		sameRecords(t, want, docs)
	})
}
