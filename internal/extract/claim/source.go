package claim

import (
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/parley-news/parley/internal/article"
)

// describeSource fills the source fields of a claim from its token range:
// the text, the entity, whether it is named, how many stand behind it.
func (x *extractor) describeSource(f *found) {
	lo, hi := f.srcLo, f.srcHi
	for lo+1 < hi && !x.toks[lo].cap && timeWords[x.lws[lo]] && (x.toks[lo+1].cap || timeWords[x.lws[lo+1]]) {
		lo++ // "Last week Netanyahu said": the time is no part of the name
	}
	f.srcLo = lo
	sp := x.span(lo, hi)
	if x.contracted(hi - 1) {
		sp.End = x.toks[hi-1].s + len(x.lws[hi-1]) // "she's": the source is "she"
	}
	f.c.SourceSpan = &sp
	f.c.Source = article.Str(x.text[sp.Start:sp.End])
	f.head = singular(x.headWord(lo, hi))
	ent := x.entityAt(sp, lo, hi)
	if ent != nil {
		f.c.SourceEntity = article.Str(ent.ID)
	}
	named, count, plural := x.sourceFacts(lo, hi)
	if count == nil && plural && x.lws[lo] == "their" {
		if n := x.theirList(lo); n > 1 {
			count = &n // "Armenia and Azerbaijan …, their foreign ministries said": one each
		}
	}
	f.c.Named = named
	f.c.Count = count
	f.plural = plural
	switch {
	case ent != nil:
		f.person = ent.Type == article.Person
	case x.lx.PersonDesc(f.head) || x.lx.Anonymous(f.head):
		f.person = !x.lx.Document(f.head)
	default:
		// no entity stage: a short name that is not a document
		h := x.headTok(lo, hi)
		f.person = x.nameWord(h) && hi-lo <= 4 && !x.lx.Document(f.head) && !orgWords[f.head] && count != nil && *count == 1
	}
}

// theirList is how many names a list before token lo in its sentence
// joins ("Armenia and Azerbaijan", "Egypt, Qatar and Turkey"), for "their"
// to stand for; 0 when there is no such list or more than one.
func (x *extractor) theirList(lo int) int {
	s := x.sents[x.toks[lo].sent]
	n := 0
	for k := s.lo + 1; k+1 < lo; k++ {
		next := k + 1
		if x.lws[next] == "the" && next+1 < lo {
			next++ // "Egypt and the United States"
		}
		if x.lws[k] != "and" || !x.toks[k-1].cap || !x.toks[next].cap || x.toks[k].q >= 0 {
			continue
		}
		if n > 0 {
			return 0 // two lists: which one "their" stands for is unsure
		}
		n = 2
		for j := k - 1; j > s.lo; j-- {
			if x.isPunct(j, ",") && x.toks[j-1].cap && x.toks[j-1].word {
				n++
				continue
			}
			if !x.toks[j].word || !x.toks[j].cap {
				break
			}
		}
	}
	return n
}

// indefinite open a description of someone not yet known to the reader.
var indefinite = set("a an one another")

// ordinals head a source counted off from others ("a third, a Western
// diplomat, said").
var ordinals = set("second third fourth fifth sixth")

// quantityNouns count the noun after their "of", which heads the phrase
// ("a number of economists", "dozens of papers").
var quantityNouns = set("number handful majority minority lot lots couple host dozen dozens scores hundreds thousands " +
	"millions plenty bunch raft slew")

// orgWords head the names of bodies, never of people ("Defense Ministry").
var orgWords = set("ministry army government council military agency office committee department police group " +
	"party company court union commission campaign embassy organization organisation authority authorities " +
	"force forces service services administration board bank fund federation league movement front coalition " +
	"parliament assembly senate house congress cabinet presidency palace kremlin pentagon " +
	// the parts of a state or movement that speak for it ("the army's media wing")
	"wing bureau directorate secretariat mission delegation command headquarters spokesmanship")

// nameWord reports whether token k is capitalized for being a name, not for
// opening the sentence.
func (x *extractor) nameWord(k int) bool {
	if !x.toks[k].cap {
		return false
	}
	s := x.sents[x.toks[k].sent]
	if k > s.lo && !(k == s.lo+1 && x.opensQuote(s.lo)) && !(k <= s.lo+12 && x.afterDateline(s.lo, s.hi) == k) {
		return true // but "10:30 GMT - Officials said": the stamp opens no name
	}
	// sentence-initial: a name only if the lower-case word is no common noun
	return !x.lx.Anonymous(x.lws[k]) && !x.lx.PersonDesc(singular(x.lws[k])) && !x.lx.Document(x.lws[k]) && !orgWords[x.lws[k]]
}

// entityAt is the entity whose mention overlaps the source span, preferring
// the one that covers the head (the last word of the core phrase).
func (x *extractor) entityAt(sp article.Span, lo, hi int) *article.Entity {
	if e := x.appositiveName(lo, hi); e != nil {
		return e // "The U.N. envoy, Hans Grundberg": the person is the source
	}
	headTok := x.headTok(lo, hi)
	var best *article.Entity
	bestScore := -1
	for i := range x.a.Entities {
		e := &x.a.Entities[i]
		for _, m := range e.Mentions {
			if !m.Overlaps(sp) {
				continue
			}
			score := 1
			if m.Start <= x.toks[headTok].s && x.toks[headTok].e <= m.End {
				score = 3
			} else if !x.toks[headTok].cap {
				// "a State Department official": the source is the person,
				// not the organization named inside the phrase
				continue
			}
			if e.Type == article.Place || e.Type == article.Group {
				score-- // "Kenyan officials": the nationality is not the source
			}
			if score > bestScore {
				best, bestScore = e, score
			}
		}
	}
	if best != nil && bestScore <= 0 {
		return nil
	}
	return best
}

// appositiveName is the person named right after a comma inside source
// tokens [lo, hi), the name closing the phrase: "The United Nations envoy,
// Hans Grundberg" (a title, then whose it is). Not a person inside a
// longer phrase ("a spokesman for Prime Minister X").
func (x *extractor) appositiveName(lo, hi int) *article.Entity {
	for k := lo + 1; k+1 < hi; k++ {
		if !x.isPunct(k, ",") || !x.toks[k+1].cap {
			continue
		}
		end := x.toks[hi-1].e
		if hi-1 > k+1 && x.isPunct(hi-1, ",") {
			end = x.toks[hi-2].e // a closing comma kept in the span
		}
		for i := range x.a.Entities {
			e := &x.a.Entities[i]
			if e.Type != article.Person {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start == x.toks[k+1].s && m.End == end {
					return e
				}
			}
		}
	}
	return nil
}

// headTok is the index of the head word of source tokens [lo, hi): the last
// word before a post-modifier, or the word after "of" in "two of the
// sources".
func (x *extractor) headTok(lo, hi int) int {
	end := hi
	for k := lo + 1; k < hi; k++ {
		w := x.lws[k]
		if !x.toks[k].word {
			end = k
			break
		}
		if w == "of" {
			prev := x.lws[k-1]
			if _, n := x.lx.Number(prev); n || partitives[prev] || quantityNouns[prev] || x.toks[k-1].num || prev == "one" {
				return x.headTok(k+1, hi)
			}
			if x.nameWord(k-1) && k+1 < hi && x.toks[k+1].cap {
				continue // "Ministry of Defense" stays one name
			}
			end = k
			break
		}
		// "a former lawmaker now living in exile": an adverb before a post-modifier
		if (w == "now" || w == "currently") && k+1 < hi && postMods[x.lws[k+1]] {
			end = k
			break
		}
		if postMods[w] && !x.toks[k].cap || subjectPronouns[w] && k > lo+1 ||
			strings.HasSuffix(w, "ed") && !x.toks[k].cap && k+1 < hi && postMods[x.lws[k+1]] { // "a person opposed to"
			end = k // "people familiar with", "the experts I interviewed"
			break
		}
	}
	return end - 1
}

func (x *extractor) headWord(lo, hi int) string {
	return x.lws[x.headTok(lo, hi)]
}

// sourceFacts says whether a source is named and how many it counts. The
// phrase is split into conjuncts ("two Kenyan and two Somali officials, as
// well as a U.N. source" → 2+2+1); a conjunct with a number word counts
// that many, a bare plural of people leaves the count unknown, anything
// else counts one.
func (x *extractor) sourceFacts(lo, hi int) (named bool, count *int, plural bool) {
	lo0, hi0 := lo, hi
	// a relative clause ("Jane Roe, a diplomat who has mediated between
	// the junta and rebel groups") describes the source; it counts no one
	for k := lo + 1; k < hi; k++ {
		if w := x.lws[k]; (w == "who" || w == "whose" || w == "which") && !x.toks[k].cap {
			hi = k
			break
		}
	}
	// an appositive ("Mara Jensen, a spokeswoman for …") describes the
	// source; it adds no one to the count
	for k := lo + 1; k+1 < hi; k++ {
		if w := x.lws[k+1]; x.isPunct(k, ",") && x.toks[k+1].word && !x.toks[k+1].cap && w != "and" && w != "or" && w != "as" && !x.numberWord(k+1) && !x.toks[k+1].num {
			hi = k
			break
		}
	}
	for k := lo + 1; k < hi; k++ {
		if (x.lws[k] == "in" || x.lws[k] == "from") && x.lx.Anonymous(x.lws[k-1]) {
			hi = k // "officials in Cairo, Doha and Washington": where they sit, not who
			break
		}
	}
	total := 0
	unknown := false
	var parts [][2]int
	start := lo
	for k := lo; k < hi; k++ {
		w := x.lws[k]
		split := 0
		switch {
		case (w == "and" || w == "or") && !x.inMention(k) && !x.andInName(k, hi):
			split = 1 // but "Securities and Exchange Commission" is one name
		case w == "," && k+3 < hi && x.lws[k+1] == "as" && x.lws[k+2] == "well" && x.lws[k+3] == "as":
			split = 4
		case w == "," && k+1 < hi && (x.lws[k+1] == "and" || x.lws[k+1] == "or"):
			split = 2
		case w == "," && k > lo && k+1 < hi && x.toks[k-1].cap && x.toks[k+1].cap && x.andAfter(k, hi):
			split = 1 // "Egypt, Qatar and the United States": a list of names
		}
		if split == 0 {
			continue
		}
		// "two Kenyan and two Somali officials": the adjectives share a head
		if k > start {
			parts = append(parts, [2]int{start, k})
		}
		start = k + split
		k = start - 1
	}
	if start < hi {
		parts = append(parts, [2]int{start, hi})
	}
	anon := 0
	for pi, p := range parts {
		h := x.headWord(p[0], p[1])
		n, numbered := x.countOf(p[0], p[1])
		// a bare plural of agents ("environmentalists") is a group, but
		// "the two leaders" are people the story knows
		bareAgents := agentPlural(h) && !numbered && !determiners[x.lws[p[0]]]
		isAnon := (x.lx.Anonymous(h) || h == "them" || h == "those" || bareAgents) && !x.nameWord(x.headTok(p[0], p[1]))
		// a bare adjective conjunct ("two Kenyan") borrows the next head
		if pi+1 < len(parts) && !x.lx.Anonymous(h) && numbered {
			nh := x.headWord(parts[pi+1][0], parts[pi+1][1])
			if x.lx.Anonymous(nh) && x.nameWord(x.headTok(p[0], p[1])) {
				isAnon = true
			}
		}
		// "a ministry spokeswoman", "one EU ambassador", "a masked man", "a
		// third": someone described and not named
		if !isAnon && indefinite[x.lws[p[0]]] && (x.lx.PersonDesc(singular(h)) || ordinals[h]) && !x.nameWord(x.headTok(p[0], p[1])) {
			isAnon = true
		}
		if isAnon {
			anon++
		}
		switch {
		case numbered:
			total += n
		case isAnon && (strings.HasSuffix(h, "s") || h == "people" || h == "media" || h == "others" || h == "many" || h == "most" || h == "some" || h == "several"):
			unknown = true
			plural = true
		case pronouns[h] && h == "they":
			unknown = true
			plural = true
		case strings.HasSuffix(h, "s") && singular(h) != h && !possessive(h) && !x.lx.Document(h) && !x.nameWord(x.headTok(p[0], p[1])):
			unknown = true // "the delegations": several, how many unsaid
			plural = true
		default:
			total++
		}
	}
	named = anon < len(parts)
	if x.appositiveName(lo0, hi0) != nil {
		named = true // "The U.N. envoy, Hans Grundberg": the name after the comma
	}
	if total > 1 {
		plural = true
	}
	if unknown || total == 0 {
		return named, nil, plural
	}
	return named, &total, plural
}

// andInName reports whether the "and" at token k joins words of one name:
// capitals on both sides, and the run after it ends in a word that heads
// the name of a body ("the Hostages and Missing Families Forum", "the Armed
// Conflict Location and Event Data Project"), not a second name ("Egypt and
// Qatar", "Saudi Arabia and the United States").
func (x *extractor) andInName(k, hi int) bool {
	if k == 0 || !x.nameWord(k-1) || k+2 >= hi || !x.toks[k+1].cap {
		return false
	}
	j := k + 1
	for j+1 < hi && x.toks[j+1].cap && x.toks[j+1].word {
		j++
	}
	return j > k+1 && bodyEnds[x.lws[j]]
}

// bodyEnds end the names of bodies.
var bodyEnds = set("forum project center centre institute foundation network association society programme program " +
	"committee commission council organization organisation agency office union movement front group court service department")

// andAfter reports whether "and" or "or" joins a later conjunct in (k, hi).
func (x *extractor) andAfter(k, hi int) bool {
	for j := k + 1; j < hi; j++ {
		if (x.lws[j] == "and" || x.lws[j] == "or") && !x.inMention(j) {
			return true
		}
	}
	return false
}

// countOf reads the number that opens a conjunct ("five people", "two of
// the sources", "a diplomat", "12 officials").
func (x *extractor) countOf(lo, hi int) (int, bool) {
	head := x.headTok(lo, hi)
	for k := lo; k < head && k < lo+4; k++ {
		w := x.lws[k]
		if x.toks[k].num {
			if n, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err == nil && n > 0 && n < 10000 {
				return n, true
			}
			return 0, false
		}
		if n, ok := x.lx.Number(w); ok {
			if (w == "a" || w == "an") && k+1 < hi && (x.lws[k+1] == "few" || x.lws[k+1] == "number" || x.lws[k+1] == "group" || x.lws[k+1] == "handful" || x.lws[k+1] == "couple" || x.lws[k+1] == "dozen") {
				if x.lws[k+1] == "couple" {
					return 2, true
				}
				if x.lws[k+1] == "dozen" {
					return 12, true
				}
				return 0, false
			}
			return n, true
		}
		if !determiners[w] && w != "all" {
			// an adjective before any number: no count here
			if x.toks[k].word && !x.toks[k].cap {
				continue
			}
		}
	}
	return 0, false
}

// singular folds a regular plural ("officials" → "official").
func singular(w string) string {
	switch {
	case w == "people":
		return "person"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// resolve replaces a pronoun or bare description source ("he", "the
// official") by the last earlier source that fits it: a person for he/she,
// a non-person for it, several for they, the same head for "the X".
func (x *extractor) resolve() {
	// what the text calls each source: "he" of Trump, "she" of Clinton
	said := map[string]byte{}
	for i := range x.out {
		f := &x.out[i]
		if f.srcLo < 0 && f.cueTok < 0 && f.c.Source != nil && pronouns[strings.ToLower(*f.c.Source)] {
			x.carryResolved(i) // a quote's next paragraph took the speaker before "he" was resolved
			continue
		}
		if f.srcLo < 0 || f.srcHi-f.srcLo > 3 {
			continue
		}
		w := x.lws[f.srcLo]
		if pw, ok := possessivePronouns[w]; ok && f.srcHi-f.srcLo == 1 {
			w = pw // "his claim that …" resolves as "he" would
		} else if pw, ok := objectForms[w]; ok && f.srcHi-f.srcLo == 1 {
			w = pw // "According to him, …"
		}
		bare := f.srcHi-f.srcLo == 1 && pronouns[w]
		desc := f.srcHi-f.srcLo == 2 && w == "the" && x.lx.PersonDesc(f.head) && !x.toks[f.srcLo+1].cap
		if !bare && !desc {
			continue
		}
		if bare && w == "it" && x.clauseSubject(f) {
			continue // "Beijing has rejected the ruling, which it calls …"
		}
		ante := -1
		for k := i - 1; k >= 0; k-- {
			o := &x.out[k]
			if o.c.Source == nil || o.c.Start > f.c.Start {
				continue
			}
			if x.fits(w, f, o) && (pronounGender[w] == 0 || x.gender(o, said) != otherGender(pronounGender[w])) {
				ante = k
				break
			}
		}
		if bare && w == "it" && (ante < 0 || x.out[ante].sent < f.sent-1) && x.lastSubject(f) {
			continue // the body the sentence before was about is nearer than any source
		}
		if ante < 0 {
			if bare {
				x.resolveByEntity(f, w, said)
			}
			continue
		}
		o := x.out[ante]
		name := x.sourceName(&o)
		if g := pronounGender[w]; g != 0 {
			said[name] = g
		}
		f.c.Source = article.Str(name)
		f.c.SourceEntity = o.c.SourceEntity
		f.c.Named = o.c.Named
		f.c.Count = o.c.Count
		f.person, f.plural, f.head = o.person, o.plural, o.head
		f.resolved = true
		f.ante = int32(ante + 1)
	}
}

// carryResolved gives adjacency claim i the source of the claim whose
// content ends last before it, now resolved ("“A,” he said. ¶ “B.”").
func (x *extractor) carryResolved(i int) {
	f := &x.out[i]
	best := -1
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		o := &x.out[k]
		if o.c.Source != nil && o.c.End <= f.c.Start && (best < 0 || o.c.End > x.out[best].c.End) {
			best = k
		}
	}
	if best < 0 || !x.out[best].resolved {
		return
	}
	o := &x.out[best]
	f.c.Source, f.c.SourceEntity, f.c.Named, f.c.Count = o.c.Source, o.c.SourceEntity, o.c.Named, o.c.Count
	f.person, f.plural, f.head = o.person, o.plural, o.head
	f.ante = int32(best + 1)
}

var possessivePronouns = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// sourceName is the name a claim's source resolves to: the person
// entity's full name when known, else the source text.
func (x *extractor) sourceName(o *found) string {
	name := *o.c.Source
	if o.c.SourceEntity != nil {
		if e := x.entity(*o.c.SourceEntity); e != nil && e.Type == article.Person {
			name = e.Name
		}
	}
	return name
}

var pronounGender = map[string]byte{"he": 'm', "she": 'f'}

func otherGender(g byte) byte {
	switch g {
	case 'm':
		return 'f'
	case 'f':
		return 'm'
	}
	return 0
}

// gender is what the text tells of a source's sex, or 0: the pronoun it
// is, a title or gendered noun in it ("Mrs. Clinton", "the spokeswoman",
// "Keith Scott's wife"), or the pronoun the text used of it before.
func (x *extractor) gender(o *found, said map[string]byte) byte {
	if o.srcLo >= 0 {
		if o.srcHi-o.srcLo == 1 && !o.resolved {
			return pronounGender[x.lws[o.srcLo]]
		}
		if g := genderedWords[o.head]; g != 0 {
			return g
		}
		for k := o.srcLo; k < o.srcHi && k < o.srcLo+3; k++ {
			if g := genderedTitles[strings.TrimSuffix(x.lws[k], ".")]; g != 0 {
				return g
			}
		}
	}
	if o.c.Source == nil {
		return 0
	}
	return said[x.sourceName(o)]
}

var genderedTitles = map[string]byte{"mr": 'm', "mrs": 'f', "ms": 'f', "miss": 'f', "sir": 'm', "lady": 'f', "king": 'm', "queen": 'f'}

var genderedWords = map[string]byte{
	"wife": 'f', "mother": 'f', "woman": 'f', "daughter": 'f', "sister": 'f', "widow": 'f', "girl": 'f',
	"spokeswoman": 'f', "congresswoman": 'f', "chairwoman": 'f', "businesswoman": 'f', "grandmother": 'f',
	"husband": 'm', "father": 'm', "man": 'm', "son": 'm', "brother": 'm', "widower": 'm', "boy": 'm',
	"spokesman": 'm', "congressman": 'm', "chairman": 'm', "businessman": 'm', "grandfather": 'm',
}

// fits reports whether earlier claim o can be what pronoun or description
// w in claim f refers to.
func (x *extractor) fits(w string, f, o *found) bool {
	if o.srcLo >= 0 && o.srcHi-o.srcLo == 1 && pronouns[x.lws[o.srcLo]] && !o.resolved {
		return false
	}
	switch w {
	case "he", "she":
		return o.person && !o.plural
	case "it":
		return !o.person && !o.plural
	case "they", "we":
		return o.plural
	case "the":
		// "the official" is not "officials in Cairo and Doha"
		return o.plural == f.plural && (o.head == f.head || x.describedAs(o, f.head))
	}
	return false
}

// describedAs reports whether person source o was described earlier by
// an appositive holding head ("Jane Roe, a European diplomat, …" is "the
// diplomat" later).
// clauseSubject resolves "it" inside a relative clause ("which it calls",
// "what it described as") to the name that opens its sentence and is the
// main clause's subject, when that is no person: "Beijing has rejected the
// ruling, which it calls “null and void”", "Pakistan condemned what it
// described as …, which it said killed three".
func (x *extractor) clauseSubject(f *found) bool {
	k := f.srcLo
	s := x.sents[f.sent]
	for j := k - 1; j >= s.lo && k-j <= 3; j-- {
		if w := x.lws[j]; w == "which" || w == "what" {
			return x.takeSubject(f, f.sent, k)
		}
	}
	return false
}

// lastSubject resolves "it" that opens its sentence, or follows only an
// opening phrase, to the body that was the subject of the sentence before
// when no source fits: "Netanyahu's office rejected the accusation. In a
// statement, it said …".
func (x *extractor) lastSubject(f *found) bool {
	if f.sent == 0 || x.sents[f.sent-1].para < x.sents[f.sent].para-1 {
		return false
	}
	s := x.sents[f.sent]
	for j := s.lo; j < f.srcLo; j++ {
		if x.toks[j].q >= 0 || x.lws[j] == "and" || x.lws[j] == "but" {
			return false // the pronoun is in a later clause
		}
	}
	return x.takeSubject(f, f.sent-1, x.sents[f.sent-1].hi)
}

// takeSubject makes the body or place that opens sentence si before token
// k, as the subject of its verb, the source of f; a person or a time is
// not taken.
func (x *extractor) takeSubject(f *found, si, k int) bool {
	s := x.sents[si]
	lo := x.afterDateline(s.lo, s.hi)
	if lo >= k || prepositions[x.lws[lo]] || timeWords[x.lws[lo]] || adverbialStarts[x.lws[lo]] {
		return false // "On Monday the rain stopped": an opening phrase, no subject
	}
	hi := lo
	for hi < k && hi-lo <= 5 && x.toks[hi].word && (x.toks[hi].cap || hi > lo && !timeWords[x.lws[hi]] && !finite[x.lws[hi]] && !auxAdverbs[x.lws[hi]] && !pastWord(x.lws[hi])) {
		if _, v := x.lx.Verb(x.lws[hi]); v && hi > lo && !x.toks[hi].cap {
			break
		}
		hi++
	}
	if hi == lo || hi-lo > 5 || hi >= k {
		return false
	}
	// the opening name must be the subject: a verb, maybe after a time or
	// an adverb, follows it
	v := hi
	for v < k && v-hi < 4 && (timeWords[x.lws[v]] || x.toks[v].cap || auxAdverbs[x.lws[v]] || strings.HasSuffix(x.lws[v], "ly")) {
		v++
	}
	if _, ok := x.lx.Verb(x.lws[v]); v >= k || !ok && !pastWord(x.lws[v]) && !finite[x.lws[v]] {
		return false
	}
	sp := x.span(lo, hi)
	e := x.entityAt(sp, lo, hi)
	h := singular(x.lws[hi-1])
	if e != nil && e.Type == article.Person || e == nil && !x.nameWord(lo) && !orgWords[h] || x.lx.PersonDesc(h) || x.lx.Anonymous(x.lws[hi-1]) {
		return false
	}
	f.c.Source = article.Str(x.text[sp.Start:sp.End])
	f.c.Named, f.person, f.plural, f.resolved = true, false, false, true
	one := 1
	f.c.Count = &one
	if e != nil {
		f.c.SourceEntity = article.Str(e.ID)
	}
	return true
}

// objectForms are the object pronouns a source may take after "according
// to", resolved as their subject forms.
var objectForms = map[string]string{"him": "he", "them": "they"}

func (x *extractor) describedAs(o *found, head string) bool {
	if o.srcLo < 0 || !o.person || o.plural || o.c.SourceEntity == nil {
		return false
	}
	comma := false
	for k := o.srcLo; k < o.srcHi; k++ {
		switch {
		case x.isPunct(k, ","):
			comma = true
		case comma && x.lws[k] == head && !x.toks[k].cap:
			return true
		case !comma && x.lws[k] == head && k+1 < o.srcHi && x.toks[k+1].cap && x.toks[k].cap:
			return true // "Foreign Office Spokesperson Shafqat Ali Khan": a title before the name
		case x.lws[k] == "who" || x.lws[k] == "which" || x.lws[k] == "whose":
			return false // the relative clause tells what it did, not what it is
		}
	}
	return false
}

// resolveByEntity resolves "he"/"she" with no earlier fitting claim to the
// last person the entity stage found mentioned before it.
func (x *extractor) resolveByEntity(f *found, w string, said map[string]byte) {
	if w != "he" && w != "she" {
		if w == "they" {
			f.c.Count = nil
		}
		return
	}
	at := x.toks[f.srcLo].s
	var best *article.Entity
	bestEnd := -1
	for i := range x.a.Entities {
		e := &x.a.Entities[i]
		if e.Type != article.Person || said[e.Name] == otherGender(pronounGender[w]) {
			continue // "she" is not the man the text calls "he"
		}
		for _, m := range e.Mentions {
			if m.End <= at && m.End > bestEnd {
				best, bestEnd = e, m.End
			}
		}
	}
	if best == nil {
		return
	}
	f.c.Source = article.Str(best.Name)
	f.c.SourceEntity = article.Str(best.ID)
	f.c.Named = true
	f.resolved = true
	said[best.Name] = pronounGender[w]
}

// inMention reports whether token k lies inside an entity mention, not at
// its edge.
func (x *extractor) inMention(k int) bool {
	t := x.toks[k]
	for i := range x.a.Entities {
		for _, m := range x.a.Entities[i].Mentions {
			if m.Start < t.s && t.e < m.End {
				return true
			}
		}
	}
	return false
}

func (x *extractor) entity(id string) *article.Entity {
	for i := range x.a.Entities {
		if x.a.Entities[i].ID == id {
			return &x.a.Entities[i]
		}
	}
	return nil
}

// quoted reports whether a content span holds quoted speech: a quotation
// that is not a name in quotation marks ("Orchard Gate").
func (x *extractor) quoted(c article.Span) bool {
	first := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].end > c.Start })
	for _, q := range x.quotes[first:] {
		if q.start >= c.End {
			break
		}
		if q.end <= c.Start || !c.Overlaps(article.Span{Start: q.start, End: q.end}) {
			continue
		}
		if !x.nameQuote(q) && !x.scareQuote(q) {
			return true
		}
	}
	return false
}

// nameQuote reports whether a quotation is a name or title rather than
// speech: every content word capitalized and no sentence punctuation.
func (x *extractor) nameQuote(q quote) bool {
	inner := x.text[q.start:q.end]
	words := strings.FieldsFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' })
	if len(words) == 0 {
		return true
	}
	for _, w := range words {
		r := []rune(w)[0]
		if !unicode.IsUpper(r) && !minorWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// scareQuote reports whether a quotation is a term held at a distance
// ("the so-called “security zone”", "what it calls “terrorists”"), not
// speech: the word before it names it.
func (x *extractor) scareQuote(q quote) bool {
	k := x.tokAt(q.start)
	if k <= 0 {
		return false
	}
	switch x.lws[k-1] {
	case "so-called", "dubbed", "called", "calls", "termed", "terms", "named", "as":
		return x.quoteWords(q) <= 4
	}
	return false
}

// minorWords stay lower case inside a title.
var minorWords = set("a an the of for and or in on at to by with from as nor but de al el la le du von van")

// adjacentQuotes attributes quotes with no cue of their own to the last
// speaker: a quote later in the same paragraph ("…,” he said. “More.”) or
// a paragraph that opens with a quote right after a paragraph with a claim.
func (x *extractor) adjacentQuotes() {
	withCue := map[int]bool{}
	for _, f := range x.out {
		if f.cueTok >= 0 {
			withCue[f.sent] = true
		}
	}
	contents := newSpanIndex(x.out, -1)
	// earlier claims with a source, by where their content ends
	bySource := make([]int, 0, len(x.out))
	for k := range x.out {
		// a relative clause's speaker ("…, who has been challenging …") is
		// an aside: the quote after it carries on the main speaker's words
		if x.out[k].c.Source != nil && !x.relative(x.out[k]) {
			bySource = append(bySource, k)
		}
	}
	sort.SliceStable(bySource, func(i, j int) bool { return x.out[bySource[i]].c.End < x.out[bySource[j]].c.End })
	next, last := 0, -1
	for qi, q := range x.quotes {
		for next < len(bySource) && x.out[bySource[next]].c.End <= q.start {
			if k := bySource[next]; last < 0 || x.out[k].c.End >= x.out[last].c.End {
				last = k
			}
			next++
		}
		if !x.quoteSentence(q) && (x.nameQuote(q) || x.scareQuote(q) || x.quoteWords(q) < 3) {
			continue
		}
		si := x.sentenceAtByte(q.start)
		if si >= 0 && last >= 0 && !contents.overlaps(q.start, q.end) && x.runsOnInSentence(x.out[last], q) {
			x.out[last].c.End = q.end // "“A,” he said. “B.”" read as one sentence
			x.out[last].c.Content = x.text[x.out[last].c.Start:q.end]
			continue
		}
		if si < 0 || withCue[si] || contents.overlaps(q.start, q.end) || last < 0 {
			continue
		}
		o := x.out[last]
		sameParaEarlier := o.para == q.para && o.sent < si
		if p := x.quoteFirstPeer(last); p >= 0 && sameParaEarlier && q.start == x.toks[x.sents[si].lo].s && x.quoteThenCue(x.out[p], si) {
			// "“A,” she said, clapping. “B.”": the participle's claim came
			// last, but the quote carries on the speech before it
			x.out[p].c.End = q.end
			x.out[p].c.Content = x.text[x.out[p].c.Start:q.end]
			continue
		}
		if sameParaEarlier && q.start == x.toks[x.sents[si].lo].s && x.quoteThenCue(o, si) {
			// "“A,” she said. “B.”": the quote runs on past its cue; one
			// attribution whose content holds both parts, as PARC-style
			// annotation has it
			x.out[last].c.End = q.end
			x.out[last].c.Content = x.text[x.out[last].c.Start:q.end]
			continue
		}
		paraStart := x.sents[si].para == q.para && q.start == x.paraStart(q.para)
		if !sameParaEarlier && !(paraStart && o.para == q.para-1) {
			continue
		}
		f := found{srcLo: -1, srcHi: -1, sent: si, para: q.para, cueTok: -1 - qi,
			person: o.person, plural: o.plural, head: o.head, resolved: true}
		f.c = article.Claim{Source: o.c.Source, SourceEntity: o.c.SourceEntity, Named: o.c.Named,
			Count: o.c.Count, Direct: true, Start: q.start, End: q.end, Content: x.text[q.start:q.end]}
		x.out = append(x.out, f)
		last = len(x.out) - 1 // the next quote may continue this one
	}
}

// quoteFirstPeer is the claim of "“A,” she said" that the claim at last
// hangs on as a participle in the same sentence ("…, she said, adding
// …"), or -1.
func (x *extractor) quoteFirstPeer(last int) int {
	o := x.out[last]
	if o.c.Source == nil || o.c.CueSpan == nil {
		return -1
	}
	for k := last - 1; k >= 0 && last-k <= 8; k-- {
		p := x.out[k]
		if p.sent != o.sent || p.c.End > o.c.Start || p.c.Source == nil || *p.c.Source != *o.c.Source {
			continue
		}
		if _, ok := x.quoteBeforeCue(p); ok {
			return k
		}
	}
	return -1
}

// quoteThenCue reports whether claim o is a quote followed by its cue
// ("“A,” she said.") whose sentence ends right before sentence si, so that
// a quote opening si carries on the same speech.
func (x *extractor) quoteThenCue(o found, si int) bool {
	last, ok := x.quoteBeforeCue(o)
	if !ok {
		return false
	}
	// the cue's sentence, or the last sentence the content already reaches
	cs := x.sentenceAtByte(o.c.CueSpan.Start)
	if e := x.toks[last].sent; e > cs {
		cs = e
	}
	return cs >= 0 && si == cs+1
}

// quoteBeforeCue reports whether claim o opens with a quote that closes
// before its cue and whether its content ends on a closing mark, whose
// token it returns.
func (x *extractor) quoteBeforeCue(o found) (int, bool) {
	if !o.c.Direct || o.c.CueSpan == nil {
		return 0, false
	}
	k := x.tokAt(o.c.Start)
	if k < 0 || o.c.End > o.c.CueSpan.Start {
		return 0, false
	}
	// the content opens with the quote, or ends with one that finishes its
	// clause ("The answers are “not meeting the demand,” says X.")
	if x.opensQuote(k) && x.quotes[x.toks[k].q].end > o.c.CueSpan.Start {
		return 0, false
	}
	last := len(x.toks) - 1
	if n := x.tokAfter(o.c.End); n >= 0 {
		last = n - 1
	}
	if last < 0 || x.toks[last].e != o.c.End || !x.closesQuote(last) {
		return 0, false
	}
	return last, true
}

// runsOnInSentence reports whether quote q follows "“A,” she said." in the
// same sentence as the segmenter cut it (a stop inside the sentence, then
// the quote), so that it carries on claim o's speech.
func (x *extractor) runsOnInSentence(o found, q quote) bool {
	if o.para != q.para || o.c.CueSpan == nil || q.start < o.c.CueSpan.End {
		return false
	}
	if _, ok := x.quoteBeforeCue(o); !ok {
		return false
	}
	k := x.tokAt(q.start)
	c := x.tokAfter(o.c.CueSpan.End)
	if k < 1 || c < 0 || k-c > 12 || !x.isPunct(k-1, ".", "!", "?") || x.toks[k].sent != x.toks[c].sent {
		return false
	}
	for j := c; j < k; j++ {
		if x.toks[j].q >= 0 {
			return false
		}
	}
	return true
}

// spanIndex answers, over the contents of claims sorted by start, whether
// some content overlaps a span or holds it, in logarithmic time: prefix
// maxima of the ends (the two largest, so one claim can be left out).
type spanIndex struct {
	starts []int
	max1   []int // per prefix: the largest end
	who1   []int // and the claim it belongs to
	max2   []int // the largest end of another claim
}

// newSpanIndex indexes the contents of fs; skip < 0 indexes all.
func newSpanIndex(fs []found, skip int) *spanIndex {
	order := make([]int, 0, len(fs))
	for i := range fs {
		if i != skip {
			order = append(order, i)
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return fs[order[i]].c.Start < fs[order[j]].c.Start })
	ix := &spanIndex{}
	m1, w1, m2 := -1, -1, -1
	for _, i := range order {
		e := fs[i].c.End
		switch {
		case e > m1:
			m2, m1, w1 = m1, e, i
		case e > m2:
			m2 = e
		}
		ix.starts = append(ix.starts, fs[i].c.Start)
		ix.max1, ix.who1, ix.max2 = append(ix.max1, m1), append(ix.who1, w1), append(ix.max2, m2)
	}
	return ix
}

// upto is how many indexed contents start before or at off (strict: before).
func (ix *spanIndex) upto(off int, strict bool) int {
	return sort.Search(len(ix.starts), func(i int) bool {
		if strict {
			return ix.starts[i] >= off
		}
		return ix.starts[i] > off
	})
}

// overlaps reports whether some content overlaps [s, e).
func (ix *spanIndex) overlaps(s, e int) bool {
	n := ix.upto(e, true)
	return n > 0 && ix.max1[n-1] > s
}

// holds reports whether some content other than claim self's holds [s, e).
func (ix *spanIndex) holds(s, e, self int) bool {
	n := ix.upto(s, false)
	if n == 0 {
		return false
	}
	if ix.who1[n-1] != self {
		return ix.max1[n-1] >= e
	}
	return ix.max2[n-1] >= e
}

// quoteSentence reports whether a quotation is a sentence of its own: it
// opens its sentence, ends it and closes on a full stop, a question or an
// exclamation mark (“Never.”, “Why now?”). However short, that is speech
// carried on, not a name or a term held at a distance.
func (x *extractor) quoteSentence(q quote) bool {
	k := x.tokAfter(q.start)
	if k < 0 || k >= len(x.toks) || x.toks[k].s != q.start {
		return false
	}
	s := x.sents[x.toks[k].sent]
	if k != s.lo || x.toks[s.hi-1].e != q.end {
		return false
	}
	if k+1 < s.hi && x.isPunct(k+1, "(", "[") {
		return false // "“(CROSSTALK.)": a transcript's stage direction
	}
	inner := strings.TrimRightFunc(x.text[q.start:q.end], func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune(".!?", r)
	})
	return strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "?")
}

func (x *extractor) quoteWords(q quote) int {
	n := 0
	for k := x.tokAfter(q.start); k >= 0 && k < len(x.toks) && x.toks[k].s < q.end; k++ {
		if x.toks[k].word {
			n++
		}
	}
	return n
}

func (x *extractor) sentenceAtByte(off int) int {
	k := x.tokAfter(off)
	if k < 0 {
		return -1
	}
	return x.toks[k].sent
}

func (x *extractor) paraStart(para int) int {
	if para < 0 || para >= len(x.paras) {
		return -1
	}
	return x.paras[para][0]
}
