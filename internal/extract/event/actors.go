package event

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// MainActors lists the states and named groups acting in an article's
// body sentences, most mentioned first (two mentions at least): the sides
// of the story.
func MainActors(sents []*Sent) []string {
	n := map[string]int{}
	first := map[string]int{}
	broker := map[string]bool{}
	for _, s := range sents {
		for x := range s.Chunks {
			c := &s.Chunks[x]
			if c.Person || c.Place || c.Pronoun || c.To <= s.lead {
				continue // a dateline's city ("KYIV -") is no side
			}
			// a demonym before a noun that is no actor ("the Egyptian
			// resort", "Israeli hostages") does not make the state act
			if c.Country && !c.Noun && c.To-c.From == 1 && demonymWord(s.Words[c.From].W) {
				continue
			}
			if s.brokerAt(c) {
				// "mediated by the African Union": a go-between anywhere
				// in the story is none of its sides
				broker[c.StateOf()] = true
				continue
			}
			if c.From > 0 && s.Words[c.From-1].W == "told" {
				continue // "told Reuters": who hears is no side
			}
			if s.parenthesized(c) {
				continue // "the Rapid Support Forces (RSF)": one mention
			}
			if c.Country || KnownGroup(c.Name) || c.Entity != nil && !c.Noun || isAcronymName(c.Name) {
				k := c.StateOf()
				if _, ok := first[k]; !ok {
					first[k] = len(first)
				}
				n[k]++
			}
		}
	}
	var out []string
	for k := range n {
		if n[k] >= 2 && !broker[k] {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return first[out[i]] < first[out[j]]
	})
	return out
}

// isAcronymName: "SPLM-IO", "RSF", "PKK" name armed or political groups.
func isAcronymName(n string) bool {
	if len(n) < 2 || len(n) > 12 || strings.Contains(n, " ") {
		return false
	}
	upper := 0
	for _, r := range n {
		if r >= 'A' && r <= 'Z' {
			upper++
		} else if r != '-' && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return upper >= 2
}

// KnownGroup reports an armed or political group that acts as a side in
// news of conflicts; states come from the country lexicon.
func KnownGroup(name string) bool { return knownGroups[text.Lower(name)] }

var knownGroups = set("hamas", "hezbollah", "houthis", "taliban", "rsf", "plo", "fatah", "isis", "islamic state",
	"al-qaeda", "al qaeda", "al-shabaab", "farc", "eln", "pkk", "sdf", "m23", "wagner", "islamic jihad", "rapid support forces",
	"sudanese armed forces", "idf", "nato", "un", "united nations", "european union", "african union")

// demonymWord: "egyptian", "israeli" (not "egypt").
func demonymWord(w string) bool {
	cs, n := lexicon.Events().Countries.Match([]string{w}, 0)
	return n == 1 && cs[0].Demonym
}

// here reports whether chunk c lies in this sentence; a side carried over
// from an earlier one ("the group" named last) has no words here.
func (s *Sent) here(c *Chunk) bool {
	return c != nil && c.From >= 0 && c.From < c.To && c.To <= len(s.Words) && s.ChunkAt(c.From) != nil
}

// brokerAt reports a chunk named as the one who brokers, mediates or hosts
// ("U.S.-brokered", "mediated by the African Union", "mediators Qatar and
// Egypt"): a go-between is not one of a story's sides.
func (s *Sent) brokerAt(c *Chunk) bool {
	if !s.here(c) {
		return false
	}
	if c.To-c.From == 1 && s.Words[c.From].Led {
		raw := strings.ToLower(s.Words[c.From].Raw)
		for _, suf := range []string{"-brokered", "-mediated", "-sponsored", "-hosted"} {
			if strings.HasSuffix(raw, suf) {
				return true
			}
		}
	}
	k := c.From - 1
	for k >= 0 && articles[s.Words[k].W] {
		k--
	}
	if k >= 1 && s.Words[k].W == "by" {
		switch s.Words[k-1].W {
		case "mediated", "brokered", "hosted", "sponsored", "facilitated":
			return true
		}
	}
	if k >= 0 && (s.Words[k].W == "mediator" || s.Words[k].W == "mediators") {
		return true
	}
	if k >= 2 && (s.Words[k].W == "from" || s.Words[k].W == "of") {
		// "mediated by leaders from the Caribbean Community", "brokered
		// by envoys of Qatar"
		j := k - 1
		for j > k-3 && j > 0 && !s.Words[j].Punct && !s.Words[j].Cap && s.Words[j].W != "by" {
			j--
		}
		if j >= 1 && s.Words[j].W == "by" {
			switch s.Words[j-1].W {
			case "mediated", "brokered", "hosted", "sponsored", "facilitated":
				return true
			}
		}
	}
	// "mediated by the U.N. and the Red Cross (ICRC)": the others of a
	// list, or a name's acronym, share the first one's role
	if k >= 1 && (s.Words[k].W == "and" || s.Words[k].Raw == "," || s.Words[k].Raw == "(") {
		if l := s.ChunkAt(k - 1); l != nil && l.To == k && l.From < c.From && !l.Place {
			return s.brokerAt(l)
		}
	}
	return false
}

// parenthesized reports a chunk that only repeats the one before it in
// parentheses: "the International Committee of the Red Cross (ICRC)".
func (s *Sent) parenthesized(c *Chunk) bool {
	k := c.From - 1
	if k < 1 || s.Words[k].Raw != "(" || c.To >= len(s.Words) || s.Words[c.To].Raw != ")" {
		return false
	}
	l := s.ChunkAt(k - 1)
	return l != nil && !l.Place
}

// ResolveGovernments names the state behind a bare "the government" ("the
// government side releases ...", "the military", "the junta") when the
// story names exactly one state's institutions ("Yemen's Saudi-backed
// government", "Myanmar's military"): in a story of a civil war the
// government is a side, and the record names it by its state.
func ResolveGovernments(sents []*Sent) {
	state := ""
	for _, s := range sents {
		for x := range s.Chunks {
			c := &s.Chunks[x]
			if c.State == "" || c.Person || !c.Noun || !s.governmentHead(c) {
				continue
			}
			if state != "" && state != c.State {
				return // two governments: "the government" names neither
			}
			state = c.State
		}
	}
	if state == "" {
		state = datelineState(sents)
	}
	if state == "" {
		return
	}
	for _, s := range sents {
		for x := range s.Chunks {
			c := &s.Chunks[x]
			if c.State != "" || c.Person || c.Entity != nil || !c.Noun || !s.governmentHead(c) {
				continue
			}
			plain := true
			for k := c.From; k < c.To; k++ {
				plain = plain && (k == 0 || !s.Words[k].Cap) && !s.Words[k].Led
			}
			if plain {
				c.Name, c.State, c.Country = state, state, true
			}
		}
	}
}

// datelineState is the state a story is filed from ("BOGOTA, Colombia
// (Reuters) -", "SANAA, Yemen -", "JUBA -") when the body names it at least
// as often as any other state ("Colombian soldiers", "Yemen's Houthi
// rebels"): with no state's institution named, "the government" of such a
// story is that state's. "" otherwise.
func datelineState(sents []*Sent) string {
	// the dateline opens the first body sentence, after a headline
	var first *Sent
	dl := 0
	for _, s := range sents[:min(2, len(sents))] {
		if d := s.DatelineEnd(); d > 0 {
			first, dl = s, d
			break
		}
	}
	if first == nil {
		return ""
	}
	state := ""
	for x := range first.Chunks {
		c := &first.Chunks[x]
		if c.To <= dl && c.Country && c.State != "" {
			state = c.State
		}
	}
	if state == "" {
		// "BOGOTA, Colombia" taken whole as one place: its last words
		lx := lexicon.Events()
		low := first.Lower()
		for k := 0; k < dl; k++ {
			if c, n := lx.Countries.Match(low, k); n > 0 && first.Words[k].Cap && k > 0 && first.Words[k-1].Raw == "," {
				state = c[0].Name
			}
		}
	}
	if state == "" {
		return ""
	}
	// the story's own state: named in the body as often as any other
	// ("BRUSSELS/LONDON -- The EU and Britain imposed sanctions on
	// Myanmar's military rulers" is a story of Myanmar's government)
	n := map[string]int{}
	for _, s := range sents {
		from := 0
		if s == first {
			from = dl
		}
		for x := range s.Chunks {
			if c := &s.Chunks[x]; c.From >= from && c.State != "" && !c.Place && !c.City {
				n[c.State]++
			}
		}
	}
	for st, k := range n {
		if st != state && k > n[state] {
			return ""
		}
	}
	if n[state] == 0 {
		return ""
	}
	return state
}

// governmentHead reports a chunk headed by a state's institution
// ("government", "military", "army", "junta", "regime"), or by forces named
// as the government's ("government troops").
func (s *Sent) governmentHead(c *Chunk) bool {
	if c.To < len(s.Words) && roleNouns[s.Words[c.To].W] {
		return false // "Russian military instructors": people sent, not a government
	}
	for k := c.From; k < c.To && k < len(s.Words); k++ {
		if k == c.To-1 && institutions[s.Words[k].W] || s.Words[k].W == "government" && k+1 < c.To && forceWords[s.Words[k+1].W] {
			return true
		}
	}
	return false
}

var institutions = set("government", "military", "army", "junta", "regime")

// roleNouns after an institution make it a modifier: "military
// instructors", "government spokesman", "army officers".
var roleNouns = set("instructors", "advisers", "advisors", "officers", "officials", "spokesman", "spokeswoman",
	"spokesperson", "sources", "source", "delegation", "delegates", "contractors", "trainers", "experts", "personnel",
	"chief", "chiefs", "commander", "commanders", "aircraft", "jets", "helicopters", "drones", "convoy", "base",
	"bases", "hospital", "academy", "intelligence", "observers", "attaché", "attache")
