package read

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

func init() { Register(FormatFeed, feedReader{limits: WebLimits}) }

// feedReader reads an RSS, Atom or JSON feed: each item becomes a document.
type feedReader struct{ limits Limits }

func (f feedReader) Read(ctx context.Context, path string, r io.Reader, emit Emit) error {
	data, err := readLimited(r, f.limits.Page)
	if err != nil {
		return err
	}
	return readFeed(ctx, path, data, f.limits, emit)
}

// fullText is the shortest item description, in bytes of text over at
// least fullParas paragraphs, taken as the whole story rather than a
// summary: many RSS feeds carry the article in <description>.
const (
	fullText  = 1200
	fullParas = 3
)

// teaser is the longest one-paragraph content, in bytes, taken as a teaser
// of the linked page rather than the story: some feeds put the summary
// in content:encoded too.
const teaser = 500

// readFeed emits one document per item of the feed in data: the item's
// full content when the feed carries it (content:encoded, Atom content or
// a description long enough to be the story), else its summary marked
// Summary, so that the linked page, if read in the same run, replaces it
// (see Linked).
func readFeed(ctx context.Context, path string, data []byte, lim Limits, emit Emit) error {
	if err := xmlDepth(data, maxDepth); err != nil {
		return err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("parse feed: %w", err)
	}
	if len(feed.Items) > lim.Records {
		return fmt.Errorf("%w: more than %d items", ErrTooLarge, lim.Records)
	}
	outlet := feedOutlet(feed.Title)
	index := 0
	for _, it := range feed.Items {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if it == nil {
			continue
		}
		d := Doc{Path: path, Index: index, Format: FormatFeed, Body: true,
			Title:    oneLine(fragmentText(it.Title)),
			URL:      absURL(cmp0(it.Link, it.Links)),
			Outlet:   outlet,
			Language: langCode(feed.Language)}
		if len(it.Authors) > 0 && it.Authors[0] != nil {
			d.Author = strings.TrimSpace(it.Authors[0].Name)
		}
		switch {
		case it.PublishedParsed != nil:
			d.Published = it.PublishedParsed.Format("2006-01-02")
		case it.UpdatedParsed != nil:
			d.Published = it.UpdatedParsed.Format("2006-01-02")
		}
		paras, captions := fragmentParagraphs(it.Content)
		if len(paras) == 0 {
			paras, captions = fragmentParagraphs(it.Description)
			if n := len(strings.Join(paras, "")); n < fullText || len(paras) < fullParas {
				d.Summary = true
			}
		} else if len(paras) == 1 && len(paras[0]) < teaser && d.URL != "" {
			d.Summary = true // content that is only a teaser for the linked page
		}
		if len(paras) == 0 {
			continue // an item with neither content nor summary holds no story
		}
		d.Text, d.Captions = strings.Join(paras, "\n\n"), captions
		index++
		if err := emit(d); err != nil {
			return err
		}
	}
	if index == 0 {
		return fmt.Errorf("feed %q: %w", feed.Title, ErrNoText)
	}
	return nil
}

// fragmentParagraphs renders a feed's HTML (or plain text) fragment as
// paragraphs and its figure captions. The fragment is the story already,
// so no boilerplate is removed beyond what is never text.
func fragmentParagraphs(s string) (paras, captions []string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, nil
	}
	if !strings.ContainsAny(s, "<&") {
		// plain text: its blank lines, or else its lines, divide paragraphs
		for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
			if p = oneLine(p); p != "" {
				paras = append(paras, p)
			}
		}
		return paras, nil
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, nil
	}
	captions = figCaptions(doc)
	return paragraphs(doc, captions), captions
}

// fragmentText is the text of an HTML fragment (a title may hold markup).
func fragmentText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return inlineText(doc)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func cmp0(s string, alts []string) string {
	if s != "" || len(alts) == 0 {
		return s
	}
	return alts[0]
}

// feedOutlet takes the publisher from a feed title such as "Example News -
// World" or "Example Times: Top Stories", which name the publisher first.
func feedOutlet(title string) string {
	t := oneLine(fragmentText(title))
	for _, sep := range []string{" - ", " | ", " – ", " — ", ": "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	return strings.TrimSpace(t)
}

// maxDepth is the deepest element nesting a feed may have, as html.Parse
// allows for pages; real feeds nest a handful deep, and the feed parser
// recurses on each level.
const maxDepth = 512

// xmlDepth fails with ErrTooDeep when the XML in data nests elements more
// than limit deep. Markup it cannot read is left for the feed parser to
// judge.
func xmlDepth(data []byte, limit int) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	depth := 0
	for {
		tok, err := d.RawToken()
		if err != nil {
			return nil
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth++; depth > limit {
				return fmt.Errorf("%w: more than %d levels", ErrTooDeep, limit)
			}
		case xml.EndElement:
			depth--
		}
	}
}
