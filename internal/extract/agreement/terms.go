package agreement

import (
	"strings"

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
		// the agreement named first: the sentence is about it
		if m.agr != nil {
			g = m.agr
			break
		}
	}
	if g == nil {
		// a sentence right after a mention that goes on with provisions
		r := f.recent()
		if r == nil || s.Index-r.last > 1 || !f.continues(s) {
			return
		}
		g = r
		g.last = s.Index
	}
	if h := f.excludedFrom(s, ms, g); h != nil {
		// "The two sides did not agree on a ceasefire": what the deal in
		// hand leaves out, not a provision of a ceasefire never made
		if from, to := exclusionSpan(s, ms[0].from); from >= 0 {
			f.addTerm(h, s, from, to)
		}
		f.termSents[s] = h
		return
	}
	f.termSents[s] = g
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
			if from := relativeContent(s, m.to+1); from >= 0 {
				f.addTerm(m.agr, s, from, clauseEnd(s, from))
			}
		}
	}
	for _, m := range ms {
		if m.topic && m.agr != nil {
			// "the talks are focused on joint security, such as
			// preventing conflict": the agenda is what it would cover
			if from, to := frame(s); to-from <= 45 {
				f.addTerm(m.agr, s, from, to)
			}
		}
	}
	if from, to := exclusion(s, ms, g); from >= 0 {
		f.addTerm(g, s, from, to)
	}
	if k, to := obligationCue(s); k >= 0 && !s.Negated(k) {
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
	} else if !wished(s) && !reactionOnly(s, ms) && !subordinateOnly(s, ms) && !expiryOnly(s, ms) && !callAfterAside(s, ms) && !twoAgreements(ms) && (f.provision(s) || len(ms) > 0 && (modalProvision(s) || f.statusClause(s))) {
		from, to := frame(s)
		if to-from <= 45 {
			f.addTerm(g, s, from, to)
		}
	}
}

// twoAgreements reports a sentence naming two agreements in hand ("The
// declaration follows a peace agreement between Congo and Rwanda signed in
// June"): it tells how they stand to each other, no provision of either. A
// past one named to date something ("after a previous ceasefire expired")
// does not count.
func twoAgreements(ms []*mention) bool {
	var first *agr
	for _, m := range ms {
		switch {
		case m.agr == nil || m.phase || m.agr.background:
		case first == nil:
			first = m.agr
		case m.agr != first:
			return true
		}
	}
	return false
}

// relativeContent is where the provision of "a deal that ..." starts:
// past an inserted "officials said"; -1 for a guess about its effect ("a
// deal that officials said could ease a food crisis").
func relativeContent(s *event.Sent, from int) int {
	for k := from; k < len(s.Words) && k < from+4; k++ {
		if event.ReportCue(s.Words[k].W) {
			from = k + 1
			break
		}
	}
	if from < len(s.Words) {
		switch s.Words[from].W {
		case "could", "might", "may":
			return -1
		}
	}
	return from
}

// excludedFrom returns the agreement in hand when the sentence names only
// an excluded agreement, one it just started ("did not agree on a
// ceasefire"), and another was named in this or the two sentences before.
func (f *finder) excludedFrom(s *event.Sent, ms []*mention, g *agr) *agr {
	for _, m := range ms {
		if !m.excluded || !m.fresh {
			return nil
		}
	}
	if len(ms) == 0 {
		return nil
	}
	var best *agr
	for _, h := range f.agrs {
		if h != g && !h.background && s.Index-h.last <= 2 && (best == nil || h.last > best.last) {
			best = h
		}
	}
	return best
}

// exclusionSpan runs from the negated verb before an excluded phrase to
// the phrase's head: "did not agree on a ceasefire".
func exclusionSpan(s *event.Sent, from int) (int, int) {
	k := from - 1
	for k >= 0 && !(s.Words[k].W == "not" || s.Words[k].W == "never" || strings.HasSuffix(s.Words[k].W, "n't")) {
		k--
	}
	if k < 0 {
		return -1, -1
	}
	if k > 0 && (s.Words[k-1].W == "did" || s.Words[k-1].W == "does" || s.Words[k-1].W == "is" || s.Words[k-1].W == "was" || s.Words[k-1].W == "has" || s.Words[k-1].W == "have") {
		k--
	}
	end := from
	for end < len(s.Words) && !s.Words[end].Punct && (npWords[s.Words[end].W] || kindNouns[s.Words[end].W] || heads[s.Words[end].W]) {
		end++
	}
	return k, end
}

// exclusion finds what an agreement leaves out, told after it in the
// sentence: "signed a declaration ..., but they did not agree on a
// ceasefire", "the accord is not yet a full peace treaty". The span runs
// from the verb or "not" to the agreement noun.
func exclusion(s *event.Sent, ms []*mention, g *agr) (int, int) {
	first := -1
	for _, m := range ms {
		if m.agr == g {
			first = m.to
			break
		}
	}
	if first < 0 {
		return -1, -1
	}
	for k := first; k < len(s.Words); k++ {
		w := s.Words[k].W
		if w != "not" && w != "never" && !strings.HasSuffix(w, "n't") {
			continue
		}
		from := k
		if k > 0 && (s.Words[k-1].W == "did" || s.Words[k-1].W == "does" || s.Words[k-1].W == "is" || s.Words[k-1].W == "was") {
			from = k - 1
		}
		for j := k + 1; j < len(s.Words) && j <= k+6; j++ {
			x := s.Words[j]
			if x.Punct {
				break
			}
			if kindNouns[x.W] || heads[x.W] {
				end := j + 1
				for end < len(s.Words) && (kindNouns[s.Words[end].W] || heads[s.Words[end].W]) {
					end++ // "a peace treaty"
				}
				return from, end
			}
			if !exclusionFill[x.W] && !npWords[x.W] {
				break
			}
		}
	}
	return -1, -1
}

var exclusionFill = set("agree", "agreed", "include", "includes", "included", "cover", "covers", "amount", "amounts",
	"to", "on", "yet", "a", "an", "full", "formal", "final", "permanent", "lasting", "comprehensive", "reach",
	"reached", "sign", "signed", "constitute", "constitutes", "mean", "means")

func (f *finder) addTerm(g *agr, s *event.Sent, from, to int) {
	t, ok := termSpan(f.a, s, from, to)
	if !ok {
		return
	}
	for _, x := range g.rec.Terms {
		if x.Start <= t.Start && t.End <= x.End {
			return
		}
	}
	g.rec.Terms = append(g.rec.Terms, t)
}

// subordinateOnly reports a sentence whose every agreement mention sits in
// a clause that hangs on another ("Fighting has subsided since a truce
// expired in October"): the sentence is about something else, and says
// nothing the agreement holds.
func subordinateOnly(s *event.Sent, ms []*mention) bool {
	for _, m := range ms {
		sub := false
		for k := m.from - 1; k > 0; k-- {
			w := s.Words[k]
			if w.Punct && w.Raw != "-" || w.W == "that" || w.W == "which" || w.W == "who" || event.ReportCue(w.W) {
				break // a clause of its own begins after the subordinate one
			}
			if backgroundClause[w.W] {
				sub = true
				break
			}
		}
		if !sub {
			return false
		}
	}
	return len(ms) > 0
}

// expiryOnly reports a sentence whose main clause tells when the agreement
// named before ends ("The truce expires on March 1 unless both sides
// agree", "The first stage lasts 42 days and expires on March 1", "is due
// to expire at midnight"): its span, no provision. An end told in an aside
// ("under a truce, which expires on Friday") leaves the main clause be.
func expiryOnly(s *event.Sent, ms []*mention) bool {
	for k, w := range s.Words {
		if !expiryVerbs[w.W] && !(w.W == "run" || w.W == "runs") || (w.W == "run" || w.W == "runs") && (k+1 >= len(s.Words) || s.Words[k+1].W != "out") {
			continue
		}
		named := false
		for _, m := range ms {
			if m.agr != nil && m.to <= k {
				named = true
			}
		}
		for j := k - 1; j >= 0 && named; j-- {
			x := s.Words[j]
			if x.Punct && x.Raw != "-" || x.W == "which" || x.W == "that" || backgroundClause[x.W] || x.W == "unless" || x.W == "if" {
				named = false
			}
			if ms[0].from >= j {
				break
			}
		}
		if named {
			return true
		}
	}
	return false
}

var expiryVerbs = set("expire", "expires", "lapse", "lapses")

var backgroundClause = set("since", "after", "before", "until", "though", "although", "because", "when", "whereas")

// modal reports "will", "would", "must", "have to": a step still to come.
func modal(s *event.Sent) bool {
	for _, w := range s.Words {
		switch w.W {
		case "will", "would", "must", "shall", "should":
			return true
		}
	}
	return false
}

// stanceWords tell where one side stands on an agreement ("was willing to
// eventually normalize ties", "is ready to sign").
var stanceWords = set("willing", "ready", "prepared", "unwilling")

// modalProvision reports a step still to come that someone is bound to
// take: "would deliver", "will pull back", "will have to review"; not a
// hope or a guess ("a ceasefire will bring an end to the war", "would
// review the deal if").
func modalProvision(s *event.Sent) bool {
	ws := s.Words
	for k, w := range ws {
		switch w.W {
		case "will", "would", "must", "shall", "should":
		default:
			continue
		}
		if hopedBefore(s, k) {
			continue // "said he hoped it would open the way to a treaty"
		}
		// the verb after the modal, past adverbs and "be required to"
		j := k + 1
		for j < len(ws) && (modalAdverbs[ws[j].W] || ws[j].W == "be" && j+1 < len(ws) && ws[j+1].W == "required") {
			j++
		}
		if j < len(ws) && (listVerbs[ws[j].W] || (ws[j].W == "have" || ws[j].W == "need" || ws[j].W == "required") && j+1 < len(ws) && ws[j+1].W == "to") {
			return true
		}
	}
	return false
}

// reactionOnly reports a sentence that names the agreement only as what
// someone welcomed or condemned ("The United States welcomed the agreement
// and urged Eritrea to withdraw"): a reaction, and what follows is the
// reacting side's own call.
func reactionOnly(s *event.Sent, ms []*mention) bool {
	for _, m := range ms {
		k := m.from - 1
		for k >= 0 && (npWords[s.Words[k].W] || s.Words[k].W == "the" || s.Words[k].W == "a" || s.Words[k].W == "an") {
			k--
		}
		if k < 0 || !reactionVerbs[s.Words[k].W] && !(s.Words[k].W == "out" && k > 0 && strings.HasPrefix(s.Words[k-1].W, "rul")) {
			return false // ("ruled out a truce")
		}
	}
	return len(ms) > 0
}

// callAfterAside reports a sentence that names the agreement only in a
// relative aside and goes on to a call ("China, which brokered a truce in
// January, called on both sides to return to talks"): the caller's own
// appeal, no provision.
func callAfterAside(s *event.Sent, ms []*mention) bool {
	ws := s.Words
	for _, m := range ms {
		e := asideEnd(ws, m.from, m.to)
		if e < 0 || e+1 >= len(ws) || !callVerbs[ws[e+1].W] {
			return false
		}
	}
	return len(ms) > 0
}

var callVerbs = set("called", "calls", "urged", "urges", "appealed", "appeals", "asked", "asks", "pressed", "presses")

var reactionVerbs = set("welcomed", "welcomes", "hailed", "hails", "praised", "praises", "applauded", "condemned",
	"condemns", "criticized", "criticised", "denounced", "slammed", "lauded", "greeted", "rejected", "rejects",
	"dismissed", "dismisses")

// wished reports a sentence whose step to come is hoped or feared ("he
// hoped the truce would open the way to elections"): no provision.
func wished(s *event.Sent) bool {
	for k, w := range s.Words {
		switch w.W {
		case "will", "would", "could", "might":
			if hopedBefore(s, k) {
				return true
			}
		}
	}
	return false
}

// hopedBefore reports a verb of hoping or fearing in the few words before
// the modal at word k: a wish or a guess, no provision.
func hopedBefore(s *event.Sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if hopeWords[s.Words[j].W] {
			return true
		}
	}
	return false
}

var hopeWords = set("hope", "hopes", "hoped", "hoping", "hopeful", "fear", "fears", "feared", "expects", "expected",
	"predicted", "predicts", "believes", "believed", "doubted", "doubts", "wondered", "warned", "warns")

var modalAdverbs = set("also", "then", "not", "immediately", "gradually", "jointly", "first", "now", "still", "only",
	"each", "both", "later", "eventually", "initially")

// statusClause reports a sentence that tells what was agreed or settled
// ("established three phases", "signed the accord"). What befell the
// agreement since (it expired, was violated, collapsed) is its status, no
// provision; nor is an agreeing denied ("failed to agree on a plan") or a
// blow struck ("jets struck targets").
func (f *finder) statusClause(s *event.Sent) bool {
	for k, w := range s.Words {
		if (brokenWords[w.W] || w.W == "expired" || w.W == "lapsed") && !mayHappen(s, k) {
			// "A previous deal signed in 2018 collapsed two years later":
			// its fate, whatever else the sentence recalls
			return false
		}
	}
	for k, w := range s.Words {
		switch {
		case f.count(s, k) || w.W == "established" || w.W == "created" || w.W == "supported" || w.W == "return" || stanceWords[w.W]:
			return true
		case agreedWords[w.W] && !s.Negated(k) && !failedBefore(s, k) && (w.W != "struck" || pactAfter(s, k)):
			return true
		}
	}
	return false
}

// count reports a number at word k that counts something: not a part of a
// date or a clock time ("February 18, 2028", "on March 4").
func (f *finder) count(s *event.Sent, k int) bool {
	w := s.Words[k]
	if !w.Num {
		return false
	}
	for _, t := range f.a.Times {
		if t.Start <= w.Start && w.Start < t.End && (t.Kind == "date" || t.Kind == "time") {
			return false
		}
	}
	return true
}

// failedBefore reports "failed to" or "refused to" right before word k.
func failedBefore(s *event.Sent, k int) bool {
	if k < 2 || s.Words[k-1].W != "to" {
		return false
	}
	switch s.Words[k-2].W {
	case "failed", "fail", "fails", "refused", "refuse", "refuses", "declined":
		return true
	}
	return false
}

// pactAfter reports an agreement noun in the few words after word k ("struck
// a deal").
func pactAfter(s *event.Sent, k int) bool {
	for j := k + 1; j < len(s.Words) && j <= k+4; j++ {
		if heads[s.Words[j].W] || kindNouns[s.Words[j].W] {
			return true
		}
	}
	return false
}

// eventTerms adds, as terms, the sentences where the deal is carried out:
// releases, withdrawals, aid and truces told after an agreement was named
// ("In return, Israel freed 1,968 Palestinians").
func (f *finder) eventTerms() {
	for _, e := range f.a.Events {
		switch e.Type {
		case "RELEASE_PERSONS", "WITHDRAW", "AID", "CEASEFIRE_START", "CEASEFIRE_BREAK":
		case "AGREE":
			// "both sides have agreed that the UN would lead aid operations"
			if !strings.Contains(f.a.Text[e.Evidence.Start:e.Evidence.End], "agreed that") {
				continue
			}
		default:
			continue
		}
		if e.Modality == "negated" || e.Modality == "hypothetical" {
			continue
		}
		var s *event.Sent
		for _, x := range f.sents {
			if x.Span.Start <= e.Evidence.Start && e.Evidence.Start < x.Span.End {
				s = x
			}
		}
		if s == nil || f.termSents[s] != nil || e.Type == "WITHDRAW" && evacuation(s) {
			continue // staff or civilians evacuated flee a danger; no side pulls back under a deal
		}
		// the agreement named last before the act, and lately
		var g *agr
		for _, h := range f.agrs {
			if h.background || len(h.rec.Mentions) == 0 || h.rec.Mentions[0].Start > s.Span.Start {
				continue
			}
			if g == nil || h.lastBefore(s.Span.Start) > g.lastBefore(s.Span.Start) {
				g = h
			}
		}
		if g == nil || !g.nearBefore(f.sents, s, 8) {
			continue
		}
		if g.ev.rejected && !g.ev.agreed {
			continue // "Moscow rejected a Ukrainian proposal ... The two sides last exchanged prisoners": nothing is done under a refused offer
		}
		if (e.Type == "CEASEFIRE_START" || e.Type == "CEASEFIRE_BREAK") && (g.rec.Kind == "ceasefire" || g.rec.Kind == "truce") {
			continue // a truce taking effect or broken: its status, not a term of it
		}
		from, to := frame(s)
		if to-from <= 45 {
			f.addTerm(g, s, from, to)
			f.termSents[s] = g
		}
	}
}

// evacuation reports a sentence that tells an evacuation.
func evacuation(s *event.Sent) bool {
	for _, w := range s.Words {
		if strings.HasPrefix(w.W, "evacuat") {
			return true
		}
	}
	return false
}

// lastBefore is the start of the agreement's last mention before off.
func (g *agr) lastBefore(off int) int {
	last := -1
	for _, m := range g.rec.Mentions {
		if m.Start <= off {
			last = m.Start
		}
	}
	return last
}

// nearBefore reports a mention of g within n body sentences before s.
func (g *agr) nearBefore(sents []*event.Sent, s *event.Sent, n int) bool {
	last := g.lastBefore(s.Span.Start)
	if last < 0 {
		return false
	}
	count := 0
	for i := len(sents) - 1; i >= 0; i-- {
		x := sents[i]
		if x.Span.Start > s.Span.Start {
			continue
		}
		if x.Span.Start <= last && last < x.Span.End {
			return count <= n
		}
		count++
	}
	return false
}

// continues reports a sentence that carries on describing an agreement:
// it opens with "During that period", "Under", "In return", or speaks of
// what parties would or will do.
func (f *finder) continues(s *event.Sent) bool {
	if len(s.Words) == 0 {
		return false
	}
	if k, _ := obligationCue(s); k >= 0 {
		return true // "Armenia and Azerbaijan are committing to stop all fighting"
	}
	if len(s.Words) > 1 && s.Words[0].W == "in" && (s.Words[1].W == "exchange" || s.Words[1].W == "return") {
		return true // "In exchange, the government agreed to lift ..."
	}
	switch s.Words[0].W {
	case "during", "under", "in", "it", "this", "that", "as":
		return f.provision(s)
	}
	for k, w := range s.Words {
		if warnWords[w.W] {
			// "The army warned residents not to return, saying its troops
			// would remain": one side's warning, no provision
			return false
		}
		if (w.W == "would" || w.W == "will") && !(k > 0 && (s.Words[k-1].W == "that" || s.Words[k-1].W == "which")) {
			// not "a law that would let the entity withdraw": what
			// another text would do
			return f.provision(s) || modalProvision(s)
		}
	}
	return false
}

var warnWords = set("warned", "warns", "warning", "threatened", "threatens", "threatening", "vowed", "vows")

// provision reports words that make a sentence a provision rather than
// talk about the deal: releases, withdrawals, aid, phases, counts.
func (f *finder) provision(s *event.Sent) bool {
	from, to := frame(s) // not in the frame: "residents on the Line of Control said"
	for k, w := range s.Words[from:to] {
		if f.count(s, from+k) || provisionWords[w.W] {
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
			if (w == "include" || w == "includes" || w == "including") && !dealBefore(s, k) {
				continue // "a committee chaired by the US and including France"
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

// dealBefore reports an agreement word or its parts ("terms",
// "provisions") in the few words before word k: what "include" lists.
func dealBefore(s *event.Sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.Words[j].W
		if heads[w] || kindNouns[w] || partNouns[w] {
			return true
		}
	}
	return false
}

var partNouns = set("terms", "provisions", "measures", "steps", "points", "clauses", "elements", "phase", "stage",
	"it", "which")

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

// reportFrameAfter reports ", the official said." closing the sentence
// after a comma ("..., and the official said the proposal would ..." is
// no frame but a clause of its own).
func reportFrameAfter(s *event.Sent, k int) bool {
	// (a source may run long: ", residents on both sides of the Line of
	// Control said")
	for j := k + 1; j < len(s.Words) && j < k+14; j++ {
		switch s.Words[j].W {
		case "if", "provided", "unless", "once", "are", "is", "were", "was", "be", "been":
			// ", provided that the lists are confirmed by the Red Cross":
			// a condition, no source
			return false
		}
		if event.ReportCue(s.Words[j].W) {
			rest := 0
			for r := j + 1; r < len(s.Words); r++ {
				if s.Words[r].W == "that" {
					return false
				}
				if !s.Words[r].Punct {
					rest++
				}
			}
			return rest <= 8
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
	// ", the official said." at the end
	for k := len(s.Words) - 1; k > from; k-- {
		if s.Words[k].Raw == "," && reportFrameAfter(s, k) {
			to = k
			break
		}
	}
	if to-from > 45 {
		// a long sentence: up to ", said the official, who ..."
		for k := from; k < to; k++ {
			if s.Words[k].Raw == "," && k+3 < to && (event.ReportCue(s.Words[k+1].W) || event.ReportCue(s.Words[k+2].W) || event.ReportCue(s.Words[k+3].W)) {
				to = k
				break
			}
		}
	}
	return from, to
}

var _ = article.Term{}
