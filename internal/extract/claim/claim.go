package claim

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// tok is one token of the article with what the rules ask of it.
type tok struct {
	s, e int
	word bool // a word or a number, not punctuation
	num  bool
	cap  bool // begins with an upper-case letter
	q    int  // index of the quote holding the token, or -1
	sent int
}

// sentence is a token range [lo, hi) and its paragraph.
type sentence struct{ lo, hi, para int }

// found is a claim under construction with what later claims need to refer
// back to it.
type found struct {
	c        article.Claim
	srcLo    int // token range of the source in the text, or -1
	srcHi    int
	head     string // head noun of the source, lower case and singular
	person   bool   // the source is a person, so "he"/"she" can refer to it
	plural   bool
	sent     int
	para     int
	cueTok   int // first token of the cue, or -1 for a claim by adjacency
	resolved bool
	belief   bool  // the cue is a verb of belief or intention
	noun     bool  // the cue is a noun after its possessor ("his claim that")
	coord    bool  // the cue is joined by "and"/"but" to an earlier verb
	ante     int32 // 1 + the index in out of the claim a pronoun source resolved to, or 0 (beside the flags: no bigger a record)
}

// extractor holds one article's tokens and the claims found so far.
type extractor struct {
	text   string
	lx     *lexicon.CueLexicon
	a      *article.Article
	toks   []tok
	lws    []string // lower-case text of each token
	sents  []sentence
	quotes []quote
	out    []found
	belief bool // the cue being read is a verb of belief
	stance bool // the cue being read is a verb of stance (lexicon.CueStance)
	// clauseOK: a strict cue being read may take a clause without "that"
	clauseOK bool
	// a negated saying being read ("has not said when …") has its cue
	// from token negLo to its verb negVerb (-1 when none)
	negLo, negVerb int
	// a participle being read inside the sentence's subject ("A video
	// showing the strike was shared") has the sentence's own verb at token
	// mainVerb (-1 when none); mainOnly: no other verb stands before it,
	// so what the participle takes is a noun phrase, not a clause
	mainVerb int
	mainOnly bool
	paras    [][2]int
	cues     map[int]bool // first tokens of the cues of found claims
}

// Extract fills a.Claims: every attributed statement with its source, cue,
// content, whether it is quoted speech, how many sources stand behind it and
// whom they told. It reads a.Entities, when the entity stage found any, to
// tie sources to entities and to tell people from organizations.
func Extract(d *text.Doc, a *article.Article) {
	x := newExtractor(d, a)
	for si := range x.sents {
		x.sentenceCues(si)
	}
	x.speakerLines()
	x.dropNested()
	x.trimInner()
	x.adjacentQuotes()
	sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].c.Start < x.out[j].c.Start })
	x.resolve()
	x.grants()
	sort.SliceStable(x.out, func(i, j int) bool { return x.out[i].c.Start < x.out[j].c.Start })
	claims := make([]article.Claim, 0, len(x.out))
	for _, f := range x.out {
		if valid(f.c, len(a.Text)) {
			claims = append(claims, f.c)
		}
	}
	a.Claims = claims
}

// valid checks that every span of c lies inside the text, so no input can
// make the record point outside it.
func valid(c article.Claim, n int) bool {
	if c.Start < 0 || c.Start >= c.End || c.End > n {
		return false
	}
	for _, s := range []*article.Span{c.SourceSpan, c.CueSpan, c.Anonymity} {
		if s != nil && !s.Valid(n) {
			return false
		}
	}
	return true
}

func newExtractor(d *text.Doc, a *article.Article) *extractor {
	n := 0
	for _, s := range d.Sentences {
		n += len(s.Tokens)
	}
	paras := lineParas(d.Text, d.Paras)
	x := &extractor{text: d.Text, lx: lexicon.Cues(), a: a, paras: paras, cues: map[int]bool{}, negVerb: -1,
		toks: make([]tok, 0, n), lws: make([]string, 0, n), sents: make([]sentence, 0, len(d.Sentences))}
	for pi, p := range paras {
		x.quotes = append(x.quotes, findQuotes(d.Text, p[0], p[1], pi)...)
	}
	pi := 0
	qi := 0
	for si, s := range d.Sentences {
		lo := len(x.toks)
		for k, t := range s.Tokens {
			for qi < len(x.quotes) && x.quotes[qi].end <= t.Start {
				qi++
			}
			q := -1
			if qi < len(x.quotes) && x.quotes[qi].start <= t.Start {
				q = qi
			}
			w := d.Text[t.Start:t.End]
			x.toks = append(x.toks, tok{s: t.Start, e: t.End, word: t.Kind != text.Punct,
				num: t.Kind == text.Number, cap: capWord(w), q: q, sent: si})
			// the Doc's cache, which the entity stage filled
			lw := d.Lower(s.First + k)
			if n := len(lw); n > 2 && lw[n-1] == 's' && (lw[n-2] == '\'' || lw[n-2] == 0x99) { // 's or ’s
				if c, ok := contractions[lw]; ok {
					lw = c // "who’s called for": the pronoun, its "is" or "has" dropped
				}
			}
			x.lws = append(x.lws, lw)
		}
		para := s.Para
		if len(s.Tokens) > 0 {
			for pi+1 < len(paras) && paras[pi+1][0] <= s.Tokens[0].Start {
				pi++
			}
			para = pi
		}
		x.sents = append(x.sents, sentence{lo: lo, hi: len(x.toks), para: para})
	}
	return x
}

// capWord reports whether w is written as a name: a capital first letter,
// or a lower-case particle joined by a hyphen to a capitalized name
// ("al-Sharaa", "el-Sisi", "bin-Laden"), as Arabic names are often spelled
// in wire copy, so such a name alone is a source like any other.
func capWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	for i := 1; i < len(w) && i <= 4; i++ {
		if w[i] == '-' || strings.HasPrefix(w[i:], "‐") {
			if !nameParticles[w[:i]] {
				return false
			}
			_, n := utf8.DecodeRuneInString(w[i:])
			r, _ := utf8.DecodeRuneInString(w[i+n:])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// nameParticles are the lower-case particles that open a hyphenated name.
var nameParticles = map[string]bool{"al": true, "el": true, "ad": true, "ar": true, "as": true, "ash": true,
	"at": true, "az": true, "an": true, "bin": true, "ibn": true, "abu": true, "abd": true, "ben": true}

// contractions of a pronoun and "is" or "has", read as the pronoun (not
// as a possessive).
var contractions = map[string]string{}

func init() {
	for _, p := range []string{"he", "she", "it", "who", "that", "there", "what"} {
		contractions[p+"'s"] = p
		contractions[p+"’s"] = p
	}
}

// lineParas splits paragraphs further at line breaks that end a sentence
// ("… he said.\n“Next …"): many dumps run a story's paragraphs together
// one a line under a blank-line-separated title, and speech does not cross
// them. A hard-wrapped line that stops mid-sentence does not split.
func lineParas(text string, paras [][2]int) [][2]int {
	out := make([][2]int, 0, len(paras))
	for _, p := range paras {
		start := p[0]
		for i := p[0]; i < p[1]; i++ {
			if text[i] != '\n' || !endsSentence(text[start:i]) {
				continue
			}
			next := i + 1
			for next < p[1] && (text[next] == ' ' || text[next] == '\t' || text[next] == '\r') {
				next++
			}
			if next >= p[1] {
				break
			}
			if r, _ := utf8.DecodeRuneInString(text[next:]); unicode.IsUpper(r) || isQuoteMark(string(r)) {
				out = append(out, [2]int{start, i})
				start = next
			}
		}
		out = append(out, [2]int{start, p[1]})
	}
	return out
}

// endsSentence reports whether a line ends with a sentence stop, perhaps
// followed by closing quotes, brackets or spaces.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " \t\r\u00a0")
	for line != "" {
		r, size := utf8.DecodeLastRuneInString(line)
		switch {
		case r == '.' || r == '!' || r == '?' || r == ':':
			return true
		case r == ')' || r == ']' || isQuoteMark(string(r)) || r == '\'':
			line = line[:len(line)-size]
		default:
			return false
		}
	}
	return false
}

// span is the byte span of tokens [lo, hi).
func (x *extractor) span(lo, hi int) article.Span {
	return article.Span{Start: x.toks[lo].s, End: x.toks[hi-1].e}
}

// sentenceCues finds the cues of one sentence and builds their claims.
// Cues inside quotation marks belong to the quoted speaker and are skipped.
func (x *extractor) sentenceCues(si int) {
	s := x.sents[si]
	for i := s.lo; i < s.hi; i++ {
		t := x.toks[i]
		if !t.word || t.q >= 0 {
			continue
		}
		x.belief, x.stance, x.mainVerb = false, false, -1
		if n := x.lx.Phrase(x.lws[i:min(i+4, s.hi)]); n > 0 {
			x.accordingTo(si, i, i+n)
			i += n - 1
			continue
		}
		if !t.cap && x.lx.StanceNoun(x.lws[i]) && !x.inCue(i) && x.nounCue(si, i) {
			continue
		}
		if !t.cap && x.lx.StanceAdj(x.lws[i]) && !x.inCue(i) && x.adjCue(si, i) {
			continue
		}
		if (x.lws[i] == "against" || x.lws[i] == "opposed" && i+1 < s.hi && x.lws[i+1] == "to") && !x.inCue(i) && x.beAgainst(si, i) {
			continue
		}
		if x.lx.Document(x.lws[i]) && i+1 < s.hi && x.lws[i+1] == "that" && !x.inCue(i) {
			if x.documentCue(si, i) {
				continue
			}
		}
		x.verbCue(si, i)
	}
	x.inFinding(si)
}

// findings are the documents whose content is what they found, not what
// someone said in them ("in the poll", but "in a statement").
var findings = set("poll polls survey surveys study studies analysis analyses report assessment audit data figures tally census")

// inFinding reads a sentence that opens with the document it reports,
// when no cue of its own is read in it: "In the latest poll, Trump rose a
// point" — the poll is the source, "In" the cue, the clause after the
// comma (and a participle's aside) the content. "In a report released
// Tuesday, the agency said …" is the agency's saying, read by its cue.
func (x *extractor) inFinding(si int) {
	s := x.sents[si]
	k := s.lo
	if k+4 >= s.hi || x.lws[k] != "in" || x.toks[k].q >= 0 || len(x.out) > 0 && x.out[len(x.out)-1].sent == si {
		return
	}
	c := k + 1
	for c < s.hi && c-k <= 12 && (x.toks[c].word && !prepositions[x.lws[c]] || x.isPunct(c, "/", "-")) && x.toks[c].q < 0 {
		c++ // "the Washington Post/ABC News poll", but not "the wake of the … report"
	}
	if c >= s.hi || c-k > 12 || !x.isPunct(c, ",") || !findings[x.lws[c-1]] {
		return
	}
	start := c + 1
	if w := x.lws[start]; !x.toks[start].cap && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		// "In the poll, conducted in early September, Clinton led": past the aside
		for start < s.hi && !x.isPunct(start, ",") {
			start++
		}
		start++
	}
	if start+2 >= s.hi || !(x.toks[start].cap || x.toks[start].num || determiners[x.lws[start]] || subjectPronouns[x.lws[start]]) {
		return
	}
	if cont, ok := x.trimmed(si, start, s.hi); ok {
		x.emit(si, k, k+1, k+1, c, cont, "")
	}
}

// emit records a claim; lo/hi is the source's token range (-1 when none).
func (x *extractor) emit(si, cueLo, cueHi, srcLo, srcHi int, content article.Span, outlet string) {
	if srcLo >= 0 {
		end := srcHi
		if cueLo > srcHi && cueLo-srcHi < 16 {
			end = cueLo // the aside may lie between the source and its cue
		}
		cut, via := x.sourceAside(srcLo, end)
		srcHi = min(srcHi, cut)
		if t := x.timeLeft(srcHi-1, srcLo); t < srcHi-1 && t >= srcLo && (x.toks[t].cap || x.isPunct(t, ")")) {
			// "Gustavo Petro on Friday suspended …, accusing", "(PTI) on
			// Wednesday announced": the time is no part of who ("a report
			// that was published on Wednesday said" keeps its clause's)
			srcHi = t + 1
		}
		if outlet == "" {
			outlet = via
		}
		if outlet == "" {
			outlet = x.seenBy(srcLo, srcHi)
		}
		if outlet == "" {
			outlet = x.openerSeenBy(si, srcLo)
		}
		if h := x.headTok(srcLo, srcHi); !x.toks[h].cap && eventNouns[x.lws[h]] {
			return // "a meeting between the two leaders signaled …": events do not speak
		}
	}
	if outlet == "" && x.lws[cueLo] == "saying" {
		outlet = x.quotedByAs(si, cueLo)
	}
	if w, _, _ := strings.Cut(outlet, " "); possessives[strings.ToLower(w)] {
		outlet = "" // "said in a statement on their website": the source's own channel, no outlet
	}
	if x.lws[cueLo] == "citing" && cueLo >= 2 && x.isPunct(cueLo-1, ",") {
		if _, v := x.lx.Verb(x.lws[cueLo-2]); v {
			return // "reported, citing officials, that …": the sources of a report, an aside
		}
		hi := x.sents[si].hi
		for m := cueHi; m < hi && m-cueHi <= 8 && x.toks[m].q < 0; m++ {
			if x.isPunct(m, ",") {
				return // "Israeli media, citing an unnamed official, reported …": an aside in commas
			}
			if _, v := x.lx.Verb(x.lws[m]); v || finite[x.lws[m]] || !x.toks[m].word {
				break
			}
		}
	}
	cs := x.span(cueLo, cueHi)
	if cueLo == x.negVerb && x.negLo < cueLo {
		cs.Start = x.toks[x.negLo].s
	}
	if x.questionLine(x.toks[cueLo].s) {
		return // "Q: When do you expect a deal?": the interviewer asks
	}
	content = x.cutReporterParticiple(content)
	if x.mainVerb >= 0 && content.End > x.toks[x.mainVerb].s {
		// "A report saying the army had withdrawn was denied …": what was
		// said ends before the sentence's own verb
		c, ok := x.trimmed(si, x.tokAt(content.Start), x.mainVerb)
		if !ok || x.mainOnly && !x.quoted(c) {
			return // "A video showing the strike was shared": a depiction, no claim
		}
		content = c
	}
	f := found{srcLo: srcLo, srcHi: srcHi, sent: si, para: x.sents[si].para, cueTok: cueLo, belief: x.belief}
	f.c.Cue = article.Str(x.text[cs.Start:cs.End])
	f.c.CueSpan = &cs
	f.c.Start, f.c.End = content.Start, content.End
	f.c.Content = x.text[content.Start:content.End]
	if strings.HasPrefix(x.lws[cueLo], "call") && x.namesFirst(content) {
		return // "the place they call “Orchard Gate”": naming, not saying
	}
	f.c.Direct = x.quoted(content)
	f.c.Outlet = article.Str(outlet)
	if srcLo >= 0 {
		x.describeSource(&f)
		x.closeAppositive(&f, cueLo)
		if (x.lws[srcLo] == "a" || x.lws[srcLo] == "an") && x.seenBy(srcLo, srcHi) != "" && !x.capBefore(srcLo+1, srcHi, "seen", "obtained", "reviewed") {
			f.c.Named = false // "a draft seen by Reuters": a paper no one is named for
		}
	}
	if grantWords(f.c.Content) {
		return // "asked not to be named", "declined to be identified": a grant of anonymity
	}
	if x.stance && !x.marked(content) && !x.deniedReport(content) && !x.holder(f) {
		return // "militants attacked a convoy"; "asked not to be named" grants anonymity
	}
	if k := x.tokAt(content.Start); k >= cueHi && settings[x.lws[k]] && !x.marked(content) && !(k+1 < len(x.lws) && x.lws[k+1] == "much") {
		return // "reported from Kabul", "voted because …": a setting, not what was said
	}
	if k := x.tokAt(content.Start); k == cueHi && cueHi == cueLo+1 && finite[x.lws[k]] && srcLo >= 0 && !pronouns[x.lws[srcLo]] {
		return // "Climate reports were released": the cue word was the subject's noun
	}
	// One claim per cue: two readings of the same cue keep the first.
	if x.cues[cueLo] {
		return
	}
	// (claims come in the order of their cues, so only the last few can
	// have a source around this cue; a bounded look keeps a run-on
	// sentence full of cues linear)
	for k := len(x.out) - 1; k >= 0 && k >= len(x.out)-8 && x.out[k].sent == si; k-- {
		if o := x.out[k]; o.srcLo <= cueLo && cueLo < o.srcHi {
			return // "According to a new report by X": the word is in a source
		}
	}
	x.cues[cueLo] = true
	x.out = append(x.out, f)
}

// capBefore reports whether a capitalised word stands in [lo, hi) before
// the first of words ("a letter from Syria's ministry seen by …" names
// who wrote it).
func (x *extractor) capBefore(lo, hi int, words ...string) bool {
	for k := lo; k < hi; k++ {
		for _, w := range words {
			if x.lws[k] == w {
				return false
			}
		}
		if x.toks[k].cap && x.toks[k].word {
			return true
		}
	}
	return false
}

// cutReporterParticiple ends a content before a participle the reporter
// adds outside any quote to place what was said ("…, making it the
// world's largest crisis", "…, bringing the toll to 40").
func (x *extractor) cutReporterParticiple(c article.Span) article.Span {
	lo, hi := x.tokAfter(c.Start), x.tokAfter(c.End)
	if hi < 0 {
		hi = len(x.toks)
	}
	for j := lo + 1; lo >= 0 && j+2 < hi; j++ {
		if x.isPunct(j, ",") && x.toks[j].q < 0 && x.toks[j+1].q < 0 && reporterParticiples[x.lws[j+1]] &&
			(determiners[x.lws[j+2]] || x.lws[j+2] == "it") {
			return article.Span{Start: c.Start, End: x.toks[j-1].e}
		}
	}
	return c
}

// reporterParticiples open a reporter's tally or ranking after a claim.
var reporterParticiples = set("making bringing raising marking")

// closeAppositive takes into the source span the comma or dash that
// closes an appositive right before the cue ("X, a spokesman, said"), as
// attribution corpora bracket it; the source text leaves it out.
func (x *extractor) closeAppositive(f *found, cueLo int) {
	k := f.srcHi
	if k <= f.srcLo || k >= cueLo || f.c.SourceSpan == nil {
		return
	}
	end := k + 1
	if x.isPunct(k, "-") && k+1 < cueLo && x.isPunct(k+1, "-") {
		end = k + 2 // "--"
	}
	if end != cueLo || !x.isPunct(k, ",", "—", "–", "-") {
		return
	}
	for j := f.srcLo + 1; j < k; j++ {
		if x.toks[j].q < 0 && x.isPunct(j, x.lws[k]) {
			f.c.SourceSpan.End = x.toks[end-1].e
			return
		}
	}
}

// marked reports whether content is set off as speech: it follows "that"
// or a colon, opens with a quotation mark, or is an indirect question.
func (x *extractor) marked(c article.Span) bool {
	k := x.tokAt(c.Start)
	if k < 0 {
		return false
	}
	return x.opensQuote(k) || x.lws[k] == "whether" || x.lws[k] == "why" ||
		k > 0 && (x.lws[k-1] == "that" || x.isPunct(k-1, ":"))
}

// sourceAside cuts from a source the aside set off by a comma that tells
// where or through whom it spoke ("Al-Shabaab, in a statement on its
// website, said", "The minister, quoted by the state news agency, said"):
// the source ends before it, and the one quoting it is the outlet.
func (x *extractor) sourceAside(lo, hi int) (int, string) {
	for k := lo + 1; k+2 < hi; k++ {
		if !x.isPunct(k, ",") || x.toks[k].q >= 0 {
			continue
		}
		w, n := x.lws[k+1], k+2
		switch {
		case (w == "in" || w == "on" || w == "via" || w == "at") && determiners[x.lws[n]] && x.mediumWithin(n+1, hi):
			return k, ""
		case w == "for" && possessives[x.lws[n]] && n+1 < hi && x.lws[n+1] == "part" && n+2 < hi && x.isPunct(n+2, ","):
			return k, "" // "Nikol Pashinyan, for his part, told …": the reporter's turn
		case (w == "quoted" || w == "cited") && x.lws[n] == "by":
			o := ""
			if m := x.mediaObject(n+1, hi); m > n+1 {
				o = x.text[x.toks[n+1].s:x.toks[m-1].e]
			} else if c, _ := x.lx.Outlet(x.lws[n+1 : min(n+7, hi)]); c > 0 {
				o = x.text[x.toks[n+1].s:x.toks[n+c].e]
			}
			return k, o
		}
	}
	return hi, ""
}

// mediumWithin reports whether one of the first three words from token k,
// before a comma, names a form of statement ("his weekly press briefing",
// "a communique read on national television").
func (x *extractor) mediumWithin(k, hi int) bool {
	for j := k; j < hi && j < k+3 && !x.isPunct(j, ","); j++ {
		if x.lx.Medium(x.lws[j]) {
			return true
		}
	}
	return false
}

// grantWords reports whether a content is the grant of anonymity a cue
// takes ("not to be named", "to be identified", "anonymity"): it says why a
// source is unnamed, not what it claims.
func grantWords(c string) bool {
	c = strings.TrimPrefix(strings.TrimPrefix(c, "not "), "to be ")
	if i := strings.Index(c, "first name be "); i >= 0 && i < 16 {
		return true // "asked that only her first name be used"
	}
	if i := strings.Index(c, "name be withheld"); i >= 0 && i < 16 {
		return true // "asked that her name be withheld for her safety"
	}
	for _, w := range []string{"named", "identified", "quoted", "cited", "anonymity", "anonymous"} {
		if strings.HasPrefix(c, w) && (len(c) == len(w) || !unicode.IsLetter(rune(c[len(w)]))) {
			return true
		}
	}
	return false
}

// seenBy is the outlet that saw a document source ("a document seen by
// AFP", "a letter obtained by The Associated Press"): what it says reached
// the outlet as a source's words would.
func (x *extractor) seenBy(lo, hi int) string {
	for k := lo + 1; k+1 < hi; k++ {
		if (x.lws[k] == "seen" || x.lws[k] == "obtained" || x.lws[k] == "reviewed") && x.lws[k+1] == "by" && (x.lx.Document(x.lws[k-1]) || x.toks[k-1].word && !x.toks[k-1].cap) {
			if n, _ := x.lx.Outlet(x.lws[k+2 : min(k+8, hi)]); n > 0 {
				return x.text[x.toks[k+2].s:x.toks[k+1+n].e]
			}
		}
	}
	return ""
}

// openerSeenBy is the outlet that saw the document a sentence opens with,
// before its source ("In a letter to the council dated last week, seen by
// AFP, the experts said …").
func (x *extractor) openerSeenBy(si, srcLo int) string {
	s := x.sents[si]
	if srcLo-s.lo < 4 || x.lws[s.lo] != "in" || !x.isPunct(srcLo-1, ",") {
		return ""
	}
	doc := false
	for k := s.lo + 1; k+2 < srcLo; k++ {
		doc = doc || x.lx.Document(x.lws[k])
		if doc && (x.lws[k] == "seen" || x.lws[k] == "obtained" || x.lws[k] == "reviewed") && x.lws[k+1] == "by" {
			if n, _ := x.lx.Outlet(x.lws[k+2 : min(k+8, srcLo)]); n > 0 {
				return x.text[x.toks[k+2].s:x.toks[k+1+n].e]
			}
		}
	}
	return ""
}

// quotedByAs is the outlet in "was quoted by the Tasnim news agency as
// saying": who quoted the subject, the cue at token k.
func (x *extractor) quotedByAs(si, k int) string {
	s := x.sents[si]
	if k-4 < s.lo || x.lws[k-1] != "as" {
		return ""
	}
	for b := k - 2; b > s.lo && k-b <= 10; b-- {
		if x.lws[b] == "by" && (x.lws[b-1] == "quoted" || x.lws[b-1] == "cited") {
			if m := x.mediaObject(b+1, k-1); m > b+1 {
				return x.text[x.toks[b+1].s:x.toks[m-1].e]
			}
			if n, _ := x.lx.Outlet(x.lws[b+1 : k-1]); n > 0 {
				return x.text[x.toks[b+1].s:x.toks[b+n].e]
			}
			return ""
		}
		if !x.toks[b].word {
			return ""
		}
	}
	return ""
}

// deniedReport reports whether a content is another's saying and what it
// said ("rejected claims that …", "dismissed the reports that …"): a body
// that rejects such a thing speaks, as one that rejects a request acts.
func (x *extractor) deniedReport(c article.Span) bool {
	k := x.tokAt(c.Start)
	if k < 0 {
		return false
	}
	if determiners[x.lws[k]] && k+1 < len(x.lws) {
		k++
	}
	return k+1 < len(x.lws) && x.toks[k].sent == x.toks[k+1].sent && reportNouns[x.lws[k]] && x.lws[k+1] == "that"
}

// reportNouns are what is said of a body that it denies, not what is asked
// of it ("rejected demands that …" is an act).
var reportNouns = set("claim claims report reports accusation accusations allegation allegations charge charges suggestion suggestions assertion assertions rumour rumours rumor rumors speculation")

// holder reports whether a claim's source can hold a stance: a person by
// entity, pronoun or description, but not an armed one ("fighters attacked").
func (x *extractor) holder(f found) bool {
	if f.srcLo < 0 {
		return false
	}
	if f.cueTok >= 0 && assaults[x.lx.Lemma(x.lws[f.cueTok])] {
		return x.politicalAttack(f)
	}
	if f.srcHi-f.srcLo == 1 && (x.lws[f.srcLo] == "he" || x.lws[f.srcLo] == "she") {
		return true
	}
	for k := f.srcLo + 1; k < f.srcHi; k++ {
		if w := x.lws[k]; !x.toks[k].cap && strings.HasSuffix(w, "ed") && !determiners[x.lws[k-1]] {
			return false // "Clinton enjoyed strong support": a clause, and a noun
		}
	}
	if f.person {
		return !armed[f.head]
	}
	if f.head == "percent" {
		return true // "44 percent would back Trump": a share of those polled
	}
	if h := x.headTok(f.srcLo, f.srcHi); x.toks[h].cap && singular(x.lws[h]) != x.lws[h] {
		_, plural := lexicon.CountryOfDemonym(singular(x.lws[h]))
		if _, adj := lexicon.CountryOfDemonym(x.lws[h]); plural && !adj {
			return true // "many Mexicans felt betrayed": a people, not its state (nor "the US")
		}
	}
	if f.cueTok >= 0 && (bodyActs[x.lx.Lemma(x.lws[f.cueTok])] || intents[x.lws[f.cueTok]]) {
		// "the ministry rejected the request" is an act of state, but a
		// campaign's or party's plans and votes are its politics, and a
		// court's or committee's votes and rulings are its position
		return speakingBodies[f.head] || deliberativeBodies[f.head]
	}
	// a party, a campaign, a newspaper: bodies that take positions, but not
	// armies, whose attacks and backing are deeds
	if f.c.SourceEntity != nil {
		if e := x.entity(*f.c.SourceEntity); e != nil && e.Type == article.Organization {
			return !armedBodies[f.head]
		}
	}
	// a newspaper, an ad, a report: works that argue ("the ad then
	// references", "the report criticized")
	return orgWords[f.head] && !armedBodies[f.head] || x.lx.OutletWord(f.head) || x.lx.Document(f.head) || works[f.head]
}

// assaults are verbs of attack that political speech shares with war
// ("the senator attacked her rival as a fraud", "rebels attacked a
// convoy"): a stance only in a speaker's mouth.
var assaults = set("attack")

// politicalAttack reports whether an attack is one of words: its source is
// a person who is not armed, or a campaign, party or work that argues, and
// what is attacked is no place or military target ("Putin attacked
// Ukraine", "he attacked the base" are deeds that the event stage reads).
func (x *extractor) politicalAttack(f found) bool {
	pron := f.srcHi-f.srcLo == 1 && (x.lws[f.srcLo] == "he" || x.lws[f.srcLo] == "she")
	speaker := pron || f.person && !armed[f.head] && !assailants[f.head] || speakingBodies[f.head] || works[f.head]
	if !speaker {
		return false
	}
	k := f.cueTok + 1
	for k < len(x.lws) && (determiners[x.lws[k]] || x.toks[k].sent == f.sent && x.mannerAdverb(k)) {
		k++
	}
	if k >= len(x.lws) || x.toks[k].sent != f.sent {
		return false
	}
	if x.toks[k].cap {
		for _, e := range x.a.Entities {
			if e.Type != article.Place {
				continue
			}
			for _, m := range e.Mentions {
				if m.Start <= x.toks[k].s && x.toks[k].s < m.End {
					return false
				}
			}
		}
	}
	for j := k; j < len(x.lws) && j < k+4 && x.toks[j].word && x.toks[j].sent == f.sent; j++ {
		if targets[singular(x.lws[j])] {
			return false
		}
	}
	return true
}

// assailants are people whose attacks are deeds, whatever they carry.
var assailants = set("man woman men women suspect assailant bomber gunman gunmen mob crowd youth attacker")

// speakingBodies are the bodies whose attacks are words.
var speakingBodies = set("campaign party")

// deliberativeBodies decide by deliberating and voting, and what they
// decide, back or reject is their position ("the court declined to hear
// the case", "the panel voted to subpoena him"); unlike a ministry's or
// an army's, their decisions are never deeds of war.
var deliberativeBodies = set("court panel committee subcommittee commission tribunal jury center centre institute foundation union")

// targets are what armed attacks hit.
var targets = set("convoy base position post checkpoint village town city camp outpost patrol troop soldier " +
	"force vessel ship tanker plane aircraft drone airport port station border positions")

// works are made things that take positions as their makers do.
var works = set("ad advert advertisement commercial spot film documentary book editorial column op-ed piece " +
	"article story essay op ed speech campaign website site")

// settings open a phrase after a cue that tells where, why or how it was
// said, never what.
var settings = set("from because as during via")

// bodyActs are stances that a body takes by acting, not by speaking; so
// are its intentions ("the army plans to").
var bodyActs = set("reject back vote decline refuse")

var armedBodies = set("army military force forces police militia guard navy brigade battalion unit troops")

// armed heads name people whose verbs of attack and support are deeds.
var armed = set("soldier fighter militant commander officer troop gunman attacker militia rebel insurgent " +
	"policeman guard sniper pilot force")

// thing reports whether a claim's source is neither a name nor a person
// nor a document ("the proposal calls for …", "both sides have agreed").
func (x *extractor) thing(f found) bool {
	if f.srcLo < 0 {
		return false
	}
	h := x.headTok(f.srcLo, f.srcHi)
	w := x.lws[h]
	return !x.toks[h].cap && !pronouns[w] && !x.lx.Anonymous(w) && !x.lx.PersonDesc(singular(w)) && !x.lx.Document(w) && !orgWords[w] &&
		f.c.SourceEntity == nil && !(w == "percent" && x.toks[f.srcLo].num) // "while 73 percent said": a share of those asked
}

// dropNested removes claims reported inside another claim's content when
// they add no new voice: a belief of the same speaker ("said it did not
// expect …") or a pronoun's clause ("talks that he said were …").
func (x *extractor) dropNested() {
	ix := newSpanIndex(x.out, -1)
	drop := make([]bool, len(x.out))
	for i, f := range x.out {
		pronoun := f.srcLo >= 0 && f.srcHi-f.srcLo == 1 && pronouns[x.lws[f.srcLo]] && !x.onlyHeldAhead(i)
		// (a hedge with no source inside another's content, "according to
		// a report, Moscow is said to have sent …", is that source's hedge)
		nested := f.c.CueSpan != nil && !f.coord && (f.belief || x.modalBefore(f.cueTok) || pronoun || f.srcLo < 0 || x.thing(f)) &&
			ix.holds(f.c.CueSpan.Start, f.c.CueSpan.End, i)
		// secondVoice may shorten an earlier claim, so keep is built after
		drop[i] = nested && !x.secondVoice(i)
	}
	keep := make([]found, 0, len(x.out))
	for i, f := range x.out {
		if !drop[i] {
			keep = append(keep, f)
		}
	}
	x.out = keep
}

// onlyHeldAhead reports whether every claim whose content holds claim i's
// cue puts its own source and cue after that content ("He called on the
// world to act, according to the state news agency", "In a call, he
// stressed …, his ministry said"): the pronoun's speaker is a voice the
// outer one reports, not part of a clause the outer speaker said.
func (x *extractor) onlyHeldAhead(i int) bool {
	f := x.out[i]
	held := false
	for k, o := range x.out {
		if k == i || o.sent != f.sent || o.c.Start > f.c.CueSpan.Start || f.c.CueSpan.End > o.c.End {
			continue
		}
		if o.c.CueSpan == nil || o.c.CueSpan.Start < o.c.End {
			return false
		}
		held = true
	}
	return held
}

// trimInner ends a claim reported inside another's content where that
// content ends when the other's source and cue follow it: in "Hamas vowed
// to fight “to the end”, a spokesman said" the vow is not the spokesman's
// saying it.
func (x *extractor) trimInner() {
	for i := range x.out {
		f := &x.out[i]
		if f.c.CueSpan == nil {
			continue
		}
		for k := max(0, i-16); k < len(x.out) && k <= i+16; k++ {
			o := x.out[k]
			if k == i || o.sent != f.sent || o.c.CueSpan == nil || o.c.CueSpan.Start < o.c.End {
				continue // only an outer cue that follows its content
			}
			if o.c.Start <= f.c.CueSpan.Start && f.c.CueSpan.End <= o.c.End && f.c.Start < o.c.End && o.c.End < f.c.End {
				f.c.End, f.c.Content = o.c.End, x.text[f.c.Start:o.c.End]
				f.c.Direct = x.quoted(article.Span{Start: f.c.Start, End: o.c.End})
			}
		}
	}
}

// modalBefore reports whether a modal stands right before cue token k
// ("Tehran would respond “in kind”"): inside another's words, what one
// would say is not yet said.
func (x *extractor) modalBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if modals[x.lws[j]] {
			return true
		}
		if !auxAdverbs[x.lws[j]] {
			return false
		}
	}
	return false
}

// secondVoice reports whether claim i is the speaker's own second
// attribution joined to an earlier one ("X said A, but he refuses to B",
// "the ministry said A, and it blamed B"): a pronoun that agrees with the
// earlier source opens a clause after ", and" or ", but", so the earlier
// content ends before the join and both claims stand.
func (x *extractor) secondVoice(i int) bool {
	f := x.out[i]
	if f.srcLo < 2 || f.srcHi-f.srcLo != 1 || f.c.CueSpan == nil {
		return false
	}
	j := f.srcLo - 1 // the join
	if w := x.lws[j]; (w != "and" && w != "but") || !x.isPunct(j-1, ",") || x.toks[j-1].q >= 0 || x.toks[j-1].sent != f.sent {
		return false
	}
	comma := j - 1
	// the claims whose content holds this one: in the same sentence, a few
	// back; one of them must be the speaker the pronoun stands for
	var holders [8]int
	n, speaker := 0, false
	for k := i - 1; k >= 0 && i-k <= len(holders); k-- {
		o := x.out[k]
		if o.sent != f.sent {
			break
		}
		if o.srcLo < 0 || o.srcHi > comma || o.c.Start >= x.toks[comma].s || o.c.End < f.c.CueSpan.End || x.toks[comma-1].e <= o.c.Start {
			continue
		}
		holders[n] = k
		n++
		speaker = speaker || agrees(x.lws[f.srcLo], o)
	}
	if !speaker {
		return false
	}
	end := x.toks[comma-1].e
	for _, k := range holders[:n] {
		o := &x.out[k]
		o.c.End, o.c.Content = end, x.text[o.c.Start:end]
		o.c.Direct = x.quoted(article.Span{Start: o.c.Start, End: end})
	}
	return true
}

// agrees reports whether a subject pronoun can stand for the source of o.
func agrees(pron string, o found) bool {
	switch pron {
	case "he", "she":
		return o.person && !o.plural
	case "they":
		return o.plural
	case "it":
		return !o.person && !o.plural && o.srcHi-o.srcLo > 0
	}
	return false
}

// namesFirst reports whether content opens with a name in quotation marks.
func (x *extractor) namesFirst(c article.Span) bool {
	first := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].start >= c.Start })
	for _, q := range x.quotes[first:] {
		if q.start == c.Start {
			return x.nameQuote(q)
		}
		if q.start > c.Start {
			break
		}
	}
	return false
}
