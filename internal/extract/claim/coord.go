package claim

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
)

// A cue verb joined by "and" or "but" to an earlier verb shares that verb's
// subject: "the minister said the plan would fail and urged lawmakers to
// reject it" is two attributions, one per cue, as PARC and PolNeAR mark
// them. The earlier verb is the nearest one of the same form: the sentence's
// own cue ("said … and urged"), or a clause inside what was said, whose
// subject then speaks ("said she attacked the police and blamed …": she
// blamed). In the first case the first content ends at the join.

// vform is the form of a finite verb, as far as coordination needs it.
type vform int

const (
	formOther vform = iota // a base form after a modal or "to", an -ing form
	formPast               // "said", "warned", "had warned"
	formPres               // "says", "is saying"
	formPerf               // "has said", "have warned": takes a bare participle
	formPlain              // "say", "warn" after a plural subject
)

// modals leave the verb after them in its base form.
var modals = set("would will could can may might should shall must to do does did")

// irregularPast are past forms that do not end in -ed.
var irregularPast = set("said told thought knew felt saw heard found wrote spoke made gave took put kept held left " +
	"meant sent brought came went began ran understood sought taught fought stood read won lost met led paid spent " +
	"sold built bought caught chose drew drove flew forgot grew hid hung lent rode sang sat shook shot slept stole " +
	"struck swore swept threw tore woke wore")

// pastWord reports whether w is a past form.
func pastWord(w string) bool {
	return irregularPast[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")
}

// adverbOnly are the words of auxAdverbs that are adverbs, not auxiliaries.
func adverbOnly(w string) bool {
	return auxAdverbs[w] && !verbStops[w] && !modals[w] && w != "not" && w != "n't"
}

// verbForm tells the form of the verb at token k from its auxiliary, if
// any, or its own ending.
func (x *extractor) verbForm(k, lo int) vform {
	j := k - 1
	for j >= lo && j > k-4 && (adverbOnly(x.lws[j]) || x.lws[j] == "not" || x.lws[j] == "n't") {
		j--
	}
	if j >= lo {
		switch w := x.lws[j]; {
		case w == "has" || w == "have" || w == "had":
			if pastWord(x.lws[k]) {
				if w == "had" {
					return formPast
				}
				return formPerf
			}
		case w == "is" || w == "are":
			return formPres
		case w == "was" || w == "were":
			return formPast
		case modals[w] || negContraction(w):
			return formOther
		}
	}
	w := x.lws[k]
	switch {
	case pastWord(w):
		return formPast
	case strings.HasSuffix(w, "ing"):
		return formOther
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return formPres
	}
	return formPlain
}

// agree reports whether a verb of form b can be joined to one of form a.
func agree(a, b vform) bool {
	return a != formOther && (a == b || a == formPerf && b == formPast)
}

// coordinated builds the claim of cue i (tokens [i, cueHi), content from
// after) joined by the word at token join ("and", "but") to an earlier verb.
func (x *extractor) coordinated(si, i, cueHi, after, join int, lemma string, strict bool) {
	s := x.sents[si]
	for k := join + 1; k < i; k++ {
		if w := x.lws[k]; (w == "not" || w == "n't" || w == "never" || negContraction(w)) && (!x.stance && !x.belief || withheld[lemma]) && !x.whAfter(cueHi, s.hi) {
			return // "…, but did not mention the refinery": nothing is claimed
		}
	}
	cont, outlet, ok := x.contentAfter(si, after, lemma, strict)
	if !ok {
		return
	}
	form := x.verbForm(i, join+1)
	jb := x.toks[join].s
	// the claims of the sentence whose content holds the join or ends just
	// before it; the outermost of them whose cue agrees is the verb joined
	// to, else the outermost
	outer, agreeing := -1, -1
	for k := len(x.out) - 1; k >= 0 && k >= len(x.out)-16; k-- {
		o := x.out[k]
		if o.sent != si {
			break
		}
		if o.cueTok < 0 || o.cueTok >= i || o.srcLo < 0 || o.noun || x.relative(o) || o.c.Start > jb {
			continue
		}
		if last := max(o.cueTok, o.srcHi-1, x.tokBefore(o.c.End), x.tokBefore(o.c.CueSpan.End)); /* the cue's setting: "said in a video address, and vowed" */ o.c.End <= jb && (last >= join || join-last > 2) {
			continue
		}
		outer = k
		if agree(x.verbForm(o.cueTok, s.lo), form) {
			agreeing = k
		}
	}
	if agreeing >= 0 {
		outer = agreeing
	}
	if outer >= 0 {
		o := x.out[outer]
		if o.c.Start > x.toks[o.cueTok].s {
			if lo, hi, ok := x.innerSubject(x.tokAt(o.c.Start), join, form); ok {
				// "said she attacked the police and blamed …": she blamed,
				// and the first content holds both clauses
				if x.emitCoord(si, i, after, lo, hi, cont, outlet) && o.c.End < cont.End {
					f := &x.out[outer]
					f.c.End, f.c.Content = cont.End, x.text[f.c.Start:cont.End]
					f.c.Direct = x.quoted(article.Span{Start: f.c.Start, End: cont.End})
				}
				return
			}
		}
		if lemma == "say" && x.lws[o.cueTok] == x.lws[i] && cueHi == i+1 && o.c.CueSpan.End == x.toks[o.cueTok].e {
			// "said A but said B" is one statement told in two parts, one
			// claim as "said A and that B" is ("called on A and called on
			// B" are two appeals)
			if f := &x.out[outer]; f.c.End < cont.End {
				f.c.End, f.c.Content = cont.End, x.text[f.c.Start:cont.End]
				f.c.Direct = x.quoted(article.Span{Start: f.c.Start, End: cont.End})
			}
			return
		}
		if x.emitCoord(si, i, after, o.srcLo, o.srcHi, cont, outlet) && o.c.End > jb {
			x.endAtJoin(si, outer, join)
		}
		return
	}
	// "demonstrators, who have taken to the streets and called for …": the
	// relative pronoun of the clause the join is in
	if r := x.relativeBefore(si, join); r >= 0 {
		e := r - 1
		comma := x.isPunct(e, ",")
		if comma {
			e--
		}
		if e > s.lo && (x.lws[e] == "here" || x.lws[e] == "there") {
			e-- // "demonstrators here, who …"
		}
		if e >= s.lo && x.toks[e].word {
			lo := x.antecedent(e, s.lo)
			if comma {
				if l, ok := x.nameLeft(e, s.lo); ok {
					lo = l
				}
			}
			n := len(x.out)
			if x.emitCoord(si, i, after, lo, e+1, cont, outlet) {
				sp := x.span(r, r+1)
				x.out[n].c.SourceSpan = &sp // the pronoun, standing for the phrase
			}
			return
		}
	}
	// "The senator visited the port but has said …": the sentence's subject
	if lo, hi, ok := x.subject(si); ok && hi <= join {
		x.emitCoord(si, i, after, lo, hi, cont, outlet)
	}
}

// relativeBefore finds the relative pronoun ("who", "which") whose clause
// runs up to the join at token join, or -1: no clause boundary or quote
// stands between them.
func (x *extractor) relativeBefore(si, join int) int {
	s := x.sents[si]
	for k := join - 1; k > s.lo && join-k <= 20; k-- {
		if x.toks[k].q >= 0 || x.isPunct(k, ";", ":", "(", ")") || x.lws[k] == "that" {
			return -1
		}
		if w := x.lws[k]; w == "who" || w == "which" {
			return k
		}
		if x.isPunct(k, ",") && k+1 < join && (pastWord(x.lws[k+1]) || auxAdverbs[x.lws[k+1]] && !adverbOnly(x.lws[k+1])) {
			// "The United States, which imposed sanctions in August,
			// welcomed the talks and urged …": a verb after the comma is
			// the main clause's again, and the join is in it
			return -1
		}
	}
	return -1
}

// emitCoord emits a coordinated claim, which is never dropped as nested:
// its own cue stands for it. It reports whether the claim was kept.
func (x *extractor) emitCoord(si, i, after, lo, hi int, cont article.Span, outlet string) bool {
	n := len(x.out)
	x.emit(si, i, after, lo, hi, cont, outlet)
	if len(x.out) > n {
		x.out[n].coord = true
		return true
	}
	return false
}

// innerSubject finds, between tokens from and join, the last clause whose
// subject is a pronoun or a name and whose verb agrees with form: the verb
// the cue after the join is joined to. It returns the subject's tokens.
func (x *extractor) innerSubject(from, join int, form vform) (int, int, bool) {
	if from < 0 || form == formOther {
		return 0, 0, false
	}
	for k := join - 1; k > from && join-k <= 40; k-- {
		if !x.toks[k].word || x.toks[k].q >= 0 || x.toks[k].cap {
			continue
		}
		if _, cue := x.lx.Verb(x.lws[k]); !cue && !pastWord(x.lws[k]) {
			continue
		}
		j := k - 1
		for j >= from && adverbOnly(x.lws[j]) {
			j--
		}
		if j < from || x.verbForm(k, from) != form && !(form == formPast && x.verbForm(k, from) == formPerf) {
			continue
		}
		if w := x.lws[j]; w == "has" || w == "have" || w == "had" || w == "was" || w == "were" || w == "is" || w == "are" {
			for j--; j >= from && adverbOnly(x.lws[j]); j-- {
			}
		}
		if j < from {
			continue
		}
		if w := x.lws[j]; w == "he" || w == "she" || w == "they" || w == "we" || w == "i" {
			return j, j + 1, true
		}
		if x.toks[j].cap && x.toks[j].word && x.nameWord(j) {
			lo := j
			for lo-1 > from && x.toks[lo-1].cap && x.toks[lo-1].word {
				lo--
			}
			return lo, j + 1, true
		}
	}
	return 0, 0, false
}

// endAtJoin ends the content of claim o, and of the claims of its sentence
// that its content holds, before the join: the second cue is said apart.
func (x *extractor) endAtJoin(si, o, join int) {
	end := join
	for end-1 > 0 && x.isPunct(end-1, ",", ";") {
		end--
	}
	if end <= 0 {
		return
	}
	eb := x.toks[end-1].e
	start := x.out[o].c.Start
	for k := len(x.out) - 1; k >= 0; k-- {
		f := &x.out[k]
		if f.sent != si {
			break
		}
		if f.c.Start < start || f.c.Start >= eb || f.c.End <= x.toks[join].s {
			continue
		}
		f.c.End, f.c.Content = eb, x.text[f.c.Start:eb]
		f.c.Direct = x.quoted(article.Span{Start: f.c.Start, End: eb})
	}
}

// tokBefore is the last token that starts before byte off.
func (x *extractor) tokBefore(off int) int {
	if k := x.tokAfter(off); k >= 0 {
		return k - 1
	}
	return len(x.toks) - 1
}
