package lexicon

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// The attribution lexicon: reporting verbs, document nouns, anonymous-source
// heads, news organizations and number words. It is data, not code, so that
// adding a verb or an outlet never needs a new rule.
//
//go:embed cues.txt
var cuesData string

// cuesWordNet holds the verbs generated from WordNet (gen/wordnet): a long
// tail of verbs of saying and thinking, all strict, read after cues.txt so
// that a hand-written entry always wins.
//
//go:embed cues_wordnet.txt
var cuesWordNet string

// CueKind says what sort of attribution a cue verb makes.
type CueKind uint8

const (
	// CueSpeech is a verb of saying or writing ("said", "told", "tweeted").
	CueSpeech CueKind = iota + 1
	// CueBelief is a verb of belief or intention ("believes", "wants").
	CueBelief
	// CueStrict is a verb with other common readings ("the data show"): a
	// cue only before "that", a colon or a quote, or after the content.
	CueStrict
	// CueStance is a verb of judging, backing or intending that takes a
	// noun phrase or an infinitive ("criticized the plan", "pledged to
	// veto"): a cue before "that", a colon or a quote, and otherwise only
	// when a person holds the stance.
	CueStance
)

// CueLexicon holds the parsed cue lists. Words are lower case; outlets keep
// their case in Outlets but are looked up by lower-case token sequences.
type CueLexicon struct {
	verbs       map[string]CueKind
	lemma       map[string]string // inflected form → first form on its line
	particles   map[string][]string
	phrases     *CueTrie
	tails       *CueTrie
	outlets     *CueTrie
	outletNames []string
	documents   map[string]bool
	anonymous   map[string]bool
	persons     map[string]bool
	outletWords map[string]bool
	media       map[string]bool
	stanceNouns map[string]bool
	stanceAdjs  map[string]bool
	numbers     map[string]int
}

// CueTrie matches sequences of lower-case tokens; a node that ends an entry
// holds the entry's index.
type CueTrie struct {
	next map[string]*CueTrie
	end  int // entry index + 1; 0 when no entry ends here
}

func newCueTrie() *CueTrie { return &CueTrie{next: map[string]*CueTrie{}} }

func (t *CueTrie) add(words []string, idx int) {
	n := t
	for _, w := range words {
		c, ok := n.next[w]
		if !ok {
			c = newCueTrie()
			n.next[w] = c
		}
		n = c
	}
	n.end = idx + 1
}

// Longest returns how many of words (lower case) the longest entry starting
// at words[0] covers, and that entry's index; 0, -1 when none matches.
func (t *CueTrie) Longest(words []string) (n, idx int) {
	idx = -1
	cur := t
	for i, w := range words {
		c, ok := cur.next[w]
		if !ok {
			break
		}
		cur = c
		if cur.end > 0 {
			n, idx = i+1, cur.end-1
		}
	}
	return n, idx
}

var (
	cueOnce sync.Once
	cueLex  *CueLexicon
	cueErr  error
)

// Cues returns the embedded attribution lexicon, parsed once.
func Cues() *CueLexicon {
	cueOnce.Do(func() { cueLex, cueErr = ParseCues(cuesData, cuesWordNet) })
	if cueErr != nil {
		// The embedded file is part of the build; a bad one is a programming
		// error caught by the package tests, never by user input.
		panic(cueErr)
	}
	return cueLex
}

// ParseCues reads a lexicon in the cues.txt format from one or more texts,
// each starting outside any section; a word listed twice keeps its first
// entry. A verb line may open with its lemma in brackets, "(reason)
// reasoned": the lemma is then no form of its own.
func ParseCues(texts ...string) (*CueLexicon, error) {
	l := &CueLexicon{
		verbs: map[string]CueKind{}, lemma: map[string]string{}, particles: map[string][]string{},
		phrases: newCueTrie(), tails: newCueTrie(), outlets: newCueTrie(),
		documents: map[string]bool{}, anonymous: map[string]bool{}, persons: map[string]bool{},
		outletWords: map[string]bool{}, media: map[string]bool{}, stanceNouns: map[string]bool{}, stanceAdjs: map[string]bool{}, numbers: map[string]int{},
	}
	// sections that are plain lists of words
	wordSets := map[string]map[string]bool{
		"document": l.documents, "anonymous": l.anonymous, "persondesc": l.persons, "outletword": l.outletWords,
		"medium": l.media, "stancenoun": l.stanceNouns, "stanceadj": l.stanceAdjs,
	}
	nPhrase, nTail := 0, 0
	for ti, data := range texts {
		if err := l.parse(data, &nPhrase, &nTail, wordSets); err != nil {
			return nil, fmt.Errorf("cues text %d: %w", ti+1, err)
		}
	}
	return l, nil
}

func (l *CueLexicon) parse(data string, nPhrase, nTail *int, wordSets map[string]map[string]bool) error {
	section := ""
	for ln, line := range strings.Split(data, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		f := strings.Fields(line)
		lower := strings.Fields(strings.ToLower(line))
		switch section {
		case "speech", "belief", "strict", "stance":
			k := CueSpeech
			switch section {
			case "belief":
				k = CueBelief
			case "strict":
				k = CueStrict
			case "stance":
				k = CueStance
			}
			lemma := lower[0]
			if strings.HasPrefix(lemma, "(") && strings.HasSuffix(lemma, ")") {
				lemma, lower = lemma[1:len(lemma)-1], lower[1:]
			}
			for _, w := range lower {
				if _, dup := l.verbs[w]; !dup {
					l.verbs[w] = k
					l.lemma[w] = lemma
				}
			}
		case "particle":
			forms, parts, ok := strings.Cut(strings.ToLower(line), ">")
			if !ok {
				return fmt.Errorf("line %d: particle line without '>'", ln+1)
			}
			for _, w := range strings.Fields(forms) {
				l.particles[w] = append(l.particles[w], strings.Fields(parts)...)
			}
		case "phrase":
			l.phrases.add(lower, *nPhrase)
			*nPhrase++
		case "cuetail":
			l.tails.add(lower, *nTail)
			*nTail++
		case "outlet":
			l.outlets.add(lower, len(l.outletNames))
			l.outletNames = append(l.outletNames, line)
		case "document", "anonymous", "persondesc", "outletword", "medium", "stancenoun", "stanceadj":
			set := wordSets[section]
			for _, w := range lower {
				set[w] = true
			}
		case "number":
			if len(f) != 2 {
				return fmt.Errorf("line %d: want \"word value\"", ln+1)
			}
			v, err := strconv.Atoi(f[1])
			if err != nil {
				return fmt.Errorf("line %d: %w", ln+1, err)
			}
			l.numbers[lower[0]] = v
		default:
			return fmt.Errorf("line %d: entry outside a known section %q", ln+1, section)
		}
	}
	return nil
}

// Verb reports whether w (lower case) is a cue verb, and its kind.
func (l *CueLexicon) Verb(w string) (CueKind, bool) {
	k, ok := l.verbs[w]
	return k, ok
}

// Lemma is the base form of a cue verb ("said" → "say"), or w itself.
func (l *CueLexicon) Lemma(w string) string {
	if b, ok := l.lemma[w]; ok {
		return b
	}
	return w
}

// Particle reports whether verb (lower case) followed by next makes a cue
// ("called for", "pointed out", "expressed hope").
func (l *CueLexicon) Particle(verb, next string) bool {
	for _, p := range l.particles[verb] {
		if p == next {
			return true
		}
	}
	return false
}

// HasParticles reports whether w (lower case) is a cue only with a particle
// or also takes one.
func (l *CueLexicon) HasParticles(w string) bool { return len(l.particles[w]) > 0 }

// Phrase returns how many lower-case words the longest stand-alone cue
// phrase ("according to") at the start of words covers.
func (l *CueLexicon) Phrase(words []string) int {
	n, _ := l.phrases.Longest(words)
	return n
}

// Tail returns how many lower-case words after a cue verb belong to the cue
// ("in a statement", "on social media").
func (l *CueLexicon) Tail(words []string) int {
	n, _ := l.tails.Longest(words)
	return n
}

// Outlet returns how many lower-case words at the start of words name a news
// organization, and its name as written in the lexicon.
func (l *CueLexicon) Outlet(words []string) (int, string) {
	n, idx := l.outlets.Longest(words)
	if n == 0 {
		return 0, ""
	}
	return n, l.outletNames[idx]
}

// OutletWord reports whether w ends a phrase naming a news organization of
// any name ("the Haaretz daily", "the state news agency").
func (l *CueLexicon) OutletWord(w string) bool { return l.outletWords[w] }

// Medium reports whether w names the form a statement takes ("post",
// "interview", "address"), so that "said in a Telegram post" is one cue.
func (l *CueLexicon) Medium(w string) bool { return l.media[w] }

// StanceNoun reports whether w (lower case) is a noun that carries a
// position of its holder ("his claim that", "Trump's criticism of").
func (l *CueLexicon) StanceNoun(w string) bool { return l.stanceNouns[w] }

// StanceAdj reports whether w (lower case) is an adjective of stance that
// takes a clause after a form of "be" ("officials are confident that").
func (l *CueLexicon) StanceAdj(w string) bool { return l.stanceAdjs[w] }

// Document reports whether w names a document or utterance that can be a
// source ("report", "statement", "letter").
func (l *CueLexicon) Document(w string) bool { return l.documents[w] }

// Anonymous reports whether w is the head of an anonymous source
// ("official", "sources", "people").
func (l *CueLexicon) Anonymous(w string) bool { return l.anonymous[w] }

// PersonDesc reports whether w can head a description of a person
// ("official", "minister", "spokesman").
func (l *CueLexicon) PersonDesc(w string) bool { return l.persons[w] }

// Number returns the value of a number word ("five" → 5, "a" → 1).
func (l *CueLexicon) Number(w string) (int, bool) {
	v, ok := l.numbers[w]
	return v, ok
}
