package agreement

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract/event"
)

// parties reads who is bound by the agreement from one mention: "between
// Israel and Hamas", "a ceasefire with Hamas", "Israel-Hamas truce", and
// the subject of the verb that signs, agrees to or breaks it.
func (f *finder) parties(s *event.Sent, m *mention, g *agr) {
	ws := s.Words
	resolve := func(cs []*event.Chunk) []*event.Chunk { return f.pointed(s, cs) }
	add := func(cs []*event.Chunk, nouns bool) {
		for _, n := range f.sideNames(s, cs, nouns) {
			g.rec.Parties = appendName(g.rec.Parties, n)
		}
	}
	// a compound before the head: "Israel-Hamas", "US-Syria"
	for k := m.from; k < m.to; k++ {
		if strings.Count(ws[k].Raw, "-") >= 1 && ws[k].Cap && !ws[k].Led && !goBetweenCompound(ws[k].Raw) {
			for _, part := range strings.Split(ws[k].Raw, "-") {
				if n := stateName(part); n != "" {
					g.rec.Parties = appendName(g.rec.Parties, n)
				}
			}
		}
	}
	switch cs, between, same := f.namedWith(s, m); {
	case same:
		// "a previous truce between the same groups": the sides of the
		// agreement in hand
		if h := f.inHand(g); h != nil {
			for _, p := range h.rec.Parties {
				g.rec.Parties = appendName(g.rec.Parties, p)
			}
		}
	case cs != nil:
		// "between the army and the rebels": named here, so even actors
		// without a name are parties
		add(cs, between)
	}
	// the subject of the verb governing the mention: "X and Y signed a
	// declaration", "Israel has agreed on terms for a ceasefire"
	if m.phase {
		return
	}
	// "the deal signed by Chad and Sudan"
	if m.to+1 < len(ws) && partyVerbs[ws[m.to].W] && ws[m.to+1].W == "by" {
		if c := s.ChunkWithin(m.to+2, 3); c != nil {
			// "a truce agreed by the army and the rebels": named with the
			// deal, as with "between", so two unnamed sides count
			cs := resolve(s.Coordinated(c))
			add(cs, len(cs) > 1)
		}
	}
	for k := m.from - 1; k >= 0 && k >= m.from-8; k-- {
		w := ws[k].W
		if ws[k].Punct && ws[k].Raw != "-" {
			break
		}
		if partyVerbs[w] {
			if c := s.Subject(k); c != nil && !c.Pronoun {
				// "Mali and the rebels agreed": an unnamed side beside a
				// named one is a party too
				cs := resolve(s.Coordinated(c))
				add(cs, len(cs) > 1 && namedIn(cs))
			}
			break
		}
	}
}

// pointed replaces a chunk that points back to a group ("the rebels
// agreed") by the group named before.
func (f *finder) pointed(s *event.Sent, cs []*event.Chunk) []*event.Chunk {
	out := make([]*event.Chunk, len(cs))
	for i, c := range cs {
		out[i] = c
		if g := s.PointedGroup(f.a, c, f.group); g != nil {
			out[i] = g
		}
	}
	return out
}

// sideNames are the names of the chunks that can be parties: no place,
// pronoun, person without a state, outlet or word of the dateline, and a
// common noun ("the rebels") only when nouns is set.
func (f *finder) sideNames(s *event.Sent, cs []*event.Chunk, nouns bool) []string {
	dl := s.DatelineEnd()
	var out []string
	for _, c := range cs {
		if c == nil || c.From < dl || c.Place || c.Pronoun || c.Noun && c.State == "" && !nouns || c.Person && c.State == "" || f.outlet(c.Name) {
			continue
		}
		out = appendName(out, c.StateOf())
	}
	return out
}

// namedWith reads the sides named with a mention: "between X and Y",
// "with X" right after it, "between" also past the participle telling
// where and when it was made ("a peace agreement signed in Washington in
// June between Congo and Rwanda"); between tells the word was "between",
// same that it was "between the same groups".
func (f *finder) namedWith(s *event.Sent, m *mention) (cs []*event.Chunk, between, same bool) {
	ws := s.Words
	from, reach := sidesReach(ws, m.to)
	for k := from; k < len(ws) && k < reach; k++ {
		if ws[k].Punct {
			break
		}
		if ws[k].W == "between" || k < m.to+4 && (ws[k].W == "with" || ws[k].W == "among") {
			if k+3 < len(ws) && ws[k+1].W == "the" && ws[k+2].W == "same" && sideNouns[ws[k+3].W] {
				return nil, true, true
			}
			if c := s.ChunkWithin(k+1, 3); c != nil {
				return f.pointed(s, s.Coordinated(c)), ws[k].W == "between", false
			}
			break
		}
	}
	return nil, false, false
}

// sidesReach is where to look for the sides named after a mention ending
// at to: its next four words, or, when a participle of making it follows
// (after a comma too: "The Stockholm Agreement, reached in December 2018
// between"), that participle and its phrases of place and time. "signed by"
// is read as the signers' own phrase.
func sidesReach(ws []event.Word, to int) (int, int) {
	from := to
	if from+1 < len(ws) && ws[from].Raw == "," && partyVerbs[ws[from+1].W] {
		from++
	}
	if from < len(ws) && partyVerbs[ws[from].W] && !(from+1 < len(ws) && ws[from+1].W == "by") {
		return from, from + 10
	}
	return to, to + 4
}

var sideNouns = set("groups", "sides", "parties", "factions", "militias", "forces", "countries", "rivals", "foes")

// inHand is the agreement named last before g that is not a past one.
func (f *finder) inHand(g *agr) *agr {
	var best *agr
	for _, h := range f.agrs {
		if h != g && !h.background && (best == nil || h.last >= best.last) {
			best = h
		}
	}
	return best
}

// namedIn reports a chunk with a name or a state among cs.
func namedIn(cs []*event.Chunk) bool {
	for _, c := range cs {
		if c != nil && (!c.Noun || c.State != "") && !c.Pronoun {
			return true
		}
	}
	return false
}

// outlet reports a news organization named by the article or its claims:
// it reports the deal, it is no party to it.
func (f *finder) outlet(name string) bool {
	if f.a.Source.Outlet != nil && strings.EqualFold(*f.a.Source.Outlet, name) {
		return true
	}
	for _, c := range f.a.Claims {
		if c.Outlet != nil && strings.EqualFold(*c.Outlet, name) {
			return true
		}
		if c.Source != nil && strings.EqualFold(*c.Source, name) && !c.Named {
			return true
		}
	}
	return newsOutlets[strings.ToLower(name)]
}

// stateName maps a word to a state or a named group when it is one.
func stateName(w string) string {
	cs, n := lexiconCountries([]string{strings.ToLower(w)})
	if n == 1 {
		return cs
	}
	if w != "" && strings.ToUpper(w[:1]) == w[:1] && len(w) > 2 && event.KnownGroup(w) {
		return w
	}
	return ""
}

// sidesBetween reports only the sides of an agreement between its phrase
// and word k: "a peace agreement between Congo and Rwanda signed in
// Washington".
func sidesBetween(s *event.Sent, to, k int) bool {
	ws := s.Words
	if to >= k || ws[to].W != "between" && ws[to].W != "with" {
		return false
	}
	for j := to + 1; j < k; j++ {
		if ws[j].Punct || ws[j].W != "and" && ws[j].W != "the" && s.ChunkAt(j) == nil {
			return false
		}
	}
	return true
}

// otherSides reports two agreements, each with its two sides named, whose
// sides differ ("the declaration between Congo and the M23 follows a
// peace agreement between Congo and Rwanda"): a broker of one is not the
// other's.
func otherSides(g, h *agr) bool {
	if len(g.rec.Parties) < 2 || len(h.rec.Parties) < 2 {
		return false
	}
	for _, p := range g.rec.Parties {
		if !contains(h.rec.Parties, p) {
			return true
		}
	}
	return false
}

// asideEnd is the comma that closes a relative aside holding the phrase
// from..to (", which mediated the deal,"), or -1.
func asideEnd(ws []event.Word, from, to int) int {
	open := false
	for j := from - 1; j >= 1 && j >= from-8; j-- {
		if (ws[j].W == "which" || ws[j].W == "who") && ws[j-1].Raw == "," {
			open = true
			break
		}
		if ws[j].Punct {
			break
		}
	}
	if !open {
		return -1
	}
	for k := to; k < len(ws) && k < to+12; k++ {
		if ws[k].Raw == "," {
			return k
		}
		if ws[k].Punct {
			return -1
		}
	}
	return -1
}

// mediators finds who brokers, mediates or hosts: "U.S.-brokered",
// "mediated by Qatar", "hosted by President X", "the UAE was mediating",
// "shuttle diplomacy by the United States",
// "Qatar and Egypt have been working on the details", "the mediators and
// the US", and "the two mediating countries" (the sources just named).
func (f *finder) mediators(s *event.Sent, prevSources []*event.Chunk) []string {
	f.medsOfAct = false
	var out []string
	add := func(cs ...*event.Chunk) {
		for _, c := range cs {
			if c != nil && !c.Pronoun && (!c.Noun || c.State != "") {
				out = appendName(out, c.StateOf())
			}
		}
	}
	ws := s.Words
	for k, w := range ws {
		raw := strings.ToLower(w.Raw)
		for _, suf := range []string{"-brokered", "-mediated", "-sponsored", "-hosted"} {
			if strings.HasSuffix(raw, suf) {
				stem := w.Raw[:len(w.Raw)-len(suf)]
				if k >= 2 && ws[k-1].W == "and" {
					// "the US and French-brokered deal": both broker it
					if n := stateName(strings.TrimSuffix(ws[k-2].Raw, "-")); n != "" {
						out = appendName(out, n)
					}
				}
				for _, part := range strings.Split(stem, "-") {
					if n := stateName(part); n != "" {
						out = appendName(out, n)
					}
				}
			}
		}
		switch w.W {
		case "brokered", "mediated", "hosted", "sponsored", "facilitated":
			if k > 0 && actNouns[ws[k-1].W] {
				// "in a swap brokered by the UAE": the go-between of an
				// act, for the deal named next, not for the truce in hand
				f.medsOfAct = true
			}
			if k+1 < len(ws) && ws[k+1].W == "by" {
				// "mediated by the regional bloc IGAD": past a description
				if c := s.ChunkWithin(k+2, 5); c != nil {
					add(s.Coordinated(c)...)
				}
			} else if c := s.Subject(k); c != nil && (w.W != "hosted" || talksAfter(s, k)) {
				// "Oman, which hosted the talks" (not "Egypt hosted
				// Netanyahu", a visit)
				add(s.Coordinated(c)...)
			}
		case "host", "hosts", "hosting":
			// "is expected to host a new round of talks"
			if talksAfter(s, k) {
				if c := s.Subject(k); c != nil {
					add(s.Coordinated(c)...)
				}
			}
		case "mediating", "mediation", "mediator", "mediators", "brokering":
			// "the UAE was mediating", "mediators Qatar and Egypt",
			// "with the mediation of X", "the mediators and the US",
			// "Saudi and U.S. mediators", "under Angolan mediation"
			if w.W != "mediating" && w.W != "brokering" {
				add(namesBefore(s, k)...)
			}
			if w.W == "mediating" && k > 0 && (ws[k-1].W == "was" || ws[k-1].W == "were" || ws[k-1].W == "is" || ws[k-1].W == "are" || ws[k-1].W == "been") {
				if c := s.Subject(k); c != nil {
					add(s.Coordinated(c)...)
				}
			}
			if k+1 < len(ws) {
				switch ws[k+1].W {
				case "of", "by":
					if c := s.ChunkWithin(k+2, 3); c != nil {
						add(s.Coordinated(c)...)
					}
				case "and":
					if c := s.ChunkWithin(k+2, 3); c != nil {
						add(c)
					}
				default:
					if c := s.ChunkAt(k + 1); c != nil {
						add(s.Coordinated(c)...)
					}
				}
			}
			if (w.W == "mediating" || w.W == "mediators") && k+1 < len(ws) && !ws[k+1].Cap && len(prevSources) > 0 && reportsAfter(s, k) {
				add(prevSources...)
			}
		case "diplomacy":
			// "weeks of shuttle diplomacy by Saudi Arabia and the United
			// States": who shuttles between the sides mediates
			if k > 0 && ws[k-1].W == "shuttle" && k+1 < len(ws) && (ws[k+1].W == "by" || ws[k+1].W == "of") {
				if c := s.ChunkWithin(k+2, 3); c != nil {
					add(s.Coordinated(c)...)
				}
			}
		case "working":
			// "Qatar and Egypt have been working on the details"
			if k+3 < len(ws) && ws[k+1].W == "on" && detailWords[ws[k+3].W] {
				if c := s.Subject(k); c != nil {
					add(s.Coordinated(c)...)
				}
			}
		}
	}
	return out
}

// actNouns name acts a go-between may broker that are no agreement words.
var actNouns = set("swap", "swaps", "exchange", "exchanges", "release", "releases", "handover", "evacuation")

// talksAfter reports talks as the object of the verb at word k: "hosted
// the negotiations", "host a new round of talks".
func talksAfter(s *event.Sent, k int) bool {
	for j := k + 1; j < len(s.Words) && j <= k+5; j++ {
		switch s.Words[j].W {
		case "talks", "negotiations", "consultations", "dialogue":
			return true
		}
		if s.Words[j].Punct || s.ChunkAt(j) != nil {
			return false
		}
	}
	return false
}

// namesBefore are the states or groups that modify the noun at word k,
// read leftwards over "and" and commas: "Saudi and U.S. mediators".
func namesBefore(s *event.Sent, k int) []*event.Chunk {
	var out []*event.Chunk
	for j := k - 1; j >= 0; {
		c := s.ChunkAt(j)
		if c == nil || c.Pronoun || c.Person || c.To != j+1 && c.To != k+1 {
			// (a chunk may hold the noun itself: "U.S. mediators")
			break
		}
		out = append(out, c)
		j = c.From - 1
		if j >= 0 && (s.Words[j].W == "and" || s.Words[j].Raw == ",") {
			j--
			continue
		}
		break
	}
	slices.Reverse(out) // in the text's order
	return out
}

// reportsAfter reports a verb of saying after word k: "the two mediating
// countries said".
func reportsAfter(s *event.Sent, k int) bool {
	for j := k + 1; j < len(s.Words) && j < k+5; j++ {
		if event.ReportCue(s.Words[j].W) {
			return true
		}
	}
	return false
}

// reportSources are the sources of a sentence's closing "X and Y said".
func reportSources(s *event.Sent) []*event.Chunk {
	for k := len(s.Words) - 1; k > 0; k-- {
		if !event.ReportCue(s.Words[k].W) {
			continue
		}
		if c := s.ChunkAt(k - 1); c != nil && !c.Pronoun {
			return s.Coordinated(c)
		}
		return nil
	}
	return nil
}

// status reads what the sentence says happened to the agreement.
func (f *finder) status(s *event.Sent, m *mention, g *agr, all []*mention) {
	ws := s.Words
	from := max(0, m.from-8)
	to := min(len(ws), m.to+14)
	// stay in the mention's clause on the left
	if cs := s.ClauseStart(m.from); cs > from {
		from = cs
	}
	if e := asideEnd(ws, m.from, m.to); e >= 0 && e < to {
		// "Turkey, which mediated the 2022 grain deal, offered to host
		// talks": the main clause past the aside says nothing of the deal
		to = e
	}
	for k := from; k < to; k++ {
		if k >= m.from && k < m.to || nearest(resolved(all), k) != m {
			continue
		}
		w := ws[k].W
		next := ""
		if k+1 < len(ws) {
			next = ws[k+1].W
		}
		neg := s.Negated(k)
		switch {
		case (brokenWords[w] || w == "broke") && charged(s, k):
			// "India accused Pakistan of violating the truce": a charge,
			// which the other side may deny
		case (brokenWords[w] || expiredWords[w] || w == "broke") && mayHappen(s, k):
			// "the truce could collapse", "if the ceasefire is violated":
			// a fear or a condition, not what happened
		case brokenWords[w] && watched(s, k):
			// "report any violations": what monitors look for
		case brokenWords[w] || w == "broke" && next != "out":
			g.ev.broken = true
		case expiredWords[w] && !(w == "expire" || w == "expires") && !neg:
			// "expired", "lapsed"; not "was due to expire in February",
			// "expires on Friday": a date still ahead
			g.ev.expired = true
		case expiredWords[w]:
		case (w == "took" || w == "takes" || w == "went" || w == "came" || w == "taken" || w == "come") && (next == "effect" || next == "into" || next == "hold"):
			g.ev.inForce = true
		case inForceWords[w]:
			g.ev.inForce = true
		case (w == "began" || w == "entered" || w == "started") && k < m.from && !neg && !mayHappen(s, k):
			// "began the second phase of their ceasefire"
			g.ev.inForce = true
		case agreedWords[w]:
			if neg || failedBefore(s, k) {
				// "failed to agree on a plan"
				g.ev.notYet = true
			} else if k < m.from || k <= m.to+3 || ws[k-1].Raw == "," || sidesBetween(s, m.to, k) {
				// "the deal between X and Y, signed on Monday"
				g.ev.agreed = true
			}
		case rejectedWords[w] || w == "out" && k > 0 && strings.HasPrefix(ws[k-1].W, "rul"):
			// ("ruled out a truce")
			if !neg && !(k >= m.to && ownObject(s, k)) {
				g.ev.rejected = true
			}
		case proposedWords[w]:
			g.ev.proposed = true
		}
	}
	if v := m.from - 1; v >= 0 && extensionVerbs[ws[v].W] {
		// "agreed to extend a humanitarian ceasefire", "extended the truce"
		agreedTo := false
		if v >= 2 && ws[v-1].W == "to" {
			// "agreed (on Thursday) to extend"
			for j := v - 2; j >= 0 && j >= v-5 && !ws[j].Punct; j-- {
				if agreedWords[ws[j].W] {
					agreedTo = true
					break
				}
			}
		}
		if !s.Negated(v) && !failedBefore(s, v) && (agreedTo || ws[v].W == "extended" || ws[v].W == "renewed") {
			g.ev.extended = true
		}
	}
	// "A ceasefire between X and Y has been extended until the end of the
	// year": the extension told after it
	for k := m.to; k < len(ws) && k < m.to+30 && (!ws[k].Punct || ws[k].Raw == "(" || ws[k].Raw == ")"); k++ {
		if (ws[k].W == "extended" || ws[k].W == "renewed" || ws[k].W == "prolonged") && k > 0 && (ws[k-1].W == "been" || ws[k-1].W == "was" || ws[k-1].W == "were") && !s.Negated(k) && !mayHappen(s, k) {
			g.ev.extended = true
		}
	}
	for k := m.from; k < m.to; k++ {
		switch {
		case proposedWords[ws[k].W]:
			g.ev.proposed = true
		case ws[k].Poss && (dateWords[ws[k].W] || ws[k].W == "week" || ws[k].W == "month" || ws[k].W == "year"):
			// "last week's ceasefire": made then
			g.ev.agreed = true
		}
	}
	// "under the deal, X freed ...": acts done under it put it in force
	if m.from > 0 && ws[m.from-1].W == "under" || m.from > 1 && ws[m.from-2].W == "under" {
		for k := range ws {
			if doneAct(s, k) {
				g.ev.inForce = true
			}
		}
	}
	// "exchanged 32 prisoners on Wednesday in a deal mediated by X": the
	// act told before it carried the deal out
	if m.from > 1 && ws[m.from-1].W == "in" {
		for k := range ws[:m.from-1] {
			if doneAct(s, k) {
				g.ev.inForce = true
			}
		}
	}
	// "is not yet a full peace treaty": a further agreement, still to come
	if m.fresh && m.from > 0 && m.from < len(ws) && (ws[m.from].W == "a" || ws[m.from].W == "an") && (ws[m.from-1].W == "yet" || ws[m.from-1].W == "not") {
		g.ev.notYet = true
	}
}

// charged reports an act at word k laid at someone's door: "accused X of
// violating", "blamed X for breaking", "alleged violations".
func charged(s *event.Sent, k int) bool {
	for j := 0; j+1 < len(s.Words); j++ {
		if (s.Words[j].W == "each" && s.Words[j+1].W == "other") || (s.Words[j].W == "one" && s.Words[j+1].W == "another") {
			return false // "accused each other of breaking it": both say it is broken
		}
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.Words[j].W
		if strings.HasPrefix(w, "accus") || strings.HasPrefix(w, "blam") || strings.HasPrefix(w, "alleg") {
			return true
		}
		if s.Words[j].Punct {
			return false
		}
	}
	return false
}

// mayHappen reports a modal or a condition governing word k in its clause:
// "could collapse", "might be violated", "if the truce breaks down",
// "threatens to unravel".
// doneAct reports an act at k that carries a deal out and was done: "freed",
// "exchanged", but not "will be exchanged", "are to be freed" or "would
// withdraw", which the deal only promises.
func doneAct(s *event.Sent, k int) bool {
	if !pastActs[s.Words[k].W] || mayHappen(s, k) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && !s.Words[j].Punct; j-- {
		switch s.Words[j].W {
		case "be", "to", "will", "shall", "must", "should":
			return false
		}
	}
	return true
}

func mayHappen(s *event.Sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		switch s.Words[j].W {
		case "could", "might", "may", "would", "if", "unless", "threatens", "threatened", "risks", "risk", "fear", "fears", "feared":
			return true
		}
		if s.Words[j].Punct {
			return false
		}
	}
	return false
}

// ownObject reports a verb at k with an object of its own that names no
// agreement: "talks on a new ceasefire stalled after Israel rejected a
// Hamas demand" rejected the demand, not the ceasefire.
func ownObject(s *event.Sent, k int) bool {
	if k+2 < len(s.Words) && s.Words[k+1].W == "to" && !npWords[s.Words[k+2].W] && !heads[s.Words[k+2].W] {
		return true // "refused to send a delegation"
	}
	if k+1 >= len(s.Words) || !npWords[s.Words[k+1].W] {
		return false
	}
	for j := k + 1; j < len(s.Words) && j <= k+5 && !s.Words[j].Punct; j++ {
		if heads[s.Words[j].W] || kindNouns[s.Words[j].W] || s.Words[j].W == "it" {
			return false
		}
	}
	return true
}

var extensionVerbs = set("extend", "extended", "renew", "renewed", "prolong", "prolonged")

// watched reports a breach named as what someone monitors, reports or
// prevents ("will report any violations", "to prevent breaches"), not one
// that happened.
func watched(s *event.Sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch s.Words[j].W {
		case "any", "possible", "potential", "future", "monitor", "monitors", "monitoring", "report", "reports",
			"investigate", "investigates", "prevent", "prevents", "avoid", "deter", "punish", "against":
			return true
		}
		if s.Words[j].Punct {
			return false
		}
	}
	return false
}

// resolved are the mentions tied to an agreement ("the second phase of
// their ceasefire": the phase before the agreement it belongs to is not).
func resolved(ms []*mention) []*mention {
	out := make([]*mention, 0, len(ms))
	for _, m := range ms {
		if m.agr != nil {
			out = append(out, m)
		}
	}
	return out
}

// nearest is the mention closest to word k.
func nearest(ms []*mention, k int) *mention {
	var best *mention
	bd := 1 << 30
	for _, m := range ms {
		d := 0
		switch {
		case k < m.from:
			d = m.from - k
		case k >= m.to:
			d = k - m.to + 1
		}
		if d < bd {
			best, bd = m, d
		}
	}
	return best
}

// finish settles names, kinds, statuses and parties once every sentence is
// read.
func (f *finder) finish() {
	counts := event.MainActors(f.sents)
	var allMeds []string
	for _, g := range f.agrs {
		allMeds = append(allMeds, g.rec.Mediators...)
	}
	for _, g := range f.agrs {
		ev := g.ev
		switch {
		case ev.extended:
			g.rec.Status = "agreed"
		case ev.broken:
			g.rec.Status = "broken"
		case ev.expired:
			g.rec.Status = "expired"
		case ev.inForce:
			g.rec.Status = "in_force"
		case ev.rejected && !ev.agreed:
			g.rec.Status = "rejected"
		case ev.agreed && !ev.notYet:
			g.rec.Status = "agreed"
		case ev.proposed || ev.notYet:
			g.rec.Status = "proposed"
		}
		if g.rec.Kind == "other" {
			for _, s := range g.sents {
				for _, w := range s.Words {
					if w.W == "peace" {
						g.rec.Kind = "peace"
					}
				}
			}
		}
		if g.rec.Kind == "other" && (swapDeal(g, f.termSentsOf(g)) || f.mutualRelease(g)) {
			g.rec.Kind = "exchange"
		}
		if len(g.rec.Parties) == 0 && (g.features["security"] || g.features["peace"] || g.features["normalization"]) {
			g.rec.Parties = f.talkers(g)
		}
		// "an immediate ceasefire in Sudan": the sides of that state's war,
		// which the story need not name; no guess from other acts
		local := hasPrefix(g.features, "@")
		if local && len(g.rec.Parties) == 0 {
			for k := range g.features {
				if strings.HasPrefix(k, "@") {
					g.rec.Parties = appendName(g.rec.Parties, k[1:])
				}
			}
			sort.Strings(g.rec.Parties) // (map order)
		}
		if len(g.rec.Parties) < 2 && !local {
			// "X and Y agreed on Monday to ... The deal, reached after":
			// the sides of the agreeing or talks told last before it
			for _, n := range f.agreers(g) {
				if !contains(g.rec.Mediators, n) && !contains(allMeds, n) {
					g.rec.Parties = appendName(g.rec.Parties, n)
				}
			}
		}
		// parties not named with the agreement: the states and groups
		// acting where it is mentioned, else the article's main ones
		if len(g.rec.Parties) == 0 && len(counts) == 0 && !local {
			for _, s := range g.sents {
				dl := s.DatelineEnd() // "BAKU, Sept. 20 -" tells where the news is from
				for _, c := range s.Chunks {
					if c.From < dl || c.Person || c.Place || c.Pronoun || !(c.Country || c.Entity != nil || event.KnownGroup(c.Name)) {
						continue
					}
					if len(g.rec.Parties) < 2 && !contains(g.rec.Mediators, c.StateOf()) && !excludedFrom(g, c.StateOf()) {
						g.rec.Parties = appendName(g.rec.Parties, c.StateOf())
					}
				}
			}
		}
		// "A similar truce in northern Shan state broke down in 2024":
		// like the one in hand, so another, likely between others
		if len(g.rec.Parties) < 2 && !local && !(g.background && g.features["similar"] && len(g.rec.Parties) == 0) {
			before := len(g.rec.Parties)
			for _, n := range counts {
				if f.outlet(n) {
					continue
				}
				if len(g.rec.Parties) >= 2 {
					break
				}
				if !contains(allMeds, n) && !excludedFrom(g, n) {
					g.rec.Parties = appendName(g.rec.Parties, n)
				}
			}
			if before == 0 && len(g.rec.Parties) < 2 {
				// "A Russian-brokered ceasefire signed in November 2020",
				// recalled in a story about one side: a lone guess names
				// half of some other war's sides
				g.rec.Parties = nil
			}
		}
		// a mediator is no party
		var ps []string
		for _, p := range g.rec.Parties {
			if !contains(g.rec.Mediators, p) || len(g.rec.Parties) <= 1 {
				ps = append(ps, p)
			}
		}
		g.rec.Parties = ps
	}
	// agreements mentioned together share their brokers
	for _, g := range f.agrs {
		for _, h := range f.agrs {
			if h != g && len(h.rec.Mediators) > 0 && sharesSentence(g, h) && !otherSides(g, h) {
				for _, md := range h.rec.Mediators {
					g.rec.Mediators = appendName(g.rec.Mediators, md)
				}
			}
		}
	}
	for _, g := range f.agrs {
		var ps []string
		for _, p := range g.rec.Parties {
			if !contains(g.rec.Mediators, p) {
				ps = append(ps, p)
			}
		}
		if len(ps) > 0 {
			g.rec.Parties = ps
		}
		if (g.rec.Status == "unknown" || g.rec.Status == "proposed") && !g.ev.notYet && !g.ev.rejected && f.agreedBefore(g) {
			g.rec.Status = "agreed"
		}
		g.rec.Name = name(g)
	}
}

// excludedFrom reports a side told left out of the agreement where it is
// named: "A previous truce signed in Pretoria ended the war in Tigray but
// excluded Fano fighters" is no truce of Fano's, nor a guess of the
// story's sides.
func excludedFrom(g *agr, n string) bool {
	for _, s := range g.sents {
		ws := s.Words
		for k, w := range ws {
			if !excludeWords[w.W] && !(w.W == "left" && k+1 < len(ws) && ws[k+1].W == "out") {
				continue
			}
			if c := s.ChunkWithin(k+1, 3); c != nil && c.StateOf() == n {
				return true
			}
		}
	}
	return false
}

var excludeWords = set("excluded", "excludes", "exclude", "excluding", "sidelined", "omitted")

// agreedBefore reports that the story told, before the deal was first
// named, that its parties agreed: "Kenya and Somalia agreed on Tuesday to
// reopen the crossing ... the deal would let traders cross" (the deal's
// "would" is what it does, not a proposal).
func (f *finder) agreedBefore(g *agr) bool {
	if len(g.rec.Parties) < 2 || len(g.rec.Mentions) == 0 {
		return false
	}
	first := g.rec.Mentions[0].Start
	for _, e := range f.a.Events {
		if e.Type != "AGREE" || e.Evidence.Start >= first || (e.Modality != article.Asserted && e.Modality != article.Reported) {
			continue
		}
		var sides []string
		for _, x := range []*string{e.Actor, e.Target} {
			if x != nil {
				sides = append(sides, strings.Split(*x, "; ")...)
			}
		}
		all := true
		for _, p := range g.rec.Parties {
			if !slices.Contains(sides, p) { // "Sudan" is not "South Sudan"
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}

// talkers are the sides of the talks told most often before an
// arrangement named by its subject ("Israel and Syria held meetings ...
// the direct talks are focused on security"); ties go to the earlier.
func (f *finder) talkers(g *agr) []string {
	if len(g.rec.Mentions) == 0 {
		return nil
	}
	at := g.rec.Mentions[0].Start
	count := map[string]int{}
	var best []string
	bestKey := ""
	for _, e := range f.a.Events {
		if e.Evidence.Start > at || e.Modality == "negated" || e.Actor == nil || e.Target == nil {
			continue
		}
		if e.Type != "MEET" && e.Type != "NEGOTIATE" {
			continue
		}
		var sides []string
		told := f.a.Text[e.Evidence.Start:e.Evidence.End]
		for _, n := range append(strings.Split(*e.Actor, "; "), strings.Split(*e.Target, "; ")...) {
			if !brokeredBy(told, n) {
				sides = appendName(sides, n)
			}
		}
		if len(sides) < 2 {
			continue
		}
		key := pairKey(sides)
		count[key]++
		if count[key] > count[bestKey] {
			best, bestKey = sides, key
		}
	}
	return best
}

// agreers are the two or more sides of the last act of agreeing, talking
// or halting fire told up to g's first mention ("Yemen's government and
// the Houthis agreed on Monday to release ..."), nil when none names two.
func (f *finder) agreers(g *agr) []string {
	if len(g.rec.Mentions) == 0 || g.background {
		return nil // a past agreement was made by others than today's talkers
	}
	at := g.rec.Mentions[0].Start
	var best []string
	for _, e := range f.a.Events {
		if e.Evidence.Start > at || e.Modality == "negated" || e.Actor == nil || e.Target == nil {
			continue
		}
		switch e.Type {
		case "AGREE", "NEGOTIATE", "MEET", "CEASEFIRE_START":
		default:
			continue
		}
		var sides []string
		told := f.a.Text[e.Evidence.Start:e.Evidence.End]
		for _, n := range append(strings.Split(*e.Actor, "; "), strings.Split(*e.Target, "; ")...) {
			if brokeredBy(told, n) {
				continue // "a swap mediated by the UAE": who mediated is no side
			}
			if !f.sideName(n) || !strings.Contains(told, n) && !f.mentionedIn(n, e.Evidence) {
				sides = nil
				break // a person or "officials": no reading of the sides
			}
			sides = appendName(sides, n)
		}
		if len(sides) >= 2 {
			best = sides
		}
	}
	return best
}

// goBetweenCompound reports "Russian-brokered", "U.S.-mediated": the state
// named is the go-between, no side.
func goBetweenCompound(raw string) bool {
	raw = strings.ToLower(raw)
	for _, v := range []string{"-brokered", "-mediated", "-facilitated", "-hosted", "-sponsored", "-backed", "-led"} {
		if strings.HasSuffix(raw, v) {
			return true
		}
	}
	return false
}

// brokeredBy reports n named in told as the go-between: "mediated by the
// United Arab Emirates", "brokered by Qatar".
func brokeredBy(told, n string) bool {
	for _, v := range []string{"mediated", "brokered", "facilitated", "hosted", "sponsored"} {
		if strings.Contains(told, v+" by "+n) || strings.Contains(told, v+" by the "+n) {
			return true
		}
	}
	return false
}

// mentionedIn reports an entity named n with a mention inside span: a side
// read off the words, not guessed from a dateline.
func (f *finder) mentionedIn(n string, span article.Span) bool {
	for _, e := range f.a.Entities {
		if e.Name != n {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start >= span.Start && m.End <= span.End {
				return true
			}
		}
	}
	return false
}

// sideName reports a name that can be a side to an agreement: a state, a
// known armed or political group, or an organization the entity stage
// found.
func (f *finder) sideName(n string) bool {
	if c, k := lexiconCountries(strings.Fields(strings.ToLower(n))); k > 0 && c == n || event.KnownGroup(n) {
		return true
	}
	for _, e := range f.a.Entities {
		if e.Name == n {
			return e.Type == article.Organization
		}
	}
	return false
}

// pairKey names a set of sides whatever their order.
func pairKey(sides []string) string {
	ks := make([]string, len(sides))
	for i, x := range sides {
		ks[i] = strings.ToLower(x)
	}
	sort.Strings(ks)
	return strings.Join(ks, "|")
}

// termSentsOf are the sentences read for g's terms, in text order.
func (f *finder) termSentsOf(g *agr) []*event.Sent {
	var out []*event.Sent
	for _, s := range f.sents {
		if f.termSents[s] == g {
			out = append(out, s)
		}
	}
	return out
}

// mutualRelease reports a deal whose sentences have both sides free
// captives ("for the Houthis to free 181 prisoners while the government
// side releases 706 fighters"): an exchange, whatever it is called.
func (f *finder) mutualRelease(g *agr) bool {
	in := map[*event.Sent]bool{}
	for _, s := range g.sents {
		in[s] = true
	}
	for _, s := range f.termSentsOf(g) {
		in[s] = true
	}
	var sides []string
	for _, e := range f.a.Events {
		if e.Type != "RELEASE_PERSONS" || e.Actor == nil || e.Modality == "negated" {
			continue
		}
		for s := range in {
			if s.Span.Start <= e.Evidence.Start && e.Evidence.Start < s.Span.End {
				for _, n := range strings.Split(*e.Actor, "; ") {
					sides = appendName(sides, n)
				}
			}
		}
	}
	return len(sides) >= 2
}

// swapDeal reports a deal, accord or agreement whose sentences call it an
// exchange or swap of captives ("The exchange is the first stage of a
// deal", "a swap of prisoners under the agreement"); "in exchange for" and
// exchanges of fire are no swap.
func swapDeal(g *agr, more []*event.Sent) bool {
	for h := range g.heads {
		if !genericHeads[h] && h != "agreement" && h != "agreements" && h != "accord" && h != "accords" && h != "pact" {
			return false
		}
	}
	swap, captives := false, false
	for _, s := range append(append([]*event.Sent(nil), g.sents...), more...) {
		ws := s.Words
		for k, w := range ws {
			switch w.W {
			case "exchange", "exchanges", "swap", "swaps":
				if k > 0 && ws[k-1].W == "in" || k+2 < len(ws) && ws[k+1].W == "of" && fireWords[ws[k+2].W] {
					continue
				}
				if k > 0 && (ws[k-1].W == "the" || ws[k-1].W == "an" || ws[k-1].W == "a" || ws[k-1].W == "this" || captiveWords[ws[k-1].W]) {
					swap = true
				}
			}
			if captiveWords[w.W] {
				captives = true
			}
		}
	}
	return swap && captives
}

var fireWords = set("fire", "gunfire", "shots", "blows", "views", "letters", "notes", "artillery", "rockets")

var captiveWords = set("prisoner", "prisoners", "captives", "hostages", "hostage", "detainees", "pows", "pow", "bodies")

func sharesSentence(g, h *agr) bool {
	for _, s := range g.sents {
		for _, t := range h.sents {
			if s == t {
				return true
			}
		}
	}
	return false
}

func contains(list []string, n string) bool {
	for _, x := range list {
		if strings.EqualFold(x, n) {
			return true
		}
	}
	return false
}

// name gives the agreement a readable name: its parties and kind, with the
// duration or year that sets it apart.
func name(g *agr) string {
	var b strings.Builder
	if len(g.rec.Parties) > 0 {
		b.WriteString(strings.Join(g.rec.Parties, "-"))
		b.WriteByte(' ')
	}
	if g.rec.DurationDays != nil {
		b.WriteString(itoa(*g.rec.DurationDays) + "-day ")
	}
	// the earliest year told with it: the one it was made in ("the 2015
	// Algiers agreement, ended in January 2024"), and the same name on
	// every run (map order is random)
	year := ""
	for k := range g.features {
		if strings.HasPrefix(k, "y") && (year == "" || k[1:] < year) {
			year = k[1:]
		}
	}
	if year != "" {
		b.WriteString(year + " ")
	}
	head := "agreement"
	switch {
	case g.rec.Kind == "ceasefire" || g.rec.Kind == "truce":
		head = g.rec.Kind
	default:
		for _, h := range []string{"declaration", "treaty", "memorandum", "accord", "deal", "plan", "proposal", "framework", "pact", "agreement", "normalization"} {
			if g.heads[h] || g.heads[h+"s"] {
				head = h
				break
			}
		}
		if g.rec.Kind != "other" && head != g.rec.Kind {
			head = g.rec.Kind + " " + head
		}
	}
	b.WriteString(head)
	return b.String()
}

func itoa(n int) string { return strconv.Itoa(n) }

// termSpan makes a term from words [from, to) of a sentence.
func termSpan(a *article.Article, s *event.Sent, from, to int) (article.Term, bool) {
	if d := s.DatelineEnd(); from < d {
		from = d // "ISTANBUL --" places the report, it is no provision
	}
	for from < to && (s.Words[from].Punct || leadDrop[s.Words[from].W]) {
		from++
	}
	for to > from && s.Words[to-1].Punct && s.Words[to-1].Raw != ")" {
		to--
	}
	if to-from < 3 {
		return article.Term{}, false
	}
	st, en := s.Words[from].Start, s.Words[to-1].End
	if st < 0 || en > len(a.Text) || st >= en {
		return article.Term{}, false
	}
	return article.Term{Text: a.Text[st:en], Start: st, End: en}, true
}
