package lexicon

import "testing"

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
