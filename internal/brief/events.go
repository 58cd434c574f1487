package brief

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/article"
)

// happened renders "What happened": the story's events in time order
// (undated ones after, in text order), each with who did it to whom,
// where, and a mark when the text does not state it as done.
func happened(buf *bytes.Buffer, a *article.Article) {
	if len(a.Events) == 0 {
		return
	}
	type item struct {
		e     *article.Event
		start time.Time
		dated bool
	}
	items := make([]item, 0, len(a.Events))
	for i := range a.Events {
		e := &a.Events[i]
		it := item{e: e}
		if e.Time != nil {
			it.start, it.dated = periodStart(*e.Time)
		}
		items = append(items, it)
	}
	sort.SliceStable(items, func(i, j int) bool {
		x, y := items[i], items[j]
		if x.dated != y.dated {
			return x.dated
		}
		if x.dated && !x.start.Equal(y.start) {
			return x.start.Before(y.start)
		}
		return x.e.Evidence.Start < y.e.Evidence.Start
	})
	buf.WriteString("### What happened\n\n")
	for _, it := range items {
		buf.WriteString("- " + eventLine(a, it.e) + "\n")
	}
	buf.WriteString("\n")
}

// eventLine writes one event: "**2025-03-18** CEASEFIRE_BREAK: Israel →
// Hamas, in Gaza — _planned_ — “evidence”".
func eventLine(a *article.Article, e *article.Event) string {
	var b strings.Builder
	if e.Time != nil {
		fmt.Fprintf(&b, "**%s** ", escape(*e.Time))
	}
	b.WriteString(strings.ToLower(strings.ReplaceAll(e.Type, "_", " ")))
	who := "?"
	if e.Actor != nil {
		who = escape(*e.Actor)
	}
	if e.Target != nil {
		who += " → " + escape(*e.Target)
	}
	b.WriteString(": " + who)
	if e.Place != nil {
		b.WriteString(", in " + escape(*e.Place))
	}
	if m := modalityMark(a, e); m != "" {
		b.WriteString(" — _" + m + "_")
	}
	if s := spanText(a.Text, e.Evidence); s != "" {
		b.WriteString(" — “" + escape(trim(s, 200)) + "”")
	}
	return b.String()
}

// modalityMark says how far the text stands behind an event; asserted
// events carry no mark.
func modalityMark(a *article.Article, e *article.Event) string {
	switch e.Modality {
	case article.Asserted, "":
		return ""
	case article.Reported:
		if e.Claim != nil && *e.Claim >= 0 && *e.Claim < len(a.Claims) {
			if src := a.Claims[*e.Claim].Source; src != nil {
				return "reported by " + escape(*src)
			}
		}
		return "reported"
	case article.Negated:
		return "did not happen"
	}
	return e.Modality
}

// spanText is the text of a span, "" when the span is out of bounds.
func spanText(text string, s article.Span) string {
	if !s.Valid(len(text)) {
		return ""
	}
	return strings.TrimSpace(text[s.Start:s.End])
}

// trim shortens s to about n bytes at a word boundary.
func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:") + " …"
}
