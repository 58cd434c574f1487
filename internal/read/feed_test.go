package read

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestFeedItems(t *testing.T) {
	long := strings.Repeat("<p>The mediators said the talks would resume after the holiday, and both sides agreed to keep the hotline open in the meantime.</p>", 12)
	item := func(title, link, desc, content string) string {
		s := fmt.Sprintf("<item><title>%s</title><link>%s</link><description><![CDATA[%s]]></description>", title, link, desc)
		if content != "" {
			s += "<content:encoded><![CDATA[" + content + "]]></content:encoded>"
		}
		return s + "</item>"
	}
	feed := func(items ...string) []byte {
		return []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>The Evening Ledger | Top stories</title>` +
			strings.Join(items, "") + "</channel></rss>")
	}
	tests := []struct {
		name    string
		feed    []byte
		want    []string // "summary=BOOL first-words" per doc
		wantErr error
	}{
		{"content", feed(item("A", "https://x.example/a", "Short.", "<p>Full story here.</p><p>Second paragraph.</p>")), []string{"false Full story here."}, nil},
		{"teaser content", feed(item("A", "https://x.example/a", "Short.", "<p>Only a teaser.</p>")), []string{"true Only a teaser."}, nil},
		{"summary only", feed(item("A", "https://x.example/a", "Short summary of the story.", "")), []string{"true Short summary of the story."}, nil},
		{"description holds the story", feed(item("A", "https://x.example/a", long, "")), []string{"false The mediators said"}, nil},
		{"plain text lines", feed(item("A", "", "First line.\nSecond line.", "")), []string{"true First line."}, nil},
		{"empty item skipped", feed(item("A", "https://x.example/a", "", ""), item("B", "", "Kept.", "")), []string{"true Kept."}, nil},
		{"latin-1 feed", feed(item("Caf\xe9", "", "Caf\xe9 reopens.", "")), []string{"true Café reopens."}, nil},
		{"no items", feed(), nil, ErrNoText},
		{"not a feed", []byte("<rss><channel><item><title>broken"), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := readAll(t, feedReader{limits: WebLimits}, "f.rss", tt.feed)
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("err %v, want %v", err, tt.wantErr)
			}
			if tt.want == nil {
				if err == nil {
					t.Fatalf("no error, docs %v", docs)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != len(tt.want) {
				t.Fatalf("%d docs, want %d", len(docs), len(tt.want))
			}
			for i, d := range docs {
				if d.Outlet != "The Evening Ledger" {
					t.Errorf("outlet %q", d.Outlet)
				}
				if got := fmt.Sprintf("%v %s", d.Summary, d.Text); !strings.HasPrefix(got, tt.want[i]) {
					t.Errorf("doc %d: %q, want it to start %q", i, got, tt.want[i])
				}
			}
		})
	}
}

func TestFeedLimits(t *testing.T) {
	few := WebLimits
	few.Records = 2
	few.Page = 1 << 10
	items := strings.Repeat("<item><title>T</title><description>Text.</description></item>", 3)
	tests := []struct {
		name string
		data string
	}{
		{"too many items", "<rss><channel><title>X</title>" + items + "</channel></rss>"},
		{"too large", "<rss><channel><title>X</title>" + strings.Repeat(" ", 2<<10) + "</channel></rss>"},
	}
	deep := "<rss><channel><item><title>T</title>" + strings.Repeat("<x>", 600) + "</item></channel></rss>"
	if _, err := readAll(t, feedReader{limits: WebLimits}, "f.rss", []byte(deep)); !errors.Is(err, ErrTooDeep) {
		t.Errorf("deep feed: err %v, want ErrTooDeep", err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := readAll(t, feedReader{limits: few}, "f.rss", []byte(tt.data)); !errors.Is(err, ErrTooLarge) {
				t.Errorf("err %v, want ErrTooLarge", err)
			}
		})
	}
}

func TestFeedOutlet(t *testing.T) {
	for in, want := range map[string]string{
		"Example News - World":          "Example News",
		"The Times: Top Stories | Home": "The Times",
		"Plain Outlet":                  "Plain Outlet",
		"":                              "",
	} {
		if got := feedOutlet(in); got != want {
			t.Errorf("feedOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestJSONFeed reads a JSON Feed (jsonfeed.org): sniffed as a feed, each
// item an article from its HTML content, with its link and date.
func TestJSONFeed(t *testing.T) {
	feed := `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "World desk",
  "items": [{
    "id": "1",
    "url": "https://news.example.org/2025/03/04/talks",
    "title": "Envoys meet for talks on border ceasefire",
    "content_html": "<p>Negotiators from Eastland and Westland met in Geneva on Tuesday for talks on a ceasefire along their border, two officials said.</p><p>The talks are due to resume next week.</p>",
    "date_published": "2025-03-04T10:00:00Z"
  }]
}`
	if got := Sniff("desk.json", []byte(feed)); got != FormatFeed {
		t.Fatalf("Sniff = %q, want feed", got)
	}
	docs, err := readAll(t, feedReader{limits: WebLimits}, "desk.json", []byte(feed))
	if err != nil || len(docs) != 1 {
		t.Fatalf("%d docs, %v", len(docs), err)
	}
	d := docs[0]
	want := "Negotiators from Eastland and Westland met in Geneva on Tuesday for talks on a ceasefire along their border, two officials said.\n\nThe talks are due to resume next week."
	if d.Title != "Envoys meet for talks on border ceasefire" || d.Text != want || d.URL != "https://news.example.org/2025/03/04/talks" || d.Published != "2025-03-04" || d.Summary {
		t.Errorf("doc = %+v", d)
	}
}
