package when

import (
	_ "embed"
	"strconv"

	"github.com/parley-news/parley/internal/extract/quantity/table"
)

//go:embed words.txt
var wordsData string

// lex holds the lexical facts of words.txt by class, each a map from the
// lower-cased word to its value.
type lex struct {
	month, weekday map[string]int
	unit, tod      map[string]string
	season, set    map[string]string
	ref            map[string]string
	holiday        map[string]string
}

var words = loadLex(wordsData)

func loadLex(data string) *lex {
	l := &lex{month: map[string]int{}, weekday: map[string]int{}, unit: map[string]string{},
		tod: map[string]string{}, season: map[string]string{}, set: map[string]string{}, ref: map[string]string{},
		holiday: map[string]string{}}
	for _, f := range table.Rows(data, 3) {
		w, v := f[0], f[2]
		switch f[1] {
		case "month", "weekday":
			n, err := strconv.Atoi(v)
			if err != nil {
				continue
			}
			if f[1] == "month" {
				l.month[w] = n
			} else {
				l.weekday[w] = n
			}
		case "unit":
			l.unit[w] = v
		case "tod":
			l.tod[w] = v
		case "season":
			l.season[w] = v
		case "set":
			l.set[w] = v
		case "holiday":
			l.holiday[w] = v
		case "ref":
			if v == "-" {
				v = ""
			}
			l.ref[w] = v
		}
	}
	return l
}

// approximators open a duration or count without changing its value
// ("more than 20 months", "nearly two years"); each entry is a run of
// lower-cased words.
var approximators = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"no", "more", "than"}, {"no", "less", "than"},
	{"at", "least"}, {"at", "most"}, {"up", "to"}, {"as", "many", "as"}, {"as", "much", "as"},
	{"nearly"}, {"almost"}, {"about"}, {"around"}, {"roughly"}, {"approximately"}, {"circa"}, {"sometime"}, {"some"},
	{"over"}, {"under"}, {"just", "over"}, {"just", "under"}, {"well", "over"}, {"barely"},
	{"only"}, {"just"}, {"another"}, {"the", "past"}, {"the", "last"}, {"the", "next"},
	{"the", "first"}, {"the", "final"}, {"the", "coming"}, {"the", "previous"}, {"past"},
	{"the"}, {"the", "entire"}, {"the", "whole"}, {"the", "full"},
}

// pastCues and futureCues decide the tense of a sentence near a time
// expression; words ending in -ed count as past too.
var pastCues = set("said", "says", "was", "were", "had", "did", "told", "met", "took", "began", "came",
	"went", "left", "held", "made", "saw", "fled", "sent", "led", "gave", "won", "fell", "broke",
	"struck", "hit", "shot", "killed", "brought", "found", "got", "rose", "spoke", "wrote", "ran",
	"paid", "sought", "thought", "stood", "kept", "lost", "built", "chose", "drove", "flew", "froze",
	"grew", "hid", "knew", "meant", "quit", "rode", "sold", "shut", "slew",
	"stole", "swore", "taught", "threw", "tore", "understood", "woke", "withdrew", "overthrew",
	"bought", "caught", "fought", "felt", "heard", "lent", "sat", "spent", "wore", "became", "drew",
	"ago", "last", "earlier", "yesterday", "former", "previously")

// "plans" and "plan" are no cue alone ("vacation plans"); "plans to" is,
// through toFuture.
var futureCues = set("will", "shall", "ll", "scheduled", "due", "expected", "planning", "preparing", "upcoming", "tomorrow", "intends", "hopes", "aims", "going",
	"coming", "await", "awaits", "awaiting", "ahead")

// scheduleVerbs are verbs of a timetable whose present tense, in a story,
// tells what is to come: "the deadline passes Friday", "the talks begin on
// Monday", "he and Arafat meet separately Monday". The base forms count
// only after a word that is no auxiliary (schedulePrev).
// Words that are as often nouns ("heads", "leaves", "travel plans") are
// left out.
var scheduleVerbs = set("begins", "starts", "opens", "resumes", "convenes", "expires", "meets", "arrives",
	"travels", "passes", "begin", "resume", "convene", "expire", "meet", "arrive", "ends", "enters", "closes")

// startWords open the time from which something runs: "a truce starting on
// Wednesday", "beginning Monday", "effective Friday".
var startWords = set("starting", "beginning", "effective", "commencing")

// schedulePrev are the words after which a base form is no present
// tense: "did not meet", "to meet", "could meet", "never visit".
var schedulePrev = set("did", "do", "does", "not", "n't", "never", "to", "could", "would", "might", "may",
	"must", "should", "can", "cannot", "will", "shall", "ll", "didn't", "don't", "doesn't", "let", "help", "make", "would")

// edNotPast are -ed words that are not past tense verbs.
var edNotPast = set("need", "speed", "seed", "feed", "bed", "red", "shed", "united", "indeed",
	"based", "armed", "advanced", "detailed", "limited", "related", "alleged", "proposed",
	"planned", "scheduled", "expected", "proceed", "succeed", "exceed", "hundred", "bled")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
