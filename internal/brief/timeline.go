package brief

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/text"
)

// evidenceMax is how long a timeline entry's sentence may be before it is
// trimmed around its time expression.
const evidenceMax = 240

// entry is one dated statement of the timeline.
type entry struct {
	start    time.Time // where the value's period begins, for sorting
	value    string
	sentence string
	at       int // byte offset of the time expression, for a stable order
}

// timeline renders the dated statements of a story in date order, each with
// the sentence that dates it.
func timeline(buf *bytes.Buffer, a *article.Article) {
	var d *text.Doc
	var entries []entry
	seen := map[string]bool{}
	for _, t := range a.Times {
		if t.Value == nil || t.Kind != "date" && t.Kind != "time" {
			continue
		}
		start, ok := periodStart(*t.Value)
		if !ok || datelineDate(a.Text, t) {
			continue
		}
		if d == nil {
			d = text.Parse(a.Text)
		}
		s := evidence(d, t)
		if s == "" || seen[*t.Value+"\x00"+s] {
			continue
		}
		seen[*t.Value+"\x00"+s] = true
		entries = append(entries, entry{start: start, value: *t.Value, sentence: s, at: t.Start})
	}
	if len(entries) == 0 {
		return
	}
	sort.SliceStable(entries, func(i, j int) bool {
		if !entries[i].start.Equal(entries[j].start) {
			return entries[i].start.Before(entries[j].start)
		}
		// a finer value after the coarser one that holds it: 2025 before 2025-05
		if len(entries[i].value) != len(entries[j].value) {
			return len(entries[i].value) < len(entries[j].value)
		}
		return entries[i].at < entries[j].at
	})
	buf.WriteString("### Timeline\n\n")
	for _, e := range entries {
		fmt.Fprintf(buf, "- **%s** — %s\n", e.value, escape(e.sentence))
	}
	buf.WriteString("\n")
}

// datelineDate reports whether t is the date of the story's dateline
// ("KINSHASA, 5 March 2026 / Congo -", "Khartoum, 14 November 2026 --"):
// at most three capitalised words and commas before it on its line, a
// dash, slash or credit after it. It dates the filing, not what the lead
// tells, which has its own times ("late on Sunday").
func datelineDate(txt string, t article.Time) bool {
	if t.Start < 0 || t.End > len(txt) || t.Start > 120 {
		return false
	}
	line := txt[strings.LastIndexByte(txt[:t.Start], '\n')+1 : t.Start]
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 3 || !strings.HasSuffix(line, ", ") {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	rest := strings.TrimLeft(txt[t.End:], " ")
	for _, p := range []string{"(", "-", "—", "–", "/", ":"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// evidence is the sentence holding a time expression, trimmed around it
// when long.
func evidence(d *text.Doc, t article.Time) string {
	i := d.SentenceAt(t.Start)
	if i < 0 {
		return ""
	}
	s := d.Sentences[i]
	from, to := s.Start, s.End
	if to-from > evidenceMax {
		// keep a window around the expression, cut at spaces
		from = max(s.Start, t.Start-evidenceMax/2)
		to = min(s.End, from+evidenceMax)
		if k := strings.IndexByte(d.Text[from:t.Start], ' '); from > s.Start && k >= 0 {
			from += k + 1
		}
		if k := strings.LastIndexByte(d.Text[t.End:to], ' '); to < s.End && k >= 0 {
			to = t.End + k
		}
	}
	out := strings.Join(strings.Fields(d.Text[from:to]), " ")
	if from > s.Start {
		out = "…" + out
	}
	if to < s.End {
		out += "…"
	}
	return out
}

// periodStart reads where the period of a TimeML value begins: 2025-05-14,
// 2025-05, 2025, 2025-W22, 2025-Q3, 2025-H2, 2025-SU, 2025-05-14T10:00,
// 2025-05-14TMO, 199 (a decade), 19 (a century). References (PAST_REF) and sets have none.
func periodStart(v string) (time.Time, bool) {
	date := func(y, m, d int) (time.Time, bool) {
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
	}
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			return -1
		}
		return n
	}
	if len(v) < 4 || num(v[:4]) < 0 {
		switch {
		case len(v) == 3 && num(v) >= 0:
			return date(num(v)*10, 1, 1)
		case len(v) == 2 && num(v) >= 0:
			return date(num(v)*100, 1, 1)
		}
		return time.Time{}, false
	}
	y := num(v[:4])
	rest := v[4:]
	if rest == "" {
		return date(y, 1, 1)
	}
	if rest[0] != '-' || len(rest) < 3 {
		return time.Time{}, false
	}
	rest = rest[1:]
	switch {
	case rest[0] == 'W':
		w := num(strings.SplitN(rest[1:], "-", 2)[0])
		if w < 1 || w > 53 {
			return time.Time{}, false
		}
		// the Monday of ISO week w: week 1 holds January 4th
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		off := (int(jan4.Weekday()) + 6) % 7
		return jan4.AddDate(0, 0, (w-1)*7-off), true
	case rest[0] == 'Q' && len(rest) == 2 && num(rest[1:]) >= 1 && num(rest[1:]) <= 4:
		return date(y, (num(rest[1:])-1)*3+1, 1)
	case rest == "H1" || rest == "H2":
		return date(y, int(rest[1]-'1')*6+1, 1)
	}
	if s, ok := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[rest]; ok {
		return date(y, s, 1)
	}
	m := num(rest[:2])
	if m < 1 || m > 12 {
		return time.Time{}, false
	}
	if len(rest) == 2 {
		return date(y, m, 1)
	}
	if len(rest) < 5 || rest[2] != '-' {
		return time.Time{}, false
	}
	d := num(rest[3:5])
	if d < 1 || d > 31 {
		return time.Time{}, false
	}
	day, _ := date(y, m, d)
	// a clock time or a part of the day orders the entries of one day:
	// "T08:00Z", "T13:50", "TMO" (a zone left unsaid stays as written)
	tod := rest[5:]
	if len(tod) >= 6 && tod[0] == 'T' && tod[3] == ':' && num(tod[1:3]) >= 0 && num(tod[4:6]) >= 0 {
		return day.Add(time.Duration(num(tod[1:3]))*time.Hour + time.Duration(num(tod[4:6]))*time.Minute), true
	}
	if h, ok := map[string]int{"TMO": 6, "TMI": 12, "TAF": 12, "TEV": 18, "TNI": 21}[tod]; ok {
		return day.Add(time.Duration(h) * time.Hour), true
	}
	return day, true
}
