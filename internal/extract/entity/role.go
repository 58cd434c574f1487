package entity

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// roles reads the roles a mention of a person is given: the title before
// it ("Syrian President", "army chief General"), an apposition after it
// ("Steve Witkoff, Trump's Middle East envoy"; "X, who was appointed
// governor of ..."), and a role change the sentence reports ("was put in
// charge of security in ...").
func (sc *scanner) roles(c *cand, e *ent) {
	s := &sc.sents[c.sent]
	e.roles = append(e.roles, sc.titleBefore(s, c.i)...)
	if r := sc.after(s, c.j); r != "" {
		e.roles = append(e.roles, r)
	}
}

// titleBefore reads the words before a name back to a determiner, a
// preposition, a verb or a clause boundary, and keeps them when they end in
// a title or office. A comma may stand between an office and the name.
func (sc *scanner) titleBefore(s *sentence, i int) []string {
	end := i
	if end >= 2 && s.w[end-1].s == "," && (isOffice(s, end-2) || officeComplement(s, 0, end-1)) {
		end-- // "the Special Envoy for Sudan, Tom Perriello,"
	}
	start := end
	for start > 0 && end-start < 8 {
		w := s.w[start-1]
		if w.s == "." && start >= 2 && s.w[start-2].end == w.start && !s.w[start-2].punct {
			start-- // "Gov.", "Lt. Gen."
			continue
		}
		if w.punct {
			break
		}
		l := w.l
		if l == "the" && start >= 3 && (s.ls[start-2] == "of" || s.ls[start-2] == "for") && isOffice(s, start-3) && start < end && s.w[start].cap {
			start-- // "Special Envoy for the Great Lakes"
			continue
		}
		if (l == "of" || l == "for") && start >= 2 && isOffice(s, start-2) && start < end && (s.w[start].cap || s.ls[start] == "the") {
			start--
			continue
		}
		if roleStops[l] || w.num || (functionWords[l] && !w.cap) {
			break
		}
		if !w.cap && strings.HasSuffix(l, "ed") && !strings.Contains(l, "-") {
			break
		}
		// a lower-case word is a modifier ("senior", "long-dead"), an office,
		// or a noun right before an office ("security official")
		if !w.cap && !roleModifiers[l] && !roleNouns[l] && !strings.Contains(l, "-") && !isOffice(s, start-1) {
			break
		}
		start--
	}
	if start == end || !isOffice(s, end-1) && !officeComplement(s, start, end) {
		return nil
	}
	var out []string
	// "Trump's running mate, Gov. Mike Pence": an apposition before a title
	if start >= 2 && s.w[start-1].s == "," && isOffice(s, start-2) && end-start <= 3 {
		out = append(out, sc.titleBefore(s, start)...)
	}
	// "the RSF, commanded by his former deputy X": X commands the RSF
	p := start
	if p > 0 && possessives[s.w[p-1].l] {
		p--
	}
	if p >= 3 && s.w[p-1].l == "by" && s.w[p-3].s == "," {
		if noun := ledBy[s.w[p-2].l]; noun != "" {
			if org := sc.nameEndingAt(s, p-3); org != "" {
				out = append(out, org+" "+noun)
			}
		}
	}
	// an honorific alone is no role
	words := s.ss[start:end]
	if len(words) <= 2 && honorifics[s.ls[start]] {
		return nil
	}
	// "army chief General": a lower-case office then a capitalized rank
	// are two roles
	from := start
	for m := start + 1; m < end; m++ {
		// "Qatar's Prime Minister Sheikh", "Defence Minister Mullah": a
		// personal rank after a capitalized office is a role of its own
		personal := personalRanks[s.w[m].s] && !personalRanks[s.w[m-1].s] && !insideTitle(s, m)
		if s.w[m].cap && (!s.w[m-1].cap || personal) && isRankAt(s, m) && isOffice(s, m-1) {
			out = append(out, sc.phrase(s, from, m))
			from = m
		}
	}
	last := sc.phrase(s, from, end)
	if !isHonorific(strings.TrimSuffix(last, ".")) {
		out = append(out, last)
	}
	// "his former deputy": whose deputy the text said just before; "its
	// deputy commander" is a body's, "their" a group's
	if start > 0 && (s.w[start-1].l == "his" || s.w[start-1].l == "her") && len(out) > 0 {
		if who := sc.lastPerson(s, start-1); who != "" {
			out[len(out)-1-countRanks(out)] += " of " + who
		}
	}
	return out
}

// officeComplement: the words start..end end in an office's complement
// in capitals ("Under-Secretary-General for Humanitarian Affairs",
// "Minister of Foreign Affairs"), which is part of the title.
func officeComplement(s *sentence, start, end int) bool {
	for m := end - 1; m > start && m >= end-5; m-- {
		if l := s.ls[m]; l == "of" || l == "for" {
			return isOffice(s, m-1) && m+1 < end
		}
		if !s.w[m].cap && s.ls[m] != "the" {
			return false
		}
	}
	return false
}

// countRanks counts the trailing capitalized ranks split off a role list,
// so that "of X" goes to the office before them.
func countRanks(out []string) int {
	n := 0
	for i := len(out) - 1; i > 0; i-- {
		if !text.IsCapitalized(out[i]) {
			break
		}
		n++
	}
	return n
}

// ledBy maps "commanded by" and the like to the office it gives.
var ledBy = map[string]string{"commanded": "commander", "led": "leader", "headed": "head",
	"founded": "founder", "chaired": "chair", "run": "head"}

// nameEndingAt is the text of the organization mention ending right before word k.
func (sc *scanner) nameEndingAt(s *sentence, k int) string {
	for _, c := range sc.nearby(s, k) {
		if c.j == k && c.typ == "organization" {
			return sc.text[s.w[c.i].start:s.w[c.j-1].end]
		}
	}
	return ""
}

// nearby returns the candidates of sentence s that start before word k,
// at most the last 32 of them: roles refer to names close by.
func (sc *scanner) nearby(s *sentence, k int) []cand {
	cs := sc.inSentence(s.index)
	n := sort.Search(len(cs), func(i int) bool { return cs[i].sent != s.index || cs[i].i >= k })
	cs = cs[:n]
	if len(cs) > 32 {
		cs = cs[len(cs)-32:]
	}
	return cs
}

// phrase is the text of words [i,k), as written.
func (sc *scanner) phrase(s *sentence, i, k int) string {
	if i >= k {
		return ""
	}
	return normRole(sc.text[s.w[i].start:s.w[k-1].end])
}

// lastPerson is the last person named in the sentence before word k.
func (sc *scanner) lastPerson(s *sentence, k int) string {
	best := ""
	cs := sc.nearby(s, k)
	for i := len(cs) - 1; i >= 0; i-- {
		if c := cs[i]; c.j <= k && c.typ == "person" {
			return sc.text[s.w[c.i].start:s.w[c.j-1].end]
		}
	}
	return best
}

// isOffice reports whether a title or office ends at word k.
func isOffice(s *sentence, k int) bool {
	if k < 0 || k >= len(s.w) {
		return false
	}
	w := s.w[k]
	if w.s == "." && k > 0 {
		w = s.w[k-1]
		k--
	}
	titles := lexicon.Titles()
	for b := k; b >= 0 && b > k-4; b-- {
		// one walk of the trie: a title of exactly the words b..k, or a
		// longest one that takes the full stop after k too ("Gov.")
		lens := titles.MatchLens(s.ls, s.ss, b)
		if lens>>(k+1-b)&1 != 0 {
			return true
		}
		if k+2-b < 64 && lens>>(k+2-b) == 1 && s.ss[k+1] == "." {
			return true
		}
	}
	return false
}

func isRankAt(s *sentence, k int) bool {
	t, n := lexicon.Titles().LongestLower(s.ls, s.ss, k)
	return n > 0 && t.Kind == lexicon.NameRank
}

// personalRanks are held by a person whatever office they fill.
var personalRanks = wordSet(`Sheikh Sheik Mullah Maulana Mawlawi General Gen. Colonel Col. Major Maj.
Captain Capt. Admiral Adm. Brigadier Marshal Commodore Dr. Dr Prof. Professor Sir Dame Lord Lady Rabbi
Imam Ayatollah Cardinal Archbishop Bishop Reverend Rev. Emir Prince Princess King Queen Sultan Lieutenant Lt.`)

// insideTitle reports whether word m is inside a longer title that starts
// before it ("Air Chief Marshal", "Lieutenant General").
func insideTitle(s *sentence, m int) bool {
	for k := max(0, m-3); k < m; k++ {
		if _, n := lexicon.Titles().LongestLower(s.ls, s.ss, k); k+n > m {
			return true
		}
	}
	return false
}

var roleModifiers = wordSet(`senior former top deputy acting chief interim veteran longtime retired
outgoing incoming newly new then current lead leading head special assistant associate executive
general principal vice junior prominent influential exiled jailed slain late elected appointed prime
de facto self-declared self-proclaimed ousted`)

// roleNouns qualify an office: "security official", "army chief",
// "campaign spokesman".
var roleNouns = wordSet(`security army military defense defence intelligence foreign police party
campaign communications press opposition rebel militia government state church union company bank
industry business trade transport health finance justice interior energy oil labour labor border
peace master team club project program programme research development marketing sales news tribal
village community city county district regional provincial national federal presidential
parliamentary congressional senate house cabinet ministry embassy aid relief humanitarian nuclear
economic political military-intelligence navy naval air police-force prison camp hospital school
university human rights media emergency rescue fire civil civilian senior top field policy junta coast
guard election electoral public affairs legal council committee commission mission peacekeeping
operations counterterrorism separatist militant insurgent spiritual religious student protest ruling`)

// isHonorific reports whether r is an honorific alone, in any case.
func isHonorific(r string) bool {
	if len(r) > 6 {
		return false
	}
	for h := range honorifics {
		if strings.EqualFold(h, r) {
			return true
		}
	}
	return false
}

var honorifics = wordSet("mr mrs ms miss dr sir dame mr. mrs. ms. dr. madam daw thura")

var possessives = wordSet("his her their its")

var roleStops = wordSet(`allow allows help helps helped let elect appoint hire hired join defeat defeats
beat beats face faces faced oppose opposes opposed endorse endorses endorsed nominate nominates
award awarded thank thanked ask asked call urge urged meet praise praised criticize
criticise accuse blame back support invite host congratulate welcome join replace succeed fire sack visit
phone warn told tell tells urges meets praises accuses backs supports invites hosts welcomes joins
replaces visits phones warns against told calls asks thanks awards let lets make makes made see saw
the a an by with of to in on at for from and or but as that which who whom
said says told say his her their its our my your this these those is was are were be been has have
had will would after before during when while than including like about against between among under
over into onto via per amid including met meet meets called named led hosted welcomed`)

// after reads an apposition or a reported role after a name ending at word k.
func (sc *scanner) after(s *sentence, k int) string {
	if k >= len(s.w) {
		return ""
	}
	m := k
	if s.w[m].s == "," {
		m++
		if m < len(s.w) && s.w[m].l == "who" {
			if r := sc.roleChange(s, m+1); r != "" {
				return r
			}
			return sc.asRole(s, m+1)
		}
		// an apposition: up to the next comma, with an office in it
		end := m
		office := false
		for end < len(s.w) && end-m < 14 {
			w := s.w[end]
			if w.punct && w.s != "'" && w.s != "’" && w.s != "-" {
				break
			}
			if !office && isOffice(s, end) {
				office = true
			}
			end++
		}
		if m < len(s.w) && office && end > m && appositionStart(s.w[m]) && headedByOffice(s, m, end) {
			return sc.phrase(s, m, end)
		}
		return ""
	}
	return sc.roleChange(s, m)
}

// headedByOffice reports whether the office in words [m,end) heads them:
// it ends them or a preposition follows it ("minister of transport"), as
// it does not in "President Barack Obama's approval rating".
func headedByOffice(s *sentence, m, end int) bool {
	for o := m; o < end; o++ {
		if !isOffice(s, o) {
			continue
		}
		if o == end-1 {
			return true
		}
		switch s.w[o+1].l {
		case "of", "for", "at", "to", "in", "on", "with", "from", "and", ",":
			return true
		}
		if isOffice(s, o+1) {
			continue // "Chief Operating Officer": the office goes on
		}
	}
	return false
}

// appositionStart tells an apposition's first word from a clause's.
func appositionStart(w word) bool {
	l := w.l
	if l == "a" || l == "an" || l == "the" || w.cap {
		return !functionWords[l] || l == "a" || l == "an" || l == "the"
	}
	return !functionWords[l] && !personCues[l] && !strings.HasSuffix(l, "ed")
}

// roleChange reads "was appointed governor of ...", "was put in charge of
// ...", "became ..." from word m on.
func (sc *scanner) roleChange(s *sentence, m int) string {
	i := m
	passive := false
	for i < len(s.w) && auxiliaries[s.w[i].l] {
		passive = passive || beForms[s.w[i].l]
		i++
	}
	if i >= len(s.w) || !passive && s.w[i].l != "became" {
		return "" // "Trump had made ...": not "was made governor"
	}
	v := s.w[i].l
	switch {
	case v == "put" && i+2 < len(s.w) && s.w[i+1].s == "in" && s.w[i+2].s == "charge":
		i++
	case appointVerbs[v]:
		i++
		if i < len(s.w) && (s.w[i].s == "as" || s.w[i].s == "to") {
			i++
		}
	default:
		return ""
	}
	end := i
	for end < len(s.w) {
		w := s.w[end]
		if w.punct && w.s != "'" && w.s != "’" && w.s != "-" {
			break
		}
		l := w.l
		if end > i && (l == "after" || l == "when" || l == "since" || l == "and" || l == "who" || l == "which") {
			break
		}
		// "in January", "on Monday", "in 2020", "last year" end the role
		if end > i && end+1 < len(s.w) && (l == "in" || l == "on" || l == "at" || l == "last" || l == "this" || l == "earlier") {
			if n := s.w[end+1]; n.num || calendarWords[n.l] || timeWords[n.l] {
				break
			}
		}
		end++
	}
	if end == i || end-i > 16 {
		return ""
	}
	return sc.phrase(s, i, end)
}

// asRole reads "... as a witness" in a relative clause from word m on.
func (sc *scanner) asRole(s *sentence, m int) string {
	for i := m; i+1 < len(s.w) && i-m < 12; i++ {
		w := s.w[i]
		if w.punct {
			return ""
		}
		if w.s != "as" {
			continue
		}
		j := i + 1
		if l := s.w[j].l; l == "a" || l == "an" || l == "the" {
			j++
		}
		// "as a witness", "as chief negotiator": a short phrase ending in an office
		for e := j + 1; e <= len(s.w) && e-j <= 3; e++ {
			if isOffice(s, e-1) && (e == len(s.w) || s.w[e].punct || !isOffice(s, e)) {
				return sc.phrase(s, j, e)
			}
			if s.w[e-1].punct {
				break
			}
		}
		return ""
	}
	return ""
}

var timeWords = wordSet("year month week day last this earlier later early late mid")

var beForms = wordSet("was is were are been be being")

var auxiliaries = wordSet("was is has have had been be being also later then recently newly officially formally")

var appointVerbs = wordSet("appointed named made elected promoted nominated became installed designated chosen selected sworn tapped")

// normRole trims articles, possessive pronouns and stray punctuation.
func normRole(r string) string {
	r = strings.TrimSpace(r)
	r = strings.Trim(r, ",;:—–- ")
	for _, p := range []string{"the ", "The ", "a ", "A ", "an ", "An ", "his ", "her ", "their ", "its "} {
		if strings.HasPrefix(r, p) {
			r = r[len(p):]
		}
	}
	if strings.HasPrefix(r, "sworn in as ") {
		r = r[len("sworn in as "):]
	}
	return strings.Join(strings.Fields(r), " ")
}
