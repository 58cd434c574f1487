package brief

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/parley-news/parley/internal/article"
)

// timeAt builds a time of kind at the first occurrence of s in txt.
func timeAt(txt, s, value, kind string) article.Time {
	i := strings.Index(txt, s)
	return article.Time{Text: s, Value: article.Str(value), Kind: kind, Start: i, End: i + len(s)}
}

func TestTimeline(t *testing.T) {
	const story = "Talks resumed on Tuesday in Cairo. The war began on Oct. 7, 2023, when fighters attacked. " +
		"A truce held in early March. It lasted for 60 days. Since then, fighting has flared now and then."
	tests := []struct {
		name  string
		times []article.Time
		want  string
	}{
		{"none", nil, ""},
		{"only undated kinds", []article.Time{
			timeAt(story, "60 days", "P60D", "duration"),
			timeAt(story, "now", "PRESENT_REF", "vague"),
		}, ""},
		{"date order with evidence", []article.Time{
			timeAt(story, "Tuesday", "2025-07-01", "date"),
			timeAt(story, "Oct. 7, 2023", "2023-10-07", "date"),
			timeAt(story, "early March", "2025-03", "date"),
			timeAt(story, "60 days", "P60D", "duration"),
		}, "### Timeline\n\n" +
			"- **2023-10-07** — The war began on Oct. 7, 2023, when fighters attacked.\n" +
			"- **2025-03** — A truce held in early March.\n" +
			"- **2025-07-01** — Talks resumed on Tuesday in Cairo.\n\n"},
		{"unresolved left out", []article.Time{
			{Text: "Tuesday", Kind: "date", Start: 17, End: 24},
		}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			timeline(&buf, &article.Article{Text: story, Times: tc.times})
			if got := buf.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestTimelineDatelineAndClock(t *testing.T) {
	const wire = "Khartoum, 14 November 2026 -- Forces shelled the city late on Sunday, a group said.\n\n" +
		"KINSHASA, 5 March 2026 / Congo - Rebels said on Thursday they would leave.\n\n" +
		"10:40 GMT: The minister will travel on Sunday.\n\n08:00 GMT: Aircraft struck overnight.\n\n" +
		"Sirens sounded at 1:50 p.m. local time. Officials met on 14 November 2026 -- a Saturday -- in Doha."
	tests := []struct {
		name  string
		times []article.Time
		want  []string // the values listed, in order
	}{
		{"a dateline's date is left out, the lead's own kept", []article.Time{
			timeAt(wire, "14 November 2026", "2026-11-14", "date"),
			timeAt(wire, "Sunday", "2026-11-08", "date"),
			timeAt(wire, "5 March 2026", "2026-03-05", "date"),
			timeAt(wire, "Thursday", "2026-03-05", "date"),
		}, []string{"2026-03-05", "2026-11-08"}},
		{"a date inside a sentence before a dash stays", []article.Time{
			{Text: "14 November 2026", Value: article.Str("2026-11-14"), Kind: "date",
				Start: strings.LastIndex(wire, "14 November 2026"), End: strings.LastIndex(wire, "14 November 2026") + 16},
		}, []string{"2026-11-14"}},
		{"clock times of one day in clock order", []article.Time{
			timeAt(wire, "1:50 p.m. local time", "2026-10-03T13:50", "time"),
			timeAt(wire, "10:40 GMT", "2026-10-03T10:40Z", "time"),
			timeAt(wire, "overnight", "2026-10-02TNI", "time"),
			timeAt(wire, "08:00 GMT", "2026-10-03T08:00Z", "time"),
			timeAt(wire, "Sunday", "2026-10-03", "date"),
		}, []string{"2026-10-02TNI", "2026-10-03", "2026-10-03T08:00Z", "2026-10-03T10:40Z", "2026-10-03T13:50"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			timeline(&buf, &article.Article{Text: wire, Times: tc.times})
			var got []string
			for _, l := range strings.Split(buf.String(), "\n") {
				if v, ok := strings.CutPrefix(l, "- **"); ok {
					got = append(got, v[:strings.Index(v, "**")])
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("got %q, want %q\n%s", got, tc.want, buf.String())
			}
		})
	}
}

func TestTimelineTrimsLongSentences(t *testing.T) {
	long := strings.Repeat("word ", 80) + "on May 14 " + strings.Repeat("more ", 80) + "end."
	var buf bytes.Buffer
	timeline(&buf, &article.Article{Text: long, Times: []article.Time{timeAt(long, "May 14", "2025-05-14", "date")}})
	got := buf.String()
	if !strings.Contains(got, "…") || !strings.Contains(got, "May 14") || len(got) > evidenceMax+60 {
		t.Errorf("not trimmed around the date: %q", got)
	}
}

func TestPeriodStart(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for none
	}{
		{"2025-05-14", "2025-05-14"}, {"2025-05-14T10:00", "2025-05-14"}, {"2025-05", "2025-05-01"},
		{"2025", "2025-01-01"}, {"2025-W22", "2025-05-26"}, {"2025-W01", "2024-12-30"},
		{"2025-W22-WE", "2025-05-26"}, {"2025-Q3", "2025-07-01"}, {"2025-SU", "2025-06-01"},
		{"199", "1990-01-01"}, {"19", "1900-01-01"}, {"PAST_REF", ""}, {"P60D", ""},
		{"2025-H1", "2025-01-01"}, {"2025-H2", "2025-07-01"}, {"2025-H3", ""}, {"2025-05-14TNI", "2025-05-14"},
		{"XXXX-WXX-5", ""}, {"2025-13", ""}, {"2025-W60", ""}, {"", ""}, {"2025-", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := periodStart(tc.in)
			s := ""
			if ok {
				s = got.Format(time.DateOnly)
			}
			if s != tc.want {
				t.Errorf("periodStart(%q) = %q, want %q", tc.in, s, tc.want)
			}
		})
	}
}
