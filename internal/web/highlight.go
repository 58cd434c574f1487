package web

import (
	"fmt"
	"html/template"
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
)

// mark is one highlighted span of the reader.
type mark struct {
	start, end int
	kind       int // wrapping order: lower kinds wrap higher ones
	open       string
	close      string
}

const (
	kindClaim = iota
	kindSource
	kindEntity
	kindValue
)

// Highlight renders an article's text as HTML paragraphs with its facts
// marked: claims underlined (with their index, for the claim card),
// sources, entities coloured by type and linked to their page, times with
// their resolved value, quantities with what they count, and a badge for
// each event at the end of its evidence. Overlapping marks are cut at each
// other's edges, so the HTML is always well nested; all text is escaped.
func Highlight(a *article.Article) template.HTML {
	text := a.Text
	var marks []mark
	add := func(s, e, kind int, open, close string) {
		if s < 0 || e > len(text) || s >= e || !utf8.RuneStart(byteAt(text, s)) || (e < len(text) && !utf8.RuneStart(text[e])) {
			return
		}
		marks = append(marks, mark{s, e, kind, open, close})
	}
	for i, c := range a.Claims {
		cls := "claim"
		if c.Direct {
			cls += " direct"
		}
		if !c.Named {
			cls += " anon"
		}
		add(c.Start, c.End, kindClaim, fmt.Sprintf(`<span class="%s" data-claim="%d">`, cls, i), "</span>")
		if c.SourceSpan != nil {
			add(c.SourceSpan.Start, c.SourceSpan.End, kindSource, fmt.Sprintf(`<span class="src" data-claim="%d">`, i), "</span>")
		}
	}
	for _, e := range a.Entities {
		href := "/entities?name=" + url.QueryEscape(e.Name) + "&q=" + url.QueryEscape(e.Name)
		title := e.Name
		if len(e.Roles) > 0 {
			title += " — " + strings.Join(e.Roles, "; ")
		}
		for _, m := range e.Mentions {
			add(m.Start, m.End, kindEntity, fmt.Sprintf(`<a class="ent t-%s" href="%s" title="%s">`,
				template.HTMLEscapeString(e.Type), template.HTMLEscapeString(href), template.HTMLEscapeString(title)), "</a>")
		}
	}
	for _, t := range a.Times {
		v := "unresolved"
		if t.Value != nil {
			v = *t.Value
		}
		add(t.Start, t.End, kindValue, fmt.Sprintf(`<span class="tm" title="%s">`, template.HTMLEscapeString(v)), "</span>")
	}
	for _, q := range a.Quantities {
		title := ""
		if q.Value != nil {
			title = trimFloat(*q.Value)
		}
		if q.Max != nil {
			title += "–" + trimFloat(*q.Max)
		}
		if q.Unit != nil {
			title += " " + *q.Unit
		}
		if q.Approximate {
			title = "≈ " + title
		}
		add(q.Start, q.End, kindValue, fmt.Sprintf(`<span class="qty" title="%s">`, template.HTMLEscapeString(title)), "</span>")
	}
	// event badges, placed after their evidence
	badges := map[int][]string{}
	for i, e := range a.Events {
		at := e.Evidence.End
		if at < 0 || at > len(text) {
			continue
		}
		badges[at] = append(badges[at], fmt.Sprintf(`<a class="ev m-%s" href="#event-%d" title="%s, %s">%s</a>`,
			template.HTMLEscapeString(e.Modality), i, template.HTMLEscapeString(label(e.Type)),
			template.HTMLEscapeString(e.Modality), template.HTMLEscapeString(label(e.Type))))
	}

	var b strings.Builder
	for _, p := range paragraphSpans(text) {
		b.WriteString("<p>")
		writeMarked(&b, text, p[0], p[1], marks, badges)
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String())
}

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func trimFloat(f float64) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	return s
}

// paragraphSpans splits text at blank lines.
func paragraphSpans(text string) [][2]int {
	var out [][2]int
	start := 0
	for start < len(text) {
		i := strings.Index(text[start:], "\n\n")
		end := len(text)
		if i >= 0 {
			end = start + i
		}
		if strings.TrimSpace(text[start:end]) != "" {
			out = append(out, [2]int{start, end})
		}
		if i < 0 {
			break
		}
		start = end + 2
	}
	return out
}

// writeMarked writes text[ps:pe] cut into segments at every mark edge,
// each segment wrapped in the marks covering it.
func writeMarked(b *strings.Builder, text string, ps, pe int, marks []mark, badges map[int][]string) {
	cuts := []int{ps, pe}
	var in []mark
	for _, m := range marks {
		if m.end <= ps || m.start >= pe {
			continue
		}
		m.start, m.end = max(m.start, ps), min(m.end, pe)
		in = append(in, m)
		cuts = append(cuts, m.start, m.end)
	}
	for at := range badges {
		if at > ps && at <= pe {
			cuts = append(cuts, at)
		}
	}
	sort.Ints(cuts)
	cuts = uniq(cuts)
	sort.SliceStable(in, func(i, j int) bool { return in[i].kind < in[j].kind })
	for i := 0; i+1 < len(cuts); i++ {
		c, next := cuts[i], cuts[i+1]
		if bs, ok := badges[c]; ok && c > ps {
			writeBadges(b, bs)
		}
		var cover []mark
		for _, m := range in {
			if m.start <= c && next <= m.end {
				cover = append(cover, m)
			}
		}
		for _, m := range cover {
			b.WriteString(m.open)
		}
		b.WriteString(template.HTMLEscapeString(text[c:next]))
		for k := len(cover) - 1; k >= 0; k-- {
			b.WriteString(cover[k].close)
		}
	}
	if bs, ok := badges[pe]; ok {
		writeBadges(b, bs)
	}
}

func writeBadges(b *strings.Builder, bs []string) {
	for _, s := range bs {
		b.WriteString(" ")
		b.WriteString(s)
	}
}

// uniq drops repeats from a sorted slice.
func uniq(xs []int) []int {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// claimCard is a claim as its card in the reader shows it.
type claimCard struct {
	Index   int
	C       article.Claim
	Excerpt string
}

func claimCards(a *article.Article) []claimCard {
	out := make([]claimCard, len(a.Claims))
	for i, c := range a.Claims {
		ex := c.Content
		if len(ex) > 280 {
			ex = ex[:280]
			for len(ex) > 0 && !utf8.ValidString(ex) {
				ex = ex[:len(ex)-1]
			}
			ex += "…"
		}
		out[i] = claimCard{Index: i, C: c, Excerpt: ex}
	}
	return out
}

// eventItem is an event with its evidence text, for the reader's list.
type eventItem struct {
	Index    int
	E        article.Event
	Evidence string
}

func eventsOf(a *article.Article) []eventItem {
	out := make([]eventItem, 0, len(a.Events))
	for i, e := range a.Events {
		ev := ""
		if e.Evidence.Valid(len(a.Text)) {
			ev = a.Text[e.Evidence.Start:e.Evidence.End]
		}
		out = append(out, eventItem{i, e, ev})
	}
	return out
}

// entityGroup is the entities of one type, for the reader's side panel.
type entityGroup struct {
	Type     string
	Entities []article.Entity
}

func entitiesByType(a *article.Article) []entityGroup {
	var out []entityGroup
	for _, t := range entityTypes {
		var es []article.Entity
		for _, e := range a.Entities {
			if e.Type == t {
				es = append(es, e)
			}
		}
		if len(es) > 0 {
			sort.SliceStable(es, func(i, j int) bool { return len(es[i].Mentions) > len(es[j].Mentions) })
			out = append(out, entityGroup{t, es})
		}
	}
	return out
}
