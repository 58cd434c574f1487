package event

import (
	"slices"
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
)

// symmetric events have partners rather than a doer and a done-to: in
// "Israel and Syria held talks" Israel is the actor and Syria the target.
var symmetric = set("MEET", "NEGOTIATE", "AGREE", "CEASEFIRE_START", "COOPERATE")

// capitalOnly reports a sentence's first word, capitalized only for
// opening it and known as no name: "Heavy fighting", "Renewed clashes".
func (s *Sent) capitalOnly(c *Chunk) bool {
	return c.From == 0 && c.To == 1 && c.Entity == nil && !c.Country && !c.Noun && !c.Person &&
		!s.Words[0].Led && !s.Words[0].Poss && !KnownGroup(c.Name) && !isAcronymName(c.Name)
}

// demonymModifier reports a lone demonym before a noun and a name ("to
// buy British rival Brightwater Dairy"): it describes the one named, and
// is no partner itself ("to Iraqi flights" is).
func (s *Sent) demonymModifier(c *Chunk) bool {
	return c.Country && !c.Noun && c.To-c.From == 1 && c.To+1 < len(s.Words) && demonymWord(s.Words[c.From].W) &&
		!s.Words[c.To].Punct && !s.Words[c.To].Cap && !personWords[s.Words[c.To].W] && s.Words[c.To+1].Cap
}

// ofNamed is the named side an unnamed noun belongs to: "leaders of the
// Tigray People's Liberation Front" are the TPLF.
func (s *Sent) ofNamed(c *Chunk) *Chunk {
	if c == nil || !c.Noun || c.State != "" || c.Person || c.To+1 >= len(s.Words) || s.Words[c.To].W != "of" {
		return c
	}
	k := c.To + 1
	for k < len(s.Words) && articles[s.Words[k].W] {
		k++
	}
	if n := s.ChunkAt(k); n != nil && n.From > c.To && !n.Place && !n.Pronoun && !n.Person && !n.Noun {
		return n
	}
	return c
}

// sideChunk reports a chunk that can be a side: a state or a named group,
// not a person or an unnamed noun.
func (s *Sent) sideChunk(c *Chunk) bool {
	return c != nil && c.To > c.From && !c.Person && !c.Place && !c.Pronoun && (!c.Noun || c.State != "")
}

// pairObject is "both sides", "the warring parties" right after a verb.
func (s *Sent) pairObject(i int) *Chunk {
	if i < len(s.Words) && s.Words[i].W == "on" {
		i++ // "called on both sides"
	}
	if c := s.ChunkAt(i); c != nil && c.Pair && c.From == i {
		return c
	}
	return nil
}

// namesDeal reports a sentence that names a truce or a deal.
func (s *Sent) namesDeal() bool {
	for _, w := range s.Words {
		if truceWords[w.W] || dealWords[w.W] {
			return true
		}
	}
	return false
}

var dealWords = set("deal", "agreement", "accord", "treaty", "pact", "armistice")

// names2 joins chunk names the way the record does, for oneOf.
func names2(cs []*Chunk) string {
	n, _ := names(cs)
	return n
}

// twoSides are the sides an act with no named doer is between: the two
// that agreed or talked last when one of them is a side of the story
// ("Colombia and the ELN agreed ... The talks"), else the story's two most
// named; none when there are not two.
func (ctx *story) twoSides() (string, string) {
	if a, b := ctx.dealt[0], ctx.dealt[1]; a != "" {
		ia, ib := slices.Index(ctx.sides, a), slices.Index(ctx.sides, b)
		switch {
		case a == b || ia < 0 && ib < 0:
		case ia >= 0 && ib >= 0 && ib < ia:
			return b, a // the story's order
		default:
			return a, b
		}
	}
	if len(ctx.sides) >= 2 {
		return ctx.sides[0], ctx.sides[1]
	}
	return "", ""
}

// tiedToSides reports a sentence that ties the act told by the noun at i,
// with no named doer, to the story's two sides: "the talks" the story
// told, or a sentence that names one of the sides or speaks of them
// ("both sides", "the two countries"). "Fighting has subsided" alone names
// no one, and a guess is worse than a null.
func (s *Sent) tiedToSides(a, b string, i int) bool {
	if i > 0 && (s.Words[i-1].W == "the" || s.Words[i-1].W == "these" || s.Words[i-1].W == "those") {
		return true
	}
	end := len(s.Words)
	for k := i + 1; k+1 < len(s.Words); k++ {
		if s.Words[k].Raw == "," && (relatives[s.Words[k+1].W] || s.Words[k+1].W == "where" || s.Words[k+1].W == "when") {
			end = k // "Fighting continued near X, where M23 fighters clashed": the aside has its own doers
			break
		}
	}
	for x := range s.Chunks {
		c := &s.Chunks[x]
		if c.From >= end {
			continue
		}
		if c.Pair {
			return true
		}
		if c.Pronoun || c.Place || c.Person {
			continue
		}
		if k := c.StateOf(); k == a || k == b {
			return true
		}
	}
	return false
}

// sufferedIn reports an event noun after a passive participle and "in"
// or "by": "soldiers captured in a raid", "killed by a roadside bomb". The subject
// suffered the act; it did not do it.
func (s *Sent) sufferedIn(i int) bool {
	k := s.skipMods(i - 1)
	if k < 1 || s.Words[k].W != "in" && s.Words[k].W != "during" && s.Words[k].W != "by" {
		return false
	}
	p := s.Words[k-1].W
	return strings.HasSuffix(p, "ed") || participles[p]
}

// apposedNoun reports a word heading a noun phrase set after a comma to
// rename what comes before it: "the siege of Taiz, a key demand of the
// government", "the border town, the scene of heavy fighting".
func (s *Sent) apposedNoun(i int) bool {
	ok, _ := s.apposition(i)
	return ok
}

// apposition reports a noun phrase after a comma that renames what comes
// before it ("a key demand of the government", "one of the government's
// main demands"), with the possessor named inside it, if any.
func (s *Sent) apposition(i int) (bool, *Chunk) {
	var owner *Chunk
	for k := i - 1; k >= 1 && k >= i-7; k-- {
		w := s.Words[k]
		if c := s.ChunkAt(k); c != nil && owner == nil && c.To == k+1 && w.Poss && !c.Place {
			owner = c // "the government's"
			k = c.From
			for k > 1 && articles[s.Words[k-1].W] {
				k--
			}
			continue
		}
		if w.Punct || w.Cap || s.ChunkAt(k) != nil {
			return false, nil
		}
		if w.W == "of" && k >= 2 && (s.Words[k-1].W == "one" || s.Words[k-1].W == "some" || s.Words[k-1].W == "among") {
			k-- // "one of the government's main demands"
			w = s.Words[k]
		}
		if w.W == "a" || w.W == "an" || w.W == "the" || w.W == "one" || w.W == "some" {
			p := s.Words[k-1]
			ok := p.Raw == "," && k >= 2 && !s.Words[k-2].Punct && !reportCues[s.Words[k-2].W] && !relatives[s.Words[k-2].W]
			return ok, owner
		}
		if auxes[w.W] || beForms[w.W] || preps[w.W] || relatives[w.W] || boundaries[w.W] {
			return false, nil
		}
	}
	return false, nil
}

// ofPhrase is the actor of "of X" right after a noun: "a demand of the
// government".
func (s *Sent) ofPhrase(k int) *Chunk {
	if k >= len(s.Words) || s.Words[k].W != "of" {
		return nil
	}
	if c := s.chunkWithin(k+1, 3); c != nil && !c.Place && !c.Pronoun {
		return c
	}
	return nil
}

// goBetween are the participles whose by-phrase names a broker, not a
// side ("mediated by", "brokered by"); a host ("hosted by") acts.
var goBetween = set("mediated", "brokered", "facilitated")

// hostWords name who receives talks: a host, not a negotiator.
var hostWords = set("hosted", "co-hosted", "convened")

// hostForms are the forms of the verbs of hosting, active or passive.
var hostForms = set("host", "hosts", "hosted", "hosting", "co-host", "co-hosts", "co-hosted", "co-hosting", "convene", "convenes", "convened", "convening")

// event builds the record of one trigger: who, to whom, when, where, and
// whether it happened.
func (s *Sent) event(tr trigger, a *article.Article, prev, main *Chunk, ctx *story) (article.Event, *Chunk) {
	t := tr.t
	e := article.Event{Type: t.Type, Plover: t.Plover, Evidence: s.Span}
	head := tr.at
	if tr.light >= 0 {
		head = tr.light
	}
	passive := t.POS != lexicon.EventNoun && s.passive(tr.at)
	if v, _ := s.putUnder(tr.at); v >= 0 && t.Type == "ABDUCT" {
		// "Machar was placed under house arrest": the voice is the put verb's
		passive = s.passive(v)
	} else if t.Type == "ABDUCT" && s.heldUnder(tr.at) {
		passive = true // "Machar has been under house arrest since March"
	}
	var actors, targets []*Chunk
	subj := s.subject(head)
	if subj == nil && main != nil && main.To <= head && (s.dependent(head) || s.coordinatedVerb(head)) {
		// "..., meeting representatives and detaining two members": a
		// participle or a second verb shares the main subject
		subj = main
	}
	if stanceActs[t.Type] || t.Type == "ACCUSE" {
		if c := s.outerSpeaker(head); c != nil {
			// "denied that the rebels had launched an offensive and accused
			// the coalition": the speaker accuses, not the rebels
			subj = c
		}
	}
	if t.POS == lexicon.EventNoun && tr.light < 0 && s.actedOn(tr.at) {
		// "The UN condemned the airstrikes on Gaza", "Russia rejected the
		// proposal": who takes a stand on an act did not do it
		subj = nil
	}
	if c := s.accusedOf(head); c != nil {
		// "accused the army of bombing a market": the accused is the doer
		subj = c
	} else if subj == main && main != nil && t.POS != lexicon.EventNoun && s.dependent(head) {
		if c := s.accusedBefore(head); c != nil {
			// "accused the coast guard of ramming a boat, injuring a
			// sailor": the participle goes on with the act laid at X's door
			subj = c
		}
	}
	if t.Has("subjtruce") && subj != nil {
		// "a truce brokered by Turkey collapsed": the go-between neither
		// keeps nor breaks it
		if k := s.skipMods(subj.From - 1); k >= 0 && s.Words[k].W == "by" {
			subj = nil
		}
	}
	apposed := s.apposedNoun(tr.at)
	if apposed {
		// "lift the siege of Taiz, a key demand of the government": the
		// noun phrase renames a thing; the clause's subject is not its actor
		subj = nil
	}
	if subj != nil && subj.Pronoun && !subj.Pair {
		if r := s.reporter(subj.From); r != nil {
			subj = r // "Al-Shabaab said on Tuesday it carried out"
		}
	}
	var subjList []*Chunk
	pairSubj := subj != nil && subj.Pair
	if pairSubj {
		// "both sides", "neither side": the two that agreed or talked
		// last (by the story's names for them), else the story's two most
		// named, else the two named together last
		if a, b := ctx.agreed[0], ctx.agreed[1]; a != "" && s.namesDeal() {
			// "The truce expires on Friday unless both sides agree to
			// extend it" after talks between two others were told
			subjList = []*Chunk{{Name: ctx.sideName(a)}, {Name: ctx.sideName(b)}}
		} else if a, b := ctx.twoSides(); a != "" && b != "" {
			subjList = []*Chunk{{Name: ctx.sideName(a)}, {Name: ctx.sideName(b)}}
		} else {
			subjList = append(subjList, ctx.pair...)
		}
		subj = nil
	}
	own := subj        // the subject as this sentence words it, before it points back
	var pointed *Chunk // the group "the group" points back to: a name, no list
	if subj != nil && subj.Group {
		group := ctx.group
		if g := s.groupBefore(a, subj.From); g != nil {
			group = g // "Israel and Hamas began ..., with the militant group set to release"
		}
		switch {
		case fighterHeads[subj.Name] && (group == nil || !armedName(group.Name)):
			// "the rebels" after a church or a union was named: none of them
		case group != nil:
			subj = group // "The group also kidnapped": the group named last
			pointed = subj
		case groupHeads[subj.Name] && subj.Name != "militia" && subj.Name != "paramilitary" && subj.Name != "paramilitaries":
			subj = nil // a bare "the group" with none named before says nothing
		}
	}
	if subj != nil && subj.Pronoun {
		if c := s.antecedent(subj); c != nil {
			subj = c // "the RSF must withdraw from cities it seized"
		} else {
			subj = prev
		}
	}
	// a chunk of an earlier sentence ("it", "the group" pointing back)
	// holds word indices of that sentence: read it as a name only
	foreign := func(c *Chunk) bool {
		return c != nil && (c == prev || c == ctx.group) && !s.holds(c) || c != nil && c == pointed
	}
	if foreign(subj) {
		subjList = append(subjList, subj)
	} else if subj != nil {
		for _, c := range s.coordinated(subj) {
			if c.Pronoun {
				c = prev
			}
			if foreign(c) {
				subjList = append(subjList, c)
				continue
			}
			if o := s.owner(c); o != nil {
				c = o // "Hamas said its fighters attacked": Hamas's
			}
			if c != nil {
				subjList = append(subjList, s.appositive(c))
			}
		}
	}
	if t.POS == lexicon.EventNoun && s.responsibilityFor(tr.at) {
		// "Al-Shabaab claimed responsibility for a suicide bombing"
		if k := s.skipMods(tr.at-1) - 2; k >= 0 {
			if c := s.subject(k); c != nil {
				subj = c
				subjList = []*Chunk{c}
			}
		}
	}
	// "talks between X and Y", "strikes by X", "meeting with X"
	after := tr.at + tr.n
	var by, with []*Chunk
	for k := after; k < len(s.Words) && k < after+12; k++ {
		w := s.Words[k]
		if w.Punct && w.Raw != "-" && w.Raw != "(" && w.Raw != ")" {
			break
		}
		if stopWords[w.W] || t.POS == lexicon.EventNoun && boundaries[w.W] {
			// "fighting has subsided since a truce brokered by X": the
			// noun's phrase ends where a clause begins
			break
		}
		switch w.W {
		case "by":
			if k-after > 4 && t.POS != lexicon.EventNoun {
				break // "accepted the proposal announced by X": X did not accept
			}
			if k > 0 && k-1 != tr.at && (goBetween[s.Words[k-1].W] || t.Type == "NEGOTIATE" && hostWords[s.Words[k-1].W]) {
				break // "talks mediated by the U.N.", "talks hosted by Kenya": no side
			}
			if c := s.chunkWithin(k+1, 5); c != nil && !c.Place {
				by = s.coordinated(c)
			}
		case "at":
			// "fired tear gas at protesters": whom an attack is aimed at
			if c := s.chunkWithin(k+1, 3); c != nil && onPlace[t.Type] && !c.Place && !c.Pronoun && with == nil {
				with = s.coordinated(c)
			}
		case "between", "with", "against", "on", "to", "toward", "towards", "for":
			if w.W == "to" && s.infinitiveTo(k) {
				k = len(s.Words) // "to host a leaders' summit": another act, its own roles
				break
			}
			if t.Type == "AGREE" && (w.W == "on" || w.W == "for" || w.W == "to") {
				break // "agree on a plan for Serb towns": what, not with whom
			}
			if w.W == "for" && k > 0 && (s.Words[k-1].W == "exchange" || s.Words[k-1].W == "return") {
				break // "in exchange for prisoners": what the other side gives
			}
			if w.W == "with" && k > 0 && borderNouns[s.Words[k-1].W] {
				break // "the border region with Niger": a landmark, no partner
			}
			if c := s.chunkWithin(k+1, 3); c != nil && !c.Pronoun && (w.W != "to" || t.Type != "VISIT" || !c.Place) && !s.demonymModifier(c) && !s.clauseWordIn(k+1, c.From) {
				if with == nil {
					with = s.coordinated(c)
				}
			}
		}
	}
	between := len(with) > 0 && s.prepBefore(with[0]) == "between"
	if len(with) == 1 && with[0].From >= 2 && articles[s.Words[with[0].From-1].W] && s.Words[with[0].From-2].W == "between" {
		if n := s.ofNamed(with[0]); n != with[0] {
			// "between the leaders of Kosovo and Serbia": the sides are
			// those the leaders are of
			with, between = s.coordinated(n), true
		}
	}
	if len(with) == 1 && between {
		// "between forces loyal to the army chief and the RSF"
		if y := s.secondSide(with[0].To); y != nil {
			with = append(with, y)
		}
	}
	// a modifier before a noun: "Israeli strikes", "Hamas-led attack"
	var mod *Chunk
	if t.POS == lexicon.EventNoun && tr.at > 0 {
		if c := s.ChunkAt(tr.at - 1); c != nil && !c.Place && !c.Pronoun && !s.capitalOnly(c) {
			mod = c
		} else if s.Words[tr.at-1].Led {
			mod = &Chunk{Name: s.ledName(tr.at - 1)}
		} else if tr.at > 1 && s.Words[tr.at-2].Led && nounMods[s.Words[tr.at-1].W] {
			mod = &Chunk{Name: s.ledName(tr.at - 2)}
		}
	}
	obj := s.object(tr.at + tr.n)
	if obj == nil && t.Type == "DEMAND" && tr.at+tr.n < len(s.Words) && s.Words[tr.at+tr.n].W == "that" {
		// "demanded that Serbia withdraw troops": of Serbia
		if c := s.chunkWithin(tr.at+tr.n+1, 3); c != nil && !c.Place && !c.Pronoun && c.From <= tr.at+tr.n+2 {
			obj = c
		}
	}
	if apposed {
		obj = nil
		if c := s.ofPhrase(tr.at + tr.n); c != nil && mod == nil {
			mod = c // "a demand of the government": the government's
		}
		if _, c := s.apposition(tr.at); c != nil && mod == nil {
			mod = c // "one of the government's main demands"
		}
	}
	hosted := false // the subject hosts the talks: no side, nor a guess at one
	switch {
	case passive && by == nil && ownForceActs[t.Type] && statesOwnForces(subjList):
		// "Ugandan troops were deployed to Juba", "Russian troops were
		// withdrawn": a state moves its own forces
		actors = subjList
	case passive:
		actors = by
		if subjList != nil && s.peopleBefore(tr.at) {
			// "and at least 11 people were killed": the people counted
			// suffered it, not the subject of an earlier clause
		} else if subjList != nil {
			targets = subjList
		} else if obj != nil {
			targets = []*Chunk{obj}
		}
	case t.POS == lexicon.EventNoun && tr.light < 0:
		switch {
		case mod != nil:
			actors = s.coordinated(mod)
		case by != nil:
			actors = by
		case len(with) > 0 && between:
			// "clashes between X and Y": X acts, Y is the other side
			actors = with[:1]
			with = with[1:]
		case subjList != nil && (s.subjectVerbBefore(tr.at) || s.withMeans(tr.at) || s.tripFor(tr.at)) && !s.hostedNoun(tr.at):
			actors = subjList
		}
		targets = with
	default:
		actors = subjList
		if tr.light >= 0 && hostForms[s.Words[tr.light].W] && talkNouns[s.Words[tr.at].W] {
			// "Oman, which hosted the talks": the host is no side of them
			// (the hosts of a summit attend it)
			actors, hosted = nil, true
		}
		if actors == nil && len(with) > 0 && between {
			actors, with = with[:1], with[1:]
		}
		if obj != nil {
			targets = s.coordinated(obj) // "urged Kyiv and Moscow to return"
		} else {
			targets = with
		}
		if mod != nil && actors == nil {
			actors = []*Chunk{mod}
		}
		if actors == nil && by != nil {
			actors = by
		}
	}
	if len(actors) > 0 && len(subjList) > 0 && actors[0] == subjList[0] && s.sufferedIn(tr.at) {
		actors = nil // "soldiers captured in a raid" did not raid
	}
	for i, c := range actors {
		actors[i] = s.ofNamed(s.appositive(c))
	}
	for i, c := range targets {
		if c != nil && c.Group && ctx.group != nil && (!fighterHeads[c.Name] || armedName(ctx.group.Name)) {
			c = ctx.group // "airstrikes against the group": the group named last
		}
		targets[i] = s.ofNamed(c)
	}
	if len(targets) == 0 && !passive {
		// "pressed both sides to close the deal": the two that agreed
		// or talked last; the story's most named are too weak a guess
		if c := s.pairObject(tr.at + tr.n); c != nil {
			if a, b := ctx.dealt[0], ctx.dealt[1]; a != "" && !oneOf(a, names2(actors)) && !oneOf(b, names2(actors)) {
				targets = []*Chunk{{Name: a}, {Name: b}}
			}
		}
	}
	// "agreed to extend a U.N.-brokered truce": the broker is no target
	kept := targets[:0:0]
	for _, c := range targets {
		if c == nil || c.From >= c.To || !s.brokerAt(c) {
			kept = append(kept, c)
		}
	}
	targets = kept
	agreedPact := t.Type == "AGREE" && tr.at > 0 && (pactWords[s.Words[tr.at-1].W] || passive && s.pactBefore(tr.at))
	mutual := s.Words[tr.at].W == "exchange" || s.Words[tr.at].W == "exchanges" || s.Words[tr.at].W == "swap" || s.Words[tr.at].W == "swaps"
	if mutual {
		// "exchanges of Hamas-held hostages for prisoners held by
		// Israel": both release, in the order named
		if hs := s.holders(tr.at + tr.n); hs != nil {
			actors, targets = hs, nil
		}
	}
	if a, b := ctx.twoSides(); len(actors) == 0 && !hosted && (t.POS == lexicon.EventNoun && sideEvents[t.Type] || agreedPact || mutual) && a != "" && (agreedPact || mutual || s.tiedToSides(a, b, tr.at)) {
		// "The talks began on Saturday", "Fighting erupted": between the
		// story's two sides
		actors = []*Chunk{{Name: a}}
		if len(targets) == 0 {
			targets = []*Chunk{{Name: b}}
		}
	}
	if symmetric[t.Type] && len(actors) > 1 && len(targets) == 0 && !pairSubj {
		// "Israel and Syria held talks": the first named acts with the
		// second; "both sides agreed" stays one act of the two
		targets = actors[1:]
		actors = actors[:1]
	}
	if stateActs[t.Type] {
		// a treaty is signed, a ceasefire broken, troops withdrawn on a
		// state's behalf: "Azerbaijani President Ilham Aliyev" acts for
		// Azerbaijan
		for i, c := range actors {
			if c.State != "" && c.Person {
				actors[i] = &Chunk{Name: c.State}
			}
		}
		for i, c := range targets {
			if c.State != "" && c.Person {
				targets[i] = &Chunk{Name: c.State}
			}
		}
	}
	actors = s.noDocuments(actors)
	targets = s.noDocuments(targets)
	targets = ownForces(t.Type, targets, s)
	if t.Type != "VISIT" && len(targets) == 1 && s.destination(targets[0]) {
		targets = nil // "banned them from travelling to the bloc": where, not whom
	}
	place, pc := s.place(tr.at, t.Type)
	if place != nil && territoryNouns[strings.ToLower(*place)] {
		if c := s.territoryRef(s.placeWord(tr.at, *place), ctx.place); c != nil {
			name := c.Name
			place, pc = &name, c
		}
	}
	if len(targets) == 0 && placeTargets[t.Type] && t.POS != lexicon.EventNoun {
		if c := s.territoryRef(s.objectWord(tr.at+tr.n), ctx.place); c != nil {
			targets = []*Chunk{c}
			if place == nil && onPlace[t.Type] {
				name := c.Name
				place = &name
			}
		}
	}
	if len(targets) == 0 && t.Type == "ABDUCT" {
		if _, c := s.putUnder(tr.at); c != nil {
			targets = []*Chunk{c} // "placed Riek Machar under house arrest"
		}
	}
	if len(targets) == 0 && (t.Type == "RELEASE_PERSONS" || t.Type == "ABDUCT" || t.Type == "KILL") {
		if c := s.personsOf(tr.at + tr.n); c != nil {
			targets = []*Chunk{c}
		}
	} else if t.Type == "RELEASE_PERSONS" && len(targets) == 1 && targets[0] != nil && !countryChunk(targets[0]) && s.prepPast(targets[0]) == "to" {
		// "handed over four Israeli hostages to the Red Cross": the go-
		// between takes them; they go back to their side
		if c := s.personsOf(tr.at + tr.n); c != nil {
			targets = []*Chunk{c}
		}
	}
	if len(targets) == 0 && placeTargets[t.Type] && pc != nil {
		// "killed 40 people in Gaza": the people there; "attacked a ship in
		// the Red Sea" was not aimed at the sea, nor "clashed in Rafah" at Rafah
		people, thing := s.objectAt(tr.at+tr.n, pc.From)
		if countryChunk(pc) && !(pc.City && thing) || pc.Place && t.Type != "VISIT" && !thing && (people || passive || !onPlace[t.Type]) && !(people && s.settlementOf(pc)) {
			targets = []*Chunk{pc}
		}
	}
	ctx.state, ctx.aimed = "", s.aimedAt(t.Type, tr.at+tr.n)
	ctx.groundNext = s.groundObject(tr.at + tr.n)
	// "wounded five Thai soldiers": people of a state, not its land
	ctx.peopleNext = len(targets) > 0 && s.here(targets[0]) &&
		(targets[0].Noun || demonymWord(s.Words[targets[0].From].W))
	if len(actors) > 0 && actors[0] != nil {
		ctx.state = actors[0].StateOf()
	}
	if place == nil && onPlace[t.Type] && len(targets) == 1 && s.here(targets[0]) && targets[0].To > tr.at && (targets[0].Place || targets[0].Country && !targets[0].Noun) && !demonymWord(s.Words[targets[0].From].W) {
		p := s.placeOfTarget(targets[0])
		place = &p
	}
	talk := diplomatic[t.Type] && !adversaryActs[t.Type] || t.Type == "NEGOTIATE" || t.Type == "AGREE"
	if len(actors) == 1 && len(targets) == 1 && s.sideChunk(actors[0]) && s.sideChunk(targets[0]) &&
		(talk || (adversaryActs[t.Type] || t.Type == "ACCUSE") && !ctx.talked && slices.Contains(ctx.sides, actors[0].StateOf()) && slices.Contains(ctx.sides, targets[0].StateOf())) {
		// "Yemen's government and the Houthis agreed", "Serbia accused
		// Kosovo": the two sides the next act with no named doer is
		// between; blame and force count only between the story's sides,
		// and once two sides talked, they stay
		ctx.next = [2]string{actors[0].StateOf(), targets[0].StateOf()}
		ctx.talked = ctx.talked || talk
		if (t.Type == "AGREE" || t.Type == "CEASEFIRE_START") && ctx.next[0] != ctx.next[1] && s.namesDeal() {
			ctx.agreed = ctx.next
		}
	}
	if name, id := names(actors); name != "" {
		e.Actor, e.ActorEntity = &name, id
	}
	if name, id := names(targets); name != "" && name != deref(e.Actor) {
		e.Target, e.TargetEntity = &name, id
	}
	if e.Actor != nil && e.ActorEntity == nil {
		e.ActorEntity = linkEntity(a, *e.Actor)
	}
	if e.Target != nil && e.TargetEntity == nil {
		e.TargetEntity = linkEntity(a, *e.Target)
	}
	e.Time = s.time(a, tr.at)
	e.Place = place
	// the verb group starts after the subject as worded here: a chunk of
	// an earlier sentence holds that sentence's word indices
	modSubj := subj
	if foreign(subj) {
		modSubj = own
	}
	e.Modality, e.Claim = s.modality(tr, a, modSubj)
	e.Plover = s.plover(t, e.Modality, head)
	return e, subj
}

// plover codes the event the way PLOVER does: by the act and the stance
// toward it. A cooperative act promised ("will release", "is willing to
// withdraw") is an AGREE; a hostile act announced ("would blockade",
// "will withdraw ... unless") a THREATEN; an act others "must" do a
// DEMAND; an agreement refused a REJECT.
func (s *Sent) plover(t *lexicon.EventTrigger, modality string, head int) string {
	p := t.Plover
	from := max(0, s.clauseStart(head)-1)
	must, prepared, cond := false, false, false
	for k := from; k < head; k++ {
		switch s.Words[k].W {
		case "must", "should", "cannot", "ought":
			must = true
		case "prepared", "preparing", "readying", "poised":
			prepared = true
		}
	}
	for _, w := range s.Words {
		if w.W == "unless" || w.W == "if" {
			cond = true
		}
	}
	switch modality {
	case article.Negated:
		if p == "AGREE" || p == "CONSULT" || p == "SUPPORT" || p == "COOPERATE" {
			return "REJECT"
		}
	case article.Planned, article.Hypothetical, article.Proposed:
		switch {
		case p == "SANCTION":
			return p // an announced sanction is a sanction
		case must:
			return "DEMAND"
		case hostile[p] && prepared:
			return "MOBILIZE"
		case s.underDeal(head):
			// "Under the ceasefire, the army was to deploy in the south":
			// a step the deal binds a side to, no threat
			return "AGREE"
		case hostile[p] || cond && p != "AGREE":
			return "THREATEN"
		case p != "DEMAND" && p != "THREATEN" && p != "DISAPPROVE" && p != "INVESTIGATE":
			return "AGREE"
		}
	}
	if must && p != "DEMAND" {
		return "DEMAND"
	}
	if (t.Type == "DEPLOY" || t.Type == "VISIT") && s.has("peacekeeping", "peacekeepers", "peacekeeper") {
		return "AID"
	}
	return p
}

// underDeal reports a clause before word i that opens "Under the
// ceasefire", "Under the terms of the deal", "As part of the agreement".
func (s *Sent) underDeal(i int) bool {
	for k := 0; k+1 < i && k < len(s.Words); k++ {
		w := s.Words[k].W
		if w != "under" && !(w == "part" && k > 0 && s.Words[k-1].W == "as") {
			continue
		}
		for j := k + 1; j < i && j < k+6; j++ {
			if s.Words[j].Punct {
				break
			}
			if pactWords[s.Words[j].W] || truceWords[s.Words[j].W] {
				return true
			}
		}
	}
	return false
}

// has reports whether the sentence holds one of the words.
func (s *Sent) has(ws ...string) bool {
	for _, w := range s.Words {
		for _, x := range ws {
			if w.W == x {
				return true
			}
		}
	}
	return false
}

// linkEntity finds the entity a fallback name stands for: one whose name
// or alias is that name.
func linkEntity(a *article.Article, name string) *string {
	for i := range a.Entities {
		e := &a.Entities[i]
		if strings.EqualFold(e.Name, name) {
			id := e.ID
			return &id
		}
		for _, al := range e.Aliases {
			if strings.EqualFold(al, name) {
				id := e.ID
				return &id
			}
		}
	}
	return nil
}

func names(cs []*Chunk) (string, *string) {
	var parts []string
	var id *string
	seen := map[string]bool{}
	for _, c := range cs {
		if c == nil || c.Name == "" || seen[c.Name] {
			continue
		}
		seen[c.Name] = true
		parts = append(parts, c.Name)
		if len(parts) == 1 {
			id = c.Entity
		}
	}
	if len(parts) != 1 {
		id = nil
	}
	return strings.Join(parts, "; "), id
}

// noDocuments drops chunks that name a document, not an actor: "the
// Declaration of Commitment".
func (s *Sent) noDocuments(cs []*Chunk) []*Chunk {
	var out []*Chunk
	for _, c := range cs {
		doc := false
		for k := c.From; k < c.To && k < len(s.Words); k++ {
			if pactWords[s.Words[k].W] || proposalNouns[s.Words[k].W] {
				doc = true
			}
		}
		if !doc || c.To <= c.From {
			out = append(out, c)
		}
	}
	return out
}

// owner is the actor a noun with "its" or "their" belongs to: the
// nearest actor named before it in the sentence ("The Israeli military
// said its aircraft struck": Israel).
func (s *Sent) owner(c *Chunk) *Chunk {
	if c == nil || !c.Noun || c.Country || c.Entity != nil || c.From < 2 {
		return nil
	}
	if w := s.Words[c.From-1].W; w != "its" && w != "their" {
		return nil
	}
	for k := c.From - 2; k >= 0 && k >= s.lead; k-- {
		o := s.ChunkAt(k)
		if o == nil {
			continue
		}
		k = o.From
		if p := s.Words[max(o.From-1, 0)].W; o.From > 0 && (p == "its" || p == "their") || s.afterPrep(o.From) {
			continue // "on its Andalus radio station": owned or in a phrase, no owner
		}
		if o.Place || o.Pronoun || o.Person || o.Noun && !o.Country && o.Entity == nil {
			return nil // a city, a person or another plain noun: no safe owner
		}
		return o
	}
	return nil
}

// appositive resolves "Trump's envoy, Steve Witkoff," to the person named
// after the comma.
func (s *Sent) appositive(c *Chunk) *Chunk {
	if c == nil || c.Person || c.To+1 >= len(s.Words) || s.Words[c.To].Raw != "," {
		return c
	}
	if p := s.ChunkAt(c.To + 1); p != nil && p.Person && p.From == c.To+1 {
		return p
	}
	return c
}

// dependent reports a verb that leans on an earlier subject: an -ing
// participle after a comma or "and", or a verb right after "and".
func (s *Sent) dependent(i int) bool {
	if i == 0 {
		return false
	}
	p := s.Words[i-1]
	if strings.HasSuffix(s.Words[i].W, "ing") && (p.Raw == "," || p.W == "and" || p.W == "while" || p.W == "by" || p.W == "after" || p.W == "before" || p.W == "time") {
		// "..., while at the same time lobbying Washington"
		return true
	}
	return p.W == "and" && !s.Words[i].Cap
}

// coordinatedVerb reports a verb group opened by "but" or "and" ("was
// invited but is not attending"): it shares the main subject.
func (s *Sent) coordinatedVerb(i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := s.Words[k].W
		if w == "but" || w == "and" || w == "or" {
			if k == 0 {
				return false
			}
			c := s.ChunkAt(k - 1)
			return c == nil || s.inPrep(c) // "deploy troops along the Blue Line and work with": no subject in a phrase
		}
		if !auxes[w] && !adverbs[w] && !beForms[w] && !raising[w] && w != "not" && w != "to" && !strings.HasSuffix(w, "n't") {
			return false
		}
	}
	return false
}

// inPrep reports a chunk that is the object of a preposition: "along the
// Blue Line".
func (s *Sent) inPrep(c *Chunk) bool {
	k := c.From - 1
	for k >= 0 && k < len(s.Words) && (articles[s.Words[k].W] || nounMods[s.Words[k].W]) {
		k--
	}
	return k >= 0 && k < len(s.Words) && (preps[s.Words[k].W] || s.Words[k].W == "along") && s.Words[k].W != "between"
}

// ledName is the actor inside "Hamas-led".
func (s *Sent) ledName(i int) string {
	raw := s.Words[i].Raw
	if j := strings.LastIndexByte(raw, '-'); j > 0 {
		raw = raw[:j]
	}
	if c, n := lexicon.Events().Countries.Match([]string{strings.ToLower(raw)}, 0); n == 1 {
		return c[0].Name
	}
	return raw
}

// passive reports "was appointed", "were killed", "has been freed",
// "toppled by" (a participle with a by-phrase right after).
func (s *Sent) passive(i int) bool {
	w := s.Words[i].W
	if !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || participles[w]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := s.Words[k].W
		if beForms[p] {
			return true
		}
		if !adverbs[p] {
			break
		}
	}
	if i+1 < len(s.Words) && s.Words[i+1].W == "by" {
		return true
	}
	return false
}

// subject finds the actor doing the verb at word i: the nearest actor
// chunk before it in its clause that is neither inside a prepositional
// phrase nor the object of an earlier verb; "X, who ..." gives X.
func (s *Sent) subject(i int) *Chunk {
	if s.coordinatedVerb(i) {
		// "Israel has occupied ... and took more territory": the subject of
		// the verb before the conjunction
		k := i - 1
		for k >= 0 && s.Words[k].W != "and" && s.Words[k].W != "but" && s.Words[k].W != "or" {
			k--
		}
		for j := k - 1; j >= 0 && j >= k-20; j-- {
			w := s.Words[j].W
			if s.Words[j].Punct && s.Words[j].Raw != "," {
				break
			}
			if auxes[w] || beForms[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
				if s.objectParticiple(j) {
					continue // "opened its borders to West Africans ordered out of Nigeria"
				}
				if c := s.subject(j); c != nil {
					return c
				}
			}
		}
		return nil
	}
	if c := s.beforeApposition(i); c != nil {
		return c
	}
	if s.thingSubject(i) {
		return nil
	}
	for k := i - 1; k >= 0; k-- {
		w := s.Words[k]
		if w.Punct && (w.Raw == ";" || w.Raw == ":" || w.Raw == "“" || w.Raw == "\"") || k < s.lead {
			return nil // a dateline's city ("BAMAKO -") does nothing
		}
		if relatives[w.W] {
			// "Trump, who landed", "forces, which attacked"
			j := k - 1
			if j >= 0 && s.Words[j].Raw == "," {
				j--
			}
			if c := s.ChunkAt(j); c != nil && !c.Place {
				return c
			}
			if w.W == "who" || w.W == "whom" {
				// "freed three ministers who were arrested": people, the
				// noun right before, never an actor further back
				return nil
			}
			// "the Hamas-led attack on Oct. 7, which killed": the actor of
			// the event noun the clause hangs on
			for b := j; b >= 0 && b >= j-8; b-- {
				if s.Words[b].Led {
					return &Chunk{From: b, To: b + 1, Name: s.ledName(b)}
				}
				if c := s.ChunkAt(b); c != nil && !c.Place && !c.Pronoun && !s.afterPrep(c.From) {
					return c
				}
			}
			return nil
		}
		if boundaries[w.W] && !(k > 0 && auxes[s.Words[k-1].W]) && !s.asRole(k) || reportCues[w.W] && s.newClauseAfter(k, i) {
			return nil
		}
		if w.Raw == "," && k+1 < i {
			// "JNIM, the Sahel branch of al Qaeda, kidnapped the men in
			// an ambush": past the renaming
			if c := s.beforeApposition(k + 1); c != nil {
				return c
			}
		}
		if w.Raw == ")" {
			// skip "(RSF)"
			for k > 0 && s.Words[k].Raw != "(" {
				k--
			}
			continue
		}
		c := s.ChunkAt(k)
		if c == nil {
			continue
		}
		k = c.From
		if s.onlyAuxBetween(c.To, i) && !c.Place && !s.heldBy(c) && (!s.inPlace(c) || c.Noun && c.To == i && strings.HasSuffix(s.Words[i].W, "ing")) && !s.agentOfParticiple(c) {
			// ("fired tear gas at opposition supporters protesting": the
			// supporters protest)
			// "since Hayat Tahrir al-Sham toppled": right before the verb
			return c
		}
		if c.Place || s.afterPrep(c.From) && !s.partitive(c.From) || s.afterVerb(c.From) {
			continue
		}
		return c
	}
	return nil
}

// putUnder finds the verb that "placed", "put" or "kept" someone under the
// arrest at i, and the one named between them: "placed First
// Vice-President Riek Machar under house arrest" (-1 and nil when the
// arrest is not so told; a nil chunk for "was placed under arrest").
func (s *Sent) putUnder(i int) (int, *Chunk) {
	k := i - 1
	if k >= 0 && s.Words[k].W == "house" {
		k--
	}
	if k < 1 || s.Words[k].W != "under" {
		return -1, nil
	}
	var found *Chunk
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		w := s.Words[j]
		if w.Punct {
			return -1, nil
		}
		if putVerbs[w.W] {
			return j, found
		}
		if c := s.ChunkAt(j); c != nil && !c.Place && !c.Pronoun {
			found = c
			j = c.From
		}
	}
	return -1, nil
}

// heldUnder reports an arrest at i that is a state the subject is in:
// "has been under house arrest", "remains under arrest".
func (s *Sent) heldUnder(i int) bool {
	k := i - 1
	if k >= 0 && s.Words[k].W == "house" {
		k--
	}
	if k < 1 || s.Words[k].W != "under" {
		return false
	}
	w := s.Words[k-1].W
	return beForms[w] || w == "remain" || w == "remains" || w == "remained"
}

var putVerbs = set("placed", "place", "places", "placing", "put", "puts", "putting", "kept", "keep", "keeps", "keeping")

// thingSubject reports a clause joined by "and" or "but" whose own subject
// is a plain noun that names no actor: "the rebels will withdraw and
// prisoners will be exchanged", "... but aid trucks entered". The verb is
// that noun's, not the actor's of the clause before.
func (s *Sent) thingSubject(i int) bool {
	k := i - 1
	for k >= 0 && (auxes[s.Words[k].W] || adverbs[s.Words[k].W] || beForms[s.Words[k].W] || s.Words[k].W == "not") {
		k--
	}
	if k < 1 || k == i-1 && !beForms[s.Words[i-1].W] && !auxes[s.Words[i-1].W] {
		return false // no verb group before the verb: "troops withdrew" may be a noun's plural verb
	}
	w := s.Words[k]
	if w.Punct || w.Cap || w.Num || s.ChunkAt(k) != nil || pronouns[w.W] || relatives[w.W] || stopWords[w.W] {
		return false
	}
	j := k - 1
	for j >= 0 && (articles[s.Words[j].W] || nounMods[s.Words[j].W]) && s.ChunkAt(j) == nil {
		j--
	}
	return j >= 0 && (s.Words[j].W == "and" || s.Words[j].W == "but")
}

// objectParticiple reports a participle describing the object of a
// preposition that a verb before it governs: "opened its borders to most
// West Africans ordered out of Nigeria". It tells no verb of the clause.
func (s *Sent) objectParticiple(j int) bool {
	if j == 0 || !strings.HasSuffix(s.Words[j].W, "ed") && !participles[s.Words[j].W] {
		return false
	}
	// back over the noun phrase the participle hangs on, to its preposition
	k := j - 1
	for n := 0; k >= 0 && n < 6; n++ {
		w := s.Words[k]
		if c := s.ChunkAt(k); c != nil {
			k = c.From - 1
			continue
		}
		if w.Punct || w.Num || preps[w.W] || auxes[w.W] || beForms[w.W] || boundaries[w.W] || relatives[w.W] || timeWords[w.W] || strings.HasSuffix(w.W, "ed") || strings.HasSuffix(w.W, "ing") {
			break
		}
		k--
	}
	if k < 0 || k == j-1 || !preps[s.Words[k].W] {
		return false
	}
	// and back to a verb of the clause that governs the phrase
	for k--; k >= 0; k-- {
		w := s.Words[k]
		if w.Punct || boundaries[w.W] || relatives[w.W] {
			return false
		}
		if c := s.ChunkAt(k); c != nil {
			k = c.From
			continue
		}
		if reportCues[w.W] || strings.HasSuffix(w.W, "ing") {
			// "said in a statement rebels attacked": a new clause;
			// "ministers meeting in Brussels agreed": a participle of the
			// subject, no verb of the clause
			return false
		}
		if strings.HasSuffix(w.W, "ed") || auxes[w.W] || beForms[w.W] || objVerbs[w.W] {
			return true
		}
	}
	return false
}

// inPlace reports a chunk after a preposition of place: "ministers
// meeting in Cairo agreed" (Cairo is where, not who).
func (s *Sent) inPlace(c *Chunk) bool {
	k := s.skipMods(c.From - 1)
	return k >= 0 && placePreps[s.Words[k].W]
}

// heldBy reports a chunk that says whom the subject is loyal to: "Rebels
// loyal to the former president attacked" (the rebels did).
func (s *Sent) heldBy(c *Chunk) bool {
	k := s.skipMods(c.From - 1)
	return k > 0 && (s.Words[k].W == "to" || s.Words[k].W == "with") && allegiance[s.Words[k-1].W]
}

// reporter is who a pronoun right after a verb of saying stands for: "X
// said on Tuesday it carried out", "X says they will".
func (s *Sent) reporter(k int) *Chunk {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		w := s.Words[j]
		if reportCues[w.W] {
			// the sentence's subject when it says so ("Militants loyal to
			// X's frontman Y said they"), else the verb's nearest one
			c := s.mainSubject()
			if c == nil || c.To > j || c.Pronoun && !c.Pair {
				c = s.subject(j)
			}
			if c != nil && (!c.Pronoun || c.Pair) && !c.Place {
				return c // "Both sides have said they remain committed"
			}
			return nil
		}
		if w.Punct && w.Raw != "," || s.ChunkAt(j) != nil && !s.isTimeWord(j) {
			return nil
		}
	}
	return nil
}

// tripFor reports an event noun that is the purpose of a trip in its
// clause: "is expected to travel to Riyadh next week for talks with ...",
// "flew to Cairo on Monday for fresh negotiations": who travels talks.
func (s *Sent) tripFor(i int) bool {
	k := i - 1
	for k >= 0 && (nounMods[s.Words[k].W] || tripMods[s.Words[k].W] || s.Words[k].Led) {
		k--
	}
	if k < 1 || s.Words[k].W != "for" {
		return false
	}
	from := s.clauseStart(k)
	for j := k - 1; j >= from && j >= k-12; j-- {
		if tripVerbs[s.Words[j].W] {
			return true
		}
		if s.Words[j].Punct && s.Words[j].Raw != "," {
			return false
		}
	}
	return false
}

var tripVerbs = set("travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flies", "flew",
	"flown", "flying", "arrive", "arrives", "arrived", "arriving", "head", "heads", "headed", "heading", "go", "goes",
	"went", "going", "come", "comes", "came", "coming", "return", "returns", "returned", "returning", "visit",
	"visits", "visited", "visiting", "landed", "lands")

var tripMods = set("a", "an", "fresh", "new", "further", "more", "direct", "indirect", "urgent", "emergency",
	"high-level", "final", "last-ditch", "crisis", "peace", "ceasefire", "truce", "security")

// antecedent finds, for a pronoun subject inside a later clause, the
// subject of an earlier clause of the same sentence that it can stand for:
// "saying the RSF must first withdraw from cities it seized" (the RSF),
// "the minister said the army would stay until he returned" (the
// minister). A subject is a chunk right before a verb: an auxiliary, a
// form of "be", a past form or a verb of saying. "he" and "she" want a
// person, "it" and "they" something else; none when no such subject
// stands before it, and the last sentence's subject is used.
func (s *Sent) antecedent(p *Chunk) *Chunk {
	if p.From >= len(s.Words) || p.Pair {
		return nil
	}
	w := s.Words[p.From].W
	person := w == "he" || w == "she"
	if !person && w != "it" && w != "they" {
		return nil
	}
	for k := p.From - 1; k >= s.lead && k >= 0; k-- {
		c := s.ChunkAt(k)
		if c == nil {
			continue
		}
		k = c.From
		if c.Pronoun || c.Place || c.Person != person || c.To >= len(s.Words) || c.To >= p.From {
			continue
		}
		if w == "it" && c.Noun && c.State == "" && strings.HasSuffix(c.Name, "s") {
			continue // "it" is no plural body ("the rebels")
		}
		v := c.To
		for v < p.From && adverbs[s.Words[v].W] {
			v++
		}
		if v >= p.From {
			continue
		}
		x := s.Words[v].W
		if auxes[x] || beForms[x] || reportCues[x] || strings.HasSuffix(x, "ed") && !s.Words[v].Cap {
			return c
		}
	}
	return nil
}

// beforeApposition finds the subject of the verb at i past a noun phrase
// that renames it, or a relative clause that describes it, between commas:
// "JNIM, the Sahel branch of al Qaeda, kidnapped the men" (JNIM, not al
// Qaeda); "Eritrean troops, who fought alongside Ethiopian forces, have yet
// to withdraw" (Eritrea).
func (s *Sent) beforeApposition(i int) *Chunk {
	k := i - 1
	for k >= 0 && (adverbs[s.Words[k].W] || auxes[s.Words[k].W]) {
		k--
	}
	if k < 3 || s.Words[k].Raw != "," {
		return nil
	}
	for j := k - 1; j >= 1 && j >= k-20; j-- {
		w := s.Words[j]
		if (w.W == "which" || w.W == "who") && j >= 2 && s.Words[j-1].Raw == "," {
			// "China, which brokered a truce between the military and
			// three rebel groups, called for restraint": China
			if c := s.ChunkAt(j - 2); c != nil && c.To == j-1 && !c.Place && !c.Pronoun && !s.afterPrep(c.From) {
				return c
			}
			return nil
		}
		if w.Raw == "," {
			if a := s.Words[j+1].W; a != "the" && a != "a" && a != "an" || k-j > 10 {
				return nil
			}
			if c := s.ChunkAt(j - 1); c != nil && c.To == j && !c.Place && !c.Pronoun && !s.afterPrep(c.From) {
				return c
			}
			return nil
		}
		if w.Punct || relatives[w.W] || boundaries[w.W] && !s.timeAfter(j) || reportCues[w.W] {
			return nil
		}
	}
	return nil
}

// timeAfter reports a word of time right after word j ("since April",
// "after 2019"): there the boundary word is a preposition inside the
// clause, not the start of a new one.
func (s *Sent) timeAfter(j int) bool {
	if j+1 >= len(s.Words) {
		return false
	}
	n := s.Words[j+1]
	return n.Num || s.isTimeWord(j+1) || relTime[n.W]
}

// newClauseAfter reports whether a verb of saying at k opens a clause of
// its own before word i ("says more than 600 people have been killed"),
// rather than taking the trigger as its object ("confirmed indirect talks").
func (s *Sent) newClauseAfter(k, i int) bool {
	if i-k <= 3 {
		for j := k + 1; j < i; j++ {
			if s.ChunkAt(j) != nil || s.Words[j].Num || s.Words[j].W == "that" {
				return true
			}
		}
		return false
	}
	return true
}

// onlyAuxBetween reports whether only auxiliaries, adverbs and negation
// stand between words from and to.
func (s *Sent) onlyAuxBetween(from, to int) bool {
	if from > to {
		return false
	}
	for k := from; k < to; k++ {
		w := s.Words[k].W
		if !auxes[w] && !adverbs[w] && !beForms[w] && !raising[w] && w != "not" && w != "to" && !strings.HasSuffix(w, "n't") {
			return false
		}
	}
	return true
}

// partitive reports "a group of X", "thousands of X": X is who acts.
func (s *Sent) partitive(i int) bool {
	k := s.skipMods(i - 1)
	return k >= 1 && s.Words[k].W == "of" && groupWords[s.Words[k-1].W]
}

// afterVerb reports whether the chunk at word i is the object of a verb
// just before it ("attacked southern Israel").
func (s *Sent) afterVerb(i int) bool {
	k := s.skipMods(i - 1)
	if k < 0 || s.Words[k].Punct || s.Words[k].W == "and" || s.Words[k].W == "or" {
		return false
	}
	w := s.Words[k].W
	if beForms[w] || auxes[w] {
		return false
	}
	if k == 0 && k+1 == i && participleForm(w) && s.ChunkAt(i) != nil && s.ChunkAt(i).Noun {
		return false // "Suspected jihadists killed": an adjective opens the sentence
	}
	if _, n := lexicon.Events().Triggers.Match([]string{w}, 0); n > 0 {
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || objVerbs[w]
}

// coordinated returns c and the chunks joined to it by "and" ("Israel and
// Syria", "Qatar, Egypt and the United States").
func (s *Sent) coordinated(c *Chunk) []*Chunk {
	out := []*Chunk{c}
	// look left: "X and c"
	k := c.From - 1
	for k >= 1 && articles[s.Words[k].W] {
		k--
	}
	for k >= 1 {
		w := s.Words[k]
		if w.W != "and" && w.Raw != "," {
			break
		}
		l := s.ChunkAt(k - 1)
		if l == nil || l.Place {
			break
		}
		if w.Raw == "," && len(out) == 1 && !s.listGoesOn(c.To) {
			break // "According to the army, rebels attacked": a list ends with "and" c
		}
		out = append([]*Chunk{l}, out...)
		k = l.From - 1
	}
	// look right: "c and Y"
	k = c.To
	for k+1 < len(s.Words) {
		w := s.Words[k]
		if w.W != "and" && w.Raw != "," {
			break
		}
		j := k + 1
		for j < len(s.Words) && articles[s.Words[j].W] {
			j++
		}
		r := s.ChunkAt(j)
		if r == nil || r.From <= k || r.From > j || r.Place { // "and the RSF", "the" in the mention or not
			break
		}
		if w.Raw == "," && r.Person && !c.Person && len(out) == 1 && !s.listGoesOn(r.To) {
			break // "Trump's envoy, Steve Witkoff": one person named twice
		}
		if w.Raw == "," && !s.listEnds(r.To) {
			break // "JNIM, the Sahel branch of al Qaeda,": a renaming, no list
		}
		out = append(out, r)
		k = r.To
	}
	return out
}

// listEnds reports a list member at the end of a list or before more of
// it: "and", "or", ", and", ", Y" or the end of the phrase ("Qatar,
// Egypt and the US"; not "JNIM, the Sahel branch").
func (s *Sent) listEnds(k int) bool {
	if k >= len(s.Words) {
		return true
	}
	w := s.Words[k]
	switch {
	case w.W == "and" || w.W == "or":
		return true
	case w.Raw == ",":
		return k+1 < len(s.Words) && (s.Words[k+1].W == "and" || s.Words[k+1].W == "or" || s.ChunkAt(k+1) != nil)
	case w.Punct:
		return w.Raw != "(" // "... with Qatar, Egypt." ends the list
	}
	return false
}

// listGoesOn reports "," or "and" at word k: a list continues there.
func (s *Sent) listGoesOn(k int) bool {
	return k < len(s.Words) && (s.Words[k].Raw == "," && k+1 < len(s.Words) && s.ChunkAt(k+1) != nil || s.Words[k].W == "and")
}

// object is the first actor chunk right after a verb (determiners and
// modifiers between), the one the act is done to.
func (s *Sent) object(i int) *Chunk {
	if i < len(s.Words) && (s.Words[i].W == "that" || s.Words[i].W == "to") {
		return nil
	}
	k := i
	for k < len(s.Words) && (determiners[s.Words[k].W] || nounMods[s.Words[k].W] || s.Words[k].Num || adverbs[s.Words[k].W]) {
		k++
	}
	if c := s.ChunkAt(k); c != nil && !c.Pronoun {
		return c
	}
	// "seized large swaths of Gaza", "shelled parts of the city"
	if j := s.skipPart(k); j > k {
		if c := s.ChunkAt(j); c != nil && c.From >= k && c.Place {
			return c
		}
	}
	return nil
}

// clauseWordIn reports a word that opens a clause between from and to:
// "on Sunday after insurgents attacked" reaches no partner of the act.
func (s *Sent) clauseWordIn(from, to int) bool {
	for k := from; k < to && k < len(s.Words); k++ {
		if stopWords[s.Words[k].W] {
			return true
		}
	}
	return false
}

// peopleBefore reports a count of people as the subject right before the
// verb group at i: "at least 11 people were killed".
func (s *Sent) peopleBefore(i int) bool {
	k := i - 1
	for k >= 0 && (auxes[s.Words[k].W] || beForms[s.Words[k].W] || adverbs[s.Words[k].W]) {
		k--
	}
	return k >= 1 && k < i-1 && personWords[s.Words[k].W] && s.ChunkAt(k) == nil && (s.Words[k-1].Num || numberWords[s.Words[k-1].W])
}

// prepPast returns the word before a chunk, past an article ("to the Red
// Cross").
func (s *Sent) prepPast(c *Chunk) string {
	k := c.From - 1
	if k >= 0 && k < len(s.Words) && articles[s.Words[k].W] {
		k--
	}
	if k < 0 || k >= len(s.Words) {
		return ""
	}
	return s.Words[k].W
}

// prepBefore returns the word before a chunk.
func (s *Sent) prepBefore(c *Chunk) string {
	if c.From == 0 {
		return ""
	}
	return s.Words[c.From-1].W
}

// pactBefore reports an agreement noun shortly before word i: "the text
// of a treaty was agreed", "a plan ..., which was concluded".
func (s *Sent) pactBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-10; k-- {
		if pactWords[s.Words[k].W] || proposalNouns[s.Words[k].W] || s.Words[k].W == "text" {
			return true
		}
	}
	return false
}

// withMeans reports an event noun after "with" ("broke the ceasefire with
// new airstrikes"): the clause's subject does it.
func (s *Sent) withMeans(i int) bool {
	k := s.skipMods(i - 1)
	return k >= 0 && s.Words[k].W == "with"
}

// subjectVerbBefore reports whether a verb of the clause stands between its
// subject and the noun at i ("Sharaa confirmed indirect talks").
func (s *Sent) subjectVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.Words[k]
		if w.Punct {
			return false
		}
		if s.ChunkAt(k) != nil {
			return false
		}
		if strings.HasSuffix(w.W, "ed") || objVerbs[w.W] || auxes[w.W] {
			return true
		}
	}
	return false
}

// time picks the time expression that governs the trigger: one in the
// same clause, else one that opens the sentence; durations and unresolved
// expressions do not date an event.
func (s *Sent) time(a *article.Article, i int) *string {
	at := s.Words[i].Start
	best, bestDist := -1, 1<<30
	lead, anchor := -1, -1
	for k := range a.Times {
		tm := &a.Times[k]
		if tm.Start < s.Span.Start || tm.End > s.Span.End || tm.Value == nil || strings.HasPrefix(*tm.Value, "P") {
			continue
		}
		if tm.Kind == "duration" || tm.Kind == "set" {
			continue
		}
		if s.sinceBefore(tm.Start) || s.startBefore(tm.Start) || s.lead > 0 && s.lead < len(s.Words) && tm.Start < s.Words[s.lead].Start && s.ClockEnd() == 0 {
			// a start, or a wire dateline's date: not when the act was done
			continue
		}
		if tm.Start > at && (s.reportBetween(at, tm.Start) || s.pronounClauseBetween(at, tm.Start) || s.relativeClauseBetween(at, tm.Start) || s.sinceClauseBetween(at, tm.Start)) {
			// "rejected the threat and said parliament would vote next
			// month": the time is the reported act's
			continue
		}
		if tm.Start > at && s.pactParticipleBetween(at, tm.Start) {
			// "will enter the town under a truce agreed by the army on
			// Tuesday": the time of the deal, not of the entering
			continue
		}
		if tm.Start > at && s.laterInfinitive(at, tm.Start) {
			// "met in Abu Dhabi and agreed to resume talks next month": the
			// time of the step agreed on, not of the meeting
			continue
		}
		if s.premodifier(tm.Start, tm.End, at) {
			continue // "a 2015 peace agreement": when the agreement was made
		}
		if from, to := s.relativeAside(tm.Start, tm.End); from >= 0 && (at < from || at >= to) {
			// "Qatar, which hosted talks last year, called for restraint":
			// the aside's time is not the main verb's
			continue
		}
		if from, to := s.relativeAside(at, at); from >= 0 && (tm.Start < from || tm.Start >= to) {
			// "Oman, which has mediated between them, will host talks
			// later this month": nor the main verb's time the aside's
			continue
		}
		// "this month's election": the time of a thing, though a clause of
		// time hanging on it may still share it
		poss := s.possessiveTime(tm.End, at)
		if !poss && s.sameClause(tm.Start, at) {
			d := tm.Start - at
			if d < 0 {
				d = -d
			}
			if d < bestDist {
				best, bestDist = k, d
			}
		}
		if !poss && lead < 0 && s.leading(tm.Start) {
			lead = k
		}
		if tm.End <= at && s.temporalLink(tm.End, at) {
			// "... last week's ceasefire, when he pressured Israel": a
			// when-clause shares the time of the clause it hangs on
			anchor = k
		}
	}
	if best < 0 {
		best = lead
	}
	if best < 0 {
		best = anchor
	}
	if best < 0 {
		return nil
	}
	v := *a.Times[best].Value
	return &v
}

// frontClauseEnd is the comma that closes a clause of time or cause
// opening the sentence ("When the army retook the town, ..."), -1 when the
// sentence opens with none.
func (s *Sent) frontClauseEnd() int {
	lead := s.DatelineEnd()
	if lead >= len(s.Words) || !frontSubordinators[s.Words[lead].W] {
		return -1
	}
	for k := lead + 1; k < len(s.Words); k++ {
		if s.Words[k].Raw == "," {
			return k
		}
	}
	return -1
}

var frontSubordinators = set("when", "after", "as", "since", "before", "although", "though", "while", "once", "because", "until", "if", "unless")

// pactParticipleBetween reports a deal described by a participle and its
// agent ("a truce agreed by the army") strictly between byte offsets.
func (s *Sent) pactParticipleBetween(from, to int) bool {
	for k, w := range s.Words {
		if w.Start <= from || w.Start >= to || k+1 >= len(s.Words) {
			continue
		}
		if k > 0 && s.Words[k+1].W == "by" && pactWords[s.Words[k-1].W] && s.reducedParticiple(k) {
			return true
		}
	}
	return false
}

// laterInfinitive reports a second verb after "and" whose infinitive comes
// between byte offsets from and to ("... and agreed to resume talks").
func (s *Sent) laterInfinitive(from, to int) bool {
	and := false
	for k, w := range s.Words {
		if w.Start <= from || w.Start >= to || k+1 >= len(s.Words) {
			continue
		}
		next := s.Words[k+1]
		switch {
		case w.W == "and" && !next.Punct && !next.Cap && strings.HasSuffix(next.W, "ed"):
			and = true
		case and && w.W == "to" && !next.Punct && !articles[next.W] && !determiners[next.W] && !next.Num && !next.Cap:
			return true
		}
	}
	return false
}

// sinceBefore reports "since December": the start of a stretch, not the
// time of the act.
func (s *Sent) sinceBefore(off int) bool {
	for k, w := range s.Words {
		if w.Start >= off {
			return k > 0 && (s.Words[k-1].W == "since" || s.Words[k-1].W == "until" || s.Words[k-1].W == "for")
		}
	}
	return false
}

// premodifier reports a time set between a determiner and its noun ("a
// 2015 peace agreement", "the 1974 accord"): it names the thing, it does
// not date the clause.
func (s *Sent) premodifier(start, end, at int) bool {
	for k, w := range s.Words {
		if w.Start < start {
			continue
		}
		if k == 0 || !articles[s.Words[k-1].W] && !s.Words[k-1].Poss {
			return false
		}
		for j := k; j < len(s.Words); j++ {
			if s.Words[j].Start < end {
				continue
			}
			if s.Words[j].Punct || preps[s.Words[j].W] {
				return false
			}
			// "the October 7, 2023 Hamas-led attack": the act itself
			for h := j; h < len(s.Words) && h < j+4 && !s.Words[h].Punct; h++ {
				if s.Words[h].Start == at {
					return false
				}
			}
			return true
		}
		return false
	}
	return false
}

// possessiveTime reports a time in the possessive that names a thing of
// another clause ("rejected the results of this month's election"): it
// dates the thing, not the act at word at, unless the act is that thing
// ("Friday's attack").
func (s *Sent) possessiveTime(end, at int) bool {
	for k, w := range s.Words {
		if w.End < end {
			continue
		}
		if !w.Poss || w.Start >= end {
			return false
		}
		for j := k + 1; j < len(s.Words) && j <= k+3; j++ {
			if s.Words[j].Start == at {
				return false
			}
			if s.Words[j].Punct || boundaries[s.Words[j].W] || s.Words[j].W == "and" || s.Words[j].W == "or" {
				break // the possessed noun phrase ended
			}
		}
		return true
	}
	return false
}

// startBefore reports "a truce starting on Wednesday", "effective from
// Monday": when what was agreed begins, not when it was agreed.
func (s *Sent) startBefore(off int) bool {
	for k, w := range s.Words {
		if w.Start < off {
			continue
		}
		j := k - 1
		for j >= 0 && (s.Words[j].W == "on" || s.Words[j].W == "from" || s.Words[j].W == "at" || s.Words[j].W == "as" || s.Words[j].W == "of") {
			j--
		}
		return j >= 0 && j < k && startWords[s.Words[j].W]
	}
	return false
}

var startWords = set("starting", "beginning", "effective", "commencing")

// leading reports whether a byte offset lies in the sentence's opening
// phrase, before its first comma or subject ("On March 18, ...").
func (s *Sent) leading(off int) bool {
	for _, w := range s.Words {
		if w.Start >= off {
			return true
		}
		if w.Raw == "," {
			return false
		}
		if c := s.ChunkAt(0); c != nil && w.Start >= s.Words[c.From].Start && !w.Cap {
			return false
		}
	}
	return false
}

// temporalLink reports that only "when", "as" or "while" clause breaks
// lie between two offsets.
func (s *Sent) temporalLink(x, y int) bool {
	linked := false
	for _, w := range s.Words {
		if w.Start < x || w.Start >= y {
			continue
		}
		if w.Raw == ";" || relatives[w.W] {
			return false
		}
		if boundaries[w.W] {
			if w.W != "when" && w.W != "as" && w.W != "while" {
				return false
			}
			linked = true
		}
	}
	return linked
}

// sameClause reports whether no clause boundary lies between two offsets.
func (s *Sent) sameClause(x, y int) bool {
	if x > y {
		x, y = y, x
	}
	for _, w := range s.Words {
		if w.Start <= x || w.Start >= y {
			continue
		}
		if w.Raw == ";" || boundaries[w.W] || relatives[w.W] {
			return false
		}
	}
	return true
}

// place finds "in Riyadh", "at the White House", "in the border region"
// after the trigger in its clause; the chunk too when the place is a name.
func (s *Sent) place(i int, typ string) (*string, *Chunk) {
	front := s.frontClauseEnd()
	for k := i + 1; k < len(s.Words)-1; k++ {
		w := s.Words[k]
		if w.Raw == ";" || boundaries[w.W] || relatives[w.W] || k == front && i < front {
			// "When Azerbaijani forces recaptured the region, few in
			// Yerevan were surprised": the main clause's place is not the
			// fronted clause's
			break
		}
		if contentCues[w.W] {
			break // "the deal ... calls for the restoration of authority in Mekele": its content
		}
		if w.W == "to" && stanceActs[typ] && k+1 < len(s.Words) && s.ChunkAt(k+1) == nil && !s.Words[k+1].Cap && !articles[s.Words[k+1].W] {
			break // "agreed to begin pauses in northern Gaza": what was agreed
		}
		if w.W == "to" && (s.Words[k-1].W == "and" || s.Words[k-1].W == "or") && k+1 < len(s.Words) && s.ChunkAt(k+1) == nil && !s.Words[k+1].Cap && !articles[s.Words[k+1].W] {
			break // "allow aid convoys in and to withdraw fighters": a second act
		}
		if k > i+1 && k+1 < len(s.Words) && placePreps[s.Words[k+1].W] && s.reducedParticiple(k) {
			k++ // "under a deal reached in Geneva": where the deal was made
			continue
		}
		if w.W == "there" && (k+1 >= len(s.Words) || !beForms[s.Words[k+1].W] && !auxes[s.Words[k+1].W]) {
			// "took the army's base there": the place named before
			if c := s.placeBefore(i); c != nil {
				p := joinRaw(s.Words[c.From:c.To])
				return &p, nil // where, not whom
			}
		}
		if !placePreps[w.W] && !(w.W == "to" && (typ == "VISIT" || typ == "AID" || typ == "DEPLOY")) &&
			!(w.W == "from" && typ == "WITHDRAW") && !(w.W == "of" && typ == "APPOINT" && k == i+2) {
			continue // "appointed governor of the province of Quneitra"
		}
		if p, c := s.placeAt(k + 1); p != "" {
			return &p, c
		}
	}
	// "gathered outside the palace in Bamako to demand ...": an act of
	// purpose happens where its governing verb does
	if i > 1 && s.Words[i-1].W == "to" && !complementVerbs[s.Words[i-2].W] {
		for k := s.clauseStart(i); k < i-1; k++ {
			if placePreps[s.Words[k].W] && s.Words[k].W != "into" {
				if p, c := s.placeAt(k + 1); p != "" {
					return &p, c
				}
			}
		}
	}
	// "flew to Sharm el-Sheikh, where he met Sisi": the place "where"
	// refers to
	if p, c := s.whereAntecedent(i); p != "" {
		return &p, c
	}
	// "In northern Gaza, Israeli strikes killed ...": a place that opens
	// the sentence before its subject
	if len(s.Words) > 2 && placePreps[s.Words[0].W] && s.Words[0].W != "into" {
		if p, c := s.placeAt(1); p != "" {
			for k := 1; k < len(s.Words) && k < 8 && k < i; k++ {
				if s.Words[k].Raw == "," {
					return &p, c
				}
			}
		}
	}
	return nil, nil
}

// whereAntecedent finds the place a "where" clause holding word i refers
// to: "Sharm el-Sheikh, where he and Sisi will chair a summit", "Sweida,
// which saw days of clashes".
func (s *Sent) whereAntecedent(i int) (string, *Chunk) {
	for k := i - 1; k > 0 && k >= i-12; k-- {
		w := s.Words[k]
		// "Sweida, which saw days of clashes"
		seen := w.W == "which" && k+1 < len(s.Words) && (sawWords[s.Words[k+1].W] || s.Words[k+1].W == "has" && k+2 < len(s.Words) && sawWords[s.Words[k+2].W])
		if w.W == "where" || seen {
			j := k - 1
			if s.Words[j].Raw == "," && j > 0 {
				j--
			}
			if c := s.ChunkAt(j); c != nil && c.To == j+1 && (c.Place || c.Country && !c.Noun) {
				return joinRaw(s.Words[c.From:c.To]), c
			}
			return "", nil
		}
		if w.Raw == ";" || w.Raw == "." || boundaries[w.W] || relatives[w.W] {
			return "", nil
		}
	}
	return "", nil
}

var contentCues = set("calls", "provides", "stipulates", "envisages", "envisions", "obliges", "requires", "includes")

// reducedParticiple reports a past participle right after a noun that
// opens a phrase about that noun: "a deal reached in Geneva", "people
// detained in Gaza".
func (s *Sent) reducedParticiple(k int) bool {
	w := s.Words[k]
	if k == 0 || !(strings.HasSuffix(w.W, "ed") || participles[w.W]) {
		return false
	}
	p := s.Words[k-1]
	if p.Punct || p.Num || beForms[p.W] || auxes[p.W] || adverbs[p.W] || articles[p.W] || p.W == "not" || p.W == "to" || placePreps[p.W] {
		return false
	}
	if _, n := lexicon.Events().Triggers.Match([]string{p.W}, 0); n > 0 {
		return false // "were freed", "talks held in": the act itself
	}
	return true
}

// objectAt sorts the object between words i and end: people or a
// number of them ("killed 14 in Katsina"), or a thing ("attacked a cargo
// ship in the Red Sea"); neither when the verb takes none ("clashed in
// Rafah").
func (s *Sent) objectAt(i, end int) (people, thing bool) {
	for k := i; k < end && k < len(s.Words); k++ {
		w := s.Words[k]
		if k+1 < end && (w.W == "at" && (s.Words[k+1].W == "least" || s.Words[k+1].W == "most") || w.W == "up" && s.Words[k+1].W == "to") {
			k++ // "killed at least 30", "up to 40": a number follows
			continue
		}
		if w.Punct || preps[w.W] || stopWords[w.W] {
			break
		}
		if c := s.ChunkAt(k); c != nil && (s.demonymOfThing(c, end) || c.Noun && !c.Country && weaponNouns[s.Words[c.To-1].W]) {
			k = c.To - 1 // "an Israeli tank": whose, not who; "drones": what with
			thing = true
			continue
		}
		if personWords[w.W] || w.Num || s.ChunkAt(k) != nil {
			return true, false
		}
		if !articles[w.W] && !determiners[w.W] && !adverbs[w.W] && !relTime[w.W] {
			thing = true
		}
	}
	return false, thing
}

// demonymOfThing reports a lone demonym before a thing that is no actor
// and no people ("an Israeli tank").
func (s *Sent) demonymOfThing(c *Chunk, end int) bool {
	return c.Country && c.To-c.From == 1 && demonymWord(s.Words[c.From].W) && c.To < end &&
		!s.Words[c.To].Punct && !personWords[s.Words[c.To].W] && s.ChunkAt(c.To) == nil
}

// placeBefore is the last place (not a state) named before word i.
func (s *Sent) placeBefore(i int) *Chunk {
	for k := i - 1; k >= 0; k-- {
		if c := s.ChunkAt(k); c != nil && c.Place {
			return c
		}
	}
	return nil
}

// complementVerbs take an infinitive as what they say, not as a purpose:
// "agreed to freeze", "vowed to retaliate".
var complementVerbs = set("agreed", "agree", "agrees", "decided", "vowed", "pledged", "promised", "threatened",
	"plans", "plan", "planned", "wants", "want", "wanted", "refused", "failed", "tried", "sought", "hopes", "hoped",
	"aims", "voted", "began", "begin", "continued", "expected", "scheduled", "due", "able", "ready", "willing",
	"offered", "proposed", "urged", "asked", "called", "set", "going", "intends", "intended", "moved")

// stanceActs are acts whose infinitive complement is their content.
var stanceActs = set("AGREE", "PROPOSE", "DEMAND", "REJECT", "THREATEN")

var borderNouns = set("border", "region", "frontier", "boundary", "borders", "line")

var sawWords = set("saw", "seen", "witnessed", "experienced")

// placeAt reads a place phrase starting at word k: a name ("Riyadh",
// "some parts of Gaza", "the Saudi city of Jeddah") or a common noun
// place ("the border region", "the southern province of Sweida").
func (s *Sent) placeAt(k int) (string, *Chunk) {
	j := s.skipPart(k)
	if j+1 < len(s.Words) && directionWords[s.Words[j].W] && s.ChunkAt(j) == nil {
		// "across central Mali": the part of a place the chunk leaves out
		if c := s.ChunkAt(j + 1); c != nil && c.From == j+1 && (c.Place || c.Country && !c.Noun) {
			return joinRaw(s.Words[j:c.To]), c
		}
	}
	if c := s.ChunkAt(j); c != nil && c.From >= k && c.From <= j && (c.Place || c.Country && !c.Noun || !c.Person && !c.Noun && !c.Pronoun && (c.Entity == nil || venue(s.Words[c.To-1].W))) && !s.demonymOfPlace(c) {
		if s.isTimeWord(j) {
			return "", nil
		}
		// "the Egyptian resort of Sharm el-Sheikh": the name after "of"
		if c.Country && c.To+2 < len(s.Words) && placeNouns[s.Words[c.To].W] && s.Words[c.To+1].W == "of" {
			if n := s.ChunkAt(c.To + 2); n != nil && n.From == c.To+2 && !n.Person {
				return joinRaw(s.Words[n.From:n.To]), n
			}
		}
		for j+1 < c.To && articles[s.Words[j].W] {
			j++ // "the Gaza Strip" reads "Gaza Strip"
		}
		return joinRaw(s.Words[j:c.To]), c
	}
	// a common noun place: "the border region", "the southern province"
	for e := j; e < len(s.Words) && e < j+4; e++ {
		w := s.Words[e]
		if w.Punct || w.Num || e > j && (placePreps[w.W] || preps[w.W] || w.W == "to" || w.W == "of" || articles[w.W]) {
			// "dock at Hodeidah port" is no place phrase, nor "to reach the
			// regional capital" (an article opens a phrase, or none)
			return "", nil
		}
		if placeNouns[w.W] {
			end := e + 1
			for end < len(s.Words) && placeNouns[s.Words[end].W] {
				end++
			}
			// "the southern province of Quneitra": the place is named
			if end+1 < len(s.Words) && s.Words[end].W == "of" && s.Words[end+1].Cap {
				if n := s.ChunkAt(end + 1); n != nil && n.From == end+1 && !n.Person {
					return joinRaw(s.Words[n.From:n.To]), n
				}
				end += 2
			}
			return joinRaw(s.Words[j:end]), nil
		}
	}
	return "", nil
}

// skipPart steps over articles and partitives before a place: "the",
// "some parts of", "much of", "large swaths of".
func (s *Sent) skipPart(k int) int {
	j := k
	for j < len(s.Words) && (s.Words[j].W == "the" || s.Words[j].W == "a") {
		j++
	}
	for e := j; e < len(s.Words) && e < j+4; e++ {
		w := s.Words[e].W
		if w == "of" {
			if e+1 < len(s.Words) {
				n := e + 1
				for n < len(s.Words) && s.Words[n].W == "the" {
					n++
				}
				if c := s.ChunkAt(n); c != nil && c.From > e {
					return c.From
				}
			}
			return j
		}
		if !partWords[w] && !settlementWords[w] && !settlementMods[w] {
			return j
		}
	}
	return j
}

// destination reports a chunk that is where someone travels ("travelling
// to the bloc", "returning to Kenya").
func (s *Sent) destination(c *Chunk) bool {
	return c != nil && c.From >= 2 && c.From <= len(s.Words) && s.Words[c.From-1].W == "to" && travelWords[s.Words[c.From-2].W] ||
		c != nil && c.From >= 3 && c.From <= len(s.Words) && s.Words[c.From-1].W == "the" && s.Words[c.From-2].W == "to" && travelWords[s.Words[c.From-3].W]
}

var travelWords = set("travel", "travels", "travelled", "traveled", "travelling", "traveling", "return", "returns",
	"returned", "returning", "fly", "flew", "flying", "flown", "go", "went", "going", "come", "came", "coming")

// settlementOf reports a place named as a settlement ("in the village of
// Tillia"): people killed or seized there are its people, no side the
// place stands for.
func (s *Sent) settlementOf(c *Chunk) bool {
	return c.From >= 2 && s.Words[c.From-1].W == "of" && settlementWords[s.Words[c.From-2].W] ||
		c.From >= 1 && c.To < len(s.Words) && s.Words[c.From-1].W == "the" && settlementWords[s.Words[c.To].W] // "in the Amhara region"
}

// settlementWords name a kind of place before its name: "captured the
// strategic town of Bara" took Bara.
var settlementWords = set("town", "city", "village", "port", "district", "province", "region", "hub", "enclave",
	"capital", "outpost", "settlement", "stronghold", "crossing")

var settlementMods = set("strategic", "key", "besieged", "border", "frontline", "front-line", "coastal", "eastern",
	"western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern", "southwestern",
	"oil", "market", "port", "regional", "provincial", "mountain", "desert", "garrison")

var partWords = set("some", "parts", "part", "much", "most", "all", "areas", "swaths", "large", "many", "several",
	"portions", "portion", "half", "whole", "rest", "remaining", "other", "eastern", "western", "northern", "southern")

// venue: an organization's name that is also a place where things are
// done ("the White House", "the presidential palace", "the Kremlin").
func venue(w string) bool { return venueWords[w] }

var venueWords = set("house", "palace", "kremlin", "building", "hotel", "embassy", "headquarters", "compound",
	"ministry", "parliament", "knesset", "capitol", "pentagon", "centre", "center", "hall", "airport", "base")

func (s *Sent) isTimeWord(k int) bool { return timeWords[s.Words[k].W] }

// sideName is the story's name for a side told by another form of it
// ("Houthi" in "the Houthi movement agreed" is the story's "Houthis"): the
// entity stage's rule that a group's name and its plural are one, for
// sides named by the stage's own fallback (no entity found them).
func (ctx *story) sideName(n string) string {
	for _, x := range ctx.sides {
		if strings.EqualFold(x, n) || strings.EqualFold(x, n+"s") || strings.EqualFold(x+"s", n) {
			return x
		}
	}
	return n
}

// accusedOf finds X in "accused X of bombing", "blamed X for attacking":
// the act at word i is laid at X's door, not at the accuser's.
func (s *Sent) accusedOf(i int) *Chunk {
	if i > 0 && i < len(s.Words) && adverbParticles[s.Words[i].W] {
		i-- // "of carrying out": the light verb's first word
	}
	if i < 3 {
		return nil
	}
	p := s.Words[i-1].W
	if p != "of" && p != "for" {
		return nil
	}
	// the accused, past the words of its noun phrase: "accused
	// Saudi-led coalition aircraft of"
	var c *Chunk
	j := i - 2
	for ; j >= 0 && j >= i-5; j-- {
		if c = s.ChunkAt(j); c != nil {
			break
		}
		if s.Words[j].Led {
			c = &Chunk{From: j, To: j + 1, Name: s.ledName(j)}
			break
		}
		if s.Words[j].Punct || strings.HasPrefix(s.Words[j].W, "accus") {
			return nil
		}
	}
	if c == nil || c.Pronoun && !c.Pair {
		return nil
	}
	k := s.skipMods(c.From - 1)
	if k < 0 {
		return nil
	}
	v := s.Words[k].W
	switch {
	case p == "of" && strings.HasPrefix(v, "accus"), p == "for" && strings.HasPrefix(v, "blam"):
		return c
	}
	return nil
}

// accusedBefore finds X in "accused X of A-ing" before word i, the doer
// of the act laid at X's door.
func (s *Sent) accusedBefore(i int) *Chunk {
	for k := 1; k+1 < i && k+1 < len(s.Words); k++ {
		if (s.Words[k].W == "of" || s.Words[k].W == "for") && strings.HasSuffix(s.Words[k+1].W, "ing") {
			if c := s.accusedOf(k + 1); c != nil {
				return c
			}
		}
	}
	return nil
}

// frontPlaceEnd is the comma closing a phrase of place that opens the
// sentence ("In Niger,", "Across northern Mali,"), -1 when none does.
func (s *Sent) frontPlaceEnd() int {
	lead := s.DatelineEnd()
	if lead >= len(s.Words) || !frontPlacePreps[s.Words[lead].W] {
		return -1
	}
	for k := lead + 1; k < len(s.Words) && k <= lead+6; k++ {
		if s.Words[k].Punct {
			if s.Words[k].Raw == "," {
				return k
			}
			return -1
		}
	}
	return -1
}

var frontPlacePreps = set("in", "across", "inside", "throughout")

// relativeAside finds the relative clause set off by commas (", which
// hosted talks last year,") that holds the bytes off to end (a time, whose
// own commas close nothing): the byte span from its relative word to its
// closing comma, or -1, -1.
func (s *Sent) relativeAside(off, end int) (int, int) {
	k := len(s.Words) - 1
	for k >= 0 && s.Words[k].Start > off {
		k--
	}
	for j := k; j > 0; j-- {
		w := s.Words[j]
		if w.Punct {
			return -1, -1
		}
		participle := strings.HasSuffix(w.W, "ed") && !s.Words[j].Cap
		// "In Niger, where soldiers toppled the president in 2023, ECOWAS
		// imposed sanctions": the place the sentence opens with takes a
		// clause of its own before the main subject
		front := w.W == "where" && s.frontPlaceEnd() == j-1
		if (relatives[w.W] || participle || front) && s.Words[j-1].Raw == "," {
			for e := k + 1; e < len(s.Words); e++ {
				if s.Words[e].Punct && s.Words[e].Start >= end {
					if s.Words[e].Raw != "," {
						return -1, -1
					}
					if !front && !(e+1 < len(s.Words) && (auxes[s.Words[e+1].W] || beForms[s.Words[e+1].W] || !participle && strings.HasSuffix(s.Words[e+1].W, "ed"))) {
						// ", agreed in Luanda, had taken effect", ", which
						// hosted talks, called for": an aside sits between a
						// subject and its verb group (", some of which ..."
						// goes on with the clause)
						return -1, -1
					}
					return w.Start, s.Words[e].Start
				}
			}
			return -1, -1
		}
	}
	return -1, -1
}

// hostedNoun reports talks named as what a host held: "Oman, which has
// hosted the talks": the host receives them and is no side of them.
func (s *Sent) hostedNoun(i int) bool {
	k := s.skipMods(i - 1)
	return k >= 0 && hostForms[s.Words[k].W]
}

// outerSpeaker finds, for a verb joined by "and" or "but" after a
// that-clause ("denied that the rebels had launched an offensive and
// accused the coalition"), the subject of the verb that took the clause:
// what someone said or denied does not go on with their next act.
func (s *Sent) outerSpeaker(i int) *Chunk {
	if !s.coordinatedVerb(i) {
		return nil
	}
	k := i - 1
	for k >= 0 && s.Words[k].W != "and" && s.Words[k].W != "but" {
		k--
	}
	for j := k - 1; j > 0; j-- {
		w := s.Words[j]
		if w.Punct && w.Raw != "," || relatives[w.W] {
			return nil
		}
		if w.W == "that" && (reportCues[s.Words[j-1].W] || denials[s.Words[j-1].W]) {
			return s.subject(j - 1)
		}
	}
	return nil
}

// fighterHeads name armed groups by what they do: "the rebels" points back
// only to a group that fights.
var fighterHeads = set("rebels", "insurgents", "militants", "jihadists")

// armedName reports the name of an armed group: a known one, an acronym
// ("TNLA"), or one whose words say it fights ("Ta'ang National Liberation
// Army", "March 23 Movement" is known by its acronym).
func armedName(n string) bool {
	if KnownGroup(n) || isAcronymName(n) {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(n)) {
		if armedWords[w] {
			return true
		}
	}
	return false
}

var armedWords = set("army", "forces", "front", "liberation", "brigade", "brigades", "militia", "militias",
	"movement", "resistance", "guard", "battalion", "battalions", "mujahideen", "rebels", "jihad", "shabaab")

// infinitiveTo reports "to" opening an infinitive ("to host a summit"),
// not a preposition ("to Gaza", "to the north", "to northern Mali").
func (s *Sent) infinitiveTo(k int) bool {
	if k+1 >= len(s.Words) {
		return false
	}
	n := s.Words[k+1]
	return !n.Cap && !n.Num && !n.Punct && !determiners[n.W] && !articles[n.W] && !directionWords[n.W] &&
		s.ChunkAt(k+1) == nil && !nounMods[n.W] && !demonymLike(n.W)
}

// holds reports whether c is one of the sentence's own chunks.
func (s *Sent) holds(c *Chunk) bool {
	for i := range s.Chunks {
		if &s.Chunks[i] == c {
			return true
		}
	}
	return false
}

// agentOfParticiple reports a chunk after "backed by", "supported by",
// "led by" that modifies the noun before it: "Somali forces backed by
// African Union troops recaptured": the forces recaptured.
func (s *Sent) agentOfParticiple(c *Chunk) bool {
	k := s.skipMods(c.From - 1)
	if k < 2 || s.Words[k].W != "by" {
		return false
	}
	p := s.Words[k-1].W
	return (strings.HasSuffix(p, "ed") || participles[p]) && s.ChunkAt(k-2) != nil
}

// sayings open a reported clause ("said parliament would vote").
var sayings = set("said", "says", "told", "added", "stated", "warned", "insisted")

// reportBetween reports a verb of saying between byte offsets x and y.
func (s *Sent) reportBetween(x, y int) bool {
	for _, w := range s.Words {
		if w.Start > x && w.Start < y && sayings[w.W] {
			return true
		}
	}
	return false
}

// demonymOfPlace reports a demonym before a place noun ("the Malian
// border", "the Syrian coast"): the place is the phrase, not the state.
func (s *Sent) demonymOfPlace(c *Chunk) bool {
	return c.To == c.From+1 && c.To < len(s.Words) && demonymWord(s.Words[c.From].W) && placeNouns[s.Words[c.To].W]
}

// pronounClauseBetween reports a clause of its own opened by a subject
// pronoun between byte offsets x and y: "released the crew of a ship they
// seized last year" (the seizing was last year, not the release).
func (s *Sent) pronounClauseBetween(x, y int) bool {
	for k, w := range s.Words {
		if w.Start <= x || w.Start >= y || k+1 >= len(s.Words) {
			continue
		}
		if subjectPronouns[w.W] && s.finiteAt(k+1) {
			return true
		}
	}
	return false
}

// actedOn reports a noun at i that is the object of a verb of its own
// event reading ("condemned the attacks", "rejected the proposal"), not of
// a light verb: the verb's subject stands to the act, it did not do it.
func (s *Sent) actedOn(i int) bool {
	k := s.skipMods(i - 1)
	if k < 0 || k == i-1 || s.ChunkAt(k) != nil {
		return false // no article between: "the planned attack"
	}
	vs, n := lexicon.Events().Triggers.Match(s.Lower(), k)
	if n != 1 {
		return false
	}
	for _, v := range vs {
		if v.POS == lexicon.EventVerb {
			return true
		}
	}
	return false
}

// relativeClauseBetween reports a relative clause opened between x and y
// that still runs at y ("freed three ministers who were arrested in the
// capital on Wednesday"): a time there dates the clause, not the act before.
func (s *Sent) relativeClauseBetween(x, y int) bool {
	return s.clauseRunsAt(x, y, func(k int) (bool, bool) {
		if w := s.Words[k].W; w != "who" && w != "whom" && w != "which" {
			return false, false
		}
		return s.finiteAt(k + 1), true
	})
}

// sinceClauseBetween reports a clause opened by "since" or "until"
// between x and y that still runs at y ("have been killed since the army
// seized power in February"): its time starts a stretch, it does not date
// the act before.
func (s *Sent) sinceClauseBetween(x, y int) bool {
	return s.clauseRunsAt(x, y, func(k int) (bool, bool) {
		w := s.Words[k].W
		opens := (w == "since" || w == "until") && k+1 < len(s.Words) && !s.Words[k+1].Num && !s.isTimeWord(k+1)
		return opens, opens
	})
}

// clauseRunsAt reports whether a clause opened by a word between byte
// offsets x and y still runs at y. opens(k) says whether word k decides
// the matter and, if so, whether a clause is open after it; punctuation
// closes any clause.
func (s *Sent) clauseRunsAt(x, y int, opens func(k int) (open, decided bool)) bool {
	open := false
	for k, w := range s.Words {
		if w.Start <= x {
			continue
		}
		if w.Start >= y {
			break
		}
		if w.Punct {
			open = false
			continue
		}
		if o, ok := opens(k); ok {
			open = o
		}
	}
	return open
}

// finiteAt reports a word that shows a finite verb group starts at k: an
// auxiliary, a form of "be" or a past form.
func (s *Sent) finiteAt(k int) bool {
	if k >= len(s.Words) {
		return false
	}
	n := s.Words[k].W
	return auxes[n] || beForms[n] || strings.HasSuffix(n, "ed")
}

// asRole reports "as" naming a role ("attended as an observer", "served as
// the mediator"): a preposition, no clause.
func (s *Sent) asRole(k int) bool {
	return s.Words[k].W == "as" && k+2 < len(s.Words) && (s.Words[k+1].W == "a" || s.Words[k+1].W == "an") && !auxes[s.Words[k+2].W]
}

// ownForceActs are acts whose passive subject is the doer's own forces.
var ownForceActs = set("DEPLOY", "WITHDRAW")

// statesOwnForces reports a subject that is all a state's forces named by its
// demonym or its name ("Ugandan troops", "Kenyan police officers"), no
// person, place or unnamed noun.
func statesOwnForces(cs []*Chunk) bool {
	for _, c := range cs {
		if c == nil || c.State == "" || !c.Noun || c.Person || c.Place {
			return false
		}
	}
	return len(cs) > 0
}
