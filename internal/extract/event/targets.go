package event

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
)

// Types whose target may be read off the place the act lands on: strikes
// "on nuclear sites in Iran" hit Iran, a withdrawal "from Gaza" is from
// Gaza, aid "to Sudan" goes to Sudan, a visit "to Egypt" is to Egypt.
var placeTargets = set("ATTACK_GROUND", "ATTACK_AIR", "KILL", "ABDUCT", "WITHDRAW", "AID", "VISIT", "DEPLOY")

// Types done by one side of a conflict to the other: with no target in the
// clause, a story about two sides means the other one.
var sideTargets = set("ATTACK_GROUND", "ATTACK_AIR", "KILL", "ABDUCT", "RELEASE_PERSONS", "CEASEFIRE_BREAK",
	"THREATEN", "DEMAND", "PROPOSE")

// Types whose place is the actor's target when the target is a place:
// "attacked southern Israel" happened in southern Israel.
var onPlace = set("ATTACK_GROUND", "ATTACK_AIR", "KILL", "ABDUCT")

// Acts of diplomacy, done where the reporters are.
var diplomatic = set("AGREE", "MEET", "NEGOTIATE", "CEASEFIRE_START", "PROPOSE", "REJECT", "MEDIATE")

var forceWords = set("troops", "forces", "soldiers", "units", "army", "personnel", "fighters", "brigades", "battalions")

// armsWords are what a state sends or stations when it deploys: its forces
// and the police and warships it moves like them.
var armsWords = set("troops", "forces", "soldiers", "units", "personnel", "brigades", "battalions", "peacekeepers",
	"police", "officers", "reinforcements", "warships", "marines", "paratroopers", "commandos", "gendarmes", "tanks", "missiles",
	"warplanes", "jets")

var directionWords = set("southern", "northern", "eastern", "western", "central", "south", "north", "east", "west",
	"northeastern", "northwestern", "southeastern", "southwestern", "occupied")

// ownForces drops "troops" as the target of a withdrawal or deployment
// (the actor moves its own forces; the target is where from or to),
// "its forces" as the target of any act, and weapons as the target of an
// attack (its means).
func ownForces(typ string, targets []*Chunk, s *Sent) []*Chunk {
	if len(targets) == 1 && onPlace[typ] && targets[0].Noun && !targets[0].Country && targets[0].Entity == nil &&
		s.here(targets[0]) && weaponNouns[s.Words[targets[0].To-1].W] {
		return nil // "fired drones at the ship": the means, not the target
	}
	if len(targets) != 1 || !targets[0].Noun || !s.here(targets[0]) || !forceWords[s.Words[targets[0].To-1].W] {
		return targets
	}
	if typ == "WITHDRAW" || typ == "DEPLOY" {
		return nil
	}
	// "agreed to a proposal to withdraw its forces": the actor's own
	if f := targets[0].From; f > 0 && (s.Words[f-1].W == "its" || s.Words[f-1].W == "their") {
		return nil
	}
	return targets
}

// personsOf reads the side that captives or victims belong to from the
// demonym before them: "freed 20 Israeli hostages" (to Israel), "releasing
// Palestinian prisoners" (to the Palestinians).
func (s *Sent) personsOf(i int) *Chunk {
	for k := i; k < len(s.Words) && k < i+8; k++ {
		w := s.Words[k]
		if w.Punct && w.Raw != "," || stopWords[w.W] || preps[w.W] && w.W != "of" {
			return nil
		}
		c := s.ChunkAt(k)
		if c == nil {
			continue
		}
		if c.Country && c.To < len(s.Words) && personWords[s.Words[c.To].W] {
			return &Chunk{From: c.From, To: c.To, Name: c.Name, Country: true, Entity: c.Entity}
		}
		return nil
	}
	return nil
}

// Types whose explicit target shows who the actor is up against.
// Releases are left out: the people freed belong to the other side, but
// are not it ("Palestinian prisoners" when the side is Hamas).
var adversaryActs = set("ATTACK_GROUND", "ATTACK_AIR", "KILL", "ABDUCT", "CEASEFIRE_BREAK",
	"CEASEFIRE_START", "THREATEN", "DEMAND", "NEGOTIATE", "AGREE")

// counterparts fills the missing target of an act one side of a conflict
// does to the other ("Israel broke the ceasefire", "Hamas is due to hand
// over the bodies") with the side the actor most often deals with in the
// article's other events. states[i] is the state event i's actor speaks
// for ("Netanyahu": Israel); aims[i] that the text names what the act is
// done to ("airstrikes on smuggling camps"), so it gets no side. Only the
// story's sides (states and armed groups named twice or more) count: a
// president is no side.
func counterparts(evs []article.Event, states []string, aims []bool, sides []string) {
	side := map[string]bool{}
	for _, x := range sides {
		side[x] = true
	}
	type pair struct{ a, b string }
	count := map[pair]int{}
	var order []pair
	add := func(a, b string) {
		p := pair{a, b}
		if count[p] == 0 {
			order = append(order, p)
		}
		count[p]++
	}
	for i, e := range evs {
		if !adversaryActs[e.Type] || e.Target == nil || states[i] == "" || !side[states[i]] || !side[*e.Target] {
			continue
		}
		add(states[i], *e.Target)
		add(*e.Target, states[i])
	}
	best := map[string]string{}
	for _, p := range order {
		if b, ok := best[p.a]; !ok || count[p] > count[pair{p.a, b}] {
			best[p.a] = p.b
		}
	}
	if a, b := belligerents(evs, states, side); a != "" {
		// two sides that do the fighting and the freeing face each
		// other, whoever else the story names (a mediator is no side)
		if _, ok := best[a]; !ok {
			best[a] = b
		}
		if _, ok := best[b]; !ok {
			best[b] = a
		}
	}
	for i := range evs {
		e := &evs[i]
		if e.Target != nil || !sideTargets[e.Type] || states[i] == "" || aims[i] || strings.Contains(deref(e.Actor), "; ") {
			continue // a joint act ("both sides will release") has no other side
		}
		if b, ok := best[states[i]]; ok && !oneOf(b, deref(e.Actor)) {
			name := b
			e.Target = &name
		}
	}
}

// Acts only a party to the conflict does.
var belligerentActs = set("ATTACK_GROUND", "ATTACK_AIR", "KILL", "ABDUCT", "RELEASE_PERSONS", "CEASEFIRE_BREAK")

// belligerents are the two sides that most often act in or suffer the
// fighting, the freeing of captives and the breaking of truces; none
// unless there are two.
func belligerents(evs []article.Event, states []string, side map[string]bool) (string, string) {
	n := map[string]int{}
	var order []string
	add := func(x string) {
		if !side[x] {
			return
		}
		if n[x] == 0 {
			order = append(order, x)
		}
		n[x]++
	}
	for i, e := range evs {
		if !belligerentActs[e.Type] || e.Modality == article.Negated {
			continue
		}
		add(states[i])
		if e.Type != "RELEASE_PERSONS" && e.Target != nil {
			add(*e.Target)
		}
	}
	a, b := "", ""
	for _, x := range order {
		switch {
		case a == "" || n[x] > n[a]:
			a, b = x, a
		case b == "" || n[x] > n[b]:
			b = x
		}
	}
	if b == "" {
		return "", ""
	}
	return a, b
}

// placeOfTarget is the place phrase of a target that is a place: the
// chunk with a direction word before it ("southern Israel").
func (s *Sent) placeOfTarget(c *Chunk) string {
	from := c.From
	if from > 0 && directionWords[s.Words[from-1].W] {
		from--
	}
	if from >= c.To || c.To > len(s.Words) {
		return c.Name
	}
	return joinRaw(s.Words[from:c.To])
}

// dateline reads the city of a wire dateline opening the sentence
// ("JEDDAH, Saudi Arabia --", "KYIV (Reuters) -"); several cities
// ("JERUSALEM/CAIRO") name no one place.
func (s *Sent) dateline() string {
	k := 0
	for k < len(s.Words) && !s.Words[k].Punct && upperWord(s.Words[k].Raw) {
		k++
	}
	if k == 0 || k >= len(s.Words) {
		return ""
	}
	// a dash must follow within a few words
	dash := false
	for j := k; j < len(s.Words) && j < k+8; j++ {
		r := s.Words[j].Raw
		if r == "-" || r == "--" || r == "—" || r == "–" {
			dash = true
			break
		}
		if r == "/" || r == "." || r == ";" {
			return ""
		}
	}
	if !dash {
		return ""
	}
	parts := make([]string, 0, k)
	for _, w := range s.Words[:k] {
		parts = append(parts, titleWord(w.Raw))
	}
	return strings.Join(parts, " ")
}

// DatelineEnd is the index of the first word after a wire dateline that
// opens the sentence ("ISTANBUL --", "TRIPOLI, Libya (AP) --",
// "JERUSALEM/CAIRO -"), 0 when it has none.
func (s *Sent) DatelineEnd() int {
	if c := s.ClockEnd(); c > 0 {
		return c
	}
	k := 0
	for k < len(s.Words) && upperWord(s.Words[k].Raw) {
		k++
	}
	if k == 0 {
		return 0
	}
	// "JEDDAH, Saudi Arabia, Oct 29 (Reuters) -": a state, a date and
	// the agency may stand between the city and the dash
	for j := k; j < len(s.Words) && j < k+16; j++ {
		// ("KINGSTOWN, St Vincent, March 16, 2032 (AP) -" runs to 13)
		switch s.Words[j].Raw {
		case "-", "--", "—", "–":
			return j + 1
		case ".", ";":
			if s.Words[j].Raw == "." && monthAbbrevs[s.Words[j-1].W] {
				continue // "BAKU, Sept. 20, 2026 -"
			}
			return 0
		}
	}
	return 0
}

// monthAbbrevs are months cut short in datelines ("Sept.", "Jan.").
var monthAbbrevs = set("jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec")

// ClockEnd is the index of the first word after a live page's time stamp
// that opens the sentence ("09:40 GMT - Israel said", "1423 GMT —",
// "10.05am -"), 0 when it has none.
func (s *Sent) ClockEnd() int {
	if len(s.Words) == 0 || !s.Words[0].Num {
		return 0
	}
	for j := 1; j < len(s.Words) && j < 6; j++ {
		w := s.Words[j]
		switch {
		case w.Raw == "-" || w.Raw == "--" || w.Raw == "—" || w.Raw == "–":
			return j + 1
		case w.Num || w.Raw == ":" || w.Raw == "." || clockWords[w.W] || upperWord(w.Raw) && len(w.Raw) <= 4:
		default:
			return 0
		}
	}
	return 0
}

// clockWords may follow the digits of a time stamp.
var clockWords = set("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "local", "time", "gmt", "utc", "hrs", "h")

// landPlaces gives an attack, a killing or aid with no place in its clause
// the place it was aimed at, when that is a state or a place and not a
// group: "the Hamas-led attack, which killed 1,200 people" (on Israel, the
// other of the two sides that fight), "aid to Gaza". A group ("strikes on
// Hamas") says nothing of where; b1 and b2 are the story's belligerents.
func landPlaces(evs []article.Event, a *article.Article, ctx *story, b1, b2 string) {
	for k := range evs {
		e := &evs[k]
		if k < len(ctx.people) && ctx.people[k] || e.Place != nil || e.Target == nil || !onPlace[e.Type] && e.Type != "AID" || e.Modality == "negated" {
			continue
		}
		t := *e.Target
		if k < len(ctx.named) && !ctx.named[k] && k < len(ctx.ground) && ctx.ground[k] && k < len(ctx.states) && ctx.states[k] != t && placeName(a, ctx.states[k]) {
			// "Azerbaijani forces recaptured much of the region": ground
			// one state took from another may lie in either, not surely in
			// the side guessed as its target ("the Houthis seized the
			// capital": a group's war is in its own state)
			continue
		}
		if k < len(ctx.named) && !ctx.named[k] && !(b1 != "" && k < len(ctx.states) && (ctx.states[k] == b1 && t == b2 || ctx.states[k] == b2 && t == b1)) {
			// a target guessed from the story counts only between the two
			// sides that fight, not for the side an actor deals with
			continue
		}
		if strings.Contains(t, "; ") || !placeName(a, t) {
			continue
		}
		e.Place = &t
	}
}

// placeName reports a state (by the lexicon) or a place the entity stage
// found.
func placeName(a *article.Article, n string) bool {
	if cs, m := lexicon.Events().Countries.Match(strings.Fields(strings.ToLower(n)), 0); m > 0 && m == len(strings.Fields(n)) && cs[0].Name == n {
		return true
	}
	for _, en := range a.Entities {
		if en.Type == article.Place && en.Name == n {
			return true
		}
	}
	return false
}

// upperWord: a word of two letters or more, all capitals.
func upperWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '-' || r == '\'' || r == '.':
		default:
			if r >= 'a' && r <= 'z' || r == '/' {
				return false
			}
			if r > 127 && strings.ToUpper(string(r)) != string(r) {
				return false
			}
		}
	}
	return letters >= 2
}

// titleWord writes "JEDDAH" as "Jeddah", "PORT-AU-PRINCE" as "Port-Au-Prince".
func titleWord(w string) string {
	var b strings.Builder
	up := true
	for _, r := range strings.ToLower(w) {
		if up {
			b.WriteString(strings.ToUpper(string(r)))
		} else {
			b.WriteRune(r)
		}
		up = r == '-' || r == ' '
	}
	return b.String()
}

// countryChunk reports a place chunk that is a state or territory of the
// country lexicon.
func countryChunk(c *Chunk) bool {
	if c == nil {
		return false
	}
	if c.Country {
		return true
	}
	ws := lexicon.EventWords(c.Name)
	cs, n := lexicon.Events().Countries.Match(ws, 0)
	return n > 0 && n == len(ws) && !cs[0].Demonym
}

// sharesAct reports a verb that continues the act before it: a participle
// ("attacked southern Israel, killing 1,200 people") or a relative clause
// on the event noun ("the attack on the town, which killed nine").
func (s *Sent) sharesAct(i int) bool {
	if i <= 0 || i >= len(s.Words) {
		return false
	}
	if s.dependent(i) && strings.HasSuffix(s.Words[i].W, "ing") {
		return true
	}
	p := i - 1
	for p > 0 && adverbs[s.Words[p].W] {
		p--
	}
	return s.Words[p].W == "which" || s.Words[p].W == "that" && p > 0 && s.Words[p-1].Raw != ","
}

// inherit gives an act that continues the one before it that act's doer
// when it names none ("was attacked by militiamen, killing 30"), and, by
// the same actor, that act's target and place when it names none.
func inherit(e, prev *article.Event) {
	if e.Actor == nil && prev.Actor != nil {
		e.Actor, e.ActorEntity = prev.Actor, prev.ActorEntity
	}
	if deref(e.Actor) != deref(prev.Actor) || e.Actor == nil {
		return
	}
	if e.Target == nil && prev.Target != nil {
		e.Target, e.TargetEntity = prev.Target, prev.TargetEntity
	}
	if e.Place == nil && prev.Place != nil {
		e.Place = prev.Place
	}
}

// groundObject reports an object at word i that is ground told by a
// common noun: "the region", "much of the town", "two villages".
func (s *Sent) groundObject(i int) bool {
	k := i
	for k < len(s.Words) && k < i+5 && (articles[s.Words[k].W] || determiners[s.Words[k].W] || s.Words[k].Num || numberWords[s.Words[k].W] ||
		partWords[s.Words[k].W] || s.Words[k].W == "of" || nounMods[s.Words[k].W]) {
		k++
	}
	return k > i && k < len(s.Words) && placeNouns[s.Words[k].W] && s.ChunkAt(k) == nil
}

// aimedAt reports an attack aimed at something the clause names, an actor
// or not: "airstrikes on smuggling camps", "an assault against the base".
func (s *Sent) aimedAt(typ string, i int) bool {
	if typ != "ATTACK_AIR" && typ != "ATTACK_GROUND" {
		return false
	}
	k := i
	for k < len(s.Words) && (nounMods[s.Words[k].W] || adverbs[s.Words[k].W]) {
		k++
	}
	return k+1 < len(s.Words) && (s.Words[k].W == "on" || s.Words[k].W == "against") && !s.isTimeWord(k+1) && !s.Words[k+1].Num
}

// datePrev dates the undated acts of a sentence that goes on with the one
// before: "In return, Israel freed ..." after "Hamas freed ... on Monday".
func datePrev(s *Sent, evs, prev []article.Event) {
	var last *string
	for k := range prev {
		if prev[k].Time != nil {
			last = prev[k].Time
		}
	}
	if last == nil {
		return
	}
	if !s.opensWith(continuers) {
		return
	}
	for k := range evs {
		if evs[k].Time == nil {
			evs[k].Time = last
		}
	}
}

// continuers open a sentence that tells what happened at the same time as
// the one before.
var continuers = [][]string{{"in", "return"}, {"in", "exchange"}, {"at", "the", "same", "time"}, {"meanwhile"},
	{"simultaneously"}}

// opensWith reports a sentence that opens with one of the phrases.
func (s *Sent) opensWith(phrases [][]string) bool {
	for _, p := range phrases {
		if len(p) > len(s.Words) {
			continue
		}
		ok := true
		for k, w := range p {
			if s.Words[k].W != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// also reports "also" early in the sentence, before any comma: "Both
// countries also signed".
func (s *Sent) also() bool {
	for k, w := range s.Words {
		if k > 8 || w.Punct {
			return false
		}
		if w.W == "also" {
			return true
		}
	}
	return false
}

// territoryNouns refer back to a place named before: "aid into the
// territory", "retook the enclave".
var territoryNouns = set("territory", "enclave", "strip", "region", "area", "province", "city", "town")

// territoryRef resolves "the territory" at word k to the place named last
// before it, in this sentence or an earlier one (last).
func (s *Sent) territoryRef(k int, last *Chunk) *Chunk {
	if k <= 0 || k >= len(s.Words) || !territoryNouns[s.Words[k].W] || s.Words[k-1].W != "the" && s.Words[k-1].W != "that" {
		return nil
	}
	if k+1 < len(s.Words) && (s.Words[k+1].W == "of" || s.Words[k+1].Cap) {
		return nil // "the region of Tigray", "the city Council": named here
	}
	for c := len(s.Chunks) - 1; c >= 0; c-- {
		if s.Chunks[c].To <= k && s.Chunks[c].Place {
			return &Chunk{Name: s.Chunks[c].Name, Entity: s.Chunks[c].Entity, Place: true}
		}
	}
	return last
}

// lastPlace is the last place (not a state) the sentence names.
func (s *Sent) lastPlace() *Chunk {
	for c := len(s.Chunks) - 1; c >= 0; c-- {
		if s.Chunks[c].Place {
			return &Chunk{Name: s.Chunks[c].Name, Entity: s.Chunks[c].Entity, Place: true}
		}
	}
	return nil
}

// objectWord is the head word of the phrase right after word i, past
// articles and modifiers ("retook the territory": territory).
func (s *Sent) objectWord(i int) int {
	k := i
	for k < len(s.Words) && (determiners[s.Words[k].W] || nounMods[s.Words[k].W]) {
		k++
	}
	return k
}

// placeWord is the index of the one-word place phrase p after word i.
func (s *Sent) placeWord(i int, p string) int {
	for k := i + 1; k < len(s.Words); k++ {
		if strings.EqualFold(s.Words[k].Raw, p) {
			return k
		}
	}
	return -1
}

// background reports a trigger that tells no act of this story: a
// request for comment ("did not respond to requests for comment"), an act
// told already ("such talks", "those strikes"), a standing relation
// ("Iran, which has long supported Hamas").
func (s *Sent) background(t *lexicon.EventTrigger, i, n int) bool {
	w := s.Words[i].W
	if (w == "request" || w == "requests") && i+n+1 < len(s.Words) && s.Words[i+n].W == "for" && s.Words[i+n+1].W == "comment" {
		return true
	}
	// "who asked not to be identified": a source's terms, no act
	for k := i + n; k < len(s.Words) && k <= i+n+4; k++ {
		if x := s.Words[k].W; x == "identified" || x == "named" || x == "anonymity" {
			return k > 0 && (s.Words[i+n].W == "not" || s.Words[i+n].W == "for" || s.Words[i+n].W == "to")
		}
	}
	if t.POS == lexicon.EventNoun {
		for k := i - 1; k >= 0 && (determiners[s.Words[k].W] || nounMods[s.Words[k].W]); k-- {
			if backRefs[s.Words[k].W] {
				return true
			}
		}
		// "The appointment came as ...": the act just told, as a time for
		// the next
		if i > 0 && s.Words[i-1].W == "the" && i+n < len(s.Words) && (s.Words[i+n].W == "came" || s.Words[i+n].W == "comes") {
			return true
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch s.Words[k].W {
		case "long":
			return k > 0 && auxes[s.Words[k-1].W]
		case "not", "never":
			return false
		}
		if !adverbs[s.Words[k].W] {
			return false
		}
	}
	return false
}

// backRefs before an event noun point back at acts told already.
var backRefs = set("such", "similar", "those", "these")

// wantedOnly reports a verb at k that someone else wants done, not an act:
// the infinitive after a directive ("encourages the new rulers to
// establish relations", "persuade Hamas to embrace a deal") or after a
// goal noun ("an opportunity to reach an agreement"). The directive
// itself is the event (a DEMAND) when the lexicon lists it.
func (s *Sent) wantedOnly(k int) bool {
	if k < 2 || k >= len(s.Words) || s.Words[k-1].W != "to" {
		return false
	}
	g := k - 2
	if g > 0 && s.Words[g].Punct && (s.Words[g].Raw == "”" || s.Words[g].Raw == "\"" || s.Words[g].Raw == "’") {
		g-- // a “big opportunity” to reach
	}
	if goalNouns[s.Words[g].W] {
		return true
	}
	for j := k - 2; j >= 0 && j >= k-9; j-- {
		w := s.Words[j]
		if w.Punct || boundaries[w.W] || relatives[w.W] || w.W == "that" {
			return false
		}
		// "it should work to reach understandings": advice, not an act
		if directives[w.W] || w.W == "should" || w.W == "ought" {
			return true
		}
	}
	return false
}

var directives = set("encourage", "encourages", "encouraged", "encouraging", "persuade", "persuades", "persuaded",
	"persuading", "urge", "urges", "urged", "urging", "press", "presses", "pressed", "pressing", "pressure",
	"pressures", "pressured", "pressuring", "convince", "convinces", "convinced", "convincing", "ask", "asks",
	"asked", "asking", "push", "pushes", "pushed", "pushing", "prod", "prods", "prodded", "nudge", "nudged",
	"invite", "invites", "invited", "implore", "implored", "exhort", "exhorted", "tell", "tells", "told")

// sharePlace gives the diplomatic acts of one sentence that name no place
// the one place the others name: "signed a declaration at the White House
// ..., in a ceremony hosted by Trump".
func sharePlace(evs []article.Event) {
	var place *string
	for k := range evs {
		p := evs[k].Place
		if p == nil || !diplomatic[evs[k].Type] {
			continue
		}
		if place != nil && *place != *p {
			return // two places: which is whose is not clear
		}
		place = p
	}
	if place == nil {
		return
	}
	for k := range evs {
		if evs[k].Place == nil && diplomatic[evs[k].Type] {
			evs[k].Place = place
		}
	}
}

// holders names the two sides of an exchange after word i, in the order
// the sentence names them: "of Hamas-held hostages for prisoners held by
// Israel". Fewer than two names give none.
func (s *Sent) holders(i int) []*Chunk {
	var out []*Chunk
	seen := map[string]bool{}
	for k := i; k < len(s.Words) && k < i+12 && len(out) < 2; k++ {
		w := s.Words[k]
		if w.Punct || boundaries[w.W] || relatives[w.W] {
			break
		}
		var c *Chunk
		if w.Led {
			c = &Chunk{Name: s.ledName(k)}
		} else if x := s.ChunkAt(k); x != nil && !x.Place && !x.Pronoun && !x.Noun {
			c = x
			k = x.To - 1
		}
		if c != nil && !seen[c.StateOf()] {
			seen[c.StateOf()] = true
			out = append(out, c)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// oneOf reports whether name is one of the "; "-joined names.
func oneOf(name, names string) bool {
	for _, n := range strings.Split(names, "; ") {
		if n == name {
			return true
		}
	}
	return false
}

// secondSide finds the "and Y" of "between X ... and Y" when words about X
// stand between: "forces loyal to army chief Burhan and the RSF".
var asideOpeners = set("some", "many", "most", "all", "one", "several", "who", "which", "both", "each", "including")

func (s *Sent) secondSide(k int) *Chunk {
	for j := k; j+1 < len(s.Words) && j < k+14; j++ {
		w := s.Words[j]
		if w.Raw == "," && asideOpeners[s.Words[j+1].W] {
			// "Druze factions, some of which enjoy Israeli backing, and
			// Sunni fighters": step over the aside about the first side
			e := j + 1
			for e < len(s.Words) && e < j+14 && s.Words[e].Raw != "," {
				e++
			}
			if e+1 < len(s.Words) && s.Words[e].Raw == "," && s.Words[e+1].W == "and" {
				j = e
				continue
			}
			return nil
		}
		if w.Punct && w.Raw != "-" || boundaries[w.W] || relatives[w.W] || stopWords[w.W] && w.W != "and" {
			return nil
		}
		if w.W != "and" {
			continue
		}
		n := j + 1
		for n < len(s.Words) && articles[s.Words[n].W] {
			n++
		}
		if c := s.ChunkAt(n); c != nil && c.From > j && c.From <= n && !c.Pronoun && !c.Place {
			return c
		}
		return nil
	}
	return nil
}
