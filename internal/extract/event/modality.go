package event

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
)

// modality decides whether the text states the event happened, reports it
// from a source, plans it, proposes it, imagines it or denies it. The cues
// are read in the verb group: the words between the subject (or the
// clause's start) and the trigger.
func (s *Sent) modality(tr trigger, a *article.Article, subj *Chunk) (string, *int) {
	head := tr.at
	if tr.light >= 0 {
		head = tr.light
	}
	from := s.clauseStart(head)
	if subj != nil && subj.To <= head && subj.To > from {
		from = subj.To
	}
	if s.infinitive(head) {
		// "compelled Hamas to release": the governing verb's modals count
		from = s.clauseStart(head)
	}
	if k := s.pronounBefore(head); k > from {
		// "must withdraw from cities it seized": a subject pronoun opens
		// the clause, even with no "that" or "which" before it
		from = k
	}
	if tr.t.POS != lexicon.EventNoun && head > 0 && head+1 < len(s.Words) && s.Words[head+1].W == "by" && pactWords[s.Words[head-1].W] && s.reducedParticiple(head) {
		// "will enter under a truce agreed by the army on Tuesday": the
		// participle tells a deal made; the main clause's modals are not its
		from = head
	}
	if s.apposedNoun(head) {
		// "did not agree to lift the siege, a key demand of X": the
		// clause's negation and modals are not the noun's
		from = head
	}
	if from > 1 && relatives[s.Words[from-1].W] && s.Words[from-2].Raw == "," {
		// "An official, who asked not to be named, said trucks had
		// entered": the main clause goes on past the aside
		for k := from; k < head; k++ {
			if s.Words[k].Raw == "," {
				from = k + 1
				break
			}
		}
	}
	limit := 14
	if tr.t.POS == lexicon.EventNoun {
		limit = 24
	}
	if head-from > limit {
		from = head - limit
	}
	ws := s.Words[from:head]
	low := make([]string, 0, len(ws)+4)
	bare := tr.t.POS == lexicon.EventNoun && tr.light < 0
	aside := false
	for k, w := range ws {
		// ", who asked not to be identified, said ...": an aside about
		// the source is no part of the verb group
		if w.Raw == "," && k+1 < len(ws) && relatives[ws[k+1].W] {
			aside = true
			continue
		}
		if aside {
			if w.Raw == "," {
				aside = false
			}
			continue
		}
		switch {
		case w.Cap && w.W == "may":
			continue // the month
		case bare && negWord(w.W):
			// "Neither side has accepted the proposal": the denial is of
			// the accepting, not of the proposal
			continue
		}
		low = append(low, w.W)
	}
	if bare {
		// "The talks will focus": the verb group follows a subject noun
		for k := tr.at + tr.n; k < len(s.Words) && k < tr.at+tr.n+8; k++ {
			w := s.Words[k]
			if w.Punct {
				break
			}
			if auxes[w.W] || w.W == "not" || strings.HasSuffix(w.W, "n't") {
				low = append(low, w.W)
			}
		}
	}
	joined := " " + strings.Join(low, " ") + " "
	clause := s.clauseWords(head)
	// negation in the verb group, or a noun event denied ("no talks")
	neg := false
	for i, w := range low {
		switch {
		case w == "not" || w == "never" || w == "neither" || w == "nor" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") || w == "cannot":
			neg = true
		case w == "no" && i+1 < len(low) && low[i+1] == "longer":
			neg = true
		case (w == "failed" || w == "refused" || w == "declined") && tr.t.Type != "REJECT":
			neg = true
		case denials[w] && tr.t.Type != "REJECT" && !hasAny(low[i+1:], "and", "but", "or"):
			// "denied carrying out the attack": the act is denied ("denied
			// it and blamed a faction" still blames)
			neg = true
		case w == "yet" && i+1 < len(low) && low[i+1] == "to":
			neg = true
		}
	}
	if tr.at > 0 && (s.Words[tr.at-1].W == "no" || s.Words[tr.at-1].W == "without") {
		neg = true
	}
	if k := s.clauseStart(head); k > 1 && s.Words[k-1].W == "that" && denials[s.Words[k-2].W] && !s.joinedBetween(k, head) {
		// "denied that the rebels had launched an offensive" (not "...
		// and accused the coalition of", the speaker's own next verb)
		neg = true
	}
	if neg {
		return article.Negated, nil
	}
	switch {
	case clause["if"] || clause["unless"] || clause["whether"] || s.provisoBefore(head) || s.awaited(head):
		return article.Hypothetical, nil
	case strings.Contains(joined, " would have ") || strings.Contains(joined, " could have "):
		return article.Hypothetical, nil
	case hasAny(low, "could", "might", "may") || strings.Contains(joined, " help "):
		return article.Hypothetical, nil
	case strings.Contains(joined, " likely to ") || strings.Contains(joined, " unlikely to "):
		// "the treaty is unlikely to be signed this year": a forecast,
		// which nobody plans
		return article.Hypothetical, nil
	}
	if s.proposal(head) || hasAny(low, "would") && s.proposalNear {
		return article.Proposed, nil
	}
	if hasAny(low, "would") {
		if s.reportCueBefore(head) {
			// "announced it would deny entry": the future of a past saying
			return article.Planned, nil
		}
		return article.Hypothetical, nil
	}
	if s.pastInfinitive(head) {
		// "is believed to have killed", "is said to have freed": a belief
		// or a report about what was done, not a plan
		return article.Reported, nil
	}
	if bare && s.scheduled(tr.at) {
		// "extend the deadline for an Israeli withdrawal": due, not done
		return article.Planned, nil
	}
	for _, cue := range plannedCues {
		if strings.Contains(joined, cue) {
			return article.Planned, nil
		}
	}
	if s.infinitive(head) && !strings.Contains(joined, " attempted to ") && !strings.Contains(joined, " tried to ") &&
		!strings.Contains(joined, " able to ") && !strings.Contains(joined, " managed to ") {
		// "aid was able to reach Gaza" happened
		// "committing to protect civilians and allow aid": not yet done
		if s.obligation(head) {
			return article.Proposed, nil
		}
		return article.Planned, nil
	}
	// a clause the sentence takes as known ("Dalati, who was appointed
	// governor", "since HTS toppled Assad") is no part of what is reported
	if s.presupposed(head) {
		return article.Asserted, nil
	}
	// inside the content of a claim
	at := s.Words[tr.at].Start
	for k := range a.Claims {
		c := &a.Claims[k]
		if c.Start <= at && at < c.End {
			k := k
			return article.Reported, &k
		}
	}
	if s.reportedFallback(tr.at) {
		return article.Reported, nil
	}
	return article.Asserted, nil
}

// pronounBefore finds a subject pronoun right before the verb group of
// word i ("it seized", "they had taken", "he has never visited"); -1 when
// none.
func (s *Sent) pronounBefore(i int) int {
	k := i - 1
	for k >= 0 && (auxes[s.Words[k].W] || adverbs[s.Words[k].W]) {
		k--
	}
	if k >= 0 && k < i-1 && !auxes[s.Words[k+1].W] && !adverbs[s.Words[k+1].W] {
		return -1
	}
	if k >= 0 && subjectPronouns[s.Words[k].W] {
		return k
	}
	return -1
}

var subjectPronouns = set("he", "she", "it", "they", "we")

// awaited reports a clause opened by "until" or "once" after a main
// clause that is still to come or refused ("would not withdraw until the
// group surrendered"): a step the main act waits for, not one taken.
func (s *Sent) awaited(i int) bool {
	k := s.clauseStart(i)
	if k < 2 || s.Words[k-1].W != "until" && s.Words[k-1].W != "once" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-12; j-- {
		w := s.Words[j].W
		if w == "will" || w == "would" || w == "shall" || w == "must" || negWord(w) || strings.HasSuffix(w, "'ll") {
			return true
		}
		if s.Words[j].Punct && s.Words[j].Raw != "," {
			return false
		}
	}
	return false
}

// provisoBefore reports a condition opening the clause of word i:
// "provided that Israel halts its strikes", "on condition that", "as long
// as".
func (s *Sent) provisoBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-8; k-- {
		w, p := s.Words[k].W, s.Words[k-1].W
		if w == "that" && (p == "provided" || p == "providing" || p == "condition") || w == "as" && p == "long" && k >= 2 && s.Words[k-2].W == "as" {
			return true
		}
		if s.Words[k].Punct {
			return false
		}
	}
	return false
}

// plannedCues mark an act still to come.
var plannedCues = []string{" will ", " 'll ", " shall ", " due to ", " scheduled to ", " expected to ", " set to ",
	" plans to ", " plan to ", " planned to ", " planning to ", " intends to ", " intend to ", " is to ", " are to ",
	" aims to ", " preparing to ", " prepare to ", " going to ", " agreed to ", " pledged to ", " promised to ",
	" vowed to ", " poised to ", " hopes to ", " wants to ", " is planning ", " are planning ", " willing to ",
	" prepared to ", " ready to ", " decided to ", " intend to ", " plan to ", " sworn to ", " swore to ", " must ",
	" should ", " has to ", " have to "}

// proposal reports "the proposal calls for Hamas to release", "under the
// plan, Israel would withdraw": a provision of a plan not yet in force.
func (s *Sent) proposal(head int) bool {
	sawProp := false
	for k := 0; k < head; k++ {
		w := s.Words[k].W
		if proposalNouns[w] {
			sawProp = true
		}
		if !sawProp {
			continue
		}
		switch w {
		case "calls", "call", "envisages", "envisions", "proposes", "stipulates", "requires", "foresees", "outlines":
			return true
		case "provides", "provide":
			if k+1 < len(s.Words) && s.Words[k+1].W == "for" {
				return true
			}
		}
	}
	return false
}

// maxClause bounds how far back clauseStart looks: no news clause runs
// longer, and an unpunctuated run of words (a scrape gone wrong) must not
// cost quadratic time.
const maxClause = 120

// clauseStart finds the first word of the clause holding word i.
func (s *Sent) clauseStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		if i-k > maxClause {
			return k + 1
		}
		w := s.Words[k]
		if boundaries[w.W] && k > 0 && auxes[s.Words[k-1].W] {
			continue // "has since killed": an adverb
		}
		if w.Raw == ";" || w.Raw == ":" || boundaries[w.W] || relatives[w.W] {
			return k + 1
		}
	}
	return 0
}

// clauseWords returns the opening words of the clause holding word i.
func (s *Sent) clauseWords(i int) map[string]bool {
	m := map[string]bool{}
	from := s.clauseStart(i)
	if from > 0 {
		m[s.Words[from-1].W] = true
	}
	if from < len(s.Words) {
		m[s.Words[from].W] = true
	}
	return m
}

// reportedFallback reads a reporting frame when the claim stage gave none:
// "X said" or "according to X" outside the trigger's own clause.
func (s *Sent) reportedFallback(i int) bool {
	for k, w := range s.Words {
		if k == i {
			continue
		}
		cue := reportCues[w.W] || w.W == "according" && k+1 < len(s.Words) && s.Words[k+1].W == "to"
		if !cue {
			continue
		}
		if k < i {
			// "X said (that) ... trigger": the cue governs what follows
			if k > 0 && (s.ChunkAt(k-1) != nil || s.Words[k-1].Raw == ",") || w.W == "according" {
				return true
			}
			continue
		}
		// "... trigger ..., X said." — the cue comes after a comma
		if k > 0 && (beForms[s.Words[k-1].W] || s.Words[k-1].W == "been") {
			continue // "but no agreement has been announced": no frame
		}
		for j := k - 1; j > i; j-- {
			if s.Words[j].Raw == "," {
				if j+1 < len(s.Words) && (s.Words[j+1].W == "but" || s.Words[j+1].W == "and" || s.Words[j+1].W == "while") {
					break // a clause of its own, joined on
				}
				return !s.relativeBetween(i, j)
			}
			if relatives[s.Words[j].W] {
				break
			}
		}
	}
	return false
}

// relativeBetween reports a relative clause opening before i and closing
// at the comma j ("Trump, who landed in Israel, told").
func (s *Sent) relativeBetween(i, j int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if relatives[s.Words[k].W] {
			return true
		}
		if s.Words[k].Raw == "," && k < i-1 {
			return false
		}
	}
	return false
}

// reportCueBefore reports a verb of saying earlier in the sentence.
func (s *Sent) reportCueBefore(i int) bool {
	for k := 0; k < i; k++ {
		if reportCues[s.Words[k].W] && s.Words[k].W != "according" {
			return true
		}
	}
	return false
}

func negWord(w string) bool {
	return w == "not" || w == "never" || w == "neither" || w == "nor" || strings.HasSuffix(w, "n't") || w == "cannot"
}

// presupposed reports a trigger in a non-restrictive relative clause or a
// temporal clause, which a reporting frame does not put in doubt.
func (s *Sent) presupposed(i int) bool {
	k := s.clauseStart(i)
	if k == 0 {
		return false
	}
	w := s.Words[k-1].W
	switch {
	case relatives[w]:
		if k <= 1 || s.Words[k-2].Raw != "," {
			return false
		}
		for j := k; j < i; j++ {
			if s.Words[j].Raw == "," {
				return false // the aside closed: "X, who ..., said Y"
			}
		}
		return true
	case w == "since" || w == "after" || w == "before" || w == "when" || w == "until":
		return true
	}
	return false
}

// infinitive reports "to release", "to protect civilians and allow".
func (s *Sent) infinitive(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := s.Words[k]
		if w.W == "to" {
			if k+2 < i && particles[s.Words[k+1].W] && s.ChunkAt(k+2) != nil {
				return false // "linked to al Qaeda began attacking": a preposition
			}
			return k+1 == i || s.infinitiveTo(k)
		}
		if w.Punct || s.ChunkAt(k) != nil && k == i-1 || boundaries[w.W] {
			// "deployed troops to northern Kosovo after clashes": a
			// clause of its own
			return false
		}
		if w.W != "and" && k < i-1 && !nounMods[w.W] && !determiners[w.W] && k != i-1 {
			// only "to X ... and Y" spans words
			continue
		}
	}
	return false
}

// obligation reports a plan binding someone: "obliges both sides to",
// "requires Israel to".
func (s *Sent) obligation(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		switch s.Words[k].W {
		case "obliges", "obligates", "requires", "commits", "binds", "compels", "calls", "compelled":
			return true
		}
	}
	return false
}

func hasAny(ws []string, xs ...string) bool {
	for _, w := range ws {
		for _, x := range xs {
			if w == x {
				return true
			}
		}
	}
	return false
}

// joinedBetween reports "and", "but" or "or" between words from and to.
func (s *Sent) joinedBetween(from, to int) bool {
	for k := max(from, 0); k < to && k < len(s.Words); k++ {
		switch s.Words[k].W {
		case "and", "but", "or":
			return true
		}
	}
	return false
}

// pastInfinitive reports "to have" right before the verb at i ("believed
// to have killed").
func (s *Sent) pastInfinitive(i int) bool {
	return i >= 2 && s.Words[i-1].W == "have" && s.Words[i-2].W == "to"
}

// scheduled reports an act noun set for later by what it hangs on: "the
// deadline for an Israeli withdrawal", "a timetable for the pullout".
func (s *Sent) scheduled(i int) bool {
	k := i - 1
	for k >= 0 && (determiners[s.Words[k].W] || s.ChunkAt(k) != nil || nounMods[s.Words[k].W]) {
		k--
	}
	if k < 1 || s.Words[k].W != "for" {
		return false
	}
	return scheduleNouns[s.Words[k-1].W]
}

var scheduleNouns = set("deadline", "deadlines", "timetable", "timeline", "date", "schedule", "calendar")
