package lexicon

import (
	"strings"
	"testing"
)

func TestEventInflect(t *testing.T) {
	tests := []struct {
		lemma string
		want  string
	}{
		{"attack", "attacks attacked attacking"},
		{"release", "releases released releasing"},
		{"agree", "agrees agreed agreeing"},
		{"deploy", "deploys deployed deploying"},
		{"supply", "supplies supplied supplying"},
		{"push", "pushes pushed pushing"},
		{"hand over", "hand over hands over handed over handing over"},
	}
	for _, tc := range tests {
		t.Run(tc.lemma, func(t *testing.T) {
			got := eventForms(tc.lemma, true)
			if strings.Contains(tc.lemma, " ") {
				if strings.Join(got, " ") != tc.want {
					t.Errorf("forms = %q, want %q", got, tc.want)
				}
				return
			}
			if strings.Join(got[1:], " ") != tc.want {
				t.Errorf("forms = %q, want %q", got[1:], tc.want)
			}
		})
	}
}

// TestEventLexicon checks every entry of the data files: a known type and
// PLOVER type, a known part of speech, flags the extractor reads.
func TestEventLexicon(t *testing.T) {
	types := map[string]bool{}
	for _, s := range strings.Fields("MEET NEGOTIATE AGREE PROPOSE REJECT DEMAND THREATEN ATTACK_AIR ATTACK_GROUND KILL ABDUCT RELEASE_PERSONS WITHDRAW DEPLOY CEASEFIRE_START CEASEFIRE_BREAK AID ACCUSE APPOINT VISIT SANCTION PROTEST INVESTIGATE SUPPORT COOPERATE CONCEDE COERCE") {
		types[s] = true
	}
	plover := map[string]bool{}
	for _, s := range strings.Fields("AGREE CONSULT DEMAND REJECT THREATEN ASSAULT FIGHT RETREAT MOBILIZE AID DISAPPROVE SUPPORT CONCEDE COERCE SANCTION COOPERATE INVESTIGATE PROTEST") {
		plover[s] = true
	}
	flags := map[string]bool{"truce": true, "pact": true, "subjtruce": true, "subjaid": true, "persons": true, "arms": true, "aid": true,
		"solo": true, "obj": true, "hostages": true, "with": true, "weapons": true, "inf": true, "armed": true, "labor": true,
		"territory": true, "calm": true, "hits": true, "civil": true}
	for n, line := range eventLines(eventsTxt) {
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			t.Errorf("line %d %q: want pos, forms, type, plover", n, line)
			continue
		}
		if f[0] != "v" && f[0] != "n" {
			t.Errorf("line %q: part of speech %q", line, f[0])
		}
		if !types[f[2]] || !plover[f[3]] {
			t.Errorf("line %q: type %q / plover %q unknown", line, f[2], f[3])
		}
		if len(f) > 4 {
			for _, fl := range strings.Split(f[4], ",") {
				if !flags[fl] {
					t.Errorf("line %q: flag %q unknown", line, fl)
				}
			}
		}
	}
	lx := Events()
	for _, tc := range []struct {
		words []string
		typ   string
	}{
		{[]string{"launched", "airstrikes"}, ""},
		{[]string{"airstrikes"}, "ATTACK_AIR"},
		{[]string{"freed"}, "RELEASE_PERSONS"},
		{[]string{"took", "effect"}, "CEASEFIRE_START"},
	} {
		vals, n := lx.Triggers.Match(tc.words, 0)
		got := ""
		if n > 0 {
			got = vals[0].Type
		}
		if got != tc.typ {
			t.Errorf("Match(%q) = %q, want %q", tc.words, got, tc.typ)
		}
	}
	if c, n := lx.Countries.Match([]string{"israeli"}, 0); n != 1 || c[0].Name != "Israel" || !c[0].Demonym {
		t.Errorf("israeli: %+v %d", c, n)
	}
	if c, n := lx.Countries.Match([]string{"united", "states"}, 0); n != 2 || c[0].Name != "United States" {
		t.Errorf("united states: %+v %d", c, n)
	}
}

// TestEventCountries: the hand list of states wins, and the full country
// list fills in states it leaves out, with their adjectives; a capital
// stands for its state only where the hand list says so.
func TestEventCountries(t *testing.T) {
	if err := eachNameLine("data/countries.tsv", func([]string) error { return nil }); err != nil {
		t.Fatal(err)
	}
	lx := Events()
	for _, tc := range []struct {
		words   []string
		name    string
		demonym bool
	}{
		{[]string{"israeli"}, "Israel", true},
		{[]string{"guyana"}, "Guyana", false},
		{[]string{"guyanese"}, "Guyana", true},
		{[]string{"kabul"}, "Afghanistan", false},
		{[]string{"georgetown"}, "", false},
		{[]string{"gaza"}, "", false},
	} {
		t.Run(strings.Join(tc.words, " "), func(t *testing.T) {
			cs, n := lx.Countries.Match(tc.words, 0)
			switch {
			case tc.name == "" && n > 0:
				t.Errorf("%v reads as %v", tc.words, cs)
			case tc.name != "" && (n == 0 || cs[0].Name != tc.name || cs[0].Demonym != tc.demonym):
				t.Errorf("%v: got %v (%d words), want %s demonym=%v", tc.words, cs, n, tc.name, tc.demonym)
			}
		})
	}
}
