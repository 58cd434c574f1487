package clean

import (
	"bufio"
	"embed"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// phrases is a set of lower-cased word sequences, looked up whole or as the
// opening words of a line: one map probe per prefix length, no regexps.
type phrases struct {
	set      map[string]bool
	maxWords int
}

func (p *phrases) add(s string) {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	if s == "" {
		return
	}
	p.set[s] = true
	if n := len(strings.Fields(s)); n > p.maxWords {
		p.maxWords = n
	}
}

// has reports whether the words are exactly one of the phrases. The key
// is built in a stack buffer: a map lookup by string(bytes) does not
// allocate, and this runs for most lines.
func (p *phrases) has(words []string) bool {
	if len(words) == 0 || len(words) > p.maxWords {
		return false
	}
	if len(words) == 1 {
		return p.set[words[0]]
	}
	var arr [128]byte
	buf := arr[:0]
	for i, w := range words {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return p.set[string(buf)]
}

// prefix returns how many leading words form one of the phrases (the
// longest), or 0.
func (p *phrases) prefix(words []string) int {
	n := min(len(words), p.maxWords)
	var arr [128]byte
	var ends [16]int
	buf := arr[:0]
	for i, w := range words[:min(n, len(ends))] {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
		ends[i] = len(buf)
	}
	for n = min(n, len(ends)); n > 0; n-- {
		if p.set[string(buf[:ends[n-1]])] {
			return n
		}
	}
	return 0
}

// lexicon holds the embedded word lists.
type lexicon struct {
	widgets, tails, ends, bylines, capOpen, promos phrases
	capCredit                                      []string          // exact-case substrings
	capEnd                                         map[string]bool   // bracketed line endings
	agencies                                       map[string]string // credit -> outlet
	agencyKeys                                     []string          // credits, longest first
	fields                                         map[string]kind   // archive field labels
}

var (
	lexOnce sync.Once
	lex     *lexicon
)

func newPhrases() phrases { return phrases{set: map[string]bool{}} }

// loadLexicon reads the embedded lists once.
func loadLexicon() *lexicon {
	lexOnce.Do(func() {
		l := &lexicon{widgets: newPhrases(), tails: newPhrases(), ends: newPhrases(),
			bylines: newPhrases(), capOpen: newPhrases(), promos: newPhrases(),
			capEnd: map[string]bool{}, agencies: map[string]string{}, fields: map[string]kind{}}
		for _, s := range dataLines("fields.txt") {
			label, k, _ := strings.Cut(s, "|")
			l.fields[label] = kEnd
			if k == "byline" {
				l.fields[label] = kByline
			}
		}
		for _, s := range dataLines("widgets.txt") {
			l.widgets.add(s)
		}
		for _, s := range dataLines("tails.txt") {
			l.tails.add(s)
		}
		for _, s := range dataLines("promos.txt") {
			l.promos.add(s)
		}
		for _, s := range dataLines("ends.txt") {
			l.ends.add(s)
		}
		for _, s := range dataLines("bylines.txt") {
			l.bylines.add(s)
		}
		for _, s := range dataLines("agencies.txt") {
			credit, outlet, ok := strings.Cut(s, "|")
			if ok {
				l.agencies[credit] = outlet
				l.agencyKeys = append(l.agencyKeys, credit)
				l.capEnd[credit] = true
			}
		}
		section := ""
		for _, s := range dataLines("captions.txt") {
			switch {
			case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
				section = s
			case section == "[open]":
				l.capOpen.add(s)
			case section == "[credit]":
				l.capCredit = append(l.capCredit, s)
			case section == "[end]":
				l.capEnd[s] = true
			}
		}
		lex = l
	})
	return lex
}

// dataLines returns the non-comment, non-empty lines of an embedded file.
// The files are part of the binary, so a read error is a build defect.
func dataLines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("clean: embedded list missing: " + name)
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "# ") || s == "#" {
			continue
		}
		out = append(out, s)
	}
	return out
}
