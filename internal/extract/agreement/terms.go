package agreement

import (
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract/event"
)

// terms reads the provisions of the agreement a sentence speaks of: the
// list after "calls for", "obliges both sides to", "committing to"; the
// clause after "a deal that"; a duration ("a 60-day ceasefire"); and the
// sentences that go on to describe it ("During that period, Israel would
// withdraw troops").
func (f *finder) terms(s *event.Sent, ms []*mention) {
	var g *agr
	for _, m := range ms {
		if m.agr != nil {
			g = m.agr
			break
		}
	}
	if g == nil {
		// a sentence right after a mention that goes on with provisions
		r := f.recent()
		if r == nil || s.Index-r.last > 1 || !continues(s) {
			return
		}
		g = r
		g.last = s.Index
	}
	before := len(g.rec.Terms)
	for _, m := range ms {
		if m.agr != nil && m.duration > 0 {
			to := m.to
			// "a ceasefire of up to about ten days"
			if to < len(s.Words) && s.Words[to].W == "of" {
				for to < len(s.Words) && !s.Words[to].Punct && to < m.to+8 {
					to++
				}
			}
			f.addTerm(m.agr, s, m.from, to)
		}
		if m.agr != nil && m.to < len(s.Words) && (s.Words[m.to].W == "that" || s.Words[m.to].W == "which") && m.to+1 < len(s.Words) && !event.ReportCue(s.Words[m.to+1].W) {
			f.addTerm(m.agr, s, m.to+1, clauseEnd(s, m.to+1))
		}
	}
	if k, to := obligationCue(s); k >= 0 {
		end := clauseEnd(s, to)
		for _, it := range items(s, to, end) {
			f.addTerm(g, s, it[0], it[1])
		}
		// "..., while Israel would free 300 prisoners": a provision on the
		// other side
		if end+2 < len(s.Words) && s.Words[end].Raw == "," && (s.Words[end+1].W == "while" || s.Words[end+1].W == "whereas") {
			next := clauseEnd(s, end+2)
			for _, it := range items(s, end+2, next) {
				f.addTerm(g, s, it[0], it[1])
			}
		}
	} else if len(g.rec.Terms) == before && provision(s) {
		from, to := frame(s)
		if to-from <= 45 {
			f.addTerm(g, s, from, to)
		}
	}
}

func (f *finder) addTerm(g *agr, s *event.Sent, from, to int) {
	t, ok := termSpan(f.a, s, from, to)
	if !ok {
		return
	}
	for i, x := range g.rec.Terms {
		if x.Start <= t.Start && t.End <= x.End {
			return
		}
		if t.Start <= x.Start && x.End <= t.End {
			g.rec.Terms[i] = t
			return
		}
	}
	g.rec.Terms = append(g.rec.Terms, t)
}

// continues reports a sentence that carries on describing an agreement:
// it opens with "During that period", "Under", "In return", or speaks of
// what parties would or will do.
func continues(s *event.Sent) bool {
	if len(s.Words) == 0 {
		return false
	}
	switch s.Words[0].W {
	case "during", "under", "in", "it", "this", "that", "as":
		return provision(s)
	}
	for _, w := range s.Words {
		if w.W == "would" || w.W == "will" {
			return provision(s)
		}
	}
	return false
}

// provision reports words that make a sentence a provision rather than
// talk about the deal: releases, withdrawals, aid, phases, counts.
func provision(s *event.Sent) bool {
	for _, w := range s.Words {
		if w.Num || provisionWords[w.W] {
			return true
		}
	}
	return false
}

// obligationCue finds "calls for", "obliges X to", "committing to",
// "include", "element of ... is" and returns the cue and where its content
// starts; -1 when none.
func obligationCue(s *event.Sent) (int, int) {
	ws := s.Words
	for k := 0; k < len(ws); k++ {
		w := ws[k].W
		switch w {
		case "calls", "call", "provides", "provide":
			if k+1 < len(ws) && ws[k+1].W == "for" {
				return k, k + 2
			}
		case "obliges", "obligates", "commits", "committing", "requires", "compels", "compelled", "binds", "committed":
			// skip the bound parties up to "to"
			for j := k + 1; j < len(ws) && j < k+6; j++ {
				if ws[j].W == "to" {
					return k, j + 1
				}
			}
		case "include", "includes", "including", "envisages", "envisions", "stipulates", "foresees":
			if w == "including" && k > 0 && ws[k-1].Raw == "," {
				continue
			}
			return k, k + 1
		case "element", "elements", "part", "core", "pillar", "centerpiece", "centrepiece":
			for j := k + 1; j < len(ws) && j < k+8; j++ {
				if ws[j].W == "is" || ws[j].W == "are" {
					return k, j + 1
				}
			}
		}
	}
	return -1, -1
}

// items splits a list of provisions at commas and "and" before a verb:
// "enable aid, restore services, withdraw forces and allow burials".
func items(s *event.Sent, from, to int) [][2]int {
	var out [][2]int
	start := from
	for k := from; k < to; k++ {
		w := s.Words[k]
		split := false
		switch {
		case w.Raw == "," && k+1 < to && (listVerbs[s.Words[k+1].W] || s.Words[k+1].W == "and" && k+2 < to && listVerbs[s.Words[k+2].W]):
			split = true
		case w.W == "and" && k+1 < to && listVerbs[s.Words[k+1].W] && k > start+1:
			split = true
		}
		if split {
			if k > start {
				out = append(out, [2]int{start, k})
			}
			start = k + 1
		}
	}
	if to > start {
		out = append(out, [2]int{start, to})
	}
	return out
}

// clauseEnd is where the clause starting at from ends: a semicolon, or a
// comma that opens a reporting frame (", the official said").
func clauseEnd(s *event.Sent, from int) int {
	for k := from; k < len(s.Words); k++ {
		w := s.Words[k]
		if w.Raw == ";" {
			return k
		}
		if w.Raw == "," && (reportFrameAfter(s, k) || k+1 < len(s.Words) && clauseOpeners[s.Words[k+1].W]) {
			return k
		}
	}
	return len(s.Words)
}

// reportFrameAfter reports ", the official said" after a comma.
func reportFrameAfter(s *event.Sent, k int) bool {
	for j := k + 1; j < len(s.Words) && j < k+10; j++ {
		if event.ReportCue(s.Words[j].W) {
			return true
		}
		if s.Words[j].Punct {
			return false
		}
	}
	return false
}

// frame strips a reporting frame: "An official told AP that ..." and
// "..., the official said."
func frame(s *event.Sent) (int, int) {
	from, to := 0, len(s.Words)
	for k := 0; k < len(s.Words) && k < 20; k++ {
		if event.ReportCue(s.Words[k].W) {
			j := k + 1
			for j < len(s.Words) && j < k+6 && s.Words[j].W != "that" {
				j++
			}
			if j < len(s.Words) && s.Words[j].W == "that" {
				from = j + 1
			}
			break
		}
	}
	if e := clauseEnd(s, from); e < to {
		to = e
	}
	return from, to
}

var _ = article.Term{}
