package web

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
)

func TestHitList(t *testing.T) {
	tests := []struct {
		name string
		hits []store.Hit
		want []string // in the output, in order
		not  []string
	}{
		{"nothing", nil, []string{`<li class="meta">Nothing found.</li>`}, nil},
		{"escaped", []store.Hit{{ArticleID: `a"b`, Title: article.Str(`<script>x</script>`), Outlet: article.Str("R&D"),
			Published: article.Str("2025-01-02"), Story: 7, Snippet: `<b> «talks» & more`}},
			[]string{`href="/articles/a%22b"`, `&lt;script&gt;x&lt;/script&gt;`, `R&amp;D · 2025-01-02`, `href="/stories/7"`, `&lt;b&gt; <mark>talks</mark> &amp; more`},
			[]string{"<script>", "<b>"}},
		{"defaults", []store.Hit{{ArticleID: "c1", Snippet: "x"}}, []string{`>(untitled)</a>`, `unknown outlet · undated</div>`}, []string{"/stories/"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := string(hitList(tc.hits))
			at := 0
			for _, w := range tc.want {
				i := strings.Index(got[at:], w)
				if i < 0 {
					t.Fatalf("hitList = %s\nlacks (in order) %s", got, w)
				}
				at += i + len(w)
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("hitList = %s\nholds %s", got, n)
				}
			}
		})
	}
}

func TestOptions(t *testing.T) {
	got := string(options([]string{"AID", `A"&<`}, label, `A"&<`))
	want := `<option value="AID">aid</option><option value="A&#34;&amp;&lt;" selected>a&#34;&amp;&lt;</option>`
	if got != want {
		t.Errorf("options = %s\nwant %s", got, want)
	}
	if got := string(options([]string{"Reuters"}, nil, "")); got != `<option value="Reuters">Reuters</option>` {
		t.Errorf("options without names = %s", got)
	}
}
