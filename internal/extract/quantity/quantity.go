package quantity

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract/quantity/number"
	"github.com/parley-news/parley/internal/extract/quantity/table"
	names "github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

//go:embed words.txt
var wordsData string

// lexicon holds words.txt by class.
type lexicon struct {
	approx   approxNode // runs of words, one trie edge a word
	maxRun   int        // longest approximator, in words
	currency map[string]string
	plural   map[string]bool
	vague    map[string]float64
	noname   map[string]bool
	stop     map[string]bool
	national map[string]map[string]string // a money word many countries use → country → code
}

var lex = loadLexicon(wordsData)

// approxNode is a trie of approximators keyed by lower-case words, so that
// a run is matched one token at a time without joining strings.
type approxNode struct {
	next map[string]*approxNode
	end  bool // an approximator ends here
}

func (n *approxNode) add(words []string) {
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*approxNode{}
		}
		c := n.next[w]
		if c == nil {
			c = &approxNode{}
			n.next[w] = c
		}
		n = c
	}
	n.end = true
}

func loadLexicon(data string) *lexicon {
	l := &lexicon{currency: map[string]string{}, plural: map[string]bool{},
		vague: map[string]float64{}, noname: map[string]bool{}, stop: map[string]bool{},
		national: map[string]map[string]string{}}
	for _, f := range table.Rows(data, 3) {
		w, v := f[1], f[2]
		if v == "-" {
			v = ""
		}
		switch f[0] {
		case "approx":
			l.approx.add(strings.Split(w, " "))
			if n := len(strings.Fields(w)); n > l.maxRun {
				l.maxRun = n
			}
		case "currency":
			l.currency[w] = v
		case "plural":
			l.plural[w] = true
		case "vague":
			x, err := strconv.ParseFloat(v, 64)
			if err == nil {
				l.vague[w] = x
			}
		case "noname":
			l.noname[w] = true
		case "stop":
			l.stop[w] = true
		case "national":
			m := map[string]string{}
			for _, pair := range strings.Split(v, ",") {
				if country, code, ok := strings.Cut(pair, ":"); ok {
					m[country] = code
				}
			}
			l.national[w] = m
		}
	}
	return l
}

// Extract fills a.Quantities from the segmented text; a.Times must be
// filled already, so that dates and clock times are not taken for counts.
func Extract(d *text.Doc, a *article.Article) {
	a.Quantities = Find(d, a.Times)
	national(a)
}

// national gives a money word that many countries use ("shillings",
// "Sh", "dinars", "pesos") the code of the country of those it fits that
// the article names last before the sum, or else first after it: "Kenya's
// Treasury will send Sh2 billion" is in KES.
func national(a *article.Article) {
	for qi := range a.Quantities {
		q := &a.Quantities[qi]
		if q.Unit == nil {
			continue
		}
		codes := lex.national[*q.Unit]
		if codes == nil {
			continue
		}
		code, before, after := "", -1, -1
		for _, e := range a.Entities {
			c, ok := codes[e.Name]
			if !ok || e.Type != article.Place {
				continue
			}
			for _, m := range e.Mentions {
				if m.End <= q.Start && m.Start > before {
					before, code = m.Start, c
				} else if m.Start >= q.End && before < 0 && (after < 0 || m.Start < after) {
					after, code = m.Start, c
				}
			}
		}
		if code != "" {
			q.Unit = &code
		}
	}
}

// Find returns the quantities of a segmented text; times are the time
// expressions found in it (dates, times and sets among them are skipped,
// durations are counted).
func Find(d *text.Doc, times []article.Time) []article.Quantity {
	out := []article.Quantity{}
	x := &finder{text: d.Text}
	x.findModels(d)
	ti := 0
	for _, s := range d.Sentences {
		x.load(d, s)
		// mark the tokens inside dates, clock times and sets
		for ti < len(times) && times[ti].End <= s.Start {
			ti++
		}
		for k := ti; k < len(times) && times[k].Start < s.End; k++ {
			t := times[k]
			// tokens are in text order: start at the first one ending
			// after the time begins, so long sentences stay linear
			i := sort.Search(len(x.toks), func(i int) bool { return x.tk(i).end > t.Start })
			for ; i < len(x.toks) && x.tk(i).start < t.End; i++ {
				x.toks[i].inTime = t.Kind
			}
		}
		first := len(out)
		for i := 0; i < len(x.toks); {
			q, next, ok := x.at(i)
			if !ok {
				i++
				continue
			}
			out = append(out, q.Quantity)
			x.found = append(x.found, q)
			i = next
		}
		x.borrowUnits(out[first:])
	}
	return out
}

// tok is one token of the sentence being read.
type tok struct {
	s, l       string
	start, end int
	kind       text.Kind
	glued      bool   // no space before it
	upper      bool   // starts with a capital letter
	inTime     string // the kind of time expression holding it, if any
}

// found is a quantity with what borrowUnits needs to know about it.
type found struct {
	article.Quantity
	mods     []string // capitalized modifiers with no noun after them ("two Syrian")
	andNext  bool     // "and", "or" or "of" joins it to the next ("3 of 10 analysts")
	duration bool     // a period of time ("two-month period"), not a count to lend a unit
	verb     string   // a casualty verb right before it ("killed 12")
	rate     bool     // a rate with no unit of its own ("4,210 per dollar"): it borrows none
	age      bool     // an age ("aged 29"): it borrows none
	share    bool     // a fraction in words ("less than a fifth"): a share, it borrows none
	passive  string   // a casualty verb in the passive after it ("80 were wounded"), when nothing lends a unit
	perTime  bool     // a count in a span of time ("600 a day"): it may take the sentence's subject
	at       int      // its first token, when perTime
}

// timeSpans are the spans a count per span is given in ("600 a day").
var timeSpans = set("day", "night", "week", "month", "year", "hour", "minute")

type finder struct {
	text  string
	toks  []tok
	ls    []string // the lower-case words of toks, for number.Parse
	found []found
	// spanEnd, when set by unitAt, ends the quantity's span before the
	// end of its unit ("60-day" of "60-day ceasefire").
	spanEnd int
	// models are the numbers the story writes as a name ("Boeing 777"),
	// so that "the 777" and "777 airliner" further on are names too
	models map[string]bool
}

// load reads the tokens of sentence s; their lower-case forms come from
// the Doc's cache, shared with the other stages.
func (x *finder) load(d *text.Doc, sen text.Sentence) {
	x.toks = x.toks[:0]
	x.ls = x.ls[:0]
	x.found = x.found[:0]
	ts := sen.Tokens
	for k, t := range ts {
		if t.Start < 0 || t.End > len(x.text) || t.Start > t.End {
			continue
		}
		s := x.text[t.Start:t.End]
		r, _ := utf8.DecodeRuneInString(s)
		l := d.Lower(sen.First + k)
		x.toks = append(x.toks, tok{s: s, l: l, start: t.Start, end: t.End, kind: t.Kind,
			glued: k > 0 && ts[k-1].End == t.Start, upper: unicode.IsUpper(r)})
		x.ls = append(x.ls, l)
	}
}

func (x *finder) w(i int) string {
	if i < 0 || i >= len(x.toks) {
		return ""
	}
	return x.toks[i].l // not via tk: no copy of the whole token
}

// tk returns token k, or a zero token past either end.
func (x *finder) tk(k int) tok {
	if k < 0 || k >= len(x.toks) {
		return tok{}
	}
	return x.toks[k]
}

// approxAt returns how many tokens an approximator at i takes, and its
// bound ("", "min", "max").
func (x *finder) approxAt(i int) (int, bool) {
	best := 0
	node := &lex.approx
	for k := i; k >= 0 && k < len(x.toks) && k-i < lex.maxRun; k++ {
		node = node.next[x.toks[k].l]
		if node == nil {
			break
		}
		if node.end {
			best = k - i + 1
		}
	}
	return best, best > 0
}

// at reads a quantity starting at token i and returns it with the index
// of the token after it.
func (x *finder) at(i int) (found, int, bool) {
	k := i
	approx := false
	for k < len(x.toks) {
		n, ok := x.approxAt(k)
		if !ok || k == i && x.w(k) == "over" && overVerbs[x.w(k-1)] {
			break // "hand over 18 bodies": a particle, no bound
		}
		k += n
		approx = true
	}
	// "between 30 and 40"
	between := false
	if x.w(k) == "between" {
		between, k = true, k+1
	}
	cur := ""
	if c, n := x.currencyAt(k); n > 0 {
		cur, k = c, k+n
	}
	if k >= len(x.toks) || x.tk(k).inTime != "" && x.tk(k).inTime != "duration" {
		return found{}, 0, false
	}
	if x.w(k-1) == "or" && timeSpans[strings.TrimSuffix(x.w(k-2), "s")] && !x.plural(x.w(k+1)) {
		return found{}, 0, false // "within a week or two": the span's other count, no count of its own
	}
	var v float64
	var hasV, vague bool
	var n int
	if c, val, m := x.letterMoney(k); m > 0 {
		cur, v, hasV, n = c, val, true, m
	} else {
		v, hasV, n, vague = x.value(k)
	}
	if n == 0 {
		return found{}, 0, false
	}
	// "at around four in the afternoon", "nine o'clock": an hour
	if cur == "" && hasV && v >= 1 && v <= 12 && x.hourAfter(k+n) {
		return found{}, k + n, false
	}
	if cur == "" && !approx && x.score(k) {
		return found{}, k + 3, false // "beat Leeds 2-1", "a 0-0 draw": a result, not a count
	}
	if !x.counts(k, n, cur != "" || approx) {
		return found{}, 0, false
	}
	if vague {
		approx = true
	}
	q := found{}
	start := x.tk(i).start
	j := k + n
	// "a 3.5-billion-U.S.-dollar loan", "a 200-million-euro grant"
	if c, sc, e := x.hyphenMoney(j); e > j && hasV && cur == "" {
		v, cur, j = v*sc, c, e
	} else if hasV && x.glue(j, "-") && x.tk(j+1).glued && number.IsScale(x.w(j+1)) {
		sc, _ := number.Parse([]string{"1", x.w(j + 1)})
		v, j = v*sc, j+2 // "a $300-million grant"
	}
	// a range: "30-40", "30 to 40", "between 30 and 40"
	if hasV {
		if m, e, ok := x.rangeEnd(j, between); ok && m > v {
			// "between 5 and 6 million": the scale of the end is the start's too
			if sc := x.scaleIn(j+1, e); sc > 1 && x.scaleIn(k, j) == 1 && v*sc < m {
				v *= sc
			}
			mx := m
			q.Max, j = &mx, e
		} else if pw := x.w(j); pw == "%" || pw == "percent" {
			// "between 2% and 3%", "5% to 7%": the sign repeated after both
			if m, e, ok := x.rangeEnd(j+1, between); ok && m > v && x.w(e) == pw {
				mx := m
				q.Max, j = &mx, e
			}
		}
	}
	if hasV {
		val := v
		q.Value = &val
	}
	// "a hundred or so soldiers"
	if x.w(j) == "or" && x.w(j+1) == "so" {
		approx, j = true, j+2
	}
	// "10 more hostages", "20 additional trucks"
	for x.w(j) == "more" || x.w(j) == "additional" || x.w(j) == "other" || x.w(j) == "extra" || x.w(j) == "further" {
		if x.w(j) == "more" && x.w(j+1) == "than" {
			break
		}
		j++
	}
	unit := ""
	switch {
	case cur != "":
		unit = cur
	case x.w(j) == "%" || x.w(j) == "percent" || x.w(j) == "pct" || x.glue(j, "pc"):
		unit, j = "percent", j+1
	case x.w(j) == "per" && x.w(j+1) == "cent":
		unit, j = "percent", j+2
	default:
		if c, ok := lex.currency[x.w(j)]; ok && c != "" && x.tk(j).kind == text.Word {
			unit, j = c, j+1
			break
		}
		// "2.4 trillion won", "50,000 won": Korea's money after a scale or a
		// sum no count of seats or games reaches; "who won" stays a verb
		if x.w(j) == "won" && (number.IsScale(x.w(j-1)) || hasV && v >= 1000) {
			unit, j = "KRW", j+1
			break
		}
		// "87.7 billion U.S. dollars", "5 million US dollars"
		if u := x.w(j); (u == "u.s." || u == "us") && (x.w(j+1) == "dollars" || x.w(j+1) == "dollar") {
			unit, j = "USD", j+2
			break
		}
		// "3.3 billion pounds", "6 million pounds sterling": money, not weight
		if (x.w(j) == "pounds" || x.w(j) == "pound") && (x.w(j+1) == "sterling" || number.IsScale(x.w(j-1))) {
			unit, j = "GBP", j+1
			if x.w(j) == "sterling" {
				j++
			}
			break
		}
		var e int
		unit, e, q.mods = x.unitAt(j)
		unit = demonymMoney(unit)
		// "a crowd of 28,412 saw Rovers": a singular word after a count
		// above one, with a name or determiner after it, is a verb
		if unit != "" && hasV && v > 1 && e == j+1 && !x.plural(x.w(j)) && (x.tk(e).upper || determiners[x.w(e)]) {
			unit, e = "", j
		}
		j = e
	}
	// "a decade and a half", "a year and a half": the half is the
	// count's, after its unit
	if q.Value != nil && *q.Value == 1 && (timeSpans[unit] || unit == "decade" || unit == "century") &&
		x.w(j) == "and" && x.w(j+1) == "a" && x.w(j+2) == "half" {
		*q.Value, j = 1.5, j+3
	}
	if unit != "" {
		q.Unit = article.Str(unit)
	}
	if x.spanEnd > 0 && x.spanEnd <= j {
		j = x.spanEnd // "60-day ceasefire": the span is "60-day"
	}
	x.spanEnd = 0
	q.duration = x.tk(k).inTime == "duration"
	end := x.tk(j - 1).end
	q.Approximate = approx
	q.Start, q.End = start, end
	q.Text = x.text[start:end]
	q.andNext = x.w(j) == "and" || x.w(j) == "or"
	if x.w(j) == "of" && q.Unit == nil {
		from := j + 1
		if x.w(from) == "the" {
			from++ // "58 of the 151 seats"
		}
		_, n := number.Parse(x.lower(from, 4))
		q.andNext = n > 0 // "3 of 10 analysts", not "a third of them"
	}
	if v := x.w(i - 1); casualty[v] != "" {
		q.verb = casualty[v] // "killing four and wounding 17": people wounded
	} else if q.Unit == nil {
		// "Another 80 or so were wounded", "12 have been killed": the
		// passive after a bare count says who
		k := j
		if x.w(k) == "were" || x.w(k) == "was" || x.w(k) == "are" {
			k++
		} else if (x.w(k) == "have" || x.w(k) == "had" || x.w(k) == "has") && x.w(k+1) == "been" {
			k += 2
		}
		if v := x.w(k); k > j && casualty[v] == v {
			q.passive = v
		}
	}
	// "at a rate of 600 a day", "300 per day": a count in a span of time,
	// of what the sentence is about when nothing counted lends a unit
	q.perTime = q.Unit == nil && (x.w(j) == "a" || x.w(j) == "per" || x.w(j) == "each" || x.w(j) == "every") && timeSpans[x.w(j+1)]
	if q.perTime {
		q.at = i
	}
	// "4,210 per dollar", "about 2,000 to the dollar": an exchange rate
	q.rate = q.Unit == nil && !q.perTime && (x.w(j) == "per" && x.w(j+1) != "cent" ||
		(x.w(j) == "to" || x.w(j) == "against") && x.w(j+1) == "the" && lex.currency[x.w(j+2)] != "")
	// "aged 29 and 34": ages borrow no unit from the people counted before
	q.share = q.Unit == nil && hasV && v < 1 && x.tk(k).kind == text.Word
	q.age = q.Unit == nil && (ageWords[x.w(i-1)] || (x.w(i-1) == "and" || x.w(i-1) == "to") && len(x.found) > 0 && x.found[len(x.found)-1].age)
	return q, j, true
}

// hourAfter: the words from e make the number before them an hour of the
// day ("in the morning", "at night", "o'clock").
func (x *finder) hourAfter(e int) bool {
	switch x.w(e) {
	case "o'clock", "o’clock":
		return true
	case "in":
		if x.w(e+1) == "the" {
			switch x.w(e + 2) {
			case "morning", "afternoon", "evening":
				return true
			}
		}
	case "at":
		return x.w(e+1) == "night"
	}
	return false
}

// glue reports whether token k is s, glued to the token before.
func (x *finder) glue(k int, s string) bool { return x.tk(k).glued && x.w(k) == s }

// currencyAt reads a money sign before a number: "$", "US$", "€", "USD".
func (x *finder) currencyAt(k int) (string, int) {
	w := x.w(k)
	if x.w(k+1) == "$" && k+2 < len(x.toks) && x.toks[k+2].kind == text.Number && x.toks[k+1].glued {
		if c := dollarPrefixes[w]; c != "" {
			return c, 2 // "US$", "HK$", "A$", "NT$"
		}
	}
	if len(w) == 3 && k+1 < len(x.toks) && x.toks[k+1].kind == text.Number {
		if c := lex.currency[w]; c != "" && c != "-" && isUpperWord(x.toks[k].s) {
			return c, 1 // an ISO code before the figure: "CHF 1.2 billion"
		}
	}
	// a currency's name before the figure, capitalised as its sign would
	// be: "Birr 3.5 billion", "Kyat 500 million" ("Euro 2024" is a game)
	if k+1 < len(x.toks) && x.toks[k+1].kind == text.Number && x.toks[k].kind == text.Word && x.toks[k].upper && w != "euro" {
		if c := lex.currency[w]; c != "" && !isUpperWord(x.toks[k].s) {
			return c, 1
		}
	}
	if c, ok := lex.currency[w]; ok && (x.tk(k).kind == text.Punct || w == "usd" || w == "us$" || w == "eur" || w == "gbp") {
		if c == "" {
			return "", 0
		}
		if k+1 < len(x.toks) && x.tk(k+1).kind == text.Number {
			return c, 1
		}
	}
	return "", 0
}

// scaleIn multiplies the scale words among tokens [from, to) ("million",
// "bn"); 1 when there are none.
func (x *finder) scaleIn(from, to int) float64 {
	sc := 1.0
	for k := max(from, 0); k < to && k < len(x.toks); k++ {
		if number.IsScale(x.w(k)) && x.tk(k).kind == text.Word {
			v, _ := number.Parse([]string{"1", x.w(k)})
			sc *= v
		}
	}
	return sc
}

// hyphenMoney reads the scale and currency joined to a figure by hyphens,
// as Xinhua writes an amount before its noun: "3.5-billion-U.S.-dollar",
// "200-million-euro", "1.2-billion-yuan". It returns the currency, the
// scale and the token after them, or j itself when there are none.
func (x *finder) hyphenMoney(j int) (string, float64, int) {
	if !x.glue(j, "-") || !x.tk(j+1).glued || x.tk(j+1).kind != text.Word {
		return "", 1, j
	}
	head, rest, ok := strings.Cut(x.w(j+1), "-")
	if !ok || !number.IsScale(head) {
		return "", 1, j
	}
	sc, _ := number.Parse([]string{"1", head})
	if c := lex.currency[rest]; c != "" {
		return c, sc, j + 2
	}
	// "billion-U" "." "S" "." "-" "dollar"
	if rest == "u" && x.glue(j+2, ".") && x.w(j+3) == "s" && x.glue(j+4, ".") && x.glue(j+5, "-") && x.glue(j+6, "dollar") {
		return "USD", sc, j + 7
	}
	return "", 1, j
}

// letterMoney reads an amount whose currency is a letter or two written
// before the figure, as papers in Manila, Lagos or Nairobi print it:
// "P1.2 billion", "N5 billion", "KSh 3.2 billion". A lone letter must be
// glued to the figure and a scale word must follow ("a P1 priority" is
// no money). It returns the currency, the value and the tokens taken.
func (x *finder) letterMoney(k int) (string, float64, int) {
	t := x.tk(k)
	if t.kind != text.Word || !t.upper || len(t.l) > 12 {
		return "", 0, 0
	}
	switch t.l[0] {
	case 'p', 'n', 'r', 'k', 't', 's', 'u': // the letters letterCurrency starts with
	default:
		return "", 0, 0
	}
	if c := letterCurrency[t.l]; c != "" && len(t.l) > 1 {
		f := k + 1
		if x.glue(f, ".") {
			f++ // "Rs. 500"
		}
		if x.tk(f).kind != text.Number || x.tk(f).glued && f == k+1 {
			return "", 0, 0
		}
		if v, n := number.Parse(x.lower(f, 6)); n > 0 {
			return c, v, f - k + n // "KSh 3.2 billion", "Rs 500 crore"
		}
		return "", 0, 0
	}
	i := 0
	for i < len(t.l) && (t.l[i] < '0' || t.l[i] > '9') {
		i++
	}
	c := letterCurrency[t.l[:i]]
	digits := i
	for digits < len(t.l) && t.l[digits] >= '0' && t.l[digits] <= '9' {
		digits++
	}
	if c == "" || i > 3 || digits == i {
		return "", 0, 0
	}
	if sc := t.l[digits:]; sc != "" {
		// "Sh15bn", "P3bn": the scale glued on as well
		if !number.IsScale(sc) {
			return "", 0, 0
		}
		if v, n := number.Parse([]string{t.l[i:digits], sc}); n == 2 {
			return c, v, 1
		}
		return "", 0, 0
	}
	figure, e := t.l[i:], k+1
	if x.glue(e, ".") && x.tk(e+1).glued && x.tk(e+1).kind == text.Number && !strings.ContainsAny(x.w(e+1), ".,") {
		figure += "." + x.w(e+1) // "P1" "." "2": the tokenizer split the decimal
		e += 2
	}
	if !number.IsScale(x.w(e)) {
		return "", 0, 0
	}
	v, n := number.Parse(append([]string{figure}, x.lower(e, 3)...))
	if n < 2 {
		return "", 0, 0
	}
	return c, v, e - k + n - 1
}

// isUpperWord reports whether s has no lower-case letter ("CHF", not "try").
func isUpperWord(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// dollarPrefixes tell whose dollar "$" is when glued before it.
var dollarPrefixes = map[string]string{"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "hk": "HKD",
	"s": "SGD", "sg": "SGD", "nt": "TWD", "nz": "NZD", "r": "BRL", "z": "ZWL"}

// ageWords stand before a person's age.
var ageWords = map[string]bool{"aged": true, "ages": true, "age": true}

// letterCurrency: the letters that stand for a currency before a figure.
var letterCurrency = map[string]string{"p": "PHP", "n": "NGN", "r": "ZAR", "ksh": "KES", "tk": "BDT",
	"tsh": "TZS", "ush": "UGX", "sh": "shillings", // Kenya's, Uganda's, Tanzania's or Somalia's: no one code
	"rs": "rupees"} // India's, Pakistan's, Sri Lanka's and Nepal's: no one code

// value reads the number at k: its value (hasV false for vague counts),
// how many tokens it took, and whether it is vague ("dozens of").
func (x *finder) value(k int) (v float64, hasV bool, n int, vague bool) {
	t := x.tk(k)
	w := t.l
	// "thousands of", "tens of thousands of", "hundreds"
	if _, ok := lex.vague[w]; ok && t.kind == text.Word {
		n = 1
		if w == "tens" || w == "hundreds" {
			if x.w(k+1) == "of" {
				if _, ok := lex.vague[x.w(k+2)]; ok {
					n = 3
				}
			}
		}
		if x.w(k+n) == "of" {
			n++
		}
		return 0, false, n, true
	}
	// "several hundred", "a few thousand", "a handful of": counts with no
	// exact value
	if m := k + 1; w == "several" || w == "few" || w == "a" && (x.w(k+1) == "few" || x.w(k+1) == "handful") {
		if w == "a" {
			m = k + 2
		}
		if sw := x.w(m); sw == "hundred" || sw == "thousand" || sw == "million" || sw == "dozen" || x.w(k+1) == "handful" && x.w(k+2) == "of" {
			n = m - k + 1
			if x.w(k+1) == "handful" {
				n = 2
			}
			if x.w(k+n) == "of" {
				n++
			}
			return 0, false, n, true
		}
	}
	// "a third", "two-thirds", "three-quarters", "one fifth"; "a quarter of
	// a million" is a count
	if f, n := x.fraction(k); n > 0 {
		if x.w(k+n) == "of" && x.w(k+n+1) == "a" && number.IsScale(x.w(k+n+2)) {
			sc, _ := number.Parse([]string{"1", x.w(k + n + 2)})
			return f * sc, true, n + 3, false
		}
		if number.IsScale(x.w(k + n)) {
			sc, _ := number.Parse([]string{"1", x.w(k + n)})
			return f * sc, true, n + 1, false // "a quarter million"
		}
		return f, true, n, false
	}
	if w == "half" && x.w(k+1) == "a" && number.IsScale(x.w(k+2)) {
		sc, _ := number.Parse([]string{"1", x.w(k + 2)})
		return sc / 2, true, 3, false // "half a million"
	}
	if w == "half" || w == "a" && x.w(k+1) == "half" {
		if w == "a" {
			if number.IsScale(x.w(k + 2)) {
				sc, _ := number.Parse([]string{"1", x.w(k + 2)})
				return sc / 2, true, 3, false // "a half million"
			}
			return 0.5, true, 2, false
		}
		if x.w(k+1) == "of" || k > 0 && x.tk(k-1).l == "than" {
			return 0.5, true, 1, false
		}
		return 0, false, 0, false
	}
	if t.kind == text.Number && strings.ContainsAny(t.s, "/:") {
		return 0, false, 0, false
	}
	if t.kind == text.Number && t.glued && x.glue(k-1, ".") && strings.ContainsAny(x.w(k-2), "0123456789") {
		return 0, false, 0, false // the decimals of "K1.2": no number of their own
	}
	if w == "a" || w == "an" {
		// "a dozen", "a hundred"; "a week" only as a duration the when
		// stage found
		if v, n := number.Parse(x.lower(k, 4)); n > 0 {
			return v, true, n, false
		}
		if t.inTime == "duration" && k+1 < len(x.toks) && x.tk(k+1).inTime == "duration" && x.w(k+1) != "few" {
			return 1, true, 1, false
		}
		return 0, false, 0, false
	}
	// "two-month", "60-day" as one word: the number is the word's head;
	// "twenty-odd" is about twenty
	if t.kind == text.Word && strings.Contains(w, "-") {
		h := w[:strings.IndexByte(w, '-')]
		if strings.HasSuffix(w, "-way") {
			return 0, false, 0, false // "two-way trade", "a three-way summit": no count
		}
		if v, ok := number.Word(h); ok {
			if _, ok2 := number.Word(w); !ok2 {
				return v, true, 1, strings.HasSuffix(w, "-odd")
			}
		}
	}
	v, n = number.Parse(x.lower(k, 6))
	if n == 0 {
		return 0, false, 0, false
	}
	// "four and a half hours", "two and a half million": the half is the
	// count's own, not a second quantity
	if x.w(k+n) == "and" && x.w(k+n+1) == "a" && x.w(k+n+2) == "half" && x.tk(k).kind == x.tk(k+n-1).kind {
		n += 3
		v += 0.5
		if number.IsScale(x.w(k + n)) {
			sc, _ := number.Parse([]string{"1", x.w(k + n)})
			v, n = v*sc, n+1
		}
	}
	// "one in three children", "four out of five South Sudanese": a share
	if w, skip := x.w(k+n), 1; w == "in" || w == "out" && x.w(k+n+1) == "of" {
		if w == "out" {
			skip = 2
		}
		if b, n2 := number.Parse(x.lower(k+n+skip, 3)); n2 > 0 && b > v && b <= 100 && v >= 1 && x.tk(k+n+skip).inTime == "" {
			return v / b, true, n + skip + n2, false
		}
	}
	return v, true, n, false
}

// denominators are the fraction words and their values.
var denominators = map[string]float64{"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
	"fifths": 5, "tenth": 10, "tenths": 10}

// fraction reads "a third", "one quarter", "two-thirds", "three
// quarters" at k; n is 0 when there is none.
func (x *finder) fraction(k int) (float64, int) {
	w := x.w(k)
	if h, d, ok := strings.Cut(w, "-"); ok {
		if v, ok := number.Word(h); ok && denominators[d] > 0 && v < denominators[d] {
			return v / denominators[d], 1
		}
		return 0, 0
	}
	v := 0.0
	switch w {
	case "a", "an", "one":
		v = 1
	default:
		n, ok := number.Word(w)
		if !ok {
			return 0, 0
		}
		v = n
	}
	d := denominators[x.w(k+1)]
	if d == 0 || v >= d || v > 1 && !strings.HasSuffix(x.w(k+1), "s") || v == 1 && strings.HasSuffix(x.w(k+1), "s") {
		return 0, 0
	}
	// "a quarter" of a year is a time, not a share
	if x.tk(k+1).inTime != "" {
		return 0, 0
	}
	// "a third candidate", "a fourth round": an ordinal before its noun
	if v == 1 && x.nounLike(k+2) && !x.plural(x.w(k+2)) && !number.IsScale(x.w(k+2)) {
		return 0, 0
	}
	return v / d, 2
}

// lower returns the lower-case words of at most n tokens from i, a view
// of the sentence's words (number.Parse only reads it).
func (x *finder) lower(i, n int) []string {
	if i < 0 || i >= len(x.ls) {
		return nil
	}
	e := min(len(x.ls), i+n)
	return x.ls[i:e:e]
}

// counts decides whether the number at k (n tokens) counts something
// rather than naming or ordering it; sure is true when a currency or an
// approximator already says it is an amount.
func (x *finder) counts(k, n int, sure bool) bool {
	t := x.tk(k)
	if t.l == "one" && n == 1 && !sure {
		return false // "one of the", "one day": rarely a count worth keeping
	}
	e := k + n
	// ordinals: "21st", "3rd"
	if t.kind == text.Number && e < len(x.toks) && x.tk(e).glued {
		switch x.tk(e).l {
		case "st", "nd", "rd", "th":
			return false
		}
	}
	if t.kind == text.Number && x.models[t.s] && !sure {
		return false // "the 777" after "Boeing 777"
	}
	// "GMT+1", "UTC-5": a time zone's offset
	if k > 1 && (x.w(k-1) == "+" || x.w(k-1) == "-") && t.glued && x.tk(k-1).glued && (x.w(k-2) == "gmt" || x.w(k-2) == "utc") {
		return false
	}
	// "Feyenborg 22 16 4 2 51": the columns of a table, three numbers or
	// more in a row ("18 777s" is a count of a model)
	if t.kind == text.Number && !sure && x.column(k) {
		return false
	}
	// "beat 1 - Lars Brenning": a seeding or list number before a name
	if t.kind == text.Number && x.w(e) == "-" && !x.tk(e).glued && x.tk(e+1).upper {
		return false
	}
	// "the Three Brotherhood Alliance", "the Six Day War": a capitalised
	// number word inside a sentence, before a capitalised word, names
	// (after a sentence's opening "The" too: "The Three Brotherhood
	// Alliance announced ...")
	if !sure && k > 0 && t.kind == text.Word && t.upper && x.tk(e).upper && x.tk(k-1).kind == text.Word && (!x.tk(k-1).upper || k == 1 && x.tk(0).l == "the") {
		return false
	}
	if sure || k == 0 {
		return true
	}
	p := x.tk(k - 1)
	// "phase one", "Resolution 2254", "No. 5"
	if lex.noname[p.l] || p.l == "." && k > 1 && x.tk(k-2).l == "no" {
		return false
	}
	// "F-16", "COVID-19", "737-800": a number glued to a word or number by
	// a hyphen names it (a range's second number is read with its first)
	if p.l == "-" && p.glued && t.glued && k > 1 && x.tk(k-1).glued {
		return false
	}
	// "3G", "200LR", "150px": letters glued to the number make a name,
	// unless they are a unit ("2GB", "500km")
	if t.kind == text.Number && x.tk(e).glued && x.tk(e).kind == text.Word && !glued[x.tk(e).l] && !number.IsScale(x.tk(e).l) {
		return false
	}
	// "iPhone 4", "Boeing's 787": after a capitalized or mixed-case name a
	// bare integer is a model, not a count ("Boeing 's 787" when the
	// possessive was split off)
	if p.l == "s" && k > 2 && (x.w(k-2) == "'" || x.w(k-2) == "’") {
		p = x.tk(k - 3)
		p.l += "'s"
	}
	// "Britain 120 million pounds": a scale after it makes it a sum, in
	// a list whose verb was said once
	if t.kind == text.Number && p.kind == text.Word && hasUpper(p.s) && !lex.stop[p.l] && p.l != "between" &&
		!strings.ContainsAny(t.s, ",.") && !number.IsScale(x.w(k+1)) && (!strings.HasSuffix(p.l, "'s") && !strings.HasSuffix(p.l, "’s") || !x.plural(x.w(e))) {
		if len(t.s) >= 3 && !x.glue(e, "-") {
			x.model(t.s) // "Boeing 777": a model the story may name again
		}
		return false
	}
	// "the 737 replacement": a number before a singular noun is a name
	if t.kind == text.Number && len(t.s) >= 3 && !strings.ContainsAny(t.s, ",.") && x.nounLike(e) &&
		!x.plural(x.w(e)) && x.tk(e).inTime == "" && x.w(e) != "percent" && lex.currency[x.w(e)] == "" {
		if u, _, _ := x.phrase(e); u == "" {
			return false
		}
	}
	// "Boeing 737", "Windows 7": a capitalized word before a bare number,
	// unless the number goes on to count something

	if t.kind == text.Number && p.l == "the" && !x.glue(e, "-") && (!x.nounLike(e) || x.tk(e).glued || !x.plural(x.tk(e).l)) {
		return false // "the 787", but "the 20 hostages"
	}
	// "737s", "the 1990s": a plural of a name
	if e < len(x.toks) && x.tk(e).glued && x.tk(e).l == "s" {
		return false
	}
	return true
}

// findModels collects the numbers the story writes as names anywhere, so
// that a model named late ("the 777-200LR", "787 Dreamliner") or in the
// headline ("Boeing unveils long-range 777") is no count where it stands
// alone ("its 777 airliner"): a number of three or more digits joined by
// a hyphen to letters or digits, or before a capitalized name that is no
// people ("787 Dreamliner", not "300 Palestinians"), or in a plural
// ("737s").
func (x *finder) findModels(d *text.Doc) {
	for _, sen := range d.Sentences {
		ts := sen.Tokens
		for k, t := range ts {
			if t.Kind != text.Number || t.End-t.Start < 3 || t.Start < 0 || t.End > len(d.Text) || k+1 >= len(ts) {
				continue
			}
			s := d.Text[t.Start:t.End]
			if strings.ContainsAny(s, ",.") {
				continue
			}
			n := ts[k+1]
			if n.Start < 0 || n.End > len(d.Text) || n.Start > n.End {
				continue
			}
			ns := d.Text[n.Start:n.End]
			glued := n.Start == t.End
			switch {
			case glued && ns == "-" && k+2 < len(ts) && ts[k+2].Start == n.End && x.modelTail(d, ts[k+2]) && !x.countsAfter(d, ts, k+3):
			case glued && ns == "s":
			case !glued && n.Kind == text.Word && hasUpper(ns[:1]) && !people(ns) && !x.timeWord(ns) && !x.countsAfter(d, ts, k+2):
			default:
				continue
			}
			x.model(s)
		}
	}
}

// modelTail reports whether t, after a number and a hyphen, goes on a
// model's name ("737-800", "777-200LR") rather than a unit ("500-seat").
func (x *finder) modelTail(d *text.Doc, t text.Token) bool {
	if t.Kind == text.Number {
		return true
	}
	if t.Kind != text.Word || t.Start < 0 || t.End > len(d.Text) || t.Start >= t.End {
		return false
	}
	w := d.Text[t.Start:t.End]
	return hasUpper(w) || strings.ContainsAny(w, "0123456789")
}

// countsAfter reports whether token k is a lower-case plural, so that the
// number before is a count after all: "200-250 seats", "500 Apple
// engineers".
func (x *finder) countsAfter(d *text.Doc, ts []text.Token, k int) bool {
	if k >= len(ts) || ts[k].Kind != text.Word || ts[k].Start < 0 || ts[k].End > len(d.Text) || ts[k].Start >= ts[k].End {
		return false
	}
	w := d.Text[ts[k].Start:ts[k].End]
	return !hasUpper(w[:1]) && x.plural(w)
}

// timeWord reports whether a capitalized word is a month or weekday, as in
// "2008 March" or "1996 Sunday".
func (x *finder) timeWord(w string) bool {
	switch strings.ToLower(w) {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
		"sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "gmt", "utc", "bst", "est", "edt":
		return true
	}
	return false
}

// column reports whether the number at k stands in a run of three or more
// numbers apart from each other: a table's row.
func (x *finder) column(k int) bool {
	num := func(i int) bool {
		t := x.tk(i)
		return t.kind == text.Number && (i == k || !t.glued) && !x.tk(i+1).glued
	}
	if !num(k) {
		return false
	}
	return num(k-1) && num(k+1) || num(k-1) && num(k-2) || num(k+1) && num(k+2)
}

// model records a number the story uses as a name.
func (x *finder) model(s string) {
	if x.models == nil {
		x.models = map[string]bool{}
	}
	x.models[s] = true
}

// score reports whether the number at k opens a game's score: two small
// numbers joined by a hyphen, the second no larger ("2-1", "0-0", "3-3"),
// or with no noun after them ("lost 1-3 at home", "6-4 3-6"); "1-3 weeks"
// is a range.
func (x *finder) score(k int) bool {
	a, h, b := x.tk(k), x.tk(k+1), x.tk(k+2)
	if a.kind != text.Number || b.kind != text.Number || h.l != "-" || !h.glued || !b.glued || len(a.s) > 2 || len(b.s) > 2 {
		return false
	}
	va, _ := strconv.Atoi(a.s)
	vb, err := strconv.Atoi(b.s)
	if next := x.w(k + 3); next == "%" || next == "percent" || next == "per" || next == "pct" {
		return false // "15-20 %"
	}
	return err == nil && (vb <= va || !x.nounLike(k+3))
}

// rangeEnd reads the end of a range after a number ending before j:
// "-40", "to 40", "and 40" (after "between").
func (x *finder) rangeEnd(j int, between bool) (float64, int, bool) {
	w := x.w(j)
	ok := w == "-" && x.tk(j).glued || w == "–" || w == "to" || between && w == "and"
	if !ok || j+1 >= len(x.toks) {
		return 0, 0, false
	}
	k := j + 1
	if _, n := x.currencyAt(k); n > 0 {
		k += n
	}
	if x.tk(k).inTime != "" && x.tk(k).inTime != "duration" {
		return 0, 0, false
	}
	v, n := number.Parse(x.lower(k, 6))
	if n == 0 {
		return 0, 0, false
	}
	return v, k + n, true
}

// unitAt reads what is counted, starting at j: the words up to the first
// plural noun ("living Israeli hostages"), a hyphen-joined noun ("-day
// ceasefire"), "of the sources"; it returns the unit ("" if none), the
// token after it, and capitalized modifiers found without a noun.
func (x *finder) unitAt(j int) (string, int, []string) {
	// "60-day ceasefire": the noun after the hyphen, and one more noun
	if x.w(j) == "-" && x.tk(j).glued && j+1 < len(x.toks) && x.tk(j+1).glued && x.tk(j+1).kind == text.Word {
		e := j + 2
		x.spanEnd = e
		u, e := x.hyphenUnit(x.tk(j+1).s, e)
		return u, e, nil
	}
	// the unit glued into a word: "two-month period"
	if j > 0 && x.tk(j-1).kind == text.Word && strings.Contains(x.tk(j-1).l, "-") && !numberWord(x.tk(j-1).l) && !strings.HasSuffix(x.tk(j-1).l, "-odd") &&
		denominators[x.tk(j - 1).l[strings.IndexByte(x.tk(j-1).l, '-')+1:]] == 0 {
		p := x.tk(j - 1).s
		unit := p[strings.IndexByte(p, '-')+1:]
		x.spanEnd = j
		u, e := x.hyphenUnit(unit, j)
		return u, e, nil
	}
	// "three of the sources", "two of its members"
	if x.w(j) == "of" {
		switch x.w(j + 1) {
		case "the", "these", "those", "its", "their", "his", "her", "our":
			if u, e, _ := x.phrase(j + 2); u != "" && !strings.HasSuffix(u, "'s") && !strings.HasSuffix(u, "’s") {
				return u, e, nil // not "two-thirds of the country's"
			}
		default:
			// "a third of voters", "half of respondents"
			if x.nounLike(j+1) && x.plural(x.w(j+1)) {
				if u, e, _ := x.phrase(j + 1); u != "" {
					return u, e, nil
				}
			}
		}
		return "", j, nil
	}
	return x.phrase(j)
}

// phrase reads words from j up to the first plural noun, at most four,
// and a participle after it ("people detained in Gaza") for the unit
// only. Capitalized words with no noun after them are handed back as
// modifiers, and the span takes them ("two Syrian").
func (x *finder) phrase(j int) (string, int, []string) {
	var mods []string
	lower := false
	for e := j; e < len(x.toks) && e < j+4; e++ {
		t := x.tk(e)
		if t.kind != text.Word || lex.stop[t.l] || t.inTime != "" && t.inTime != "duration" || verbs[t.l] {
			break
		}
		if t.upper && lower && x.plural(t.l) && !people(t.s) {
			break // "28,412 saw Rovers": a name after a verb is no unit
		}
		lower = lower || !t.upper
		if x.plural(t.l) {
			// "police officers", "militia fighters": a plural noun before a
			// plural noun is its modifier
			if n := x.tk(e + 1); e+1 < j+4 && n.kind == text.Word && !n.upper && x.plural(n.l) && x.nounLike(e+1) && !verbs[n.l] {
				e++
			}
			// "17 women and children": the casualty reports' one count of
			// both; other pairs keep the first noun ("prisoners and
			// detainees" counts prisoners)
			if x.w(e+1) == "and" && x.w(e+2) == "children" && (t.l == "women" || t.l == "men" || t.l == "civilians") {
				e += 2
			}
			words := make([]string, 0, 6)
			for k := j; k <= e; k++ {
				words = append(words, x.tk(k).s)
			}
			x.spanEnd = e + 1
			// "five people familiar with the matter": wire speak for
			// anonymous sources
			if (t.l == "people" || t.l == "sources" || t.l == "persons") && x.anonymous(e+1) {
				return "anonymous sources", e + 1, nil
			}
			words = append(words, x.participle(e+1)...)
			return strings.Join(words, " "), e + 1, nil
		}
		if t.upper {
			mods = append(mods, t.s)
		} else {
			mods = nil
		}
	}
	// a singular noun right after the number: "1 percent", "a week"
	if x.nounLike(j) && !x.tk(j).upper && !presentVerbs[x.tk(j).l] && !verbs[x.tk(j).l] {
		return x.tk(j).s, j + 1, nil
	}
	e := j
	for e < len(x.toks) && e-j < len(mods) && x.tk(e).upper && x.tk(e).kind == text.Word {
		e++
	}
	if e > j && e-j == len(mods) {
		return "", e, mods
	}
	return "", j, nil
}

// anonymous reports whether the words from e describe unnamed sources:
// "familiar with", "briefed on", "close to", "with knowledge of".
func (x *finder) anonymous(e int) bool {
	switch x.w(e) {
	case "familiar":
		return x.w(e+1) == "with"
	case "briefed":
		return x.w(e+1) == "on" || x.w(e+1) == "about"
	case "close":
		return x.w(e+1) == "to"
	case "with":
		return x.w(e+1) == "knowledge" || x.w(e+1) == "direct"
	}
	return false
}

// participle reads a participle and its place after a head noun for the
// unit: "killed", "detained in Gaza". An -ed word counts only with a
// place after it, since "trucks crossed" is a verb.
func (x *finder) participle(e int) []string {
	if e >= len(x.toks) || x.tk(e).kind != text.Word || x.tk(e).upper {
		return nil
	}
	w := x.tk(e).l
	placed := false
	if p := x.w(e + 1); (p == "in" || p == "on" || p == "from" || p == "at") && e+2 < len(x.toks) && x.tk(e+2).upper && x.tk(e+2).inTime == "" {
		// a place, not a time ("officers arrived in June" is a verb)
		placed = true
	}
	if !lex.plural[w] && !(placed && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "held")) {
		return nil
	}
	out := []string{x.tk(e).s}
	if placed {
		out = append(out, x.tk(e+1).s, x.tk(e+2).s)
	}
	return out
}

// demonymMoney gives a money word many countries use the code of the
// country its demonym names ("55 billion South Sudanese pounds" is SSP,
// "Egyptian pounds" EGP), whatever country the story names nearest;
// other units are handed back as they are.
func demonymMoney(unit string) string {
	sp := strings.LastIndexByte(unit, ' ')
	if sp < 0 {
		return unit
	}
	codes := lex.national[strings.ToLower(unit[sp+1:])]
	if codes == nil {
		return unit
	}
	if e, ok := names.Names().Lookup(unit[:sp]); ok && e.Kind == names.NameDemonym && codes[e.Country] != "" {
		return codes[e.Country]
	}
	return unit
}

// people reports whether a capitalized plural names a people or a group
// ("ethnic Armenians", "Palestinians"), which may be counted.
func people(w string) bool {
	e, ok := names.Names().Lookup(w)
	// "Congolese", "Sudanese": the adjective is the people's plural too
	return ok && (e.Type == article.Group || e.Kind == names.NameDemonym && strings.HasSuffix(w, "ese"))
}

// determiners open a noun phrase: after a word, they show it was a verb.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "their": true, "his": true, "her": true,
	"its": true, "our": true, "this": true, "that": true, "these": true, "those": true}

// casualty are verbs whose bare count is of people ("killed 12").
// The unit names the people by the participle, whichever form the verb
// takes.
var casualty = map[string]string{"killed": "killed", "wounded": "wounded", "injured": "injured",
	"arrested": "arrested", "detained": "detained", "displaced": "displaced", "kidnapped": "kidnapped",
	"abducted": "abducted", "executed": "executed", "evacuated": "evacuated", "rescued": "rescued",
	"killing": "killed", "wounding": "wounded", "injuring": "injured", "displacing": "displaced",
	"arresting": "arrested", "detaining": "detained", "kidnapping": "kidnapped", "abducting": "abducted"}

// glued are units written against their number ("2GB", "500km").
var glued = map[string]bool{"gb": true, "mb": true, "kb": true, "tb": true, "km": true, "kg": true, "mm": true,
	"cm": true, "ft": true, "lb": true, "lbs": true, "mph": true, "kph": true, "ghz": true, "mhz": true,
	"kw": true, "mw": true, "gw": true, "kwh": true, "mwh": true, "t": true, "pc": true, "pct": true}

// hasUpper reports whether s holds a capital letter anywhere ("iPhone").
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// adverbs are words that follow a number without being what it counts
// ("13 later in the day").
var adverbs = map[string]bool{"later": true, "earlier": true, "ago": true, "apart": true, "together": true,
	"apiece": true, "alone": true, "ahead": true, "away": true, "back": true, "home": true, "now": true,
	"then": true, "too": true, "again": true, "instead": true, "already": true, "still": true, "yet": true,
	"each": true, "overall": true, "total": true, "abroad": true, "inside": true, "outside": true}

// verbs are common verbs in -s that end a unit rather than head it.
var verbs = map[string]bool{"says": true, "makes": true, "takes": true, "gives": true, "remains": true,
	"seems": true, "comes": true, "goes": true, "means": true, "includes": true, "involves": true,
	"needs": true, "wants": true, "tells": true, "shows": true, "holds": true, "runs": true, "leads": true,
	"calls": true, "faces": true, "plans": true, "gets": true, "keeps": true, "puts": true, "sees": true,
	"expects": true, "hopes": true, "believes": true, "claims": true, "reports": true, "adds": true,
	"stands": true, "lies": true, "sits": true, "falls": true, "rises": true, "totals": true, "exceeds": true,
	"reaches": true, "stays": true, "appears": true,
	// past forms the same as the base: "of whom 40 cast ballots", "12 hit
	// by shrapnel"
	"cast": true, "put": true, "set": true, "cut": true, "hit": true, "shut": true, "spread": true,
	"hurt": true, "quit": true, "split": true}

// overVerbs take "over" as their particle ("handed over 18 bodies",
// "turned over 40 weapons"), where it bounds no count.
var overVerbs = map[string]bool{"hand": true, "hands": true, "handed": true, "handing": true,
	"turn": true, "turns": true, "turned": true, "turning": true, "signed": true, "sign": true}

// presentVerbs are verbs in the plural present that follow a count
// standing for people ("more than 800 remain in custody"): no singular
// unit. Only a lone word after the count is read so, as the same words
// lead noun phrases ("200 work permits", "40 return flights").
var presentVerbs = map[string]bool{"remain": true, "stay": true, "live": true, "die": true, "flee": true,
	"return": true, "face": true, "need": true, "await": true, "lack": true, "risk": true, "survive": true,
	"wait": true, "work": true, "say": true, "believe": true, "want": true, "hold": true,
	"won": true} // and a past that is no noun either: "12 won outright" (a sum in won is read before)

// plural reports whether a word is a plural noun.
func (x *finder) plural(w string) bool {
	if lex.plural[w] {
		return true
	}
	n := len(w)
	if n > 4 && strings.HasSuffix(w, "is") && people(strings.ToUpper(w[:1])+w[1:]) {
		return true // "Somalis", "Israelis", "Iraqis": peoples, not a crisis or a basis
	}
	if n > 5 && strings.HasSuffix(w, "ese") && people(strings.ToUpper(w[:1])+w[1:]) {
		return true // "seven million Congolese", "300 Sudanese": one form for both numbers
	}
	return n > 3 && w[n-1] == 's' && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// nounLike reports whether token e may be a noun in a unit: a lower-case
// word that is not a function word.
// adjectiveForm reports a word shaped like an adjective ("humanitarian",
// "unilateral", "strategic"), which stands before the noun counted.
func adjectiveForm(w string) bool {
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"al", "ian", "ic", "ive", "ary", "ous", "ful", "less", "able", "wide"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func (x *finder) nounLike(e int) bool {
	if e < 0 || e >= len(x.toks) {
		return false
	}
	t := x.tk(e)
	if t.kind != text.Word || t.upper || lex.stop[t.l] || t.inTime != "" && t.inTime != "duration" {
		return false
	}
	if x.plural(t.l) {
		return true
	}
	if adverbs[t.l] {
		return false
	}
	return !strings.HasSuffix(t.l, "ly") && !strings.HasSuffix(t.l, "ing") && !strings.HasSuffix(t.l, "ed")
}

// hyphenUnit completes the unit joined to a number by a hyphen ("60-day",
// "two-month") with the noun after it, from token e: "day ceasefire";
// past an adjective, "a 72-hour humanitarian truce" is "hour truce". A
// force "100,000-strong" counts the noun it describes, past its modifiers
// ("a 100,000-strong ethnic Armenian population" is a population).
func (x *finder) hyphenUnit(unit string, e int) (string, int) {
	if strings.ToLower(unit) == "strong" {
		for k := e; k < e+4; k++ {
			t := x.tk(k)
			if t.kind != text.Word {
				break
			}
			if !t.upper && x.nounLike(k) && !adjectiveForm(t.l) {
				return t.s, k + 1
			}
			if !t.upper && !adjectiveForm(t.l) {
				break
			}
		}
		return "", e
	}
	if adjectiveForm(x.w(e)) && x.nounLike(e+1) {
		return unit + " " + x.tk(e+1).s, e + 2
	}
	if x.nounLike(e) {
		return unit + " " + x.tk(e).s, e + 1
	}
	return unit, e
}

// numberWord reports whether a hyphenated word is a number as a whole
// ("twenty-five"), not a number joined to a noun ("two-month").
func numberWord(w string) bool {
	_, ok := number.Word(w)
	return ok
}

// borrowUnits gives a unit to the quantities of one sentence that have
// none: from the next one when joined by "and" ("two Syrian and two
// Western sources"), else from the one before ("10 hostages — eight on the
// first day").
func (x *finder) borrowUnits(qs []article.Quantity) {
	for k := range qs {
		if qs[k].Unit != nil || k >= len(x.found) || x.found[k].rate || x.found[k].age || x.found[k].share {
			continue
		}
		f := x.found[k]
		// "killed at least 12 and wounded 30": the verb says who
		if f.verb != "" {
			qs[k].Unit = article.Str("people " + f.verb)
			continue
		}
		if f.andNext && k+1 < len(qs) && qs[k+1].Unit != nil {
			head := *qs[k+1].Unit
			if i := strings.LastIndexByte(head, ' '); i >= 0 {
				head = head[i+1:]
			}
			if len(f.mods) > 0 {
				head = strings.Join(f.mods, " ") + " " + head
			}
			qs[k].Unit = article.Str(head)
			continue
		}
		// "more than 200 Taliban": a body or people named after the count
		// is what it counts, not the unit of a count before
		if n := len(f.mods); n > 0 {
			if e, ok := names.Names().Lookup(f.mods[n-1]); ok && e.Kind != names.NameDemonym && e.Type != article.Place {
				qs[k].Unit = article.Str(strings.Join(f.mods, " "))
				continue
			}
		}
		for b := k - 1; b >= 0; b-- {
			if qs[b].Unit != nil && !x.found[b].duration {
				if f.passive != "" && strings.HasPrefix(*qs[b].Unit, "people ") {
					break // "30 were killed and 12 have been wounded": its own verb
				}
				qs[k].Unit = qs[b].Unit
				break
			}
		}
		if qs[k].Unit == nil && f.passive != "" {
			qs[k].Unit = article.Str("people " + f.passive)
		}
		if qs[k].Unit == nil && f.perTime {
			if u, ok := x.subject(f.at); ok {
				qs[k].Unit = article.Str(u)
			}
		}
	}
}

// subject finds, before token end, the plural noun that opens the
// sentence as its subject (after a live post's stamp too: "16:05 GMT -
// Aid trucks will ..."), with the word before it ("Aid trucks began
// entering Gaza at a rate of 600 a day": "aid trucks"). A plural counts
// only right before a verb ("trucks began", "drones were launched").
func (x *finder) subject(end int) (string, bool) {
	for k := 0; k < end && k < 8; k++ {
		t := x.tk(k)
		w := t.l
		if t.kind != text.Word || k > 0 && t.upper || len(w) < 4 || !strings.HasSuffix(w, "s") ||
			strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
			continue
		}
		n := x.w(k + 1)
		if !subjectVerbs[n] && !(len(n) > 4 && strings.HasSuffix(n, "ed")) {
			continue
		}
		u := w
		if k > 0 && x.tk(k-1).kind == text.Word && !subjectSkip[x.w(k-1)] {
			u = x.w(k-1) + " " + w
		}
		return u, true
	}
	return "", false
}

// subjectVerbs follow a plural subject: "trucks were", "drones began".
var subjectVerbs = set("are", "were", "have", "had", "will", "would", "began", "continue", "continued", "kept",
	"arrive", "cross", "enter", "came", "went", "flowed", "could", "can")

// subjectSkip are words before a subject that are no part of its noun.
var subjectSkip = set("the", "a", "an", "some", "many", "more", "most", "few", "all", "these", "those", "other", "and", "but", "on", "in")

// set makes a lookup of words.
func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
