package claim

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
)

// Closed word classes the attribution patterns turn on. They are grammar,
// not facts about the world, so they live here rather than in the lexicon.
var (
	determiners = set("the a an this that these those his her its their our my your such said another")
	beForms     = set("is was were are be been being am")
	// auxiliaries and adverbs that may stand between a source and its cue
	// ("has also said", "would not say", "later told").
	auxAdverbs = set("has have had would will could may might should shall must can did does do also not n't never " +
		"later previously repeatedly again reportedly publicly privately recently earlier then once already still " +
		"often long since first further separately explicitly initially subsequently just even only clearly " +
		"frequently consistently flatly angrily bluntly quickly immediately openly firmly strongly sharply " +
		"widely formally officially instead yet now last finally simply personally directly " +
		"often always usually sometimes occasionally rarely seldom privately")
	// words that end a source phrase on its left: the clause starts after them
	leftStops = set("that which who whom whose while but because as when after before if though although since " +
		"where whereas so yet than until unless whether what how why however meanwhile nor")
	// finite verbs and auxiliaries: a source phrase never holds one
	verbStops = set("is are was were has have had will would can could should may might must do does did be been being " +
		"am shall")
	pronouns       = set("he she they it we i you")
	timeWords      = set("on in at during late early earlier later afterwards afterward last this next today yesterday tonight monday tuesday wednesday thursday friday saturday sunday week weekend month year day morning afternoon evening night overnight hours days weeks months january february march april may june july august september october november december")
	tellVerbs      = set("tell inform assure brief ask urge warn remind advise promise notify")
	objectPronouns = set("him her them me us you it")
	// post-modifiers end the head of a source phrase ("people familiar with")
	postMods = set("with familiar briefed involved in from at on who which that knowledgeable close speaking according near inside within under to for by between among over against " +
		"present attending based representing working living")
	// quantifiers before "of" ("two of the sources"): the head follows "of"
	partitives = set("some many most several all both none few each either neither any")
	// a cue word after one of these is a noun ("ties between states")
	prepositions = set("to of between among in on at for with from by about into over under without against through " +
		"across toward towards upon amid despite per via")
	// events and happenings: never the source of a claim
	eventNouns = set("meeting meetings visit visits attack attacks war fighting violence clash clashes strike strikes " +
		"offensive move decision development incident crisis talks bombing shelling raid raids battle trip summit")
	// passive cues that hedge a claim without a source ("is believed to")
	hedges = set("believe think say report understand allege rumor rumour")
	// verbs of intention and decision, cues with their particle ("plans to")
	intents = set("plan plans planned planning decide decides decided deciding agree agrees agreed agreeing " +
		"offer offers offered offering seek seeks sought seeking aim aims aimed aiming")
	// verbs that hand their subject on to an infinitive ("appeared to
	// suggest", "tried to argue", "wants to know"), in their finite forms
	catenatives = set("appear appears appeared seem seems seemed try tries tried attempt attempts attempted " +
		"want wants wanted wish wishes wished refuse refuses refused decline declines declined continue continues continued " +
		"begin begins began start starts started fail fails failed need needs needed hope hopes hoped " +
		"choose chooses chose manage manages managed went goes used dared rushed moved sought seeks " +
		"has have had yet")
	// prepositions that hang a participle cue on the sentence's subject
	// ("responded by saying", "aside from saying")
	participlePreps = set("by from without while after before when despite")
	goForms         = set("go goes went going gone")
	// nouns of a call or an argument that a verb voices ("renewed his call
	// for", "made the case that")
	callNouns = set("call calls appeal appeals alarm case")
	callPreps = set("for to over about on")
	// prepositions that follow a noun of stance but never its verb
	// ("support among voters", "backing from donors")
	nounPreps = set("among of from")
	// passive verbs of perception that hand their subject to a participle
	// of saying ("can be heard shouting")
	perceived = set("heard seen filmed recorded shown")
	// verbs whose -ing complement is what is not, or no longer, done
	abstentions = set("refrain refrains refrained refraining stop stops stopped stopping quit quits cease ceases ceased")
	// words of degree between a verb and its particle ("expressed deep concern")
	intensifiers      = set("deep deeper grave serious strong growing great profound some little")
	pluralQuantifiers = set("many several few both all various numerous other two three four five six seven eight nine ten dozens hundreds thousands")
	refusals          = set("refuse refuses refused decline declines declined fail fails failed")
	// conjunctions that open a clause carrying on what was said
	subordinators = set("until after before because when while although though if unless since once")
	// words that join a second clause to the content ("…, though she noted")
	clauseJoins = set("and but though although while whereas as")
	// "a social media post", "a Telegram post": the cue word is a noun
	mediaWords = set("media blog facebook instagram twitter telegram online social website")
	// a content that opens with one of these is an adverbial of the cue
	// ("said in a statement after the handover"), not what was said
	adverbialStarts = set("after before during following amid at in on from with as when while by since until of about to upon " +
		"through via outside inside near")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func (x *extractor) isPunct(i int, s ...string) bool {
	if x.toks[i].word {
		return false
	}
	for _, p := range s {
		if x.lws[i] == p {
			return true
		}
	}
	return false
}

// closesQuote reports whether token i is the closing mark of a quote.
func (x *extractor) closesQuote(i int) bool {
	t := x.toks[i]
	return !t.word && isQuoteMark(x.lws[i]) && t.q >= 0 && x.quotes[t.q].end == t.e
}

// inverted reads a sentence that opens with its cue, the source after it
// and a quote after a colon or comma: "Said one diplomat: “…”", "Added
// Ms. Ruiz, “…”". It reports whether it emitted the claim.
func (x *extractor) inverted(si, i int) bool {
	s := x.sents[si]
	if !strings.HasSuffix(x.lws[i], "ed") && x.lws[i] != "said" && x.lws[i] != "wrote" && x.lws[i] != "told" {
		return false // a past form: "Says" opening a line is a headline's
	}
	lo, hi := i+1, i+1
	for hi < s.hi && hi < i+12 && x.toks[hi].q < 0 {
		if x.toks[hi].word {
			hi++
		} else if g := x.glueRight(hi, s.hi); g > 0 {
			hi = g // "Ms. Ruiz"
		} else {
			break
		}
	}
	if hi == lo || hi+1 >= s.hi || !x.isPunct(hi, ":", ",") || !x.opensQuote(hi+1) || !x.looksLikeSource(lo, hi) {
		return false
	}
	cont, ok := x.trimmed(si, hi+1, s.hi)
	if !ok {
		return false
	}
	x.emit(si, i, i+1, lo, hi, cont, "")
	return true
}

// whAfter reports whether an indirect question opens at token k, after
// a word of degree ("when the envoy will return", "much about how").
func (x *extractor) whAfter(k, hi int) bool {
	for k < hi && (x.lws[k] == "publicly" || x.lws[k] == "exactly" || x.lws[k] == "yet") {
		k++
	}
	if k+1 < hi && x.lws[k] == "much" && x.lws[k+1] == "about" {
		k += 2
	}
	return k < hi && whWords[x.lws[k]]
}

var whWords = set("whether if when how why what who where which")

// question reports whether an indirect question that a strict verb can
// take opens at token k ("the study shows how …", "revealed just how
// deep …"); not "when" or "if", which open clauses of time and condition.
func (x *extractor) question(k, hi int) bool {
	if k < hi && x.lws[k] == "just" {
		k++
	}
	return k < hi && strictQuestions[x.lws[k]]
}

var strictQuestions = set("whether how why what who where")

// greetings are verbs of stance or memory that also receive or send for
// people ("welcomed the proposal", but "welcomed the delegation";
// "recalled the siege", but "recalled its ambassador").
var greetings = set("welcome embrace recall")

// guests head phrases of people received, not named by a description.
var guests = set("guest guests visitor visitors delegation delegations crowd crowds audience leaders dignitaries")

// greets reports whether the object at k is people received: a name
// followed by where ("Blinken to Jerusalem") or a phrase whose head is a
// person ("the Ukrainian president", "several hundred guests").
func (x *extractor) greets(k, hi int) bool {
	for k < hi && determiners[x.lws[k]] {
		k++
	}
	m := k
	for m < hi && m-k < 5 && x.toks[m].word && x.toks[m].q < 0 && !prepositions[x.lws[m]] && !leftStops[x.lws[m]] && !possessive(x.lws[m]) {
		m++
	}
	if m == k || m < hi && possessive(x.lws[m]) {
		return false // "welcomed Qatar's mediation": the thing is the possessor's
	}
	if x.toks[m-1].cap {
		for m < hi && m-k < 8 && (x.toks[m].cap || x.isPunct(m, ".")) {
			if possessive(x.lws[m]) {
				return false // "embraced Mr. Obama's approach"
			}
			m++ // "Mr. Obama": a title's period is inside the name
		}
		return m == hi || m == hi-1 && x.isPunct(m, ".") || x.isPunct(m, ",") || prepositions[x.lws[m]]
	}
	h := singular(x.lws[m-1])
	return guests[x.lws[m-1]] || x.lx.PersonDesc(h) || x.lx.Anonymous(x.lws[m-1])
}

// platforms are verbs of taking a platform whose purpose is a saying
// ("took to Twitter to accuse", "appeared on television to deny", "held a
// news conference to announce").
var platforms = set("took take takes taking went go goes going appeared appear appears used uses using " +
	"held hold holds holding gave give gives giving issued issue issues posted post posts released release releases " +
	"delivered deliver delivers convened convene convenes")

// feelings are what one feels done to one, a grievance or its end ("felt
// betrayed", "feel stung"), beside the adjectives of stance.
var feelings = set("betrayed abandoned ignored humiliated insulted cheated stung hurt vindicated threatened " +
	"targeted excluded sidelined misled deceived slighted snubbed disrespected unwelcome")

// stopForms are the forms of "stop" in "stopped short of".
var stopForms = set("stop stops stopped stopping")

// aspectVerbs take a participle as their object ("Keeps saying she
// opposed the war"): the participle is no modifier of a noun before it.
var aspectVerbs = set("keep keeps kept continue continues continued start starts started begin begins began stop stops quit quits")

// socialNames are platforms named without a medium word.
var socialNames = set("twitter telegram facebook instagram youtube tiktok x truth airwaves")

// platformLeft returns the verb of taking a platform before the "to" at
// k, when the words between name a medium ("took to Twitter overnight",
// "went on state television", "held a news conference"), or -1.
func (x *extractor) platformLeft(k, lo int) int {
	medium := false
	for m := k - 1; m >= lo && m >= k-8; m-- {
		w := x.lws[m]
		if !x.toks[m].word || x.toks[m].q >= 0 {
			return -1
		}
		if platforms[w] && !x.toks[m].cap {
			if medium && m+1 < k {
				return m
			}
			return -1
		}
		if x.lx.Medium(singular(w)) || x.lx.OutletWord(w) || socialNames[w] {
			medium = true
		}
	}
	return -1
}

// purpose reads a cue in the infinitive of purpose after a verb of taking a
// platform at m: the verb's subject is the source.
func (x *extractor) purpose(si, i, cueHi, m int, lemma string, strict bool) {
	s := x.sents[si]
	p := m - 1
	for p >= s.lo && (auxAdverbs[x.lws[p]] || negContraction(x.lws[p]) || x.mannerAdverb(p)) {
		p--
	}
	if p < s.lo {
		return
	}
	lo, ok := x.npLeft(p, s.lo)
	if !ok {
		return
	}
	after := cueHi + x.tail(cueHi, s.hi)
	if cont, outlet, ok := x.contentAfter(si, after, lemma, strict); ok {
		x.emit(si, i, after, lo, p+1, cont, outlet)
	}
}

// plainNoun reports whether token k can end a noun phrase that a
// participle after it describes ("lawmakers opposing the bill"): a word
// that is no auxiliary, adverb, conjunction or preposition.
func (x *extractor) plainNoun(k int) bool {
	w := x.lws[k]
	return x.toks[k].word && !auxAdverbs[w] && !beForms[w] && !leftStops[w] && !prepositions[w] && !x.mannerAdverb(k) &&
		w != "and" && w != "but" && w != "or" && !pronouns[w]
}

// mainVerbAfter reports whether the object of a participle at k is
// followed by the sentence's own verb ("supporting the deal marched",
// "opposing the bill said"): a finite auxiliary or a past form within a
// few words, before any clause opens.
func (x *extractor) mainVerbAfter(k, hi int) bool {
	for m := k; m < hi && m-k < 8; m++ {
		w := x.lws[m]
		if !x.toks[m].word || x.toks[m].q >= 0 || leftStops[w] {
			return false
		}
		if m > k && (finite[w] || irregularPast[w] || strings.HasSuffix(w, "ed") && !determiners[x.lws[m-1]]) {
			return true
		}
	}
	return false
}

// predicateAfter finds the sentence's own verb after a participle at k-1
// that hangs on the sentence's subject ("A video showing the strike was
// shared", "A report saying the army had withdrawn was denied"): the
// start of the last of at most two verb groups, with no clause marker or
// punctuation outside quotes before the first, and whether it is the only
// one. It returns
// -1 when the words after the participle read otherwise.
func (x *extractor) predicateAfter(k, hi int) (int, bool) {
	verb := func(m int) bool {
		w := x.lws[m]
		return x.toks[m].word && !x.toks[m].cap && x.toks[m].q < 0 &&
			(finite[w] || irregularPast[w] || pastWord(w) && m > k && !determiners[x.lws[m-1]])
	}
	var groups []int
	for m := k; m < hi && m-k < 30; m++ {
		if x.toks[m].q >= 0 {
			continue
		}
		if !x.toks[m].word || leftStops[x.lws[m]] {
			if len(groups) > 0 {
				break // "… was shared as protests grew": the predicate goes on
			}
			return -1, false // "showing that …", "saying, …": a clause or an aside opens
		}
		if verb(m) && (m == k || !verb(m-1) && !auxAdverbs[x.lws[m-1]]) {
			groups = append(groups, m)
		}
	}
	if len(groups) == 0 || len(groups) > 2 || groups[0] == k {
		return -1, false
	}
	return groups[len(groups)-1], len(groups) == 1
}

// cueVerbAt reports whether token k is a cue verb of the lexicon ("went on
// to say", "went on to praise"), the infinitive a verb of going on must take.
func (x *extractor) cueVerbAt(k, hi int) bool {
	if k >= hi {
		return false
	}
	_, ok := x.lx.Verb(x.lws[k])
	return ok || discourseVerbs[x.lws[k]] || x.lx.Particle(x.lws[k], x.lws[min(k+1, hi-1)])
}

// discourseVerbs talk about something without being cues of their own
// ("went on to discuss the polls", "going on to contrast the plans").
var discourseVerbs = set("discuss contrast list address lay tout")

// opensQuote reports whether token i is the opening mark of a quote.
func (x *extractor) opensQuote(i int) bool {
	t := x.toks[i]
	return !t.word && isQuoteMark(x.lws[i]) && t.q >= 0 && x.quotes[t.q].start == t.s
}

// verbCue reads a cue verb at token i in the three word orders news uses:
// "X said Y", "Y, X said" and "Y, said X", and the participle that hangs a
// second claim on the sentence's subject ("..., adding that Y").
func (x *extractor) verbCue(si, i int) {
	s := x.sents[si]
	lw := x.lws[i]
	kind, isVerb := x.lx.Verb(lw)
	x.negVerb = -1
	if x.inCue(i) {
		return
	}
	if x.toks[i].cap && i == s.lo && kind == lexicon.CueSpeech && x.inverted(si, i) {
		return // "Said one diplomat: “…”"
	}
	if x.toks[i].cap && !(i == s.lo && strings.HasSuffix(lw, "ing") && i+1 < s.hi && !x.toks[i+1].cap) {
		return // a name ("Rapid Support Forces", "State Department"), but "Citing a poll, …"
	}
	cueHi := i + 1
	j := i + 1
	if j < s.hi && x.lws[j] == "it" && j+1 < s.hi && !x.lx.Particle(lw, "it") {
		j++ // "made it clear", but "put it" is the cue itself
	}
	if j < s.hi && x.lx.Particle(lw, x.lws[j]) {
		cueHi = j + 1
		if goForms[lw] && (cueHi >= s.hi || x.lws[cueHi] != "to" && x.lws[cueHi] != "about" && !x.isPunct(cueHi, ":")) {
			return // "went on to say", "went on about", but "go on offense", "went on the next year to win"
		}
		if goForms[lw] && x.lws[cueHi] == "to" && !x.cueVerbAt(cueHi+1, s.hi) {
			return // "went on to win the election", "went on to seize the town": deeds, not words
		}
	} else if j+1 < s.hi && (x.mannerAdverb(j) || intensifiers[x.lws[j]]) && x.lx.Particle(lw, x.lws[j+1]) {
		cueHi = j + 2 // "expressed deep concern", "spoke emotionally of"
	} else if j+1 < s.hi && determiners[x.lws[j]] && callNouns[x.lws[j+1]] && x.lx.Particle(lw, x.lws[j+1]) {
		cueHi = j + 2 // "renewed his call for", "sounded the alarm over", "made the case that"
	} else if !isVerb {
		return
	}
	argues := x.lws[cueHi-1] == "case" // "made the case": only one who can hold a view argues
	if callNouns[x.lws[cueHi-1]] && cueHi < s.hi && callPreps[x.lws[cueHi]] {
		cueHi++ // the call's preposition is the cue's: "renewed calls for", "sounded the alarm over"
	}
	if cueHi == i+1 && i+1 < s.hi && (x.lx.OutletWord(x.lws[i+1]) || mediaModifiers[x.lws[i+1]]) && x.lx.Lemma(lw) == lw {
		return // "told state television", "state news agency": a modifier of a medium
	}
	// "put it" is a cue only as an aside ("as one envoy put it") or before
	// a colon or a quote: "put it on the table" says nothing
	strict := kind == lexicon.CueStrict && cueHi == i+1 || cueHi == i+2 && x.lws[i+1] == "it"
	x.belief = kind == lexicon.CueBelief
	// "plans to", "agreed to": an intention, held like a stance
	x.stance = kind == lexicon.CueStance && cueHi == i+1 || cueHi > i+1 && intents[lw] || argues
	lemma := x.lx.Lemma(lw)
	if strict && lemma == "see" && x.seeAs(cueHi, s.hi) {
		// "critics see the program as a gift": a judgment, held like a stance
		strict, x.stance = false, true
	}
	if cueHi == i+1 && greetings[lemma] && x.greets(cueHi, s.hi) {
		return // "welcomed the delegation at the airport", "welcomed Blinken to Jerusalem": a host's deed
	}
	if strict && lemma == "feel" && cueHi < s.hi && !x.toks[cueHi].cap && (feelings[x.lws[cueHi]] || x.lx.StanceAdj(x.lws[cueHi])) {
		// "many Mexicans felt betrayed when …": a grievance held, as a stance
		strict, x.stance = false, true
	}
	if cueHi == i+1 && strings.HasPrefix(lw, "call") && x.phoneCall(cueHi, s.hi) {
		return // "called the king on Friday to discuss …", "called into a radio show": a call, not a word
	}
	if strings.HasPrefix(lw, "call") || strings.HasPrefix(lw, "term") || strings.HasPrefix(lw, "dub") || strings.HasPrefix(lw, "describ") {
		for m := i - 1; m >= s.lo && m >= i-4 && x.toks[m].word && x.toks[m].q < 0; m-- {
			if x.lws[m] == "what" && m < i-1 {
				return // "launched what it called Operation “Dignity”": the reporter's mark of a name
			}
		}
	}
	if strict && lemma == "call" && x.objectThenQuote(cueHi, s.hi) {
		strict = false // "is calling the candidate “extremely fit”": a quoted label
	}
	ing := strings.HasSuffix(lw, "ing")
	past := strings.HasSuffix(lw, "ed") || lw == "told" || lw == "said" || lw == "thought" || lw == "known" || lw == "shown" || lw == "found" || lw == "written" || lw == "understood"
	// a clause without "that" after a strict verb: only a past form, or a
	// present one after a clear subject (below), is a verb there ("Battleground
	// state Florida is …" is a noun)
	x.clauseOK = past || lw == "felt" || lw == "saw" || lw == "knew" || lw == "heard"
	prev := i - 1
	// "appeared to suggest", "has yet to explain", "tried to argue": the
	// verb before "to" carries the subject over to the cue
	chain := prev
	for chain-1 >= s.lo && x.lws[chain] == "to" && (catenatives[x.lws[chain-1]] || x.lws[chain-1] == "yet" && chain-2 >= s.lo && x.lws[chain-2] != "and") {
		if refusals[x.lws[chain-1]] && kind != lexicon.CueStance {
			return // "declined to say how many": nothing is claimed
		}
		if k, v := x.lx.Verb(x.lws[chain-1]); v && k != lexicon.CueStrict {
			return // "hoped to announce": the first verb is the cue; but "continues to insist"
		}
		chain -= 2
	}
	if chain < prev {
		if chain < s.lo || x.toks[chain+1].cap || !x.toks[chain].word && !x.isPunct(chain, ",") {
			return
		}
		prev = chain
	}
	if prev >= s.lo && ing && (abstentions[x.lws[prev]] || x.lws[prev] == "from" && prev-1 >= s.lo && abstentions[x.lws[prev-1]]) {
		return // "refrain from attacking", "to stop attacking": what is not done
	}
	if prev >= s.lo && ing && participlePreps[x.lws[prev]] {
		// "…, aside from saying he wants …", "responded by saying": the
		// sentence's subject speaks
		x.participle(si, i, cueHi, cueHi+x.tail(cueHi, s.hi), lemma, strict)
		return
	}
	if prev > s.lo && strings.HasSuffix(x.lws[prev], "ing") && determiners[x.lws[prev-1]] && !x.lx.Anonymous(x.lws[prev]) {
		return // "a leading advocate for": an adjective and a noun
	}
	if prev >= s.lo && pluralQuantifiers[x.lws[prev]] && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") {
		return // "many questions", "several reports": a plural noun, not a verb after a plural
	}
	if prev-1 >= s.lo && modals[x.lws[prev-1]] && x.toks[prev].word && !x.toks[prev].cap &&
		!auxAdverbs[x.lws[prev]] && !x.mannerAdverb(prev) && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") {
		return // "who could leak details", "to share reports": the object of the verb after a modal, not a verb
	}
	if kind == lexicon.CueStance && cueHi == i+1 && cueHi < s.hi && nounPreps[x.lws[cueHi]] {
		return // "has 40 percent support among voters", "backing from donors": a noun
	}
	if ing && prev-2 > s.lo && x.lws[prev] == "of" && x.lws[prev-1] == "short" && stopForms[x.lws[prev-2]] {
		// "stopped short of calling the killings genocide": a stance held
		// back is a stance all the same, the subject's
		x.purpose(si, i, cueHi, prev-2, lemma, strict && lemma != "call")
		return
	}
	if prev > s.lo && x.lws[prev] == "to" && !ing && !past {
		if m := x.platformLeft(prev, s.lo); m >= 0 {
			// "Zelensky took to Telegram to denounce …", "went on television to
			// warn that …": the purpose of taking the platform is the saying
			x.purpose(si, i, cueHi, m, lemma, strict)
			return
		}
	}
	if prev >= s.lo {
		p := x.lws[prev]
		// "the said agreement", "a report", "to say", "the army's claims": not a verb here
		// ("Another said …": the determiner stands alone as a pronoun)
		alone := p == "another" && (prev == s.lo || !x.toks[prev-1].word) && (past || strings.HasSuffix(lw, "s")) // but "Another challenge:"
		// ("a UN report that found …": "that" after a document is its relative pronoun)
		alone = alone || p == "that" && past && prev-1 >= s.lo && (x.lx.Document(x.lws[prev-1]) || evidence[x.lws[prev-1]])
		if determiners[p] && !alone || prepositions[p] || mediaWords[p] && x.lx.Medium(singular(lw)) || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s") {
			return
		}
	}
	if cueHi < s.hi {
		n := x.lws[cueHi]
		by := cueHi
		for by < s.hi && by-cueHi < 4 && (timeWords[x.lws[by]] || x.toks[by].num) {
			by++ // "the proposal announced Tuesday by Trump"
		}
		if (past || ing) && by < s.hi && x.lws[by] == "by" {
			// "the plan was endorsed by X" is X's; "the plan announced by
			// the king" is a noun phrase
			x.passiveBy(si, i, cueHi, by, kind, lemma)
			return
		}
		// reduced relative after a plain noun: "a diplomat briefed on the talks"
		// (and "a front blamed for attacks": a verb that needs its object
		// before "for" has none, so it is a passive)
		if strings.HasSuffix(lw, "ed") && cueHi == i+1 && (n == "on" || n == "with" || n == "in" || n == "about" || n == "of" || n == "for" && reasonVerbs[lemma] ||
			n == "to" && cueHi+1 < s.hi && (determiners[x.lws[cueHi+1]] || x.toks[cueHi+1].cap)) && prev >= s.lo && x.toks[prev].word &&
			!x.toks[prev].cap && !pronouns[x.lws[prev]] && !x.dayAfter(cueHi) && x.tail(cueHi, s.hi) == 0 {
			return
		}
	}
	if ing && x.stance && prev >= s.lo && x.plainNoun(prev) && x.mainVerbAfter(cueHi, s.hi) {
		return // "Protesters supporting the deal marched …": the participle only describes the subject
	}
	if ing && prev >= s.lo && x.plainNoun(prev) && !perceived[x.lws[prev]] && !aspectVerbs[x.lws[prev]] && !pastWord(x.lws[prev]) {
		if lo, ok := x.npLeft(prev, s.lo); ok && (lo == s.lo || lo == x.afterDateline(s.lo, s.hi)) {
			x.mainVerb, x.mainOnly = x.predicateAfter(cueHi, s.hi)
		}
	}
	if ing && kind != lexicon.CueStance && prev-1 > s.lo && perceived[x.lws[prev]] && beForms[x.lws[prev-1]] {
		// "a soldier can be heard saying that …", "she is seen telling
		// them …": the one heard or seen speaks (the verb of perception
		// and its "be" are no part of the cue)
		prev -= 2
	}
	// walk left over auxiliaries and adverbs ("has also said")
	p := prev
	for p >= s.lo && (auxAdverbs[x.lws[p]] && !x.nameAux(p) || negContraction(x.lws[p]) || ing && (beForms[x.lws[p]] || aspectVerbs[x.lws[p]] && !x.toks[p].cap) && p < prev+1 || x.mannerAdverb(p)) {
		p-- // "has also said", "is warning", "keeps saying", "generally praised"
	}
	if t := x.timeLeft(p, s.lo); t < p && t >= s.lo && (x.lws[t] == "who" || x.lws[t] == "which") {
		p = t // "who in 2010 said": the time stands between pronoun and cue
	}
	if p >= s.lo && past && beForms[x.lws[p]] {
		// passive: "was told" is no claim, but "is believed to" hedges one
		// that the text gives no source for
		if hedges[lemma] && cueHi < s.hi && x.lws[cueHi] == "to" && cueHi+1 < s.hi && x.toks[cueHi+1].word {
			if cont, ok := x.trimmed(si, cueHi, s.hi); ok {
				x.emit(si, p, cueHi, -1, -1, cont, "")
			}
		}
		return
	}
	for k := p + 1; k < i; k++ {
		if beForms[x.lws[k]] && past {
			return
		}
		if w := x.lws[k]; (w == "not" || w == "n't" || w == "never" || negContraction(w)) && !x.stance && !x.belief {
			// "did not say it would": nothing is claimed; but "has not
			// criticized the plan" is a stance all the same, and "has not
			// said when the envoy will return" marks what is left open,
			// as attribution corpora do: the cue takes the negation in
			if kind != lexicon.CueSpeech || cueHi != i+1 || !x.whAfter(cueHi, s.hi) {
				return
			}
			x.negLo, x.negVerb = p+1, i
		}
	}
	after := cueHi + x.tail(cueHi, s.hi)

	if p < s.lo {
		if ing && i == s.lo && cueHi < s.hi && !prepositions[x.lws[cueHi]] {
			// "Citing a poll, Trump accused …": an opening participle is
			// the main clause's subject's; "Writing for the Times, X …"
			// tells where, not what
			x.participle(si, i, cueHi, after, lemma, strict)
		}
		return // a cue opening the sentence has no source to its left
	}
	if x.isPunct(p, ",", "—", "–", "-", "--") || x.closesQuote(p) {
		// "…,” said the official." / "…, said X." — source after the cue,
		// unless the sentence opens with a name and its appositive
		// ("Derek Lane, a former envoy, said …")
		// (only verbs of saying invert: "…, shows X" is no word order of news)
		// ("The program, called EB-5, allows …" names the program)
		if !ing && !tellVerbs[lemma] && !strings.HasPrefix(lw, "call") && (kind == lexicon.CueSpeech || x.closesQuote(p)) && !x.opensWithAppositive(si, p) && !(after < s.hi && timeWords[x.lws[after]]) &&
			!(p < prev && !x.isPunct(p, ",", "—", "–", "-", "--")) {
			// ("…, said Thursday morning" names no source; "the world's
			// “silence” had encouraged the group": an auxiliary after a
			// quote makes the verb the quote's, not an inverted cue)
			if lo, hi, ok := x.npAfter(after, s.hi); ok {
				if cont, ok := x.contentBefore(si, p); ok {
					x.emit(si, i, after, lo, x.appositiveAfter(hi, s.hi), cont, "")
					return
				}
			}
		}
		if ing && (x.isPunct(p, ",") || x.closesQuote(p) && p-1 >= s.lo && x.isPunct(p-1, ",")) {
			x.participle(si, i, cueHi, after, lemma, strict) // "…,” adding that …"
			return
		}
		// "X, a spokesman for Y, said …": skip back over the appositive
		// (which may close with a dash: "X, the head of Y -- a firm that … -- told")
		if x.isPunct(p, ",") || x.dash(p) || p-1 >= s.lo && x.dash(p-1) {
			if lo, hi, ok := x.appositiveSource(si, p); ok {
				quoteFirst := lo > s.lo && x.closesQuote(lo-1) || lo == s.lo && lo > 0 && x.closesQuote(lo-1)
				if cont, outlet, ok := x.contentAfter(si, after, lemma, strict); ok && !(quoteFirst && (x.adverbial(cont.Start) || x.afterQuote(lo, cont))) {
					x.emit(si, i, after, lo, hi, cont, outlet)
				} else if x.restIsAdverbial(si, cueHi, lemma, strict) && (lo > s.lo && (x.isPunct(lo-1, ",", "—", "–") || x.closesQuote(lo-1)) ||
					lo == s.lo && lo > 0 && x.closesQuote(lo-1)) {
					// "“…,” Mr. King, 82, told me."
					if cont, ok := x.contentBefore(si, lo-1); ok {
						x.emit(si, i, after, lo, hi, cont, x.outletAfter(si, cueHi, lemma))
					}
				}
			}
		}
		return
	}
	if !ing && (x.lws[p] == "and" || x.lws[p] == "but") {
		// "said A and urged B", "agreed, but also contended that B"
		x.coordinated(si, i, cueHi, after, p, lemma, strict)
		return
	}
	if ing && x.lws[p] == "as" && x.quotedAs(si, i, after, p, lemma, strict) {
		return
	}
	if (ing && (x.lws[p] == "while" || x.lws[p] == "before" || x.lws[p] == "after" || x.lws[p] == "as")) || x.lws[p] == "and" || x.lws[p] == "but" && p < prev {
		x.participle(si, i, cueHi, after, lemma, strict)
		return
	}
	if g := x.grantClauseLeft(p, s.lo); g >= s.lo {
		p = g // "A farmer who asked not to be identified told …": the source is the farmer
	}
	lo, ok := x.npLeft(p, s.lo)
	if !ok {
		// "…, Rivera, who has said …": the relative pronoun stands for the
		// name before its comma.
		// "economists who argue …", "the agency, which said …": a noun
		// phrase stands before it, with or without the comma.
		// "a UN report that found …": "that" stands for a document before it
		if w := x.lws[p]; (w == "who" || w == "which" || w == "whom" && p-2 > s.lo && x.lws[p-1] == "of" ||
			w == "that" && p-1 > s.lo && (x.lx.Document(x.lws[p-1]) || evidence[x.lws[p-1]])) && p-1 >= s.lo {
			rel := p // the relative pronoun, or "many of whom"
			if w == "whom" {
				if !partitives[x.lws[p-2]] && !x.numberWord(p-2) {
					return
				}
				rel, p = p-2, p-2
			}
			e, comma := p-1, x.isPunct(p-1, ",", "—", "–", "--")
			if comma {
				e--
			} else if p-2 >= s.lo && x.isPunct(p-1, "-") && x.isPunct(p-2, "-") {
				e, comma = p-3, true // "the study -- which notes"
			}
			lo2, ok2 := -1, false
			if e >= s.lo && comma {
				lo2, ok2 = x.nameLeft(e, s.lo)
			}
			if e >= s.lo && !ok2 && x.toks[e].word {
				lo2, ok2 = x.antecedent(e, s.lo), true
				if w == "that" && (lo2 == s.lo || lo2 == x.afterDateline(s.lo, s.hi)) {
					// "The study that found no link was withdrawn": the
					// relative clause sits in the subject, before its verb
					x.mainVerb, x.mainOnly = x.predicateAfter(after, s.hi)
				}
			}
			if ok2 {
				if cont, outlet, ok3 := x.contentAfter(si, after, lemma, strict); ok3 {
					if comma {
						// "X, who has called for Y, spoke": the clause ends at its comma
						for k := x.tokAt(cont.Start); k >= 0 && k < s.hi && x.toks[k].s < cont.End; k++ {
							if x.isPunct(k, ",") && x.toks[k].q < 0 && k > x.tokAt(cont.Start) {
								if c, ok := x.trimmed(si, x.tokAt(cont.Start), k); ok {
									cont = c
								}
								break
							}
						}
					}
					n := len(x.out)
					x.emit(si, i, after, lo2, e+1, cont, outlet)
					if len(x.out) > n {
						// the source is the pronoun, standing for the phrase
						sp := x.span(rel, p+1)
						if w == "whom" {
							sp = x.span(rel, rel+3)
							x.out[n].c.Count = nil // "many of whom": some of them
						}
						x.out[n].c.SourceSpan = &sp
					}
				}
			}
		}
		return
	}
	hi := p + 1
	if _, v := x.lx.Verb(x.lws[min(cueHi, s.hi-1)]); x.lx.Document(lw) && cueHi == i+1 && cueHi < s.hi && (v || finite[x.lws[cueHi]]) {
		return // "The leaked report revealed …": the noun heads the subject of the verb after it
	}
	if (x.lws[lo] == "a" || x.lws[lo] == "an") && p == i-1 && lemma == lw && !x.lx.Anonymous(x.lws[p]) && !x.lx.PersonDesc(x.lws[p]) {
		return // "a New York Times report": one source and a base form make a noun
	}
	if x.lws[lo] == "the" && p == i-1 && lo+1 < i && x.toks[p].cap && !strings.HasSuffix(x.lws[p], "s") && lemma == lw && x.lx.Document(lw) &&
		(cueHi >= s.hi || x.lws[cueHi] != "that") {
		return // "called the Armenian report “disinformation”": a name's document, a noun
	}
	if w := x.lws[lo]; determiners[w] || partitives[w] || pronouns[w] || x.toks[lo].num {
		x.clauseOK = true
	} else if e := x.entityAt(x.span(lo, hi), lo, hi); e != nil && e.Type == article.Person {
		x.clauseOK = true // "Trump knows there are …"
	} else if h := x.headWord(lo, hi); (!x.toks[lo].cap || lo == s.lo) && (x.lx.Anonymous(h) || x.lx.PersonDesc(singular(h)) || x.lx.Document(h)) {
		x.clauseOK = true // "Analysts agree the truce is fragile", "two analyses agree …"
	}
	if lo-1 >= s.lo && x.lws[lo-1] == "as" && x.asCue(si, i, after, lo, hi) {
		return
	}
	// "Trump this week said": the time is not part of the source, but
	// "a report published on Wednesday" keeps its own
	h2 := hi
	for h2-1 > lo && (timeWords[x.lws[h2-1]] || x.toks[h2-1].num) && !prepositions[x.lws[h2-1]] && x.lws[h2-1] != "may" {
		h2--
	}
	if h2 < hi && h2-1 > lo && prepositions[x.lws[h2-1]] && timeWords[x.lws[h2-1]] && x.toks[h2-2].word &&
		!strings.HasSuffix(x.lws[h2-2], "ed") && !tailParticiples[x.lws[h2-2]] {
		h2-- // "David Axelrod on Wednesday said", but "a report published on Wednesday"
	}
	if h2 < hi && !prepositions[x.lws[h2-1]] {
		hi = h2
	}
	if ing && (lemma == "say" || kind == lexicon.CueSpeech && x.lx.Medium(singular(x.lws[p]))) && !x.toks[p].cap && (x.lx.Medium(singular(x.lws[p])) || x.lx.Document(x.lws[p])) && x.objectNP(p, s.lo) {
		// "X issued a statement saying Y", "posted a video saying Y": the
		// one who issued it speaks
		x.participle(si, i, cueHi, after, lemma, strict)
		return
	}
	if v := x.mediumObject(p, s.lo); ing && (kind == lexicon.CueStance || kind == lexicon.CueSpeech || lemma == "call") && v >= 0 {
		// "the ministry issued a statement condemning the attack", "sent a
		// letter to Senate leaders opposing the program": the subject of
		// the verb that issued it holds the stance ("calling the test a
		// violation" labels); said in a medium, it is words, whoever holds it
		x.stance = false
		x.purpose(si, i, cueHi, v, lemma, strict && lemma != "call")
		return
	}
	if ing && p == prev && !x.toks[lo].cap && !pronouns[x.lws[lo]] && !x.lx.Anonymous(x.lws[p]) {
		return // "the fighting raging", "a warning" read as a verb; but "protesters have been demanding"
	}
	if h := x.lws[x.headTok(lo, hi)]; strict && (x.lx.Document(h) || x.lx.Document(singular(h))) {
		strict = false // "the poll shows Clinton ahead": documents show and find
	}
	// "…, a claim Kyiv denied", "…, a charge the fishermen rejected": the
	// label is the reporter's; who denied is the source of the claim before
	// (the label marks what a verb of stance rejects as a claim)
	src, label := lo, false
	if lo-3 > s.lo && determiners[x.lws[lo-2]] && labelNouns[x.lws[lo-1]] && (x.isPunct(lo-3, ",", "—", "–") || x.dash(lo-3)) {
		lo -= 2
		label, x.stance = true, false
	} else if lo+2 < hi && lo-1 > s.lo && determiners[x.lws[lo]] && labelNouns[x.lws[lo+1]] && (x.isPunct(lo-1, ",", "—", "–") || x.dash(lo-1)) {
		src = lo + 2
		label, x.stance = true, false
	}
	canBefore := lo-1 > s.lo && (x.isPunct(lo-1, ",", "—", "–") || x.closesQuote(lo-1) || x.isPunct(lo-1, "-") && x.isPunct(lo-2, "-"))
	if lo == s.lo && lo > 0 && x.closesQuote(lo-1) && x.sents[x.toks[lo-1].sent].para == s.para {
		canBefore = true // "“…?” Okafor said.": the quote closed the sentence before
	}
	if canBefore && lo-1 > s.lo && x.closesQuote(lo-1) && (x.nameQuote(x.quotes[x.toks[lo-1].q]) || adverbialStarts[x.lws[s.lo]]) {
		// "On Sunday's broadcast of “Meet the Press,” the governor said
		// …": a title in an opening adverbial, not what was said
		canBefore = false
	}
	// "Yet for all the symbolism, some Democrats express …", "Bemoaning the
	// “phony system,” Trump accused …": an opening phrase, not what was said
	opening := canBefore && x.openingPhrase(si, lo-1)
	// (a label's holder said the claim before it: "…, a position Abu Dhabi
	// has maintained throughout the war" holds no content after the cue)
	if cont, outlet, ok := x.contentAfter(si, after, lemma, strict); ok && !(canBefore && !opening && (x.adverbial(cont.Start) || x.afterQuote(lo, cont) || x.statementParticiple(si, cueHi))) && !(label && !x.marked(cont)) {
		if lo > 0 && x.closesQuote(lo-1) && x.sents[x.toks[lo-1].sent].para == s.para && (x.quoteResumes(si, after) || x.quoteAfterComma(cont.Start)) {
			// "“We will not leave,” he said, “until …”": one quote, interrupted
			cont.Start = x.quotes[x.toks[lo-1].q].start
		}
		if k := x.tokAt(cont.Start); canBefore && !x.stance && x.isPunct(lo-1, ",") && x.toks[lo-1].q < 0 && k > lo && x.opensQuote(k) &&
			k+1 < s.hi && x.toks[k+1].word && !x.toks[k+1].cap {
			if st := x.subordinateStart(si, lo-1); st >= 0 {
				// "So when the firm signaled it would sell, Mr. Barrett said,
				// “we were floored.”": a quote that finishes the sentence
				// holds the clause before as well, and a claim inside that
				// clause ends with it
				cont.Start = x.toks[st].s
				x.endBefore(si, lo-1)
			}
		}
		// "a truce that he said was meant to …", "which state media claimed
		// now allows …": a relative clause whose subject is what was said;
		// the content runs from the relative word
		if lo > s.lo && leftStops[x.lws[lo-1]] && x.startsWithVerb(cont.Start) {
			if !relativeWords[x.lws[lo-1]] {
				return
			}
			cont.Start = x.toks[lo-1].s
		}
		x.emit(si, i, after, lo, hi, cont, outlet)
		return
	}
	if canBefore && (label || x.restIsAdverbial(si, cueHi, lemma, strict) || x.closesQuote(lo-1) && x.toks[lo-1].sent == si) {
		if cont, ok := x.contentBefore(si, lo-1); ok {
			outlet := x.outletAfter(si, cueHi, lemma)
			if end, ok := x.resumes(si, after, x.tokAt(cont.Start), lo); ok && (!x.closesQuote(lo-1) || x.quoteResumes(si, after) || x.endsQuote(end)) {
				cont.End = end // "Y1, X said, Y2": the claim runs on past the cue
				cont = x.trimSpan(cont)
			} else if opening {
				return // an opening phrase alone is no content
			}
			if label {
				cont = x.labelled(si, cont)
			}
			x.emit(si, i, after, src, hi, cont, outlet)
		}
	}
}

// labelled is the content a reporter's label names ("…, a claim Kyiv
// denied"): when the words before it are another's claim, what that one
// said is what is denied, and both claims stand.
func (x *extractor) labelled(si int, cont article.Span) article.Span {
	for k := len(x.out) - 1; k >= 0 && x.out[k].sent == si; k-- {
		if c := x.out[k].c; c.Start > cont.Start && c.End <= cont.End && c.End+3 >= cont.End {
			return article.Span{Start: c.Start, End: c.End}
		}
	}
	return cont
}

// quotedAs reads "SUNA quoted the minister as saying Y": the one quoted,
// between the verb and the "as" at p, is the source, and whoever quoted
// him is the outlet. A passive ("was quoted as saying") is left to the
// subject.
func (x *extractor) quotedAs(si, i, after, p int, lemma string, strict bool) bool {
	s := x.sents[si]
	q := -1
	for m := p - 1; m > s.lo && p-m <= 8 && x.toks[m].q < 0; m-- {
		if w := x.lws[m]; w == "quoted" || w == "cited" {
			q = m
			break
		}
		if x.isPunct(m, ",", ";", ":") {
			return false
		}
	}
	if q < 0 || q+1 >= p || passiveAux[x.lws[q-1]] {
		return false
	}
	cont, _, ok := x.contentAfter(si, after, lemma, strict)
	if !ok {
		return false
	}
	outlet := ""
	if lo, ok := x.npLeft(q-1, s.lo); ok {
		outlet = x.text[x.toks[lo].s:x.toks[q-1].e]
	}
	x.emit(si, i, after, q+1, p, cont, outlet)
	return true
}

// passiveAux are the forms of "be" that make "quoted" passive.
var passiveAux = set("is are was were be been being")

// endBefore ends the contents of the claims of sentence si that run past
// token k (a comma) at k.
func (x *extractor) endBefore(si, k int) {
	kb := x.toks[k].s
	for j := len(x.out) - 1; j >= 0 && x.out[j].sent == si; j-- {
		if f := &x.out[j]; f.c.Start < kb && f.c.End > kb {
			e := x.toks[k-1].e
			f.c.End, f.c.Content = e, x.text[f.c.Start:e]
			f.c.Direct = x.quoted(article.Span{Start: f.c.Start, End: e})
		}
	}
}

// subordinators that open a finite clause before the main one
var clauseOpeners = set("though although when while if because since unless once until whereas")

// subordinateStart returns the first token of sentence si when the words up
// to token end are one subordinate clause with a subject of its own ("So
// when Patriot signaled …,", "Though the handover was smooth,"), or -1;
// "When asked …," and "If elected," have none.
func (x *extractor) subordinateStart(si, end int) int {
	s := x.sents[si]
	k := s.lo
	for k < end && (x.lws[k] == "so" || x.lws[k] == "and" || x.lws[k] == "but") {
		k++
	}
	start := k
	if start > s.lo && x.lws[s.lo] != "so" {
		start = k
	} else {
		start = s.lo
	}
	if k+2 >= end || end-k > 40 || !clauseOpeners[x.lws[k]] {
		return -1 // (a long run is no one clause, and the scan stays short)
	}
	n := x.lws[k+1]
	if !x.toks[k+1].word || x.toks[k+1].q >= 0 || prepositions[n] || strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "ing") || verbStops[n] {
		return -1
	}
	for j := k + 1; j < end; j++ {
		if x.toks[j].q < 0 && x.isPunct(j, ",", ";", ":", "—", "–") {
			return -1
		}
	}
	return start
}

// openers begin a phrase that sets the scene before a sentence's subject.
var openers = set("like unlike despite for with without in on at after before during amid among yet")

// openingPhrase reports whether the words of sentence si before token end
// (the comma or quote before the source) are one opening phrase without a
// verb: a participle or a preposition and what it governs ("Bemoaning the
// “phony system,”", "Yet for all the symbolism"), never a clause.
func (x *extractor) openingPhrase(si, end int) bool {
	s := x.sents[si]
	k := s.lo
	for k < end && (x.lws[k] == "but" || x.lws[k] == "and" || x.lws[k] == "so") {
		k++
	}
	if k >= end || x.toks[k].q >= 0 {
		return false
	}
	if w := x.lws[k]; !openers[w] && !(strings.HasSuffix(w, "ing") && len(w) > 4) {
		return false
	}
	if end-k > 16 {
		return false
	}
	for j := k + 1; j < end; j++ {
		if x.toks[j].q >= 0 {
			continue // a quoted label inside the phrase
		}
		if x.isPunct(j, ",", ";", ":") || !x.verbless(j, j+1) {
			return false
		}
	}
	return true
}

// verbless reports whether tokens [lo, hi) hold no verb: a subject that the
// clause after an interrupting cue completes.
func (x *extractor) verbless(lo, hi int) bool {
	if lo < 0 || hi-lo > 12 {
		return false
	}
	for k := lo; k < hi; k++ {
		w := x.lws[k]
		if x.toks[k].q >= 0 || verbStops[w] || finite[w] || pastWord(w) && !x.toks[k].cap {
			return false
		}
		if _, v := x.lx.Verb(w); v && !x.toks[k].cap {
			return false
		}
	}
	return true
}

// nameAux reports whether token k, an auxiliary in lower case, is a
// capitalized word after a name inside the sentence ("Theresa May said",
// "Will Smith"): part of the name; or a capitalized modal before a past
// form, which no modal takes ("May said …"): a name of its own.
func (x *extractor) nameAux(k int) bool {
	if !x.toks[k].cap {
		return false
	}
	if k > x.sents[x.toks[k].sent].lo && x.toks[k-1].cap && x.toks[k-1].word {
		return true
	}
	// a modal never comes before a past form: "May said", "Will told"
	// (a sentence's first word is capitalized anyway) name someone
	return modals[x.lws[k]] && k+1 < len(x.toks) && x.toks[k+1].word && !x.toks[k+1].cap && pastWord(x.lws[k+1])
}

// relativeWords open a relative clause that a cue inside it is about.
var relativeWords = set("that which who what whom")

// timeLeft walks left from token p over a time phrase that opens with a
// preposition ("in 2010", "on Monday"); it returns the token before the
// phrase, or p when there is none.
func (x *extractor) timeLeft(p, lo int) int {
	k := p
	when := false
	for k >= lo && p-k < 5 && (timeWords[x.lws[k]] || x.toks[k].num) {
		when = when || x.toks[k].num || !prepositions[x.lws[k]]
		if prepositions[x.lws[k]] {
			if when {
				return k - 1
			}
			break
		}
		k--
	}
	return p
}

// asCue reads "As X noted, Y." and "Y, as X pointed out, Y2.": the clause
// around the aside is what X said. lo-1 is the "as".
func (x *extractor) asCue(si, i, after, lo, hi int) bool {
	s := x.sents[si]
	a, cueEnd := lo-1, after
	for after < s.hi && (timeWords[x.lws[after]] || x.toks[after].num || x.toks[after].cap && timeWords[x.lws[after-1]]) {
		after++ // "As he said on Monday, …"
	}
	closed := after >= s.hi || x.isPunct(after, ",", ".", ";")
	if !closed {
		return false
	}
	var cont article.Span
	switch {
	case a == s.lo && after < s.hi && x.isPunct(after, ","):
		c, ok := x.trimmed(si, after+1, s.hi)
		if !ok {
			return false
		}
		cont = c
	case a-1 > s.lo && x.isPunct(a-1, ","):
		c, ok := x.contentBefore(si, a-1)
		if !ok {
			return false
		}
		if after < s.hi && x.isPunct(after, ",") {
			if e, ok := x.trimmed(si, after+1, s.hi); ok {
				c.End = e.End // "Hawaii, as one adviser pointed out, rarely gets …"
			}
		}
		cont = c
	default:
		return false
	}
	x.emit(si, i, cueEnd, lo, hi, cont, "")
	return true
}

// sentenceAdverbs open a sentence without belonging to its subject
// ("Perhaps the moderators said").
var sentenceAdverbs = set("perhaps maybe indeed meanwhile however moreover nonetheless nevertheless still")

// seeAs reports whether a short object and "as" follow a verb of seeing at
// token k ("see the program as", "saw it as"), the frame of a judgment.
func (x *extractor) seeAs(k, hi int) bool {
	for m := k + 1; m < hi && m-k <= 6; m++ {
		if !x.toks[m].word || x.toks[m].q >= 0 {
			return false
		}
		if x.lws[m] == "as" {
			return x.judgedAs(m+1, hi)
		}
		if _, v := x.lx.Verb(x.lws[m]); v && !x.toks[m].cap || verbStops[x.lws[m]] {
			return false
		}
	}
	return false
}

// objectThenQuote reports whether a short object and then a quoted label
// that ends the clause follow token k ("the deal “a betrayal”", "the
// candidate “extremely fit.”"); a name ("the place “Orchard Gate”"), a
// reflexive ("calls itself") or a clause going on past the quote ("calling
// the vote “a sham,” left") is no claim of this kind.
func (x *extractor) objectThenQuote(k, hi int) bool {
	for m := k; m < hi && m-k <= 5; m++ {
		if x.opensQuote(m) {
			if m == k || reflexives[x.lws[k]] {
				return false
			}
			q := x.quotes[x.toks[m].q]
			if x.nameQuote(q) {
				return false
			}
			n := x.tokAfter(q.end)
			return n < 0 || n >= hi || !x.toks[n].word || prepositions[x.lws[n]] ||
				(x.lws[n] == "and" || x.lws[n] == "or") && n+1 < hi && x.opensQuote(n+1) // "“reckless” and “cruel”"
		}
		if !x.toks[m].word || verbStops[x.lws[m]] || x.lws[m] == "for" || x.lws[m] == "on" {
			return false
		}
	}
	return false
}

var reflexives = set("itself himself herself themselves ourselves myself yourself")

// judgedAs reports whether what follows "as" at token k is a description
// ("as a betrayal", "as unfair"), not a clause of time ("as the jets flew
// over", which "the" may also open) or a role ("as children").
func (x *extractor) judgedAs(k, hi int) bool {
	if k >= hi || !x.toks[k].word || x.toks[k].cap {
		return false
	}
	switch w := x.lws[k]; {
	case w == "a" || w == "an":
		return true
	default:
		for _, suf := range []string{"ful", "ous", "ive", "ble", "al", "ic", "ent", "ant", "ary", "ed"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
				return true
			}
		}
	}
	return false
}

// pluralNoun reports whether w looks like a plural noun: an -s that is not
// -ss, -is or -us ("states", but not "process", "analysis", "status").
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "us")
}

// negContraction reports whether w is an auxiliary with "n't" in one
// token ("doesn't", "didn’t").
func negContraction(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// mannerAdverb reports whether token k is a lower-case adverb in -ly
// ("sharply", "cynically"), not a word like "family" or "ally" that heads a
// source.
func (x *extractor) mannerAdverb(k int) bool {
	w := x.lws[k]
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !x.toks[k].cap && !x.lx.Anonymous(w) && !x.lx.PersonDesc(w) &&
		!strings.HasSuffix(w, "ply") && !strings.HasSuffix(w, "ily") || w == "barely" || w == "openly"
}

// antecedent is the start of the short noun phrase ending at token e that
// a relative pronoun after it stands for ("voters who said", "the agency,
// which said"): its head, the words before it, back to a determiner.
func (x *extractor) antecedent(e, lo int) int {
	k, lower := e, 0
	for k-1 >= lo && e-k < 5 && !determiners[x.lws[k]] {
		w := x.lws[k-1]
		if x.isPunct(k-1, "'", "’") && k-2 > lo && x.toks[k-2].word && strings.HasSuffix(x.lws[k-2], "s") {
			k -= 2 // "a UN experts' report": a plural possessor
			continue
		}
		if !x.toks[k-1].word || x.toks[k-1].q >= 0 || verbStops[w] || leftStops[w] || prepositions[w] || pronouns[w] ||
			strings.HasSuffix(w, "ed") && !determiners[w] {
			break
		}
		if _, v := x.lx.Verb(w); v {
			break
		}
		if !x.toks[k-1].cap && !determiners[w] {
			// one modifier after a determiner or number ("the senior
			// officials"); otherwise it may be a verb ("the rally drew voters")
			if lower++; lower > 1 || k-2 < lo || !determiners[x.lws[k-2]] && !x.toks[k-2].num && !x.numberWord(k-2) {
				break
			}
		}
		k--
	}
	return k
}

// afterQuote reports whether a source at token lo follows a quote that
// just closed and what comes after its cue is not set off as speech
// ("“…,” she said several months later"): the quote is the content.
func (x *extractor) afterQuote(lo int, cont article.Span) bool {
	return lo > 0 && x.closesQuote(lo-1) && x.toks[lo-1].sent == x.toks[lo].sent && !x.marked(cont)
}

// objectNP reports whether the noun at p closes a short phrase that opens
// with a determiner after other words ("issued a statement", "posted a
// series of tweets early Friday"), so it is an object, not a subject.
func (x *extractor) objectNP(p, lo int) bool {
	for k := p - 1; k >= lo && p-k <= 8; k-- {
		if determiners[x.lws[k]] && x.lws[k] != "said" {
			return k > lo && x.toks[k-1].word && !prepositions[x.lws[k-1]]
		}
		if !x.toks[k].word {
			return false
		}
	}
	return false
}

// mediumObject returns the verb whose object is a medium before a
// participle at p+1 ("issued a statement", "sent a letter on Thursday to
// Senate leaders", "unleashed a series of tweets"), with at most a phrase
// of where, when or to whom after the medium, or -1.
func (x *extractor) mediumObject(p, lo int) int {
	for q := p; q >= lo && p-q <= 7; q-- {
		if !x.toks[q].word || x.toks[q].q >= 0 {
			return -1
		}
		if !x.lx.Medium(singular(x.lws[q])) || x.toks[q].cap {
			continue
		}
		if q < p && x.lws[q+1] != "to" && x.lws[q+1] != "on" && x.lws[q+1] != "in" {
			return -1
		}
		for d := q - 1; d > lo && q-d <= 6 && x.toks[d].word; d-- {
			if determiners[x.lws[d]] && x.lws[d] != "said" {
				if v := d - 1; x.toks[v].word && !x.toks[v].cap && !prepositions[x.lws[v]] && !determiners[x.lws[v]] && x.lws[v] != "of" {
					return v // "issued a statement", "unleashed a series of tweets"
				}
				if x.lws[d-1] != "of" {
					return -1
				}
			}
		}
		return -1
	}
	return -1
}

// numberWord reports whether token k is a number word ("two", "a dozen").
func (x *extractor) numberWord(k int) bool {
	_, ok := x.lx.Number(x.lws[k])
	return ok
}

// resumes reports whether the sentence goes on with more of the content
// after a cue set off by commas ("The plan, he said, would fail."), and
// where that content ends.
func (x *extractor) resumes(si, k, before, src int) (int, bool) {
	s := x.sents[si]
	if k < s.hi && (objectPronouns[x.lws[k]] || x.lws[k] == "reporters") {
		k++ // "…, he told me, …"
	} else if m := x.capsRun(k, s.hi); m > k && m < s.hi && (timeWords[x.lws[m]] || x.isPunct(m, ",")) {
		k = m // "…,” X told Al Jazeera on Wednesday, “…”": the one told
	}
	for k < s.hi && (timeWords[x.lws[k]] || x.toks[k].num) {
		k++
	}
	if k < s.hi && (prepositions[x.lws[k]] || determiners[x.lws[k]]) {
		// "…,” Trump said during a rally in Kenansville, N.C., “but …”": a
		// setting, commas and all, before the quote resumes
		for m := k + 1; m+1 < s.hi && m-k <= 12; m++ {
			if x.toks[m].q >= 0 || verbStops[x.lws[m]] || x.lws[m] == "that" {
				break
			}
			if x.isPunct(m, ",") && x.opensQuote(m+1) {
				return x.quotes[x.toks[m+1].q].end, true
			}
		}

		// "…, the agency said in a June report, and …", "he told the
		// host, “…”": a short phrase without a verb before the comma
		for m := k + 1; m < s.hi && m-k <= 5; m++ {
			if x.isPunct(m, ",") {
				k = m
				break
			}
			if !x.toks[m].word || verbStops[x.lws[m]] || x.lws[m] == "that" || x.toks[m].q >= 0 {
				break
			}
		}
	}
	if k+2 < s.hi && x.isPunct(k, "-") && x.isPunct(k+1, "-") || k+1 < s.hi && x.isPunct(k, "—", "–") {
		// "The deal -- the mayor said -- is dead": the aside closes with a dash
		if x.isPunct(k, "-") {
			k++
		}
		n := k + 1
		if !x.toks[n].word || x.toks[n].q >= 0 {
			return 0, false
		}
		return x.toks[s.hi-1].e, true
	}
	if k+1 >= s.hi || !x.isPunct(k, ",") {
		return 0, false
	}
	n := k + 1
	if before >= s.lo && x.subordinateStart(si, src-1) == before {
		// "Though the handover was smooth, he said, replacing her would be
		// hard": the main clause comes after the cue
		return x.toks[s.hi-1].e, true
	}
	if strings.HasSuffix(x.lws[n], "ing") {
		if k, v := x.lx.Verb(x.lws[n]); v && (k == lexicon.CueSpeech || k == lexicon.CueStrict) {
			return 0, false // "“A,” Trump said, adding, “B.”": B is what he added
		}
		// "“A,” Tester said, referring to the excuse, “B.”": the quote
		// carries on past a participle of manner
		for m := n + 1; m < s.hi && m-n <= 10; m++ {
			if x.toks[m].q >= 0 {
				if x.opensQuote(m) && x.isPunct(m-1, ",") {
					return x.quotes[x.toks[m].q].end, true
				}
				break
			}
		}
		return 0, false
	}
	if m := n + 1; m < s.hi && (x.lws[n] == "but" || x.lws[n] == "and") && x.opensQuote(m) {
		n = m // "“I like him,” he said, but “not on this.”"
	}
	w := x.lws[n]
	if x.opensQuote(n) {
		// "“We will not leave,” he said, “until the last one is home.”"
		return x.quotes[x.toks[n].q].end, true
	}
	// a clause may go on after the cue ("…, he said, until it failed"), but
	// not a relative clause, a second cue or a phrase of the cue's own
	if !x.toks[n].word || w == "who" || w == "which" || w == "as" || w == "according" || x.tail(n, s.hi) > 0 ||
		adverbialStarts[w] && !subordinators[w] || x.lx.Phrase(x.lws[n:min(n+4, s.hi)]) > 0 {
		return 0, false
	}
	if _, v := x.lx.Verb(w); v && !strings.HasSuffix(w, "ing") && x.verbless(before, src) {
		// "The museum, Mr. Bush said, celebrated …": the subject before the
		// cue waits for its verb
	} else if v || strings.HasSuffix(w, "ing") {
		return 0, false // ", adding that …", ", speaking on condition …"
	}
	words := 0
	for j := n; j < s.hi; j++ {
		if x.toks[j].word {
			words++
		}
	}
	if words < 4 && !finite[w] { // "The plan, he said, would fail."
		return 0, false
	}
	return x.toks[s.hi-1].e, true
}

// endsQuote reports whether byte offset end closes a quote.
func (x *extractor) endsQuote(end int) bool {
	k := x.tokAfter(end)
	if k < 0 {
		k = len(x.toks)
	}
	return k > 0 && x.toks[k-1].e == end && x.closesQuote(k-1)
}

// phoneCall reports whether "call" at token k-1 places a call: a
// particle of motion ("called into a show", "called in the army") or a short
// object followed by a time, an infinitive of purpose or the clause's end
// ("called the king on Friday to discuss …", "she called him."), not a
// label or a judgment after it ("called the talks constructive").
func (x *extractor) phoneCall(k, hi int) bool {
	if k >= hi {
		return false
	}
	if w := x.lws[k]; w == "into" || w == "in" || w == "back" || w == "off" {
		return true
	}
	for q := k; q < hi && q-k <= 8 && !x.isPunct(q, "."); q++ {
		if x.opensQuote(q) {
			return false // "called Mr. Haddad's remarks “a wake-up call”": a label
		}
	}
	m := k
	switch {
	case objectPronouns[x.lws[k]]:
		m = k + 1
	case x.toks[k].cap && x.toks[k].word:
		for m < hi && m-k < 6 && x.toks[m].q < 0 && (x.toks[m].word && x.toks[m].cap || !x.toks[m].word && x.glueRight(m, hi) > 0) {
			if x.toks[m].word {
				m++
			} else {
				m = x.glueRight(m, hi) // "Mr. Haddad"
			}
		}
		if strings.HasSuffix(x.lws[m-1], "'s") || strings.HasSuffix(x.lws[m-1], "’s") {
			return false // "called Haddad's remarks …": the object goes on
		}
	case determiners[x.lws[k]]:
		m = k + 1
		for m < hi && m-k <= 4 && x.toks[m].word && !timeWords[x.lws[m]] && x.lws[m] != "to" && x.lws[m] != "and" {
			if determiners[x.lws[m]] {
				return false // "called the truce a betrayal": a label
			}
			m++
		}
		if (m >= hi || x.isPunct(m, ".")) && m-k > 2 {
			return false // "called the talks constructive."
		}
	default:
		return false
	}
	if m >= hi || x.isPunct(m, ".") {
		return true
	}
	w := x.lws[m]
	return timeWords[w] && !prepositions[w] || w == "on" && x.dayAfter(m) ||
		w == "to" && m+1 < hi && x.toks[m+1].word && !x.toks[m+1].cap && !determiners[x.lws[m+1]]
}

// capsRun is the end of a short run of capitalized words from token k (a
// name or an outlet), or k.
func (x *extractor) capsRun(k, hi int) int {
	m := k
	for m < hi && m-k < 6 && x.toks[m].word && x.toks[m].cap && x.toks[m].q < 0 {
		m++
	}
	return m
}

// quoteAfterComma reports whether a content starting at byte off is a
// quote set off by a comma ("“A,” he told the host, “B.”").
func (x *extractor) quoteAfterComma(off int) bool {
	k := x.tokAt(off)
	return k > 0 && x.opensQuote(k) && x.isPunct(k-1, ",")
}

// quoteResumes reports whether a quote opens right after the comma that
// follows the cue at k.
func (x *extractor) quoteResumes(si, k int) bool {
	s := x.sents[si]
	if m := x.capsRun(k, s.hi); m > k && m < s.hi && (timeWords[x.lws[m]] || x.isPunct(m, ",")) {
		k = m // "…,” X told Al Jazeera on Wednesday, “but …”": past the one told
	}
	for k < s.hi && (timeWords[x.lws[k]] || x.toks[k].num) {
		k++
	}
	if k+2 < s.hi && x.isPunct(k, ",") && (x.lws[k+1] == "but" || x.lws[k+1] == "and") {
		k++ // "…,” he said, but “…”"
	}
	return k+1 < s.hi && (x.isPunct(k, ",") || x.lws[k] == "but" || x.lws[k] == "and") && x.opensQuote(k+1)
}

// trimSpan drops trailing full stops and commas from a content span.
func (x *extractor) trimSpan(c article.Span) article.Span {
	for c.End > c.Start {
		switch x.text[c.End-1] {
		case '.', ',', ';', ' ':
			c.End--
			continue
		}
		break
	}
	return c
}

// adverbial reports whether the token at byte off opens an adverbial
// phrase rather than what was said.
func (x *extractor) adverbial(off int) bool {
	k := x.tokAt(off)
	if k < 0 || !adverbialStarts[x.lws[k]] {
		return false
	}
	if x.lws[k] == "to" {
		// "said to reporters" is a setting; "hopes to offset" is the content
		return k+1 < len(x.toks) && (determiners[x.lws[k+1]] || x.toks[k+1].cap || objectPronouns[x.lws[k+1]])
	}
	return true
}

// toldRelative reads a relative clause on those told, at token k ("told
// television crews that had gathered outside that …"): rel reports one,
// and m is the "that" opening what they were told after it, or -1 when
// none follows.
func (x *extractor) toldRelative(k, hi int) (m int, rel bool) {
	if k+2 >= hi || x.lws[k] != "that" || !finite[x.lws[k+1]] ||
		!(strings.HasSuffix(x.lws[k+2], "ed") || strings.HasSuffix(x.lws[k+2], "ing") || x.lws[k+2] == "been") {
		return -1, false
	}
	for m := k + 2; m+1 < hi && m-k < 12 && x.toks[m].word && x.toks[m].q < 0; m++ {
		if x.lws[m] == "that" {
			return m, true
		}
	}
	return -1, true
}

// restIsAdverbial reports whether what follows a cue (past a told-object
// and a cue tail) says nothing of its own: the end of the sentence, a comma
// ("…, speaking on condition of anonymity") or an adverbial phrase.
func (x *extractor) restIsAdverbial(si, k int, lemma string, strict bool) bool {
	s := x.sents[si]
	if tellVerbs[lemma] {
		_, k = x.tellObject(k, s.hi)
		if m, rel := x.toldRelative(k, s.hi); rel && m < 0 {
			return true // "“…,” he told crews that had gathered outside."
		}
	}
	t := x.tail(k, s.hi)
	k += t
	if strict {
		// "began taking calls from listeners": a strict cue ends its clause
		return k >= s.hi || !x.toks[k].word
	}
	if k < s.hi && adverbialStarts[x.lws[k]] {
		return true
	}
	if x.statementParticiple(si, k-t) {
		return true // "said in a joint statement read at the end of the talks"
	}
	// "Graham told the paper then.", "she said sarcastically.", "said
	// Thursday morning on Fox News"
	for k < s.hi && !adverbialStarts[x.lws[k]] && (timeWords[x.lws[k]] || x.toks[k].num || x.toks[k].cap && k > 0 && timeWords[x.lws[k-1]] ||
		x.lws[k] == "then" || auxAdverbs[x.lws[k]] && !verbStops[x.lws[k]] && x.lws[k] != "not" || len(x.lws[k]) > 4 && strings.HasSuffix(x.lws[k], "ly") && !x.toks[k].cap) {
		k++
	}
	return k >= s.hi || !x.toks[k].word || adverbialStarts[x.lws[k]]
}

// statementParticiple reports whether the cue ending at token k goes on
// with a cue tail and a participle describing it, then an adverbial
// ("said in a joint statement read at the end of the talks"): nothing
// after the cue is what was said.
func (x *extractor) statementParticiple(si, k int) bool {
	s := x.sents[si]
	t := x.tail(k, s.hi)
	k += t
	return t > 0 && k+1 < s.hi && (strings.HasSuffix(x.lws[k], "ed") || tailParticiples[x.lws[k]]) && adverbialStarts[x.lws[k+1]]
}

// tailParticiples are irregular participles that describe a statement
// ("a statement read at …", "a letter sent to …").
var tailParticiples = set("read seen sent written made given shown")

// tokAt is the index of the token starting at byte off, or -1.
func (x *extractor) tokAt(off int) int {
	if k := x.tokAfter(off); k >= 0 && x.toks[k].s == off {
		return k
	}
	return -1
}

// inCue reports whether token i already belongs to a found claim's cue
// ("said in a social media post").
func (x *extractor) inCue(i int) bool {
	t := x.toks[i]
	// claims come in the order of their cues, and a cue is a few tokens
	// long, so only the last few can hold token i
	for k := len(x.out) - 1; k >= 0 && k >= len(x.out)-8; k-- {
		c := x.out[k].c.CueSpan
		if c != nil && c.Start <= t.s && t.e <= c.End {
			return true
		}
		if x.out[k].sent != t.sent {
			break
		}
	}
	return false
}

// dayAfter reports whether token k+1 names a day or date ("warned on Tuesday").
func (x *extractor) dayAfter(k int) bool {
	if k+1 >= len(x.toks) {
		return false
	}
	return timeWords[x.lws[k+1]] || x.toks[k+1].num
}

// startsWithVerb reports whether the content starting at byte off opens
// with an auxiliary ("was meant to"), the mark of a relative clause.
func (x *extractor) startsWithVerb(off int) bool {
	k := x.tokAt(off)
	return k >= 0 && verbStops[x.lws[k]]
}

// participle builds the claim of "…, adding that Y" / "…, saying Y": its
// source is the subject of the sentence, or of the claim before it in the
// same sentence.
func (x *extractor) participle(si, i, cueHi, after int, lemma string, strict bool) {
	cont, outlet, ok := x.contentAfter(si, after, lemma, strict)
	if !ok {
		return
	}
	for k := len(x.out) - 1; k >= 0; k-- {
		o := x.out[k]
		if o.sent == si && o.srcLo >= 0 && !o.noun && !x.relative(o) && !x.inContent(k) {
			// the participle's own cue stands for it, inside another's
			// content or not ("refuses to discuss names, aside from saying …")
			x.emitCoord(si, i, after, o.srcLo, o.srcHi, cont, outlet)
			return
		}
	}
	if lo, hi, ok := x.subject(si); ok {
		if lo > i && lo-1 > after && x.toks[lo-1].s < cont.End {
			// "After saying Y, she was …": Y ends where the clause begins
			c, ok := x.trimmed(si, x.tokAt(cont.Start), lo-1)
			if !ok {
				return
			}
			cont = c
		}
		x.emit(si, i, after, lo, hi, cont, outlet)
	}
}

// inContent reports whether claim k's cue stands inside the content of an
// earlier claim of its sentence ("said he didn't believe …, arguing"): a
// clause of what was said, whose subject a participle of the main clause
// does not take.
func (x *extractor) inContent(k int) bool {
	f := x.out[k]
	if f.cueTok < 0 {
		return false
	}
	if l := f.srcLo; l >= 2 && f.srcHi-l == 1 && pronouns[x.lws[l]] && (x.lws[l-1] == "but" || x.lws[l-1] == "and") && x.isPunct(l-2, ",") {
		return false // "X said A, but he refuses B, aside from saying": the speaker's own second clause
	}
	at := x.toks[f.cueTok].s
	for j := k - 1; j >= 0 && k-j <= 16 && x.out[j].sent == f.sent; j-- {
		if o := x.out[j]; o.c.Start <= at && at < o.c.End {
			return true
		}
	}
	return false
}

// relative reports whether claim o's source is a relative pronoun ("an
// architect who said …"): a clause inside the sentence, whose speaker a
// participle of the main clause does not take.
func (x *extractor) relative(o found) bool {
	if o.c.SourceSpan == nil {
		return false
	}
	k := x.tokAt(o.c.SourceSpan.Start)
	return k >= 0 && (x.lws[k] == "who" || x.lws[k] == "which" || x.lws[k] == "whom")
}

// subject finds the noun phrase that opens a sentence, after any leading
// adverbial closed by a comma ("On Monday, Kenya's leader …").
func (x *extractor) subject(si int) (int, int, bool) {
	s := x.sents[si]
	// a wire dateline ("CHARLOTTE - The wife of …") is no part of the subject
	start := x.afterDateline(s.lo, s.hi)
	if start >= s.hi {
		return 0, 0, false
	}
	if w := x.lws[start]; (w == "but" || w == "and" || w == "yet") && start+1 < s.hi && x.toks[start+1].word {
		start++ // "But an adviser contradicted him, saying …": the joint opens no adverbial
	}
	lo := start
	w0 := x.lws[start]
	opener := timeWords[w0] || prepositions[w0] || adverbialStarts[w0] || leftStops[w0] || auxAdverbs[w0] ||
		strings.HasSuffix(w0, "ed") && start+1 < s.hi && x.lws[start+1] == "by" || // "Chastened by the analyses, …"
		strings.HasSuffix(w0, "ing") && start+1 < s.hi && !x.toks[start+1].cap ||
		start+1 < s.hi && x.isPunct(start+1, ",") && strings.HasSuffix(w0, "ly") // "Meanwhile, it …", "Separately, …"
	for k := start; k < min(start+20, s.hi); k++ {
		if x.isPunct(k, ",") && (x.toks[k].q < 0 || k+1 < s.hi && x.closesQuote(k+1)) {
			if opener {
				lo = k + 1
				if lo < s.hi && x.closesQuote(lo) {
					lo++ // "After saying it was “too late,” she …"
				}
			}
			break
		}
	}
	if lo == start && opener {
		return 0, 0, false // "During a long speech in the morning …" with no comma in sight
	}
	for lo+1 < s.hi && (sentenceAdverbs[x.lws[lo]] || lo > start && strings.HasSuffix(x.lws[lo], "ly")) && x.isPunct(lo+1, ",") {
		lo += 2 // "On Thursday, however, Trump …"
	}
	hi := lo
	for hi < s.hi && hi-lo < 8 {
		t := x.toks[hi]
		w := x.lws[hi]
		if w == "-" && hi > lo && x.toks[hi-1].e == t.s && hi+1 < s.hi && x.toks[hi+1].s == t.e && x.toks[hi+1].word {
			hi += 2 // "His ex-wife"
			continue
		}
		if !t.word || t.q >= 0 || verbStops[w] || auxAdverbs[w] || leftStops[w] || linkVerbs[w] || negContraction(w) {
			break
		}
		if !t.cap && hi > lo && !determiners[x.lws[hi-1]] && !x.toks[hi-1].num && !x.numberWord(hi-1) && x.lws[hi-1] != "of" {
			// (a noun after "of" is no verb: "A group of parents sent …")
			if _, v := x.lx.Verb(w); v || strings.HasSuffix(w, "ed") || irregularPast[w] || strings.HasSuffix(w, "s") && !x.lx.Anonymous(w) {
				break // "Trump spoke to …": the verb ends the subject
			}
		}
		hi++
	}
	if hi == lo || prepositions[x.lws[lo]] || !x.looksLikeSource(lo, hi) {
		return 0, 0, false
	}
	return lo, hi, true
}

// npLeft walks left from token p (the word before the cue) over the source
// phrase; it returns the phrase's first token. A phrase joined by "and" is
// kept whole only when a clean boundary closes it on the left.
func (x *extractor) npLeft(p, lo int) (int, bool) {
	if d := x.afterDateline(lo, p+1); d > lo && d <= p {
		lo = d // "CHARLOTTE - Police said": the dateline is no part of the source
	}
	a := p + 1
	lastAnd := -1
	clean := true
	for k := p; k >= lo; k-- {
		t := x.toks[k]
		w := x.lws[k]
		if !t.word && t.q < 0 {
			if g := x.glueLeft(k, lo); g >= 0 {
				a, k = g, g
				continue
			}
			if lastAnd > k && x.isPunct(k, ",") && x.nameList(k, lo) {
				a = lo // "Egypt, Qatar and the United States said": the whole list
				break
			}
			if m := x.placeListHead(k, lo); lastAnd > k && m >= 0 {
				a, k = m, m // "Officials in Cairo, Doha and Washington said": where they sit
				continue
			}
		}
		if !t.word || t.q >= 0 || leftStops[w] {
			break
		}
		if verbStops[w] && k-2 >= lo && (x.lws[k-1] == "that" || x.lws[k-1] == "which" || x.lws[k-1] == "who") {
			// "A report … that was published on Wednesday said": a relative
			// clause inside the source phrase
			a, k = k-1, k-1
			continue
		}
		if verbStops[w] && !x.nameAux(k) || p-k >= 20 {
			clean = false
			break
		}
		if _, v := x.lx.Verb(w); v && k < p && !t.cap && k > lo && !determiners[x.lws[k-1]] && x.lws[k-1] != "and" && !(x.toks[k-1].cap && x.lx.Lemma(w) == w) {
			// ("a Government Accountability Office report released last year
			// found": a noun after a name)
			// another finite cue verb: "the paper could not confirm …"
			// (but "lawmakers opposing the bill said": a participle inside the phrase)
			if !(strings.HasSuffix(w, "ed") && x.toks[k-1].word && !x.toks[k-1].cap) && !(strings.HasSuffix(w, "ing") && x.plainNoun(k-1)) {
				clean = false
				break
			}
		}
		if strings.HasSuffix(w, "ed") && !t.cap && k < p && k > lo && !determiners[x.lws[k-1]] && !pronouns[x.lws[k-1]] &&
			(determiners[x.lws[k+1]] || x.toks[k+1].num) {
			break // "The group released a plan calling for": a finite verb and its object
		}
		if w == "and" || w == "or" {
			lastAnd = k
		}
		a = k
		if (w == "a" || w == "an" || w == "the") && k-1 >= lo && x.lowerWord(k-1) && !prepositions[x.lws[k-1]] && !partitives[x.lws[k-1]] &&
			!determiners[x.lws[k-1]] && !auxAdverbs[x.lws[k-1]] && x.lws[k-1] != "and" && x.lws[k-1] != "or" && x.lws[k-1] != "of" &&
			!(strings.HasSuffix(x.lws[k-1], "ing") && k-2 >= lo && x.plainNoun(k-2) && !x.lx.Document(x.lws[k-2])) {
			// (but "lawmakers opposing the bill said": the participle's object)
			break // "The spot features a … report": the phrase opens at its determiner
		}
	}
	if !clean && lastAnd >= 0 {
		a = lastAnd + 1
	}
	for a < p && (x.lws[a] == "and" || x.lws[a] == "or" || x.lws[a] == "so" || auxAdverbs[x.lws[a]] && !x.nameAux(a) || x.lws[a] == "today" || x.lws[a] == "yesterday" || sentenceAdverbs[x.lws[a]]) {
		a++
	}
	if a < p && pronouns[x.lws[p]] {
		a = p // "Later he said", "Separately, she said"
	}

	if a > p {
		return 0, false
	}
	if !x.looksLikeSource(a, p+1) {
		if prepositions[x.lws[a]] && x.toks[a].cap {
			// "In an interview with the paper the senator said": an opening
			// phrase with no comma; the source is the phrase that ends it
			return x.lastPhrase(a, p)
		}
		return 0, false
	}
	return a, true
}

// placeListHead returns the preposition that opens a list of names whose
// first comma is at k ("officials in Cairo, Doha and …"), when a word
// stands before it to head the phrase, or -1.
func (x *extractor) placeListHead(k, lo int) int {
	if !x.isPunct(k, ",") {
		return -1
	}
	m := k - 1
	for m > lo && m > k-4 && x.toks[m].word && x.toks[m].cap && x.toks[m].q < 0 {
		m--
	}
	if m == k-1 || m <= lo || !x.toks[m-1].word || x.toks[m-1].q >= 0 {
		return -1
	}
	if w := x.lws[m]; w != "in" && w != "from" {
		return -1
	}
	return m
}

// nameList reports whether the tokens from lo up to the comma at k are
// names set off by commas, the head of a list that "and" closes after k
// ("Egypt, Qatar and …", "Britain, France, Germany and …").
func (x *extractor) nameList(k, lo int) bool {
	run := 0
	for j := k - 1; j >= lo; j-- {
		switch {
		case x.toks[j].word && x.toks[j].cap && x.toks[j].q < 0 && run < 3 && !timeWords[x.lws[j]] && !prepositions[x.lws[j]] && !leftStops[x.lws[j]] && !adverbialStarts[x.lws[j]]:
			run++
		case x.isPunct(j, ",") && run > 0 && x.toks[j].q < 0:
			run = 0
		case !x.toks[j].word && x.toks[j].q < 0 && x.glueLeft(j, lo) == j-1: // "Mr."

		default:
			return false
		}
	}
	return run > 0
}

// lastPhrase finds the source at the end of tokens [a, p] when they open
// with a prepositional phrase: the name mention ending at p, else the
// phrase from the last determiner.
func (x *extractor) lastPhrase(a, p int) (int, bool) {
	end := x.toks[p].e
	for i := range x.a.Entities {
		for _, m := range x.a.Entities[i].Mentions {
			if m.End == end && m.Start > x.toks[a].e {
				if k := x.tokAt(m.Start); k > a && x.looksLikeSource(k, p+1) {
					return k, true
				}
			}
		}
	}
	for k := p; k > a; k-- {
		if determiners[x.lws[k]] || prepositions[x.lws[k]] {
			if determiners[x.lws[k]] && x.looksLikeSource(k, p+1) {
				return k, true
			}
			break
		}
	}
	return 0, false
}

// nameLeft finds the short phrase ending at token p that a relative
// pronoun stands for: a run of capitalized words, or a determiner and at
// most three words ("the ministry").
func (x *extractor) nameLeft(p, lo int) (int, bool) {
	a := p + 1
	for k := p; k >= lo && p-k < 8; k-- {
		t := x.toks[k]
		if !t.word {
			if g := x.glueLeft(k, lo); g >= 0 && t.q < 0 {
				a, k = g, g
				continue
			}
			break
		}
		if !t.cap || t.q >= 0 {
			break
		}
		a = k
	}
	if a <= p {
		return a, true
	}
	for k := p; k >= lo && p-k < 4; k-- {
		if !x.toks[k].word || x.toks[k].q >= 0 || verbStops[x.lws[k]] || leftStops[x.lws[k]] {
			return 0, false
		}
		if determiners[x.lws[k]] {
			return k, true
		}
	}
	return 0, false
}

// titles are abbreviations written with a dot inside a name ("Mr. Okafor").
var titles = set("mr mrs ms dr sen rep gov gen lt col maj capt sgt adm st jr sr prof rev pres amb hon brig sens reps")

// glueLeft lets a source phrase run leftwards over punctuation that belongs
// to a name: the dot of "Mr." or of an initial, a parenthesis ("Lane
// (R-S.C.)"), a hyphen or an ampersand. It returns the index the walk goes
// on from, or -1.
func (x *extractor) glueLeft(k, lo int) int {
	switch x.lws[k] {
	case ".":
		if k > lo && x.toks[k-1].word && x.toks[k-1].e == x.toks[k].s && x.toks[k-1].cap &&
			(titles[x.lws[k-1]] || len(x.lws[k-1]) == 1) {
			return k - 1
		}
	case ")":
		for j := k - 1; j >= lo && k-j <= 10; j-- {
			if x.lowerWord(j) {
				return -1 // "(a view shared by many)" is an aside, not a name's party
			}
			if x.lws[j] == "(" {
				if j > lo && x.toks[j-1].word {
					return j - 1
				}
				return -1
			}
		}
	case "-", "&":
		if k > lo && x.toks[k-1].word {
			return k - 1
		}
	}
	return -1
}

// lowerWord reports whether token k is a lower-case word of more than
// one letter: a party and state in brackets ("R-S.C.") have none.
func (x *extractor) lowerWord(k int) bool {
	return x.toks[k].word && !x.toks[k].cap && !x.toks[k].num && len(x.lws[k]) > 1
}

// glueRight is glueLeft for a walk to the right; it returns the index after
// the glued punctuation, or -1.
func (x *extractor) glueRight(k, hi int) int {
	switch x.lws[k] {
	case ".":
		if k > 0 && x.toks[k-1].word && x.toks[k-1].e == x.toks[k].s && x.toks[k-1].cap &&
			(titles[x.lws[k-1]] || len(x.lws[k-1]) == 1) && k+1 < hi && x.toks[k+1].cap {
			return k + 1
		}
	case "(":
		for j := k + 1; j < hi && j-k <= 10; j++ {
			if x.lowerWord(j) {
				return -1
			}
			if x.lws[j] == ")" {
				return j + 1
			}
		}
	case "-", "&":
		if k+1 < hi && x.toks[k+1].word {
			return k + 1
		}
	}
	return -1
}

// looksLikeSource reports whether tokens [lo, hi) can name who speaks: a
// name, a pronoun, a counted or determined noun phrase, or a bare plural of
// people ("officials", "residents").
func (x *extractor) looksLikeSource(lo, hi int) bool {
	if hi <= lo || hi-lo > 24 {
		return false
	}
	w := x.lws[lo]
	if pronouns[w] {
		return hi-lo == 1
	}
	if hi-lo == 1 && (w == "having" || w == "being") {
		return false // "Having said that, …"
	}
	if prepositions[w] && !(lo+1 < hi && x.toks[lo+1].num && (w == "about" || w == "around" || w == "over")) {
		return false // "of the plan": the walk crossed into a phrase; "about 40 percent" is a count
	}
	allTime := true
	for k := lo; k < hi; k++ {
		allTime = allTime && (timeWords[x.lws[k]] && !x.nameAux(k) || x.toks[k].num)
	}
	if allTime {
		return false // "said Tuesday": a time, not a speaker
	}
	ht := x.headTok(lo, hi)
	h := x.lws[ht]
	if i := strings.LastIndexByte(h, '-'); i > 0 && i+1 < len(h) {
		h = h[i+1:] // "ex-wife", "co-founder": the last part heads the word
	}
	if hi-lo > 1 && !x.toks[hi-1].cap && !determiners[x.lws[hi-2]] && !subjectPronouns[x.lws[hi-2]] &&
		(strings.HasSuffix(x.lws[hi-1], "ed") || strings.HasSuffix(x.lws[hi-1], "ing")) &&
		!x.lx.Anonymous(x.lws[hi-1]) && !x.lx.PersonDesc(x.lws[hi-1]) && !orgWords[x.lws[hi-1]] {
		return false // "the annexation renewed", "a leading": a clause or a modifier, not a speaker (but "the armed wing")
	}
	if possessives[w] && hi-lo > 1 {
		// "his aide", "their lawyers", but not "his early-morning" before
		// "tweets", a noun
		return x.toks[ht].cap || x.lx.Anonymous(h) || x.lx.PersonDesc(singular(h)) || x.lx.Document(h) || orgWords[singular(h)]
	}
	if x.toks[lo].cap || x.toks[lo].num || determiners[w] || partitives[w] {
		return true
	}
	if _, ok := x.lx.Number(w); ok {
		return true
	}
	return x.toks[ht].cap || x.lx.Anonymous(h) || x.lx.Document(h) || x.lx.PersonDesc(singular(h)) || agentPlural(h) || orgWords[h]
}

// agentPlural reports whether w is the plural of a noun for people by what
// they do or hold ("environmentalists", "researchers", "conservatives",
// "participants"): a bare plural of these can speak.
func agentPlural(w string) bool {
	if len(w) < 6 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, suf := range agentSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var agentSuffixes = []string{"ists", "ers", "ors", "ians", "ants", "ents", "ives", "icans", "crats", "ees"}

// possessives open a phrase whose head must still name a speaker.
var possessives = set("his her its their our my your")

// npAfter reads the source phrase after an inverted cue ("…, said the
// person familiar with the talks."). It must run to the end of the clause.
func (x *extractor) npAfter(k, hi int) (int, int, bool) {
	lo := k
	e := k
	for e < hi {
		t := x.toks[e]
		w := x.lws[e]
		if t.q >= 0 {
			break
		}
		if !t.word {
			// ", as well as a regional source" keeps counting sources
			if w == "," && e+3 < hi && x.lws[e+1] == "as" && x.lws[e+2] == "well" && x.lws[e+3] == "as" {
				e += 4
				continue
			}
			if g := x.glueRight(e, hi); g > 0 {
				e = g
				continue
			}
			break
		}
		if verbStops[w] || w == "who" || w == "which" || w == "that" {
			if e == lo {
				return 0, 0, false
			}
			break
		}
		if (w == "when" || w == "while" || w == "as") && e > lo {
			break
		}
		if (w == "on" || w == "in" || w == "at" || w == "during" || w == "after") && e > lo && (x.dayAfter(e) || x.tail(e, hi) > 0) {
			break // "said the envoy on Tuesday", "said X in a statement"
		}
		if e > lo && !x.toks[e].cap && strings.HasSuffix(w, "ed") && !determiners[x.lws[e-1]] &&
			(!(e+1 < hi && (x.lws[e+1] == "on" || x.lws[e+1] == "with" || x.lws[e+1] == "in" || x.lws[e+1] == "about" || x.lws[e+1] == "by" || x.lws[e+1] == "to")) ||
				x.lws[e+1] == "to" && e+2 < hi && x.lowerWord(e+2) && !determiners[x.lws[e+2]]) {
			return 0, 0, false // "Clinton reached out", "the candidate tended to make": a clause, not a name
		}
		if _, v := x.lx.Verb(w); v && e > lo && !x.toks[e].cap && !determiners[x.lws[e-1]] {
			// "a diplomat briefed on the talks" is a name; "the group
			// wanted observers" is a clause
			if !(strings.HasSuffix(w, "ed") && e+1 < hi && (x.lws[e+1] == "on" || x.lws[e+1] == "with" || x.lws[e+1] == "in" || x.lws[e+1] == "about" || x.lws[e+1] == "by" ||
				x.lws[e+1] == "to" && e+2 < hi && (determiners[x.lws[e+2]] || x.toks[e+2].cap))) {
				return 0, 0, false
			}
		}
		e++
	}
	if e == lo || e-lo > 24 {
		return 0, 0, false
	}
	// the phrase must close the clause: end, comma, or a time adverbial
	if e < hi && !x.isPunct(e, ",", ".", ";", "—", "–", "(", "!", "?") && !(timeWords[x.lws[e]] && x.dayAfter(e)) &&
		!(timeWords[x.lws[e]] && !prepositions[x.lws[e]]) && x.tail(e, hi) == 0 {
		return 0, 0, false
	}
	if !x.looksLikeSource(lo, e) {
		return 0, 0, false
	}
	return lo, e, true
}

// appositiveAfter extends a source that ends at token hi over an
// appositive set off by a comma ("…, said Richard Revesz, director of the
// institute."), as a source before its cue keeps one; it returns the new
// end. A clause ("who …", a verb) is not an appositive.
func (x *extractor) appositiveAfter(hi, end int) int {
	if hi+1 >= end || !x.isPunct(hi, ",") {
		return hi
	}
	k := hi + 1
	if w := x.lws[k]; !x.toks[k].word || x.toks[k].q >= 0 || leftStops[w] || prepositions[w] || timeWords[w] || verbStops[w] ||
		strings.HasSuffix(w, "ing") && !x.toks[k].cap {
		return hi // ", speaking of the plan": a participle, not an appositive
	}
	for j := k; j < end && j-k <= 20; j++ {
		t := x.toks[j]
		if t.q >= 0 || verbStops[x.lws[j]] || leftStops[x.lws[j]] && x.lws[j] != "that" {
			return hi
		}
		if !t.word {
			if g := x.glueRight(j, end); g > 0 {
				j = g - 1
				continue
			}
			if x.isPunct(j, ",", ".", ";") || j == end-1 {
				if j > k && (x.isPunct(j, ".") || j == end-1 || x.isPunct(j, ",") && j+1 < end && !x.toks[j+1].word) {
					return j
				}
				return hi
			}
			if !x.isPunct(j, "-", "&", "'", "’") {
				return hi
			}
			continue
		}
		if _, v := x.lx.Verb(x.lws[j]); v && !t.cap && !determiners[x.lws[j-1]] {
			return hi
		}
	}
	if j := min(end, k+21); j == end {
		return end
	}
	return hi
}

// clauseWord reports whether token k opens a clause rather than a noun
// phrase: a relative pronoun, a participle or a verb ("seen by Reuters",
// "who asked not to be named"), not a title ("president of the union").
func (x *extractor) clauseWord(k int) bool {
	w := x.lws[k]
	if leftStops[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || verbStops[w] || auxAdverbs[w] || tailParticiples[w] || w == "known" || w == "told" {
		return true
	}
	_, v := x.lx.Verb(w)
	return v
}

// opensWithAppositive reports whether the sentence up to token p (the
// comma before a cue) is a name, a comma and an appositive: "X, a Y,".
func (x *extractor) opensWithAppositive(si, p int) bool {
	s := x.sents[si]
	for c := s.lo + 1; c < p && c-s.lo <= 6; c++ {
		if x.isPunct(c, ",") {
			if fw := x.lws[s.lo]; !x.toks[s.lo].cap || leftStops[fw] || prepositions[fw] || adverbialStarts[fw] || !x.looksLikeSource(s.lo, c) {
				return false // "As for cost, “…,” said X" opens with an adverbial
			}
			if c+1 >= p || !x.toks[c+1].word && !x.isPunct(c+1, "(") {
				return false
			}
			for k := s.lo; k < c; k++ {
				if verbStops[x.lws[k]] {
					return false
				}
				if _, v := x.lx.Verb(x.lws[k]); v && !x.toks[k].cap {
					return false
				}
			}
			w := x.lws[c+1]
			return determiners[w] || w == "who" || w == "which" || x.toks[c+1].num || !x.toks[c+1].cap ||
				x.isPunct(c+1, "(") || len(w) <= 3 && x.isUpperWord(c+1) // "R-Ky."
		}
		if x.dash(c) && c+1 < p && (x.dash(p) || p-1 > c+1 && x.dash(p-1)) {
			// "Kall -- co-editor of a book -- said …": an aside in dashes
			fw := x.lws[s.lo]
			return x.toks[s.lo].cap && !leftStops[fw] && !prepositions[fw] && !adverbialStarts[fw] && x.looksLikeSource(s.lo, c)
		}
		if !x.toks[c].word && !x.isPunct(c, ".", "-", "'", "’") {
			return false
		}
	}
	return false
}

// relativeHead widens a source read back to token lo over a relative
// clause with no comma that it ends ("Two aid workers who fled the city to
// Tawila, about 60 km to the west, told"): the source is the noun phrase
// the clause hangs on.
func (x *extractor) relativeHead(lo, slo int) int {
	for r := lo - 1; r > slo && lo-r <= 12; r-- {
		if !x.toks[r].word || x.toks[r].q >= 0 {
			return lo
		}
		if w := x.lws[r]; w == "who" || w == "which" {
			if !x.toks[r-1].word {
				return lo
			}
			if lo2, ok := x.npLeft(r-1, slo); ok {
				return lo2
			}
			return lo
		}
	}
	return lo
}

// nameRun reports whether tokens [lo, hi) are two or more capitalized
// words and no time ("Corneille Nangaa", not "On Monday" or "Yesterday").
func (x *extractor) nameRun(lo, hi int) bool {
	if hi-lo < 2 {
		return false
	}
	for k := lo; k < hi; k++ {
		if !x.toks[k].word || !x.toks[k].cap || timeWords[x.lws[k]] || prepositions[x.lws[k]] {
			return false
		}
	}
	return true
}

// inAside reports whether a relative pronoun set off by a comma stands
// before token k in its sentence ("X, who … “total peace”"), so that k lies
// in a clause describing the source.
func (x *extractor) inAside(k, lo int) bool {
	for j := k - 1; j > lo && k-j <= 30; j-- {
		if x.toks[j].q >= 0 {
			return false
		}
		if (x.lws[j] == "who" || x.lws[j] == "which") && x.isPunct(j-1, ",") {
			return true
		}
	}
	return false
}

// appositiveSource finds "X" in "X, a spokesman for Y, said": p is the
// comma before the cue.
func (x *extractor) appositiveSource(si, p int) (int, int, bool) {
	s := x.sents[si]
	for c := p - 1; c > s.lo && p-c <= 40; c-- {
		if x.toks[c].q >= 0 {
			// a short label quoted inside the aside ("who has staked his
			// legacy on what he calls “total peace”, said") is stepped over;
			// any other quote is what was said
			q := x.quotes[x.toks[c].q]
			b := x.tokAfter(q.start)
			if b <= s.lo || !x.toks[b-1].word || x.quoteWords(q) > 4 || !x.inAside(b, s.lo) {
				return 0, 0, false
			}
			c = b
			continue
		}
		if x.dash(c) && c < p-1 {
			break // the aside opened with a dash: read below
		}
		if !x.isPunct(c, ",") {
			continue
		}
		if c-1 < s.lo {
			return 0, 0, false
		}
		lo, ok := x.npLeft(c-1, s.lo)
		if !ok {
			if prepositions[x.lws[c+1]] || x.toks[c+1].cap || x.lws[c+1] == "who" || x.lws[c+1] == "which" {
				continue // "X, of Dayton, Ohio, said", "X, 56, who has served …, told"
			}
			break
		}
		// the source is the name with its appositive ("Ruth Abney, the
		// state's campaign chairman"); its head stays the name's. A clause
		// ("seen by Reuters", "who asked not to be named") is left out.
		if w := x.lws[c+1]; !x.toks[c+1].cap && !determiners[w] && !x.toks[c+1].num && w != "as" && w != "and" && w != "of" && x.clauseWord(c+1) {
			return lo, c, true
		}
		if lo-2 > s.lo && x.isPunct(lo-1, ",") && !x.toks[lo].cap && x.toks[lo-2].cap {
			// "“…,” Scott Pruitt, the attorney general of Oklahoma, one of
			// the states suing, said": the name before both appositives
			if lo2, ok := x.npLeft(lo-2, s.lo); ok && (lo2 > s.lo && x.closesQuote(lo2-1) || lo2 == s.lo && x.nameRun(lo2, lo-1)) {
				lo = lo2 // and "Corneille Nangaa, the leader of …, the coalition that …, told"
			}
		}
		hi := p
		for hi-1 > c && x.isPunct(hi-1, "-", "—", "–", "--") {
			hi-- // the dash that closed an aside
		}
		return x.relativeHead(lo, s.lo), hi, true
	}
	if x.dash(p) || p-1 >= s.lo && x.dash(p-1) {
		// "Kall -- co-editor of a book, … -- said": the aside opens with a
		// dash too, and the name stands before it
		close := p
		if !x.dash(p) {
			close = p - 1
		}
		for d := close - 1; d > s.lo && close-d <= 40; d-- {
			if x.toks[d].q >= 0 {
				break
			}
			if x.dash(d) {
				lo, ok := x.npLeft(d-1, s.lo)
				if !ok {
					break
				}
				if lo-2 >= s.lo && x.isPunct(lo-1, ",") && x.toks[lo-2].cap {
					// "Jon Diaz, the head of Ora Media -- the firm … --"
					if lo2, ok := x.npLeft(lo-2, s.lo); ok {
						lo = lo2
					}
				}
				return lo, close, true
			}
		}
	}
	return 0, 0, false
}

// accordingTo reads "According to X, Y" and "Y, according to X".
func (x *extractor) accordingTo(si, i, j int) {
	s := x.sents[si]
	lo, hi, ok := x.npAfterAccording(j, s.hi)
	if !ok {
		return
	}
	for k := lo; k < hi && k < lo+4; k++ {
		if renderings[x.lws[k]] {
			return // "…, according to a translation by AFP": who rendered it, not who said it
		}
	}
	var cont article.Span
	if i == s.lo || (i > s.lo && !x.hasWordBefore(s.lo, i)) {
		// According to X, Y.
		k := x.pastAppositive(hi, s.hi)
		for k < s.hi && !x.toks[k].word && !x.opensQuote(k) {
			k++
		}
		c, ok := x.trimmed(si, k, s.hi)
		if !ok {
			return
		}
		cont = c
	} else {
		p := i - 1
		if !x.isPunct(p, ",", "—", "–", "(") {
			// "…, Y according to X" without a comma still puts Y first
			p = i
		}
		c, ok := x.contentBefore(si, p)
		if !ok {
			return
		}
		cont = c
	}
	x.emit(si, i, j, lo, hi, cont, "")
}

// pastAppositive returns the comma that closes a noun phrase set off
// after X in "According to X, the military's media wing, troops …", or
// hi when none is there: a determiner or a possessor opens it, no verb is
// in it, and a word follows its closing comma.
func (x *extractor) pastAppositive(hi, end int) int {
	k := hi + 1
	if k+2 >= end || !x.isPunct(hi, ",") || !(determiners[x.lws[k]] || possessive(x.lws[k])) || x.toks[k].q >= 0 {
		return hi
	}
	for j := k + 1; j < end && j-k <= 8; j++ {
		w := x.lws[j]
		if x.toks[j].q >= 0 || leftStops[w] || verbStops[w] || finite[w] || pastWord(w) && !x.toks[j].cap {
			return hi
		}
		if _, v := x.lx.Verb(w); v && !x.toks[j].cap {
			return hi
		}
		if x.isPunct(j, ",") {
			h := singular(x.lws[j-1])
			if j > k+1 && j+1 < end && x.toks[j+1].word && !leftStops[x.lws[j+1]] && !x.listAt(j+1, end) &&
				(x.lx.PersonDesc(h) || orgWords[h] || x.lx.Anonymous(x.lws[j-1])) {
				return j // a description of the source: "the military's media wing"
			}
			return hi
		}
		if !x.toks[j].word && !x.isPunct(j, "'", "’", "-") {
			return hi
		}
	}
	return hi
}

// listAt reports whether an "and" or "or" comes within a few words from k
// before any verb ("the army, the police and the militia were …").
func (x *extractor) listAt(k, end int) bool {
	for m := k; m < end && m-k < 5 && x.toks[m].word; m++ {
		if x.lws[m] == "and" || x.lws[m] == "or" {
			return true
		}
		if finite[x.lws[m]] || pastWord(x.lws[m]) {
			return false
		}
	}
	return false
}

// renderings are the words for a version of what someone said in other
// words or another tongue, made by the reporter's side.
var renderings = set("translation translations interpretation rendering")

// npAfterAccording reads X in "according to X" up to the clause's end.
func (x *extractor) npAfterAccording(k, hi int) (int, int, bool) {
	e := k
	for e < hi {
		t := x.toks[e]
		if !t.word {
			if x.lws[e] == "&" || x.lws[e] == "-" || x.lws[e] == "'" || x.lws[e] == "’" {
				e++
				continue
			}
			if x.isPunct(e, "(") && e+2 < hi && x.toks[e+1].word && x.isPunct(e+2, ")") {
				e += 3 // "the Inter-Services Public Relations (ISPR)": its short name
				continue
			}
			break
		}
		if w := x.lws[e]; (w == "which" || w == "who" || w == "that" || verbStops[w]) && e > k {
			break
		}
		e++
	}
	if e == k || e-k > 32 || !x.toks[k].word {
		return 0, 0, false
	}
	if h := x.lws[e-1]; h == "plan" || h == "schedule" || h == "law" || h == "tradition" {
		return 0, 0, false
	}
	return k, e, true
}

func (x *extractor) hasWordBefore(lo, i int) bool {
	for k := lo; k < i; k++ {
		if x.toks[k].word {
			return true
		}
	}
	return false
}

// nounCue reads a noun of stance after a possessive that takes a clause,
// a colon or a quote: "his claim that Y", "Trump's latest warning: Y". The
// possessor holds the position; an adjective or two may stand between.
func (x *extractor) nounCue(si, i int) bool {
	s := x.sents[si]
	if i+2 >= s.hi || x.toks[i].cap {
		return false
	}
	p := i - 1
	for p >= s.lo && i-p <= 2 && x.toks[p].word && !x.toks[p].cap && !possessives[x.lws[p]] && !possessive(x.lws[p]) && !determiners[x.lws[p]] {
		p-- // "his repeated claim", "Trump's latest call"
	}
	if p < s.lo || x.toks[p].q >= 0 {
		return false
	}
	lo := p
	switch {
	case possessives[x.lws[p]] && x.lws[p] != "its" && x.lws[p] != "your" && x.lws[p] != "my" && x.lws[p] != "our":
	case possessive(x.lws[p]):
		l, ok := x.nameLeft(p, s.lo)
		if !x.toks[p].cap && p-1 >= s.lo && x.toks[p-1].cap && x.toks[p-1].word {
			// "Tulsa police’s earlier claim": a name before a common noun
			l, ok = p-1, true
			for l-1 >= s.lo && x.toks[l-1].cap && x.toks[l-1].word && p-l < 4 {
				l--
			}
		}
		if !ok || !x.toks[p].cap && !(l < p && (determiners[x.lws[l]] || x.toks[l].cap)) {
			return false
		}
		lo = l
	default:
		return false
	}
	n := x.lws[i+1]
	start := i + 2
	switch {
	case n == "that" && !verbStops[x.lws[i+2]] && x.toks[i+2].word:
	case n == ":" || x.opensQuote(i+1):
		start = i + 1 // "his warning: …", "her comment “…”"
		if n == ":" {
			start = i + 2
		}
	default:
		// "his criticism of the deal": attribution corpora mark such
		// phrases only now and then, so a noun with a preposition is left
		// alone
		return false
	}
	c, ok := x.trimmed(si, start, x.nounContentEnd(si, start))
	if !ok {
		return false
	}
	n0 := len(x.out)
	x.emit(si, i, i+1, lo, p+1, c, "")
	if len(x.out) == n0 {
		return false
	}
	x.out[n0].noun = true
	// the source is the possessor without its "'s"; the span keeps it
	if f := &x.out[n0]; f.c.SourceSpan != nil && possessive(x.lws[p]) {
		sp := *f.c.SourceSpan
		w := x.text[x.toks[p].s:x.toks[p].e]
		cut := len("'s")
		if strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s’") {
			cut = len("’s")
		}
		if strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			cut -= 1 // "the militants'": only the apostrophe goes
		}
		// (the span keeps the whole token, as attribution corpora mark it)
		if sp.End-cut > sp.Start && !f.resolved {
			f.c.Source = article.Str(x.text[sp.Start : sp.End-cut])
		}
	}
	return true
}

// adjCue reads an adjective of stance after a form of "be": "officials
// are confident that Y", "she was sure Y", "residents were frustrated that
// Y". The subject holds the stance.
func (x *extractor) adjCue(si, i int) bool {
	s := x.sents[si]
	if i+2 >= s.hi || x.toks[i].cap {
		return false
	}
	b := i - 1
	for b >= s.lo && (degreeWords[x.lws[b]] || x.mannerAdverb(b)) {
		b--
	}
	var p int
	if b >= s.lo && x.contracted(b) {
		p = b // "she's so frustrated that": the pronoun carries its "is"
	} else {
		if b <= s.lo || !(beForms[x.lws[b]] || linkVerbs[x.lws[b]]) {
			return false
		}
		p = b - 1
		for p >= s.lo && auxAdverbs[x.lws[p]] {
			p-- // "have long been convinced"
		}
	}
	if p < s.lo || !x.toks[p].word {
		return false
	}
	n := i + 1
	switch {
	case x.lws[n] == "that" && timeWords[x.lws[n+1]]:
		return false // "were alarmed that night": a demonstrative, no clause
	case x.lws[n] == "that" && !verbStops[x.lws[n+1]]:
		n++
	case x.lws[n] == "whether" || x.clauseAt(n, s.hi):
	default:
		return false
	}
	lo, ok := x.npLeft(p, s.lo)
	if !ok {
		return false
	}
	// ("has been critical of the plan" is left alone: attribution corpora
	// mark an adjective with a noun phrase only now and then)
	c, ok := x.trimmed(si, n, s.hi)
	if !ok {
		return false
	}
	k := len(x.out)
	x.emit(si, i, i+1, lo, p+1, c, "")
	return len(x.out) > k
}

// beAgainst reads "against" or "opposed to" after a form of "be": "Sanders
// is against it", "the senator is firmly opposed to the deal". The cue runs
// from "be"; the subject holds the stance, so it must be one who can.
func (x *extractor) beAgainst(si, i int) bool {
	s := x.sents[si]
	b := i - 1
	for b >= s.lo && (degreeWords[x.lws[b]] || x.mannerAdverb(b)) {
		b--
	}
	var p int
	switch {
	case b < s.lo:
		return false
	case x.contracted(b):
		p = b // "she's against it"
	case beForms[x.lws[b]] && b > s.lo:
		p = b - 1
		for p >= s.lo && auxAdverbs[x.lws[p]] {
			p--
		}
	default:
		return false
	}
	cueHi := i + 1
	if x.lws[i] == "opposed" {
		cueHi++
	}
	if p < s.lo || !x.toks[p].word || cueHi >= s.hi || !x.toks[cueHi].word {
		return false
	}
	lo, ok := x.npLeft(p, s.lo)
	if !ok {
		return false
	}
	c, ok := x.trimmed(si, cueHi, s.hi)
	if !ok {
		return false
	}
	cueLo := b
	if x.contracted(b) {
		cueLo = b + 1
	}
	x.stance = true
	k := len(x.out)
	x.emit(si, cueLo, cueHi, lo, p+1, c, "")
	return len(x.out) > k
}

// contracted reports whether token k is a pronoun whose "is" or "has" was
// contracted onto it ("she's", "they’re" is not read): the reading drops
// the verb, so the caller must know it was there.
func (x *extractor) contracted(k int) bool {
	w := strings.ToLower(x.text[x.toks[k].s:x.toks[k].e])
	c, ok := contractions[w]
	return ok && c == x.lws[k]
}

var (
	// words of degree and negation between "be" and an adjective
	degreeWords = set("very quite so too increasingly more less not n't all fully absolutely still also now never always")
	// verbs that link a subject to an adjective as "be" does
	linkVerbs = set("remain remains remained seem seems seemed appear appears appeared feel feels felt become became")
)

// nounContentEnd is where the content after a noun of stance ends: at a
// comma, a dash or a finite verb of the sentence ("his criticism of the
// deal was muted").
func (x *extractor) nounContentEnd(si, k int) int {
	s := x.sents[si]
	seen := false
	for j := k; j < s.hi; j++ {
		if x.toks[j].q >= 0 {
			continue
		}
		if x.isPunct(j, ",", ";", "—", "–", "(", ":") || x.dash(j) {
			return j
		}
		if j > k && finite[x.lws[j]] {
			if x.lws[k-1] != "that" && x.lws[k-1] != ":" || seen {
				return j // "the claim that it was rigged was false"
			}
			seen = true
		}
	}
	return s.hi
}

// possessive reports whether w ends with a possessive "'s" or "’s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// documentCue reads "a Reuters report that Y": the document is the source.
func (x *extractor) documentCue(si, i int) bool {
	s := x.sents[si]
	lo := i
	for k := i - 1; k >= s.lo && i-k <= 5; k-- {
		t := x.toks[k]
		if !t.word || t.q >= 0 || verbStops[x.lws[k]] || leftStops[x.lws[k]] {
			break
		}
		if determiners[x.lws[k]] || strings.HasSuffix(x.lws[k], "'s") || strings.HasSuffix(x.lws[k], "’s") {
			lo = k
			break
		}
		if !t.cap && !t.num {
			break
		}
		lo = k
	}
	if lo == i || !(determiners[x.lws[lo]] || strings.HasSuffix(x.lws[lo], "'s") || strings.HasSuffix(x.lws[lo], "’s")) {
		return false // "Bloomberg reports that": a verb, read as such
	}
	if _, v := x.lx.Verb(x.lws[min(i+2, s.hi-1)]); i+2 < s.hi && v && !x.toks[i+2].cap && pastWord(x.lws[i+2]) {
		return false // "the study that found no link": "that" is its relative pronoun, read with its cue
	}
	for k := len(x.out) - 1; k >= 0 && x.out[k].sent == si; k-- {
		if x.out[k].c.Start == x.toks[lo].s && !possessive(x.lws[lo]) {
			return false // "rejected the claim that …": what the verb's subject rejects, no voice of its own
		}
	}
	cont, ok := x.trimmed(si, i+2, s.hi)
	if !ok {
		return false
	}
	x.emit(si, i, i+2, lo, i+1, cont, "")
	return true
}

// contentAfter finds the content after a cue: past a told-object, a cue
// tail, time adverbials and "that", to the end of the sentence (or of a
// quote that opens in it and runs on). It also returns the outlet told.
func (x *extractor) contentAfter(si, k int, lemma string, strict bool) (article.Span, string, bool) {
	s := x.sents[si]
	outlet := ""
	if tellVerbs[lemma] && !(k > s.lo && prepositions[x.lws[k-1]]) {
		// ("warned of a wider war": the particle's object is what was said)
		o, m := x.tellObject(k, s.hi)
		if m > k && o == "" && x.infinitiveNear(m, s.hi) {
			m = k // "urged donors to act", "urged the rebels in the north to appear": the one asked is in what was asked
		}
		outlet, k = o, m
		if m, rel := x.toldRelative(k, s.hi); rel {
			if m < 0 {
				return article.Span{}, "", false // "“…,” he told crews that had gathered outside."
			}
			k = m
		}
	}
	start, marked := x.skipToContent(k, s.hi)
	start = x.pastThatAside(start, s.hi)
	if !marked && start < s.hi && x.lws[start] == "otherwise" {
		return article.Span{}, "", false // "anyone who says otherwise": what was said is not said here
	}
	if strict && !marked && !(x.clauseOK && x.clauseAt(start, s.hi)) && !x.question(start, s.hi) {
		return article.Span{}, "", false
	}
	if outlet == "" {
		outlet = x.interviewOutlet(k, s.hi)
	}
	if outlet == "" {
		outlet = x.carrierOutlet(k, start)
	}
	if outlet == "" && start > k && k+1 < start && x.lws[k] == "on" {
		// "said on state-run TV that …", "said on Al Jazeera that …"
		if m := x.mediaObject(k+1, start); m > k+1 {
			outlet = x.text[x.toks[k+1].s:x.toks[m-1].e]
		} else if n, _ := x.lx.Outlet(x.lws[k+1 : start]); n > 0 {
			outlet = x.text[x.toks[k+1].s:x.toks[x.outletTail(k+1+n, start)-1].e]
		}
		if possessive(strings.ToLower(outlet)) {
			outlet = "" // "said on Radio Danube's “Morning Desk”": a program, its channel unsure
		}
	}
	if start >= s.hi && start > s.lo && x.isPunct(start-1, ":") && si+1 < len(x.sents) && x.sents[si+1].para == s.para+1 {
		// "He said:" closing a paragraph: the next paragraph is what he said
		p := x.paras[s.para+1]
		c, ok := x.trimmedBytes(p[0], p[1])
		return c, outlet, ok
	}
	if start >= s.hi || x.isPunct(start, ",", ";", ".", ")", "-", "—", "–") || x.lws[start] == "and" || x.lws[start] == "or" {
		return article.Span{}, "", false // "what she wants and …": the cue's object came before it
	}
	// time adverbials alone are no content ("told Reuters on Tuesday.")
	words := 0
	for j := start; j < s.hi; j++ {
		if x.toks[j].word && !timeWords[x.lws[j]] && !x.toks[j].num && !(x.toks[j].cap && j > start && timeWords[x.lws[j-1]]) {
			words++
		}
		if x.isPunct(j, ",") && words == 0 && !marked {
			return article.Span{}, "", false // but "said that in 1998, …" is content
		}
		if words >= 2 {
			break // nothing later changes the outcome: keep long sentences linear
		}
	}
	if words < 2 && !x.opensQuote(start) && !(x.stance && words == 1 && (x.toks[start].cap || objectPronouns[x.lws[start]] && start+1 < s.hi && !x.toks[start+1].word)) &&
		!(words <= 1 && denials[lemma] && start+1 < s.hi && (x.lws[start] == "this" || x.lws[start] == "that" || x.lws[start] == "it") && x.isPunct(start+1, ".", ";")) {
		return article.Span{}, "", false // but "attacked Machado" holds a stance
	}
	end := s.hi
	if x.opensQuote(start) {
		// "said: “A,” she added." — the quote is the content; the cue
		// after it is another's
		q := x.quotes[x.toks[start].q]
		if m := x.tokAfter(q.end); m > start && m < s.hi && x.toks[m].q < 0 && (quoteScene[x.lws[m]] || x.lws[m] == "as" && x.clauseAfterAs(m+1, s.hi)) {
			end = m // "shouting “God is great” as the building collapses": the scene is the reporter's
		} else if m > start && m < s.hi && (pronouns[x.lws[m]] || x.toks[m].cap || determiners[x.lws[m]] || strings.HasSuffix(x.lws[m], "ing")) {
			for n := m; n < s.hi && n-m <= 6 && x.toks[n].q < 0; n++ {
				if _, v := x.lx.Verb(x.lws[n]); v && !x.toks[n].cap {
					end = m
					break
				}
			}
		}
	}
	// "the study -- which notes that Y -- should be": a dash that closes an
	// aside opened before the cue closes the content too
	aside := false
	for j := max(s.lo, k-40); j < k && !aside; j++ {
		aside = x.dash(j)
	}
	for j := start + 1; aside && j < min(s.hi, start+80); j++ {
		if x.toks[j].q < 0 && x.dash(j) {
			end = j
			break
		}
	}
	clause := start > s.lo && x.lws[start-1] == "that" || x.clauseAt(start, s.hi)
	for j := start + 1; j+1 < end; j++ {
		if x.closesQuote(j) && x.isPunct(j-1, ",") && x.toks[j+1].q < 0 && !x.toks[j+1].cap && strings.HasSuffix(x.lws[j+1], "ing") {
			// "…were “technical,” adding that …": the comma inside the
			// quote still closes the content before the participle
			if k, ok := x.lx.Verb(x.lws[j+1]); ok && k != lexicon.CueStrict && k != lexicon.CueStance {
				end = j + 1
				break
			}
		}
		if x.toks[j].q < 0 && x.settingAt(j, end) && (x.closesQuote(j-1) || !clause && x.objectOnly(start, j)) {
			end = j // "accused Armenia of “revanchism” in a speech to a summit"
			break
		}
		if x.toks[j].q >= 0 || !(x.isPunct(j, ",", "—", "–", ";") || clauseJoins[x.lws[j]]) {
			continue
		}
		if x.isPunct(j, ";") && x.narratedClause(j+1, end) {
			end = j // "said Ethiopia wanted a port; Prabowo offered troops": the reporter's next item
			break
		}
		if x.reporterTail(j, end, clause) {
			if outlet == "" {
				outlet = x.interviewOutlet(j+1, s.hi)
			}
			end = j
			break
		}
		n := j + 1
		for n < s.hi && clauseJoins[x.lws[n]] {
			n++
		}
		// a new subject may open the next clause: "— and he noted that"
		if n < s.hi && (pronouns[x.lws[n]] && x.lws[n] != "it" || x.toks[n].cap) {
			m := n + 1
			for m < s.hi && m-n < 4 && x.toks[m].cap && x.toks[m].word {
				m++
			}
			if m < s.hi && !x.toks[m].cap {
				if _, ok := x.lx.Verb(x.lws[m]); ok || auxAdverbs[x.lws[m]] {
					n = m
				}
			}
		}
		if x.isPunct(j, ",", "—", "–", ";") && x.lx.Phrase(x.lws[n:min(n+4, s.hi)]) > 0 {
			end = j // "…, according to X"
			break
		}
		if n > j+1 && x.newVoiceAt(n, s.hi) {
			end = j // "…, though two regional officials said …"
			break
		}
		for n < s.hi && auxAdverbs[x.lws[n]] {
			n++
		}
		if n < s.hi && !x.toks[n].cap && x.toks[n].q < 0 {
			if k, ok := x.lx.Verb(x.lws[n]); ok && k != lexicon.CueStrict && k != lexicon.CueStance && (x.isPunct(j, ",") || x.lws[j] == "while" || !strings.HasSuffix(x.lws[n], "ing")) {
				end = j
				break
			}
		}
	}
	for j := start + 1; j+1 < end; j++ {
		// "… for him.” She says …": a sentence end inside the sentence
		if x.isPunct(j, ".", "!", "?") && x.closesQuote(j+1) && j+2 < end && x.toks[j+2].cap && x.toks[j+2].word {
			end = j + 2
			break
		}
	}
	c, ok := x.trimmed(si, start, end)
	return c, outlet, ok
}

// narratedClause reports whether a clause opening at token n (after a
// semicolon) is the reporter's own: a new subject (a name, or 'the' and a
// noun) and a verb in the
// simple past. Said things after a semicolon keep the tense of reported
// speech ("had lost", "would return", "was ready"), so those stay in.
func (x *extractor) narratedClause(n, hi int) bool {
	if n >= hi || !x.toks[n].word || x.toks[n].q >= 0 || pronouns[x.lws[n]] {
		return false
	}
	m := n + 1
	switch {
	case x.lws[n] == "the" && n+1 < hi && x.toks[n+1].word && !x.toks[n+1].cap:
		// "; the opposition disagreed": a noun and at most one more before the verb
		m = n + 2
		if m < hi && x.toks[m].word && !pastWord(x.lws[m]) && !adverbOnly(x.lws[m]) {
			m++
		}
	case x.toks[n].cap && !determiners[x.lws[n]]:
		for m < hi && m-n < 4 && x.toks[m].cap && x.toks[m].word {
			m++
		}
	default:
		return false
	}
	if m < hi && adverbOnly(x.lws[m]) {
		m++
	}
	if m >= hi || x.toks[m].cap || x.toks[m].q >= 0 {
		return false
	}
	return pastWord(x.lws[m])
}

// quoteScene are the words that, right after a quote that is all of what
// was said, open the reporter's scene around the saying: its time or the
// circumstance it was said in.
var quoteScene = set("while when whenever before after until amid outside inside")

// clauseAfterAs reports whether the words from k make a clause, so the
// "as" before them is one of time ("as the building collapses", "as they
// fled"), not of role ("specified “Christian” as their religion").
func (x *extractor) clauseAfterAs(k, hi int) bool {
	if k < hi && subjectPronouns[x.lws[k]] {
		return true
	}
	if k >= hi || !x.toks[k].word || x.toks[k].q >= 0 {
		return false
	}
	first := k + 1 // "as soldiers moved in"
	if determiners[x.lws[k]] || possessive(x.lws[k]) {
		first = k + 2
	}
	for m := first; m < hi && m-k <= 3 && x.toks[m].word && x.toks[m].q < 0; m++ {
		w := x.lws[m]
		if finite[w] || modals[w] || pastWord(w) {
			return true
		}
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (m+1 == hi || !x.toks[m+1].word || prepositions[x.lws[m+1]] || determiners[x.lws[m+1]]) {
			return true // "as the building collapses."
		}
	}
	return false
}

// dateNum reports whether the number at token t (between lo and hi) is part
// of a date ("said March 3 …", "said 3 March …", "said in 2019 …"), not a
// count that opens what was said ("said 40 people were killed").
func (x *extractor) dateNum(t, lo, hi int) bool {
	if !x.toks[t].num {
		return false
	}
	return t > lo && (months[x.lws[t-1]] || prepositions[x.lws[t-1]] && len(x.lws[t]) == 4) || t+1 < hi && months[x.lws[t+1]]
}

var months = set("january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec")

// reporterTail reports whether the join at token j opens words that are
// no part of what was said but the reporter's about it: the setting of the
// saying ("…, in an interview with Al Arabiya", "…, in a televised
// address"), a caveat on it ("…, a toll AFP could not independently
// verify"), another voice's report ("…, as officials reported damage",
// "…, while officials said …"), or,
// after a content that is no clause, what the speaker did not say
// ("confirmed the death but did not give his rank").
func (x *extractor) reporterTail(j, hi int, clause bool) bool {
	n := j + 1
	if n+2 >= hi || x.toks[n].q >= 0 {
		return false
	}
	comma := x.isPunct(j, ",", ";")
	l := n
	if determiners[x.lws[l]] {
		l++
	}
	if (comma || x.dash(j) || x.isPunct(j, "—", "–")) && l+1 < hi && labelNouns[x.lws[l]] && (x.lws[l+1] == "that" || x.lws[l+1] == "which" || x.toks[l+1].cap || determiners[x.lws[l+1]] || subjectPronouns[x.lws[l+1]] ||
		l+2 < hi && pastWord(x.lws[l+1]) && x.lws[l+2] == "by") {
		return true // "…, a charge New Delhi rejected", "…, remarks that Eritrea called …", "…, an assertion rejected by the Red Crescent"
	}
	switch w := x.lws[n]; {
	case comma && (timeUnits[w] && (x.lws[n+1] == "after" || x.lws[n+1] == "before") ||
		(w == "a" || w == "an" || w == "one" || w == "shortly" || w == "just") && (x.lws[n+1] == "after" || x.lws[n+1] == "before" || timeUnits[x.lws[n+1]] && (x.lws[n+2] == "after" || x.lws[n+2] == "before"))):
		return true // "…, hours after officials said …": the reporter's timing
	case comma && w == "in" && (determiners[x.lws[n+1]] && (x.lx.Medium(x.lws[n+2]) || n+3 < hi && x.lx.Medium(x.lws[n+3]))):
		return true
	case comma && w == "in" && (x.lws[n+1] == "a" || x.lws[n+1] == "an" || x.lws[n+1] == "what") && verdicts[x.lws[n+2]]:
		return true // "…, in a blow to the peace policy": the reporter's reading of it
	case comma && w == "the" && rankWords[x.lws[n+1]] && (x.lws[n+2] == "in" || x.lws[n+2] == "such" || x.lws[n+2] == "since") && !x.toks[j-1].cap:
		return true // "…, the latest in a string of attacks": the reporter places it
	case comma && (determiners[w] || x.toks[n].cap && !pronouns[w]):
		for m := n + 1; m+1 < hi && m-n < 10 && x.toks[m].q < 0; m++ {
			if (x.lws[m] == "not" || x.lws[m] == "cannot") && (x.lws[m-1] == "could" || x.lws[m] == "cannot" || x.lws[m-1] == "has" || x.lws[m-1] == "have" || x.lws[m-1] == "did") {
				v := m + 1
				for v < hi && (auxAdverbs[x.lws[v]] || strings.HasSuffix(x.lws[v], "ly") && !noReply[x.lws[v]] || x.lws[v] == "be") {
					v++ // ("reply" is no adverb)
				}
				// "…; the White House did not respond to a request for comment"
				return v < hi && (caveat(x.lws[v]) || noReply[x.lws[v]] && x.lws[m-1] != "could")
			}
		}
	case comma && w == "but" && n+3 < hi && (x.lws[n+1] == "did" || x.lws[n+1] == "does" || x.lws[n+1] == "would") && (x.lws[n+2] == "not" || x.lws[n+2] == "n't") && withheld[x.lx.Lemma(x.lws[n+3])]:
		return true // "…, but did not mention the refinery": what the source left out
	case comma && (w == "despite" || w == "notwithstanding") && x.evidenceAhead(n+1, hi):
		return true // "denies supporting the M23, despite a UN report that found …": the reporter's contrast
	case comma && w == "without" && strings.HasSuffix(x.lws[n+1], "ing"):
		return true // "…, without giving details": the reporter notes what was left out
	case comma && labelParticiples[w]:
		return true // "…, calling the charge “baseless”": the speaker's own second claim
	case comma && (w == "as" || w == "while"):
		for m := n + 2; m < hi && m-n <= 6 && x.toks[m].q < 0 && x.toks[m].word; m++ {
			if k, ok := x.lx.Verb(x.lws[m]); ok && k == lexicon.CueSpeech && !x.toks[m].cap && x.lx.Lemma(x.lws[m]) != x.lws[m] {
				return true
			}
		}
	case !clause && (x.lws[j] == "but" || x.lws[j] == "and") && (w == "did" || w == "does" || w == "would") && (x.lws[n+1] == "not" || x.lws[n+1] == "n't"):
		return true
	case !clause && comma && w == "but" && (x.lws[n+1] == "did" || x.lws[n+1] == "does" || x.lws[n+1] == "would") && (x.lws[n+2] == "not" || x.lws[n+2] == "n't"):
		return true
	}
	return false
}

// evidence are the nouns of what is shown or found, beside documents,
// that a reporter sets against a claim ("despite evidence", "despite
// footage showing …").
var evidence = set("evidence footage images photos photographs video videos accounts testimony findings proof reports")

// evidenceAhead reports whether a noun of evidence or a document heads the
// phrase from k (within a few words, a plural's apostrophe among them:
// "a UN experts' report").
func (x *extractor) evidenceAhead(k, hi int) bool {
	for m := k; m < hi && m-k < 7 && (x.toks[m].word || x.isPunct(m, "'", "’")) && x.toks[m].q < 0 && !leftStops[x.lws[m]]; m++ {
		if evidence[x.lws[m]] || x.lx.Document(x.lws[m]) {
			return true
		}
	}
	return false
}

// settingAt reports whether token j opens, with no comma before it, the
// setting of a saying ("in a speech to a summit", "at a news conference",
// "during a televised address"): a preposition, a determiner and a form a
// statement takes within two more words.
func (x *extractor) settingAt(j, hi int) bool {
	if w := x.lws[j]; w != "in" && w != "at" && w != "during" || j+2 >= hi || !determiners[x.lws[j+1]] {
		return false
	}
	for m := j + 2; m < hi && m-j <= 4; m++ {
		if !x.toks[m].word || x.toks[m].q >= 0 {
			return false
		}
		if x.lx.Medium(x.lws[m]) {
			return m+1 >= hi || !x.toks[m+1].word || prepositions[x.lws[m+1]] || x.lx.Medium(x.lws[m+1])
		}
	}
	return false
}

// objectOnly reports whether tokens [lo, hi), quotes and all, hold no
// verb, an object alone ("Armenia of “revanchism”"), so a setting after
// them is the cue's; in "to have him appear at a closed session" it is the
// deed's.
func (x *extractor) objectOnly(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := x.lws[k]; x.toks[k].word && !x.toks[k].cap && x.toks[k].q < 0 {
			if _, ok := x.lx.Verb(w); ok || w == "to" || finite[w] || pastWord(w) {
				return false
			}
		}
	}
	return true
}

// disputes take "that" before a comma and a participle as what was said
// before ("disputed that, telling the paper …"), where "said that, citing
// …, the border …" opens a clause.
var disputes = set("deny dispute refute confirm reject contest question challenge dismiss contradict")

// denials take what was said before as their content: "Yerevan denies
// this." is a claim of what an earlier sentence said.
var denials = set("deny dispute refute confirm")

// verdicts are the reporter's words for what a saying means ("in a blow
// to", "in a sign of", "in what was seen as a rebuke").
var verdicts = set("blow boost setback sign signal move rebuke snub reversal departure shift escalation apparent")

// labelNouns are the reporter's names for a claim in an appositive after it.
var labelNouns = set("demand demands charge charges claim claims accusation accusations allegation allegations assertion assertions figure figures toll account accounts remarks comments version position stance")

// rankWords open the reporter's appositive that places a saying or deed
// in a series ("…, the latest in a string of attacks", "…, the first such
// strike since 2019"); not an appositive of a name or noun ("Clinton, the
// first woman …", "the debate, the first of three").
var rankWords = set("latest first second third fourth fifth sixth last deadliest biggest largest worst heaviest most")

// mediumIn reports whether a medium or outlet word stands in tokens
// [lo, hi) ("on state TV", "on Al Jazeera").
func (x *extractor) mediumIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if x.lx.Medium(x.lws[k]) || x.lx.OutletWord(x.lws[k]) {
			return true
		}
		if n, _ := x.lx.Outlet(x.lws[k:hi]); n > 0 {
			return true
		}
	}
	return false
}

// withheld are cues whose negation tells what a source left out ("did
// not mention the refinery", "would not specify"), never a stance.
var withheld = set("mention specify elaborate detail disclose identify name comment")

// timeUnits measure the gap the reporter puts between a saying and
// another event ("…, hours after", "…, a day before").
var timeUnits = set("minutes hours days weeks months hour day week month moments")

// labelParticiples open a judgment the subject passes after its claim.
var labelParticiples = set("calling describing branding labelling labeling dubbing terming")

// caveat reports whether w is a form of a verb a reporter uses to say a
// claim stands unchecked ("verify", "confirmed", "corroborated").
// noReply are the verbs of a reporter's note that someone did not answer
// ("did not respond to a request for comment", "did not immediately reply").
var noReply = set("respond reply comment return answer")

func caveat(w string) bool {
	for _, stem := range []string{"verif", "confirm", "corroborat", "check"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// dash reports whether token j is a dash that sets off an aside: an em or
// en dash, or the first of two hyphens ("--").
func (x *extractor) dash(j int) bool {
	return x.isPunct(j, "—", "–", "--") || x.isPunct(j, "-") && j+1 < len(x.toks) && x.isPunct(j+1, "-") && x.toks[j].e == x.toks[j+1].s
}

// clauseAt reports whether a finite clause opens at token k: a subject
// pronoun or a short noun phrase, then an auxiliary ("found the country
// was in breach", "agreed it was a top-heavy plan"). A verb that takes a
// clause says something, whereas one that takes an object may not
// ("found two survivors").
func (x *extractor) clauseAt(k, hi int) bool {
	if k >= hi || !x.toks[k].word || x.toks[k].q >= 0 {
		return false
	}
	w := x.lws[k]
	if subjectPronouns[w] {
		return k+1 < hi && (finite[x.lws[k+1]] || auxAdverbs[x.lws[k+1]] && k+2 < hi && finite[x.lws[k+2]])
	}
	if !(determiners[w] || partitives[w] || x.toks[k].cap || x.toks[k].num) || leftStops[w] {
		return false // the subject opens with a determiner or a name, not "feared such a step"
	}
	for m := k + 1; m < hi && m-k <= 7; m++ {
		if !x.toks[m].word || x.toks[m].q >= 0 || leftStops[x.lws[m]] || prepositions[x.lws[m]] && x.lws[m] != "of" {
			return false
		}
		if finite[x.lws[m]] || x.lws[m] == "cannot" || negContraction(x.lws[m]) {
			return true // "knows the city cannot hold", "feels the deal won't last"
		}
	}
	return false
}

var (
	subjectPronouns = set("he she it they we i you there")
	finite          = set("is are was were has have had will would can could should may might must does did")
)

// skipToContent moves past what stands between a cue and its content: a
// cue tail ("in a statement"), time adverbials ("on Tuesday"), a short
// object ("to Israel", "Hamas") before "that", then "that" or a colon.
func (x *extractor) skipToContent(k, hi int) (int, bool) {
	k += x.tail(k, hi)
	j := k
	for j < hi && j-k < 8 {
		w := x.lws[j]
		t := x.toks[j]
		switch {
		case t.q >= 0 && x.opensQuote(j) && x.nameQuote(x.quotes[t.q]) && (j > k || x.thatAfter(x.quotes[t.q].end, hi)):
			// "said on CBS's “Face the Nation” that …": a title is a setting
			end := x.quotes[t.q].end
			for j < hi && x.toks[j].s < end {
				j++
			}
			for j < hi && x.isPunct(j, ",") {
				j++
			}
			continue
		case t.q >= 0:
		case timeWords[w] && (w != "may" || j > k && timeWords[x.lws[j-1]]):
			j++
			continue
		case t.num || (t.cap && j > k && (timeWords[x.lws[j-1]] || x.toks[j-1].num)):
			j++
			continue
		case w == "to" || w == "with":
			j++
			continue
		case j == k && x.mannerAdverb(j) && j+1 < hi && !x.toks[j+1].cap && (subjectPronouns[x.lws[j+1]] || x.lws[j+1] == "that"):
			j++ // "said repeatedly it would …", "said publicly that …": how, not what
			continue
		case objectPronouns[w] && j+1 < hi && x.isPunct(j+1, ":"):
			j++ // "scolded him: …"
			continue
		case t.cap && t.word:
			j++
			continue
		case x.tail(j, hi) > 0:
			j += x.tail(j, hi)
			continue
		}
		break
	}
	if j < hi && x.lws[j] != "that" && k < hi && (prepositions[x.lws[k]] || timeWords[x.lws[k]]) {
		// "told reporters at the White House that …": a short phrase
		// without a verb may stand before "that"
		for m := k; m < hi && m-k < 8; m++ {
			w := x.lws[m]
			if m > k+1 && x.isPunct(m, ":") && x.toks[m].q < 0 && x.mediumIn(k, m) {
				j = m // "said on state TV: “…”": the setting before a colon
				break
			}
			if !x.toks[m].word || x.toks[m].q >= 0 || verbStops[w] || pronouns[w] || leftStops[w] && w != "that" {
				break
			}
			if _, v := x.lx.Verb(w); v && !(m > k && (prepositions[x.lws[m-1]] && x.lws[m-1] != "to" || determiners[x.lws[m-1]])) {
				break // ("on state television": a noun's modifier, no verb)
			}
			if w == "that" {
				if m+1 < hi && !verbStops[x.lws[m+1]] {
					j = m
				}
				break
			}
		}
	}
	if j < hi && j == k && k+1 < hi && carriers[x.lws[k]] && (x.lws[k+1] == "by" || x.lws[k+1] == "on") {
		// "said in a statement carried by state news agency WAM that …":
		// who ran the statement is a setting before "that"
		for m := k + 2; m < hi && m-k < 12 && x.toks[m].word && x.toks[m].q < 0; m++ {
			if x.lws[m] == "that" {
				j = m
				break
			}
		}
	}
	if j < hi && j == k && subordinators[x.lws[k]] {
		// "said before he died that …", "said when she resigned that …"
		for m := k + 1; m < hi && m-k < 14; m++ {
			if !x.toks[m].word || x.toks[m].q >= 0 {
				break
			}
			if x.lws[m] == "that" {
				if m+1 < hi && !verbStops[x.lws[m+1]] {
					j = m
				}
				break
			}
		}
	}
	if j == k && j < hi && x.isPunct(k, ",") {
		// "cautioned, as did the campaign itself, that …", "continues to
		// insist, most recently in an interview, that …": an aside
		// between the cue and "that"
		for m := k + 1; m+1 < hi && m-k <= 20; m++ {
			if x.toks[m].q >= 0 || x.isPunct(m, ".", ";", ":", "?", "!", "(", ")") {
				break
			}
			if x.isPunct(m, ",") {
				if m > k+1 && x.lws[m+1] == "that" {
					j = m + 1
				}
				break
			}
		}
	}
	marked := false
	// "echoed that view, saying", "rejected that idea.": "that" right after
	// the cue before one singular noun that closes the clause is a
	// demonstrative, not a "that" opening what was said ("hoping that
	// states, led by …, will" is a clause: a plural takes "those")
	demonstrative := j == k && j+1 < hi && x.lws[j] == "that" && x.toks[j+1].word && !x.toks[j+1].cap && !pronouns[x.lws[j+1]] &&
		!determiners[x.lws[j+1]] && !timeWords[x.lws[j+1]] && !x.toks[j+1].num && !pluralNoun(x.lws[j+1]) &&
		(j+2 >= hi || !x.toks[j+2].word && x.toks[j+2].q < 0) ||
		j == k && j+1 < hi && x.lws[j] == "that" && x.isPunct(j+1, ".", ";") || // "denied that."
		j == k && j+1 < hi && x.lws[j] == "that" && (beForms[x.lws[j+1]] || modals[x.lws[j+1]] && x.lws[j+1] != "to" || x.lws[j+1] == "has" || x.lws[j+1] == "had") || // "said that was still being negotiated": the subject
		j == k && j+2 < hi && k > 0 && x.lws[j] == "that" && x.isPunct(j+1, ",") && strings.HasSuffix(x.lws[j+2], "ing") && disputes[x.lx.Lemma(x.lws[k-1])] // "disputed that, telling …"
	if j < hi && (x.lws[j] == "that" && x.toks[j].q < 0 && !demonstrative || x.isPunct(j, ":")) {
		j++
		marked = true
		if j < hi && x.isPunct(j, ",") && x.lws[j-1] == "that" {
			j++ // "said that, if elected, …"
		}
	} else {
		// what followed was the content itself ("said Israel has agreed"),
		// unless it was only a time ("said on Thursday they would …")
		t, when := k, false
		for t < j && (timeWords[x.lws[t]] && x.lws[t] != "may" || x.dateNum(t, k, j) || x.toks[t].cap && t > k && timeWords[x.lws[t-1]]) {
			when = when || x.toks[t].num || !prepositions[x.lws[t]] && timeWords[x.lws[t]]
			t++
		}
		if when && t == j && j > k && j < hi && x.toks[j].word && !x.toks[j].cap && !prepositions[x.lws[j]] {
			k = j
		} else if when && t > k && t < j && x.toks[t].num {
			k = t // "said Sunday 40 people were killed": a count opens the content
		} else if j == k+1 && x.mannerAdverb(k) && subjectPronouns[x.lws[j]] {
			k = j // "has said repeatedly it would …": how often, not what
		}
		j = k
		if j < hi && x.isPunct(j, ":") {
			j++
			marked = true
		}
	}
	// "adding later, “…”": a time adverb and a comma before the quote
	if j+2 < hi && timeWords[x.lws[j]] && !prepositions[x.lws[j]] && x.isPunct(j+1, ",") && x.opensQuote(j+2) {
		j++
	}
	// "said, “…”": a comma before an opening quote
	if j+1 < hi && x.isPunct(j, ",") && x.opensQuote(j+1) {
		j++
	}
	return j, marked || j < hi && x.opensQuote(j)
}

// thatAfter reports whether "that" follows byte offset end, past commas
// ("told MSNBC's “Morning Joe” that …").
func (x *extractor) thatAfter(end, hi int) bool {
	k := x.tokAfter(end)
	for k >= 0 && k < hi && x.isPunct(k, ",") {
		k++
	}
	return k >= 0 && k < hi && x.lws[k] == "that"
}

// newVoiceAt reports whether a speaker's noun phrase opens at token n and a
// verb of saying follows it: "two regional officials said", "his
// Azerbaijani counterpart, Jeyhun Bayramov, said" (a name in commas may
// follow the noun).
func (x *extractor) newVoiceAt(n, hi int) bool {
	m, head := n, -1
	for m < hi && m-n < 6 && x.toks[m].word && x.toks[m].q < 0 {
		if _, v := x.lx.Verb(x.lws[m]); v && m > n && !x.toks[m].cap {
			break
		}
		head = m
		m++
	}
	if head < 0 || m+1 >= hi {
		return false
	}
	if x.isPunct(m, ",") && x.toks[m+1].cap {
		e := m + 1
		for e < hi && e-m < 5 && x.toks[e].word && x.toks[e].cap {
			e++
		}
		if e < hi && x.isPunct(e, ",") {
			m = e + 1 // "his counterpart, Jeyhun Bayramov, said"
		}
	}
	for m < hi && auxAdverbs[x.lws[m]] {
		m++
	}
	if m >= hi || x.toks[m].cap || x.toks[m].q >= 0 {
		return false
	}
	if k, v := x.lx.Verb(x.lws[m]); !v || k != lexicon.CueSpeech {
		return false
	}
	h := x.lws[head]
	return x.lx.Anonymous(h) || x.lx.PersonDesc(singular(h)) || orgWords[singular(h)] || x.nameWord(head)
}

// reasonVerbs take their object before "for" and the reason after it
// ("blamed the army for"), so "for" right after them marks a passive.
var reasonVerbs = set("blame praise criticize criticise condemn fault thank commend laud credit")

// pastThatAside is where a content opened by "that," starts when an aside
// set off by commas stands first: the source's reason or the saying's
// setting ("said that, citing security, the talks would move", "said that,
// in a statement, …"), not what was said. A condition ("that, if the truce
// holds, …") is the speaker's and stays.
func (x *extractor) pastThatAside(start, hi int) int {
	if start < 2 || start >= hi || !x.isPunct(start-1, ",") || x.lws[start-2] != "that" || x.toks[start].q >= 0 {
		return start
	}
	if !thatAsides[x.lws[start]] && x.tail(start, hi) == 0 {
		return start
	}
	for m := start + 1; m+1 < hi && m-start <= 12; m++ {
		if x.toks[m].q >= 0 || x.isPunct(m, ".", ";", ":") {
			return start
		}
		if x.isPunct(m, ",") {
			return m + 1
		}
	}
	return start
}

// thatAsides open a participle of the source's reason or voice between
// "that," and the clause said.
var thatAsides = set("citing quoting speaking")

// mastheads end the names of newspapers ("told The Levant Ledger", "told
// the Jordan Times"): a name of two or more words ending so is an outlet.
var mastheads = set("times post journal herald gazette tribune chronicle ledger telegraph guardian observer " +
	"independent mail express star standard globe examiner courier monitor review")

// infinitiveNear reports whether an infinitive opens within a few words
// from token k, before any "that" or punctuation ("to act", "in the north
// to appear").
func (x *extractor) infinitiveNear(k, hi int) bool {
	for j := k; j+1 < hi && j-k <= 4 && x.toks[j].word && x.toks[j].q < 0 && x.lws[j] != "that"; j++ {
		if x.lws[j] == "to" {
			return x.toks[j+1].word && !x.toks[j+1].cap && !determiners[x.lws[j+1]]
		}
	}
	return false
}

// tellObject skips the object of "told": an outlet fills the outlet; a
// pronoun, a name, "reporters" or a short "the …" phrase is just skipped.
func (x *extractor) tellObject(k, hi int) (string, int) {
	if k >= hi || x.lws[k] == "to" || x.lws[k] == "that" {
		return "", k // "promised to focus …": an infinitive, no object
	}
	o := k
	if x.lws[o] == "the" {
		o++
	}
	if n, _ := x.lx.Outlet(x.lws[k:min(k+6, hi)]); n > 0 {
		e := x.outletTail(k+n, hi)
		return x.text[x.toks[k].s:x.toks[e-1].e], e
	}
	if o < hi {
		if n, _ := x.lx.Outlet(x.lws[o:min(o+6, hi)]); n > 0 {
			e := x.outletTail(o+n, hi)
			return x.text[x.toks[k].s:x.toks[e-1].e], e
		}
	}
	if objectPronouns[x.lws[k]] {
		return "", k + 1
	}
	if m := x.mediaObject(k, hi); m > k {
		return x.text[x.toks[k].s:x.toks[m-1].e], m
	}
	// a name: a run of capitalized words
	e := k
	for e < hi && e-k < 6 && x.toks[e].q < 0 {
		if x.toks[e].word && x.toks[e].cap {
			e++
			continue
		}
		if g := x.glueRight(e, hi); g > 0 && e > k {
			e = g
			continue
		}
		break
	}
	if e > k {
		if x.lx.OutletWord(x.lws[e-1]) || e-k >= 3 && x.lws[k] == "the" && mastheads[x.lws[e-1]] {
			return x.text[x.toks[k].s:x.toks[e-1].e], e
		}
		return "", e
	}
	// "the Haaretz daily", "the committee", "reporters"
	e = k
	if determiners[x.lws[e]] {
		e++
	}
	if x.lws[k] == "the" {
		if m := x.capsRun(e, hi); m-e >= 2 && mastheads[x.lws[m-1]] {
			return x.text[x.toks[k].s:x.toks[m-1].e], m // "the Jordan Times"
		}
	}
	for e < hi && e-k < 4 && x.toks[e].word && x.toks[e].q < 0 && !verbStops[x.lws[e]] && x.lws[e] != "that" && x.lws[e] != "to" && !timeWords[x.lws[e]] {
		e++
		if x.lx.OutletWord(x.lws[e-1]) && e > k+1 && !x.nounNext(e, hi) {
			return x.text[x.toks[k].s:x.toks[e-1].e], e
		}
		if e-k == 1 && !determiners[x.lws[k]] && strings.HasSuffix(x.lws[k], "s") {
			return "", e // "reporters", "lawmakers"
		}
	}
	if e > k && (e == hi || !x.toks[e].word || x.lws[e] == "that" || timeWords[x.lws[e]]) {
		return "", e
	}
	return "", k
}

// mediaObject is the end of a news organization described rather than
// named from token k ("Ukrainian television", "state news agency TASS",
// "Saudi broadcaster Al Arabiya"): names and modifiers up to a word that
// ends such a phrase, then the name that may follow it; k if there is none.
func (x *extractor) mediaObject(k, hi int) int {
	e := k
	if e < hi && determiners[x.lws[e]] {
		e++
	}
	end := -1
	for e < hi && e-k < 7 && x.toks[e].word && x.toks[e].q < 0 {
		w := x.lws[e]
		if x.lx.OutletWord(w) || end == e && x.toks[e].num { // "Channel 12"
			e++
			end = e
			continue
		}
		if end >= 0 || !(x.toks[e].cap || x.toks[e].num || mediaModifiers[w]) {
			break
		}
		e++
	}
	if end >= 0 && end < hi && mediaStaff[x.lws[end]] {
		return end + 1 // "Ukrainian television crews": those who work for it were told
	}
	if end < 0 || x.nounNext(end, hi) {
		return k // "a weekly news briefing": the word was a modifier
	}
	if n, _ := x.lx.Outlet(x.lws[end:min(end+6, hi)]); n > 0 {
		return end + n
	}
	m := end
	for m < hi && m-end < 4 && x.toks[m].word && x.toks[m].cap && x.toks[m].q < 0 {
		m++
	}
	return m
}

// outletTail extends a named outlet ending before token e over the words
// that say what it is ("the Haaretz daily", "Reuters news agency").
func (x *extractor) outletTail(e, hi int) int {
	m := e
	for m < hi && m-e < 3 && x.toks[m].word && x.toks[m].q < 0 && (mediaModifiers[x.lws[m]] || x.lx.OutletWord(x.lws[m])) {
		m++
	}
	if m > e && x.lx.OutletWord(x.lws[m-1]) && !x.nounNext(m, hi) {
		return m
	}
	return e
}

// carriers are the participles that say who ran a statement ("carried by",
// "published by", "aired on").
var carriers = set("carried published issued released posted broadcast aired distributed")

// carrierOutlet is the outlet that ran a statement, named between the cue
// and the content from token k ("… carried by state news agency WAM that").
func (x *extractor) carrierOutlet(k, start int) string {
	for j := k; j+2 < start; j++ {
		if carriers[x.lws[j]] && (x.lws[j+1] == "by" || x.lws[j+1] == "on") {
			o := j + 2
			if n, _ := x.lx.Outlet(x.lws[o:min(o+6, start)]); n > 0 {
				return x.text[x.toks[o].s:x.toks[x.outletTail(o+n, start)-1].e]
			}
			if m := x.mediaObject(o, start); m > o {
				return x.text[x.toks[o].s:x.toks[m-1].e]
			}
			return ""
		}
	}
	return ""
}

// nounNext reports whether token k is a lower-case word that goes on the
// phrase before it ("weekly news briefing", "television crews"), not one that
// follows it ("that", "on Friday", "by phone").
func (x *extractor) nounNext(k, hi int) bool {
	if k >= hi || !x.toks[k].word || x.toks[k].cap || x.toks[k].num || x.toks[k].q >= 0 {
		return false
	}
	w := x.lws[k]
	if w == "that" || timeWords[w] || prepositions[w] || verbStops[w] || clauseJoins[w] || auxAdverbs[w] || strings.HasSuffix(w, "ly") ||
		determiners[w] || pronouns[w] || possessives[w] || partitives[w] || x.numberWord(k) {
		return false
	}
	_, v := x.lx.Verb(w)
	return !v
}

// mediaStaff are the people of a news organization who are told ("told
// Egyptian television reporters", "told Ukrainian television crews").
var mediaStaff = set("crews crew reporters reporter journalists journalist correspondents correspondent interviewer")

// mediaModifiers describe a news organization before the word that ends
// its phrase ("state television", "the public broadcaster").
var mediaModifiers = set("state news public national local official private independent satellite pan-arab government-run state-run state-owned opposition online")

// outletAfter finds the outlet of a cue whose content came before it
// ("…, five people told Reuters.").
func (x *extractor) outletAfter(si, k int, lemma string) string {
	s := x.sents[si]
	if tellVerbs[lemma] {
		if o, _ := x.tellObject(k, s.hi); o != "" {
			return o
		}
	}
	return x.interviewOutlet(k, s.hi)
}

// interviewOutlet finds "in an interview with <outlet>" right after a cue.
func (x *extractor) interviewOutlet(k, hi int) string {
	for j := k; j < min(k+6, hi-1); j++ {
		if x.lws[j] == "interview" && x.lws[j+1] == "with" && j+2 < hi {
			o := j + 2
			if n, _ := x.lx.Outlet(x.lws[o:min(o+6, hi)]); n > 0 {
				return x.text[x.toks[o].s:x.toks[o+n-1].e]
			}
			if m := x.mediaObject(o, hi); m > o {
				return x.text[x.toks[o].s:x.toks[m-1].e] // "with Saudi broadcaster Al Arabiya"
			}
		}
	}
	return ""
}

// contentBefore is the content of "Y, X said": from the start of the
// sentence, or of the quote that holds it, to token p (the comma or the
// closing mark before the source).
func (x *extractor) contentBefore(si, p int) (article.Span, bool) {
	s := x.sents[si]
	if p >= 0 && x.closesQuote(p) {
		return x.partialQuote(si, x.quotes[x.toks[p].q])
	}
	if p <= s.lo {
		return article.Span{}, false
	}
	end := p // exclusive
	if x.isPunct(p, ",", "—", "–", "(") && p-1 >= s.lo && x.closesQuote(p-1) {
		return x.partialQuote(si, x.quotes[x.toks[p-1].q])
	}
	start := x.afterDateline(s.lo, end)
	// "But Y, X said": a leading conjunction is not part of what is said
	for start < end && (x.lws[start] == "but" || x.lws[start] == "and") {
		start++
	}
	if start >= end {
		return article.Span{}, false
	}
	c, ok := x.trimmed(si, start, end)
	if !ok {
		return c, false
	}
	if t := x.toks[start]; t.q >= 0 && x.quotes[t.q].start < c.Start {
		c.Start = x.quotes[t.q].start // a quote that began sentences earlier
	}
	return c, true
}

// partialQuote is the content of a quote before its cue: the quote, or,
// when the quote finishes a clause the sentence began (The tax “is a
// misguided approach,” said X), the clause from the sentence's start.
func (x *extractor) partialQuote(si int, q quote) (article.Span, bool) {
	c := article.Span{Start: q.start, End: q.end}
	s := x.sents[si]
	k := x.tokAt(q.start)
	if k > s.lo && k < s.hi && x.toks[k-1].word && x.toks[k-1].q < 0 {
		start := x.afterDateline(s.lo, k)
		for start < k && (x.lws[start] == "but" || x.lws[start] == "and") {
			start++
		}
		if start < k {
			c.Start = x.toks[start].s
		}
	}
	return c, q.end > q.start+2
}

// trimmed is the byte span of tokens [lo, hi) without trailing commas and
// full stops, stretched to the end of a quote that opens inside it and
// closes later; ok is false when no word is left.
func (x *extractor) trimmed(si, lo, hi int) (article.Span, bool) {
	for lo < hi && x.isPunct(lo, "—", "–", "•", "*") && lo == x.sents[si].lo {
		lo++ // "— Three villages were shelled, officials said.": a list mark
	}
	for hi > lo && x.isPunct(hi-1, ".", ",", ";", ":", "—", "–", "-", "(") {
		hi--
	}
	words := 0
	for k := lo; k < hi; k++ {
		if x.toks[k].word {
			words++
		}
	}
	if words == 0 {
		return article.Span{}, false
	}
	sp := x.span(lo, hi)
	for k := lo; k < hi; k++ {
		if x.opensQuote(k) {
			q := x.quotes[x.toks[k].q]
			if q.end > sp.End && q.para == x.sents[si].para {
				sp.End = q.end
			}
			break
		}
	}
	return sp, true
}

// afterDateline skips a wire dateline opening the first sentence ("JEDDAH,
// Saudi Arabia -- "): capitals and commas closed by a dash, or a live
// blog's time stamp ("10:42 GMT - ").
func (x *extractor) afterDateline(lo, hi int) int {
	for k := lo; k < min(lo+10, hi); k++ {
		if x.isPunct(k, "(") {
			// "Luanda (AFP) –": an agency in brackets makes a dateline
			for k+1 < hi && !x.isPunct(k, ")") {
				k++
			}
			if k+1 < hi && x.isPunct(k+1, "—", "–", "-", "--") {
				return x.pastDashes(k+2, hi) // "DOHA (Gulf Daily) --"
			}
			return lo
		}
		if x.isPunct(k, "—", "–", "-", "--") {
			if k > lo && (x.isUpperWord(lo) || x.toks[lo].num) {
				return x.pastDashes(k+1, hi)
			}
			return lo
		}
		if x.isPunct(k, ":") {
			// "ISLAMABAD: The Foreign Office …", "NEW DELHI: India and …":
			// South Asian papers close the dateline with a colon; only a
			// place in capitals makes one (not "Tetteh: …", an answer)
			for m := lo; m < k; m++ {
				if !x.isUpperWord(m) && !x.isPunct(m, ",") {
					return lo
				}
			}
			if k > lo && k+1 < hi && x.toks[k+1].cap {
				return k + 1
			}
			return lo
		}
		if x.toks[k].word && !x.toks[k].cap && !x.toks[k].num {
			return lo
		}
	}
	return lo
}

// pastDashes is the first token from k that is no dash (a dateline's "--"
// comes as two).
func (x *extractor) pastDashes(k, hi int) int {
	for k < hi && x.isPunct(k, "-", "—", "–") {
		k++
	}
	return k
}

// isUpperWord reports whether token k is written in capitals ("JEDDAH").
func (x *extractor) isUpperWord(k int) bool {
	w := x.text[x.toks[k].s:x.toks[k].e]
	return len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// tail returns how many tokens from k belong to the cue as its setting:
// a listed phrase ("in a statement", "on social media") or "in a/an/the
// … <medium>" ("in a Telegram post", "in a televised address").
func (x *extractor) tail(k, hi int) int {
	if n := x.lx.Tail(x.lws[k:min(k+6, hi)]); n > 0 {
		for k+n < hi && x.toks[k+n].word && x.toks[k+n].q < 0 && x.lx.Medium(x.lws[k+n]) {
			n++ // "in a video address": the listed phrase's noun modifies the form
		}
		return n
	}
	if k+2 >= hi || x.lws[k] != "in" || !determiners[x.lws[k+1]] {
		return 0
	}
	for m := k + 2; m < hi && m-k <= 5; m++ {
		if !x.toks[m].word || verbStops[x.lws[m]] {
			return 0
		}
		if x.lx.Medium(x.lws[m]) {
			for m+1 < hi && x.toks[m+1].word && x.lx.Medium(x.lws[m+1]) {
				m++ // "in a video address"
			}
			return m + 1 - k
		}
	}
	return 0
}
