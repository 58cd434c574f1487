package agreement

import (
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract/event"
	"github.com/parley-news/parley/internal/text"
)

// Extract fills a.Agreements: every ceasefire, truce, deal, accord,
// declaration, plan or proposal the body mentions, with the references
// that point back to it, its parties, mediators, status and terms.
func Extract(d *text.Doc, a *article.Article) {
	a.Agreements = Find(d, a)
}

// Find returns the agreements of an article in order of first mention.
func Find(d *text.Doc, a *article.Article) []article.Agreement {
	f := &finder{a: a, termSents: map[*event.Sent]*agr{}}
	var prevSources []*event.Chunk
	sents := event.Sentences(d, a)
	// "the government side" is the state whose government the story names
	event.ResolveGovernments(sents)
	for _, s := range sents {
		f.sents = append(f.sents, s)
		ms := f.mentions(s)
		meds := f.mediators(s, prevSources)
		prevSources = reportSources(s)
		f.attach(s, ms, meds)
		if g := s.LastGroup(a); g != nil {
			f.group = g
		}
	}
	f.eventTerms()
	f.finish()
	out := make([]article.Agreement, 0, len(f.agrs))
	for _, g := range f.agrs {
		if recalledOffer(g) {
			continue
		}
		out = append(out, g.rec)
	}
	return out
}

// agr is an agreement being built.
type agr struct {
	rec      article.Agreement
	heads    map[string]bool // head nouns it was called by
	features map[string]bool // distinguishing words: years, durations, "previous"
	sents    []*event.Sent   // sentences that mention it
	last     int             // index of the last sentence mentioning it
	ev       status
	kindSeen map[string]bool
	// background: a past agreement ("a previous ceasefire", "the 1974
	// accord", "last week's truce") that a bare "a deal" does not mean
	background bool
}

// status gathers the evidence for an agreement's status.
type status struct {
	broken, expired, inForce, agreed, rejected, proposed, notYet bool
	// extended: the sides agreed to extend or renew it ("agreed on
	// Thursday to extend the truce by seven days"), which outlasts a
	// breach or an expiry told before
	extended bool
}

type finder struct {
	a         *article.Article
	agrs      []*agr
	sents     []*event.Sent
	termSents map[*event.Sent]*agr // sentences already read for terms
	// pendingMeds: brokers named before any agreement ("exchanged
	// prisoners after mediation by the UAE"), for the one named next
	pendingMeds []string
	pendingAt   int
	// medsOfAct: the sentence's go-betweens broker an act ("a swap
	// brokered by the UAE"), so they wait for the deal named next
	medsOfAct bool
	// group: the group named last in the sentences before, which "the
	// rebels" or "the armed group" points back to
	group *event.Chunk
}

// mention is one reference to an agreement in a sentence.
type mention struct {
	from, to  int // words of the noun phrase
	head      string
	definite  bool
	phase     bool // "phase one", "the first phase": a part of the current agreement
	features  map[string]bool
	kind      string
	duration  int
	agr       *agr
	datedPoss bool // "last week's ceasefire"
	fresh     bool // the mention started its agreement
	// excluded: what a text is said not to be or hold ("did not agree on
	// a ceasefire"): it names no agreement of another kind
	excluded bool
	// topic: the subject of direct talks ("talks focused on joint
	// security"): an arrangement in the making, named by what it is about
	topic bool
	// offerTo: an indefinite offer with its content ("an Ethiopian
	// proposal to demarcate the border"): the deal in hand only when that
	// was itself named an offer
	offerTo bool
}

// mentions finds the agreement noun phrases of a sentence.
func (f *finder) mentions(s *event.Sent) []*mention {
	var out []*mention
	ws := s.Words
	for i := 0; i < len(ws); i++ {
		w := ws[i].W
		if phaseRef(s, i) {
			out = append(out, &mention{from: i, to: i + 2, head: "phase", phase: true, definite: true})
			i++
			continue
		}
		if !heads[w] && !(w == "ceasefire" || w == "cease-fire") {
			if from, kind, ok := topicTrack(s, i); ok {
				out = append(out, &mention{from: from, to: i + 1, head: kind, kind: kind, topic: true, features: map[string]bool{kind: true}})
				continue
			}
			if (w == "normalize" || w == "normalise" || w == "normalization" || w == "normalisation") && i+1 < len(ws) && relationsWord[ws[i+1].W] {
				m := &mention{from: i, to: i + 2, head: "normalization", kind: "normalization", features: map[string]bool{"normalization": true}}
				out = append(out, m)
			}
			continue
		}
		// the head is the last agreement noun of a run: "ceasefire deal"
		j := i
		for j+1 < len(ws) && (heads[ws[j+1].W] || kindNouns[ws[j+1].W]) && !ws[j+1].Cap {
			j++
		}
		head := ws[j].W
		if j+1 < len(ws) && notAgreementAfter[ws[j+1].W] {
			i = j
			continue
		}
		if (head == "plan" || head == "plans" || head == "deal" || head == "offer") && j+1 < len(ws) && (ws[j+1].W == "to" || ws[j+1].W == "with") && !s.DetBefore(i) {
			i = j
			continue
		}
		from := i
		for from > 0 && npMod(s, from-1) && !openers[ws[from].W] {
			from-- // an article opens the phrase: "on Tuesday a U.S. proposal"
		}
		if head == "pause" && !pauseNamed(ws, from, j) {
			i = j // "a pause in the talks": no truce
			continue
		}
		if offerOf(ws, from, j) {
			i = j // "a proposal to extend the truce": an offer about the deal in hand, or about talks
			continue
		}
		if genericHeads[head] && from == i && !s.DetBefore(i) {
			i = j
			continue
		}
		if generic(ws, from, i) {
			i = j // "any future deal": no agreement in particular
			continue
		}
		m := &mention{from: from, to: j + 1, head: head, features: map[string]bool{}}
		m.definite = from < len(ws) && (ws[from].W == "the" || ws[from].W == "this" || ws[from].W == "that" || ws[from].W == "its" || ws[from].Poss)
		for k := from; k < j; k++ {
			if ws[k].Poss && (dateWords[ws[k].W] || ws[k].W == "week" || ws[k].W == "month" || ws[k].W == "year") {
				m.datedPoss = true
				if !dateWords[ws[k].W] {
					m.features["dated"] = true
				}
			}
		}
		if sought(s, m) {
			i = j
			continue
		}
		if n := properName(ws, from, j); n != "" {
			m.features["="+n] = true
		}
		m.offerTo = offerHeads[head] && !m.definite && j+1 < len(ws) && ws[j+1].W == "to"
		m.kind = kindOf(s, from, j+1)
		m.excluded = excludedAt(s, from)
		if j+2 < len(ws) && (ws[j+1].W == "in" || ws[j+1].W == "of" || ws[j+1].W == "from" || ws[j+1].W == "signed") {
			// "a truce in November", "the accord of 1994": its own date
			for k := j + 2; k < len(ws) && k < j+4; k++ {
				if dateWords[ws[k].W] {
					m.features["d"+ws[k].W] = true
				}
				if ws[k].Num && len(ws[k].W) == 4 && (strings.HasPrefix(ws[k].W, "19") || strings.HasPrefix(ws[k].W, "20")) {
					m.features["y"+ws[k].W] = true
				}
			}
		}
		if j+2 < len(ws) && ws[j+1].W == "in" && !signedBefore(ws, from) {
			// "an immediate ceasefire in Sudan": the truce of that state
			// (not "signed a peace agreement in South Africa", its venue)
			if c := s.ChunkAt(j + 2); c != nil && c.From == j+2 && c.Country && !c.Noun && c.StateOf() != "" {
				m.features["@"+c.StateOf()] = true
			}
		}
		for k := from; k < j+1; k++ {
			x := ws[k]
			switch {
			case x.Num && len(x.W) == 4 && strings.HasPrefix(x.W, "19") || x.Num && len(x.W) == 4 && strings.HasPrefix(x.W, "20"):
				m.features["y"+x.W] = true
			case distinct[x.W]:
				m.features[x.W] = true
			case dateWords[x.W]:
				m.features["d"+x.W] = true
			case domainWords[x.W]:
				m.features["k"+x.W] = true
			}
			if d := durationDays(ws, k); d > 0 {
				m.duration = d
				m.features["dur"+strconv.Itoa(d)] = true
			}
		}
		out = append(out, m)
		i = j
	}
	return out
}

// properName is the lower-cased name of an agreement called by its own
// name, its head capitalized after a lower-case "the" ("the Indus Waters
// Treaty", "the Stockholm Agreement"), or "" for one named by what it is
// ("the treaty", "the Gaza ceasefire", "The Agreement" opening a heading).
// A named agreement is that one, not the deal in hand named again.
func properName(ws []event.Word, from, head int) string {
	if head <= from || ws[from].Raw != "the" || !ws[head].Cap || !heads[ws[head].W] {
		return ""
	}
	var parts []string
	for k := from + 1; k <= head; k++ {
		if !ws[k].Cap || ws[k].Poss {
			return ""
		}
		parts = append(parts, ws[k].W)
	}
	if len(parts) < 2 {
		return ""
	}
	return strings.Join(parts, " ")
}

// topicTrack finds talks whose stated agenda is an arrangement of a kind
// the contract names: "the direct talks are focused on joint security",
// "negotiations centred on normalization", "contacts aimed at peace".
// Sides negotiating to a stated end are an arrangement in the making, named
// by what it is about. The bare compound ("security talks", "peace talks")
// is not: like "ceasefire talks" it names the talks, whose outcome the
// story has yet to tell. It returns where the mention starts and its kind.
func topicTrack(s *event.Sent, i int) (int, string, bool) {
	ws := s.Words
	kind := topicKinds[ws[i].W]
	if kind == "" {
		return 0, "", false
	}
	from := i
	if from > 0 && topicMods[ws[from-1].W] {
		from--
	}
	// "focused on", "aimed at", "about" with talks shortly before
	if from < 2 || !focusCue[ws[from-2].W+" "+ws[from-1].W] && ws[from-1].W != "about" {
		return 0, "", false
	}
	for k := from - 2; k >= 0 && k >= from-8; k-- {
		if talkNouns[ws[k].W] {
			return from, kind, true
		}
		if ws[k].Punct {
			break
		}
	}
	return 0, "", false
}

// topicKinds: agenda words that name an agreement kind of the contract.
var topicKinds = map[string]string{"security": "security", "peace": "peace",
	"normalization": "normalization", "normalisation": "normalization"}

var topicMods = set("joint", "mutual", "border", "lasting", "regional")

var talkNouns = set("talks", "contacts", "negotiations", "discussions", "dialogue", "meetings", "channel")

var focusCue = set("focused on", "focus on", "focusing on", "centred on", "centered on", "limited to", "confined to",
	"aimed at", "aiming at")

// offerOf reports an indefinite offer whose content is to change an
// agreement already named or to hold talks ("a proposal to extend the
// truce", "an offer to host talks"): it is no agreement of its own, and it
// is not the one in hand. An offer whose content is a provision ("a
// proposal to withdraw its forces") may be the deal in hand, and still
// joins it.
func offerOf(ws []event.Word, from, head int) bool {
	if !offerHeads[ws[head].W] || head+2 >= len(ws) || ws[head+1].W != "to" {
		return false
	}
	if w := ws[from].W; w != "a" && w != "an" && w != "another" {
		return false
	}
	return changeVerbs[ws[head+2].W] || talkVerbs[ws[head+2].W]
}

var offerHeads = set("proposal", "plan", "offer", "initiative", "bid")

// changeVerbs act on an agreement; talkVerbs open or host talks.
var changeVerbs = set("extend", "renew", "prolong", "revive", "restore", "amend", "revise", "suspend", "replace", "expand")

var talkVerbs = set("hold", "host", "resume", "reopen", "open", "start", "begin", "launch", "convene", "mediate", "broker", "meet", "talk", "negotiate")

// generic reports a phrase about agreements in general: "any future
// deal", "any agreement", "future accords".
func generic(ws []event.Word, from, head int) bool {
	gen := func(w string) bool { return w == "any" || w == "future" || w == "every" }
	if from > 0 && gen(ws[from-1].W) {
		return true // "any future deal": words the phrase did not take in
	}
	for k := from; k < head; k++ {
		if gen(ws[k].W) {
			return true
		}
	}
	return false
}

// excludedAt reports a negation that governs the phrase starting at word
// from: "did not agree on a ceasefire", "is not yet a full peace treaty".
func excludedAt(s *event.Sent, from int) bool {
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		w := s.Words[k].W
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if s.Words[k].Punct || !exclusionFill[w] && !npWords[w] {
			return false
		}
	}
	return false
}

// fits reports whether mention m may name agreement g: an excluded phrase
// ("but they did not agree on a ceasefire") only one of its own kind, so
// it does not turn "the deal" in hand into a ceasefire.
func fits(g *agr, m *mention) bool {
	if !compatible(g, m.kind) {
		return false
	}
	return !m.excluded || m.kind == "other" || sameKind(g.rec.Kind, m.kind)
}

func sameKind(a, b string) bool {
	truce := func(k string) bool { return k == "ceasefire" || k == "truce" }
	return a == b || truce(a) && truce(b)
}

// quoted reports whether word j sits inside quotation marks.
func quoted(s *event.Sent, j int) bool {
	n := 0
	for k := 0; k < j; k++ {
		switch s.Words[k].Raw {
		case "\"", "“", "”":
			n++
		}
	}
	return n%2 == 1
}

// phaseRef reports "phase one", "the first phase", "phase two", "the
// second phase": a part of the agreement in hand.
func phaseRef(s *event.Sent, i int) bool {
	ws := s.Words
	if i+1 >= len(ws) {
		return false
	}
	if ws[i].W == "phase" && ordinalWords[ws[i+1].W] {
		return true
	}
	return ordinalWords[ws[i].W] && (ws[i+1].W == "phase" || ws[i+1].W == "stage")
}

// npMod reports whether word k may open or modify an agreement phrase.
func npMod(s *event.Sent, k int) bool {
	w := s.Words[k]
	if w.Punct {
		return w.Raw == "-"
	}
	if w.Num || w.Led || w.Poss || npWords[w.W] || kindNouns[w.W] || strings.Contains(w.W, "-") {
		return true
	}
	if w.Cap && k > 0 {
		return true
	}
	return false
}

// kindOf reads the kind from the phrase and its sentence.
// pauseNamed reports a pause named as a truce: "a humanitarian pause", "a
// three-day pause", "the pause" once one was so named is the same.
func pauseNamed(ws []event.Word, from, j int) bool {
	for k := from; k < j; k++ {
		if ws[k].W == "humanitarian" || durationDays(ws, k) > 0 {
			return true
		}
	}
	// (not "the pause in the talks")
	return j-from == 1 && (ws[from].W == "the" || ws[from].W == "this") && !(j+1 < len(ws) && (ws[j+1].W == "in" || ws[j+1].W == "of"))
}

func kindOf(s *event.Sent, from, to int) string {
	has := func(set map[string]bool) bool {
		for k := from; k < to; k++ {
			if set[s.Words[k].W] {
				return true
			}
		}
		return false
	}
	switch {
	case has(set("truce", "pause")):
		return "truce"
	case has(set("ceasefire", "cease-fire", "armistice")):
		return "ceasefire"
	case has(set("normalization", "normalisation")):
		return "normalization"
	case has(set("security", "defense", "defence", "military")):
		return "security"
	case has(set("peace")):
		return "peace"
	case has(set("exchange", "swap", "prisoner")):
		return "exchange"
	}
	return "other"
}

// attach links mentions to agreements (coreference), and gathers parties,
// mediators, status and terms.
func (f *finder) attach(s *event.Sent, ms []*mention, meds []string) {
	var cur []*agr
	// phrases with their own distinguishing words first, so that a bare
	// "the agreement" beside "a 60-day deal" means that deal
	order := make([]*mention, 0, len(ms))
	for _, m := range ms {
		if len(m.features) > 0 && !m.phase {
			order = append(order, m)
		}
	}
	for _, m := range ms {
		if m.phase {
			order = append(order, m)
		}
	}
	for _, m := range ms {
		if len(m.features) == 0 && !m.phase {
			order = append(order, m)
		}
	}
	for _, m := range order {
		g := f.resolveIn(s, m, cur)
		if g == nil && m.phase {
			continue // "phase one" of no agreement named
		}
		if m.offerTo && g != nil && !offerNamed(g) {
			continue // "rejected an Ethiopian proposal to demarcate the border" after a truce: another matter
		}
		other := g != nil && f.othersNamed(s, m, g)
		if other {
			g = nil
		}
		if g == nil {
			m.fresh = true
			g = f.start(m)
			// "A ceasefire between the military and the MNDAA" in a story
			// of a truce between the military and the TNLA: another, told
			// beside the one in hand
			g.background = other || m.features["previous"] || m.features["earlier"] || m.features["old"] || m.features["former"] || m.features["similar"] || hasYear(m.features) || m.datedPoss
		}
		m.agr = g
		g.rec.Mentions = append(g.rec.Mentions, article.Span{Start: s.Words[m.from].Start, End: s.Words[m.to-1].End})
		if len(g.sents) == 0 || g.sents[len(g.sents)-1] != s {
			g.sents = append(g.sents, s)
		}
		g.last = s.Index
		if !m.phase {
			if g.rec.Kind == "other" && m.kind != "other" {
				g.rec.Kind = m.kind
				if g.rec.Kind == "" {
					g.rec.Kind = "other"
				}
			}
			g.heads[m.head] = true
			for k := range m.features {
				g.features[k] = true
			}
			g.kindSeen[m.kind] = true
			if g.rec.DurationDays == nil && m.duration > 0 {
				dd := m.duration
				g.rec.DurationDays = &dd
			}
			if g.rec.DurationDays == nil && !m.excluded {
				if dd := durationAfter(s.Words, m.to, extendedBefore(s, m.from)); dd > 0 {
					g.rec.DurationDays = &dd
				}
			}
		}
		f.parties(s, m, g)
		cur = appendUnique(cur, g)
	}
	for _, m := range ms {
		if m.agr != nil {
			f.status(s, m, m.agr, ms)
		}
	}
	if len(meds) == 0 && len(cur) > 0 && len(f.pendingMeds) > 0 && s.Index-f.pendingAt <= 3 {
		// "... after mediation by the UAE" in the lead, before the deal
		// itself is named
		meds = f.pendingMeds
	}
	f.pendingMeds = nil
	if len(meds) > 0 {
		targets := cur
		if g := brokeredMention(s, ms); g != nil && len(cur) > 1 {
			// "The declaration, mediated by Qatar, follows a peace
			// agreement between X and Y": the declaration's broker only
			targets = []*agr{g}
		}
		if len(targets) == 0 && len(f.agrs) > 0 && !f.medsOfAct {
			targets = []*agr{f.recent()}
		}
		if len(targets) == 0 {
			f.pendingMeds, f.pendingAt = meds, s.Index
		}
		for _, g := range targets {
			for _, md := range meds {
				g.rec.Mediators = appendName(g.rec.Mediators, md)
			}
		}
	}
	f.terms(s, ms)
}

// othersNamed reports an indefinite mention whose own sides, named with
// "between" ("a ceasefire between the military and the MNDAA"), are not
// all parties of g, an agreement between two or more others: another
// agreement, not g named again.
func (f *finder) othersNamed(s *event.Sent, m *mention, g *agr) bool {
	if m.definite || m.phase || len(g.rec.Parties) < 2 {
		return false
	}
	cs, between, same := f.namedWith(s, m)
	if !between || same {
		return false
	}
	names := f.sideNames(s, cs, true)
	if len(names) < 2 {
		return false
	}
	for _, n := range names {
		if !contains(g.rec.Parties, n) {
			return true
		}
	}
	return false
}

// recalledOffer reports an offer told once only as like or before another
// ("had rejected a similar proposal in March", "an earlier plan"): no
// text anyone can point to, so no agreement of its own, and the sides
// of today's story are not its parties.
func recalledOffer(g *agr) bool {
	if !g.background || len(g.rec.Mentions) != 1 || !offerNamed(g) {
		return false
	}
	for h := range g.heads {
		if !offerHeads[h] {
			return false
		}
	}
	for k := range g.features {
		if !distinct[k] && !(strings.HasPrefix(k, "d") && k != "dated") {
			// a month ("in March") only dates it; "the 2019 Saudi plan",
			// "the Arab League's plan" are named
			return false
		}
	}
	return true
}

// offerNamed reports an agreement named as an offer or a plan.
func offerNamed(g *agr) bool {
	for h := range offerHeads {
		if g.heads[h] {
			return true
		}
	}
	return g.heads["proposals"] || g.heads["plans"]
}

// brokeredMention is the agreement of the mention a brokering participle
// follows ("the declaration, mediated by Qatar,", "a deal brokered by
// Egypt"), or nil.
func brokeredMention(s *event.Sent, ms []*mention) *agr {
	ws := s.Words
	for _, m := range ms {
		k := m.to
		if k < len(ws) && ws[k].Raw == "," {
			k++
		}
		if m.agr != nil && k+1 < len(ws) && brokerVerbs[ws[k].W] && ws[k+1].W == "by" {
			return m.agr
		}
	}
	return nil
}

var brokerVerbs = set("mediated", "brokered", "facilitated", "sponsored", "hosted")

func appendUnique(list []*agr, g *agr) []*agr {
	for _, x := range list {
		if x == g {
			return list
		}
	}
	return append(list, g)
}

func appendName(list []string, n string) []string {
	for _, x := range list {
		if strings.EqualFold(x, n) {
			return list
		}
	}
	return append(list, n)
}

// recent is the agreement mentioned last.
func (f *finder) recent() *agr {
	var best *agr
	for _, g := range f.agrs {
		if best == nil || g.last >= best.last {
			best = g
		}
	}
	return best
}

// resolveIn resolves a mention, preferring for a bare reference an
// agreement already named in the same sentence.
func (f *finder) resolveIn(s *event.Sent, m *mention, here []*agr) *agr {
	for _, g := range here {
		// "phase one" of the agreement named beside it; a bare "a
		// proposal" not of a past one
		if m.phase || len(m.features) == 0 && fits(g, m) && headsAgree(g, m.head) && (m.definite || !g.background) {
			return g
		}
	}
	return f.resolve(s, m)
}

// resolve finds the agreement a mention refers to, or nil for a new one.
// A phrase with its own distinguishing words (a year, a duration,
// "previous", "separate") names the agreement with those words or a new
// one; a bare "the deal" or "a truce" soon after names the one in hand.
func (f *finder) resolve(s *event.Sent, m *mention) *agr {
	if len(f.agrs) == 0 {
		return nil
	}
	if m.phase || s.PhaseOf(m.from) {
		return f.recent()
	}
	if m.features["separate"] && !m.definite {
		return nil // "under a separate memorandum": another text
	}
	if len(m.features) > 0 {
		for i := len(f.agrs) - 1; i >= 0; i-- {
			g := f.agrs[i]
			if !fits(g, m) {
				continue
			}
			same := true
			for k := range m.features {
				if !g.features[k] && !featureInSents(g, k) {
					same = false
				}
			}
			if same {
				return g
			}
		}
		if len(m.features) == 1 && m.features["new"] {
			// "the new agreement" after "a previous ceasefire": the one in hand
			for i := len(f.agrs) - 1; i >= 0; i-- {
				if g := f.agrs[i]; !g.background && fits(g, m) && headsAgree(g, m.head) {
					return g
				}
			}
			return nil
		}
		if hasPrefix(m.features, "=") || m.features["separate"] || m.features["previous"] || m.features["earlier"] || m.features["former"] || m.features["old"] || m.features["similar"] || m.features["new"] || m.features["full"] || m.features["dated"] || hasYear(m.features) || hasDate(m.features) || hasDomain(m.features) || hasPrefix(m.features, "@") || m.duration > 0 {
			return nil
		}
	}
	if !m.definite && aimedAt(s, m.from) {
		// "open the way to a peace treaty", "a step toward a deal": one
		// still to come, not the one in hand
		return nil
	}
	// a definite or bare reference: the agreement in hand, weighing how
	// often it was named against how lately
	// "in violation of the truce" after "an earlier truce collapsed in
	// 2023" is the truce in hand when one of that kind is, and "under the
	// deal" after "an earlier ceasefire in July" is the deal in hand: a
	// past deal named once in passing; one the story goes on to tell
	// ("The January truce ... Israel broke the truce on March 18") keeps
	// its mentions
	current := false
	for _, g := range f.agrs {
		if !g.background && (m.kind == "other" || sameKind(g.rec.Kind, m.kind)) && fits(g, m) && headsAgree(g, m.head) {
			current = true
		}
	}
	var best *agr
	bestScore := -1
	for _, g := range f.agrs {
		if !fits(g, m) || !headsAgree(g, m.head) || !m.definite && s.Index-g.last > 12 {
			continue
		}
		if g.background && (!m.definite || current && len(g.rec.Mentions) == 1) && !m.phase {
			continue
		}
		score := len(g.rec.Mentions)
		if s.Index-g.last <= 1 && (m.definite || !g.background) {
			score += 100 + g.last
		}
		if m.kind != "other" && sameKind(g.rec.Kind, m.kind) && s.Index-g.last <= 6 {
			// "the truce" after a separate deal was named: the truce
			score += 200
		}
		if g.heads[m.head] {
			score += 2
		}
		if score >= bestScore {
			best, bestScore = g, score
		}
	}
	return best
}

// aimedAt reports a phrase that a hope or a path leads to: "open the way
// to", "pave the way for", "a step toward(s)", "a path to".
func aimedAt(s *event.Sent, from int) bool {
	k := from - 1
	if k < 1 {
		return false
	}
	switch s.Words[k].W {
	case "toward", "towards":
		return true
	case "to", "for":
		switch s.Words[k-1].W {
		case "way", "path", "road", "step", "steps", "prelude", "stepping-stone":
			return true
		}
	}
	return false
}

var reachVerbs = set("reach", "conclude", "seal", "clinch", "strike", "secure", "finalize", "finalise", "negotiate")

var failWords = set("failed", "fail", "fails", "failing", "unable", "refused", "refuses")

var modals = set("will", "would", "could", "can", "may", "might", "must", "should", "shall")

// sought reports an indefinite agreement that talks seek or that someone
// still has to reach ("begin talks on a comprehensive deal", "we still have
// to reach a final agreement"): a goal named in passing, neither the deal
// in hand nor one the story tells of.
func sought(s *event.Sent, m *mention) bool {
	k := m.from - 1
	if m.definite || k < 1 {
		return false
	}
	if (s.Words[k].W == "on" || s.Words[k].W == "about" || s.Words[k].W == "over") && talkNouns[s.Words[k-1].W] {
		return true
	}
	return reachVerbs[s.Words[k].W] && (s.Words[k-1].W == "to" && (k < 2 || !failWords[s.Words[k-2].W]) || modals[s.Words[k-1].W])
}

// signedBefore reports a verb of agreeing in the few words before word k.
func signedBefore(ws []event.Word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if agreedWords[ws[j].W] {
			return true
		}
	}
	return false
}

// headsAgree: a declaration is not a treaty; a deal or an accord can be
// anything.
func headsAgree(g *agr, head string) bool {
	if !specificHeads[head] {
		return true
	}
	for h := range g.heads {
		if specificHeads[h] && h != head {
			return false
		}
	}
	return true
}

func hasDate(fs map[string]bool) bool {
	for k := range fs {
		if strings.HasPrefix(k, "d") && k != "dated" {
			return true
		}
	}
	return false
}

func hasDomain(fs map[string]bool) bool { return hasPrefix(fs, "k") }

// hasPrefix reports a feature of the kind the prefix marks ("k" a domain,
// "@" a state).
func hasPrefix(fs map[string]bool, p string) bool {
	for k := range fs {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

func hasYear(fs map[string]bool) bool {
	for k := range fs {
		if strings.HasPrefix(k, "y") {
			return true
		}
	}
	return false
}

// featureInSents reports whether a date word of a mention ("Friday's
// deal") appears where the agreement was mentioned before.
func featureInSents(g *agr, k string) bool {
	if strings.HasPrefix(k, "@") {
		// a state: one of its sides, or named where it was told
		for _, p := range g.rec.Parties {
			if p == k[1:] {
				return true
			}
		}
		for _, s := range g.sents {
			for x := range s.Chunks {
				if s.Chunks[x].StateOf() == k[1:] {
					return true
				}
			}
		}
		return false
	}
	if strings.HasPrefix(k, "=") {
		// "the Doha Agreement" after "the deal signed in Doha": its
		// first word was told with it
		first, _, _ := strings.Cut(k[1:], " ")
		for _, s := range g.sents {
			for _, w := range s.Words {
				if w.Cap && w.W == first {
					return true
				}
			}
		}
		return false
	}
	if !strings.HasPrefix(k, "d") {
		return false
	}
	for _, s := range g.sents {
		for _, w := range s.Words {
			if w.W == k[1:] {
				return true
			}
		}
	}
	return false
}

// compatible: a ceasefire is not a trade pact, but "the deal" can be
// either.
func compatible(g *agr, kind string) bool {
	if kind == "other" {
		return true
	}
	if g.rec.Kind == "other" {
		// "a deal" may turn out to be the ceasefire; a declaration or a
		// treaty is not
		for h := range g.heads {
			if !genericHeads[h] && h != "agreement" && h != "agreements" {
				return false
			}
		}
		return true
	}
	return sameKind(g.rec.Kind, kind)
}

func (f *finder) start(m *mention) *agr {
	g := &agr{heads: map[string]bool{}, features: map[string]bool{}, kindSeen: map[string]bool{}}
	g.rec.Kind = m.kind
	g.rec.Status = "unknown"
	g.rec.Parties = []string{}
	g.rec.Mediators = []string{}
	g.rec.Terms = []article.Term{}
	f.agrs = append(f.agrs, g)
	return g
}
