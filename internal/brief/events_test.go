package brief

import (
	"bytes"
	"testing"

	"github.com/parley-news/parley/internal/article"
)

func TestHappened(t *testing.T) {
	text := "Israel broke the truce on March 18. Egypt will host talks next week. Hamas freed two hostages, officials said."
	claim := 0
	tests := []struct {
		name   string
		events []article.Event
		want   string
	}{
		{"none", nil, ""},
		{"dated first, in date order, modality marked", []article.Event{
			{Type: "MEET", Actor: article.Str("Egypt"), Modality: article.Planned, Evidence: article.Span{Start: 36, End: 68}},
			{Type: "RELEASE_PERSONS", Actor: article.Str("Hamas"), Modality: article.Reported, Claim: &claim,
				Time: article.Str("2025-03-20"), Evidence: article.Span{Start: 69, End: 110}},
			{Type: "CEASEFIRE_BREAK", Actor: article.Str("Israel"), Target: article.Str("Hamas"), Place: article.Str("Gaza"),
				Modality: article.Asserted, Time: article.Str("2025-03-18"), Evidence: article.Span{Start: 0, End: 35}},
		}, "### What happened\n\n" +
			"- **2025-03-18** ceasefire break: Israel → Hamas, in Gaza — “Israel broke the truce on March 18.”\n" +
			"- **2025-03-20** release persons: Hamas — _reported by officials_ — “Hamas freed two hostages, officials said.”\n" +
			"- meet: Egypt — _planned_ — “Egypt will host talks next week.”\n\n"},
		{"negated, unknown actor, span out of bounds", []article.Event{
			{Type: "AGREE", Modality: article.Negated, Evidence: article.Span{Start: 5, End: 999}},
		}, "### What happened\n\n- agree: ? — _did not happen_\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			a := &article.Article{Text: text, Events: tc.events,
				Claims: []article.Claim{{Source: article.Str("officials")}}}
			happened(&buf, a)
			if got := buf.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestAgreements(t *testing.T) {
	days := 60
	tests := []struct {
		name string
		agrs []article.Agreement
		want string
	}{
		{"none", nil, ""},
		{"parties, mediators, duration, terms", []article.Agreement{{
			Name: "Israel-Hamas 60-day ceasefire", Kind: "ceasefire", Status: "in_force",
			Parties: []string{"Israel", "Hamas"}, Mediators: []string{"Qatar", "Egypt"}, DurationDays: &days,
			Terms:    []article.Term{{Text: "release 10 hostages", Start: 0, End: 19}},
			Mentions: []article.Span{{Start: 0, End: 5}, {Start: 9, End: 14}},
		}}, "### Agreements\n\n" +
			"- **Israel-Hamas 60-day ceasefire** (ceasefire, in force) — parties: Israel, Hamas; mediators: Qatar, Egypt; 60 days; named 2 times\n" +
			"  - release 10 hostages\n\n"},
		{"bare", []article.Agreement{{Name: "agreement", Kind: "other", Status: "unknown"}},
			"### Agreements\n\n- **agreement** (other, unknown)\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			agreements(&buf, &article.Article{Agreements: tc.agrs})
			if got := buf.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestTrim(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 10, "one two …"},
		{"ééééééééé", 5, "éé …"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := trim(tc.in, tc.n); got != tc.want {
				t.Errorf("trim(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}
