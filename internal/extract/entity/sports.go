package entity

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
)

// sportsDoc reports whether an article reports games: it gives a score
// ("2-1", "beat Leeds 3 0") or a results line, and speaks of goals,
// matches, coaches and the like. In such a story a town that plays is a
// club ("Leeds beat Coventry"), and "... City" or "... Town" is a team.
func sportsDoc(sents []sentence) bool {
	scores, words := 0, 0
	for si := range sents {
		ws := sents[si].w
		for i, w := range ws {
			if w.table {
				scores++
			}
			if w.num && i+2 < len(ws) && ws[i+1].s == "-" && ws[i+2].num && ws[i+1].start == w.end && ws[i+2].start == ws[i+1].end &&
				len(w.s) <= 2 && len(ws[i+2].s) <= 2 {
				scores++
			}
			if !w.num && !w.punct && sportsWords[w.l] {
				words++
			}
		}
	}
	return scores > 0 && words >= 2
}

// sportsWords are the words of match reports and results.
var sportsWords = wordSet(`goal goals match matches striker midfielder defender goalkeeper keeper coach
referee league cup season innings wicket wickets penalty penalties tournament championship title
kickoff half-time halftime stoppage-time extra-time draw drew beat beaten equaliser equalizer
winner scored scoring score header touchdown quarterback pitcher inning homer playoff playoffs
semi-final semifinal quarter-final quarterfinal final fixture fixtures squad substitute tie
points seeded sets lap laps race podium medal relegation promotion table standings`)

// teamVerbs come before a team in a match report: "beat Chelsea",
// "against Sevilla", "drew with Everton".
var teamVerbs = wordSet(`beat beating defeated defeat thrashed edged overcame against v vs vs. host hosts
hosted hosting face faces faced facing visit visits visited visiting play plays played playing`)

// teamActs follow a team in a match report: "Yorkshire beat Lancashire".
var teamActs = wordSet(`beat defeated thrashed edged drew draw lost won trail trailed lead led host hosts
hosted visit visited visits overcame`)

// drewBefore reports whether "drew", "draw" or "tied" ends at word m,
// maybe before a score: "drew 2-2 with".
func drewBefore(s *sentence, m int) bool {
	for ; m >= 0 && (s.w[m].num || s.w[m].s == "-"); m-- {
	}
	return m >= 0 && (s.w[m].l == "drew" || s.w[m].l == "draw" || s.w[m].l == "tied")
}

// scoreAt reports whether a score starts at word k: "2-1", "3 - 0".
func scoreAt(s *sentence, k int) bool {
	return k+2 < len(s.w) && s.w[k].num && s.w[k+1].s == "-" && s.w[k+2].num && len(s.w[k].s) <= 2 && len(s.w[k+2].s) <= 2
}

// clubHeads end a team's name in a match report; elsewhere they end a
// place's ("Mexico City").
var clubHeads = wordSet("City Town County")

// clubTails end a team's name and stand for it alone in a match report
// ("Rovers", "Albion") when only one team has them.
var clubTails = wordSet("Rovers Albion Athletic Wanderers Rangers Hotspur Harriers Argyle United City Town County Villa Wednesday")

// clubPrefixes open a club's name: "Real Sociedad", "FC Porto".
var clubPrefixes = wordSet(`FC AC AS SC SV VfB VfL CF CD UD SD RC Real Atletico Atlético Sporting
Olympique Olympiakos Dynamo Dinamo Spartak Lokomotiv CSKA Borussia Inter Racing Deportivo`)

// webDomains end an outlet or company named by its site: "Detik.com".
var webDomains = wordSet("com net org")

// clubTown reports whether a listed town at words [i,k) of a match report
// names the club that plays there: not after "in", "at", "from", not a
// country (national teams are their country) and not a dateline.
func clubTown(s *sentence, e lexicon.NameEntry, i, k int) bool {
	if e.Type != article.Place || e.Kind != lexicon.NamePlace && e.Kind != lexicon.NameCapital && e.Kind != lexicon.NameSubdivision {
		return false
	}
	if i > 0 && (placePreps[s.w[i-1].l] || s.w[i-1].l == "at" || s.w[i-1].l == "of" || s.w[i-1].l == "to") {
		return false
	}
	if s.w[k-1].poss && k < len(s.w) && !s.w[k].cap && placeNouns[s.w[k].l] {
		return false // "Leeds's city council"
	}
	return true
}

// datelineTown reports whether the shouted town at words [i,k) opens a
// dateline ("LONDON 1996-08-24", "BRISTOL, England (AP) —"), where it is
// the place the story comes from, not a club ("SOCCER - LEEDS GET LATE
// WINNER", "CHICAGO 103 Miami 95").
func datelineTown(doc string, s *sentence, i, k int) bool {
	if !s.w[i].caps || !lineStart(doc, s, i) {
		return false
	}
	return datedLine(doc, s, i) || k < len(s.w) && (s.w[k].s == "," || s.w[k].s == "(")
}

// teamName reports whether the capitalized words [j,k) after a listed town
// make a team with it: a plural nickname, "Chicago Bulls", "Boston Red Sox".
func teamName(s *sentence, e lexicon.NameEntry, j, k int) bool {
	if e.Type != article.Place || e.Kind == lexicon.NameCountry || e.Kind == lexicon.NameDemonym {
		return false
	}
	for m := j; m < k; m++ {
		if !s.w[m].cap || s.w[m].caps || s.w[m].punct {
			return false
		}
	}
	last := s.w[k-1]
	if last.poss || lexicon.NameHead(last.s) != lexicon.NameHeadNone || listedAt(s, j) {
		return false
	}
	l := last.l
	return len(l) > 3 && (strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") || l == "sox")
}

// tableName records a name on a results line ("Leeds 2 Coventry 1",
// "Newcastle 3 3 0 0 7 2 9"): a team, or a player when it opens with a
// given name; it returns the end of the name.
func (sc *scanner) tableName(si, i, k int) int {
	s := &sc.sents[si]
	typ := article.Organization
	if lexicon.IsGivenName(s.w[i].l) && k-i >= 2 {
		typ = article.Person
	}
	sc.add(cand{sent: si, i: i, j: k, typ: typ})
	return k
}

// shoutName reads word i of an ALL-CAPS line, where only places are taken:
// a listed country or town ("JAPAN GET LUCKY WIN", "LONDON 1996-08-24")
// and the town a dateline line opens with ("AL-AIN , United Arab
// Emirates 1996-12-06"). Other shouted words are headline noise. It returns
// the index to read next.
func (sc *scanner) shoutName(si, i int) int {
	s := &sc.sents[si]
	w := s.w[i]
	if w.punct || w.num || !w.caps {
		return i + 1
	}
	e, n := lexicon.Names().LongestLower(s.ls, s.ss, i)
	if n > 0 && e.Type == article.Place && e.Kind != lexicon.NameDemonym && len(w.s) >= 4 && !lexicon.IsCommonWord(w.l) {
		return sc.listed(si, i, i+n, e)
	}
	if n == 0 && lineStart(sc.text, s, i) && datedLine(sc.text, s, i) && !notNames[w.s] && !lexicon.IsCommonWord(w.l) {
		k := i + 1
		for k < len(s.w) && s.w[k].caps && !s.w[k].num {
			k++
		}
		sc.add(cand{sent: si, i: i, j: k, typ: article.Place})
		return k
	}
	return i + 1
}

// lineStart reports whether word i opens its line.
func lineStart(doc string, s *sentence, i int) bool {
	return i == 0 || strings.IndexByte(doc[s.w[i-1].end:s.w[i].start], '\n') >= 0
}

// datedLine reports whether the line from word i ends in a date written in
// digits ("1996-08-24", "12/06/96") within a few words: a dateline.
func datedLine(doc string, s *sentence, i int) bool {
	for m := i + 1; m < len(s.w) && m < i+12; m++ {
		if strings.IndexByte(doc[s.w[m-1].end:s.w[m].start], '\n') >= 0 {
			return false
		}
		if s.w[m].num && len(s.w[m].s) == 4 && m+2 < len(s.w) && (s.w[m+1].s == "-" || s.w[m+1].s == "/") && s.w[m+2].num {
			return true
		}
	}
	return false
}
