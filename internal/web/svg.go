package web

import (
	"fmt"
	"html/template"
	"sort"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/store"
)

// esc escapes text for SVG (which is XML inside the HTML page).
func esc(s string) string { return template.HTMLEscapeString(s) }

func day(s *string) (time.Time, bool) {
	if s == nil || len(*s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", (*s)[:10])
	return t, err == nil
}

// TimelineSVG draws events as marks on a date axis, one row per event
// type, coloured by modality (CSS classes m-<modality>). Each mark links to
// the event's entry in the list below the chart (#ev-<i>). Events without
// a date are left out of the chart.
func TimelineSVG(evs []store.EventRecord) template.HTML {
	var dates []time.Time
	for _, e := range evs {
		if t, ok := day(e.Date); ok {
			dates = append(dates, t)
		}
	}
	if len(dates) == 0 {
		return ""
	}
	lo, hi, outside := dateRange(dates)
	var rows []string
	rowOf := map[string]int{}
	for _, e := range evs {
		t, ok := day(e.Date)
		if !ok || t.Before(lo) || t.After(hi) {
			continue
		}
		if _, ok := rowOf[e.Type]; !ok {
			rowOf[e.Type] = 0
			rows = append(rows, e.Type)
		}
	}
	sort.Strings(rows)
	for i, r := range rows {
		rowOf[r] = i
	}
	const left, right, top, rowH, w = 150, 20, 30, 26, 960
	h := top + rowH*len(rows) + 30
	span := hi.Sub(lo)
	if span < 24*time.Hour {
		lo = lo.Add(-24 * time.Hour)
		hi = hi.Add(24 * time.Hour)
		span = hi.Sub(lo)
	}
	x := func(t time.Time) float64 {
		return left + float64(w-left-right)*float64(t.Sub(lo))/float64(span)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart timeline" viewBox="0 0 %d %d" role="img" aria-label="Events by date and type">`, w, h)
	for i, r := range rows {
		y := top + i*rowH + rowH/2
		fmt.Fprintf(&b, `<text class="axis" x="%d" y="%d" text-anchor="end">%s</text>`, left-10, y+4, esc(label(r)))
		fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="%d" y2="%d"/>`, left, w-right, y, y)
	}
	// date ticks: about six, at day precision
	for i := 0; i <= 5; i++ {
		t := lo.Add(time.Duration(float64(span) * float64(i) / 5))
		anchor := "middle"
		if i == 5 {
			anchor = "end"
		}
		fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%d" text-anchor="%s">%s</text>`, x(t), h-8, anchor, t.Format("2006-01-02"))
	}
	if outside > 0 {
		fmt.Fprintf(&b, `<text class="axis" x="%d" y="14">%d dated event(s) far outside this range are listed below but not drawn</text>`, left, outside)
	}
	for i, e := range evs {
		t, ok := day(e.Date)
		if !ok || t.Before(lo) || t.After(hi) {
			continue
		}
		y := top + rowOf[e.Type]*rowH + rowH/2
		actor := ""
		if e.Actor != nil {
			actor = *e.Actor + ": "
		}
		fmt.Fprintf(&b, `<a href="#ev-%d"><circle class="mark m-%s" cx="%.1f" cy="%d" r="6"><title>%s %s%s (%s)</title></circle></a>`,
			i, esc(e.Modality), x(t), y, esc(t.Format("2006-01-02")), esc(actor), esc(label(e.Type)), esc(e.Modality))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// dateRange picks the span the timeline draws: all dates, unless a few lie
// far from the rest (a "1967 war" among this month's events), in which case
// the 5th to 95th percentile, widened by a tenth, is drawn and the others
// are counted as outside.
func dateRange(ds []time.Time) (lo, hi time.Time, outside int) {
	sort.Slice(ds, func(i, j int) bool { return ds[i].Before(ds[j]) })
	lo, hi = ds[0], ds[len(ds)-1]
	if len(ds) >= 10 {
		p5, p95 := ds[len(ds)*5/100], ds[len(ds)*95/100]
		pad := p95.Sub(p5) / 10
		if pad < 7*24*time.Hour {
			pad = 7 * 24 * time.Hour
		}
		if lo.Before(p5.Add(-pad)) || hi.After(p95.Add(pad)) {
			lo, hi = p5.Add(-pad), p95.Add(pad)
		}
	}
	for _, d := range ds {
		if d.Before(lo) || d.After(hi) {
			outside++
		}
	}
	return lo, hi, outside
}

// StatusSVG draws an agreement's status history as a line of dated steps.
func StatusSVG(hist []store.StatusChange) template.HTML {
	if len(hist) == 0 {
		return ""
	}
	const w, h, pad = 560, 56, 40
	step := 0.0
	if len(hist) > 1 {
		step = float64(w-2*pad) / float64(len(hist)-1)
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart status" viewBox="0 0 %d %d" role="img" aria-label="Status history">`, w, h)
	fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="20" y2="20"/>`, pad, w-pad)
	for i, c := range hist {
		x := float64(pad) + step*float64(i)
		if len(hist) == 1 {
			x = w / 2 // one status: a point in the middle, not a line's start
		}
		d := "undated"
		if c.Date != nil {
			d = *c.Date
		}
		fmt.Fprintf(&b, `<a href="/articles/%s"><circle class="mark s-%s" cx="%.1f" cy="20" r="7"><title>%s: %s</title></circle></a>`,
			esc(c.ArticleID), esc(c.Status), x, esc(d), esc(c.Status))
		fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="46" text-anchor="middle">%s</text>`, x, esc(d))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// SourcingSVG draws, per outlet, a bar of claims split into named and
// anonymous sources.
func SourcingSVG(outlets []store.OutletStats) template.HTML {
	if len(outlets) == 0 {
		return ""
	}
	if len(outlets) > 15 {
		outlets = outlets[:15]
	}
	most := 1
	for _, o := range outlets {
		most = max(most, o.Named+o.Anonymous)
	}
	const left, w, rowH = 190, 760, 24
	h := rowH*len(outlets) + 30
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart sourcing" viewBox="0 0 %d %d" role="img" aria-label="Claims by named and anonymous sources per outlet">`, w, h)
	for i, o := range outlets {
		y := i * rowH
		scale := float64(w-left-60) / float64(most)
		nw, aw := float64(o.Named)*scale, float64(o.Anonymous)*scale
		fmt.Fprintf(&b, `<text class="axis" x="%d" y="%d" text-anchor="end">%s</text>`, left-8, y+16, esc(o.Outlet))
		fmt.Fprintf(&b, `<rect class="bar named" x="%d" y="%d" width="%.1f" height="16"><title>%d named</title></rect>`, left, y+4, nw, o.Named)
		fmt.Fprintf(&b, `<rect class="bar anon" x="%.1f" y="%d" width="%.1f" height="16"><title>%d anonymous</title></rect>`, float64(left)+nw, y+4, aw, o.Anonymous)
		fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%d">%d / %d</text>`, float64(left)+nw+aw+6, y+16, o.Named, o.Anonymous)
	}
	fmt.Fprintf(&b, `<text class="axis" x="%d" y="%d">named / anonymous</text>`, left, h-6)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
