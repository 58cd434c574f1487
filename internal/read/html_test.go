package read

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

// body is an article long enough for the extractors to take it as one.
const body = `<article><h1>Port reopens</h1>
<p>Dockworkers in the northern port returned to work on Monday after a three-week stoppage that had left grain ships waiting at anchor, the harbour authority said.</p>
<p>The authority said the first vessel, carrying wheat bound for the coast, would sail on Tuesday once inspections were complete and the channel had been cleared.</p>
<p>Union leaders said they had accepted a pay offer brokered by the labour ministry, but warned that the deal would be put to a vote of members next month.</p>
</article>`

const wantBody = "Dockworkers in the northern port returned to work on Monday after a three-week stoppage that had left grain ships waiting at anchor, the harbour authority said."

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, head, pre     string
		published, url, out string
	}{
		{"json-ld", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"datePublished":"2024-03-05T10:00:00+01:00","publisher":{"@type":"Organization","name":"North Post"}}]}</script>`, "", "2024-03-05", "", "North Post"},
		{"open graph", `<meta property="article:published_time" content="2023-11-20"><meta property="og:site_name" content="Coastal Times"><meta property="og:url" content="https://coastal.example/port">`, "", "2023-11-20", "https://coastal.example/port", "Coastal Times"},
		{"time element", "", `<time datetime="2022-01-31T06:00:00Z">31 January</time>`, "2022-01-31", "", ""},
		{"meta name", `<meta name="pubdate" content="2021-07-04">`, "", "2021-07-04", "", ""},
		{"canonical over og:url", `<link rel="canonical" href="https://a.example/x"><meta property="og:url" content="https://b.example/y">`, "", "", "https://a.example/x", ""},
		{"nothing", "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html lang=\"en\"><head><title>Port reopens</title>" + tt.head + "</head><body>" + tt.pre + body + "</body></html>"
			p, err := parsePage([]byte(page), "", "", WebLimits, EngineAuto)
			if err != nil {
				t.Fatal(err)
			}
			if p.Published != tt.published || p.URL != tt.url || p.Outlet != tt.out || p.Language != "en" {
				t.Errorf("published %q url %q outlet %q lang %q", p.Published, p.URL, p.Outlet, p.Language)
			}
			if !strings.HasPrefix(p.Text, wantBody) {
				t.Errorf("text %q", p.Text)
			}
		})
	}
}

func TestCharset(t *testing.T) {
	latin := []byte("<p>Caf\xe9 na pra\xe7a, disse o ministro \xe0 imprensa.</p>")
	const want = "Café na praça, disse o ministro à imprensa."
	pad := "<script>" + strings.Repeat("var x = 1;\n", 150) + "</script>" // pushes <meta> past 1024 bytes
	tests := []struct {
		name, ctype string
		page        []byte
		charset     string
	}{
		{"utf-8 undeclared", "", []byte("<p>" + want + "</p>"), "utf-8"},
		{"meta charset", "", append([]byte(`<meta charset="iso-8859-1">`), latin...), "windows-1252"},
		{"meta after 1024 bytes", "", append([]byte("<head>"+pad+`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>`), latin...), "windows-1252"},
		{"header", "text/html; charset=ISO-8859-1", latin, "windows-1252"},
		{"undeclared legacy", "", latin, "windows-1252"},
		{"mislabelled utf-8", "", []byte(`<meta charset="iso-8859-1"><p>` + want + "</p>"), "utf-8"},
		{"bom", "", append([]byte("\xef\xbb\xbf<p>"), []byte(want+"</p>")...), "utf-8"},
		{"utf-16 bom", "", []byte("\xff\xfe<\x00p\x00>\x00C\x00a\x00f\x00\xe9\x00"), "utf-16le"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, name, err := toUTF8(tt.page, tt.ctype)
			if err != nil {
				t.Fatal(err)
			}
			if name != tt.charset {
				t.Errorf("charset %q, want %q", name, tt.charset)
			}
			if tt.charset != "utf-16le" && !bytes.Contains(out, []byte(want)) {
				t.Errorf("text %q", out)
			}
			if tt.charset == "utf-16le" && !bytes.Contains(out, []byte("<p>Café")) {
				t.Errorf("text %q", out)
			}
		})
	}
}

func TestHTMLHostile(t *testing.T) {
	small := WebLimits
	small.Elements = 50
	small.Page = 2 << 10
	tests := []struct {
		name    string
		page    string
		limits  Limits
		wantErr error
	}{
		{"nested too deep", strings.Repeat("<div>", 600) + body, WebLimits, ErrTooDeep},
		{"too many elements", strings.Repeat("<span>x</span>", 60) + body, small, ErrTooLarge},
		{"too large", body + strings.Repeat(" ", 3<<10), small, ErrTooLarge},
		{"no text", "<html><body><script>x()</script><p> 12 </p></body></html>", WebLimits, ErrNoText},
		{"empty", "", WebLimits, ErrNoText},
		{"binary", "<\x00\x01\x02\xff\xfe", WebLimits, ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readAll(t, htmlReader{limits: tt.limits}, "x.html", []byte(tt.page))
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("err %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// TestEngines checks that each engine finds the text of the test pages
// and leaves menus, captions, related links and comments out.
func TestEngines(t *testing.T) {
	stories := loadStories(t)
	for _, engine := range []string{EngineAuto, EngineReadability, EngineParagraphs} {
		t.Run("engine="+engine, func(t *testing.T) {
			for _, s := range stories {
				p, err := parsePage([]byte(pageHTML(s)), "", "", WebLimits, engine)
				if err != nil {
					t.Fatal(err)
				}
				if p.Text != s.text() {
					t.Errorf("%s: text\n%q\nwant\n%q", s.Name, p.Text, s.text())
				}
				for _, noise := range []string{"Related stories", "About time they talked", "Delegates arrive", "Share on", "All rights reserved"} {
					if strings.Contains(p.Text, noise) {
						t.Errorf("%s: text keeps %q", s.Name, noise)
					}
				}
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"blocks and breaks", "<div>One\n  two<br>three<p>four</p>five</div>", []string{"One two", "three", "four", "five"}},
		{"hidden and captions", "<p>a<script>x()</script></p><figure><figcaption>cap</figcaption></figure><p>cap</p><p>b</p>", []string{"a", "b"}},
		{"table cells", "<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>", []string{"x y", "z"}},
		{"inline", "<p>the <b>bold</b> <a href=#>link</a>s</p>", []string{"the bold links"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras, _ := fragmentParagraphs(tt.in)
			if strings.Join(paras, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", paras, tt.want)
			}
		})
	}
}

func TestCaptions(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{"figcaption once", "<figure><figcaption>A  boat.</figcaption></figure><figure><figcaption>A boat.</figcaption></figure>", []string{"A boat."}},
		{"class caption", `<div class="wp-caption"><img src=a.jpg><p class="wp-caption-text">Troops at the crossing.</p></div>`, []string{"Troops at the crossing."}},
		{"article ones only", `<div class="teaser"><figure><figcaption>Other story.</figcaption></figure></div><article><figure><figcaption>This story.</figcaption></figure></article>`, []string{"This story."}},
		{"long block named caption", `<div class="captioned-gallery"><p>` + strings.Repeat("word ", 200) + `</p><span class="caption">Short one.</span></div>`, []string{"Short one."}},
		{"none", "<p>No photo.</p>", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := fragmentParagraphs(tt.page)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// a caption that a page repeats as a paragraph stays out of the text
	p, err := parsePage([]byte(`<article><div class="image-caption">Delegates arrive.</div>`+body+`</article>`), "", "", WebLimits, EngineAuto)
	if err != nil || strings.Contains(p.Text, "Delegates arrive") || len(p.Captions) != 1 {
		t.Errorf("text %q captions %q err %v", p.Text, p.Captions, err)
	}
}

func TestTitleOutlet(t *testing.T) {
	tests := []struct{ page, headline, want string }{
		{"Talks resume – The Lake Watch", "Talks resume", "The Lake Watch"},
		{"Talks resume | Example Times", "Talks resume", "Example Times"},
		{"Talks resume", "Talks resume", ""},
		{"News - Example Times", "Talks resume", ""},
		{"Talks resume: day two", "Talks resume", ""}, // a colon starts a subtitle
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			if got := titleOutlet(tt.page, tt.headline); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
