package claim

import (
	"strings"

	"github.com/parley-news/parley/internal/lexicon"
)

// A finite passive of a cue verb with its agent after "by" is an
// attribution whose source is the agent and whose content is the subject:
// "the plan has been endorsed by dozens of papers", "the issue was first
// reported by The Washington Post". A passive without an agent ("was
// told") names no one, and a reduced relative ("the plan announced by the
// king") stays a noun phrase.

// passiveBy builds the claim of cue i (tokens [i, cueHi)) in a finite
// passive whose "by" is token by. It reports whether the cue stands in
// such a passive, claim or not.
func (x *extractor) passiveBy(si, i, cueHi, by int, kind lexicon.CueKind, lemma string) bool {
	s := x.sents[si]
	// the passive's auxiliaries: "was", "has been", "is being", "will be"
	p := i - 1
	for p >= s.lo && (adverbOnly(x.lws[p]) || x.mannerAdverb(p)) {
		p--
	}
	if p < s.lo || !beForms[x.lws[p]] {
		return false
	}
	neg := false
	for p >= s.lo && (beForms[x.lws[p]] || verbStops[x.lws[p]] || modals[x.lws[p]] || adverbOnly(x.lws[p]) || negWord(x.lws[p])) {
		neg = neg || negWord(x.lws[p])
		p--
	}
	if neg {
		return true // "the toll could not be confirmed by officials": a caveat, nothing claimed
	}
	// ", meanwhile," between the subject and its verb
	if p-2 >= s.lo && x.isPunct(p, ",") && x.isPunct(p-2, ",") && (adverbOnly(x.lws[p-1]) || sentenceAdverbs[x.lws[p-1]]) {
		p -= 3
	}
	if p < s.lo || !x.toks[p].word || x.toks[p].q >= 0 {
		return true
	}
	lo := p
	for lo-1 >= s.lo && p-lo < 12 {
		w := x.lws[lo-1]
		if !x.toks[lo-1].word || x.toks[lo-1].q >= 0 || verbStops[w] || leftStops[w] && w != "that" && w != "whose" {
			break
		}
		if w == "that" || w == "whose" {
			lo-- // "whose conclusions were seconded by": the relative stands for them
			break
		}
		lo--
	}
	if p-lo >= 12 {
		return true // a long run with no boundary: no clear subject
	}
	srcLo, srcHi, ok := x.agentAfter(by+1, s.hi)
	if !ok {
		return true
	}
	cont, ok := x.trimmed(si, lo, p+1)
	if !ok {
		return true
	}
	if kind == lexicon.CueStrict {
		return true // "the bodies were found by police"
	}
	if tellVerbs[lemma] && (srcHi < s.hi && (x.lws[srcHi] == "that" || x.isPunct(srcHi, ":") || x.opensQuote(srcHi) ||
		x.isPunct(srcHi, ",") && srcHi+1 < s.hi && x.opensQuote(srcHi+1)) || p == lo && pronouns[x.lws[p]]) {
		return true // "he was told by aides that …": the subject is the one told
	}
	x.emit(si, i, cueHi, srcLo, srcHi, cont, "")
	return true
}

var comparatives = set("far fewer more most less")

// agentAfter reads the noun phrase after "by" in a passive: it ends at
// punctuation, a clause word, a verb form or a preposition that opens a
// setting ("by the council in 2015").
func (x *extractor) agentAfter(k, hi int) (int, int, bool) {
	if k >= hi {
		return 0, 0, false // "… was endorsed by" ending the sentence
	}
	e := k
	for e < hi && e-k < 12 {
		t := x.toks[e]
		w := x.lws[e]
		if !t.word {
			if g := x.glueRight(e, hi); g > 0 {
				e = g
				continue
			}
			break
		}
		if t.q >= 0 || verbStops[w] || leftStops[w] || w == "who" || w == "which" || w == "that" {
			break
		}
		if e > k && (pronouns[w] || irregularPast[w]) {
			break // "a number of experts I spoke to"
		}
		if e > k && w != "of" && (prepositions[w] || timeWords[w] && !t.cap) {
			break
		}
		if e > k && !t.cap && !determiners[x.lws[e-1]] && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
			break // "dozens of papers ranging from …"
		}
		e++
	}
	// a counted or compared plural is a source as a determined one is
	// ("dozens of papers", "far fewer unions", "most Republicans")
	counted := quantityNouns[x.lws[k]] && k+1 < e && x.lws[k+1] == "of" ||
		(pluralQuantifiers[x.lws[k]] || partitives[x.lws[k]] || comparatives[x.lws[k]]) && pluralNoun(x.lws[e-1])
	if e == k || !x.looksLikeSource(k, e) && !counted {
		return 0, 0, false
	}
	return k, e, true
}

// negWord reports whether w negates its verb ("not", "never", "cannot").
func negWord(w string) bool {
	return w == "not" || w == "n't" || w == "never" || negContraction(w)
}
