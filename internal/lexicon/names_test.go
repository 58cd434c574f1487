package lexicon

import (
	"math/bits"
	"testing"

	"github.com/parley-news/parley/internal/article"
)

func TestNames(t *testing.T) {
	tests := []struct {
		surface, name, typ, kind string
		ok                       bool
	}{
		{"U.S.", "United States", article.Place, NameCountry, true},
		{"US", "United States", article.Place, NameCountry, true},
		{"us", "", "", "", false}, // an acronym must be written as listed
		{"United States of America", "United States", article.Place, NameCountry, true},
		{"UN", "United Nations", article.Organization, NameIntl, true},
		{"U.N.", "United Nations", article.Organization, NameIntl, true},
		{"UAE", "United Arab Emirates", article.Place, NameCountry, true},
		{"IDF", "Israel Defense Forces", article.Organization, NameGov, true},
		{"Syrian", "Syria", article.Place, NameDemonym, true},
		{"Syrians", "Syrians", article.Group, NameNationality, true},
		{"Palestinians", "Palestinians", article.Group, NameGroup, true},
		{"Druze", "Druze", article.Group, NameGroup, true},
		{"GAZA", "Gaza", article.Place, NameCountry, true}, // datelines
		{"gaza", "", "", "", false},
		{"Gaza Strip", "Gaza", article.Place, NameCountry, true},
		{"Golan Heights", "Golan Heights", article.Place, NamePlace, true},
		{"Deir al Balah", "Deir al-Balah", article.Place, NamePlace, true},
		{"Damascus", "Damascus", article.Place, NameCapital, true},
		{"Georgia", "Georgia", article.Place, NameCountry, true}, // the country before the state
		{"California", "California", article.Place, NameSubdivision, true},
		{"Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", article.Organization, NameArmed, true},
		{"Reuters", "Reuters", article.Organization, NameOutlet, true},
		{"Knesset", "Knesset", article.Organization, NameGov, true},
		{"Western", "", "", "", false}, // a common word, no subdivision
	}
	for _, tc := range tests {
		t.Run(tc.surface, func(t *testing.T) {
			e, ok := Names().Lookup(tc.surface)
			if ok != tc.ok {
				t.Fatalf("Lookup(%q) ok = %v, want %v (%+v)", tc.surface, ok, tc.ok, e)
			}
			if ok && (e.Name != tc.name || e.Type != tc.typ || e.Kind != tc.kind) {
				t.Errorf("Lookup(%q) = %+v, want %s %s %s", tc.surface, e, tc.name, tc.typ, tc.kind)
			}
		})
	}
}

func TestLongest(t *testing.T) {
	words := NameWords("the U.S. State Department said")
	e, n := Names().Longest(words, 1)
	if n != 3 || e.Name != "State Department" {
		t.Errorf("Longest = %+v, %d; want State Department over 3 words", e, n)
	}
	if _, n := Names().Longest(words, 0); n != 0 {
		t.Errorf("Longest at %q matched %d words", words[0], n)
	}
}

func TestLookups(t *testing.T) {
	for adj, want := range map[string]string{"Israeli": "Israel", "israeli": "Israel", "Saudi": "Saudi Arabia", "U.S.": "United States", "Emirati": "United Arab Emirates"} {
		if got, ok := CountryOfDemonym(adj); !ok || got != want {
			t.Errorf("CountryOfDemonym(%q) = %q, %v; want %q", adj, got, ok, want)
		}
	}
	if _, ok := CountryOfDemonym("Western"); ok {
		t.Error("CountryOfDemonym(Western) found a country")
	}
	if d, ok := DemonymOf("Syria"); !ok || d != "Syrian" {
		t.Errorf("DemonymOf(Syria) = %q, %v", d, ok)
	}
	if m, ok := MilitaryOf("Israel"); !ok || m != "Israel Defense Forces" {
		t.Errorf("MilitaryOf(Israel) = %q, %v", m, ok)
	}
	for w, want := range map[string]bool{"Ahmed": true, "nikol": true, "Details": false} {
		if IsGivenName(w) != want {
			t.Errorf("IsGivenName(%q) != %v", w, want)
		}
	}
	for w, want := range map[string]bool{"details": true, "Earlier": true, "neither": true, "china": false, "boeing": false} {
		if IsCommonWord(w) != want {
			t.Errorf("IsCommonWord(%q) != %v", w, want)
		}
	}
	for w, want := range map[string]int{"Committee": NameHeadOrganization, "Strip": NameHeadPlace, "Prize": NameHeadOther, "Inc.": NameHeadSuffix, "committee": NameHeadNone} {
		if NameHead(w) != want {
			t.Errorf("NameHead(%q) = %d, want %d", w, NameHead(w), want)
		}
	}
	if e, ok := Titles().Lookup("Prime Minister"); !ok || e.Kind != NameRank {
		t.Errorf("Titles: Prime Minister = %+v, %v", e, ok)
	}
	if e, ok := Titles().Lookup("envoy"); !ok || e.Kind != NameOffice {
		t.Errorf("Titles: envoy = %+v, %v", e, ok)
	}
}

func BenchmarkNamesLongest(b *testing.B) {
	words := NameWords("Officials from the United Arab Emirates met the U.S. State Department in Washington on Monday")
	Names()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range words {
			Names().Longest(words, j)
		}
	}
}

func TestMatchLens(t *testing.T) {
	tr := NewNameTrie()
	for _, s := range []string{"Foreign Minister", "Foreign Minister of State", "minister", "UN"} {
		tr.Add(s, NameEntry{Name: s})
	}
	for _, tc := range []struct {
		name, text string
		at         int
		want       uint64
	}{
		{"two entries on one path", "Foreign Minister of State Smith", 0, 1<<2 | 1<<4},
		{"lower-case word any way", "the minister said", 1, 1 << 1},
		{"capitalized entry wants a capital", "foreign minister", 0, 0},
		{"acronym as written", "Un said", 0, 0},
		{"acronym", "UN said", 0, 1 << 1},
		{"past the end", "UN", 5, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words := NameWords(tc.text)
			got := tr.MatchLens(nil, words, tc.at)
			if got != tc.want {
				t.Fatalf("MatchLens = %b, want %b", got, tc.want)
			}
			// the highest length is what LongestLower takes
			_, n := tr.LongestLower(nil, words, tc.at)
			if hi := bits.Len64(got) - 1; max(hi, 0) != n {
				t.Fatalf("highest length %d, LongestLower %d", hi, n)
			}
		})
	}
}
