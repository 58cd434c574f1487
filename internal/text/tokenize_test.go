package text

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func tokens(s string) []string {
	var out []string
	for _, t := range Tokenize(s, 0, len(s)) {
		k := map[Kind]string{Word: "w", Number: "n", Punct: "p"}[t.Kind]
		out = append(out, k+":"+s[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"words and punctuation", "Talks ended, he said.", []string{"w:Talks", "w:ended", "p:,", "w:he", "w:said", "p:."}},
		{"hyphenated", "al-Sharaa visited Israeli-occupied land", []string{"w:al-Sharaa", "w:visited", "w:Israeli-occupied", "w:land"}},
		{"hyphen with digits", "an F-16 and COVID-19", []string{"w:an", "w:F-16", "w:and", "w:COVID-19"}},
		{"dangling hyphen", "pre- and post-war", []string{"w:pre", "p:-", "w:and", "w:post-war"}},
		{"unicode hyphen", "al‐Assad", []string{"w:al‐Assad"}},
		{"apostrophes", "Israel's and Gaza’s O'Brien don't", []string{"w:Israel's", "w:and", "w:Gaza’s", "w:O'Brien", "w:don't"}},
		{"plural possessive", "ministers' talks", []string{"w:ministers", "p:'", "w:talks"}},
		{"quoted with single quotes", "'yes'", []string{"p:'", "w:yes", "p:'"}},
		{"dotted abbreviations", "U.S. and U.N. at 10 a.m. e.g. U.S.A.", []string{"w:U.S.", "w:and", "w:U.N.", "w:at", "n:10", "w:a.m.", "w:e.g.", "w:U.S.A."}},
		{"dotted abbreviation glued", "U.S.-led U.S.The", []string{"w:U.S.", "p:-", "w:led", "w:U.S.", "w:The"}},
		{"initial keeps dot apart", "John F. Kennedy", []string{"w:John", "w:F", "p:.", "w:Kennedy"}},
		{"abbreviation keeps dot apart", "Lt. Gen. Oct.", []string{"w:Lt", "p:.", "w:Gen", "p:.", "w:Oct", "p:."}},
		{"numbers", "1,200 and 2.5 on 10/7 at 10:30.", []string{"n:1,200", "w:and", "n:2.5", "w:on", "n:10/7", "w:at", "n:10:30", "p:."}},
		{"number then dot", "in 2025.", []string{"w:in", "n:2025", "p:."}},
		{"currency and percent", "$1.5bn, 40%", []string{"p:$", "n:1.5", "w:bn", "p:,", "n:40", "p:%"}},
		{"negative and range", "-5 and 18-25", []string{"p:-", "n:5", "w:and", "n:18", "p:-", "n:25"}},
		{"ellipsis", "wait...", []string{"w:wait", "p:.", "p:.", "p:."}},
		{"dashes", "war—and peace–time", []string{"w:war", "p:—", "w:and", "w:peace", "p:–", "w:time"}},
		{"curly quotes", "“Yes,” he said", []string{"p:“", "w:Yes", "p:,", "p:”", "w:he", "w:said"}},
		{"arabic", "قال الوزير", []string{"w:قال", "w:الوزير"}},
		{"arabic digits", "٣٫٥ ١٢٣", []string{"n:٣٫٥", "n:١٢٣"}},
		{"cyrillic", "Сергей Лавров", []string{"w:Сергей", "w:Лавров"}},
		{"accents and marks", "Côté Łódź e\u0301te", []string{"w:Côté", "w:Łódź", "w:e\u0301te"}},
		{"invisible characters", "Gaza\u200b City\ufeff\u00ad", []string{"w:Gaza", "w:City"}},
		{"persian zero-width non-joiner", "می\u200cخواهم", []string{"w:می\u200cخواهم"}},
		{"non-breaking space", "Hillary\u00a0Clinton", []string{"w:Hillary", "w:Clinton"}},
		{"invalid utf-8", "a\xffb", []string{"w:a", "p:\xff", "w:b"}},
		{"lone mark", "\u0301", []string{"w:\u0301"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokens(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenizeRange(t *testing.T) {
	s := "one two three"
	tests := []struct {
		start, end int
		want       int
	}{{0, len(s), 3}, {4, 7, 1}, {-3, 100, 3}, {8, 2, 0}, {5, 5, 0}}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d-%d", tt.start, tt.end), func(t *testing.T) {
			if got := len(Tokenize(s, tt.start, tt.end)); got != tt.want {
				t.Errorf("Tokenize(%d, %d) gave %d tokens, want %d", tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func TestHelpers(t *testing.T) {
	d := Parse("Israel’s envoy met U.N. staff.")
	if got := d.Lower(0); got != "israel’s" {
		t.Errorf("Lower(0) = %q", got)
	}
	if got := d.Lower(99); got != "" {
		t.Errorf("Lower(99) = %q", got)
	}
	for off, want := range map[int]int{0: 0, 9: 0, 10: -1, 11: 1, 999: -1} {
		if got := d.TokenAt(off); got != want {
			t.Errorf("TokenAt(%d) = %d, want %d", off, got, want)
		}
	}
	if got := d.TokenFrom(10); got != 1 {
		t.Errorf("TokenFrom(10) = %d, want 1", got)
	}
	for in, want := range map[string]string{"Israel's": "Israel", "Gaza’s": "Gaza", "ministers'": "ministers", "'s": "'s", "Hamas": "Hamas"} {
		if got := StripPossessive(in); got != want {
			t.Errorf("StripPossessive(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{"Gaza": true, "gaza": false, "Élise": true, "": false, "1990": false, "قال": false} {
		if got := IsCapitalized(in); got != want {
			t.Errorf("IsCapitalized(%q) = %v", in, got)
		}
	}
	if Lower("already") != "already" || Lower("ÉLISE") != "élise" {
		t.Error("Lower")
	}
}

func TestDocLower(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"plain and capitalized", "The UN said talks in Doha go on.", []string{"the", "un", "said", "talks", "in", "doha", "go", "on", "."}},
		{"non-ASCII", "ÉLYSÉE and İstanbul’s Über-Chef", []string{"élysée", "and", "istanbul’s", "über-chef"}},
		{"numbers and marks", "AK-47s, 1,200 (Q3)", []string{"ak-47s", ",", "1,200", "(", "q3", ")"}},
		{"invalid UTF-8", "A\xffB ok", []string{"a", "\ufffd", "b", "ok"}}, // as strings.ToLower has it
		{"empty", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Parse(tc.in)
			var got []string
			for i := range d.Tokens {
				got = append(got, d.Lower(i))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			if d.Lower(-1) != "" || d.Lower(len(d.Tokens)) != "" {
				t.Fatal("out of range gives text")
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"The U.S. Secretary met Lt. Gen. Adan on Oct. 7. “We agree. Talks go on,” he said.",
		"One\n\nTwo.\r\n\r\nThree...",
		"قال الوزير. ٣٫٥", "a\xffb\xc3", "U.S.A.", "\u200b\ufeff", "1,2.3:4/", "A.B.C.D", "'\"”)",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Parse(s)
		checkDoc(t, d)
		// each paragraph's visible text is covered by its sentences
		for pi, p := range d.Paras {
			toks := Tokenize(s, p[0], p[1])
			var inSents int
			for _, sn := range d.Sentences {
				if sn.Para == pi {
					inSents += len(sn.Tokens)
				}
			}
			if inSents != len(toks) {
				t.Fatalf("paragraph %d: sentences hold %d tokens, paragraph has %d", pi, inSents, len(toks))
			}
		}
		// the Doc's lower-case cache says what Lower says of each token
		for i, tk := range d.Tokens {
			if got, want := d.Lower(i), Lower(d.S(tk)); got != want {
				t.Fatalf("Lower(%d) = %q, want %q", i, got, want)
			}
		}
		if strings.TrimSpace(s) != "" && len(d.Tokens) > 0 && len(d.Sentences) == 0 {
			t.Fatal("tokens but no sentence")
		}
	})
}

func BenchmarkParse(b *testing.B) {
	para := "The U.S. Secretary of State met Lt. Gen. Yusuf Adan in Doha on Oct. 7, the ministry said. " +
		"“We are ready. The ball is in their court,” the envoy told reporters, adding that 1,200 prisoners and 2.5 tonnes of aid were at stake. " +
		"Israeli-occupied areas near al-Quneitra saw strikes... Nobody was hurt, officials said.\n\n"
	text := strings.Repeat(para, 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text)
	}
}
