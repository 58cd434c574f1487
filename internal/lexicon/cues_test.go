package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/lexicon/gen/wordnet"
)

func TestCues(t *testing.T) {
	l := Cues()
	verbs := []struct {
		w    string
		kind CueKind
	}{
		{"said", CueSpeech}, {"told", CueSpeech}, {"tweeted", CueSpeech}, {"believes", CueBelief},
		{"shows", CueStrict}, {"states", CueStrict},
		{"criticized", CueStance}, {"pledged", CueStance}, {"supports", CueStance}, {"welcomed", CueStance},
		{"acknowledged", CueSpeech},
	}
	for _, v := range verbs {
		t.Run(v.w, func(t *testing.T) {
			k, ok := l.Verb(v.w)
			if !ok || k != v.kind {
				t.Errorf("Verb(%q) = %v, %v; want %v", v.w, k, ok, v.kind)
			}
		})
	}
	if _, ok := l.Verb("ceasefire"); ok {
		t.Error("ceasefire is no cue")
	}
	if got := l.Lemma("said"); got != "say" {
		t.Errorf("Lemma(said) = %q", got)
	}
	if !l.Particle("called", "for") || l.Particle("called", "off") {
		t.Error("particles: want called for, not called off")
	}
	if n := l.Phrase([]string{"according", "to", "the"}); n != 2 {
		t.Errorf("Phrase(according to) = %d", n)
	}
	if n := l.Tail([]string{"in", "a", "joint", "statement", "on"}); n != 4 {
		t.Errorf("Tail(in a joint statement) = %d", n)
	}
	if n, name := l.Outlet([]string{"the", "associated", "press", "that"}); n != 3 || name != "The Associated Press" {
		t.Errorf("Outlet = %d %q", n, name)
	}
	if n, _ := l.Outlet([]string{"reporters"}); n != 0 {
		t.Error("reporters is no outlet")
	}
	if v, ok := l.Number("five"); !ok || v != 5 {
		t.Errorf("Number(five) = %d, %v", v, ok)
	}
	if !l.Anonymous("officials") || l.Anonymous("ministry") {
		t.Error("anonymous heads: want officials, not ministry")
	}
	if !l.Document("letter") || !l.PersonDesc("spokesman") || !l.OutletWord("newspaper") {
		t.Error("document, person and outlet words missing")
	}
	if !l.StanceNoun("insistence") || !l.StanceNoun("claims") || l.StanceNoun("attack") {
		t.Error("stance nouns: want insistence and claims, not attack")
	}
	if !l.StanceAdj("confident") || l.StanceAdj("said") {
		t.Error("stance adjectives: want confident")
	}
}

func TestParseCuesErrors(t *testing.T) {
	for _, bad := range []string{
		"said says",                  // outside a section
		"[number]\nfive",             // no value
		"[number]\nfive many",        // value not a number
		"[particle]\ncall calls for", // no '>'
	} {
		t.Run(bad, func(t *testing.T) {
			if _, err := ParseCues(bad); err == nil {
				t.Errorf("ParseCues(%q) gave no error", bad)
			}
		})
	}
}

// TestWordNetCues checks the verbs generated from WordNet as the claim
// stage sees them: strict, inflected right, below the hand-written entries.
func TestWordNetCues(t *testing.T) {
	l := Cues()
	for _, c := range []struct {
		w     string
		kind  CueKind // 0: no cue
		lemma string
	}{
		{"opined", CueStrict, "opine"},
		{"averred", CueStrict, "aver"}, // doubled from verb.exc
		{"avered", 0, ""},
		{"rebutted", CueStance, "rebut"}, // a kind of rejecting: a stance
		{"rebutting", CueStance, "rebut"},
		{"excoriated", CueStance, "excoriate"}, // a kind of criticizing
		{"extols", CueStance, "extol"},         // a kind of praising
		{"foretold", CueStrict, "foretell"},    // irregular from verb.exc
		{"gainsaid", CueStance, "gainsay"},     // a kind of opposing
		{"nagged", CueStrict, "nag"},           // doubled by rule
		{"nagging", CueStrict, "nag"},
		{"reaffirms", CueStrict, "reaffirm"},
		{"prophesied", CueStrict, "prophesy"},
		{"wondered", CueStrict, "wonder"},
		{"realized", CueStrict, "realize"},
		{"protested", CueStrict, "protest"}, // past forms only: "protests that erupted"
		{"protests", 0, ""},
		{"reasoned", CueStrict, "reason"}, // more often a noun than a verb
		{"reason", 0, ""},
		// hand-written entries keep their class
		{"said", CueSpeech, "say"}, {"warned", CueSpeech, "warn"}, {"believes", CueBelief, "believe"},
		{"criticized", CueStance, "criticize"}, {"shows", CueStrict, "show"}, {"attacked", CueStance, "attack"},
		// left out: deeds and other readings
		{"ordered", 0, ""}, {"signed", 0, ""}, {"negotiated", 0, ""}, {"means", 0, ""},
		{"ensured", 0, ""}, {"out", 0, ""}, {"will", 0, ""}, {"low", 0, ""},
	} {
		t.Run(c.w, func(t *testing.T) {
			k, ok := l.Verb(c.w)
			if c.kind == 0 {
				if ok {
					t.Errorf("Verb(%q) = %v, want no cue", c.w, k)
				}
				return
			}
			if !ok || k != c.kind {
				t.Errorf("Verb(%q) = %v, %v; want %v", c.w, k, ok, c.kind)
			}
			if got := l.Lemma(c.w); got != c.lemma {
				t.Errorf("Lemma(%q) = %q, want %q", c.w, got, c.lemma)
			}
		})
	}
	if !l.Particle("blurted", "out") || !l.Particle("chimed", "in") || l.Particle("chimed", "out") {
		t.Error("generated particles: want blurted out, chimed in")
	}
	if l.Particle("poured", "out") {
		t.Error("poured out is a deed")
	}
}

// TestWordNetExclusions checks that no lemma of exclude.txt's [drop] is a
// cue unless the hand-written lists make it one.
func TestWordNetExclusions(t *testing.T) {
	hand, err := ParseCues(cuesData)
	if err != nil {
		t.Fatal(err)
	}
	all := Cues()
	drop, _ := wordnet.Exclusions()
	for w := range drop {
		if _, ok := all.Verb(w); ok {
			if _, byHand := hand.Verb(w); !byHand {
				t.Errorf("%q is excluded but a cue", w)
			}
		}
	}
}

// TestWordNetGenerated checks that cues_wordnet.txt is what the generator
// writes from the installed WordNet and the current cues.txt; it needs
// Debian's wordnet-base and skips without it.
func TestWordNetGenerated(t *testing.T) {
	const dir = "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(dir, "data.verb")); err != nil {
		t.Skip("WordNet is not installed (apt-get install wordnet-base)")
	}
	d, err := wordnet.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	drop, past := wordnet.Exclusions()
	if got := d.Generate(wordnet.HandForms(cuesData), drop, past); got != cuesWordNet {
		t.Error("cues_wordnet.txt is stale: run go generate ./internal/lexicon")
	}
}

func TestParseCuesTexts(t *testing.T) {
	l, err := ParseCues("[speech]\nsay says said\n", "[strict]\nsay sayeth\n(reason) reasoned\n")
	if err != nil {
		t.Fatal(err)
	}
	if k, _ := l.Verb("said"); k != CueSpeech {
		t.Error("the first text's entry should win")
	}
	if k, _ := l.Verb("sayeth"); k != CueStrict {
		t.Error("a new form of a later text should be read")
	}
	if _, ok := l.Verb("reason"); ok || l.Lemma("reasoned") != "reason" {
		t.Error("a bracketed lemma is no form but names the line's lemma")
	}
	if _, err := ParseCues("[speech]\nsay\n", "said"); err == nil || !strings.Contains(err.Error(), "text 2") {
		t.Errorf("error %v should name the second text", err)
	}
}
