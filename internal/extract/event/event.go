package event

import (
	"slices"
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// Extract fills a.Events from the body sentences of the text. It reads the
// entities (to name actors), times (to date events) and claims (to mark
// reported events) that earlier stages found, and works without them.
func Extract(d *text.Doc, a *article.Article) {
	a.Events = Find(d, a)
}

// Find returns the events of an article in text order.
func Find(d *text.Doc, a *article.Article) []article.Event {
	lx := lexicon.Events()
	sents := Sentences(d, a)
	ResolveGovernments(sents)
	ctx := &story{sides: MainActors(sents), told: map[string]bool{}, dated: map[string]*string{}, personState: map[string]string{}}
	var out []article.Event
	prevProposal := false
	last := -1
	lead := 0                   // body sentences read: a dateline opens one of the first
	var prevEvs []article.Event // the last sentence's acts, for "In return, ..."
	prevAt := -1
	for _, s := range sents {
		if s.Index != last+1 {
			ctx.prev = nil // a headline or a caption came between
			prevEvs = nil
		}
		last = s.Index
		here := s.mentionsProposal()
		s.proposalNear = here || prevProposal
		prevProposal = here
		evs, subj := s.events(lx, a, ctx)
		if len(out) == 0 && lead < 3 {
			// the lead's talks and signings happened where the dateline
			// says, unless the clause names a place (a release reported
			// from Cairo did not happen there)
			if city := s.dateline(); city != "" {
				for k := range evs {
					if evs[k].Place == nil && diplomatic[evs[k].Type] {
						c := city
						evs[k].Place = &c
					}
				}
			}
		}
		if s.Index-prevAt <= 5 {
			datePrev(s, evs, prevEvs)
		}
		if len(evs) > 0 {
			prevEvs, prevAt = evs, s.Index
		}
		out = append(out, evs...)
		lead++
		if subj != nil {
			ctx.prev = subj
		}
		for _, c := range s.Chunks {
			if c.Person && c.State != "" {
				ctx.personState[c.Name] = c.State
			}
		}
		if p := s.lastPlace(); p != nil {
			ctx.place = p
		}
		if g := s.lastGroup(a); g != nil {
			ctx.group = g
		}
		if p := s.lastPair(); p != nil {
			ctx.pair = p
		}
		if ctx.next[0] != "" && ctx.next[0] != ctx.next[1] {
			ctx.dealt = ctx.next
		}
	}
	// "Netanyahu" alone speaks for the state named with him elsewhere
	// ("Israeli Prime Minister Benjamin Netanyahu")
	for i, st := range ctx.states {
		if x, ok := ctx.personState[st]; ok {
			ctx.states[i] = x
		}
	}
	side := map[string]bool{}
	for _, x := range ctx.sides {
		side[x] = true
	}
	b1, b2 := belligerents(out, ctx.states, side)
	counterparts(out, ctx.states, ctx.aims, ctx.sides)
	landPlaces(out, a, ctx, b1, b2)
	return out
}

// story is what the sentences of an article tell the next one.
type story struct {
	prev *Chunk   // the last subject, for "it", "they", "he"
	pair []*Chunk // the last two sides named together, for "both sides"
	// dealt: the two sides that agreed or talked last, told in sentences
	// before this one; next: those of this sentence, for the next
	dealt, next [2]string
	talked      bool // dealt holds two sides that agreed or talked
	// agreed: the two sides of the last deal or truce made ("Armenia and
	// Azerbaijan agreed to a ceasefire"), which "both sides" beside a
	// deal means, whatever pair talked or fought since
	agreed [2]string
	sides  []string           // the article's main actors, most mentioned first
	told   map[string]bool    // event nouns told already ("ATTACK_GROUND|fighting")
	state  string             // the state the last event's actor speaks for
	dated  map[string]*string // the time of the last dated act told by a word
	place  *Chunk             // the last place (not a state) named before the sentence
	group  *Chunk             // the last group named (not a state, person or outlet), for "the group"
	// personState maps a person to the state a title names with them
	personState map[string]string
	// states holds, for each event found so far, the state its (first)
	// actor speaks for; aims whether the text names what it is aimed at
	// ("airstrikes on smuggling camps").
	states []string
	aims   []bool
	aimed  bool
	// people: for each event, whether its target was named as people
	// ("Thai soldiers"), which says nothing of where it happened; named,
	// whether its sentence named a target at all
	people     []bool
	peopleNext bool
	named      []bool
	// ground: for each event, whether its object is ground told by a
	// common noun ("recaptured much of the region"), which lies wherever
	// the story put it, not in a side guessed as the target
	ground     []bool
	groundNext bool
}

// quoted marks the words inside quotation marks.
func (s *Sent) quoted() []bool {
	out := make([]bool, len(s.Words))
	in := false
	for k, w := range s.Words {
		switch w.Raw {
		case "“":
			in = true
			continue
		case "”":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		out[k] = in
	}
	return out
}

// lastGroup finds the last group a sentence names that "the group" can
// point back to: an armed group the lexicon knows, or an organization the
// entity stage found that is no state's institution and no news outlet
// ("Human Rights Watch ... the group said").
func (s *Sent) lastGroup(a *article.Article) *Chunk { return s.groupBefore(a, len(s.Words)) }

// LastGroup is the last group the sentence names that "the group" can
// point back to, nil if none.
func (s *Sent) LastGroup(a *article.Article) *Chunk { return s.lastGroup(a) }

// PointedGroup is the group a chunk such as "the rebels" or "the armed
// group" points back to: the last named before it in its sentence, else
// last (the one named in the sentences before); nil when c is no such
// chunk or none fits ("the rebels" after a church was named).
func (s *Sent) PointedGroup(a *article.Article, c, last *Chunk) *Chunk {
	if c == nil || !c.Group {
		return nil
	}
	group := last
	if g := s.groupBefore(a, c.From); g != nil {
		group = g
	}
	if group == nil || fighterHeads[c.Name] && !armedName(group.Name) {
		return nil
	}
	return group
}

// groupBefore is the last group named in the sentence before word k.
func (s *Sent) groupBefore(a *article.Article, k int) *Chunk {
	var out *Chunk
	for x := range s.Chunks {
		c := &s.Chunks[x]
		if c.Pronoun || c.Person || c.Place || c.To <= s.lead || c.To > k {
			continue
		}
		group := false
		if c.Country || c.State != "" {
			// "Yemen's Houthi rebels": a group, though a state is named with it
			group = KnownGroup(c.Name) && !interGov[text.Lower(c.Name)]
		} else if !c.Noun {
			group = KnownGroup(c.Name) || c.Entity != nil && entityType(a, *c.Entity) == article.Organization && !outletName(c.Name)
		}
		// (tested last, as the dearest: "the Malian Armed Forces" are a
		// state's, no "armed group")
		if group && !stateForces(c.Name) {
			out = c
		}
	}
	return out
}

// stateForces reports the name of a state's army, police or guard ("Malian
// Armed Forces", "Armed Forces of Mali", "Rwanda Defence Force", "National
// Police"); a militia calling itself "Self-Defense Forces" is none.
func stateForces(name string) bool {
	n := strings.ToLower(name)
	if strings.Contains(n, "self-defen") {
		return false
	}
	for _, w := range []string{"armed forces", "defense force", "defence force", "national police", "national guard", "police force", "military of"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	// "the Congolese army", "the Sudanese military": a state's by its
	// demonym ("Arakan Army", "Free Syrian Army" are groups)
	f := strings.Fields(n)
	return len(f) == 2 && forceHeads[f[1]] && demonymWord(f[0])
}

var forceHeads = set("army", "military", "navy", "police", "troops", "forces", "junta")

// interGov are the bodies of states among the known groups: no "group".
var interGov = set("nato", "un", "united nations", "european union", "african union", "idf", "sudanese armed forces")

// entityType is the type of the entity with the id, "" if none.
func entityType(a *article.Article, id string) string {
	for i := range a.Entities {
		if a.Entities[i].ID == id {
			return a.Entities[i].Type
		}
	}
	return ""
}

// outletName reports a news organization ("Reuters", "The Associated
// Press"): who reports is no group that acts.
func outletName(name string) bool {
	n, _ := lexicon.Cues().Outlet(strings.Fields(name))
	return n > 0
}

// lastPair finds the last "X and Y" (or "between X and Y") of two states
// or named groups in a sentence.
func (s *Sent) lastPair() []*Chunk {
	var pair []*Chunk
	for k := range s.Chunks {
		c := &s.Chunks[k]
		if c.Pronoun || c.Place || c.Person || c.Noun && c.State == "" || s.peopleOf(c) || s.brokerAt(c) {
			continue
		}
		if c.From > 0 && (s.Words[c.From-1].W == "from" || s.Words[c.From-1].W == "of") {
			// "officials from the United States and China also attended":
			// where people come from, not two sides facing each other
			continue
		}
		if list := s.coordinated(c); len(list) == 2 && list[0] == c && !list[1].Pronoun && !list[1].Place && !list[1].Person && !s.peopleOf(list[1]) {
			pair = list
		}
	}
	return pair
}

// peopleOf reports a demonym standing for people, not their state:
// "prisoners, including Saudis and Sudanese".
func (s *Sent) peopleOf(c *Chunk) bool {
	if c.From > 0 && s.Words[c.From-1].W == "including" {
		return true
	}
	return c.Country && !c.Noun && c.To-c.From == 1 && demonymWord(s.Words[c.From].W) && strings.HasSuffix(s.Words[c.From].W, "s")
}

// quoteOpen reports a word right after an opening quote, capitalized as a
// quotation's first word.
func quoteOpen(s *Sent, i int) bool {
	r := s.Words[i-1].Raw
	return r == "\"" || r == "“" || r == ":"
}

func (s *Sent) mentionsProposal() bool {
	for _, w := range s.Words {
		if proposalNouns[w.W] {
			return true
		}
	}
	return false
}

// trigger is one event word found in a sentence.
type trigger struct {
	at, n int // word index and length
	t     *lexicon.EventTrigger
	light int // word index of the light verb carrying a noun, else -1
}

func (s *Sent) events(lx *lexicon.EventLexicon, a *article.Article, ctx *story) ([]article.Event, *Chunk) {
	prev := ctx.prev
	low := s.Lower()
	var trigs []trigger
	lastLight := -1
	quoted := s.quoted()
	for i := 0; i < len(s.Words); i++ {
		if quoted[i] {
			// a direct quotation is the speaker's words: a claim
			continue
		}
		if _, n := lx.Light.Match(low, i); n > 0 && s.verbish(i) && !(i > 0 && s.Words[i-1].W == "in") {
			// ("in exchange for", "in return": a noun, no light verb)
			lastLight = i + n - 1
		}
		vals, n := lx.Triggers.Match(low, i)
		if n == 0 {
			continue
		}
		if s.Words[i].Cap && i > 0 && i != s.lead && !quoteOpen(s, i) || s.ChunkAt(i) != nil && s.Words[i].Cap && i == 0 && s.ChunkAt(i).To > 1 {
			// a word of a name: "Rapid Support Forces"
			continue
		}
		var t *lexicon.EventTrigger
		for _, c := range s.readings(vals, i) {
			if s.licensed(c, i, n, lastLight) {
				t = c
				break
			}
		}
		if t == nil {
			continue
		}
		light := -1
		if t.POS == lexicon.EventNoun && lastLight >= 0 && lastLight < i && i-lastLight <= 5 && s.plainBetween(lastLight+1, i) {
			light = lastLight
		}
		if t.POS == lexicon.EventNoun && light < 0 && i > 0 && s.Words[s.skipMods(i-1)+1].W == "the" || t.POS == lexicon.EventNoun && light < 0 && i > 0 && s.Words[i-1].W == "the" {
			// "the fighting", "the talks" once they were told: the same act
			if ctx.told[t.Type+"|"+low[i]] {
				continue
			}
		}
		if t.POS == lexicon.EventNoun {
			ctx.told[t.Type+"|"+low[i]] = true
		}
		trigs = append(trigs, trigger{at: i, n: n, t: t, light: light})
		i += n - 1
	}
	var out []article.Event
	main := s.mainSubject()
	if main != nil && main.Pronoun {
		main = prev
	}
	first := main
	seen := map[string]bool{}
	for _, tr := range trigs {
		ref := prev
		if main != nil && main.To <= tr.at {
			ref = main
		}
		e, subj := s.event(tr, a, ref, main, ctx)
		if e.Type == "ATTACK_GROUND" && tr.t.POS != lexicon.EventNoun && s.airSubject(tr.at) {
			// "Russian drones hit an apartment building": from the air
			e.Type = "ATTACK_AIR"
		}
		if r := s.resultOf(tr, out); r != nil {
			// "shelled a checkpoint, the ministry said, killing two
			// soldiers": the participle tells what the act before it did
			e.Actor, e.ActorEntity = r.Actor, r.ActorEntity
		}
		if tr.t.Has("subjaid") {
			// "trucks entered Gaza": relief is the subject, the giver unnamed
			e.Actor, e.ActorEntity = nil, nil
		}
		if (ploverOnly[e.Type] || e.Type == "VISIT") && e.Actor == nil {
			// without a doer these are mostly background words
			continue
		}
		if subj != nil && first == nil && !subj.Pronoun {
			first = subj
		}
		if tr.t.POS == lexicon.EventNoun && tr.light < 0 && e.Actor == nil && s.renames(e.Type, out) {
			// "demanded that Rwanda withdraw, a demand Kigali has
			// dismissed", "jets struck targets ..., in the heaviest attack
			// since": the noun names the act just told
			continue
		}
		// one act of a kind by one actor per sentence: "occupied the Golan
		// Heights and took more territory" tells one land grab
		key := e.Type + "|" + deref(e.Actor) + "|" + e.Modality
		if e.Actor == nil {
			key += "|" + deref(e.Target)
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		word := s.Words[tr.at].W
		if e.Time == nil && s.also() {
			// "Both countries also signed ...": as they signed before
			e.Time = ctx.dated[word]
		} else if e.Time != nil {
			ctx.dated[word] = e.Time
		}
		if len(out) > 0 && s.sharesAct(tr.at) {
			inherit(&e, &out[len(out)-1])
		}
		out = append(out, e)
		ctx.states = append(ctx.states, ctx.state)
		ctx.aims = append(ctx.aims, ctx.aimed)
		ctx.people = append(ctx.people, ctx.peopleNext)
		ctx.named = append(ctx.named, e.Target != nil)
		ctx.ground = append(ctx.ground, ctx.groundNext)
	}
	sharePlace(out)
	if e, ok := s.saidMust(a, ctx); ok && !seen[e.Type+"|"+deref(e.Actor)+"|"+e.Modality] {
		out = append(out, e)
		ctx.states = append(ctx.states, "")
		ctx.aims = append(ctx.aims, false)
		ctx.people = append(ctx.people, false)
		ctx.named = append(ctx.named, false)
		ctx.ground = append(ctx.ground, false)
	}
	return out, first
}

// reliefSubject reports relief as the subject of the verb at i: "aid was
// able to reach Gaza", "600 trucks a day are expected to enter Gaza".
func (s *Sent) reliefSubject(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.Words[k]
		if w.Punct || boundaries[w.W] || relatives[w.W] {
			return false
		}
		if reliefWords[w.W] {
			return true
		}
	}
	return false
}

var reliefWords = set("aid", "assistance", "supplies", "food", "medicine", "medicines", "fuel", "relief", "trucks",
	"convoy", "convoys", "flour", "shipments", "deliveries")

// wantedThat reports a verb in what someone demands or urges be done:
// "to demand that the junta release two journalists", "urged that troops
// withdraw". The demand is the act; its content is not.
func (s *Sent) wantedThat(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w := s.Words[k]
		if w.W == "that" {
			return demandVerbs[s.Words[k-1].W]
		}
		if w.Punct || boundaries[w.W] {
			return false
		}
	}
	return false
}

var demandVerbs = set("demand", "demanded", "demanding", "demands", "urge", "urged", "urging", "urges", "insist",
	"insisted", "insisting", "insists", "ask", "asked", "asking", "request", "requested", "requesting", "recommend",
	"recommended", "propose", "proposed", "proposing", "suggest", "suggested")

// consideration reports a noun in the list of what one side gets "in
// exchange for" or "in return for" what it gives: "release the hostages in
// exchange for more prisoners, a lasting ceasefire and a full Israeli
// withdrawal". It is a term of the deal, not an act.
func (s *Sent) consideration(i int) bool {
	for k := i - 1; k >= 2 && k >= i-25; k-- {
		w := s.Words[k]
		if w.Raw == ";" || boundaries[w.W] || relatives[w.W] {
			return false
		}
		if w.W == "for" && (s.Words[k-1].W == "exchange" || s.Words[k-1].W == "return") && s.Words[k-2].W == "in" {
			return true
		}
	}
	return false
}

// agendaOf reports an event noun that talks are about: "talks on a
// prisoner exchange had stalled", "negotiations over a withdrawal". The
// talks aim at it; nobody has done it.
func (s *Sent) agendaOf(i int) bool {
	k := s.skipMods(i - 1)
	if k >= 1 && !agendaPreps[s.Words[k].W] && !s.Words[k].Punct && !s.Words[k].Cap {
		k = s.skipMods(k - 1) // one noun before it: "a prisoner exchange"
	}
	if k < 1 || !agendaPreps[s.Words[k].W] {
		return false
	}
	return talkNouns[s.Words[k-1].W] || s.Words[k-1].W == "discussions"
}

var agendaPreps = set("on", "over", "about", "for")

// topicOf reports an event noun that is the topic of another noun, past
// "over" or "about": "a warning over threats against the Druze", "fears
// about attacks on shipping". With no actor of its own it tells no act.
func (s *Sent) topicOf(i int) bool {
	k := s.skipMods(i - 1)
	return k >= 1 && (s.Words[k].W == "over" || s.Words[k].W == "about") && !s.Words[k-1].Punct && s.ChunkAt(k-1) == nil
}

// conditionPassive reports a passive with no agent in a condition: "once a
// ceasefire is reached", "if a deal is signed" — a step a plan waits for.
func (s *Sent) conditionPassive(i, n int) bool {
	if !s.passive(i) {
		return false
	}
	if k := i + n; k < len(s.Words) && s.Words[k].W == "by" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch s.Words[k].W {
		case "once", "if", "unless", "until":
			return true
		}
		if s.Words[k].Punct {
			return false
		}
	}
	return false
}

// saidMust reads a demand made by saying what another must do: "Israel
// has said Hamas cannot run the territory", "Russia said Sudan must return
// the helicopter".
func (s *Sent) saidMust(a *article.Article, ctx *story) (article.Event, bool) {
	for k := 1; k+2 < len(s.Words); k++ {
		if !reportCues[s.Words[k].W] || reportCues[s.Words[k].W] && s.Words[k].W == "according" {
			continue
		}
		src := s.subject(k)
		if src == nil {
			continue
		}
		if src.Pronoun {
			src = ctx.prev
		}
		j := k + 1
		for j < len(s.Words) && (articles[s.Words[j].W] || s.Words[j].W == "that" || s.Words[j].W == "on" || timeWords[s.Words[j].W] || relTime[s.Words[j].W]) {
			j++
		}
		obj := s.ChunkAt(j)
		if obj == nil || obj.From != j || src == nil {
			continue
		}
		m := obj.To
		for m < len(s.Words) && adverbs[s.Words[m].W] {
			m++
		}
		if m >= len(s.Words) || !mustWords[s.Words[m].W] && !(s.Words[m].W == "has" || s.Words[m].W == "have" || s.Words[m].W == "needs") || (s.Words[m].W == "has" || s.Words[m].W == "have" || s.Words[m].W == "needs") && (m+1 >= len(s.Words) || s.Words[m+1].W != "to") {
			continue
		}
		e := article.Event{Type: "DEMAND", Plover: "DEMAND", Modality: article.Asserted, Evidence: s.Span}
		actor, target := s.appositive(src).Name, obj.Name
		e.Actor, e.Target = &actor, &target
		e.ActorEntity, e.TargetEntity = src.Entity, obj.Entity
		if e.ActorEntity == nil {
			e.ActorEntity = linkEntity(a, actor)
		}
		e.Time = s.time(a, k)
		return e, true
	}
	return article.Event{}, false
}

// mainSubject is the sentence's first actor that is not inside a
// prepositional phrase: the subject of the main clause in most news
// sentences ("Syria's new rulers have made efforts ..., meeting ...").
func (s *Sent) mainSubject() *Chunk {
	for k := range s.Chunks {
		c := &s.Chunks[k]
		if c.Place || s.afterPrep(c.From) || c.To <= s.lead {
			continue
		}
		if c.From > 0 && (reportCues[s.Words[c.From-1].W] || s.Words[c.From-1].W == "that") {
			return nil
		}
		return c
	}
	return nil
}

// readings orders the readings of a trigger word by what stands before
// it: after "the" or "Israeli" it is a noun, else a verb first. A verb
// reading is dropped where only a noun can stand.
func (s *Sent) readings(vals []*lexicon.EventTrigger, i int) []*lexicon.EventTrigger {
	var verbs, nouns []*lexicon.EventTrigger
	for _, v := range vals {
		if v.POS == lexicon.EventNoun {
			nouns = append(nouns, v)
		} else {
			verbs = append(verbs, v)
		}
	}
	if strings.HasSuffix(s.Words[i].W, "ing") && s.accusedOf(i) != nil {
		// "accused the army of bombing": a gerund, told as the accused's act
		return append(verbs, nouns...)
	}
	if s.nounContext(i) || !s.verbish(i) {
		if len(nouns) == 0 && s.verbish(i) {
			// "the ceasefire broke down": a verb that only counts with a
			// truce as its subject follows that noun
			for _, v := range verbs {
				if v.Has("subjtruce") {
					nouns = append(nouns, v)
				}
			}
		}
		return nouns
	}
	if i == 0 && strings.HasSuffix(s.Words[i].W, "ing") && i+1 < len(s.Words) && (auxes[s.Words[i+1].W] || subjVerbs[s.Words[i+1].W]) {
		// "Fighting erupted on April 15": a gerund subject
		return append(nouns, verbs...)
	}
	return append(verbs, nouns...)
}

// nounContext reports whether word i reads as a noun: after a determiner,
// a possessive, a number, an adjective-like modifier or a preposition.
func (s *Sent) nounContext(i int) bool {
	if i == 0 {
		return false
	}
	p := s.Words[i-1]
	if p.W == "to" || preps[p.W] && i > 1 && auxes[s.Words[i-2].W] {
		// "to release", "has since killed"
		return false
	}
	if strings.HasSuffix(s.Words[i].W, "ed") && !p.Poss && !p.Num && !determiners[p.W] {
		// "a ceasefire agreed to in January": a participle, not a noun
		return false
	}
	if p.Poss || p.Num || determiners[p.W] || preps[p.W] || nounMods[p.W] || p.Led || lightNoun[p.W] {
		return true
	}
	if i > 1 && determiners[s.Words[i-2].W] && len(p.W) > 4 && strings.HasSuffix(p.W, "est") {
		return true // "the heaviest attack", "the biggest exchange"
	}
	if c := s.ChunkAt(i - 1); c != nil && c.Country && !c.Noun && s.Words[i-1].Cap && demonymLike(s.Words[i-1].W) {
		return true
	}
	return false
}

// demonymLike: "Israeli", "American", "Saudi" before a word make it a noun.
func demonymLike(w string) bool {
	if strings.HasSuffix(w, "s") && len(w) > 3 {
		if c, n := lexicon.Events().Countries.Match([]string{w[:len(w)-1]}, 0); n == 1 && c[0].Demonym {
			return false // "Serbs", "Albanians": people, not a modifier
		}
	}
	c, n := lexicon.Events().Countries.Match([]string{w}, 0)
	return n == 1 && c[0].Demonym
}

// verbish reports whether word i can be a verb: not after a determiner and
// not the first word of a sentence written in lowercase context.
func (s *Sent) verbish(i int) bool {
	if i > 0 {
		p := s.Words[i-1].W
		if determiners[p] || s.Words[i-1].Poss {
			return false
		}
	}
	return true
}

// plainBetween reports whether the words between a light verb and its noun
// are only determiners, modifiers and "series of" kinds of words.
func (s *Sent) plainBetween(from, to int) bool {
	for k := from; k < to; k++ {
		w := s.Words[k]
		if w.Punct && w.Raw != "-" {
			return false
		}
		if w.Num || determiners[w.W] || nounMods[w.W] || lightFill[w.W] || w.Led || demonymLike(w.W) || strings.Contains(w.W, "-") {
			continue
		}
		return false
	}
	return true
}

// licensed applies a trigger's flags and, for nouns, asks for something
// that makes the noun an event of this text rather than a background word:
// a light verb, an actor attached to it, or a place as a clause's subject.
func (s *Sent) licensed(t *lexicon.EventTrigger, i, n, lastLight int) bool {
	after := s.window(i+n, 6)
	switch {
	case t.Has("truce") && !anyIn(s.window(i+n, 4), truceWords):
		return false
	case t.Has("pact") && !anyIn(s.window(i+n, 5), pactWords) && !(s.passive(i) && s.pactBefore(i)):
		return false
	case t.Has("subjtruce") && !anyIn(s.windowBack(i, 8), truceWords):
		return false
	case t.Has("subjaid") && !s.reliefSubject(i):
		return false
	case t.Has("aid") && !anyIn(after, aidWords) && !(s.passive(i) && anyIn(s.windowBack(i, 4), aidWords)):
		return false
	case t.Has("arms") && !anyIn(s.window(i+n, 5), armsWords) && !(s.passive(i) && anyIn(s.windowBack(i, 6), armsWords)):
		// "sent 500 troops to Mali", "Colombian soldiers were sent to
		// Cucuta"; not "sent a letter", nor "the soldiers sent a message"
		return false
	case t.Has("persons") && !s.personsAfter(i+n, 7) && !(s.passive(i) && s.personsBefore(i)):
		// "freed 20 hostages"; "Two aid workers ... have been released"
		return false
	case t.Type == "AID" && strings.HasPrefix(s.Words[i].W, "provid") && i+n < len(s.Words) && s.Words[i+n].W == "for" && anyIn(s.windowBack(i, 6), pactWords):
		// "The agreement also provides for 600 aid trucks a day": what the
		// deal lays down, no aid given
		return false
	case t.Has("civil") && !anyIn(s.window(i+n, 7), civilWords) && !(s.passive(i) && anyIn(s.windowBack(i, 8), civilWords)):
		// "evacuated 300 civilians", "the wounded were evacuated"; not
		// "evacuated the base"
		return false
	case t.Has("hostages") && !anyIn(s.window(i+n, 5), captiveWords):
		return false
	case t.Has("with") && !anyIn(s.window(i+n, 5), set("with")):
		return false
	case t.Has("weapons") && !anyIn(s.window(i+n, 5), weaponWords):
		return false
	case t.Has("inf") && !anyIn(s.window(i+n, 1), set("to")):
		return false
	case t.Has("territory") && !s.territoryAfter(i+n, 4):
		return false
	case t.Has("armed") && s.has(laborWords...):
		return false
	case t.Has("labor") && !s.has(laborWords...):
		return false
	case t.Has("hits") && s.object(i+n) == nil && !anyIn(s.window(i+n, 4), militaryTargets):
		// "an earthquake struck the region": no attack
		return false
	case t.Has("calm") && s.hostileAfter(i+n, 4):
		// "agreed to halt the offensive" stops a fight, it punishes no one
		return false
	case t.Has("obj") && s.object(i+n) == nil && !anyIn(s.window(i+n, 1), set("of", "against")):
		return false
	}
	if t.Type == "MEET" && hostForms[s.Words[i].W] && anyIn(s.window(i+n, 4), talkNouns) {
		// "hosted the negotiations": the talks are the event, the host no
		// side of them
		return false
	}
	if s.prevented(i) || s.background(t, i, n) || s.lull(i+n) || s.lulled(i) || s.embeddedQuestion(i) {
		return false
	}
	if t.POS == lexicon.EventNoun && s.consideration(i) || s.agendaOf(i) || s.wantedThat(i) {
		return false
	}
	if t.POS != lexicon.EventNoun && s.conditionPassive(i, n) {
		return false
	}
	if t.POS != lexicon.EventNoun {
		if t.Type == "AGREE" && i > 0 && pactWords[s.Words[i-1].W] {
			return true // "a ceasefire agreed to in January": the agreeing
		}
		return !s.reducedRelative(i, n) && !s.adjectival(i) && !s.planContent(t, i) && !s.wantedOnly(i) && !s.brokerParticiple(t, i, n)
	}
	if lastLight >= 0 && lastLight < i && i-lastLight <= 5 && s.plainBetween(lastLight+1, i) {
		return !s.wantedOnly(lastLight) && !s.heldByPlan(lastLight)
	}
	if s.existential(i) {
		return true // "there had been several rounds of in-person meetings"
	}
	if s.responsibilityFor(i) {
		return true // "claimed responsibility for a suicide bombing"
	}
	// an actor right before: "Israeli strikes", "Hamas-led attack", "Iran's offensive"
	if i > 0 {
		if c := s.ChunkAt(i - 1); c != nil && !c.Place && !c.Pronoun {
			return true
		}
		if s.Words[i-1].Led {
			return true
		}
	}
	// "broke the ceasefire with new airstrikes": the means of an act
	if k := s.skipMods(i - 1); k >= 0 && s.Words[k].W == "with" && k > 0 && s.ChunkAt(k-1) == nil {
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if vs, m := lexicon.Events().Triggers.Match([]string{s.Words[j].W}, 0); m > 0 && vs[0].POS != lexicon.EventNoun {
				return true
			}
		}
	}
	// "the proposal announced Tuesday by Trump"
	for k := i + n; k < len(s.Words) && k < i+n+4; k++ {
		if s.Words[k].Punct {
			break
		}
		if s.Words[k].W == "by" && s.chunkWithin(k+1, 3) != nil {
			return true
		}
	}
	// an actor or object right after: "talks between X and Y", "release of 10 hostages"
	if k := i + n; k+1 < len(s.Words) {
		switch s.Words[k].W {
		case "between", "with", "by", "against", "on":
			if (s.Words[k].W == "against" || s.Words[k].W == "on") && s.topicOf(i) {
				return false // "a warning over threats against the Druze"
			}
			if s.chunkWithin(k+1, 4) != nil {
				return true
			}
		case "of":
			if t.Has("persons") || t.Type == "RELEASE_PERSONS" {
				return true
			}
		}
	}
	// the subject of its clause: "The talks began on Saturday."
	if s.clauseSubject(i, n) {
		return t.Has("solo") || true
	}
	return false
}

// embeddedQuestion reports a verb in a question someone did not answer:
// "did not say who would mediate", "it is unclear whether talks will
// resume".
func (s *Sent) embeddedQuestion(i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		w := s.Words[k].W
		if s.Words[k].Punct {
			return false
		}
		if w == "who" || w == "whether" {
			p := s.Words[k-1].W
			return p == "say" || p == "said" || p == "unclear" || p == "know" || p == "clear" || p == "disclose" || p == "specify" || p == "decided"
		}
	}
	return false
}

// responsibilityFor reports an event noun after "responsibility for" or
// "credit for": the claimer owns the act.
func (s *Sent) responsibilityFor(i int) bool {
	k := s.skipMods(i - 1)
	if k < 2 || s.Words[k].W != "for" || s.Words[k-1].W != "responsibility" && s.Words[k-1].W != "credit" {
		return false
	}
	// "for a suicide bombing": an act told here; "for the attack" points
	// back to one told before
	return k+1 < len(s.Words) && (s.Words[k+1].W == "a" || s.Words[k+1].W == "an")
}

// existential reports "there were/had been ..." before an event noun.
func (s *Sent) existential(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w := s.Words[k]
		if beForms[w.W] || w.W == "been" {
			j := k - 1
			for j >= 0 && (auxes[s.Words[j].W] || s.Words[j].W == "also") {
				j--
			}
			return j >= 0 && s.Words[j].W == "there"
		}
		if w.Punct || !(determiners[w.W] || nounMods[w.W] || lightFill[w.W] || w.Num || numberWords[w.W]) {
			return false
		}
	}
	return false
}

// chargeFrame reports a charge's participle and the preposition it takes
// for the charge: "accused of", "charged with", "blamed for".
func chargeFrame(verb, next string) bool {
	switch {
	case strings.HasPrefix(verb, "accus") || verb == "suspected" || verb == "convicted":
		return next == "of"
	case verb == "charged":
		return next == "with"
	case verb == "blamed":
		return next == "for"
	}
	return false
}

// reducedRelative reports a participle that describes a noun rather than
// telling an act: "1,718 people detained in Gaza", "a region
// internationally recognized as part of Azerbaijan". With a by-phrase it
// is a passive act and stays.
func (s *Sent) reducedRelative(i, n int) bool {
	w := s.Words[i].W
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && !participles[w] || intransitives[w] {
		// "the truce collapsed on Friday": a verb with no object has no
		// passive participle to reduce
		return false
	}
	if n > 1 && !verbParticles[s.Words[i+n-1].W] {
		// "since the army seized power on Monday", "opened fire on": the
		// trigger holds its own object, so it is no passive
		return false
	}
	k := i - 1
	for k >= 0 && strings.HasSuffix(s.Words[k].W, "ly") {
		k--
	}
	if k < 0 {
		return false
	}
	p := s.Words[k]
	if i+n < len(s.Words) && !p.Punct && !auxes[p.W] && !beForms[p.W] && !relatives[p.W] && chargeFrame(w, s.Words[i+n].W) {
		// "a Serb politician accused of leading an armed group": the active
		// verb needs its object first ("accused X of"), so this is a passive
		// that describes the noun
		return true
	}
	if p.Raw == "," && k > 0 && i+n < len(s.Words) && s.Words[i+n].W == "since" {
		// "the Mandera crossing, closed since 2011,": a state that has
		// lasted, told as an aside, no act of the clause
		return true
	}
	if p.Raw == "," && k > 0 && s.ChunkAt(k-1) != nil && i+n < len(s.Words) && s.Words[i+n].W != "by" && preps[s.Words[i+n].W] {
		// "The soldiers, captured in a raid in 1996, were handed over":
		// what befell them, told as an aside
		return true
	}
	if s.objectParticiple(i) && i+n < len(s.Words) && s.Words[i+n].W != "by" && (preps[s.Words[i+n].W] || adverbParticles[s.Words[i+n].W]) {
		// "opened its borders to West Africans ordered out of Nigeria"
		return true
	}
	if p.Punct || p.Num || p.Cap || auxes[p.W] || beForms[p.W] || relatives[p.W] || pronouns[p.W] || p.W == "and" || p.W == "or" || s.ChunkAt(k) != nil || adverbs[p.W] || boundaries[p.W] || timeWords[p.W] || relTime[p.W] {
		return false
	}
	// the noun must sit in a noun phrase: "1,718 people", "a region"
	if !personWords[p.W] && !(k > 0 && (determiners[s.Words[k-1].W] || s.Words[k-1].Num || nounMods[s.Words[k-1].W])) {
		return false
	}
	if i+n < len(s.Words) {
		nx := s.Words[i+n].W
		return nx != "by" && (preps[nx] || nx == "as")
	}
	return false
}

// brokerParticiple reports "negotiations in Geneva mediated by the U.N.":
// the participle names the go-between of the talks its noun already tells,
// and is no second act ("the deal, mediated by the African Union" stays
// the mediation).
func (s *Sent) brokerParticiple(t *lexicon.EventTrigger, i, n int) bool {
	noun := false
	for k := i - 1; k >= 0 && k >= i-6 && !s.Words[k].Punct; k-- {
		vs, m := lexicon.Events().Triggers.Match([]string{s.Words[k].W}, 0)
		if m > 0 && vs[0].POS == lexicon.EventNoun && (vs[0].Type == t.Type || talkTypes[vs[0].Type] && talkTypes[t.Type]) {
			noun = true // "talks hosted by Kenya": the talks, hosted
			break
		}
	}
	if !noun {
		return false
	}
	k := i - 1
	for k >= 0 && adverbs[s.Words[k].W] {
		k--
	}
	if k >= 0 && (auxes[s.Words[k].W] || beForms[s.Words[k].W] || relatives[s.Words[k].W]) {
		return false // "the talks were mediated by Qatar", "which Qatar mediated"
	}
	if i+n >= len(s.Words) || s.Words[i+n].W != "by" {
		return false
	}
	c := s.chunkWithin(i+n+1, 3)
	return c != nil && s.brokerAt(c)
}

// talkTypes are the acts of talking a host or broker stands behind.
var talkTypes = set("NEGOTIATE", "MEET")

// adjectival reports a participle used as an adjective before its noun:
// "buses carrying freed prisoners".
func (s *Sent) adjectival(i int) bool {
	if i == 0 || i+1 >= len(s.Words) || !strings.HasSuffix(s.Words[i].W, "ed") {
		return false
	}
	p := s.Words[i-1].W
	if (p == "at" || p == "an" || p == "the" || p == "to") && nounAfter(s.Words[i+1]) {
		return true // "assembled at agreed points", "the agreed text"
	}
	if (preps[p] && p != "to" || articles[p]) && s.Words[i+1].Cap {
		return true // "grain from occupied Crimea", "the annexed Golan Heights"
	}
	return (strings.HasSuffix(p, "ing") || determiners[p]) && personWords[s.Words[i+1].W]
}

// nounAfter reports a word that can head the noun phrase a participle
// modifies: lowercase, no function word, no verb form.
func nounAfter(w Word) bool {
	return !w.Punct && !w.Cap && !w.Num && !preps[w.W] && !determiners[w.W] && !auxes[w.W] && !stopWords[w.W] &&
		!boundaries[w.W] && w.W != "to" && !strings.HasSuffix(w.W, "ed") && !strings.HasSuffix(w.W, "ly")
}

// heldByPlan reports a verb in the infinitive after a plan, a pact or an
// aim: "a proposal to withdraw its forces", "a proposal to hold talks" (the
// light verb of a noun event): what the plan holds.
func (s *Sent) heldByPlan(i int) bool {
	return i > 1 && s.Words[i-1].W == "to" && (proposalNouns[s.Words[i-2].W] || pactWords[s.Words[i-2].W] || goalNouns[s.Words[i-2].W])
}

// planContent reports a demand or proposal verb whose subject is the plan
// itself ("the proposal calls for Hamas to release"): what the plan holds,
// not an act.
func (s *Sent) planContent(t *lexicon.EventTrigger, i int) bool {
	if s.heldByPlan(i) || s.obligedBy(i) {
		return true
	}
	if t.Type != "DEMAND" && t.Type != "PROPOSE" || strings.HasSuffix(s.Words[i].W, "ing") {
		return false
	}
	if i > 0 && s.Words[i-1].Raw == "," {
		// "The deal, mediated by the African Union, calls for": past the
		// aside to the plan
		for k := i - 2; k > 0 && k >= i-14; k-- {
			if s.Words[k].Raw == "," {
				i = k
				break
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.Words[k].W
		if w == "and" || w == "but" {
			break // "welcomed the agreement and urged": a verb of its own
		}
		if !proposalNouns[w] && !pactWords[w] {
			continue
		}
		// "the proposal calls for": what the plan holds; "issued a
		// declaration demanding" is an act
		d := k - 1
		for d >= 0 && (nounMods[s.Words[d].W] || s.Words[d].Num || strings.Contains(s.Words[d].W, "-")) {
			d--
		}
		return d < 0 || s.Words[d].W == "the" || s.Words[d].W == "its" || s.Words[d].W == "this" || s.Words[d].W == "their"
	}
	return false
}

// obligedBy reports an act an agreed text binds its parties to: "the
// declaration obliges both sides to withdraw forces", "signed a
// declaration committing to allow aid". These are the agreement's terms;
// what a proposal "calls for" stays a proposed event.
func (s *Sent) obligedBy(i int) bool {
	from := s.clauseStart(i)
	for k := i - 1; k >= from && k >= i-30; k-- {
		if s.Words[k].Raw == "," && k+1 < len(s.Words) && (preps[s.Words[k+1].W] || boundaries[s.Words[k+1].W]) {
			return false // ", in a ceremony hosted by ...": past the obligations
		}
		switch s.Words[k].W {
		case "obliges", "obligates", "binds", "commits", "committing", "requires", "obliging":
			for j := k - 1; j >= 0 && j >= k-12; j-- {
				w := s.Words[j].W
				if pactWords[w] && !proposalNouns[w] {
					return true
				}
			}
		}
	}
	return false
}

// prevented reports an event noun that is the object of preventing or
// ending it: "preventing conflict", "reducing Israeli incursions".
func (s *Sent) prevented(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.Words[k].W
		if preventWords[w] {
			return true
		}
		if s.Words[k].Punct {
			return false
		}
	}
	return false
}

// lull reports an event noun whose verb says it died down: "fighting has
// largely subsided", "the shelling eased overnight". A lull is no attack.
func (s *Sent) lull(k int) bool {
	if k < len(s.Words) && s.Words[k].W == "between" {
		// "fighting between the army and the jihadists has eased": past
		// the sides to the verb
		for j := k + 1; j < len(s.Words) && j < k+10 && !s.Words[j].Punct; j++ {
			if auxes[s.Words[j].W] || lullVerbs[s.Words[j].W] {
				k = j
				break
			}
		}
	}
	for k < len(s.Words) && (auxes[s.Words[k].W] || adverbs[s.Words[k].W] || lullAdverbs[s.Words[k].W]) {
		k++
	}
	return k < len(s.Words) && lullVerbs[s.Words[k].W]
}

// lulled reports a verb at i that says an act died down ("fighting ...
// has eased"): no easing of a policy, and no act of its own.
func (s *Sent) lulled(i int) bool {
	if !lullVerbs[s.Words[i].W] {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-10 && !s.Words[k].Punct; k-- {
		if s.lull(k + 1) {
			if vs, n := lexicon.Events().Triggers.Match([]string{s.Words[k].W}, 0); n > 0 && hostileNoun(vs) {
				return true
			}
		}
	}
	return false
}

// territoryAfter reports ground taken within n words from i: "took the
// town", "took control of"; "control" before another noun ("taken control
// measures") is no ground.
func (s *Sent) territoryAfter(i, n int) bool {
	for k := i; k < len(s.Words) && k < i+n; k++ {
		w := s.Words[k].W
		if !territoryWords[w] {
			continue
		}
		if w != "control" || k+1 < len(s.Words) && (s.Words[k+1].W == "of" || s.Words[k+1].W == "over") {
			return true
		}
	}
	return false
}

// hostileNoun reports a trigger word with a reading as an act of force.
func hostileNoun(vs []*lexicon.EventTrigger) bool {
	for _, v := range vs {
		if hostile[v.Plover] {
			return true
		}
	}
	return false
}

// hostileAfter reports a hostile act named within n words from i, before
// the phrase ends: "halt the offensive", "suspend air strikes".
func (s *Sent) hostileAfter(i, n int) bool {
	lx, low := lexicon.Events(), s.Lower()
	for k := i; k < len(s.Words) && k < i+n; k++ {
		w := s.Words[k]
		if w.Punct || preps[w.W] || stopWords[w.W] {
			return false
		}
		if hostileWords[w.W] {
			return true
		}
		if vs, m := lx.Triggers.Match(low, k); m > 0 && slices.ContainsFunc(vs, func(v *lexicon.EventTrigger) bool {
			// "attacks" is a verb's form too: its noun reading counts
			return v.POS == lexicon.EventNoun && hostile[v.Plover]
		}) {
			return true
		}
	}
	return false
}

// clauseSubject reports whether the noun at i opens its clause and a verb
// follows it closely.
func (s *Sent) clauseSubject(i, n int) bool {
	k := s.skipMods(i - 1)
	if k >= 0 && !(s.Words[k].Punct && s.Words[k].Raw == ",") {
		return false
	}
	for j := i + n; j < len(s.Words) && j < i+n+5; j++ {
		w := s.Words[j].W
		if s.Words[j].Punct {
			return false
		}
		if reportCues[w] || w == "reported" {
			return false
		}
		if subjVerbs[w] {
			return true
		}
		if auxes[w] {
			// "The talks have not been previously reported": talk about
			// the talks, no event
			for k := j + 1; k < len(s.Words) && k < j+5; k++ {
				if reportCues[s.Words[k].W] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// window returns up to n lowercase words from word i on.
func (s *Sent) window(i, n int) []string {
	var out []string
	for k := i; k < len(s.Words) && k < i+n; k++ {
		out = append(out, s.Words[k].W)
	}
	return out
}

func (s *Sent) windowBack(i, n int) []string {
	var out []string
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		out = append(out, s.Words[k].W)
	}
	return out
}

func anyIn(ws []string, m map[string]bool) bool {
	for _, w := range ws {
		if m[w] {
			return true
		}
	}
	return false
}

// personsAfter reports whether people (a count, a person or a word for
// captives) follow within n words.
func (s *Sent) personsAfter(i, n int) bool {
	for k := i; k < len(s.Words) && k < i+n; k++ {
		w := s.Words[k]
		if w.Punct && (w.Raw == "." || w.Raw == ";") {
			return false
		}
		if personWords[w.W] {
			return true
		}
		// "the two engineers", "14 suspects": counted people
		// but not a span ("within 15 days", "for two weeks")
		if (w.Num || numberWords[w.W]) && k+1 < len(s.Words) && strings.HasSuffix(s.Words[k+1].W, "s") && !spanUnits[s.Words[k+1].W] {
			return true
		}
		if c := s.ChunkAt(k); c != nil && (c.Person || demonymPlural(w.W)) {
			return true
		}
		// "freed three more on Sunday", "released another 20": the people
		// counted before, with no noun again
		if (w.Num || numberWords[w.W]) && k <= i+1 {
			e := k + 1
			if e < len(s.Words) && s.Words[e].W == "more" {
				e++
			} else if k == i || s.Words[k-1].W != "another" {
				continue
			}
			if e >= len(s.Words) || s.Words[e].Punct || preps[s.Words[e].W] || s.isTimeWord(e) || relTime[s.Words[e].W] {
				return true
			}
		}
	}
	return false
}

// personsBefore reports people as the subject of a passive at word i:
// "Two French aid workers who were kidnapped in August have been released",
// "The pair were handed over".
func (s *Sent) personsBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-16; k-- {
		w := s.Words[k]
		if w.Punct && w.Raw != "," || w.W == "said" || w.W == "that" {
			return false
		}
		if personWords[w.W] || w.W == "pair" || w.W == "couple" || w.W == "trio" {
			return true
		}
		if c := s.ChunkAt(k); c != nil && c.Person {
			return true
		}
	}
	return false
}

func demonymPlural(w string) bool {
	return demonymLike(w) && strings.HasSuffix(w, "s")
}

func (s *Sent) chunkWithin(i, n int) *Chunk {
	for k := i; k < len(s.Words) && k < i+n; k++ {
		if s.Words[k].Punct {
			return nil
		}
		if c := s.ChunkAt(k); c != nil {
			return c
		}
	}
	return nil
}

// skipMods steps left from word k over determiners and modifiers.
func (s *Sent) skipMods(k int) int {
	for k >= 0 && (determiners[s.Words[k].W] || nounMods[s.Words[k].W] || gapWords[s.Words[k].W]) {
		k--
	}
	return k
}

// afterPrep reports whether word i follows a preposition (skipping
// determiners and modifiers), so a chunk there is no subject.
func (s *Sent) afterPrep(i int) bool {
	k := s.skipMods(i - 1)
	return k >= 0 && preps[s.Words[k].W]
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// resultOf is the act of force told before a participle of result ("...,
// killing four soldiers") in the same sentence, whose doer the participle
// shares, or nil.
func (s *Sent) resultOf(tr trigger, out []article.Event) *article.Event {
	if tr.t.POS == lexicon.EventNoun || tr.at == 0 || s.Words[tr.at-1].Raw != "," || !strings.HasSuffix(s.Words[tr.at].W, "ing") {
		return nil
	}
	for k := len(out) - 1; k >= 0; k-- {
		if force[out[k].Type] && out[k].Actor != nil && out[k].Modality != article.Negated {
			return &out[k]
		}
	}
	return nil
}

// renames reports an act of the type already told in the sentence (any
// act of force for an act of force), which a doerless noun after it
// names again.
func (s *Sent) renames(typ string, out []article.Event) bool {
	for _, e := range out {
		if e.Type == typ || force[typ] && force[e.Type] && typ != "KILL" {
			return true
		}
	}
	return false
}

// airSubject reports a weapon of the air as the subject right before the
// verb at i: "drones hit", "Israeli jets struck", "missiles slammed into".
func (s *Sent) airSubject(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		w := s.Words[k]
		if airWeapons[w.W] {
			return true
		}
		if w.Punct || !auxes[w.W] && !adverbs[w.W] {
			return false
		}
	}
	return false
}

var airWeapons = set("drones", "drone", "jets", "warplanes", "aircraft", "missiles", "missile", "rockets",
	"helicopters", "bombers", "planes")
