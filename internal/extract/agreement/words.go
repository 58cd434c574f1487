package agreement

import (
	"strconv"
	"strings"

	"github.com/parley-news/parley/internal/extract/event"

	"github.com/parley-news/parley/internal/lexicon"
)

// Closed word classes for agreements. They are few and grammatical; the
// open classes (countries, actor nouns) come from internal/lexicon.

// heads are the nouns that name an agreement.
var heads = set("deal", "deals", "agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact",
	"truce", "ceasefire", "cease-fire", "armistice", "declaration", "framework", "plan", "proposal", "memorandum",
	"roadmap", "deal,", "understanding", "settlement", "offer", "protocol", "arrangement", "initiative",
	// "a three-day humanitarian pause": a truce, when so qualified (see pauseNamed)
	"pause")

// genericHeads need a determiner or modifier to be an agreement ("a plan",
// "the proposal"), as bare they are often other things.
var genericHeads = set("plan", "proposal", "offer", "understanding", "settlement", "framework", "arrangement",
	"initiative", "protocol", "deal", "deals")

// kindNouns modify a head and give its kind: "ceasefire deal", "peace plan".
var kindNouns = set("ceasefire", "cease-fire", "truce", "peace", "security", "normalization", "normalisation",
	"hostage", "prisoner", "exchange", "swap", "trade", "economic", "defense", "defence", "transit", "border",
	"military", "cooperation", "energy", "grain", "investment", "nuclear")

// domainWords name what an agreement is about beyond war and peace ("a
// military cooperation agreement", "a trade deal"): a text of its own, not
// the truce in hand.
var domainWords = set("trade", "economic", "transit", "military", "cooperation", "energy", "grain", "investment",
	"nuclear")

// notAgreementAfter: the agreement word modifies another noun that is not
// an agreement ("ceasefire talks", "peace process").
var notAgreementAfter = set("talks", "negotiations", "negotiators", "efforts", "process", "lines", "line",
	"monitors", "monitoring", "violations", "violation", "mediators", "envoy", "envoys", "bid", "push", "hopes",
	"zone", "terms")

// npWords may open or sit in an agreement phrase.
var npWords = set("a", "an", "the", "this", "that", "its", "their", "his", "her", "any", "new", "proposed",
	"potential", "possible", "previous", "earlier", "final", "full", "permanent", "temporary", "short-term",
	"long-term", "lasting", "comprehensive", "partial", "joint", "separate", "bilateral", "historic", "landmark",
	"interim", "initial", "first", "second", "third", "latest", "current", "existing", "original", "draft", "formal",
	"effective", "broader", "wider", "fragile", "tentative", "preliminary", "framework", "landmark", "so-called",
	"such", "another", "last", "previous", "old", "similar", "two-month", "three-phase", "multi-phase", "phased",
	// what kind of pause: "a 72-hour humanitarian truce", "a nationwide ceasefire"
	"humanitarian", "nationwide", "unilateral", "mutual", "local", "localized", "localised", "limited",
	"conditional", "unconditional", "immediate", "indefinite", "open-ended", "general", "total", "complete")

// openers begin a noun phrase: nothing before them belongs to it.
var openers = set("a", "an", "the")

// distinct words set an agreement apart from the one in hand.
var distinct = set("previous", "earlier", "separate", "new", "full", "original", "old", "former", "similar")

// newsOutlets are wire services and broadcasters that report the news.
var newsOutlets = set("reuters", "associated press", "the associated press", "ap", "afp", "agence france-presse",
	"bbc", "cnn", "al jazeera", "xinhua", "tass", "ria novosti", "dpa", "efe", "ansa", "bloomberg", "anadolu",
	"saudi press agency", "wafa", "irna", "kyodo", "yonhap")

// specificHeads name a kind of document that other heads do not stand for.
var specificHeads = set("declaration", "treaty", "memorandum", "treaties", "declarations")

var dateWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
	"february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")

var ordinalWords = set("one", "two", "three", "first", "second", "third", "final", "1", "2", "3", "i", "ii")

var relationsWord = set("ties", "relations", "of")

// partyVerbs govern an agreement whose subject is a party.
var partyVerbs = set("signed", "sign", "signs", "signing", "agreed", "agree", "agrees", "reached", "reach",
	"accepted", "accept", "accepts", "rejected", "reject", "rejects", "struck", "concluded", "sealed", "clinched",
	"inked", "broke", "violated", "breached", "approved", "ratified", "embraced", "negotiated", "finalized",
	"finalised", "initialed", "initialled")

var detailWords = set("details", "deal", "text", "proposal", "agreement", "terms", "plan", "draft", "ceasefire", "truce")

var brokenWords = set("violated", "breached", "collapsed", "shattered", "unraveled", "unravelled", "violating",
	"breaking", "violation", "violations", "breach", "collapse")

var expiredWords = set("expired", "lapsed", "expire", "expires")

var inForceWords = set("holding", "implemented", "in-force", "enforced", "underway")

var agreedWords = set("signed", "agreed", "reached", "concluded", "struck", "accepted", "approved", "sealed",
	"clinched", "finalized", "finalised", "ratified", "inked", "signing", "agreeing", "accepts", "accept", "agree",
	"agrees", "sign", "signs",
	// initialing a text agrees it, short of signing: "initialed a draft
	// peace treaty"
	"initialed", "initialled")

var rejectedWords = set("rejected", "refused", "rebuffed", "spurned", "rejects", "reject", "rejection")

var proposedWords = set("proposed", "proposal", "draft", "offer", "potential", "possible", "reach", "reaching",
	"put", "proposes", "propose", "offered", "floated", "tentative", "would", "pursue", "seeking", "negotiating")

// pastActs are acts whose doing under a deal shows it in force.
var pastActs = set("freed", "released", "exchanged", "handed", "withdrew", "entered", "crossed", "returned",
	"began", "reopened", "delivered")

var provisionWords = set("release", "released", "releases", "hostages", "prisoners", "detainees", "withdraw",
	"withdrawal", "troops", "aid", "humanitarian", "phase", "phases", "buffer", "route", "rights",
	"monitoring", "mechanism", "guarantee", "guarantees", "assurances", "administer", "administered", "governance",
	"exchange", "exchanges", "trucks", "cessation", "hostilities", "sovereignty", "elections", "disarm",
	"disarmament", "commerce", "corridor", "reconstruction", "committee", "bodies", "services", "assistance",
	"free", "freed", "frees", "handover", "withdrawals", "pullback", "swap",
	// crossings, inspections, security arrangements, schedules
	"inspected", "inspection", "inspections", "passage", "ships", "vessels", "ports", "checkpoints", "barracks",
	"observers", "monitors", "peacekeepers", "weapons", "demilitarized", "demilitarised", "redeploy",
	"redeployment", "pullout", "crossings", "crossing", "captives", "stages", "timetable", "deadline", "amnesty",
	"control", "facilities", "airports", "authority", "access", "compliance")

// listVerbs open the items of a list of provisions.
var listVerbs = set("enable", "restore", "withdraw", "allow", "release", "free", "open", "respect", "stop", "end",
	"hand", "return", "lead", "continue", "provide", "guarantee", "establish", "create", "form", "hold", "deploy",
	"monitor", "exchange", "pay", "grant", "lift", "ease", "halt", "cease", "reopen", "rebuild", "recognize",
	"recognise", "facilitate", "protect", "ensure", "implement", "begin", "start", "remain", "keep", "refrain",
	"disarm", "pull", "resume", "permit", "let", "admit", "supply", "deliver", "transfer", "surrender", "vacate",
	"help", "export", "inspect", "guide", "escort", "patrol", "supervise", "verify", "oversee", "share",
	"settle", "set", "refrain", "meet", "cooperate", "work", "negotiate", "abide", "adhere", "comply", "observe",
	"uphold", "coordinate", "consult", "submit", "administer", "run", "put", "pay", "take", "lift")

// clauseOpeners after a comma start a clause a term does not run into.
var clauseOpeners = set("but", "after", "while", "when", "although", "though", "whereas", "before",
	"despite", "amid")

// leadDrop are words a term does not start with.
var leadDrop = set("and", "or", "that", "to", "but", "—", "-")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// lexiconCountries names the state a word stands for ("Israeli": Israel).
func lexiconCountries(words []string) (string, int) {
	cs, n := lexicon.Events().Countries.Match(words, 0)
	if n == 0 {
		return "", 0
	}
	return cs[0].Name, n
}

// durationDays reads "60-day", "two-month", "72-hour" at word k.
func durationDays(ws []event.Word, k int) int {
	w := ws[k].W
	num, unit, ok := strings.Cut(w, "-")
	if !ok {
		return 0
	}
	return inDays(numberWord(num), unit)
}

// inDays converts n units ("day", "weeks", "month", whole days of
// "hours") to days; 0 for anything else.
func inDays(n int, unit string) int {
	if n <= 0 {
		return 0
	}
	switch strings.TrimSuffix(unit, "s") {
	case "hour":
		// "a 72-hour truce" is three days; a pause of hours that are no
		// whole number of days has no length in days
		if n%24 == 0 {
			return n / 24
		}
	case "day":
		return n
	case "week":
		return n * 7
	case "month":
		return n * 30
	case "year":
		return n * 365
	}
	return 0
}

// durationAfter reads a duration told after an agreement's name: "is valid
// for 120 days", "will last two weeks", "for a period of 90 days"; 0 when
// none is told within the clause.
func durationAfter(ws []event.Word, from int, extended bool) int {
	cue := false
	for k := from; k < len(ws) && k < from+30; k++ {
		w := ws[k].W
		if ws[k].Punct && ws[k].Raw != "," {
			return 0
		}
		switch w {
		case "valid", "lasting", "period", "extended", "renewed", "initially":
			cue = true
			continue
		case "by", "for":
			// "agreed to extend the truce by two months"
			cue = cue || extended
			continue
		case "last", "lasts", "run", "runs":
			// "will last two weeks", not "last week"
			cue = k+1 < len(ws) && (ws[k+1].W == "for" || numberWord(ws[k+1].W) > 0)
			continue
		}
		if !cue {
			continue
		}
		if n := numberWord(w); n > 0 && k+1 < len(ws) {
			u := k + 1
			if u+1 < len(ws) && (ws[u].W == "more" || ws[u].W == "additional" || ws[u].W == "further") {
				u++ // "for six more months"
			}
			return inDays(n, ws[u].W)
		}
	}
	return 0
}

// extendedBefore reports "extend", "renew" or "prolong" governing the
// agreement phrase that starts at word from.
func extendedBefore(s *event.Sent, from int) bool {
	for k := from - 1; k >= 0 && k >= from-3; k-- {
		switch s.Words[k].W {
		case "extend", "extended", "extending", "extends", "renew", "renewed", "renewing", "prolong", "prolonged":
			// "a proposal to extend the truce by four weeks", "proposed
			// extending it": an extension offered, not the truce's length
			return !offeredAt(s.Words, k)
		}
		if s.Words[k].Punct {
			return false
		}
	}
	return false
}

// offeredAt reports an offer governing the verb at k: "a proposal to
// extend", "offered to renew", "proposed extending".
func offeredAt(ws []event.Word, k int) bool {
	if k >= 1 && offerVerbs[ws[k-1].W] {
		return true
	}
	return k >= 2 && ws[k-1].W == "to" && (offerHeads[ws[k-2].W] || offerVerbs[ws[k-2].W])
}

var offerVerbs = set("proposed", "proposes", "propose", "proposing", "offered", "offers", "offer", "offering",
	"suggested", "suggests", "suggest", "suggesting", "sought", "seeks", "seek", "seeking", "urged", "urges", "want", "wants")

func numberWord(s string) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"} {
		if s == w {
			return i
		}
	}
	switch s {
	case "thirty":
		return 30
	case "sixty":
		return 60
	case "ninety":
		return 90
	}
	return 0
}
