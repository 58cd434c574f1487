package read

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"strings"
	"time"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func init() { Register(FormatHTML, htmlReader{limits: WebLimits}) }

// htmlReader reads one web page and hands on its main text and metadata.
type htmlReader struct {
	limits Limits
	engine string
}

func (h htmlReader) Read(ctx context.Context, path string, r io.Reader, emit Emit) error {
	data, err := readLimited(r, h.limits.Page)
	if err != nil {
		return err
	}
	p, err := parsePage(data, "", "", h.limits, h.engine)
	if err != nil {
		return err
	}
	return emit(p.doc(path, 0, FormatHTML))
}

// page is what a web page yields: its main text, paragraphs separated by a
// blank line, and its metadata.
type page struct {
	Text      string
	Title     string
	URL       string // canonical URL, else the URL it was fetched from
	Published string // YYYY-MM-DD
	Author    string
	Outlet    string // the publisher
	Language  string
	Captions  []string
}

func (p page) doc(path string, index int, format string) Doc {
	return Doc{Path: path, Index: index, Format: format, Text: p.Text, Body: true,
		Title: p.Title, URL: p.URL, Published: p.Published, Outlet: p.Outlet,
		Captions: p.Captions, Author: p.Author, Language: p.Language}
}

// ErrNoText rejects a page in which no main text was found.
var ErrNoText = errors.New("no article text found")

// Engines that find a page's main text.
const (
	// EngineAuto runs readability and falls back on the page's own
	// paragraphs when readability finds less than minText characters.
	EngineAuto = ""
	// EngineReadability is codeberg.org/readeck/go-readability alone.
	EngineReadability = "readability"
	// EngineParagraphs takes every paragraph of the page's body, less the
	// boxes pruneBoxes knows (menus, related links, comments).
	EngineParagraphs = "paragraphs"
)

// minText is the shortest main text, in bytes, taken from readability
// before the page's own paragraphs are; shorter news texts are rare, and a
// readability miss usually yields a line or two of boilerplate.
const minText = 250

// parsePage decodes a page (contentType is the HTTP header, if any; pageURL
// the address it was fetched from, if known) and extracts its main text and
// metadata. On the project's dev pages readability scores best. go-trafilatura
// scored a little lower and its date parser costs every run of parley about
// 80 MB and 150 ms at start-up, so the fallback where readability finds
// little or nothing is the page's own paragraphs instead.
func parsePage(data []byte, contentType, pageURL string, lim Limits, engine string) (page, error) {
	if isBinary(data) {
		return page{}, ErrBinary
	}
	utf, _, err := toUTF8(data, contentType)
	if err != nil {
		return page{}, err
	}
	doc, err := html.Parse(bytes.NewReader(utf))
	if err != nil {
		if strings.Contains(err.Error(), "open stack") {
			return page{}, fmt.Errorf("%w: %v", ErrTooDeep, err)
		}
		return page{}, fmt.Errorf("parse HTML: %w", err)
	}
	if n := countElements(doc, lim.Elements); n > lim.Elements {
		return page{}, fmt.Errorf("%w: more than %d elements", ErrTooLarge, lim.Elements)
	}
	var u *nurl.URL
	if pageURL != "" {
		u, _ = nurl.ParseRequestURI(pageURL)
	}
	p := page{Captions: figCaptions(doc)}
	if engine != EngineParagraphs {
		rp := readability.NewParser()
		rp.KeepClasses = true // for pruneBoxes
		if art, err := rp.ParseDocument(doc, u); err == nil && art.Node != nil {
			pruneBoxes(art.Node)
			p.Text = strings.Join(paragraphs(art.Node, p.Captions), "\n\n")
			p.Title, p.Author, p.Outlet = art.Title(), art.Byline(), art.SiteName()
			p.Language = art.Language()
			if t, err := art.PublishedTime(); err == nil {
				p.Published = t.Format("2006-01-02")
			}
		}
	}
	if engine == EngineParagraphs || (engine == EngineAuto && len(p.Text) < minText) {
		if main := densest(doc); main != nil {
			pruneBoxes(main)
			if t := strings.Join(paragraphs(main, p.Captions), "\n\n"); len(t) > len(p.Text) {
				p.Text = t
			}
		}
	}
	pageMeta(doc, &p)
	// the headline is carried apart, as Title; a body walk keeps it
	if first, rest, ok := strings.Cut(p.Text, "\n\n"); ok && first == p.Title {
		p.Text = rest
	}
	if !strings.ContainsFunc(p.Text, unicode.IsLetter) {
		return page{}, ErrNoText
	}
	p.URL = cmp.Or(p.URL, pageURL)
	return p, nil
}

// countElements counts the elements of the tree, stopping past limit.
func countElements(n *html.Node, limit int) int {
	count := 0
	stack := []*html.Node{n}
	for len(stack) > 0 && count <= limit {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			count++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return count
}

// maxCaption is the longest text, in bytes, taken as a caption when only
// a class name says it is one.
const maxCaption = 600

// figCaptions collects the page's photo captions, once each, in order:
// <figcaption> elements and elements whose class names a caption
// ("wp-caption-text", "image-caption"). When some are inside the
// <article>, those of teasers and galleries around it are left out.
func figCaptions(doc *html.Node) []string {
	var all, inArticle []string
	seen := map[string]bool{}
	var article *html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if hidden[n.DataAtom] {
			return false
		}
		if n.DataAtom == atom.Article && article == nil {
			article = n
		}
		isCaption := n.DataAtom == atom.Figcaption
		if n.DataAtom != atom.Body && strings.Contains(strings.ToLower(attr(n, "class")), "caption") {
			isCaption = true
		}
		if !isCaption {
			return true
		}
		t := oneLine(inlineText(n))
		if t == "" || (n.DataAtom != atom.Figcaption && len(t) > maxCaption) {
			return n.DataAtom != atom.Figcaption // a long block merely named so: look inside
		}
		if !seen[t] {
			seen[t] = true
			all = append(all, t)
			if article != nil && contains(article, n) {
				inArticle = append(inArticle, t)
			}
		}
		return false
	})
	if len(inArticle) > 0 {
		return inArticle
	}
	return all
}

// contains tells whether n is inside (or is) root.
func contains(root, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// walk visits n and its descendants in document order without recursion;
// visit returns false to skip a node's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(n) {
			continue
		}
		// push children in reverse so the first is visited first
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

// inlineText is the text of n and its descendants, skipping what is never
// shown.
func inlineText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
		case html.ElementNode:
			if hidden[n.DataAtom] {
				return false
			}
			if n.DataAtom == atom.Br {
				b.WriteByte(' ')
			}
		}
		return true
	})
	return b.String()
}

// hidden holds elements whose text is never part of an article's text.
var hidden = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Head: true, atom.Title: true, atom.Object: true,
}

// blocks holds elements that begin and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Footer: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Tr: true, atom.Figure: true, atom.Hr: true, atom.Br: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Form: true,
	atom.Fieldset: true, atom.Body: true, atom.Html: true, atom.Caption: true,
}

// paragraphs renders the text of n as paragraphs: block elements and line
// breaks end one, runs of white space become one space, captions (as
// figcaption elements or as the exact text of one) are left out.
func paragraphs(n *html.Node, captions []string) []string {
	capt := make(map[string]bool, len(captions))
	for _, c := range captions {
		capt[c] = true
	}
	var out []string
	var cur strings.Builder
	flush := func() {
		t := strings.Join(strings.Fields(cur.String()), " ")
		cur.Reset()
		if t != "" && !capt[t] {
			out = append(out, t)
		}
	}
	// the stack holds nodes to visit and, after a block's children, a
	// marker (nil node with the block) to end its paragraph
	type item struct {
		n   *html.Node
		end bool
	}
	stack := []item{{n: n}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.end {
			flush()
			continue
		}
		switch it.n.Type {
		case html.TextNode:
			cur.WriteString(it.n.Data)
			continue
		case html.ElementNode:
			a := it.n.DataAtom
			if hidden[a] || a == atom.Figcaption {
				continue
			}
			if a == atom.Td || a == atom.Th {
				cur.WriteByte(' ')
			}
			if blocks[a] {
				flush()
				stack = append(stack, item{n: it.n, end: true})
			}
		}
		for c := it.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, item{n: c})
		}
	}
	flush()
	return out
}

// dateMeta names the <meta> tags (name, property or itemprop) that carry a
// publication date, for pages whose JSON-LD and Open Graph say nothing.
var dateMeta = map[string]bool{
	"datepublished": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"date": true, "dc.date": true, "dc.date.issued": true, "dcterms.issued": true,
	"dcterms.created": true, "sailthru.date": true, "article.published": true,
	"og:published_time": true, "article:published_time": true, "parsely-pub-date": true,
}

// pageMeta fills what the extractors left out from the page's own
// declarations: the canonical URL, a publication date from <meta> or the
// first <time datetime>, the language of <html lang> and the <title>.
func pageMeta(doc *html.Node, p *page) {
	var canonical, ogURL, metaDate, timeDate, lang, title, ldDate, ldOutlet, ldURL, author string
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			lang = attr(n, "lang")
		case atom.Title:
			if title == "" && n.FirstChild != nil {
				title = strings.Join(strings.Fields(n.FirstChild.Data), " ")
			}
		case atom.Link:
			if canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				canonical = absURL(attr(n, "href"))
			}
		case atom.Meta:
			key := strings.ToLower(cmp.Or(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			switch {
			case key == "og:url" && ogURL == "":
				ogURL = absURL(attr(n, "content"))
			case dateMeta[key] && metaDate == "":
				metaDate = isoDate(attr(n, "content"))
			case key == "author" && author == "":
				author = oneLine(attr(n, "content"))
			}
		case atom.Time:
			if timeDate == "" {
				timeDate = isoDate(attr(n, "datetime"))
			}
		case atom.Script:
			if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
				ld := jsonLD(n.FirstChild.Data)
				ldDate, ldOutlet, ldURL = cmp.Or(ldDate, ld.date), cmp.Or(ldOutlet, ld.outlet), cmp.Or(ldURL, ld.url)
			}
			return false
		case atom.Style, atom.Svg:
			return false
		}
		return true
	})
	if canonical != "" {
		p.URL = canonical
	} else if p.URL == "" {
		p.URL = cmp.Or(ogURL, ldURL)
	}
	p.Published = cmp.Or(p.Published, ldDate, metaDate, timeDate)
	p.Outlet = cmp.Or(p.Outlet, ldOutlet, titleOutlet(title, p.Title))
	p.Author = cmp.Or(p.Author, author)
	p.Language = langCode(cmp.Or(p.Language, lang))
	p.Title = cmp.Or(p.Title, title)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val)
		}
	}
	return ""
}

// absURL keeps an absolute http(s) URL and drops anything else.
func absURL(s string) string {
	u, err := nurl.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// isoDate keeps the YYYY-MM-DD of a machine-readable date, if it is one.
func isoDate(s string) string {
	d := normDate(s)
	if d == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", d); err != nil {
		return ""
	}
	return d
}

// langCode reduces a language tag ("en-GB", "pt_BR") to its ISO 639-1 code.
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) != 2 || s[0] < 'a' || s[0] > 'z' || s[1] < 'a' || s[1] > 'z' {
		return ""
	}
	return s
}

// ldFacts are what parley takes from a page's JSON-LD.
type ldFacts struct{ date, outlet, url string }

// articleTypes are the schema.org types of a news story.
var articleTypes = map[string]bool{"NewsArticle": true, "Article": true, "ReportageNewsArticle": true,
	"AnalysisNewsArticle": true, "BlogPosting": true, "OpinionNewsArticle": true, "BackgroundNewsArticle": true}

// jsonLD finds the publication date and publisher of the first article
// object in a JSON-LD block, looking into arrays and @graph.
func jsonLD(src string) ldFacts {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return ldFacts{}
	}
	queue := []any{v}
	for steps := 0; len(queue) > 0 && steps < 1000; steps++ {
		x := queue[0]
		queue = queue[1:]
		switch x := x.(type) {
		case []any:
			queue = append(queue, x...)
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				queue = append(queue, g)
			}
			if !isArticleType(x["@type"]) {
				continue
			}
			var f ldFacts
			if d, ok := x["datePublished"].(string); ok {
				f.date = isoDate(d)
			}
			switch m := x["mainEntityOfPage"].(type) {
			case string:
				f.url = absURL(m)
			case map[string]any:
				if id, ok := m["@id"].(string); ok {
					f.url = absURL(id)
				}
			}
			if f.url == "" {
				if u, ok := x["url"].(string); ok {
					f.url = absURL(u)
				}
			}
			if pub, ok := x["publisher"].(map[string]any); ok {
				if name, ok := pub["name"].(string); ok {
					f.outlet = strings.TrimSpace(name)
				}
			}
			return f
		}
	}
	return ldFacts{}
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[t]
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && articleTypes[s] {
				return true
			}
		}
	}
	return false
}

// isBinary tells data that no web page holds: NUL bytes near the start,
// unless a UTF-16 byte-order mark explains them.
func isBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return false
	}
	return bytes.IndexByte(data[:min(len(data), 8<<10)], 0) >= 0
}

// titleOutlet takes the publisher from a page <title> made of the headline
// and the site's name ("Headline - Example Times"), when headline is
// known; "" otherwise.
func titleOutlet(pageTitle, headline string) string {
	if headline == "" || !strings.HasPrefix(pageTitle, headline) {
		return ""
	}
	rest := strings.TrimSpace(pageTitle[len(headline):])
	for _, sep := range []string{"|", "-", "–", "—", "·"} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			if r = strings.TrimSpace(r); r != "" && len(r) < 80 {
				return r
			}
		}
	}
	return ""
}

// boxWords name, in class or id, the boxes that sites put inside an
// article's text: newsletter sign-ups, "read more" links, promotions.
var boxWords = []string{"newsletter", "subscribe", "signup", "sign-up", "promo", "related", "read-more", "readmore", "recommend", "outbrain", "taboola"}

// maxBox is the most text, in bytes, a pruned box may hold, so that an
// article container whose class happens to hold such a word survives.
const maxBox = 400

// pruneBoxes removes from an extracted text the small boxes that boxWords
// name; the extractors keep them when they sit among the paragraphs.
// Pruning before extraction would change what the extractors score.
func pruneBoxes(doc *html.Node) {
	var drop []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
			return true
		}
		names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
		for _, w := range boxWords {
			if strings.Contains(names, w) && len(oneLine(inlineText(n))) <= maxBox {
				drop = append(drop, n)
				return false
			}
		}
		return true
	})
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// densest returns the element whose own <p> children hold the most text:
// on a news page, the container of the story's paragraphs, without the
// headline block, menus and comment threads around it. Paragraphs shorter
// than a sentence (buttons, bylines) do not count.
func densest(doc *html.Node) *html.Node {
	score := map[*html.Node]int{}
	var best *html.Node
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && n.Data == "p" && n.Parent != nil {
			if l := textLen(n); l >= 40 {
				score[n.Parent] += l
				if best == nil || score[n.Parent] > score[best] {
					best = n.Parent
				}
			}
			continue
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return best
}

// textLen is the length of the text under n, spaces folded.
func textLen(n *html.Node) int {
	l := 0
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode {
			l += len(strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return l
}
