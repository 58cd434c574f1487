package claim

import "github.com/parley-news/parley/internal/article"

// grantVerbs open the clause that grants anonymity ("spoke on condition of
// anonymity", "declined to be named", "requested anonymity").
var grantVerbs = set("spoke speaking speak talked talking declined declining asked asking requested requesting " +
	"insisted insisting agreed agreeing who granted gave giving")

// nameWithheld reports whether token k ends a phrase that keeps a source's
// full name back: "her name be withheld", "gave only his first name", "gave
// his name only as Innocent".
func (x *extractor) nameWithheld(k, lo, hi int) bool {
	switch w := x.lws[k]; {
	case w == "withheld" && k-3 >= lo && x.lws[k-1] == "be" && x.lws[k-2] == "name":
		return true
	case w == "name" && k-3 >= lo && x.lws[k-1] == "first" && possessives[x.lws[k-2]] && x.lws[k-3] == "only":
		return true
	case w == "name" && k+2 < hi && k-1 >= lo && possessives[x.lws[k-1]] && x.lws[k+1] == "only" && x.lws[k+2] == "as":
		return true
	}
	return false
}

// notAuthorized reports whether token k is "authorized" in "not authorized
// to speak" (or "brief", "comment"): the reason a source is not named,
// which grants anonymity as "on condition of anonymity" does.
func (x *extractor) notAuthorized(k, lo, hi int) bool {
	w := x.lws[k]
	return (w == "authorized" || w == "authorised") && k-1 >= lo && (x.lws[k-1] == "not" || x.lws[k-1] == "n't") &&
		k+2 < hi && x.lws[k+1] == "to" && (x.lws[k+2] == "speak" || x.lws[k+2] == "brief" || x.lws[k+2] == "comment" || x.lws[k+2] == "talk" || x.lws[k+2] == "discuss")
}

// grantAt reports whether token k anchors a grant of anonymity
// ("anonymity", "not to be named", "her name be withheld", "not authorized
// to speak").
func (x *extractor) grantAt(k, lo, hi int) bool {
	w := x.lws[k]
	return w == "anonymity" || ((w == "named" || w == "identified") && k >= lo+2 &&
		(x.lws[k-1] == "be" || x.lws[k-1] == "being") && (x.lws[k-2] == "not" || x.lws[k-2] == "to")) ||
		x.nameWithheld(k, lo, hi) || x.notAuthorized(k, lo, hi)
}

// grantClauseLeft returns the token before a relative clause with no
// commas that ends at token p and grants anonymity ("A farmer who asked not
// to be identified told …"), or -1: the source is the phrase before it.
func (x *extractor) grantClauseLeft(p, lo int) int {
	grant := false
	for k := p; k > lo && p-k < 14; k-- {
		if !x.toks[k].word || x.toks[k].q >= 0 || leftStops[x.lws[k]] && x.lws[k] != "who" {
			return -1 // ("claimed that the bandits …": the clause is not before the cue)
		}
		grant = grant || x.grantAt(k, lo, p+1)
		if x.lws[k] == "who" {
			if grant {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// grants finds anonymity grants and links each to the claims of the source
// it describes. A grant is not a claim itself: it says why a source is not
// named, so it is kept on the claim (Anonymity) rather than beside it. The
// grant belongs to the claims of its own sentence; a grant standing alone
// ("The sources spoke on condition of anonymity ...") belongs to every
// anonymous claim whose source has the same head noun, or, for a pronoun,
// to the last anonymous claim before it.
func (x *extractor) grants() {
	for si, s := range x.sents {
		at := -1
		for k := s.lo; k < s.hi; k++ {
			if x.toks[k].q >= 0 {
				continue
			}
			if x.grantAt(k, s.lo, s.hi) {
				at = k
				break
			}
		}
		if at < 0 {
			continue
		}
		start := -1
		for k := at - 1; k >= s.lo && at-k <= 8; k-- {
			if grantVerbs[x.lws[k]] {
				start = k
			}
		}
		end := s.hi
		if start < 0 && at-3 >= s.lo && x.lws[at-1] == "of" && x.lws[at-2] == "condition" && x.lws[at-3] == "on" {
			// "told Reuters on condition of anonymity that …": the grant is
			// the phrase (and its reason), the content follows it
			start, end = at-3, at+1
			if end < s.hi && x.lws[end] == "because" {
				for end < s.hi && !x.isPunct(end, ",", ";", ".") && x.lws[end] != "that" {
					end++
				}
			}
		}
		if start < 0 {
			continue
		}
		if end == s.hi && start > s.lo && x.isPunct(start-1, ",") || end == s.hi && start > s.lo+1 && x.lws[start] == "who" && x.isPunct(start-1, ",") {
			// ", who asked not to be named, said …": an aside closed by its
			// comma; what follows is the claim, not the grant
			for k := at + 1; k < s.hi; k++ {
				if x.isPunct(k, ",") && x.toks[k].q < 0 {
					end = k
					break
				}
			}
		}
		for i := range x.out {
			// "A official who was not authorised to speak publicly said …":
			// a grant with no commas ends before the cue it stands before
			if c := x.out[i].c.CueSpan; x.out[i].sent == si && c != nil && c.Start > x.toks[at].s {
				if k := x.tokAt(c.Start); k > at && k < end {
					end = k
				}
			}
		}
		for end > start && x.isPunct(end-1, ".", ",", ";") {
			end--
		}
		sp := x.span(start, end)
		// a name kept back in part ("gave only his first name") leaves the
		// source named, by the part given, yet not fully identified: the
		// grant is kept on its claims all the same
		partial := x.nameWithheld(at, s.lo, s.hi)
		linked := false
		for i := range x.out {
			if x.out[i].sent == si && (!x.out[i].c.Named || partial) {
				x.out[i].c.Anonymity = &sp
				linked = true
			}
		}
		if partial && !linked {
			x.partialName(si, sp)
		}
		if linked || start == s.lo {
			continue
		}
		p := start - 1
		if p > s.lo && x.isPunct(p, ",") {
			p-- // "A UN official, who asked not to be named, …"
		}
		lo, ok := x.npLeft(p, s.lo)
		if !ok {
			continue
		}
		if pronouns[x.lws[lo]] {
			for i := len(x.out) - 1; i >= 0; i-- {
				if x.out[i].c.Start < sp.Start && !x.out[i].c.Named {
					x.out[i].c.Anonymity = &sp
					break
				}
			}
			continue
		}
		hw := x.headWord(lo, start)
		head, plural := singular(hw), singular(hw) != hw
		for i := range x.out {
			// a later grant is nearer to the claims after it than an
			// earlier one ("A UN official, who … ¶ Another official, who …")
			if a := x.out[i].c.Anonymity; !x.out[i].c.Named && x.out[i].head == head && x.out[i].plural == plural && (a == nil || x.out[i].c.Start > sp.Start && a.Start < sp.Start) {
				x.out[i].c.Anonymity = cloneSpan(sp)
			}
		}
	}
	// "A senior official, who spoke on condition of anonymity, said A.
	// “B,” he said.": the grant covers what the pronoun says too
	for i := range x.out {
		f := &x.out[i]
		if f.ante > 0 && int(f.ante) <= len(x.out) && f.c.Anonymity == nil && !f.c.Named {
			if a := x.out[f.ante-1].c.Anonymity; a != nil {
				f.c.Anonymity = cloneSpan(*a)
			}
		}
	}
}

// partialName keeps a grant that holds back part of a name on the claims
// of the name opening its sentence ("Jean-Robert, a teacher who …, gave
// only his first name. … “We are afraid,” Jean-Robert said.").
func (x *extractor) partialName(si int, sp article.Span) {
	s := x.sents[si]
	lo := x.afterDateline(s.lo, s.hi)
	hi := lo
	for hi < s.hi && hi-lo < 4 && x.toks[hi].cap && x.toks[hi].word && x.toks[hi].q < 0 && !determiners[x.lws[hi]] && !pronouns[x.lws[hi]] {
		hi++
	}
	if hi == lo || hi >= s.hi || !x.isPunct(hi, ",") && !grantVerbs[x.lws[hi]] {
		return
	}
	name := x.text[x.toks[lo].s:x.toks[hi-1].e]
	for i := range x.out {
		if c := &x.out[i].c; c.Anonymity == nil && c.Source != nil && *c.Source == name {
			c.Anonymity = cloneSpan(sp)
		}
	}
}

func cloneSpan(s article.Span) *article.Span { return &s }
