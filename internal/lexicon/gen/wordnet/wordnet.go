// Package wordnet turns WordNet 3.0's verb files (Debian's wordnet-base) into
// the generated attribution cues of internal/lexicon: it takes data.verb,
// index.verb, cntlist.rev and verb.exc and hands on cues_wordnet.txt, one
// verb per line with its inflected forms, in the cues.txt format.
//
// A lemma is taken when its most frequent sense is a verb of communication
// or cognition (lexicographer files 32 and 31) and one of its senses is
// either communication or cognition that takes a that-clause (frame 26,
// "Somebody ----s that CLAUSE"). Lemmas already in the hand-written sections
// of cues.txt, and those in exclude.txt (readings that are deeds in news),
// are dropped; a verb that is more often a noun (cntlist.rev's counts of
// tagged senses), or that exclude.txt marks so, keeps only its past forms.
package wordnet

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Lexicographer file numbers of data.verb and the frame of a that-clause.
const (
	lexCognition     = 31
	lexCommunication = 32
	frameThatClause  = 26
)

//go:embed exclude.txt
var excludeData string

// Exclusions returns the lemmas left out by reasoning about news usage
// (exclude.txt, section [drop]; multiword ones with "_" as WordNet writes
// them) and those kept in their past forms only (section [past]: mostly
// nouns in news, "protests that erupted").
func Exclusions() (drop, pastOnly map[string]bool) {
	drop, pastOnly = map[string]bool{}, map[string]bool{}
	var set map[string]bool
	for _, line := range strings.Split(excludeData, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		switch strings.TrimSpace(line) {
		case "[drop]":
			set = drop
			continue
		case "[past]":
			set = pastOnly
			continue
		}
		for _, w := range strings.Fields(line) {
			if set != nil {
				set[w] = true
			}
		}
	}
	return drop, pastOnly
}

// synset is the part of a data.verb line the generator needs.
type synset struct {
	lex   int
	words []string
	// frames per word index (0-based); frames[-1] holds those for all words
	frames map[int][]int
	// hypernyms: the verb synsets this one is a kind of ("@" pointers)
	hypernyms []string
}

func (s synset) hasFrame(word string, f int) bool {
	for i, w := range s.words {
		if w != word {
			continue
		}
		for _, g := range append(s.frames[-1], s.frames[i]...) {
			if g == f {
				return true
			}
		}
	}
	return false
}

// Data is WordNet's verb side as the generator reads it.
type Data struct {
	synsets map[string]synset
	senses  map[string][]string // lemma → synset offsets, most frequent first
	// lemma → occurrences of its verb and noun senses in WordNet's tagged texts
	verbCount, nounCount map[string]int
	exc                  map[string][]string // lemma → irregular forms (verb.exc)
}

// Files are the WordNet files the generator reads, in the order Parse
// takes them.
var Files = []string{"data.verb", "index.verb", "cntlist.rev", "verb.exc"}

// Load reads Files from dir (/usr/share/wordnet on Debian).
func Load(dir string) (*Data, error) {
	var rs []io.Reader
	for _, name := range Files {
		path := filepath.Join(dir, name)
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		defer f.Close()
		rs = append(rs, f)
	}
	d, err := Parse(rs[0], rs[1], rs[2], rs[3])
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", dir, err)
	}
	return d, nil
}

// Parse reads the contents of data.verb, index.verb, cntlist.rev and
// verb.exc; tests give it small files written for them.
func Parse(data, indexVerb, counts, exc io.Reader) (*Data, error) {
	d := &Data{synsets: map[string]synset{}, senses: map[string][]string{}, verbCount: map[string]int{},
		nounCount: map[string]int{}, exc: map[string][]string{}}
	if err := d.readData(data); err != nil {
		return nil, fmt.Errorf("data.verb: %w", err)
	}
	if err := d.readIndex(indexVerb); err != nil {
		return nil, fmt.Errorf("index.verb: %w", err)
	}
	if err := d.readCounts(counts); err != nil {
		return nil, fmt.Errorf("cntlist.rev: %w", err)
	}
	if err := d.readExc(exc); err != nil {
		return nil, fmt.Errorf("verb.exc: %w", err)
	}
	return d, nil
}

// readData parses data.verb lines: offset lex_filenum ss_type w_cnt (word
// lex_id)… p_cnt (ptr)… f_cnt (+ f_num w_num)… | gloss. Counts of words
// are hexadecimal, of pointers and frames decimal.
func (d *Data) readData(r io.Reader) error {
	return eachRecord(r, func(ln int, f []string) error {
		bad := fmt.Errorf("line %d: malformed synset", ln)
		if len(f) < 5 {
			return bad
		}
		lex, err := strconv.Atoi(f[1])
		if err != nil {
			return bad
		}
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil || len(f) < 4+2*int(n)+1 {
			return bad
		}
		s := synset{lex: lex, frames: map[int][]int{}}
		for i := 0; i < int(n); i++ {
			s.words = append(s.words, strings.ToLower(f[4+2*i]))
		}
		k := 4 + 2*int(n)
		p, err := strconv.Atoi(f[k])
		if err != nil || len(f) < k+1+4*p {
			return bad
		}
		for j := 0; j < p; j++ {
			// pointer: symbol offset pos source/target
			if f[k+1+4*j] == "@" && f[k+3+4*j] == "v" {
				s.hypernyms = append(s.hypernyms, f[k+2+4*j])
			}
		}
		k += 1 + 4*p
		if k < len(f) {
			nf, err := strconv.Atoi(f[k])
			if err != nil || len(f) < k+1+3*nf {
				return bad
			}
			for j := 0; j < nf; j++ {
				fn, err1 := strconv.Atoi(f[k+2+3*j])
				wn, err2 := strconv.ParseInt(f[k+3+3*j], 16, 32)
				if err1 != nil || err2 != nil {
					return bad
				}
				s.frames[int(wn)-1] = append(s.frames[int(wn)-1], fn)
			}
		}
		d.synsets[f[0]] = s
		return nil
	})
}

// eachRecord calls fn with the fields of each line of a WordNet file, the
// gloss after "|" cut off, skipping blank lines and the licence header
// (lines that open with two spaces).
func eachRecord(r io.Reader, fn func(ln int, f []string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue
		}
		if i := strings.IndexByte(line, '|'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if err := fn(ln, f); err != nil {
			return err
		}
	}
	return sc.Err()
}

// readIndex parses index.verb lines: lemma pos synset_cnt p_cnt (ptr)…
// sense_cnt tagsense_cnt (offset)…, offsets ordered by frequency.
func (d *Data) readIndex(r io.Reader) error {
	return eachRecord(r, func(ln int, f []string) error {
		bad := fmt.Errorf("line %d: malformed index entry", ln)
		if len(f) < 6 {
			return bad
		}
		n, err := strconv.Atoi(f[2])
		if err != nil || n < 1 || len(f) < n+6 || f[len(f)-n-2] != f[2] {
			return bad
		}
		offs := f[len(f)-n:]
		for _, o := range offs {
			if len(o) != 8 || strings.Trim(o, "0123456789") != "" {
				return bad
			}
		}
		d.senses[f[0]] = offs
		return nil
	})
}

// readCounts parses cntlist.rev lines: sense_key sense_number tag_cnt, the
// key being lemma%ss_type:…, ss_type 1 for a noun and 2 for a verb.
func (d *Data) readCounts(r io.Reader) error {
	return eachRecord(r, func(ln int, f []string) error {
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || len(f) != 3 || rest == "" {
			return fmt.Errorf("line %d: malformed count", ln)
		}
		_, err1 := strconv.Atoi(f[1])
		n, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("line %d: malformed count", ln)
		}
		switch rest[0] {
		case '1':
			d.nounCount[lemma] += n
		case '2':
			d.verbCount[lemma] += n
		}
		return nil
	})
}

// readExc parses verb.exc: "inflected base" per line.
func (d *Data) readExc(r io.Reader) error {
	return eachRecord(r, func(_ int, f []string) error {
		for _, base := range f[1:] {
			d.exc[base] = append(d.exc[base], f[0])
		}
		return nil
	})
}

// qualifies reports whether a sense of lemma is an attribution reading.
func (d *Data) qualifies(lemma, off string) bool {
	s, ok := d.synsets[off]
	if !ok {
		return false
	}
	return s.lex == lexCommunication || s.lex == lexCognition && s.hasFrame(lemma, frameThatClause)
}

// Lemmas returns the lemmas (WordNet's spelling, "_" between words) that
// pass the sense rule, sorted.
func (d *Data) Lemmas() []string {
	var out []string
	for lemma, offs := range d.senses {
		first, ok := d.synsets[offs[0]]
		if !ok || first.lex != lexCommunication && first.lex != lexCognition {
			continue
		}
		for _, o := range offs {
			if d.qualifies(lemma, o) {
				out = append(out, lemma)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// stanceRoots are verbs of judging and backing among the hand-written
// [stance] cues; a generated verb whose most frequent sense lies within
// stanceDepth hypernym steps under the most frequent sense of one of them
// ("excoriate" under "criticize", "extol" under "praise", "repudiate"
// under "reject") is a stance cue too: it takes a noun phrase ("excoriated
// the plan") and holds its subject's position.
var stanceRoots = []string{"praise", "criticize", "condemn", "denounce", "mock", "ridicule", "disparage",
	"blame", "reject", "refuse", "oppose", "challenge", "dispute", "defend", "implore", "support", "endorse"}

const stanceDepth = 2

// stance reports whether lemma's most frequent sense lies under a root's.
func (d *Data) stance(lemma string) bool {
	roots := map[string]bool{}
	for _, r := range stanceRoots {
		if offs := d.senses[r]; len(offs) > 0 {
			roots[offs[0]] = true
		}
	}
	offs := d.senses[lemma]
	if len(offs) == 0 {
		return false
	}
	if roots[offs[0]] {
		return true
	}
	level := []string{offs[0]}
	for step := 0; step < stanceDepth; step++ {
		var next []string
		for _, o := range level {
			for _, h := range d.synsets[o].hypernyms {
				if roots[h] {
					return true
				}
				next = append(next, h)
			}
		}
		level = next
	}
	return false
}

// Particles that may follow the verb of a two-word lemma ("point out",
// "speak up", "chime in"); other second words make idioms.
var particles = map[string]bool{"out": true, "up": true, "in": true, "on": true, "off": true, "forth": true,
	"forward": true, "back": true, "down": true, "over": true, "about": true, "of": true}

// HandForms returns every word form of the verb sections and every verb of
// the particle section of a cues.txt text, so that generated lemmas the hand
// lists already hold are left out.
func HandForms(cues string) map[string]bool {
	out := map[string]bool{}
	section := ""
	for _, line := range strings.Split(cues, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(strings.ToLower(line))
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			continue
		}
		switch section {
		case "speech", "belief", "strict", "stance":
		case "particle":
			line, _, _ = strings.Cut(line, ">")
		default:
			continue
		}
		for _, w := range strings.Fields(line) {
			out[w] = true
		}
	}
	return out
}

// Generate writes the generated lexicon: a [strict] section of single-word
// verbs and a [particle] section of verb + particle lemmas. hand holds the
// forms of the hand-written sections (HandForms); drop and pastOnly come
// from Exclusions.
func (d *Data) Generate(hand, drop, pastOnly map[string]bool) string {
	var strict, stance, part []string
	for _, lemma := range d.Lemmas() {
		if drop[lemma] {
			continue
		}
		words := strings.Split(lemma, "_")
		verb := words[0]
		if !isWord(verb) || drop[verb] {
			continue
		}
		forms := d.Forms(verb)
		if anyIn(forms, hand) && len(words) == 1 {
			continue
		}
		switch {
		case len(words) == 1:
			line := strings.Join(forms, " ")
			if d.nounCount[verb] > d.verbCount[verb] || pastOnly[verb] {
				// mostly a noun ("reason", "flag"): only the past forms are
				// sure to be the verb ("the reasons that …" is a noun)
				line = "(" + verb + ") " + strings.Join(pastForms(verb, forms), " ")
			}
			if d.stance(verb) {
				stance = append(stance, line)
			} else {
				strict = append(strict, line)
			}
		case len(words) == 2 && particles[words[1]]:
			if hand[verb] {
				continue // the hand lists decide this verb's particles
			}
			part = append(part, strings.Join(forms, " ")+" > "+words[1])
		}
	}
	var b strings.Builder
	b.WriteString("# Attribution verbs from WordNet 3.0 (Princeton University; licence in data/NOTICE),\n")
	b.WriteString("# generated by gen/main.go from Debian's wordnet-base: do not edit, see gen/wordnet.\n")
	b.WriteString("# Verbs whose most frequent sense is communication or cognition and one of whose\n")
	b.WriteString("# senses is communication or cognition taking a that-clause, less those of the\n")
	b.WriteString("# hand-written sections of cues.txt and those of gen/wordnet/exclude.txt.\n")
	b.WriteString("# \"(lemma) forms\": a verb that is mostly a noun keeps its past forms only.\n")
	writeSection(&b, "strict", "verbs", strict)
	writeSection(&b, "stance", "verbs of judging and backing ("+strings.Join(stanceRoots, ", ")+", and kinds of them)", stance)
	sort.Strings(part)
	writeSection(&b, "particle", "verbs with a particle", part)
	return b.String()
}

func writeSection(b *strings.Builder, name, what string, lines []string) {
	fmt.Fprintf(b, "\n# %d %s\n[%s]\n", len(lines), what, name)
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
}

func anyIn(forms []string, set map[string]bool) bool {
	for _, f := range forms {
		if set[f] {
			return true
		}
	}
	return false
}

// isWord reports whether w is plain lower-case letters (no "o.k.", "e-mail").
func isWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
