package event

import (
	"slices"
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// Word is one token of a sentence with the forms the rules look at.
type Word struct {
	Start, End int
	Raw        string // as written
	W          string // lowercase, possessive and "-led"/"-backed" stripped
	Poss       bool   // written with a possessive ("Syria's")
	Led        bool   // "Hamas-led", "U.S.-brokered": the stem is an actor
	Cap        bool
	Punct      bool
	Num        bool
}

// Chunk is an actor phrase: a name, a country or demonym, or an actor noun
// with its modifiers ("Syria's new rulers", "Israeli troops").
type Chunk struct {
	From, To int     // word indexes, [From, To)
	Name     string  // the name the record uses
	Entity   *string // entity id when the entity stage knows it
	Person   bool
	Country  bool // the chunk stands for a state
	Place    bool // a place that is not a state actor (a city, a region)
	City     bool // a state named by its capital ("Mogadishu"): the state acts, but a thing hit there is not it
	Noun     bool // headed by an actor noun ("troops", "protesters")
	Pronoun  bool
	Pair     bool   // "both sides", "the two countries": the two sides named last
	Group    bool   // "the group", "the militant movement": the group named last
	State    string // the state named inside the chunk ("U.S. President Donald Trump": United States)
}

// Sent is one body sentence analysed for events and agreements.
type Sent struct {
	Span   article.Span
	Index  int // sentence index in the Doc
	Words  []Word
	Chunks []Chunk
	at     []int // word index -> chunk index, -1 outside chunks
	// proposalNear: this sentence or the one before speaks of a proposal,
	// so "would" reads as a provision rather than a guess.
	proposalNear bool
	low          []string
	lead         int // the first word past a wire dateline ("BAMAKO, Nov 2 (AFP) -")
}

// ChunkAt returns the chunk covering word i, or nil.
func (s *Sent) ChunkAt(i int) *Chunk {
	if i < 0 || i >= len(s.at) || s.at[i] < 0 {
		return nil
	}
	return &s.Chunks[s.at[i]]
}

// Lower returns the lowercase words, for lexicon matching. The slice is
// shared; callers must not change it.
func (s *Sent) Lower() []string {
	if s.low == nil {
		s.low = make([]string, len(s.Words))
		for i, w := range s.Words {
			s.low[i] = w.W
		}
	}
	return s.low
}

// Body reports whether a sentence reads as running text: it ends like a
// sentence and is not an all-capitals subhead. Headlines, captions left in
// the text and widget words fail.
func Body(d *text.Doc, i int) bool {
	s := d.Sentences[i]
	if len(s.Tokens) < 4 || titleLine(d, i) {
		return false
	}
	// the last token, past closing quotes and brackets, must be an end mark
	end := ""
	for k := len(s.Tokens) - 1; k >= 0; k-- {
		t := d.S(s.Tokens[k])
		switch t {
		case "\"", "”", "’", "'", ")", "]", "»", "}":
			continue
		}
		end = t
		break
	}
	if end != "." && end != "!" && end != "?" && end != "…" {
		return false
	}
	if end == "?" && len(s.Tokens) < 10 {
		// "Sudan: What is the RSF?" — related-story links, subheads
		return false
	}
	upper, letters := 0, 0
	for _, t := range s.Tokens {
		if t.Kind != text.Word {
			continue
		}
		letters++
		w := d.S(t)
		if text.NoLower(w) {
			upper++
		}
	}
	return letters > 0 && upper*10 < letters*8
}

// titleLine reports the first sentence of words that runs from the story's opening
// line, which has no end mark, into a new line that starts with a capital:
// a headline the scraper left glued to a caption ("Militias agree truce
// after clashes\nSmoke rises over Tripoli."). Wrapped prose goes on in
// lowercase or ends its first line with a mark.
func titleLine(d *text.Doc, i int) bool {
	s := d.Sentences[i]
	if s.Para != 0 || i > 3 || s.Start < 0 || s.End > len(d.Text) {
		return false
	}
	for k := 0; k < i; k++ {
		if len(d.Sentences[k].Tokens) >= 4 {
			return false // only the story's first line of words
		}
	}
	t := d.Text[s.Start:s.End]
	nl := strings.IndexByte(t, '\n')
	if nl <= 0 || nl+1 >= len(t) {
		return false
	}
	first := strings.TrimRight(t[:nl], " \t\r")
	if first == "" || len(first) >= 60 || strings.ContainsAny(first[len(first)-1:], ".!?:;,\"”)") {
		return false // prose wrapped at a fixed width runs longer lines
	}
	next := strings.TrimLeft(t[nl+1:], " \t")
	return next != "" && next[0] >= 'A' && next[0] <= 'Z'
}

// Sentences returns the body sentences of d (Body) analysed (Analyse), in
// text order. The event and agreement stages both read them, so the
// analysis is done once per Doc and article and shared through the Doc;
// each call hands out its own copies, which the caller may change
// (ResolveGovernments names chunks, Find marks proposals).
func Sentences(d *text.Doc, a *article.Article) []*Sent {
	an, _ := d.Shared(analysisKey{}).(*analysis)
	if an == nil || !an.of(a) {
		an = &analysis{a: a, entities: a.Entities}
		for i := range d.Sentences {
			if Body(d, i) {
				an.sents = append(an.sents, Analyse(d, a, i))
			}
		}
		d.Share(analysisKey{}, an)
	}
	out := make([]*Sent, len(an.sents))
	for k, s := range an.sents {
		c := *s
		c.Chunks = slices.Clone(s.Chunks) // Words, at and low are only read
		out[k] = &c
	}
	return out
}

// analysisKey keys the shared analysis in a Doc.
type analysisKey struct{}

// analysis is the body sentences of a Doc as Analyse left them, before
// any caller changed them, with the entities they were read against.
type analysis struct {
	a        *article.Article
	entities []article.Entity
	sents    []*Sent
}

// of reports whether the analysis was made against a's current entities.
func (an *analysis) of(a *article.Article) bool {
	return an.a == a && len(an.entities) == len(a.Entities) &&
		(len(a.Entities) == 0 || &an.entities[0] == &a.Entities[0])
}

// Analyse builds the words and actor chunks of sentence i.
func Analyse(d *text.Doc, a *article.Article, i int) *Sent {
	ds := d.Sentences[i]
	s := &Sent{Span: article.Span{Start: ds.Start, End: ds.End}, Index: i}
	toks := joinHyphens(d, ds.Tokens)
	s.Words = make([]Word, 0, len(toks))
	for k, t := range toks {
		raw := d.S(t)
		w := Word{Start: t.Start, End: t.End, Raw: raw, Punct: t.Kind == text.Punct, Num: t.Kind == text.Number}
		base := text.StripPossessive(raw)
		w.Poss = len(base) < len(raw)
		low := text.Lower(base)
		for _, suf := range actorSuffixes {
			if strings.HasSuffix(low, suf) && len(low) > len(suf)+1 {
				low = low[:len(low)-len(suf)]
				w.Led = true
				break
			}
		}
		w.W = low
		w.Cap = t.Kind == text.Word && text.IsCapitalized(raw)
		_ = k
		s.Words = append(s.Words, w)
	}
	s.at = make([]int, len(s.Words))
	for k := range s.at {
		s.at[k] = -1
	}
	s.lead = s.DatelineEnd()
	s.chunk(a)
	return s
}

// joinHyphens joins "U.S." "-" "brokered" and "60" "-" "day" (written
// without spaces) into one word, as the tokenizer does for letters.
func joinHyphens(d *text.Doc, toks []text.Token) []text.Token {
	joined := false
	for k := 0; k+2 < len(toks) && !joined; k++ {
		joined = hyphenJoins(d, toks, k)
	}
	if !joined {
		return toks // most sentences: nothing to copy
	}
	out := make([]text.Token, 0, len(toks))
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		// (a joined t ends where toks[k] does and is a word, so the
		// test on toks[k] is the test on t)
		for k+2 < len(toks) && hyphenJoins(d, toks, k) {
			t = text.Token{Start: t.Start, End: toks[k+2].End, Kind: text.Word}
			k += 2
		}
		out = append(out, t)
	}
	return out
}

// hyphenJoins reports a word or number at toks[k] written with a hyphen
// and a word after it, no spaces between.
func hyphenJoins(d *text.Doc, toks []text.Token, k int) bool {
	return toks[k].Kind != text.Punct && d.S(toks[k+1]) == "-" && toks[k+1].Start == toks[k].End &&
		toks[k+2].Start == toks[k+1].End && toks[k+2].Kind == text.Word
}

// actorSuffixes turn a compound modifier into its actor: "Hamas-led
// fighters", "U.S.-brokered deal".
var actorSuffixes = []string{"-led", "-backed", "-brokered", "-sponsored", "-mediated", "-allied", "-aligned", "-controlled", "-held", "-run"}

// affiliation reports a modifier that ties an actor or a thing to another
// without making it that one: "Qaeda-linked", "IS-affiliated",
// "Iran-inspired", "a British-owned ship", "a Trinidad-based group".
func affiliation(raw string) bool {
	low := strings.ToLower(raw)
	// (and a go-between: "U.S.-hosted talks", "Qatar-brokered truce")
	for _, suf := range []string{"-linked", "-affiliated", "-inspired", "-leaning", "-friendly", "-owned", "-flagged", "-registered", "-operated", "-based", "-made",
		"-hosted", "-brokered", "-mediated", "-sponsored", "-facilitated"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// piece is one recognized element before pieces are joined into chunks.
type piece struct {
	from, to int
	name     string
	entity   *string
	person   bool
	country  bool
	place    bool
	noun     bool
	demonym  bool
	city     bool
	pronoun  bool
	state    string // an institution's state ("Israeli army": Israel)
	pair     bool
}

func (s *Sent) chunk(a *article.Article) {
	lx := lexicon.Events()
	low := s.Lower()
	var ps []piece
	taken := make([]bool, len(s.Words))
	mark := func(p piece) {
		for k := p.from; k < p.to; k++ {
			taken[k] = true
		}
		ps = append(ps, p)
	}
	// a live page's time stamp ("09:40 GMT -") names no one
	for k := 0; k < s.ClockEnd(); k++ {
		taken[k] = true
	}
	// entities the entity stage found
	for ei := range a.Entities {
		e := &a.Entities[ei]
		for _, m := range e.Mentions {
			if m.Start < s.Span.Start || m.End > s.Span.End {
				continue
			}
			from, to := s.wordRange(m)
			if from >= to || anyTaken(taken, from, to) {
				continue
			}
			id := e.ID
			p := piece{from: from, to: to, name: e.Name, entity: &id, person: e.Type == article.Person}
			cf := from
			if low[cf] == "the" && to-cf > 1 {
				cf++ // "The United States" is the state, not a place in it
			}
			if c, n := lx.Countries.Match(low, cf); n > 0 && n == to-cf {
				p.country = true
				p.demonym = c[0].Demonym
				p.name = c[0].Name
				if _, ok := countryNamed(lx, e); !ok && e.Type == article.Place && !c[0].Demonym {
					p.city = true // the entity stage knows it as a city
				}
			} else if c, ok := countryNamed(lx, e); ok {
				// "The PRC", "the DPRK": a short form the entity stage
				// resolved to a state is that state
				p.country = true
				p.name = c.Name
			} else if e.Type == article.Place {
				p.place = true
			} else if c, n := lx.Countries.Match(low, from); n > 0 && n < to-from && e.Type != article.Person {
				// "the Israeli army", "Syria's foreign ministry": an
				// institution standing for its state
				if _, hn := lx.Actors.Match(low, to-1); hn > 0 {
					p.state = c[0].Name
				}
			}
			mark(p)
		}
	}
	for k := 0; k < len(s.Words); k++ {
		if taken[k] || s.Words[k].Punct || s.Words[k].Num && !unitOrdinal(s.Words, low, k) {
			continue
		}
		if s.backerWord(k) && !s.actorNext(low, k+1) {
			// "the Iran-backed group has launched attacks": the group
			// acts, not Iran
			continue
		}
		if c, n := lx.Countries.Match(low, k); n > 0 && s.Words[k].Cap && !anyTaken(taken, k, k+n) {
			mark(piece{from: k, to: k + n, name: c[0].Name, country: true, demonym: c[0].Demonym})
			k += n - 1
			continue
		}
		// "military talks", "security talks": the word sorts the act, and
		// names no actor
		if _, n := lx.Actors.Match(low, k); n > 0 && !anyTaken(taken, k, k+n) && !(n == 1 && nounMods[low[k]] && s.eventNounAt(low, k+1)) {
			mark(piece{from: k, to: k + n, name: strings.Join(low[k:k+n], " "), noun: true})
			k += n - 1
			continue
		}
		if n := groupAnaphor(s.Words, low, k-1); n > 1 && !anyTaken(taken, k, k+n-1) {
			// "the group", "the movement": no actor word of the lexicon,
			// but an actor all the same
			mark(piece{from: k, to: k + n - 1, name: strings.Join(low[k:k+n-1], " "), noun: true})
			k += n - 2
			continue
		}
		if n := pairAt(low, k); n > 0 {
			mark(piece{from: k, to: k + n, name: strings.Join(low[k:k+n], " "), pronoun: true, pair: true})
			k += n - 1
			continue
		}
		if pronouns[low[k]] {
			mark(piece{from: k, to: k + 1, name: low[k], pronoun: true})
			continue
		}
		if s.Words[k].Cap && affiliation(s.Words[k].Raw) {
			// "an al Qaeda-linked group" is not al Qaeda, and "Qaeda-linked"
			// names no one
			continue
		}
		if s.Words[k].Cap && !stopCap[low[k]] || unitOrdinal(s.Words, low, k) && !taken[k+1] && !taken[k+2] {
			// a run of capitalized words (with name particles) is a name,
			// a unit's number with it ("the 444th Brigade")
			j := k + 1
			if k > 0 && !taken[k-1] && (low[k-1] == "al" || low[k-1] == "el") && !s.Words[k].Num {
				k-- // "al Qaeda": the particle opens the name
			}
			if s.Words[k].Num {
				j = k + 3
			}
			for j < len(s.Words) && !taken[j] && (s.Words[j].Cap && !stopCap[low[j]] || particles[low[j]] && j+1 < len(s.Words) && s.Words[j+1].Cap || particleWord(low[j])) {
				j++
			}
			if (k == 0 || k == s.lead) && j == k+1 && !s.Words[k].Led && !s.Words[k].Poss && lowerStart[low[k]] {
				continue // the first word past a dateline opens the sentence too
			}
			if k == 0 && j == 1 && !s.Words[0].Led && !s.Words[0].Poss && len(s.Words) > 1 && !s.Words[1].Cap && (participleForm(low[0]) || adjectiveForm(low[0])) {
				if _, n := lx.Actors.Match(low, 1); n > 0 {
					continue // "Suspected jihadists", "Regional leaders": the noun acts
				}
			}
			if affiliation(s.Words[j-1].Raw) {
				k = j - 1 // "an Islamic State-affiliated cell": no name
				continue
			}
			name := joinRaw(s.Words[k:j])
			if j == k+1 && s.Words[k].Led {
				name = s.ledName(k)
			}
			mark(piece{from: k, to: j, name: name})
			k = j - 1
		}
	}
	// order pieces by position (stable: pieces never share a start, but
	// keep the order of marking if they did)
	sort.SliceStable(ps, func(x, y int) bool { return ps[x].from < ps[y].from })
	// join modifier pieces with the head that follows ("Israeli Prime
	// Minister Benjamin Netanyahu", "Syria's new rulers", "the Israeli army")
	for x := 0; x < len(ps); x++ {
		c := Chunk{From: ps[x].from, To: ps[x].to}
		group := []piece{ps[x]}
		for x+1 < len(ps) {
			gap := ps[x+1].from - c.To
			if gap > 2 || gap < 0 || !s.modifierGap(c.To, ps[x+1].from) || ps[x].pronoun || ps[x+1].pronoun {
				break
			}
			last := group[len(group)-1]
			// a name then a noun is two things ("Hamas fighters" is one,
			// "Israel forces" too, but only with no gap)
			if gap > 0 && !(last.demonym || last.country || s.Words[last.to-1].Poss || last.noun) {
				break
			}
			x++
			group = append(group, ps[x])
			c.To = ps[x].to
		}
		s.resolve(&c, group)
		if n := groupAnaphor(s.Words, low, c.From-1); c.Noun && c.From > 0 && n >= c.To-c.From+1 {
			// "the militant group": the group named last, if any; "the
			// paramilitary group" reaches past the actor noun to its head
			c.Group = true
			for k := c.To; k < c.From-1+n; k++ {
				if s.at[k] >= 0 {
					c.Group = false // the words past are another chunk's
				}
			}
			if c.Group {
				c.To = c.From - 1 + n
			}
		}
		if !c.Country && !c.Person && !c.Noun && !c.Pronoun && c.State == "" && s.placeNounAfter(c.To) {
			// "the Masnaa border crossing", "the Zamzam camp": a name that
			// names a place
			c.Place = true
		}
		idx := len(s.Chunks)
		s.Chunks = append(s.Chunks, c)
		for k := c.From; k < c.To; k++ {
			s.at[k] = idx
		}
	}
}

// eventNounAt reports an event noun at word k ("talks", "cooperation").
func (s *Sent) eventNounAt(low []string, k int) bool {
	if k >= len(low) {
		return false
	}
	vs, n := lexicon.Events().Triggers.Match(low, k)
	for _, v := range vs {
		if n > 0 && v.POS == lexicon.EventNoun {
			return true
		}
	}
	return false
}

// countryNamed reports a place entity whose resolved name is the name of
// a state in the event lexicon, whatever short form its mention took
// ("PRC" for China); a capital ("Mogadishu") is not.
func countryNamed(lx *lexicon.EventLexicon, e *article.Entity) (lexicon.EventCountry, bool) {
	if e.Type != article.Place {
		return lexicon.EventCountry{}, false
	}
	w := lexicon.EventWords(e.Name)
	if c, n := lx.Countries.Match(w, 0); n > 0 && n == len(w) && !c[0].Demonym && strings.EqualFold(c[0].Name, e.Name) {
		return c[0], true
	}
	return lexicon.EventCountry{}, false
}

// participleForm reports a word shaped like a participle used as an
// adjective: "suspected", "unidentified", "masked".
func participleForm(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// adjectiveForm reports a word with an adjective's ending: "regional",
// "federal", "various", "defensive", "military".
func adjectiveForm(w string) bool {
	for _, suf := range []string{"al", "ous", "ive", "ary"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeNounAfter reports a place noun right after word k, past one more
// ("border crossing").
func (s *Sent) placeNounAfter(k int) bool {
	for j := k; j < len(s.Words) && j <= k+1; j++ {
		w := s.Words[j]
		if w.Punct || w.Cap {
			return false
		}
		if placeNouns[w.W] && w.W != "state" && w.W != "capital" && w.W != "south" && w.W != "north" && w.W != "east" && w.W != "west" {
			return true
		}
	}
	return false
}

// modifierGap reports whether the words between two pieces may sit inside
// one actor phrase (adjectives such as "new", "senior", "armed").
func (s *Sent) modifierGap(from, to int) bool {
	for k := from; k < to; k++ {
		w := s.Words[k]
		if w.Punct || w.Num || !gapWords[w.W] {
			return false
		}
	}
	return true
}

// resolve names a chunk from its pieces: a person's name wins, then a
// named organization, then a state standing behind a noun ("Israeli
// troops" are Israel), then the words as written.
func (s *Sent) resolve(c *Chunk, group []piece) {
	var person, named, country, noun *piece
	for i := range group {
		p := &group[i]
		switch {
		case p.person:
			person = p
		case p.country:
			if country == nil && !(len(group) > 1 && s.backerWord(p.from)) {
				// "the Iran-aligned Houthi movement" stands for the
				// Houthis, not for the state that backs them
				country = p
			}
		case p.noun:
			noun = p
		case p.pronoun:
			c.Pronoun = true
			c.Pair = p.pair
		default:
			named = p
		}
	}
	if person == nil && named != nil && noun != nil && noun.to <= named.from && titleNouns[s.Words[noun.to-1].W] && named.entity == nil {
		// "Syrian President Ahmed al-Sharaa": a title before a name
		person = named
	}
	switch {
	case person != nil:
		c.Name, c.Entity, c.Person = person.name, person.entity, true
	case named != nil && named.state != "":
		// "the Israeli army" found by the entity stage as an organization:
		// the record names the state and keeps the entity's id
		c.Name, c.Entity, c.Country, c.Noun, c.State = named.state, named.entity, true, true, named.state
	case named != nil && !named.place && (country == nil || named.entity != nil):
		c.Name, c.Entity = named.name, named.entity
		c.Place = named.place
	case country != nil:
		c.Name, c.Entity, c.Country = country.name, country.entity, true
		c.Noun = noun != nil
		c.City = country.city && len(group) == 1
	case named != nil && named.place && noun != nil && noun.from >= named.to:
		// "the Middle East envoy", "Darfur rebels": a place before an
		// actor noun says which one, and the phrase is an actor
		c.Name, c.Noun = joinRaw(s.Words[c.From:c.To]), true
	case named != nil:
		c.Name, c.Entity, c.Place = named.name, named.entity, named.place
	case noun != nil:
		c.Name, c.Noun = joinRaw(s.Words[c.From:c.To]), true
	default:
		c.Name = joinRaw(s.Words[c.From:c.To])
		c.Pronoun = group[0].pronoun
	}
	if c.Name == "" {
		c.Name = joinRaw(s.Words[c.From:c.To])
	}
	if country != nil {
		c.State = country.name
		if country.demonym || country.entity == nil {
			if cs, n := lexicon.Events().Countries.Match(s.Lower(), country.from); n > 0 {
				c.State = cs[0].Name
			}
		}
	}
}

// actorNext reports an actor noun at word k, past modifiers ("Iran-backed
// Houthi rebels", "Saudi-backed government").
func (s *Sent) actorNext(low []string, k int) bool {
	for j := k; j < len(low) && j < k+3; j++ {
		if _, n := lexicon.Events().Actors.Match(low, j); n > 0 {
			return true
		}
		if s.Words[j].Punct || !gapWords[low[j]] && !s.Words[j].Cap {
			return false
		}
	}
	return false
}

// backerWord reports a word naming who backs an actor ("Iran-aligned",
// "Saudi-backed"), not who it is or who leads it ("U.S.-led").
func (s *Sent) backerWord(k int) bool {
	if k < 0 || k >= len(s.Words) || !s.Words[k].Led {
		return false
	}
	raw := strings.ToLower(s.Words[k].Raw)
	for _, suf := range []string{"-backed", "-aligned", "-allied", "-sponsored", "-brokered", "-mediated", "-supported", "-funded", "-armed", "-trained"} {
		if strings.HasSuffix(raw, suf) {
			return true
		}
	}
	return false
}

// wordRange maps a byte span to the words it covers.
func (s *Sent) wordRange(m article.Span) (int, int) {
	// Words are in text order: find the first word starting inside the
	// span by binary search, so a long sentence with many mentions does
	// not cost words × mentions.
	k := sort.Search(len(s.Words), func(k int) bool { return s.Words[k].Start >= m.Start })
	from, to := -1, -1
	for ; k < len(s.Words) && s.Words[k].Start < m.End; k++ {
		// "the European Union's package": the mention ends before the
		// possessive ending its word carries
		if s.Words[k].End <= m.End || s.Words[k].Poss && s.Words[k].End-m.End <= len("’s") {
			if from < 0 {
				from = k
			}
			to = k + 1
		}
	}
	if from < 0 {
		return 0, 0
	}
	return from, to
}

func anyTaken(t []bool, from, to int) bool {
	for k := from; k < to && k < len(t); k++ {
		if t[k] {
			return true
		}
	}
	return false
}

// joinRaw writes words as a phrase, dropping a leading article and a
// trailing possessive.
func joinRaw(ws []Word) string {
	var b strings.Builder
	for i, w := range ws {
		if i == 0 && (w.W == "the" || w.W == "a" || w.W == "an") {
			continue
		}
		if b.Len() > 0 && !(!w.Num && i > 0 && ws[i-1].Num && ws[i-1].End == w.Start) {
			b.WriteByte(' ') // not inside "444th"
		}
		r := w.Raw
		if i == len(ws)-1 {
			r = text.StripPossessive(r)
		}
		b.WriteString(r)
	}
	return b.String()
}

var pronouns = set("he", "she", "they", "it", "we")

// groupAnaphor reads "the group", "the militant group", "the movement"
// at word k: a definite noun that points back to the group the story
// named last, as "it" does. Not when a name follows ("the group Hamas")
// or "of" does ("the group of seven").
func groupAnaphor(ws []Word, low []string, k int) int {
	if k < 0 || k >= len(low) || low[k] != "the" {
		return 0
	}
	j := k + 1
	for j < len(low) && j < k+3 && groupMods[low[j]] {
		j++
	}
	if j > k+1 && (j >= len(low) || !groupHeads[low[j]]) && groupHeads[low[j-1]] {
		j-- // "the paramilitary said": the modifier is the head
	}
	if j >= len(low) || !groupHeads[low[j]] || ws[j].Cap {
		return 0
	}
	if j+1 < len(low) && (low[j+1] == "of" && !(j+2 < len(low) && strings.HasSuffix(low[j+2], "ing")) || ws[j+1].Cap) {
		// "the group of fighters" is no group named before; "accused the
		// rebels of attacking" is
		return 0
	}
	return j + 1 - k
}

var groupHeads = set("group", "movement", "militia", "organization", "organisation", "faction", "outfit", "rebels", // the plural fighters: see fighterHeads
	"insurgents", "militants", "jihadists", "paramilitary", "paramilitaries")

var groupMods = set("militant", "armed", "rebel", "jihadist", "islamist", "insurgent", "extremist", "paramilitary",
	"separatist", "hardline", "radical", "rights", "advocacy", "aid", "relief", "humanitarian", "opposition",
	"islamic", "palestinian", "shiite", "sunni", "iran-backed", "iran-aligned")

// unitOrdinal reports an ordinal that opens a unit's name: "444th
// Brigade", "3rd Infantry Division" (the number and its suffix are two
// tokens, written together).
func unitOrdinal(ws []Word, low []string, k int) bool {
	if k+2 >= len(ws) || !ws[k].Num || ws[k+1].Start != ws[k].End || !ws[k+2].Cap || stopCap[low[k+2]] {
		return false
	}
	switch low[k+1] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// stopCap are capitalized words that do not start or continue a name.
var stopCap = set("the", "a", "an", "on", "in", "at", "but", "and", "or", "if", "when", "while", "after", "before",
	"as", "since", "this", "that", "these", "those", "there", "here", "it", "he", "she", "they", "we", "i", "his", "her",
	"their", "its", "our", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "jan", "feb",
	"apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "earlier", "later",
	"meanwhile", "however", "more", "most", "some", "many", "both", "neither", "each", "one", "two", "three", "all",
	"according", "during", "under", "with", "without", "for", "from", "by", "of", "to", "since", "despite", "amid",
	"last", "next", "now", "then", "still", "also", "yet", "so", "such", "what", "who", "which", "where", "why", "how",
	"details", "photo", "file", "read", "share", "here's")

// lowerStart are sentence-initial capitalized words that are not names.
var lowerStart = set("fighting", "talks", "aid", "protesters", "police", "troops", "officials", "negotiators",
	"mediators", "sources", "buses", "thousands", "hundreds", "dozens", "residents", "witnesses", "rescuers",
	// adjectives that open a lead: "Indirect talks between Israel and Hamas"
	"indirect", "direct", "fresh", "renewed", "heavy", "fierce", "sporadic", "preliminary", "informal", "secret")

// pairAt matches "both sides", "neither side", "the two countries" at k
// and returns its length in words.
func pairAt(low []string, k int) int {
	switch {
	case k+1 < len(low) && (low[k] == "both" || low[k] == "neither" || low[k] == "either") && pairNouns[low[k+1]]:
		return 2
	case k+1 < len(low) && low[k] == "both" && (k == 0 || low[k-1] != "and") && bothVerbs[low[k+1]]:
		// "said both had committed to": both sides, the noun left out
		return 1
	case k+2 < len(low) && low[k] == "the" && (low[k+1] == "two" || warringWords[low[k+1]]) && pairNouns[low[k+2]]:
		return 3
	case k+1 < len(low) && low[k] == "the" && (low[k+1] == "parties" || low[k+1] == "sides") && (k+2 >= len(low) || low[k+2] != "of" && low[k+2] != "to"):
		// "the parties would meet again"; "the parties to the conflict"
		// and "the sides of the road" name something else
		return 2
	}
	return 0
}

// warringWords before a pair noun make it the two sides: "the warring
// parties", "the rival factions".
var warringWords = set("warring", "rival", "opposing", "feuding", "belligerent", "negotiating")

// bothVerbs may follow a bare "both" that stands for both sides.
var bothVerbs = set("had", "have", "has", "were", "are", "will", "would", "must", "should", "agreed", "signed",
	"committed", "accepted", "rejected", "pledged", "promised", "said", "denied")

var pairNouns = set("side", "sides", "countries", "nations", "leaders", "parties", "governments", "delegations", "factions",
	"ministers", "presidents", "envoys", "negotiators", "armies",
	"neighbours", "neighbors", "rivals", "states", "camps", "enemies", "foes", "adversaries")

// particleWord: "al-Sharaa", "el-Sisi" continue a name in lowercase.
func particleWord(w string) bool {
	for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-", "ad-", "as-", "ash-", "an-", "ar-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+1 {
			return true
		}
	}
	return false
}

var particles = set("al", "el", "bin", "ibn", "de", "van", "von", "der", "abu", "bint", "da", "du", "la", "le", "ul")

// gapWords may stand between a modifier and an actor noun.
var gapWords = set("new", "senior", "top", "former", "armed", "paramilitary", "foreign", "defense", "defence",
	"interior", "security", "military", "intelligence", "state", "national", "federal", "local", "regional", "acting",
	"interim", "transitional", "rebel", "opposition", "ruling", "allied", "special", "chief", "deputy", "hardline",
	"hard-line", "islamist", "right-wing", "left-wing", "government", "the", "elite", "prime", "vice", "army", "navy",
	"air", "peace", "ceasefire", "peacekeeping", "naval", "jewish", "muslim", "sunni", "shia", "shiite", "druze", "kurdish", "christian")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Subject is the actor doing the verb at word i (nil when none is found).
func (s *Sent) Subject(i int) *Chunk { return s.subject(i) }

// Coordinated returns c with the chunks joined to it by "and" or commas.
func (s *Sent) Coordinated(c *Chunk) []*Chunk { return s.coordinated(c) }

// ChunkWithin returns the first chunk in the n words from i, stopping at
// punctuation.
func (s *Sent) ChunkWithin(i, n int) *Chunk { return s.chunkWithin(i, n) }

// DetBefore reports a determiner, possessive, number or modifier before
// word i: "a plan", "its offer", "the 20-point plan".
func (s *Sent) DetBefore(i int) bool {
	if i == 0 {
		return false
	}
	p := s.Words[i-1]
	return determiners[p.W] || p.Poss || p.Num || nounMods[p.W] || p.Led || strings.Contains(p.W, "-")
}

// PhaseOf reports a phrase that is part of another: "the first phase of a
// 20-point plan" names the plan the phase belongs to.
func (s *Sent) PhaseOf(i int) bool {
	k := i - 1
	for k >= 0 && determiners[s.Words[k].W] {
		k--
	}
	return k >= 1 && s.Words[k].W == "of" && (s.Words[k-1].W == "phase" || s.Words[k-1].W == "stage" || s.Words[k-1].W == "part")
}

// ClauseStart finds the first word of the clause holding word i.
func (s *Sent) ClauseStart(i int) int { return s.clauseStart(i) }

// Negated reports a negation in the few words before word i.
func (s *Sent) Negated(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.Words[k].W
		if w == "not" || w == "never" || w == "neither" || w == "no" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if s.Words[k].Punct {
			return false
		}
	}
	return false
}

// ReportCue reports a verb of saying.
func ReportCue(w string) bool { return reportCues[w] }

// StateOf is the state a chunk stands for, else its name.
func (c *Chunk) StateOf() string {
	if c.State != "" {
		return c.State
	}
	return c.Name
}
