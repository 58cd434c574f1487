package corpus

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRecordsValid(t *testing.T) {
	g := New(1)
	ids := map[string]bool{}
	copies := 0
	for i := 0; i < 2000; i++ {
		a := g.Next()
		if ids[a.ID] {
			t.Fatalf("article %d: duplicate id %s", i, a.ID)
		}
		ids[a.ID] = true
		if strings.HasPrefix(*a.Title, "UPDATE") {
			copies++
		}
		n := len(a.Text)
		for _, e := range a.Entities {
			if e.ID == "" || len(e.Mentions) == 0 {
				t.Fatalf("article %d: empty entity %+v", i, e)
			}
			for _, m := range e.Mentions {
				if !m.Valid(n) {
					t.Fatalf("article %d: mention %v out of bounds", i, m)
				}
				if got := a.Text[m.Start:m.End]; got != e.Name && !contains(e.Aliases, got) {
					t.Fatalf("article %d: mention %q of %s", i, got, e.Name)
				}
			}
		}
		for _, c := range a.Claims {
			if a.Text[c.Start:c.End] != c.Content || c.Content == "" {
				t.Fatalf("article %d: claim span %d-%d is not %q", i, c.Start, c.End, c.Content)
			}
		}
		for _, e := range a.Events {
			if !e.Evidence.Valid(n) || e.Evidence.Len() == 0 {
				t.Fatalf("article %d: event evidence %v", i, e.Evidence)
			}
		}
	}
	if copies < 300 || copies > 500 {
		t.Errorf("%d syndicated copies in 2000, want about a fifth", copies)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := New(7).WriteJSONL(&a, 50); err != nil {
		t.Fatal(err)
	}
	if err := New(7).WriteJSONL(&b, 50); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("same seed, different corpus")
	}
	lines := strings.Split(strings.TrimSpace(a.String()), "\n")
	if len(lines) != 50 {
		t.Fatalf("%d lines", len(lines))
	}
	var in input
	if err := json.Unmarshal([]byte(lines[0]), &in); err != nil || in.Text == "" || in.Published == "" {
		t.Fatalf("line 0: %v %+v", err, in)
	}
}

func BenchmarkNext(b *testing.B) {
	g := New(1)
	b.ReportAllocs()
	var n int64
	for i := 0; i < b.N; i++ {
		n += int64(len(g.Next().Text))
	}
	b.SetBytes(n / int64(b.N))
}
