package brief

import (
	"bytes"
	"testing"

	"github.com/parley-news/parley/internal/article"
)

func TestClaims(t *testing.T) {
	five, one := 5, 1
	str := func(s string) *string { return &s }
	tests := []struct {
		name   string
		claims []article.Claim
		want   string
	}{
		{"none", nil, ""},
		{"profile and lines", []article.Claim{
			{Source: str("five people familiar with the matter"), Count: &five, Outlet: str("Reuters"),
				Cue: str("told"), Content: "the two sides met twice", Anonymity: &article.Span{Start: 0, End: 4}},
			{Source: str("Ahmed al-Sharaa"), SourceEntity: str("e2"), Named: true, Count: &one, Cue: str("said"),
				Direct: true, Content: "“We want calm.”"},
			{Source: str("Ahmed al-Sharaa"), SourceEntity: str("e2"), Named: true, Count: &one, Direct: true,
				Content: "“No one gains from *war*.”"},
		}, "### Who says so\n\n" +
			"**Sourcing:** 3 claims · 2 by named sources · 1 by anonymous sources · 2 distinct sources · 2 direct quotes\n\n" +
			"- **five people familiar with the matter** (anonymous, 5 sources, told Reuters, granted anonymity) *told*: the two sides met twice\n" +
			"- **Ahmed al-Sharaa** (named, quoted) *said*: “We want calm.”\n" +
			"- **Ahmed al-Sharaa** (named, quoted): “No one gains from \\*war\\*.”\n\n"},
		{"unattributed source and same source twice by text", []article.Claim{
			{Content: "talks will resume"},
			{Source: str("The ministry"), Named: true, Cue: str("said"), Content: "a"},
			{Source: str("the ministry"), Named: true, Cue: str("added"), Content: "b"},
		}, "### Who says so\n\n" +
			"**Sourcing:** 3 claims · 2 by named sources · 1 by anonymous sources · 1 distinct source · 0 direct quotes\n\n" +
			"- **(unattributed)** (anonymous): talks will resume\n" +
			"- **The ministry** (named) *said*: a\n" +
			"- **the ministry** (named) *added*: b\n\n"},
		{"a quote running past its cue and a document naming its outlet", []article.Claim{
			{Source: str("the envoy"), SourceSpan: &article.Span{Start: 10, End: 19}, Named: true, Count: &one,
				Cue: str("said"), CueSpan: &article.Span{Start: 20, End: 24}, Direct: true,
				Content: "“Go,” the envoy said. “Now.”", Start: 0, End: 36},
			{Source: str("a memo seen by AFP"), Named: true, Count: &one, Outlet: str("AFP"), Cue: str("according to"), Content: "c"},
		}, "### Who says so\n\n" +
			"**Sourcing:** 2 claims · 2 by named sources · 0 by anonymous sources · 2 distinct sources · 1 direct quote\n\n" +
			"- **the envoy** (named, quoted) *said*: “Go,” … “Now.”\n" +
			"- **a memo seen by AFP** (named) *according to*: c\n\n"},
		{"a transcript's colon is no cue to show", []article.Claim{
			{Source: str("Osei"), Named: true, Count: &one, Cue: str(":"), Content: "It is possible"},
		}, "### Who says so\n\n" +
			"**Sourcing:** 1 claim · 1 by named sources · 0 by anonymous sources · 1 distinct source · 0 direct quotes\n\n" +
			"- **Osei** (named): It is possible\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			claims(&buf, &article.Article{Claims: tc.claims})
			if got := buf.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"a longer sentence", 8, "a longer…"},
		{"ééééé", 3, "ééé…"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := clip(tc.in, tc.n); got != tc.want {
				t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}
