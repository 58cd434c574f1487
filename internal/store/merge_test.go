package store

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ahmed al-Sharaa", "ahmed al sharaa"},
		{"AHMED AL SHARAA", "ahmed al sharaa"},
		{"  Ahmed   al–Sharaa. ", "ahmed al sharaa"},
		{"João Lourenço", "joao lourenco"},
		{"Ta'if", "taif"},
		{"Ta’if", "taif"},
		{"", ""},
		{"!!!", ""},
		{"M23", "m23"},
		{"'Hello,' she said -- 12 km.", "hello she said 12 km"},
		{" a ", "a"},
		{"Zz09\t\n", "zz09"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Fold(tc.in); got != tc.want {
				t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestKeys(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"entity case", EntityKey("place", "Gaza Strip"), EntityKey("place", "the Gaza strip"), true},
		{"entity type", EntityKey("place", "Georgia"), EntityKey("person", "Georgia"), false},
		{"agreement party order", AgreementKey("ceasefire", "x", []string{"Israel", "Hamas"}), AgreementKey("ceasefire", "y", []string{"hamas", "Israel", "Hamas"}), true},
		{"agreement kind", AgreementKey("ceasefire", "x", []string{"A", "B"}), AgreementKey("peace", "x", []string{"A", "B"}), false},
		{"agreement by name", AgreementKey("truce", "Easter truce", nil), AgreementKey("truce", "easter  TRUCE", []string{}), true},
		{"claim punctuation", ClaimKey("The talks will resume, he said."), ClaimKey("the talks will resume he said"), true},
		{"claim words", ClaimKey("talks will resume"), ClaimKey("talks will not resume"), false},
		{"event", EventKey("MEET", strp("Israel"), strp("Syria"), strp("2025-05")), EventKey("MEET", strp("israel"), strp("Syria"), strp("2025-05")), true},
		{"event time", EventKey("MEET", strp("Israel"), nil, strp("2025-05")), EventKey("MEET", strp("Israel"), nil, strp("2025-06")), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if (tc.a == tc.b) != tc.same {
				t.Errorf("keys %q and %q: same = %v, want %v", tc.a, tc.b, tc.a == tc.b, tc.same)
			}
		})
	}
}

func strp(s string) *string { return &s }

func TestDay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-05-14", "2025-05-14"},
		{"2025-05-14T10:00", "2025-05-14"},
		{"2025-05", "2025-05-01"},
		{"2025", "2025-01-01"},
		{"2025-W01", "2024-12-30"},
		{"2025-W27", "2025-06-30"},
		{"2020-W53", "2020-12-28"},
		{"2025-W00", ""},
		{"2025-W54", ""},
		{"2025-13", ""},
		{"2025-02-30", ""},
		{"P60D", ""},
		{"", ""},
		{"yesterday", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Day(tc.in); got != tc.want {
				t.Errorf("Day(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

const story = `Negotiators from both sides met in Geneva on Tuesday for a third round of talks on a prisoner exchange, officials said. The mediators said the two delegations had agreed on the wording of most articles of a draft and would return next month to the remaining points, including the sequencing of releases and the role of international monitors at the crossing points.`

func TestMinHash(t *testing.T) {
	edited := strings.Replace(story, "Tuesday", "Wednesday", 1) + " Additional reporting by our correspondent."
	other := `Drones struck a fuel depot near the port overnight, the regional governor said on Sunday, setting off a fire that burned for several hours before crews brought it under control.`
	a, b, c := MinHash(story), MinHash(edited), MinHash(other)
	if s := a.Similarity(a); s != 1 {
		t.Errorf("self-similarity %v", s)
	}
	if s := a.Similarity(b); s < SameStory {
		t.Errorf("edited copy: similarity %v < %v", s, SameStory)
	}
	if s := a.Similarity(c); s >= 0.2 {
		t.Errorf("other story: similarity %v", s)
	}
	shared := 0
	ab, bb := a.Bands(), b.Bands()
	for i := range ab {
		if ab[i] == bb[i] {
			shared++
		}
	}
	if shared == 0 {
		t.Error("edited copy shares no band: it would never be a candidate")
	}
	if got, ok := ParseSignature(a.Bytes()); !ok || got != a {
		t.Error("signature does not survive encoding")
	}
	if _, ok := ParseSignature([]byte{1, 2, 3}); ok {
		t.Error("short signature accepted")
	}
	if MinHash("") != MinHash("  ") || MinHash("one two") == MinHash("two one") {
		t.Error("short texts: want one shingle in word order")
	}
}

func TestParseDSN(t *testing.T) {
	tests := []struct {
		dsn, kind, target string
		bad               bool
	}{
		{"parley.db", "sqlite", "parley.db", false},
		{"/var/lib/parley/x.db", "sqlite", "/var/lib/parley/x.db", false},
		{"sqlite:data/p.db", "sqlite", "data/p.db", false},
		{"postgres://u:p@127.0.0.1:5432/parley", "postgres", "postgres://u:p@127.0.0.1:5432/parley", false},
		{"postgresql://127.0.0.1/parley", "postgres", "postgresql://127.0.0.1/parley", false},
		{"sqlite:", "", "", true},
		{"", "", "", true},
		{"mysql://x", "", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.dsn, func(t *testing.T) {
			kind, target, err := ParseDSN(tc.dsn)
			if (err != nil) != tc.bad || kind != tc.kind || target != tc.target {
				t.Errorf("ParseDSN(%q) = %q, %q, %v", tc.dsn, kind, target, err)
			}
		})
	}
	if got := redact("postgres://user:secret@host/db"); strings.Contains(got, "secret") {
		t.Errorf("redact kept the password: %s", got)
	}
}

func TestDefaultDSN(t *testing.T) {
	t.Setenv("PARLEY_DB", "")
	if DefaultDSN() != "parley.db" {
		t.Errorf("default %q", DefaultDSN())
	}
	t.Setenv("PARLEY_DB", "sqlite:/tmp/x.db")
	if DefaultDSN() != "sqlite:/tmp/x.db" {
		t.Errorf("from env %q", DefaultDSN())
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Ahmed al-Sharaa", "João", "\xff\xfe", "Ta'if", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g := Fold(s)
		if Fold(g) != g {
			t.Errorf("Fold not idempotent on %q: %q then %q", s, g, Fold(g))
		}
		if !utf8.ValidString(g) || strings.HasPrefix(g, " ") || strings.HasSuffix(g, " ") || strings.Contains(g, "  ") {
			t.Errorf("Fold(%q) = %q", s, g)
		}
		if g != foldUnicode(s) {
			t.Errorf("Fold(%q) = %q, the general path gives %q", s, g, foldUnicode(s))
		}
		MinHash(s).Bands()
	})
}

func FuzzDay(f *testing.F) {
	for _, s := range []string{"2025-05-14", "2025-W27", "2025-05", "2025", "P60D", "2025-05-14T10:00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Day(s)
		if d != "" && (!isDate(d) || Day(d) != d) {
			t.Errorf("Day(%q) = %q, not a day", s, d)
		}
	})
}

func FuzzParseDSN(f *testing.F) {
	for _, s := range []string{"parley.db", "sqlite:x", "postgres://u:p@h/d", "x://y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		kind, target, err := ParseDSN(s)
		if err == nil && (kind == "" || target == "") {
			t.Errorf("ParseDSN(%q) = %q %q without error", s, kind, target)
		}
		redact(s)
	})
}

func BenchmarkFold(b *testing.B) {
	s := strings.Repeat("GENEVA, March 3 (Meridian Wire) - Negotiators from both sides resumed talks on Tuesday, officials said. ", 7)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		Fold(s)
	}
}
