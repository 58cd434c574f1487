package entity

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// ent is an entity being built.
type ent struct {
	typ     string
	name    string // canonical name, or the fullest surface seen
	listed  bool   // the name is a lexicon's canonical name
	words   int    // words in a person's name
	first   int    // byte offset of the first mention
	mention []article.Span
	roles   []string
}

// merger joins the candidates of one article into entities.
type merger struct {
	text     string
	sc       *scanner
	ents     []*ent
	byKey    map[string]*ent // "type|name" keys
	surname  map[string]*ent // folded last names of people
	acro     map[string]*ent // acronyms the text introduces
	initials map[string]*ent // the initials of bodies named in full ("NUG" after "National Unity Government")
	nick     map[string]*ent // names a person is "known as" ("Hemedti"), folded
	nickAt   []nickSpan      // where the text gives them
	prefix   map[string]*ent // first words of multi-word organizations
	tail     map[string]*ent // club words of one team in a match report ("Rovers")
	tailOf   map[string]string
	given    map[string]*ent // folded first words of people, when only one person has it
	middle   map[string]*ent // folded inner surnames ("gonzález" of "Edmundo González Urrutia"), when only one person has it
	suffix   map[string]*ent // folded last two or more words of people
	capCount map[string]int  // words seen capitalized inside sentences, and how often
}

func newMerger(sc *scanner) *merger {
	m := &merger{text: sc.text, sc: sc, byKey: map[string]*ent{}, surname: map[string]*ent{},
		acro: map[string]*ent{}, initials: map[string]*ent{}, nick: map[string]*ent{}, prefix: map[string]*ent{}, given: map[string]*ent{}, middle: map[string]*ent{}, suffix: map[string]*ent{}, capCount: map[string]int{},
		tail: map[string]*ent{}, tailOf: map[string]string{}}
	for si := range sc.sents {
		s := &sc.sents[si]
		for i, w := range s.w {
			if i != s.first && w.cap && !s.shout {
				m.capCount[w.s]++
			}
		}
	}
	return m
}

func fold(s string) string { return text.Lower(s) }

// surfaceOf is the text of a candidate, without a leading article.
func (m *merger) surfaceOf(c *cand) string { return m.text[c.span.Start:c.span.End] }

func (m *merger) get(key, typ, name string, listed bool, at int) *ent {
	if e := m.byKey[key]; e != nil {
		return e
	}
	e := &ent{typ: typ, name: name, listed: listed, first: at}
	m.byKey[key] = e
	m.ents = append(m.ents, e)
	return e
}

// middleNames records the inner words of a name of three words or more
// that are no given name, particle or suffix: Spanish and Portuguese
// names carry the surname used alone there ("Edmundo González Urrutia",
// "Luiz Inácio Lula da Silva"). A word two people share names neither.
func (m *merger) middleNames(folded []string, e *ent) {
	for n := 1; n+1 < len(folded); n++ {
		w := folded[n]
		// a given name counts before a particle: "Lula da Silva"
		if particles[w] || lexicon.IsGivenName(w) && !particles[folded[n+1]] || isSuffix(w) || lexicon.IsCommonWord(w) || len(w) < 3 {
			continue
		}
		if prev, ok := m.middle[w]; ok && prev != e {
			m.middle[w] = nil
		} else if !ok {
			m.middle[w] = e
		}
	}
}

// personKeys are the folded forms by which a later mention names a person:
// the last word, with and without its particle ("al-Sharaa", "Sharaa").
// folded holds the words lower-cased already.
func personKeys(folded []string) []string {
	if len(folded) == 0 {
		return nil
	}
	last := folded[len(folded)-1]
	keys := []string{last}
	if s := stripParticle(last); s != last {
		keys = append(keys, s)
	}
	return keys
}

func (m *merger) run() {
	cs := m.sc.cands
	m.townsArePlaces(cs)
	// People named in full first, so that "Trump" finds "Donald Trump"
	// wherever it stands.
	for ci := range cs {
		c := &cs[ci]
		if c.typ != article.Person || c.j-c.i < 2 {
			continue
		}
		s := &m.sc.sents[c.sent]
		words := s.ss[c.i:c.j]
		folded := s.ls[c.i:c.j]
		key := article.Person + "|" + strings.Join(folded, " ")
		e := m.byKey[key]
		// "Ten Hag" after "Erik ten Hag": the end of a known name
		for n := len(folded); e == nil && n >= 2; n-- {
			e = m.suffix[strings.Join(folded[len(folded)-n:], " ")]
		}
		if e == nil {
			e = m.get(key, article.Person, m.text[s.w[c.i].start:s.w[c.j-1].end], false, c.span.Start)
			e.words = len(words)
		} else {
			m.byKey[key] = e
		}
		for n := 2; n < len(folded); n++ {
			if _, ok := m.suffix[strings.Join(folded[len(folded)-n:], " ")]; !ok {
				m.suffix[strings.Join(folded[len(folded)-n:], " ")] = e
			}
		}
		for _, k := range personKeys(folded) {
			if _, ok := m.surname[k]; !ok {
				m.surname[k] = e
			}
		}
		m.middleNames(folded, e)
		first := m.sc.sents[c.sent].ls[c.i]
		if prev, ok := m.given[first]; ok && prev != e {
			m.given[first] = nil // two people share it: it names neither
		} else if !ok {
			m.given[first] = e
		}
	}
	// Multi-word organizations lend their first word: "Northrop" for
	// "Northrop Grumman" (listed ones say so themselves); in a match report
	// a team lends its club word too, "Rovers" for "Eastfield Rovers", when
	// no other team has it.
	for ci := range cs {
		c := &cs[ci]
		if c.typ == article.Organization && c.j-c.i >= 2 && !c.lex {
			w := m.sc.sents[c.sent].ss[c.i]
			if _, ok := m.prefix[w]; !ok {
				m.prefix[w] = nil // filled when the entity exists
			}
			if last := m.sc.sents[c.sent].ss[c.j-1]; m.sc.sports && clubTails[last] {
				name := strings.Join(m.sc.sents[c.sent].ls[c.i:c.j], " ")
				if prev, ok := m.tailOf[last]; !ok {
					m.tailOf[last] = name
				} else if prev != name {
					m.tailOf[last] = "" // two teams: it names neither
				}
			}
		}
	}
	// Unlisted organizations of several words first, so that a short form
	// met before them ("Albion" in a headline) finds them; mentions are
	// sorted afterwards.
	placed := make([]bool, len(cs))
	for ci := range cs {
		if c := &cs[ci]; c.typ == article.Organization && c.j-c.i >= 2 && !c.lex && c.key == "" {
			m.place(c)
			placed[ci] = true
		}
	}
	for ci := range cs {
		if !placed[ci] {
			m.place(&cs[ci])
		}
	}
	m.placeNicks()
	for _, e := range m.ents {
		sort.Slice(e.mention, func(a, b int) bool { return e.mention[a].Start < e.mention[b].Start })
		if len(e.mention) > 0 {
			e.first = e.mention[0].Start
		}
	}
	sort.SliceStable(m.ents, func(a, b int) bool { return m.ents[a].first < m.ents[b].first })
}

// townsArePlaces makes the unlisted names a dateline gives as its town
// places wherever they stand: "BAHIR DAR, Ethiopia (Reuters) - ... signed
// in Bahir Dar", whose two capitalized words would read as a person's.
func (m *merger) townsArePlaces(cs []cand) {
	towns := map[string]bool{}
	for ci := range cs {
		if c := &cs[ci]; c.town {
			towns[strings.Join(m.sc.sents[c.sent].ls[c.i:c.j], " ")] = true
		}
	}
	if len(towns) == 0 {
		return
	}
	for ci := range cs {
		c := &cs[ci]
		if c.typ == article.Person && !c.lex && towns[strings.Join(m.sc.sents[c.sent].ls[c.i:c.j], " ")] {
			c.typ = article.Place
		}
	}
}

// place puts one candidate into its entity.
func (m *merger) place(c *cand) {
	s := &m.sc.sents[c.sent]
	words := s.ss[c.i:c.j]
	surface := m.surfaceOf(c)
	var e *ent
	switch {
	case len(words) == 1 && m.acro[words[0]] != nil && s.w[c.i].caps:
		e = m.acro[words[0]]
	case m.nick[fold(strings.Join(words, " "))] != nil:
		e = m.nick[fold(strings.Join(words, " "))]
	case len(words) == 1 && !c.lex && s.w[c.i].caps && m.initials[words[0]] != nil:
		e = m.initials[words[0]] // "the NUG" after "the National Unity Government"
	case c.typ == article.Person && len(words) >= 2:
		e = m.byKey[article.Person+"|"+strings.Join(s.ls[c.i:c.j], " ")]
	case c.lex && c.typ == article.Place && c.kind != lexicon.NameCountry && c.kind != lexicon.NameDemonym && len(words) == 1 && m.surname[s.ls[c.i]] != nil && !s.w[c.i].caps:
		e = m.surname[s.ls[c.i]] // "Houston said" after "Whitney Houston"; a country stays one
	case c.lex || c.key != "":
		if c.weak && m.capCount[words[0]] == 0 {
			return
		}
		name := c.key[strings.IndexByte(c.key, '|')+1:]
		e = m.get(c.key, c.typ, name, c.lex, c.span.Start)
	default:
		e = m.unlisted(c, words)
	}
	if e == nil {
		return
	}
	if c.weak && c.typ == "" && m.capCount[words[0]] == 0 {
		return
	}
	c.span = m.withArticle(c, e)
	e.mention = append(e.mention, c.span)
	if e.typ == article.Person && !e.listed && len(words) > e.words {
		e.name, e.words = m.text[s.w[c.i].start:s.w[c.j-1].end], len(words)
	}
	if c.typ == article.Person || e.typ == article.Person {
		m.sc.roles(c, e)
	}
	if e.typ == article.Person {
		m.knownAs(s, c.j, e)
	}
	// "Rapid Support Forces (RSF)": the acronym names the same entity
	if c.j+2 < len(s.w) && s.w[c.j].s == "(" && s.w[c.j+2].s == ")" && s.w[c.j+1].caps && abbreviates(s.w[c.j+1].s, surface) {
		if _, ok := m.acro[s.w[c.j+1].s]; !ok {
			m.acro[s.w[c.j+1].s] = e
		}
	}
	if e.typ == article.Organization && len(words) >= 3 {
		if a := initialsOf(words); len(a) >= 3 && m.initials[a] == nil {
			m.initials[a] = e
		}
	}
	if e.typ == article.Organization && len(words) >= 2 {
		if v, ok := m.prefix[words[0]]; ok && v == nil {
			m.prefix[words[0]] = e
		}
		if last := words[len(words)-1]; m.tailOf[last] != "" && m.tail[last] == nil {
			m.tail[last] = e
		}
	}
}

// initialsOf is the acronym of a body's name: the first letters of its
// capitalized words, "of", "for", "the" and "and" left out ("National
// Unity Government" -> "NUG"); "" when a word is not capitalized.
func initialsOf(words []string) string {
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "for", "the", "and", "&", "The":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// nickSpan is a name given with "known as" and the person it names.
type nickSpan struct {
	span article.Span
	e    *ent
}

// knownAs reads a name the text says a person goes by, right after the
// person's mention at word j: "Mohamed Hamdan Dagalo, known as Hemedti",
// "..., better known as 'Abu Ali'", "(also known as ...)". The name is an
// alias of the person, and a later mention of it alone is the person.
func (m *merger) knownAs(s *sentence, j int, e *ent) {
	k := j
	if k < len(s.w) && (s.w[k].s == "," || s.w[k].s == "(") {
		k++
	}
	// "Jimmy Chérizier, a former police officer known as ...": past a
	// short apposition
	if k < len(s.w) && (s.w[k].l == "a" || s.w[k].l == "an" || s.w[k].l == "the") && k > j {
		for m := k + 1; m < len(s.w) && m <= k+7 && !s.w[m].punct; m++ {
			if nickOpener(s, m) >= 0 || knownAsAdverbs[s.w[m].l] && nickOpener(s, m+1) >= 0 {
				k = m
				break
			}
		}
	}
	if k < len(s.w) && knownAsAdverbs[s.w[k].l] {
		k++
	}
	if k = nickOpener(s, k); k < 0 {
		return
	}
	if k < len(s.w) && s.w[k].punct && strings.ContainsAny(s.w[k].s, "\"“'‘") {
		k++ // a quoted nickname
	}
	from := k
	for k < len(s.w) && k-from < 4 && s.w[k].cap && !s.w[k].punct {
		k++
	}
	if k == from {
		return
	}
	name := fold(strings.Join(s.ss[from:k], " "))
	if last := fold(s.ss[k-1]); k-from > 1 && m.nick[last] == nil && !s.w[k-1].poss {
		m.nick[last] = e // "alias Iván Mordisco", then "Mordisco said"
	}
	if _, ok := m.nick[name]; !ok {
		m.nick[name] = e
		m.nickAt = append(m.nickAt, nickSpan{article.Span{Start: s.w[from].start, End: s.w[k-1].end}, e})
	}
}

// nickOpener returns the word after a phrase that introduces the name a
// person goes by, at word k ("known as", "known by his alias", "alias",
// "nicknamed", "aka", "also called"), or -1 when none opens there.
func nickOpener(s *sentence, k int) int {
	l := func(i int) string {
		if i < len(s.w) {
			return s.w[i].l
		}
		return ""
	}
	switch {
	case l(k) == "known" && l(k+1) == "as", l(k) == "also" && l(k+1) == "called":
		return k + 2
	case l(k) == "known" && l(k+1) == "by" && nickNouns[l(k+3)] && (l(k+2) == "his" || l(k+2) == "her" || l(k+2) == "the"):
		return k + 4 // "known by his alias", "known by the nom de guerre" (its first word)
	case l(k) == "alias" || l(k) == "nicknamed" || l(k) == "aka":
		return k + 1
	case l(k) == "a.k.a" || l(k) == "a" && l(k+1) == "." && l(k+2) == "k":
		for k < len(s.w) && (s.w[k].punct || len(s.w[k].l) == 1 || s.w[k].l == "a.k.a") && !s.w[k].cap {
			k++
		}
		return k
	}
	return -1
}

// nickNouns name what a person goes by.
var nickNouns = map[string]bool{"alias": true, "nickname": true, "pseudonym": true, "name": true, "nom": true}

var knownAsAdverbs = map[string]bool{"also": true, "better": true, "widely": true, "commonly": true,
	"popularly": true, "locally": true, "simply": true, "universally": true}

// placeNicks gives each "known as" name its mention where no candidate
// placed one (a nickname in no lexicon, of no shape the scanner takes).
func (m *merger) placeNicks() {
	for _, n := range m.nickAt {
		taken := false
		for _, e := range m.ents {
			for _, x := range e.mention {
				if x.Start < n.span.End && n.span.Start < x.End {
					taken = true
				}
			}
		}
		if !taken {
			n.e.mention = append(n.e.mention, n.span)
		}
	}
}

// abbreviates reports whether acronym can stand for name: same first
// letter, and its letters in order among the name's ("SIA" for "Singapore
// Airlines", not "UNIFIL" for "Lebanon").
func abbreviates(acronym, name string) bool {
	return inOrder(acronym, name) || sameInitials(acronym, name)
}

// sameInitials reports whether acronym is the initials of name's
// capitalized words in another order, as a name translated from Spanish or
// French keeps its own acronym: "CNE" for "National Electoral Council"
// (Consejo Nacional Electoral).
func sameInitials(acronym, name string) bool {
	var count [26]int // A-Z; an acronym of other letters is never matched this way
	n := 0
	for w := range strings.FieldsSeq(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || w == "The" {
			continue
		}
		if r < 'A' || r > 'Z' {
			return false
		}
		count[r-'A']++
		n++
	}
	if len(acronym) != n || n < 2 {
		return false
	}
	for i := 0; i < len(acronym); i++ {
		c := acronym[i]
		if c < 'A' || c > 'Z' || count[c-'A'] == 0 {
			return false
		}
		count[c-'A']--
	}
	return true
}

// inOrder reports whether acronym's letters stand in order among name's,
// starting with its first.
func inOrder(acronym, name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	a := []rune(strings.ToUpper(acronym))
	n := []rune(strings.ToUpper(name))
	j := 0
	for _, r := range a {
		if r < 'A' || r > 'Z' {
			continue
		}
		for j < len(n) && n[j] != r {
			j++
		}
		if j == len(n) {
			return false
		}
		j++
	}
	return len(a) > 0 && len(n) > 0 && a[0] == n[0]
}

// unlisted finds or makes the entity of a name in no lexicon.
func (m *merger) unlisted(c *cand, words []string) *ent {
	if len(words) == 1 || c.single {
		if len(words) == 1 {
			if e := m.surname[m.sc.sents[c.sent].ls[c.i]]; e != nil {
				return e
			}
			if e := m.surname[stripParticle(m.sc.sents[c.sent].ls[c.i])]; e != nil {
				return e
			}
			// "Kestrel declined" is Kestrel Dynamics; "Republican nominee" is
			// no mention of the Republican National Committee
			if e := m.prefix[words[0]]; e != nil && (!lexicon.IsEnglishWord(m.sc.sents[c.sent].ls[c.i]) || usedAsNoun(m.sc.sents[c.sent], c.j)) {
				return e
			}
			// "González" for "Edmundo González Urrutia", "Lula" for
			// "Luiz Inácio Lula da Silva": a surname inside the name
			if e := m.middle[m.sc.sents[c.sent].ls[c.i]]; e != nil && m.surname[m.sc.sents[c.sent].ls[c.i]] == nil {
				return e
			}
			// "Anwar" for "Anwar Ibrahim", where the given name is used
			if e := m.given[m.sc.sents[c.sent].ls[c.i]]; e != nil {
				return e
			}
			if e := m.tail[words[0]]; e != nil {
				return e // "Rovers manager Gareth Pryce"
			}
		}
		if c.onlyKnown {
			return nil
		}
		if c.typ == "" {
			if c.weak || lexicon.IsCommonWord(m.sc.sents[c.sent].ls[c.i]) || len(words[0]) < 2 {
				return nil
			}
			switch {
			case c.personCue && lexicon.IsGivenName(m.sc.sents[c.sent].ls[c.i]):
				c.typ = article.Person
			case c.personCue || m.count(words[0]) >= 2:
				c.typ = article.Organization
			default:
				return nil
			}
		}
	}
	joined := strings.Join(words, " ")
	if c.typ == article.Person {
		// a fuller form of a known person: "Mr. Lee Hsien Loong"
		for _, k := range personKeys(m.sc.sents[c.sent].ls[c.i:c.j]) {
			if e := m.surname[k]; e != nil {
				return e
			}
		}
	}
	if c.typ == article.Organization {
		if e := m.prefix[joined]; e != nil {
			return e
		}
	}
	name := joined
	if c.typ != article.Person {
		w := m.sc.sents[c.sent].w
		end := w[c.j-1].end
		if c.span.End == end+1 && !c.city {
			end++ // "Halvard Mining Ltd."
		}
		name = m.text[w[c.i].start:end]
	}
	// one unlisted name is one entity, whatever the context said its type was
	folded := strings.Join(m.sc.sents[c.sent].ls[c.i:c.j], " ")
	if e := m.byKey[article.Person+"|"+folded]; e != nil {
		return e // a person's name, whatever the context suggested
	}
	key := "unlisted|" + folded
	if c.typ == article.Person {
		key = article.Person + "|" + folded
	}
	if c.typ == article.Organization && len(words) == 1 {
		// "the Huthi rebels" and "the Huthis": a group's name and its
		// plural are one entity, named in the plural as groups are
		if e := m.byKey["unlisted|"+folded+"s"]; e != nil && e.typ == article.Organization {
			return e
		}
		if e := m.byKey["unlisted|"+strings.TrimSuffix(folded, "s")]; e != nil && strings.HasSuffix(folded, "s") && e.typ == article.Organization {
			e.name = name
			return e
		}
	}
	// "Halvorsen Foods" and "Halvorsen Foods ASA" are one company; the
	// name is its fullest form
	if c.typ == article.Organization && c.j-c.i >= 2 && isSuffix(words[len(words)-1]) {
		key = "unlisted|" + strings.Join(m.sc.sents[c.sent].ls[c.i:c.j-1], " ")
		if e := m.byKey[key]; e != nil {
			if len(name) > len(e.name) {
				e.name = name
			}
			return e
		}
	}
	return m.get(key, c.typ, name, false, c.span.Start)
}

// count is how often w stands capitalized inside sentences.
func (m *merger) count(w string) int { return m.capCount[w] }

// withArticle widens an organization's or place's span over a "the" that
// belongs to the name: "the United States said", not "the U.S. market".
func (m *merger) withArticle(c *cand, e *ent) article.Span {
	sp := c.span
	if e.typ == article.Person || e.typ == article.Group || c.i == 0 || c.city {
		return sp
	}
	s := &m.sc.sents[c.sent]
	prev := s.w[c.i-1]
	if prev.s != "the" && prev.s != "The" || prev.end+1 != sp.Start {
		return sp
	}
	if sp.Start != s.w[c.i].start {
		return sp // a part of a hyphenated word
	}
	if c.j < len(s.w) {
		n := s.w[c.j]
		if s.w[c.j-1].poss || n.num {
			return sp
		}
		if !n.punct {
			l := n.l
			if n.cap || !(functionWords[l] || personCues[l] || strings.HasSuffix(l, "ed")) {
				return sp
			}
		} else if !strings.Contains(".,;:)(?!\"”—–", n.s) {
			return sp // "the Northrop Grumman/EADS team"
		}
	}
	sp.Start = prev.start
	return sp
}

// entities turns the built entities into the record's form.
func (m *merger) entities() []article.Entity {
	out := make([]article.Entity, 0, len(m.ents))
	for _, e := range m.ents {
		if len(e.mention) == 0 {
			continue
		}
		var aliases []string
		seen := map[string]bool{}
		for _, sp := range e.mention {
			a := m.text[sp.Start:sp.End]
			if !seen[a] {
				seen[a] = true
				aliases = append(aliases, a)
			}
		}
		name := e.name
		if !e.listed && e.typ != article.Person {
			name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
		}
		if !e.listed && (e.typ == article.Place || e.typ == article.Person) && shouted(name) {
			// "KUNMING, Nov 28 (AFP)" names Kunming; a transcript's
			// "REDWAN HUSSIEN:" names Redwan Hussien
			name = unshout(name, aliases)
		}
		out = append(out, article.Entity{
			ID:       "e" + itoa(len(out)+1),
			Type:     e.typ,
			Name:     name,
			Aliases:  aliases,
			Roles:    dedupe(e.roles),
			Mentions: e.mention,
		})
	}
	return out
}

// shouted reports whether a name is written in capitals, as a dateline
// prints its town, and is no acronym (four letters or more).
func shouted(name string) bool {
	return allCaps(name) && utf8.RuneCountInString(name) >= 4
}

// unshout gives a shouted place name the case the text uses elsewhere, or
// else capitals only at the start of its words ("ZUBIN POTOK" -> "Zubin
// Potok").
func unshout(name string, aliases []string) string {
	for _, a := range aliases {
		if !shouted(a) && strings.EqualFold(a, name) {
			return a
		}
	}
	rs := []rune(strings.ToLower(name))
	for i, r := range rs {
		if i == 0 || rs[i-1] == ' ' || rs[i-1] == '-' {
			rs[i] = unicode.ToUpper(r)
		}
	}
	return string(rs)
}

func dedupe(xs []string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, x := range xs {
		k := fold(x)
		if x == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, x)
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// usedAsNoun reports whether the word before k stands as a noun, not as a
// modifier: what follows is punctuation, a function word or a verb.
func usedAsNoun(s sentence, k int) bool {
	if k >= len(s.w) {
		return true
	}
	n := s.w[k]
	if n.punct || s.w[k-1].poss {
		return true
	}
	return !n.cap && (functionWords[n.l] || personCues[n.l] || strings.HasSuffix(n.l, "ed"))
}
