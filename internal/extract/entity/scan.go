package entity

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// cand is one mention found in a sentence, before mentions are merged.
type cand struct {
	sent, i, j int // words [i, j) of sentence sent
	span       article.Span
	typ        string
	key        string // canonical name for a listed entity, "" otherwise
	lex        bool   // found in a lexicon
	weak       bool   // a sentence-initial common word, kept only if seen elsewhere
	single     bool   // an unlisted single word whose type is decided later
	orgCue     bool   // the context says organization ("engine maker X")
	placeCue   bool   // the context says place ("in X")
	personCue  bool   // the context says person ("X said", "X, who")
	kind       string // the lexicon kind of a listed name
	city       bool   // "Mobile, Alabama": the span runs over the state
	town       bool   // a dateline's town ("BAHIR DAR, Ethiopia (Reuters) -")
	onlyKnown  bool   // a word that names only a person already known ("May")
}

// scanner finds the mentions of one article.
type scanner struct {
	text      string
	sents     []sentence
	cands     []cand
	sentCands []int // index of the first candidate of each sentence
	lc        lowerCache
	stop      []int           // scan's buffer, one sentence long
	sports    bool            // the article reports games: scores and sports words
	noEnt     map[string]bool // acronyms the text gives an event or a law ("WWDC")
	towns     map[string]bool // lower-cased dateline towns ("bahir dar")
}

// cap of the candidate list: about one name in eight words, so that the
// list seldom grows.
func candCap(words int) int { return words/8 + 16 }

// inSentence returns the candidates of sentence si found so far.
func (sc *scanner) inSentence(si int) []cand {
	if si >= len(sc.sentCands) {
		return nil
	}
	from := sc.sentCands[si]
	if from > len(sc.cands) {
		return nil
	}
	return sc.cands[from:]
}

func (sc *scanner) scan(si int) {
	s := &sc.sents[si]
	if s.shout {
		sc.sentCands = append(sc.sentCands, len(sc.cands))
		for i := 0; i < len(s.w); {
			i = sc.shoutName(si, i)
		}
		return
	}
	from := len(sc.cands)
	defer sc.cityState(si, from)
	names, titles := lexicon.Names(), lexicon.Titles()
	// a possessive ends a name, "Syria's foreign ministry": stop[i] is the
	// end of the words a name starting at i may take
	if cap(sc.stop) < len(s.w) {
		sc.stop = make([]int, len(s.w)+16)
	}
	stop := sc.stop[:len(s.w)] // every entry is set below
	lim := len(s.w)
	for k := len(s.w) - 1; k >= 0; k-- {
		if s.w[k].poss {
			lim = k + 1
		}
		stop[k] = lim
	}
	sc.sentCands = append(sc.sentCands, len(sc.cands))
	for i := 0; i < len(s.w); {
		w := s.w[i]
		if k := sc.speaker(si, i); k > i {
			i = k
			continue
		}
		if w.shout {
			i = sc.shoutName(si, i)
			continue
		}
		if w.punct {
			i++
			continue
		}
		if w.num {
			// "M23", "G7": listed names with digits; "A380" is no name
			if e, n := names.LongestLower(s.ls[:stop[i]], s.ss[:stop[i]], i); n > 0 && w.cap {
				i = sc.listed(si, i, i+n, e)
				continue
			}
			i++
			continue
		}
		if !w.cap && particles[w.l] && i+1 < len(s.w) && s.w[i+1].cap {
			// "an al Qaeda affiliate": a listed name that opens with a
			// particle in lower case
			if e, n := names.LongestLower(s.ls[:stop[i]], s.ss[:stop[i]], i); n > 1 {
				i = sc.listed(si, i, i+n, e)
				continue
			}
		}
		if !w.cap && !particleName(w.s) {
			i++ // names start with a capital
			continue
		}
		lim = stop[i]
		e, n := names.LongestLower(s.ls[:lim], s.ss[:lim], i)
		// "Tigray People's Liberation Front": a possessive inside a listed name
		if lim < len(s.w) {
			if e2, n2 := names.LongestLower(s.rawWords(sc.text, sc.lc), s.ss, i); n2 > n && !s.w[i+n2-1].poss {
				e, n = e2, n2
			}
		}
		t, tn := titles.LongestLower(s.ls[:lim], s.ss[:lim], i)
		// "Deputy Foreign Minister", "Acting Defence Secretary": titles in a
		// row are one title before the name
		for tn > 0 && t.Kind == lexicon.NameRank && i+tn < lim {
			t2, tn2 := titles.LongestLower(s.ls[:lim], s.ss[:lim], i+tn)
			if tn2 == 0 || t2.Kind != lexicon.NameRank {
				break
			}
			tn += tn2
		}
		// "President To Lam": after a rank inside a sentence a capitalised
		// short function word opens a name of two words
		if tn > 0 && t.Kind == lexicon.NameRank && w.cap && tn >= n && i+tn+1 < len(s.w) && !s.title && !w.headline {
			f, g := s.w[i+tn], s.w[i+tn+1]
			if f.cap && !f.caps && functionWords[f.l] && len(f.s) <= 3 && g.cap && !g.caps && nameLike(g) &&
				(i+tn+2 >= len(s.w) || !s.w[i+tn+2].cap) {
				sc.add(cand{sent: si, i: i + tn, j: i + tn + 2, typ: article.Person})
				i += tn + 2
				continue
			}
		}
		// "Minister for Foreign Affairs Penny Wong", "Special Envoy for
		// Sudan Tom Perriello": the rank's complement, then the person
		if tn > 0 && t.Kind == lexicon.NameRank && w.cap && tn >= n && i+tn+1 < len(s.w) && (s.ls[i+tn] == "for" || s.ls[i+tn] == "of") {
			if k := sc.complementPerson(si, i, i+tn+1); k > i {
				i = k
				continue
			}
		}
		// a rank, or an office written capitalized: "Chief executive Thomas Enders"
		if tn > 0 && (t.Kind == lexicon.NameRank || i == s.first && officeBeforeName(s, i+tn)) && w.cap && tn >= n && i+tn < len(s.w) && nameLike(s.w[i+tn]) && !s.w[i+tn-1].poss &&
			!(initial(s.w[i+tn]) && (i+tn+1 >= len(s.w) || s.w[i+tn+1].s != ".")) && // "Gen Z": a letter alone is no name

			headOf(s, i, sc.chunk(si, i+tn)) == lexicon.NameHeadNone { // "Premier League" is no person
			if k := sc.person(si, i, i+tn); k > i+tn {
				i = k
				continue
			}
		}
		if m := shoutedRun(s, i); n == 0 && m > 0 && (i == s.first || lineStart(sc.text, s, i)) && dateline(s, i+m) {
			// "FLINT, Mich. —", "BAHIR DAR, Ethiopia (Reuters) -"
			sc.add(cand{sent: si, i: i, j: i + m, typ: article.Place, town: true})
			if sc.towns == nil {
				sc.towns = map[string]bool{}
			}
			sc.towns[strings.Join(s.ls[i:i+m], " ")] = true
			i += m
			continue
		}
		if n == 0 && w.cap && calendarWords[w.l] && !dateContext(s, i) {
			// "May said": a month, unless a person of that name is known
			sc.add(cand{sent: si, i: i, j: i + 1, single: true, onlyKnown: true})
			i++
			continue
		}
		if i+1 < len(s.w) && s.w[i+1].s == "$" && s.w[i+1].start == w.end && w.caps && len(w.s) <= 3 {
			i += 2 // "HK$", "NT$", "C$": a dollar's country, no body
			continue
		}
		if n == 0 && w.caps && (sc.noEnt[w.s] || ticker(s, i)) {
			i++ // "WWDC" after "Worldwide Developers Conference (WWDC)"; "(CVL.N)"
			continue
		}
		if n == 0 && !nameLike(w) {
			if head, ok := hyphenTail(w.s); ok {
				sc.hyphenParts(si, i, head)
			} else if strings.IndexByte(w.s, '-') > 0 && w.cap {
				sc.hyphenParts(si, i, w.s)
			}
			i++
			continue
		}
		if n == 0 && countWords[w.l] && (i == s.first || dashes[s.w[i-1].s] || s.w[i-1].s == ":") {
			i++ // "BAMAKO (Agency) - Two Western hostages": a count, capitalised where the sentence opens
			continue
		}
		k := sc.chunk(si, i)
		if tn > 0 && i+tn >= k && n < tn {
			i = k // "the President", "Secretary": a title alone
			continue
		}
		if n > 0 && i+n < len(s.w) && s.w[i+n].s == "$" && s.w[i+n].start == s.w[i+n-1].end {
			i += n + 1 // "US$ 40 billion": a currency
			continue
		}
		if n > 0 && k > i+n && teamName(s, e, i+n, k) {
			sc.add(cand{sent: si, i: i, j: k, typ: article.Organization}) // "Chicago Bulls"
			i = k
			continue
		}
		if n > 0 && e.Type == article.Organization && stockIndex(s, i+n) {
			i += n // "the S&P 500 index": the index, not the agency
			continue
		}
		if n == 0 && w.cap && strings.IndexByte(w.s, '-') > 0 && allListed(w.s) {
			sc.hyphenParts(si, i, w.s) // "the Dakar-Bamako corridor", "Kigali-Goma road"
			i++
			continue
		}
		if n > 0 && e.Type == article.Place && i+n < len(s.w) && adminUnits[s.w[i+n].s] && !s.w[i+n-1].poss {
			i = sc.listed(si, i, i+n+1, e) // "Shan State", "Borno State": the listed place
			continue
		}
		if n > 1 && w.l == "the" {
			// "The National Electoral Council": a longer name after "The"
			// than the listed "The National"
			if k2 := sc.chunk(si, i+1); k2 > i+n && headOf(s, i+1, k2) != lexicon.NameHeadNone {
				i = sc.unknown(si, i+1, k2)
				continue
			}
		}
		if n > 0 {
			if k > i+n && (sc.wholeName(si, i, k) || wireCredit(s, i, k)) {
				i = sc.unknown(si, i, k)
				continue
			}
			if n == 1 && (e.Type == article.Place || e.Type == article.Group) && k == i+2 && surnameAfter(s, i) {
				i = sc.unknown(si, i, k) // "Milan Radoičić", "Jordan Henderson": a given name
				continue
			}
			// "interior minister Hama Amadou Souley": after an office a
			// town's name opens the person's
			if n == 1 && e.Type == article.Place && e.Kind != lexicon.NameCountry && e.Kind != lexicon.NameDemonym &&
				k >= i+2 && k <= i+4 && !s.w[i].poss && isOffice(s, i-1) {
				i = sc.unknown(si, i, k)
				continue
			}
			i = sc.listed(si, i, i+n, e)
			continue
		}
		if k == i {
			i++
			continue
		}
		if w.table {
			i = sc.tableName(si, i, k) // "Leeds 2 Coventry 1"
			continue
		}
		// a sentence-initial common word is not a name: "Earlier", "Details";
		// but "Secret Service" is, by its head
		if i == s.first && lexicon.IsCommonWord(w.l) && !lexicon.IsGivenName(w.l) && (k == i+1 || headOf(s, i, k) == lexicon.NameHeadNone && !clubPrefixes[w.s]) {
			if k == i+1 {
				sc.add(cand{sent: si, i: i, j: k, weak: true, single: true})
			}
			i++
			continue
		}
		if s.title || w.headline {
			i = k
			continue
		}
		// "Southeast Asian nations", "European diplomats": no name, unless
		// a head makes one ("Nordic Equity Partners")
		if regionAdjectives[w.l] && headOf(s, i, k) == lexicon.NameHeadNone && !(k < len(s.w) && placeNounsAfter[s.w[k].s]) {
			i++
			continue
		}
		i = sc.unknown(si, i, k)
	}
}

// chunk returns the end of the run of name words from i, with the
// particles and connectors that join them ("Deir al Balah", "Ministry of
// Foreign Affairs").
func (sc *scanner) chunk(si, i int) int {
	s := &sc.sents[si]
	titles := lexicon.Titles()
	k := i
	headed, joined := false, false
	for k < len(s.w) {
		w := s.w[k]
		if k > i && strings.IndexByte(sc.text[s.w[k-1].end:w.start], '\n') >= 0 {
			break // a name does not run over a line break
		}
		// a middle initial: "Mikhail S. Gorbachev", "J. K. Rowling"
		if initial(w) && k+2 < len(s.w) && s.w[k+1].s == "." && s.w[k+1].start == w.end && nameLike(s.w[k+2]) && s.w[k+2].cap {
			k += 2
			continue
		}
		// "U Than Swe": a capitalised short function word between two
		// name words inside a sentence is a name's word
		if k > i && w.cap && !w.caps && functionWords[w.l] && len(w.s) <= 4 && !s.title && !w.headline &&
			s.w[k-1].cap && !functionWords[s.w[k-1].l] && k+1 < len(s.w) && s.w[k+1].cap && !s.w[k+1].caps &&
			!functionWords[s.w[k+1].l] && nameLike(s.w[k+1]) {
			k++
			continue
		}
		// "Theresa May", "April Ryan": a month after a given name is a
		// surname; "Pham Thu Hang": a day's short form between two names
		// is a middle name
		if k > i && w.cap && calendarWords[w.l] && (lexicon.IsGivenName(s.w[k-1].l) ||
			len(w.l) <= 3 && k+1 < len(s.w) && s.w[k+1].cap && !s.w[k+1].caps && nameLike(s.w[k+1]) && !calendarWords[s.w[k+1].l]) {
			k++
			continue
		}
		if nameLike(w) {
			if k > i {
				if t, tn := titles.LongestLower(s.ls, s.ss, k); tn > 0 && t.Kind == lexicon.NameRank && k+tn < len(s.w) && nameLike(s.w[k+tn]) &&
					!(innerTitles[w.s] && lexicon.IsGivenName(s.w[k-1].l)) {
					break // "Syrian President Ahmed": the title parts them, not "Hassan Sheikh Mohamud"
				}
			}
			if lexicon.NameHead(w.s) != lexicon.NameHeadNone {
				headed = true
			}
			k++
			if w.poss {
				break
			}
			continue
		}
		if k == i || w.punct || w.num || k+1 >= len(s.w) {
			break
		}
		l := w.l
		romance := romanceHeads[s.w[i].s]
		if (particles[l] || romance && romanceJoins[l]) && !w.cap {
			// "van der Berg": particles up to a capitalized name; "Rassemblement
			// pour la République": the words that join a Romance body's name
			m := k
			for m < len(s.w) && m-k < 3 && (particles[s.w[m].l] || romance && romanceJoins[s.w[m].l]) && !s.w[m].cap {
				m++
			}
			if m < len(s.w) && nameLike(s.w[m]) && (s.w[m].cap || particleName(s.w[m].s)) {
				k = m
				continue
			}
		}
		// "and" only inside "X of A and B"; "the" only after of/for/on/to
		if l == "on" && !onHeads[s.w[k-1].s] {
			break // "Committee on Foreign Relations", not "University on Long Island"
		}
		// "Competition and Markets Authority": "and" joins before the head
		// too when the words after it end in one
		andHead := !headed && (l == "and" || l == "&") && !listedAt(s, i) && !lexicon.IsGivenName(s.w[i].l) && englishRun(s, i, k)
		// "Shanghai Airlines and Xiamen Airlines": after a head, a proper
		// name opens the next name ("Oil and Gas Enterprise" goes on)
		if headed && (l == "and" || l == "&") && lexicon.NameHead(s.w[k-1].s) != lexicon.NameHeadNone && k+1 < len(s.w) && !lexicon.IsEnglishWord(s.w[k+1].l) {
			break
		}
		if (headed || andHead) && joiners[l] && !w.cap && (l != "and" && l != "&" || andJoins(s, k+1)) {
			m := k + 1
			if m+1 < len(s.w) && s.w[m].s == "the" && l != "and" && l != "&" {
				m++
			}
			// "Secretary of the Air Force for Acquisition Marvin Sambur": no
			// name runs on into a person's
			if m < len(s.w) && nameLike(s.w[m]) && !personAhead(s, m) {
				k = m
				joined = joined || l == "of" || l == "for"
				if _, n := lexicon.Names().LongestLower(s.ls, s.ss, m); n > 1 {
					k = m + n // "Court of Bosnia and Herzegovina": the listed name whole
				}
				continue
			}
		}
		break
	}
	return k
}

// englishRun reports whether words [i,k) are all English words:
// "Competition" of "Competition and Markets Authority", not "Commerzbank"
// of "Commerzbank and Dresdner Bank".
func englishRun(s *sentence, i, k int) bool {
	for m := i; m < k; m++ {
		if !lexicon.IsEnglishWord(s.w[m].l) {
			return false
		}
	}
	return k > i
}

// andJoins reports whether the word after "and" goes on the name ("Myanma
// Oil and Gas Enterprise") rather than starting another ("... and Rwanda").
func andJoins(s *sentence, k int) bool {
	if k >= len(s.w) || !s.w[k].cap || lexicon.IsGivenName(s.w[k].l) || listedAt(s, k) {
		return false
	}
	// the words after "and" must end in a head of their own
	m := k
	for m < len(s.w) && nameLike(s.w[m]) && !s.w[m].poss {
		m++
	}
	return m > k && lexicon.NameHead(s.w[m-1].s) != lexicon.NameHeadNone
}

// surnameAfter reports whether the listed place at word i is a given name
// that a surname follows ("led by Milan Radoičić", "Chad Smith"): the
// place is also a given name, and the next word is a name in no lexicon,
// no head of a name ("Jordan Valley") and no English word ("Chad Basin").
func surnameAfter(s *sentence, i int) bool {
	if i+1 >= len(s.w) || !lexicon.IsGivenName(s.w[i].l) {
		return false
	}
	n := s.w[i+1]
	for _, suf := range []string{"ists", "ians", "ites", "ans"} {
		if strings.HasSuffix(n.l, suf) {
			return false // "Christian Zionists": a people, no surname
		}
	}
	return n.cap && !n.caps && !n.punct && !listedAt(s, i+1) && lexicon.NameHead(n.s) == lexicon.NameHeadNone &&
		!lexicon.IsEnglishWord(strings.TrimSuffix(n.l, "'s"))
}

// allListed reports whether every part of a hyphenated word is a listed
// name written capitalized ("Dakar-Bamako", "Kigali-Goma").
func allListed(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		if len(part) < 2 || !text.IsCapitalized(part) {
			return false // checked before any lookup: most such words fail here
		}
	}
	for part := range strings.SplitSeq(w, "-") {
		if _, ok := lexicon.Names().Lookup(part); !ok {
			return false
		}
	}
	return true
}

// adminUnits follow a region's name as part of it: "Shan State".
var adminUnits = wordSet("State Province Region Governorate Oblast Prefecture")

// innerTitles stand inside a name after a given name: "Hassan Sheikh
// Mohamud".
var innerTitles = wordSet("Sheikh Sheik Shaikh Haji Mullah Sidi")

// listedAt reports whether a listed name starts at word k.
func listedAt(s *sentence, k int) bool {
	if k >= len(s.w) {
		return false
	}
	_, n := lexicon.Names().LongestLower(s.ls, s.ss, k)
	return n > 0
}

// onHeads take "on" inside their names.
var onHeads = wordSet("Committee Subcommittee Commission Council Conference Convention Panel Task Force Forum Authority Group Board Office Agency Summit")

// joiners may stand inside a name once its head is seen.
var joiners = wordSet("of for and & on to")

// wholeName reports whether the run of name words [i,k) is one name
// although a listed name starts it: "Palestinian Red Crescent", "Gaza
// Humanitarian Fund", "China Eastern Airlines".
func (sc *scanner) wholeName(si, i, k int) bool {
	s := &sc.sents[si]
	h := headOf(s, i, k)
	if h != lexicon.NameHeadNone {
		return true
	}
	return k < len(s.w) && isSuffix(s.w[k].s)
}

// headOf classifies a run of words by its head: the word before the first
// joiner ("Ministry" of "Ministry of Foreign Affairs"), else the last word.
func headOf(s *sentence, i, k int) int {
	last := k - 1
	for m := i + 1; m < k; m++ {
		if joiners[s.w[m].s] && s.w[m].s != "and" && s.w[m].s != "&" {
			last = m - 1
			break
		}
	}
	if last < i {
		return lexicon.NameHeadNone
	}
	h := lexicon.NameHead(s.w[last].s)
	switch {
	case h == lexicon.NameHeadSuffix:
		return lexicon.NameHeadOrganization
	case last < k-1 && (s.w[last].s == "Center" || s.w[last].s == "Centre"):
		return lexicon.NameHeadOrganization // "Center for Strategic Studies"
	}
	return h
}

func isSuffix(w string) bool {
	if w == "" || !text.IsCapitalized(w) && w != "plc" {
		return false
	}
	return lexicon.NameHead(w) == lexicon.NameHeadSuffix || lexicon.NameHead(strings.TrimSuffix(w, ".")) == lexicon.NameHeadSuffix
}

// listed records a lexicon name at words [i,k).
func (sc *scanner) listed(si, i, k int, e lexicon.NameEntry) int {
	s := &sc.sents[si]
	c := cand{sent: si, i: i, j: k, typ: e.Type, key: e.Type + "|" + e.Name, lex: true, kind: e.Kind}
	if e.Kind == lexicon.NameDemonym {
		// "Israeli army", "Syria's foreign ministry" are organizations
		if m := govNoun(s, k); m > k {
			c.typ, c.j = article.Organization, m
			c.key, c.lex = stateBody(e.Country, s.ss[k:m])
			sc.add(c)
			return m
		}
	}
	if e.Kind == lexicon.NameCountry && s.w[k-1].poss {
		m := govNoun(s, k)
		if m == k && k < len(s.w) && s.w[k].cap {
			m = sc.capBody(si, k) // "Azerbaijan's Defence Ministry"
		}
		if m > k {
			sc.add(c)
			o := cand{sent: si, i: k, j: m, typ: article.Organization}
			o.key, o.lex = stateBody(e.Country, s.ss[k:m])
			o.span = article.Span{Start: s.w[i].start, End: s.w[m-1].end}
			sc.add(o)
			return m
		}
	}
	if i == s.first && k == i+1 && lexicon.IsCommonWord(s.w[i].l) {
		c.weak = true
	}
	// "the Meta department", "Kano state": a body's name before a
	// territory's noun is the territory's
	if e.Type == article.Organization && !s.w[i].caps && k < len(s.w) && adminNouns[s.w[k].s] {
		c.typ, c.key, c.lex, c.kind, c.placeCue = article.Place, "", false, "", true
		sc.add(c)
		return k
	}
	// "Kenya's Treasury", "the Ghanaian Treasury": a body written as a
	// common noun is the named country's, not the one the lexicon means
	if e.Kind == lexicon.NameGov && k == i+1 && lexicon.IsEnglishWord(s.w[i].l) && len(sc.cands) > 0 {
		if p := sc.cands[len(sc.cands)-1]; p.sent == si && p.j == i && (p.kind == lexicon.NameCountry || p.kind == lexicon.NameDemonym) {
			if country := strings.TrimPrefix(p.key, article.Place+"|"); country != "United States" && country != "" {
				c.key, c.lex = stateBody(country, s.ss[i:k])
				c.kind = ""
			}
		}
	}
	sc.sharedTail(si, i, k, e)
	if sc.sports && clubTown(s, e, i, k) && !datelineTown(sc.text, s, i, k) {
		c.typ, c.key = article.Organization, article.Organization+"|"+e.Name // "Leeds beat Coventry"
	}
	if e.Kind == lexicon.NameCapital && actsAsState(s, i, k) {
		c.key = article.Place + "|" + e.Country // "Washington would work with both sides"
	}
	sc.add(c)
	return k
}

// pairWords open the names of regions that come in pairs.
var pairWords = wordSet("north south east west upper lower northern southern eastern western central")

// sharedTail adds the first of two listed places that share their last
// words ("North and South Kivu", "Upper and Lower Nile"): the compass
// word before "and" names the place the lexicon lists with that tail,
// and that word alone is its mention.
func (sc *scanner) sharedTail(si, i, k int, e lexicon.NameEntry) {
	s := &sc.sents[si]
	if e.Type != article.Place || k-i < 2 || i < 2 || !pairWords[s.ls[i]] || s.ls[i-1] != "and" && s.ls[i-1] != "or" {
		return
	}
	a := i - 2
	// "the Middle East and South Asia": the compass word closes a name
	if !s.w[a].cap || !pairWords[s.ls[a]] || s.ls[a] == s.ls[i] || a > s.first && s.w[a-1].cap && !s.w[a-1].punct {
		return
	}
	lower := append([]string{s.ls[a]}, s.ls[i+1:k]...)
	words := append([]string{s.ss[a]}, s.ss[i+1:k]...)
	f, n := lexicon.Names().LongestLower(lower, words, 0)
	if n != len(lower) || f.Type != article.Place {
		return
	}
	// a guess the scan made of the compass word alone gives way
	for x := len(sc.cands) - 1; x >= sc.sentCands[si] && x >= 0; x-- {
		if c := sc.cands[x]; c.sent == si && c.i == a && c.j == a+1 {
			sc.cands = append(sc.cands[:x], sc.cands[x+1:]...)
		}
	}
	sc.add(cand{sent: si, i: a, j: a + 1, typ: f.Type, key: f.Type + "|" + f.Name, lex: true, kind: f.Kind})
}

// capBody returns the end of a state body written capitalised after a
// possessive country, in no lexicon and of common words with a body's
// head ("Defence Ministry", "Supreme Court", "National Assembly"), or k.
func (sc *scanner) capBody(si, k int) int {
	s := &sc.sents[si]
	m := sc.chunk(si, k)
	if m-k < 2 || m-k > 3 || headOf(s, k, m) != lexicon.NameHeadOrganization {
		return k
	}
	if e, n := lexicon.Names().LongestLower(s.ls, s.ss, k); n > 0 && e.Type != "" {
		return k
	}
	for j := k; j < m; j++ {
		if !s.w[j].cap || s.w[j].poss || !lexicon.IsEnglishWord(s.w[j].l) && !portfolios[s.w[j].s] {
			return k
		}
	}
	return m
}

// actsAsState reports whether a capital at words [i,k) stands for its
// state: it acts ("Baku sees", "Washington has said", "Moscow's position")
// rather than being where something happens ("in Washington", a dateline).
func actsAsState(s *sentence, i, k int) bool {
	if i > 0 && (placePreps[s.w[i-1].l] || s.w[i-1].l == "of" || s.w[i-1].l == "at" || s.w[i-1].l == "to") {
		return false
	}
	if s.w[i].caps || k >= len(s.w) {
		return false
	}
	if s.w[k-1].poss {
		return true
	}
	n := s.w[k]
	if n.punct || n.cap {
		return false
	}
	return personCues[n.l] || stateVerbs[n.l] || strings.HasSuffix(n.l, "ed") && !strings.HasSuffix(n.l, "eed")
}

// stateVerbs follow a capital that acts for its state.
var stateVerbs = wordSet(`has have had will would could should may might must is was sees wants
demands rejects accuses warns insists believes considers says urges hopes fears expects plans
agrees refuses denies supports opposes backs calls`)

// stateBody keys a state body named by its country: a country's army is
// its listed armed forces ("the Israeli army" is the Israel Defense Forces),
// other bodies are named "<demonym> <body>" ("Syrian foreign ministry").
func stateBody(country string, body []string) (key string, listed bool) {
	b := strings.Join(body, " ")
	if b == "army" || b == "military" || b == "armed forces" {
		if f, ok := lexicon.MilitaryOf(country); ok {
			return article.Organization + "|" + f, true
		}
	}
	adj, ok := lexicon.DemonymOf(country)
	if !ok {
		adj = country
	}
	return article.Organization + "|" + adj + " " + b, false
}

// govNoun returns the end of a state body written in lower case after a
// demonym or a possessive country: "army", "foreign ministry".
func govNoun(s *sentence, k int) int {
	for _, g := range govNouns {
		if k+len(g) > len(s.w) {
			continue
		}
		ok := true
		for m, p := range g {
			if s.w[k+m].s != p {
				ok = false
				break
			}
		}
		if ok {
			return k + len(g)
		}
	}
	return k
}

var govNouns = [][]string{
	{"foreign", "ministry"}, {"defense", "ministry"}, {"defence", "ministry"}, {"health", "ministry"},
	{"interior", "ministry"}, {"finance", "ministry"}, {"justice", "ministry"}, {"information", "ministry"},
	{"air", "force"}, {"security", "forces"}, {"armed", "forces"}, {"army"}, {"military"}, {"navy"},
	{"police"}, {"parliament"}, {"cabinet"}, {"coast", "guard"},
}

// hyphenParts records the listed names inside a hyphenated word:
// "Israel-Hamas", "U.S.-Saudi", "Israeli-occupied".
func (sc *scanner) hyphenParts(si, i int, w string) {
	s := &sc.sents[si]
	off := s.w[i].start
	for len(w) > 0 {
		part := w
		if j := strings.IndexByte(w, '-'); j >= 0 {
			part = w[:j]
		}
		if e, ok := lexicon.Names().Lookup(part); ok && text.IsCapitalized(part) {
			c := cand{sent: si, i: i, j: i + 1, typ: e.Type, key: e.Type + "|" + e.Name, lex: true}
			c.span = article.Span{Start: off, End: off + len(part)}
			sc.add(c)
		}
		off += len(part) + 1
		if len(part) >= len(w) {
			break
		}
		w = w[len(part)+1:]
	}
}

// person records a name after a rank title (words [t,i)) and returns its
// end. The mention takes the title with it, "President Vladimir Putin", as
// news annotation does; the name is the words after it.
func (sc *scanner) person(si, t, i int) int {
	k := sc.chunk(si, i)
	if k == i {
		return i
	}
	s := &sc.sents[si]
	// "Miss Universe Alicia Machado": the name starts at the given name
	for g := i + 1; g+1 < k && !lexicon.IsGivenName(s.w[i].l); g++ {
		if !lexicon.IsEnglishWord(s.w[g-1].l) {
			break // "Major General Zaw Min Tun": "Zaw" opens the name
		}
		if lexicon.IsGivenName(s.w[g].l) {
			i = g
			break
		}
	}
	c := cand{sent: si, i: i, j: k, typ: article.Person}
	c.span = article.Span{Start: s.w[t].start, End: s.w[k-1].end}
	// the title joins the mention only when it opens the phrase: "President
	// Vladimir Putin", but "Apple CEO Steve Jobs", "Soviet President ..."
	if t > 0 && !s.w[t-1].punct && (s.w[t-1].cap || !functionWords[s.w[t-1].l] && !personCues[s.w[t-1].l] && !roleStops[s.w[t-1].l]) {
		c.span.Start = s.w[i].start
	}
	// "Apple Inc. CEO Steve Jobs": the dot of an abbreviation ends no phrase
	if t > 1 && s.w[t-1].s == "." && s.w[t-1].start == s.w[t-2].end && s.w[t-2].cap && isSuffix(s.w[t-2].s) {
		c.span.Start = s.w[i].start
	}
	sc.add(c)
	return k
}

// unknown records a run of name words in no lexicon, typed by its head and
// context, and returns its end.
func (sc *scanner) unknown(si, i, k int) int {
	s := &sc.sents[si]
	c := cand{sent: si, i: i, j: k}
	h := headOf(s, i, k)
	if k-i == 1 {
		h = lexicon.NameHeadNone // a head word alone ("Mobile", "Post") is no name's head
	}
	if h == lexicon.NameHeadPlace && sc.sports && clubHeads[s.w[k-1].s] {
		h = lexicon.NameHeadOrganization // "Coventry City", "Harbourne Town" in a match report
	}
	if k-i >= 2 && clubPrefixes[s.w[i].s] {
		h = lexicon.NameHeadOrganization // "Real Sociedad", "FC Porto"
	}
	if h == lexicon.NameHeadPlace && k-i == 2 && (s.w[k-1].s == "Center" || s.w[k-1].s == "Centre") && !lexicon.IsEnglishWord(s.w[i].l) {
		h = lexicon.NameHeadOrganization // "the Carter Center", "the Stimson Center": named after a person, a body
	}
	if h == lexicon.NameHeadPlace && k-i == 2 && surnameHeads[s.w[k-1].s] && lexicon.IsGivenName(s.w[i].l) {
		h = lexicon.NameHeadNone // "Damon Hill", "Arsenio Hall": a person
	}
	// "U Zaw Min Tun", "Daw Khin Ma Ma": a Burmese honorific before two
	// name words or more opens a person's name (kept in it, as the
	// person is known by it)
	if k-i >= 3 && h == lexicon.NameHeadNone && burmeseHonorifics[s.w[i].s] && !s.w[i+1].caps {
		c.typ, c.personCue = article.Person, true
		sc.add(c)
		return k
	}
	switch h {
	case lexicon.NameHeadOrganization:
		c.typ = article.Organization
	case lexicon.NameHeadPlace:
		c.typ = article.Place
		// "Syrian Golan Heights" is the Golan Heights
		for m := i + 1; m < k; m++ {
			if d, n := lexicon.Names().LongestLower(s.ls[:m], s.ss[:m], m-1); n != 1 || d.Kind != lexicon.NameDemonym && d.Kind != lexicon.NameCountry {
				break // only "Syrian Golan Heights": qualifiers, then the place
			}
			if e, n := lexicon.Names().LongestLower(s.ls[:k], s.ss[:k], m); m+n == k && e.Type == article.Place {
				c.key, c.lex = e.Type+"|"+e.Name, true
				break
			}
		}
	case lexicon.NameHeadOther:
		// "Adam Air Flight 574": the words before "Flight" are the airline
		if last := s.w[k-1].s; (last == "Flight" || last == "Flights") && k-1 > i {
			c.typ, c.j = article.Organization, k-1
			sc.add(c)
			return k
		}
		// a law, prize or event ("Paris Air Show", "Nobel Peace Prize") is
		// not an entity, nor are the names it is made of, nor the acronym
		// the text gives it ("Worldwide Developers Conference (WWDC)")
		if k+2 < len(s.w) && s.w[k].s == "(" && s.w[k+2].s == ")" && s.w[k+1].caps {
			if sc.noEnt == nil {
				sc.noEnt = map[string]bool{}
			}
			sc.noEnt[s.w[k+1].s] = true
			return k + 3
		}
		return k
	}
	if stockIndex(s, k) {
		return k // "the FTSE 100 index", "the Hang Seng index": a figure, not a body
	}
	if k-i == 1 && s.w[i].caps && k < len(s.w) && moneyWords[s.w[k].s] {
		return k // "3.5 billion CFA francs": a currency
	}
	if k-i == 1 && s.w[i].caps && len(s.w[i].s) == 3 && k+1 < len(s.w) && s.w[k].num && scaleWords[s.w[k+1].l] {
		return k // "COP 1.5 trillion", "UGX 2 billion": a currency's code before its figure
	}
	// "Democrat Hillary Clinton", "Crooked Hillary Clinton": the person
	// starts at the given name; the words before it describe her
	if c.typ == "" && k-i >= 3 {
		for g := i + 1; g+1 < k; g++ {
			if !lexicon.IsEnglishWord(s.w[g-1].l) {
				break // "María Corina Machado": a name's first word, not a word of praise
			}
			if lexicon.IsGivenName(s.w[g].l) && !lexicon.IsGivenName(s.w[i].l) {
				c.i, c.typ, c.personCue = g, article.Person, true
				break
			}
		}
	}
	if (c.typ == "" || c.typ == article.Organization) && k < len(s.w) && isSuffix(s.w[k].s) {
		c.typ = article.Organization
		c.j = k + 1
		k++
	}
	// "Rothschild & Co", "Detik.com"
	if k+1 < len(s.w) && (s.w[k].s == "&" || s.w[k].s == "and") && (s.w[k+1].s == "Co" || s.w[k+1].s == "Co.") ||
		k+1 < len(s.w) && s.w[k].s == "." && s.w[k].start == s.w[k-1].end && s.w[k+1].start == s.w[k].end && webDomains[s.w[k+1].l] {
		c.typ = article.Organization
		c.j = k + 2
		k += 2
	}
	prev := ""
	if i > 0 {
		prev = s.w[i-1].l
	}
	if vesselNouns[prev] && c.typ == "" || k-i >= 2 && shipPrefixes[s.w[i].s] {
		return k // "the survey vessel Xiang Yang Hong 10", "the oil rig Haiyang Shiyou 981": a ship, no entity
	}
	next := nextWords(s, k)
	c.personCue = personCues[next] || strings.HasPrefix(next, ", who") || strings.HasPrefix(next, ", alias") || roleApposed(s, i)
	// "the Diboli crossing", "the Middle Shabelle region"
	placeAfter := k-i <= 3 && !s.w[i].caps && h == lexicon.NameHeadNone && (k < len(s.w) && placeNounsAfter[s.w[k].s] ||
		k+2 < len(s.w) && s.w[k].s == "and" && s.w[k+1].cap && placeNounsAfter[s.w[k+2].s] && strings.HasSuffix(s.w[k+2].s, "s") ||
		stateOf(s, i, k))
	// "the road to Zubin Potok", "the highway from Kalo"
	roadTo := (prev == "to" || prev == "from") && i >= 2 && (roadNouns[s.w[i-2].l] || prev == "to" && motionBefore(s, i-1)) || prev == "to" && sc.fromPlace(si, i-1)
	c.placeCue = placeAfter || placeApposition(s, k) || roadTo || placePreps[prev] || prev == "of" && i >= 2 && (placeNouns[s.w[i-2].l] || dwellerNouns[s.w[i-2].l]) || prev == "around" && i >= 2 && !s.w[i-2].cap && !rallyVerbs[s.w[i-2].l] ||
		prev == "," && s.first+shoutedRun(s, s.first) == i-1 && i-1 > s.first && dateline(s, i-1) // "LINDMARK, Valdoria (AFP)", "KORVA DELL, Valdoria"
	// "beat Chelsea", but "beat Marco Ferrante": a player has a given name
	drewWith := prev == "with" && drewBefore(s, i-2)
	// "Will Carling ( Harlequins )": a player's club in brackets
	clubOf := sc.sports && prev == "(" && k < len(s.w) && s.w[k].s == ")" && len(sc.cands) > 0 &&
		sc.cands[len(sc.cands)-1].sent == si && sc.cands[len(sc.cands)-1].typ == article.Person && sc.cands[len(sc.cands)-1].j == i-1
	// "the Bundesbank left": a lone unknown name after "the" is a body
	theBody := prev == "the" && k-i == 1 && !placeAfter && !lexicon.IsEnglishWord(s.w[i].l) && strings.IndexByte(s.w[i].s, '-') < 0 && // "the Israel-Hamas war"
		(k >= len(s.w) || s.w[k].punct || !s.w[k].cap && !s.w[k].num)
	// "his Viv Ansanm coalition", "the Kalo militia": a body's noun after
	orgAfter := k < len(s.w) && bodyNounsAfter[s.w[k].s] && !placeAfter
	c.orgCue = orgNouns[prev] || clubOf || theBody || orgAfter || wireCredit(s, i, k) ||
		sc.sports && (teamVerbs[prev] || drewWith || k < len(s.w) && (s.w[k].num && scoreAt(s, k) || teamActs[s.w[k].l])) && !(k-i >= 2 && lexicon.IsGivenName(s.w[i].l))
	if c.typ == "" {
		c.typ = sc.guess(s, i, k, c)
	}
	// "Nestle and Danone": a lone name joined to a typed one takes its type
	if c.typ == "" && k-i == 1 && (prev == "and" || prev == "or" || prev == "&") && len(sc.cands) > 0 && !lexicon.IsEnglishWord(s.w[i].l) {
		if p := sc.cands[len(sc.cands)-1]; p.sent == si && p.j == i-1 && p.typ != "" && !p.single && p.typ != article.Group {
			c.typ = p.typ
		}
	}
	// "Commerzbank and Dresdner Bank": the same, looking ahead
	if c.typ == "" && k-i == 1 && k+1 < len(s.w) && (s.w[k].l == "and" || s.w[k].l == "or") && !lexicon.IsEnglishWord(s.w[i].l) {
		if e, n := lexicon.Names().LongestLower(s.ls, s.ss, k+1); n > 0 && e.Type == article.Organization {
			c.typ = article.Organization
		} else if m := sc.chunk(si, k+1); n == 0 && m > k+2 && headOf(s, k+1, m) == lexicon.NameHeadOrganization {
			c.typ = article.Organization
		}
	}
	// "Former president Jokowi", "Jokowi, who left office": one word
	// after an office, or before ", who", is a person known by one name
	if c.typ == "" && k-i == 1 && !lexicon.IsEnglishWord(s.w[i].l) && !s.w[i].caps &&
		(i > 0 && !s.w[i-1].poss && isOffice(s, i-1) || strings.HasPrefix(next, ", who")) {
		c.typ, c.personCue = article.Person, true
	}
	// "met Abiy", "talks with Hemedti": one word of no English met or
	// talked with is a person known by one name, as bodies are seldom met
	if c.typ == "" && k-i == 1 && !lexicon.IsEnglishWord(s.w[i].l) && !s.w[i].caps && i > 0 &&
		(meetVerbs[prev] || prev == "with" && i >= 2 && talkNouns[s.w[i-2].l]) {
		c.typ, c.personCue = article.Person, true
	}
	if c.typ == "" {
		c.single = true
	}
	sc.add(c)
	return k
}

// burmeseHonorifics stand before Burmese names: "U" and "Daw" for a man
// and a woman of standing, "Ko" and "Ma" for younger ones.
var burmeseHonorifics = wordSet("U Daw Ko Ma")

// meetVerbs and talkNouns say that the one word after them ("met Abiy",
// "a call with Isaias") names a person.
var (
	meetVerbs = wordSet("met meet meets meeting phoned telephoned")
	talkNouns = wordSet("talks talked talking spoke speaking met meeting meetings call conversation audience")
)

// guess types an unlisted name from its words and context; "" leaves a
// single word to the merge step, which knows the article's people.
func (sc *scanner) guess(s *sentence, i, k int, c cand) string {
	n := 0 // words, not the dots of initials
	for m := i; m < k; m++ {
		if !s.w[m].punct {
			n++
		}
	}
	first := s.w[i].l
	acronym := false
	particle := false
	common := 0
	for m := i; m < k; m++ {
		w := s.w[m]
		if w.punct {
			continue
		}
		if w.caps {
			acronym = true
		}
		if particleName(w.s) || particles[w.l] {
			particle = true
		}
		if lexicon.IsCommonWord(w.l) {
			common++
		}
	}
	if sc.towns[strings.Join(s.ls[i:k], " ")] {
		return article.Place // "in Bahir Dar" after "BAHIR DAR, Ethiopia (Reuters) -"
	}
	switch {
	case c.orgCue:
		return article.Organization
	case c.placeCue && !lexicon.IsGivenName(first):
		if n == 1 && !c.personCue {
			return article.Place
		}
		if n > 1 && !particle {
			return article.Place
		}
	}
	if n == 1 {
		if acronym && i == s.first && (dateline(s, k) || k < len(s.w) && (s.w[k].s == "—" || s.w[k].s == "–") && len(s.w[i].s) >= 4) {
			return article.Place // "FLINT, Mich. —", "SITTWE —"
		}
		if acronym {
			return article.Organization
		}
		return ""
	}
	if placePrefixes[s.w[i].l] || compass[s.w[k-1].l] {
		return article.Place // "St Vincent", "Fort Bragg", "Lake Chad", "Moscone West"
	}
	switch {
	case lexicon.IsGivenName(first) && !acronym:
		return article.Person
	case romanceHeads[s.w[i].s] && (particle || n >= 3):
		return article.Organization // "Union des Routiers du Sénégal"
	case izafaHeads[strings.ToLower(strings.SplitN(s.w[i].s, "-", 2)[0])]:
		return article.Organization // "Tehreek-e-Taliban Pakistan", "Jamaat-e-Islami"
	case particle:
		return article.Person
	case acronym:
		return article.Organization
	case common == n:
		return "" // "Related Articles", "Development Community said": capitalized common words
	case c.personCue && n <= 4:
		return article.Person
	case n <= 3 && !lexicon.IsEnglishWord(first):
		return article.Person // "Jorge Falcon": a name that is no word
	}
	return article.Organization
}

// stockIndex reports whether the name ending before word k is a market
// index: "index" or "average" follows, maybe after its number and a word
// that qualifies it ("FTSE 100 index", "S&P 500 index", "Nasdaq
// composite index", "Dow Jones industrial average").
func stockIndex(s *sentence, k int) bool {
	if k < len(s.w) && s.w[k].num && !s.w[k].punct {
		k++
	}
	if k < len(s.w) && indexWords[s.w[k].s] {
		k++
	}
	if k >= len(s.w) {
		return false
	}
	switch s.w[k].s {
	case "index", "indexes", "indices", "average", "Index", "Average":
		return true
	}
	return false
}

var indexWords = wordSet("composite industrial all-share benchmark blue-chip main broader Composite Industrial")

// ticker reports whether the capitalized word at i is a stock symbol in
// brackets: "(CVL.N)", "(NASDAQ: BRNP)", "(NYSE:IBM)".
func ticker(s *sentence, i int) bool {
	if i == 0 || i+1 >= len(s.w) {
		return false
	}
	if s.w[i-1].s == "(" && s.w[i+1].s == "." && i+3 < len(s.w) && s.w[i+2].start == s.w[i+1].end && len(s.w[i+2].s) <= 2 && s.w[i+3].s == ")" {
		return true
	}
	return s.w[i-1].s == ":" && i >= 3 && s.w[i-3].s == "(" && exchanges[s.w[i-2].s]
}

var exchanges = wordSet("NYSE NASDAQ Nasdaq LSE TSX ASX HKEX SGX AMEX OTC Euronext XETRA TSE")

// nextWords is the lower-cased text of the word or two after k: "said",
// ", who", "told".
func nextWords(s *sentence, k int) string {
	if k >= len(s.w) {
		return ""
	}
	n := s.w[k].l
	if n == "," && k+1 < len(s.w) {
		return ", " + s.w[k+1].l
	}
	return n
}

// surnameHeads are place heads that are common surnames too.
var surnameHeads = wordSet("Hill Hall Field Fields Wood Woods Ford Brook Brooks Lake Castle Bay Bridge Bridges")

var compass = wordSet("north south east west northeast northwest southeast southwest")

var placePrefixes = wordSet("st st. saint san santa sao são fort port mount mt mt. lake cape point camp republika república république repubblica")

var personCues = wordSet(`said says told added stated wrote tweeted posted explained noted insisted
argued warned urged recalled acknowledged admitted conceded replied responded continued according`)

var placePreps = wordSet(`in near outside inside across into toward towards from`)

// scaleWords follow a figure of money.
var scaleWords = wordSet(`million billion trillion bn mn m`)

// shipPrefixes open a ship's name ("MV Abdullah", "USS Carney").
var shipPrefixes = wordSet(`MV MT MS USS HMS INS HMAS RFS BRP KRI HTMS HMCS HMNZS ROKS TCG ARA BAP`)

// vesselNouns name a ship or a rig before its name.
var vesselNouns = wordSet(`ship vessel rig frigate destroyer tanker freighter trawler corvette cutter warship submarine`)

// adminNouns name a country's territorial unit after its name: "the Meta
// department", "Kano state".
var adminNouns = wordSet(`department province state region district governorate municipality county prefecture oblast`)

// dwellerNouns name the people or the head of a place before "of":
// "residents of Sittwe", "the mayor of Goma".
var dwellerNouns = wordSet(`residents inhabitants resident inhabitant mayor governor natives outskirts`)

// rallyVerbs take "around" to mean support, not a place: "united around
// Hamas".
var rallyVerbs = wordSet(`rally rallied rallying united unite coalesced gathered built centred centered revolves revolved`)

// placeNouns name a place before "of": "the town of Khiam".
var placeNouns = wordSet(`town city village province region district governorate state county area
municipality port island suburb neighbourhood neighborhood capital outskirts township commune prefecture
oblast settlement hamlet enclave territory`)

// placeApposition reports whether an apposition after word k-1 calls the
// name a place: "Kyaukme, a strategic town on the highway", "Tame, the
// municipality where ...".
func placeApposition(s *sentence, k int) bool {
	if k+2 >= len(s.w) || s.w[k].s != "," || s.w[k+1].l != "a" && s.w[k+1].l != "the" && s.w[k+1].l != "an" {
		return false
	}
	for m := k + 2; m < len(s.w) && m <= k+4; m++ {
		if placeNouns[s.w[m].l] {
			// the noun heads the apposition: "a strategic town on the
			// highway", not "a city official"
			return m+1 >= len(s.w) || s.w[m+1].punct || !s.w[m+1].cap && (functionWords[s.w[m+1].l] || placeAfterWords[s.w[m+1].l])
		}
		if s.w[m].punct {
			break
		}
	}
	return false
}

// bodyNounsAfter name a body after its name: "the Viv Ansanm coalition".
var bodyNounsAfter = wordSet("coalition alliance gang militia movement faction cartel network party rebels insurgents")

// fromPlace reports whether a place named after "from" ends right before
// word k: "from Lao Cai to Hai Phong" makes Hai Phong a place too.
func (sc *scanner) fromPlace(si, k int) bool {
	if len(sc.cands) == 0 {
		return false
	}
	c := sc.cands[len(sc.cands)-1]
	s := &sc.sents[si]
	return c.sent == si && c.j == k && c.typ == article.Place && c.i > 0 && s.w[c.i-1].l == "from"
}

// motionWords go to a place or come from one: "fled to Goma", "the
// return of displaced families to Anefis".
var motionWords = wordSet(`returned return returning fled flee fleeing moved travelled traveled went headed
flew deployed redeployed withdrew withdrawn retreated retreat advanced marched evacuated relocated
transferred escaped driven taken`)

// motionBefore reports whether a word of motion stands among the four
// lower-case words before "to" at t: "fled to", "the return of displaced
// families to".
func motionBefore(s *sentence, t int) bool {
	for m := t - 1; m >= 0 && m >= t-4; m-- {
		w := s.w[m]
		if w.punct || w.cap && m != s.first {
			return false
		}
		if motionWords[w.l] {
			return true
		}
	}
	return false
}

// stateOf: a name before a lower-case "state" or "states" names a
// federal state ("Plateau state", "Rakhine and Chin states"), even one
// whose name is an English word and so is not listed; not at a sentence's
// start, where any word is capitalised, and not after the adjectives that
// make "states" a kind of country ("Gulf states", "Western states").
func stateOf(s *sentence, i, k int) bool {
	if i == s.first || k-i > 2 || stateQualifiers[s.w[i].l] {
		return false
	}
	at := k
	if at+1 < len(s.w) && s.w[at].s == "and" && s.w[at+1].cap && !stateQualifiers[s.w[at+1].l] {
		at += 2 // "Rakhine and Chin states": the first of two
	}
	return at < len(s.w) && (s.w[at].s == "state" || s.w[at].s == "states")
}

// stateQualifiers make "states" a class of countries or members, not a
// federal state's name.
var stateQualifiers = wordSet(`western eastern northern southern central gulf baltic nordic balkan arab muslim islamic
jewish member members client rogue frontline island coastal nuclear sovereign african asian european latin
caribbean pacific sahel sahelian g7 g20 brics nato`)

// roadNouns lead to a place: "the road to X".
var roadNouns = wordSet("road roads highway route routes corridor railway border")

// placeAfterWords may follow the noun of a place apposition: "a town north
// of the capital", "a village near the border".
var placeAfterWords = wordSet("north south east west northeast northwest southeast southwest near outside close about some roughly")

// placeNounsAfter name a place after its name: "the Diboli crossing",
// "the Catatumbo region", "the Bure front", "the Torkham and Chaman
// crossings".
var placeNounsAfter = wordSet(`region area crossing border frontier front frontline valley corridor district
province township county basin plateau highlands delta peninsula strait coast checkpoint enclave regions
areas crossings borders districts provinces valleys checkpoints prison camp airbase airport bridge dam
monastery mosque pagoda shrine cathedral refinery compound stadium`)

// izafaHeads open the names of movements, parties and armies in Urdu,
// Persian and Arabic: "Tehreek-e-Taliban", "Jamaat-e-Islami", "Hizb ut-Tahrir".
var izafaHeads = wordSet("tehreek tehrik jamaat jamiat lashkar jaish hizb harakat sipah majlis ittehad muttahida")

// moneyWords after an acronym make it a currency's, not a body's: "CFA
// francs", "HK dollars".
var moneyWords = wordSet(`franc francs dollar dollars peso pesos dinar dinars rupee rupees shilling shillings`)

var orgNouns = wordSet(`maker company firm carrier airline manufacturer retailer giant bank startup
subsidiary unit supplier brand newspaper broadcaster magazine channel agency group insurer lender
automaker airframer chipmaker conglomerate operator developer publisher studio label network website
club side outfit franchise regulator watchdog carmaker drugmaker miner brewer grocer supermarket
chain broker brokerage consultancy tabloid daily portal exchange`)

// add records a candidate, computing its span when not given.
func (sc *scanner) add(c cand) {
	s := &sc.sents[c.sent]
	if c.span == (article.Span{}) {
		c.span = article.Span{Start: s.w[c.i].start, End: s.w[c.j-1].end}
		// "Apple Inc." keeps the suffix's dot
		if last := s.w[c.j-1]; c.j < len(s.w) && s.w[c.j].s == "." && s.w[c.j].start == last.end && isSuffix(last.s) {
			c.span.End++
		}
	}
	sc.cands = append(sc.cands, c)
}

// cityState widens "Mobile, Alabama" and "Toulouse, France" into one
// mention of the city; the state or country keeps its own mention.
func (sc *scanner) cityState(si, from int) {
	s := &sc.sents[si]
	cs := sc.cands[from:]
	for a := 0; a+1 < len(cs); a++ {
		x, y := &cs[a], &cs[a+1]
		if y.i != x.j+1 || s.w[x.j].s != "," || !y.lex || (y.kind != lexicon.NameSubdivision && y.kind != lexicon.NameCountry && y.kind != lexicon.NameCapital) {
			continue
		}
		if x.kind == lexicon.NameCountry || x.kind == lexicon.NameDemonym || x.kind == lexicon.NameCapital && y.kind == lexicon.NameCapital ||
			x.kind == lexicon.NameSubdivision && y.kind != lexicon.NameCountry {
			continue
		}
		if x.typ != article.Place && !(x.single && x.j-x.i == 1) || x.onlyKnown {
			continue
		}
		if s.w[y.j-1].poss {
			continue // "Unite, Britain's largest union"
		}
		if y.j < len(s.w) && s.w[y.j].cap && !s.w[y.j].punct {
			continue // a list: "Paris, France, Germany"? "Everett, Washington State"
		}
		if y.j+1 < len(s.w) && s.w[y.j].s == "," && s.w[y.j+1].cap && (y.j+2 >= len(s.w) || s.w[y.j+2].s == "," || s.w[y.j+2].s == "and") {
			continue // "Israel, Syria, Lebanon and Egypt"
		}
		x.typ, x.single = article.Place, false
		x.span.End = y.span.End
		x.city = true
	}
}

// roleApposed reports a name set after a noun that describes a person and
// a comma: "a U.S. general, Jasper Jeffers," names a person though
// "Jasper" is also a word.
func roleApposed(s *sentence, i int) bool {
	if i < 3 || s.w[i-1].s != "," || s.w[i-2].cap {
		return false
	}
	role := strings.TrimSuffix(s.w[i-2].l, "s")
	if !lexicon.Cues().PersonDesc(role) {
		return false
	}
	// "a U.S. general", "the mission's commander": a described one
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		switch {
		case s.w[k].punct && s.w[k].s != ".":
			return false
		case s.w[k].l == "a" || s.w[k].l == "an" || s.w[k].l == "the" || s.w[k].poss:
			return true
		}
	}
	return false
}

// officeBeforeName reports whether a capitalized name follows word k, so
// that a sentence-initial office ("Chief executive", "Spokesman") is a
// title and not part of a name.
func officeBeforeName(s *sentence, k int) bool {
	return k < len(s.w) && nameLike(s.w[k]) && s.w[k].cap
}

// shoutedRun is the number of words in capitals from word i, up to three,
// that could be a dateline's town ("FLINT", "BAHIR DAR", "SAN JOSE DEL
// GUAVIARE" is cut at three and left alone); 0 when word i is none.
func shoutedRun(s *sentence, i int) int {
	m := 0
	for i+m < len(s.w) && m < 4 && s.w[i+m].caps && !s.w[i+m].punct && !notNames[s.w[i+m].s] {
		m++
	}
	if m > 3 {
		return 0
	}
	return m
}

// dateline reports whether a shouted name ending at word k opens a
// dateline: a comma or bracket, then a dash within a few words.
func dateline(s *sentence, k int) bool {
	if k >= len(s.w) || (s.w[k].s != "," && s.w[k].s != "(") {
		return false
	}
	if s.w[k].s == "," && k+1 < len(s.w) {
		if e, n := lexicon.Names().LongestLower(s.ls, s.ss, k+1); n > 0 && e.Type == article.Place {
			return true // "FLINT, Mich."
		}
	}
	for m := k; m < len(s.w) && m < k+11; m++ { // "BLANTYRE, May 18, 1999 (AP) -"
		switch s.w[m].s {
		case "—", "–", "-":
			return true
		}
	}
	return false
}

// speaker reads the label of a transcript's speaker at word i: two to
// four words in capitals that open a line and end in a colon, maybe after
// a bracketed office ("REDWAN HUSSIEN (government delegation): We ...").
// It returns the index after the name, or i when there is none.
func (sc *scanner) speaker(si, i int) int {
	s := &sc.sents[si]
	if !s.w[i].caps || s.w[i].num || !lineStart(sc.text, s, i) {
		return i
	}
	k := i
	for k < len(s.w) && k-i < 5 && s.w[k].caps && !s.w[k].num && !s.w[k].punct {
		k++
	}
	if k-i < 2 || k-i > 4 || k >= len(s.w) {
		return i
	}
	m := k
	if s.w[m].s == "(" {
		for m < len(s.w) && m < k+12 && s.w[m].s != ")" {
			m++
		}
		m++
	}
	if m >= len(s.w) || s.w[m].s != ":" {
		return i
	}
	for n := i; n < k; n++ {
		if lexicon.IsCommonWord(s.w[n].l) {
			return i // "PRESS RELEASE:", "BREAKING NEWS:"
		}
	}
	if _, n := lexicon.Names().LongestLower(s.ls, s.ss, i); n > 0 {
		return i // a listed body or place ("UNITED NATIONS:")
	}
	sc.add(cand{sent: si, i: i, j: k, typ: article.Person})
	return k
}

// complementPerson reads a rank's complement from c ("Foreign Affairs",
// "Sudan") and the person it ends in, who opens with a given name; a
// listed place in the complement stays one. It returns the index after
// the person, or t when the run holds none.
func (sc *scanner) complementPerson(si, t, c int) int {
	s := &sc.sents[si]
	k := sc.chunk(si, c)
	for g := c + 1; g+1 < k; g++ {
		if !lexicon.IsGivenName(s.w[g].l) || !nameLike(s.w[g+1]) || s.w[g-1].poss {
			continue
		}
		if e, n := lexicon.Names().LongestLower(s.ls[:g], s.ss[:g], c); n == g-c && e.Type == article.Place {
			sc.listed(si, c, g, e)
		}
		if p := sc.person(si, t, g); p > g {
			return p
		}
		return t
	}
	// no listed given name ("Minister for Foreign Affairs Penny Wong",
	// "Minister of Defence Abdulqadir Nur"): the complement ends in a
	// portfolio's word or a listed place, and two or three name words
	// that are neither follow it
	g := c
	if e, n := lexicon.Names().LongestLower(s.ls, s.ss, c); n > 0 && c+n < k && e.Type == article.Place {
		g = c + n
	} else {
		for g < k && !portfolios[s.w[g].s] && s.w[g].cap {
			g++
		}
		g++ // past the portfolio's word
	}
	if n := k - g; g <= c || n < 2 || n > 3 {
		return t
	}
	for m := g; m < k; m++ {
		if portfolios[s.w[m].s] || !nameLike(s.w[m]) || s.w[m].poss && m+1 < k {
			return t
		}
	}
	if headOf(s, g, k) != lexicon.NameHeadNone {
		return t
	}
	if e, n := lexicon.Names().LongestLower(s.ls[:g], s.ss[:g], c); n == g-c && e.Type == article.Place {
		sc.listed(si, c, g, e)
	}
	if p := sc.person(si, t, g); p > g {
		return p
	}
	return t
}

// portfolios are the words that close a ministry's or an envoy's field in
// a title ("Minister for Foreign Affairs", "Secretary of Defense").
var portfolios = map[string]bool{
	"Affairs": true, "Defence": true, "Defense": true, "Finance": true, "Interior": true, "Justice": true,
	"Health": true, "Trade": true, "Commerce": true, "Industry": true, "Security": true, "Education": true,
	"Agriculture": true, "Energy": true, "Economy": true, "Planning": true, "Development": true,
	"Cooperation": true, "Transport": true, "Labour": true, "Labor": true, "Information": true,
	"Communications": true, "Environment": true, "Immigration": true, "Tourism": true, "Culture": true,
	"Reconciliation": true, "Relations": true, "Mines": true, "Petroleum": true, "Works": true,
	"Treasury": true, "Refugees": true, "Integration": true, "Peace": true, "Unity": true, "Territories": true,
}

// wireCredit: the words i..k stand in brackets after a dateline in
// capitals, before its dash: the wire's credit ("CARACAS (Andes Wire) —").
func wireCredit(s *sentence, i, k int) bool {
	return i > 0 && s.w[i-1].s == "(" && k+1 < len(s.w) && s.w[k].s == ")" && dashes[s.w[k+1].s] && s.w[s.first].caps && i-s.first <= 10
}

// dashes are the dashes that close a dateline.
var dashes = map[string]bool{"—": true, "–": true, "-": true}

// initial reports whether w is one capital letter.
func initial(w word) bool {
	return len(w.s) == 1 && w.s[0] >= 'A' && w.s[0] <= 'Z'
}

// dateContext reports whether the calendar word at i is a date: "in May",
// "May 14", "last March", "Monday's talks".
func dateContext(s *sentence, i int) bool {
	if i > 0 && (dateWords[s.w[i-1].l] || s.w[i-1].num) {
		return true
	}
	if i+1 < len(s.w) && (s.w[i+1].num || s.w[i+1].s == "," && i+2 < len(s.w) && s.w[i+2].num) {
		return true
	}
	return s.w[i].poss
}

var dateWords = wordSet(`in on since by until till from to through during before after early late last next
this that each every mid of between and or the`)

// personAhead reports whether a given name comes within the next few
// capitalized words from m.
func personAhead(s *sentence, m int) bool {
	for k := m; k < len(s.w) && k < m+4 && s.w[k].cap; k++ {
		if lexicon.IsGivenName(s.w[k].l) && k+1 < len(s.w) && s.w[k+1].cap {
			return true
		}
	}
	return false
}
