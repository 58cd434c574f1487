package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// word is one token of a sentence as the stage sees it.
type word struct {
	start, end int    // bytes of the token without a possessive "'s"
	rawEnd     int    // and with it
	s          string // the token's text without the possessive
	l          string // s lower-cased
	punct      bool   // not a word or number
	num        bool   // a number, or a word with digits ("A380")
	cap        bool   // starts with a capital
	caps       bool   // written in capitals only (two letters or more)
	poss       bool   // the token had a possessive "'s" or "'"
	shout      bool   // on an ALL-CAPS line
	headline   bool   // on a Title Case line without a full stop
	table      bool   // on a results line: names and numbers only ("Leeds 2 Coventry 1")
}

// sentence is the stage's view of one sentence.
type sentence struct {
	index int // the sentence's place in the document
	w     []word
	ss    []string // the words' texts, for trie lookups
	ls    []string // and lower-cased
	raw   []string // the tokens as written, possessive and all, lower-cased; built on demand
	first int      // index of the first word that opens the sentence
	shout bool     // an ALL-CAPS line: no names are taken from it
	title bool     // a Title Case line without a full stop: only known names
}

// lowerCache keeps the lower-cased form of each capitalized word of a
// document, so that a name repeated a hundred times is folded once.
type lowerCache map[string]string

func (lc lowerCache) lower(w string) string {
	if l, ok := lc[w]; ok {
		return l
	}
	l := lexicon.NameKey(w)
	lc[w] = l
	return l
}

// arena holds the words of a whole document, so that sentences slice one
// allocation instead of making three each.
type arena struct {
	w      []word
	ss, ls []string
}

func newArena(n int) *arena {
	return &arena{w: make([]word, 0, n), ss: make([]string, 0, n), ls: make([]string, 0, n)}
}

// newSentence reads sentence sen of d. Lower-case forms come from the
// Doc's cache where they can, so that later stages find them there.
func newSentence(d *text.Doc, sen text.Sentence, lc lowerCache, ar *arena) sentence {
	doc, toks := d.Text, sen.Tokens
	n := len(ar.w)
	m := n + len(toks)
	s := sentence{w: ar.w[n:n:m], ss: ar.ss[n:n:m], ls: ar.ls[n:n:m], first: -1}
	ar.w, ar.ss, ar.ls = ar.w[:m], ar.ss[:m], ar.ls[:m]
	for ti, t := range toks {
		raw := doc[t.Start:t.End]
		w := word{start: t.Start, end: t.End, rawEnd: t.End, s: raw}
		switch t.Kind {
		case text.Word:
			if mayBePossessive(raw) {
				if p := text.StripPossessive(raw); len(p) < len(raw) && p != "" {
					w.s, w.end, w.poss = p, t.Start+len(p), true
				}
			}
			w.cap = text.IsCapitalized(w.s)
			w.caps = allCaps(w.s)
			w.num = hasDigit(w.s)
		case text.Number:
			w.num = true
		default:
			w.punct = true
		}
		if w.cap || w.caps {
			// NameKey is the Doc's lower case with a plain apostrophe
			if w.poss {
				w.l = lc.lower(w.s)
			} else if w.l = d.Lower(sen.First + ti); strings.Contains(w.l, "’") {
				w.l = lc.lower(w.s)
			}
		} else {
			w.l = lexicon.NameKey(w.s)
		}
		s.ss = append(s.ss, w.s)
		s.ls = append(s.ls, w.l)
		s.w = append(s.w, w)
	}
	// "Boeing 's" with the possessive cut off by spaces (pre-tokenized text)
	for i := 1; i+1 < len(s.w); i++ {
		if (s.w[i].s == "'" || s.w[i].s == "’") && s.w[i+1].s == "s" && s.w[i+1].start == s.w[i].end && !s.w[i-1].punct {
			s.w[i-1].poss = true
		}
	}
	for i, w := range s.w {
		if !w.punct {
			s.first = i
			break
		}
	}
	s.shout, s.title = lineKind(s.w)
	// a sentence may run over lines (a sub-heading without a full stop
	// before the text): judge each line too
	from := 0
	for k := 1; k <= len(s.w); k++ {
		if k < len(s.w) && strings.IndexByte(doc[s.w[k-1].end:s.w[k].start], '\n') < 0 {
			continue
		}
		if from > 0 || k < len(s.w) {
			shout, title := lineKind(s.w[from:k])
			for m := from; m < k; m++ {
				s.w[m].shout, s.w[m].headline = shout, title
			}
		}
		tableLine(s.w[from:k])
		from = k
	}
	runInHeading(s.w)
	return s
}

// tableLine marks the words of a results line: capitalized names and
// numbers, no lower-case or function word, a number last ("Leeds 2
// Coventry 1", "Newcastle 3 3 0 0 7 2 9", "1. Michael Johnson ( U.S. )
// 19.32").
func tableLine(ws []word) {
	// the line ends in a number (a score, the last column) or opens with
	// one (a golfer's score, a place: "67 Greg Norman")
	if len(ws) == 0 || !ws[len(ws)-1].num && !ws[0].num {
		return
	}
	names := 0
	for m, w := range ws {
		if w.num && len(w.s) == 4 && m+1 < len(ws) && (ws[m+1].s == "-" || ws[m+1].s == "/") {
			return // "ROTTERDAM , Netherlands 1998-02-19": a dateline
		}
		switch {
		case w.num, w.punct:
		case !w.cap && !particles[w.l]:
			return
		case functionWords[w.l]:
			return // "Boeing To Cut 10,000": a headline
		case !w.caps:
			names++
		}
	}
	if names > 0 {
		for m := range ws {
			ws[m].table = !ws[m].num && !ws[m].punct
		}
	}
}

// lineKind tells ALL-CAPS lines (sub-headings, widget words) and Title
// Case lines (headlines) from running text.
func lineKind(ws []word) (shout, title bool) {
	words, caps, capd, fn := 0, 0, 0, 0
	for _, w := range ws {
		if w.punct || w.num {
			continue
		}
		words++
		if w.caps {
			caps++
		}
		if w.cap {
			capd++
		}
	}
	if words == 0 {
		return false, false
	}
	if caps*10 >= words*7 && (words >= 2 || len(ws[0].s) > 5) {
		return true, false
	}
	last := ws[len(ws)-1]
	ended := last.punct && strings.ContainsAny(last.s, ".!?”\"")
	if capd < 2 || ended && words > 6 {
		return false, false // neither test below can pass: spare the lookups
	}
	for _, w := range ws {
		if !w.punct && !w.num && !w.cap && functionWords[w.s] {
			fn++
		}
	}
	if !ended && words >= 3 && capd*10 >= (words-fn)*8 && capd >= 3 {
		return false, true
	}
	// "War and Peace.": a short line of capitalized words, full stop or not
	if words <= 6 && capd >= 2 && capd == words-fn {
		return false, true
	}
	return false, false
}

// runInHeading marks a Title Case run that opens a sentence and ends in a
// colon ("Little Relief for Refugees: The refugee crisis ...") as a heading.
func runInHeading(ws []word) {
	for k := 1; k < len(ws) && k <= 10; k++ {
		if ws[k].s != ":" {
			continue
		}
		if _, title := lineKind(ws[:k]); title && k >= 2 {
			for m := 0; m < k; m++ {
				ws[m].headline = true
			}
		}
		return
	}
}

// rawWords returns the sentence's tokens lower-cased as written, with their
// possessives, for names that hold one ("People's Liberation Army").
func (s *sentence) rawWords(doc string, lc lowerCache) []string {
	if s.raw == nil {
		s.raw = make([]string, len(s.w))
		for i, w := range s.w {
			s.raw[i] = w.l
			if w.poss {
				s.raw[i] = lc.lower(doc[w.start:w.rawEnd])
			}
		}
	}
	return s.raw
}

// mayBePossessive is a cheap test before StripPossessive: the word ends in
// "s" or an apostrophe.
func mayBePossessive(w string) bool {
	switch w[len(w)-1] {
	case 's', 'S', '\'', 0x99: // 0x99 ends "’"
		return strings.ContainsAny(w, "'’")
	}
	return false
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// particles join the parts of a name and are written in lower case:
// "Deir al Balah", "bin Salman", "von der Leyen".
var particles = map[string]bool{
	"al": true, "el": true, "al-": true, "bin": true, "ibn": true, "bint": true, "abu": true,
	"van": true, "von": true, "der": true, "den": true, "de": true, "da": true, "di": true,
	"du": true, "del": true, "della": true, "dos": true, "das": true, "la": true, "le": true,
	"ter": true, "ten": true, "ben": true, "ould": true, "ag": true, "wa": true,
}

// romanceHeads open the name of a body in French, Spanish, Portuguese or
// Italian, its head first: "Front de Libération de l'Azawad", "Partido
// Socialista Unido de Venezuela", "Ejército de Liberación Nacional".
var romanceHeads = wordSet(`Front Frente Fronte Union Unión União Mouvement Movimiento Movimento Parti Partido
Partito Rassemblement Conseil Consejo Conselho Comité Comitato Congrès Ejército Exército Armée Fuerzas Forças
Forces Asociación Associação Association Coordination Coordinadora Confédération Confederación Fédération
Federación Organisation Organización Bloque Alianza Alliance Resistencia Convergencia Coalición Coalition`)

// romanceJoins stand inside such a name: "pour la", "des", "y".
var romanceJoins = wordSet(`de des du del la le les pour para por y et e di della l' d'`)

// particleName reports whether w is a lower-case particle joined to a
// capitalized name: "al-Sharaa", "el-Sisi", "bin-Laden", and the elided
// French article of "l'Azawad", "d'Ivoire".
func particleName(w string) bool {
	for _, el := range []string{"l'", "d'", "l’", "d’"} {
		if strings.HasPrefix(w, el) && len(w) > len(el) && text.IsCapitalized(w[len(el):]) {
			return true
		}
	}
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return false
	}
	return particles[strings.ToLower(w[:i])] && text.IsCapitalized(w[i+1:])
}

// stripParticle drops a leading "al-"/"el-" particle: "al-Sharaa" -> "Sharaa".
func stripParticle(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 && particles[strings.ToLower(w[:i])] && i+1 < len(w) {
		return w[i+1:]
	}
	return w
}

// hyphenTail reports whether w is a capitalized word joined to a lower-case
// one, "Israeli-occupied", "Saudi-led": the head names a place, the whole is
// an adjective.
func hyphenTail(w string) (head string, ok bool) {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i+1 >= len(w) {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(w[i+1:])
	if !unicode.IsLower(r) || particles[strings.ToLower(w[:i])] {
		return "", false
	}
	// only a known name makes such an adjective; "Wei-ling" is a name, but
	// any name before a participle is one ("Serb-dominated", "Tuareg-led")
	if _, ok := lexicon.Names().Lookup(w[:i]); !ok && !hyphenParticiples[strings.ToLower(w[i+1:])] {
		return "", false
	}
	return w[:i], true
}

// hyphenParticiples make an adjective of the name before them.
var hyphenParticiples = wordSet(`dominated led backed based controlled held majority speaking owned run brokered
funded allied aligned occupied administered populated born sponsored mediated`)

// nameLike reports whether the word can be part of a name: capitalized
// (or a particle-joined name), no digits, not a function word, weekday or
// month, and not a long shouted word.
func nameLike(w word) bool {
	if w.punct || w.num {
		return false
	}
	if !w.cap {
		return particleName(w.s)
	}
	if _, ok := hyphenTail(w.s); ok {
		return false
	}
	l := w.l
	if functionWords[l] || calendarWords[l] {
		return false
	}
	if notNames[w.s] {
		return false
	}
	// a shouted English word ("WHITE", "BREAKING") is no acronym
	if w.caps && (len(w.s) > 6 || len(w.s) >= 4 && lexicon.IsEnglishWord(w.l)) {
		_, known := lexicon.Names().Lookup(w.s)
		return known
	}
	return true
}

// functionWords are closed-class words: capitalized, they open sentences or
// headlines but never name anything.
var functionWords = wordSet(`a an the and or but nor so yet for of in on at to from by with without within
into onto upon about above below over under after before since until while during between among
against through throughout toward towards across along around behind beyond near off out up down
as than that this these those there here where when why how what which who whom whose whether if
then else also not no yes all any both each either neither every few many more most much other
some such only own same i me my mine we us our ours you your yours he him his she her hers it its
they them their theirs is are was were be been being am do does did done have has had having will
would shall should can could may might must ought let lets one ones just even still already again
ever never now today tonight tomorrow yesterday meanwhile however though although because unless
whereas instead rather perhaps maybe please thanks thank hello oh okay ok via per vs amid despite
like unlike except including regarding concerning following according said says say saying told
tells asked added
mr mrs ms dr`)

// calendarWords are weekdays, months and seasons: capitalized, not entities.
// countWords are the number words that open a sentence's count.
var countWords = wordSet(`two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
hundreds thousands dozens`)

var calendarWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thurs fri sat sun
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
christmas easter ramadan eid hanukkah passover thanksgiving diwali lent advent`)

// regionAdjectives describe regions or blocs; they name no entity
// ("European diplomats", "Southeast Asian nations").
var regionAdjectives = wordSet(`european asian african western eastern northern southern arabian
latin nordic baltic balkan caucasian scandinavian mediterranean caribbean pacific atlantic
transatlantic middle-eastern sub-saharan islamist jihadist north south east west northeast
northwest southeast southwest central upper lower greater`)

// notNames are capitalized abbreviations that name no entity: units,
// currencies, time zones, common business and tech shorthands.
var notNames = wordSet(`USD EUR GBP JPY CNY CHF CAD AUD RMB GMT UTC EST EDT PST PDT CET CEST BST IST
GB MB KB TB GHz MHz KM KG AM PM TV PC CD DVD GPS GDP CEO CFO COO CTO VP PR IPO AI IT HR Q1 Q2 Q3 Q4
FY OK ID SMS PDF USB LCD LED HD UK£ AP-NORC Published Updated Posted Modified`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
