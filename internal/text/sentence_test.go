package text

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func sentences(d *Doc) []string {
	var out []string
	for i := range d.Sentences {
		out = append(out, d.Sentence(i))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The talks began. They ended on Friday.", []string{"The talks began.", "They ended on Friday."}},
		{"question and exclamation", "Will they agree? Nobody knows! Talks go on.", []string{"Will they agree?", "Nobody knows!", "Talks go on."}},
		{"month before day", "Fighting resumed on Oct. 7 near the border.", []string{"Fighting resumed on Oct. 7 near the border."}},
		{"month at end", "The truce held until late Oct. The army then moved in.", []string{"The truce held until late Oct.", "The army then moved in."}},
		{"dotted abbreviation inside", "The U.S. Secretary of State arrived in Doha.", []string{"The U.S. Secretary of State arrived in Doha."}},
		{"dotted abbreviation at end", "The plan was drafted by the U.S. The Europeans objected.", []string{"The plan was drafted by the U.S.", "The Europeans objected."}},
		{"dotted abbreviation before hyphen", "A U.S.-led coalition struck. Nobody was hurt.", []string{"A U.S.-led coalition struck.", "Nobody was hurt."}},
		{"chain of titles", "Lt. Gen. Yusuf Adan met Dr. Amal Haddad on Monday.", []string{"Lt. Gen. Yusuf Adan met Dr. Amal Haddad on Monday."}},
		{"number abbreviation", "He signed Resolution No. 2 and left. No. The vote failed.", []string{"He signed Resolution No. 2 and left.", "No.", "The vote failed."}},
		{"initials", "John F. Kennedy and George W. Bush were named. Plan B. It failed.", []string{"John F. Kennedy and George W. Bush were named.", "Plan B.", "It failed."}},
		{"decimals and separators", "Aid rose 2.5 percent to $1,200.50 per family. Then it fell.", []string{"Aid rose 2.5 percent to $1,200.50 per family.", "Then it fell."}},
		{"year at end", "The war began in 2023. It has not ended.", []string{"The war began in 2023.", "It has not ended."}},
		{"ellipsis continues", "He said... and then he left.", []string{"He said... and then he left."}},
		{"ellipsis ends", "They waited... Nothing came. Unicode ellipsis… Then rain.", []string{"They waited...", "Nothing came.", "Unicode ellipsis…", "Then rain."}},
		{"quote closes after period", "“We will not sign.” The delegation then left.", []string{"“We will not sign.”", "The delegation then left."}},
		{"quote over several sentences", "“We are ready. The ball is in their court,” the envoy said. Talks resume Monday.",
			[]string{"“We are ready.", "The ball is in their court,” the envoy said.", "Talks resume Monday."}},
		{"question in quote then attribution", "“Why now?” he asked. Nobody answered.", []string{"“Why now?” he asked.", "Nobody answered."}},
		{"question in quote then named speaker", "“Why now?” Foreign Minister Ali Khan asked on Monday. Nobody answered.",
			[]string{"“Why now?” Foreign Minister Ali Khan asked on Monday.", "Nobody answered."}},
		{"exclamation in quote then titled speaker", "\"Enough!\" Lt. Gen. Adan shouted. The room fell silent.",
			[]string{"\"Enough!\" Lt. Gen. Adan shouted.", "The room fell silent."}},
		{"full stop in quote then pronoun and verb", "“We are ready.” He said the talks would resume.",
			[]string{"“We are ready.”", "He said the talks would resume."}},
		{"question in quote then new sentence", "“Why now?” Negotiators had no answer. Talks ended.",
			[]string{"“Why now?”", "Negotiators had no answer.", "Talks ended."}},
		{"straight quotes", `He said: "We agree." Then he left. "Good," she said.`, []string{`He said: "We agree."`, "Then he left.", `"Good," she said.`}},
		{"parenthesis", "The army withdrew. (It had been there since May.) Residents returned.", []string{"The army withdrew.", "(It had been there since May.)", "Residents returned."}},
		{"times", "The meeting began at 10 a.m. Monday and ended at 3 p.m. The sides then met again.",
			[]string{"The meeting began at 10 a.m. Monday and ended at 3 p.m.", "The sides then met again."}},
		{"ordinal before dot", "It was signed on June 21st. Israeli forces withdrew.", []string{"It was signed on June 21st.", "Israeli forces withdrew."}},
		{"company suffix", "Shares of Acme Inc. fell. Acme Inc. The firm denied it.", []string{"Shares of Acme Inc. fell.", "Acme Inc.", "The firm denied it."}},
		{"missing space after dot", "The ceasefire held.The talks resumed at reuters.com today.", []string{"The ceasefire held.", "The talks resumed at reuters.com today."}},
		{"lowercase after dot is not an end", "Use e.g. the north road, i.e. the safe one.", []string{"Use e.g. the north road, i.e. the safe one."}},
		{"dashes", "The strike — the third this week — hit Rafah. It killed four.", []string{"The strike — the third this week — hit Rafah.", "It killed four."}},
		{"arabic", "قال الوزير إن المحادثات مستمرة. وأضاف أن الاتفاق قريب.", []string{"قال الوزير إن المحادثات مستمرة.", "وأضاف أن الاتفاق قريب."}},
		{"arabic question mark", "هل ستنجح المحادثات؟ لا أحد يعرف.", []string{"هل ستنجح المحادثات؟", "لا أحد يعرف."}},
		{"cyrillic", "Переговоры начались в Москве. Они продлятся два дня.", []string{"Переговоры начались в Москве.", "Они продлятся два дня."}},
		{"accented names", "Élise Côté met Łukasz Wójcik. Ñandú Peña joined.", []string{"Élise Côté met Łukasz Wójcik.", "Ñandú Peña joined."}},
		{"paragraphs", "First paragraph ends\n\nSecond one. It has two.", []string{"First paragraph ends", "Second one.", "It has two."}},
		{"no end mark", "A headline without a dot", []string{"A headline without a dot"}},
		{"etc at end", "They sent food, water, tents etc. Most arrived.", []string{"They sent food, water, tents etc.", "Most arrived."}},
		{"versus", "Israel vs. Hamas: the talks.", []string{"Israel vs. Hamas: the talks."}},
		{"exclamation then closing bracket", "Enough! [Applause] We go on.", []string{"Enough!", "[Applause] We go on."}},
		{"interrobang run", "They agreed?! Few believed it.", []string{"They agreed?!", "Few believed it."}},
		{"list of short lines", "Share\nTweet\n14", []string{"Share", "Tweet", "14"}},
		{"heading line above wrapped prose", "Broader talks\nNegotiators from both sides met on Monday in the\ncapital and agreed to meet again next week, the\nministry said.",
			[]string{"Broader talks", "Negotiators from both sides met on Monday in the\ncapital and agreed to meet again next week, the\nministry said."}},
		{"wrapped prose with capitals at line starts", "The envoy, who arrived from Cairo late on Sunday,\nMet officials of the two delegations in the lobby\nof the hotel.",
			[]string{"The envoy, who arrived from Cairo late on Sunday,\nMet officials of the two delegations in the lobby\nof the hotel."}},
		{"short line ending in a comma goes on", "Said the minister,\nWe will not accept this deal under any conditions at all today.",
			[]string{"Said the minister,\nWe will not accept this deal under any conditions at all today."}},
		{"numbered list items", "1. The ceasefire starts at dawn.\n2. Prisoners are released.", []string{"1. The ceasefire starts at dawn.", "2. Prisoners are released."}},
		{"state abbreviation", "He spoke in Fresno, Calif. The crowd cheered. A Ph.D. student asked why.",
			[]string{"He spoke in Fresno, Calif.", "The crowd cheered.", "A Ph.D. student asked why."}},
		{"empty", "", nil},
		{"only space", " \n\n \t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.in)
			if got := sentences(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) sentences\n got %q\nwant %q", tt.in, got, tt.want)
			}
			checkDoc(t, d)
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"blank lines", "One.\n\nTwo.\r\n \r\nThree.", []string{"One.", "Two.", "Three."}},
		{"line breaks inside paragraphs", "One line\nwrapped.\n\nTwo.", []string{"One line\nwrapped.", "Two."}},
		{"one paragraph a line", "Headline\nFirst sentence.\nSecond sentence.\n", []string{"Headline", "First sentence.", "Second sentence."}},
		{"wrapped prose without blank lines", "Talks resumed in the capital on Monday after a\npause of two weeks, officials said.\nA second round is due.",
			[]string{"Talks resumed in the capital on Monday after a\npause of two weeks, officials said.", "A second round is due."}},
		{"surrounding space", "\n\n  Text.  \n\n", []string{"Text."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Parse(tt.in)
			var got []string
			for _, p := range d.Paras {
				got = append(got, tt.in[p[0]:p[1]])
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs %q, want %q", got, tt.want)
			}
			checkDoc(t, d)
		})
	}
}

func TestSentenceAt(t *testing.T) {
	in := "Talks began. They ended."
	d := Parse(in)
	for _, c := range []struct{ off, want int }{{0, 0}, {11, 0}, {12, -1}, {13, 1}, {len(in) - 1, 1}, {len(in), -1}, {-5, -1}} {
		if got := d.SentenceAt(c.off); got != c.want {
			t.Errorf("SentenceAt(%d) = %d, want %d", c.off, got, c.want)
		}
	}
	if got := d.Sentence(1); got != "They ended." {
		t.Errorf("Sentence(1) = %q", got)
	}
	if got := d.Sentence(2); got != "" {
		t.Errorf("Sentence(2) = %q, want empty", got)
	}
	if d.Sentences[1].First != 3 || d.Tokens[d.Sentences[1].First] != d.Sentences[1].Tokens[0] {
		t.Errorf("Sentences[1].First = %d, want 3", d.Sentences[1].First)
	}
}

// checkDoc verifies the invariants every Doc keeps, whatever the input:
// spans in bounds and ordered, tokens on rune boundaries, sentences made of
// the paragraph's tokens in order, every visible character in a token.
func checkDoc(t *testing.T, d *Doc) {
	t.Helper()
	n := len(d.Text)
	prev := 0
	for i, p := range d.Paras {
		if p[0] < prev || p[0] >= p[1] || p[1] > n {
			t.Fatalf("paragraph %d %v out of order or bounds (text %d bytes)", i, p, n)
		}
		prev = p[1]
	}
	starts := runeStarts(d.Text)
	prev = 0
	for i, tok := range d.Tokens {
		if tok.Start < prev || tok.Start >= tok.End || tok.End > n {
			t.Fatalf("token %d %v out of order or bounds", i, tok)
		}
		if !starts[tok.Start] || !starts[tok.End] {
			t.Fatalf("token %d %v splits a rune", i, tok)
		}
		prev = tok.End
	}
	next := 0
	for i, s := range d.Sentences {
		if len(s.Tokens) == 0 || s.First != next || s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("sentence %d %+v does not match its tokens", i, s)
		}
		if !reflect.DeepEqual(s.Tokens, d.Tokens[s.First:s.First+len(s.Tokens)]) {
			t.Fatalf("sentence %d tokens are not Doc.Tokens[%d:]", i, s.First)
		}
		p := d.Paras[s.Para]
		if s.Start < p[0] || s.End > p[1] {
			t.Fatalf("sentence %d %d-%d outside its paragraph %v", i, s.Start, s.End, p)
		}
		next += len(s.Tokens)
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences hold %d tokens, doc has %d", next, len(d.Tokens))
	}
	// every visible rune is inside a token
	covered := make([]bool, n)
	for _, tok := range d.Tokens {
		for k := tok.Start; k < tok.End; k++ {
			covered[k] = true
		}
	}
	for k, r := range d.Text {
		if !covered[k] && !isBlank(r) {
			t.Fatalf("rune %q at %d is in no token", r, k)
		}
	}
}

func isBlank(r rune) bool { return strings.TrimSpace(string(r)) == "" || isInvisible(r) }

// runeStarts marks the offsets where decoding s from its start begins a
// rune (an invalid byte counts as a rune of its own), and len(s).
func runeStarts(s string) []bool {
	m := make([]bool, len(s)+1)
	for i := 0; i < len(s); {
		m[i] = true
		_, n := utf8.DecodeRuneInString(s[i:])
		i += n
	}
	m[len(s)] = true
	return m
}

// TestNoLower: NoLower answers as strings.ToUpper(s) == s does.
func TestNoLower(t *testing.T) {
	for _, s := range []string{"", "UN", "U.S.", "NATO-LED", "Nato", "said", "1,200", "—", "ÉTAT", "État",
		"ß", "ǅ", "Ǆ", "ΑΘΗΝΑ", "Αθήνα", "ς", "\xff", "A\xffB", "\uFFFD", "ﬁ", "ИЗВЕСТИЯ", "Известия"} {
		if got, want := NoLower(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("NoLower(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzNoLower(f *testing.F) {
	for _, s := range []string{"UN", "Nato", "ǅ", "\xff", "ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NoLower(s), strings.ToUpper(s) == s; got != want {
			t.Errorf("NoLower(%q) = %v, want %v", s, got, want)
		}
	})
}
