package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed events.txt
var eventsTxt string

//go:embed events_light.txt
var eventsLightTxt string

//go:embed events_actors.txt
var eventsActorsTxt string

//go:embed events_places.txt
var eventsPlacesTxt string

// EventPOS says how a trigger is used: as a verb, a noun or a fixed phrase.
type EventPOS byte

// Trigger parts of speech.
const (
	EventVerb EventPOS = 'v'
	EventNoun EventPOS = 'n'
)

// EventTrigger is one way of writing that an event happened.
type EventTrigger struct {
	POS    EventPOS
	Type   string // parley event type
	Plover string // nearest PLOVER type
	Flags  []string
	// Words is the lowercased form as matched, one entry a token.
	Words []string
}

// Has reports whether the trigger carries flag f.
func (t *EventTrigger) Has(f string) bool {
	for _, x := range t.Flags {
		if x == f {
			return true
		}
	}
	return false
}

// EventCountry is a state or territory as an actor.
type EventCountry struct {
	Name    string
	Demonym bool // matched through a demonym ("Israeli"), not a name
}

// EventPhrases finds the longest entry starting at a token; entries are
// indexed by their first word so a lookup costs one map probe.
type EventPhrases[T any] struct {
	first map[string][]phrase[T]
	// multi keeps every entry of the same words (a trigger read as a verb
	// and as a noun); otherwise the first entry wins.
	multi bool
}

type phrase[T any] struct {
	words []string
	val   T
}

func (p *EventPhrases[T]) add(words []string, v T) {
	if len(words) == 0 {
		return
	}
	if p.first == nil {
		p.first = map[string][]phrase[T]{}
	}
	k := words[0]
	list := p.first[k]
	for _, e := range list {
		if equalWords(e.words, words) && !p.multi {
			// first entry wins: the file order is the priority
			return
		}
	}
	list = append(list, phrase[T]{words, v})
	// longest first, so Match returns the longest phrase
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	p.first[k] = list
}

// Match returns every value of the longest phrase that starts at words[i]
// (an entry may be listed under more than one reading) and its length in
// words; n is 0 when none does. words are lowercased tokens.
func (p *EventPhrases[T]) Match(words []string, i int) (vals []T, n int) {
	if i < 0 || i >= len(words) {
		return nil, 0
	}
	for _, e := range p.first[words[i]] {
		if len(e.words) < n {
			break
		}
		if i+len(e.words) > len(words) {
			continue
		}
		if equalWords(e.words, words[i:i+len(e.words)]) {
			n = len(e.words)
			vals = append(vals, e.val)
		}
	}
	return vals, n
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// EventLexicon holds the event triggers, light verbs, actor nouns and
// countries, loaded once from the embedded files.
type EventLexicon struct {
	Triggers  EventPhrases[*EventTrigger]
	Light     EventPhrases[bool]
	Actors    EventPhrases[bool]
	Countries EventPhrases[EventCountry]
}

var (
	eventLexOnce sync.Once
	eventLex     *EventLexicon
)

// Events returns the event lexicon.
func Events() *EventLexicon {
	eventLexOnce.Do(func() { eventLex = loadEvents() })
	return eventLex
}

func loadEvents() *EventLexicon {
	lx := &EventLexicon{}
	lx.Triggers.multi = true
	for _, line := range eventLines(eventsTxt) {
		f := strings.Split(line, "\t")
		if len(f) < 4 || len(f[0]) != 1 {
			continue
		}
		var flags []string
		if len(f) > 4 && f[4] != "" {
			flags = strings.Split(f[4], ",")
		}
		pos := EventPOS(f[0][0])
		for _, form := range eventForms(f[1], pos == EventVerb) {
			w := EventWords(form)
			lx.Triggers.add(w, &EventTrigger{POS: pos, Type: f[2], Plover: f[3], Flags: flags, Words: w})
		}
	}
	for _, line := range eventLines(eventsLightTxt) {
		for _, form := range eventForms(line, true) {
			lx.Light.add(EventWords(form), true)
		}
	}
	for _, line := range eventLines(eventsActorsTxt) {
		lx.Actors.add(EventWords(line), true)
	}
	for _, line := range eventLines(eventsPlacesTxt) {
		f := strings.Split(line, "\t")
		name := f[0]
		lx.Countries.add(EventWords(name), EventCountry{Name: name})
		if len(f) > 1 {
			for _, a := range strings.Split(f[1], "|") {
				lx.Countries.add(EventWords(a), EventCountry{Name: name})
			}
		}
		if len(f) > 2 {
			for _, a := range strings.Split(f[2], "|") {
				lx.Countries.add(EventWords(a), EventCountry{Name: name, Demonym: true})
			}
		}
	}
	// The full country list fills in the states the hand list leaves out
	// ("Guyana and Venezuela pledged", "Bhutanese troops"); the hand
	// entries, read first, win. Capitals stay out: a capital stands for its
	// state only where the hand list says so. The names file is embedded and
	// checked by the tests (TestEventCountries), so an error here cannot
	// come from input.
	_ = eachNameLine("data/countries.tsv", func(cols []string) error {
		name := strings.TrimSpace(cols[0])
		if name == "" || len(nameCol(cols, 2)) == 0 {
			// a territory with no adjective of its own ("Gaza") is a place
			// where things happen, not a side
			return nil
		}
		lx.Countries.add(EventWords(name), EventCountry{Name: name})
		for _, a := range nameCol(cols, 1) {
			lx.Countries.add(EventWords(a), EventCountry{Name: name})
		}
		for _, a := range append(nameCol(cols, 2), nameCol(cols, 3)...) {
			lx.Countries.add(EventWords(a), EventCountry{Name: name, Demonym: true})
		}
		return nil
	})
	return lx
}

// eventLines returns the non-empty, non-comment lines of a data file.
func eventLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimRight(l, "\r ")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// EventWords lowercases a phrase and splits it the way text.Tokenize splits
// words: on spaces, with hyphens and inner dots kept inside words.
func EventWords(s string) []string {
	return strings.Fields(strings.ToLower(s))
}

// eventForms expands one entry: listed forms as written, or a verb lemma
// with its regular inflections (the first word of a phrasal verb).
func eventForms(entry string, verb bool) []string {
	if strings.Contains(entry, "|") || !verb {
		var out []string
		for _, f := range strings.Split(entry, "|") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, f)
			}
		}
		return out
	}
	head, rest, _ := strings.Cut(strings.TrimSpace(entry), " ")
	if rest != "" {
		rest = " " + rest
	}
	out := []string{head + rest}
	for _, f := range inflect(head) {
		out = append(out, f+rest)
	}
	return out
}

// inflect gives the -s, -ed and -ing forms of a regular English verb.
func inflect(v string) []string {
	n := len(v)
	if n < 2 {
		return nil
	}
	last, prev := v[n-1], v[n-2]
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	switch {
	case last == 'e' && prev == 'e':
		return []string{v + "s", v + "d", v + "ing"}
	case last == 'e':
		return []string{v + "s", v + "d", v[:n-1] + "ing"}
	case last == 'y' && !vowel(prev):
		return []string{v[:n-1] + "ies", v[:n-1] + "ied", v + "ing"}
	case last == 's' || last == 'x' || last == 'z' || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch"):
		return []string{v + "es", v + "ed", v + "ing"}
	}
	return []string{v + "s", v + "ed", v + "ing"}
}
