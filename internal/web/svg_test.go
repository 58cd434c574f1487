package web

import (
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
)

func sp(s string) *string { return &s }

func TestTimelineSVG(t *testing.T) {
	var evs []store.EventRecord
	for d := 1; d <= 20; d++ {
		evs = append(evs, store.EventRecord{Type: "MEET", Modality: "asserted", Date: sp(time.Date(2025, 5, d, 0, 0, 0, 0, time.UTC).Format("2006-01-02"))})
	}
	evs = append(evs, store.EventRecord{Type: "ATTACK_AIR", Modality: "reported", Date: sp("1967-06-05"), Actor: sp(`<b>"x"</b>`)})
	evs = append(evs, store.EventRecord{Type: "KILL", Modality: "negated"}) // undated
	svg := string(TimelineSVG(evs))
	if got := strings.Count(svg, "<circle"); got != 20 {
		t.Errorf("%d marks, want the 20 of May (1967 is outside, one is undated)", got)
	}
	if !strings.Contains(svg, "1 dated event(s) far outside") {
		t.Error("outlier not counted")
	}
	if strings.Contains(svg, "attack air") {
		t.Error("a row for the outlier only")
	}
	// all dates close together: all drawn, escaped
	svg = string(TimelineSVG(evs[18:21]))
	if strings.Count(svg, "<circle") != 3 || strings.Contains(svg, `<b>`) || !strings.Contains(svg, "&lt;b&gt;") {
		t.Errorf("small set: %s", svg)
	}
	if TimelineSVG(evs[21:]) != "" {
		t.Error("chart for undated events only")
	}
}

func TestHighlightNesting(t *testing.T) {
	text := "Envoy Ann Lee said on Monday that 40 <prisoners> would go free.\n\nSecond paragraph."
	a := newArticle(text)
	a.Entities = append(a.Entities, entity("Ann Lee", "person", 6, 13))
	a.Times = append(a.Times, timeAt(text, 22, 28))
	a.Claims = append(a.Claims, claimAt(text, 34, 62, 0, 13))
	got := string(Highlight(a))
	want := `<p><span class="src" data-claim="0">Envoy </span><span class="src" data-claim="0"><a class="ent t-person" href="/entities?name=Ann+Lee&amp;q=Ann+Lee" title="Ann Lee">Ann Lee</a></span> said on <span class="tm" title="2025-05-12">Monday</span> that <span class="claim" data-claim="0">40 &lt;prisoners&gt; would go free</span>.</p>` + "\n<p>Second paragraph.</p>\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// spans out of bounds or inside a rune are ignored, never a panic
	a.Entities = append(a.Entities, entity("x", "place", 70, 500), entity("y", "place", -3, 2))
	_ = Highlight(a)
}

func newArticle(text string) *article.Article {
	a := &article.Article{ID: "t", Text: text}
	a.Normalize()
	return a
}

func entity(name, typ string, s, e int) article.Entity {
	return article.Entity{Name: name, Type: typ, Mentions: []article.Span{{Start: s, End: e}}}
}

func timeAt(text string, s, e int) article.Time {
	return article.Time{Text: text[s:e], Value: sp("2025-05-12"), Start: s, End: e}
}

func claimAt(text string, s, e, ss, se int) article.Claim {
	return article.Claim{Content: text[s:e], Start: s, End: e, Named: true, SourceSpan: &article.Span{Start: ss, End: se}}
}
