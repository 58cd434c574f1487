package brief

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/parley-news/parley/internal/article"
)

// section renders one part of a story's brief into buf; it writes nothing
// when the article has nothing for it.
type section func(buf *bytes.Buffer, a *article.Article)

// sections in the order they appear under each story.
var sections = []section{who, timeline, claims, happened, agreements}

// Writer writes the brief of a stream of articles.
type Writer struct {
	w     io.Writer
	path  string
	n     int
	err   error
	buf   bytes.Buffer
	first bool
}

// New starts a brief on w.
func New(w io.Writer) *Writer { return &Writer{w: w, first: true} }

// Article adds one story to the brief, under a heading for its input.
func (b *Writer) Article(a *article.Article) error {
	if b.err != nil {
		return b.err
	}
	b.buf.Reset()
	if b.first || a.Source.Path != b.path {
		if !b.first {
			b.buf.WriteString("\n")
		}
		fmt.Fprintf(&b.buf, "# %s\n\n", escape(a.Source.Path))
		b.path, b.first = a.Source.Path, false
	}
	b.n++
	title := "(untitled)"
	if a.Title != nil {
		title = *a.Title
	}
	fmt.Fprintf(&b.buf, "## %s\n\n", escape(title))
	var meta []string
	if a.Source.Outlet != nil {
		meta = append(meta, "**Outlet:** "+escape(*a.Source.Outlet))
	}
	if a.Published != nil {
		meta = append(meta, fmt.Sprintf("**Published:** %s (from %s)", *a.Published, a.PublishedFrom))
	} else {
		meta = append(meta, "**Published:** unknown")
	}
	if a.Source.URL != nil {
		meta = append(meta, "**URL:** "+*a.Source.URL)
	}
	meta = append(meta, "**Id:** `"+a.ID+"`")
	b.buf.WriteString(strings.Join(meta, " · ") + "\n\n")
	if lead := Lead(a.Text); lead != "" {
		fmt.Fprintf(&b.buf, "> %s\n\n", escape(lead))
	}
	for _, s := range sections {
		s(&b.buf, a)
	}
	_, b.err = b.w.Write(b.buf.Bytes())
	return b.err
}

// Close ends the brief.
func (b *Writer) Close() error {
	if b.err == nil && b.n == 0 {
		_, b.err = io.WriteString(b.w, "_No stories found._\n")
	}
	return b.err
}

// Lead is the article's first paragraph.
func Lead(text string) string {
	if i := strings.Index(text, "\n\n"); i >= 0 {
		text = text[:i]
	}
	return strings.TrimSpace(text)
}

// escape keeps text from being read as Markdown structure.
func escape(s string) string {
	r := strings.NewReplacer("\n", " ", "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "#", `\#`, "|", `\|`)
	return r.Replace(s)
}
