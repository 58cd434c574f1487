package claim

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
)

// TestReadings checks stances that are held rather than said, and words
// that only look like cues, one sentence each: the claim it must give
// (source, cue and the start of its content), or none when source is "".
//
// A court's, panel's or union's decisions, votes and backing are its
// position, as a party's are; a ministry's or an army's are deeds of state
// or war. An adjective of stance after "be" takes a clause, also after a
// contracted "is", but never a demonstrative "that" before a time. One
// heard, seen or filmed saying something says it ("can be heard saying").
// A time before a name is no part of the source ("Last week Netanyahu");
// "went on to" is a cue only before a verb of saying or talking; a plural
// noun after a modal's verb ("could leak details") and a noun of stance
// before "among", "of" or "from" ("support among voters") are no cues.
// A call made again is a cue with its noun ("renewed his call for"). A
// participle of stance that only describes the subject ("protesters
// supporting the deal marched") is no cue, and belongs to the source of a
// cue after it ("lawmakers opposing the bill said"). People welcomed or
// embraced are a host's deed, not a stance ("welcomed the delegation").
// A sentence that opens with the poll or report it reports ("In this poll,
// …") is that document's claim when no cue of its own is read in it. A
// cue in the infinitive of purpose after taking a platform is the taker's
// ("took to Telegram to denounce", "went on television to warn"), and
// so is a participle after a medium issued ("issued a statement
// condemning", "sent a letter to the board urging"). A stance held back
// ("stopped short of calling") is the subject's; an argument made ("made
// the case that") is one who can hold a view's. A grievance felt ("felt
// betrayed") is a stance, and a people named by its plural demonym ("many
// Mexicans") can hold one. So is being against or opposed to something,
// for one who can hold a view ("the senator is against it", not "the odds
// are against him").
func TestReadings(t *testing.T) {
	tests := []struct{ name, text, source, cue, body string }{
		{"a court declines", "The Supreme Court declined to take up the appeal.", "The Supreme Court", "declined", "to take up the appeal"},
		{"a court rejects", "The high court rejected a request from the governor to delay the count.", "The high court", "rejected", "a request from the governor"},
		{"a panel votes", "A Senate panel voted to subpoena the former director.", "A Senate panel", "voted", "to subpoena the former director"},
		{"a committee agrees", "The committee agreed to postpone the hearing on the budget.", "The committee", "agreed to", "postpone the hearing"},
		{"a center plans", "The Tax Policy Center plans to publish its analysis next week.", "The Tax Policy Center", "plans to", "publish its analysis"},
		{"a union backs", "The union backed the strike called by nurses.", "The union", "backed", "the strike called by nurses"},
		{"an army plans", "The army plans to widen the offensive into the south.", "", "", ""},
		{"a ministry rejects", "The defense ministry rejected the request for a corridor.", "", "", ""},
		{"a government declines", "The government declined to extend the curfew.", "", "", ""},
		{"rebels backed by a state", "Rebels backed by the neighbouring state seized the town.", "", "", ""},

		{"outraged that", "Residents were outraged that the army had bulldozed the cemetery.", "Residents", "outraged", "the army had bulldozed"},
		{"incensed that", "Lawmakers were incensed that the deal covered five aides.", "Lawmakers", "incensed", "the deal covered five aides"},
		{"relieved that", "The envoy was relieved that both sides had signed.", "The envoy", "relieved", "both sides had signed"},
		{"a contracted is", "She's so frustrated that the state is cutting school funds.", "She", "frustrated", "the state is cutting"},
		{"a contracted is, curly", "He’s confident the truce will hold.", "He", "confident", "the truce will hold"},
		{"that night", "Residents were alarmed that night when the shelling began.", "", "", ""},
		{"that day", "Officials were worried that day about the storm.", "", "", ""},
		{"relieved of", "The commander was relieved of his duties after the defeat.", "", "", ""},
		{"a contracted is, no stance", "It's clear that the deal will hold.", "", "", ""},

		{"can be heard saying", "In the video, a soldier can be heard saying that the target was hit.", "a soldier", "saying", "the target was hit"},
		{"heard yelling to someone", "A woman can be heard yelling to the officers that her husband was unarmed.", "A woman", "yelling", "her husband was unarmed"},
		{"seen telling", "A woman is seen telling the soldiers that her son is inside.", "A woman", "telling", "her son is inside"},
		{"recorded telling", "The commander was recorded telling his men that no prisoners should be taken.", "The commander", "telling", "no prisoners should be taken"},
		{"filmed chanting a quote", "Protesters were filmed chanting \u201cDown with the dictator\u201d outside the embassy.", "Protesters", "chanting", "\u201cDown with the dictator\u201d"},
		{"seen leaving", "The ship was seen leaving the port at dawn.", "", "", ""},
		{"seen attacking", "He was seen attacking the guard with a knife.", "", "", ""},
		{"filmed chanting no quote", "Protesters were filmed chanting slogans outside the embassy.", "", "", ""},
		{"gunfire heard", "Gunfire could be heard across the city throughout the night.", "", "", ""},

		{"last week before a name", "Last week Netanyahu said the war would continue.", "Netanyahu", "said", "the war would continue"},
		{"yesterday before a name", "Yesterday Zelensky said the front was holding.", "Zelensky", "said", "the front was holding"},
		{"a time word that is part of the source", "Early voters said the lines were long.", "Early voters", "said", "the lines were long"},
		{"went on to say", "The minister went on to say that the border would stay shut.", "The minister", "went on", "to say that the border"},
		{"went on to discuss", "She went on to discuss the prisoner exchange.", "She", "went on", "to discuss the prisoner exchange"},
		{"went on to seize", "The rebels went on to seize the town of Sake.", "", "", ""},
		{"went on to win", "The senator went on to win the election in a landslide.", "", "", ""},
		{"could leak details", "Officials who could leak details to the press were barred from the meeting.", "", "", ""},
		{"to publish reports", "The ministry plans to publish reports on the strikes.", "", "", ""},
		{"support among", "The truce has broad support among residents of the city.", "", "", ""},
		{"percent support of", "The candidate has 5 percent support of the youth vote.", "", "", ""},
		{"percent support a verb", "44 percent support the deal.", "44 percent", "support", "the deal"},

		{"renewed his call for", "The secretary-general renewed his call for an immediate ceasefire.", "The secretary-general", "renewed his call for", "an immediate ceasefire"},
		{"renewed calls to", "Aid agencies renewed calls to open the northern crossings.", "Aid agencies", "renewed calls to", "open the northern crossings"},
		{"reiterated their appeal for", "The families reiterated their appeal for the hostages' release.", "The families", "reiterated their appeal for", "the hostages' release"},
		{"sounded the alarm over", "Doctors sounded the alarm over shortages of insulin.", "Doctors", "sounded the alarm over", "shortages of insulin"},
		{"renewed its assault", "The army renewed its assault on the eastern districts.", "", "", ""},
		{"renewed the mandate", "The council renewed the mandate of the mission for a year.", "", "", ""},
		{"a siren sounded", "The siren sounded across the city as the missiles approached.", "", "", ""},

		{"a participle describing the subject", "Protesters supporting the deal marched on parliament.", "", "", ""},
		{"a participle met", "Diplomats backing the plan met in Doha on Sunday.", "", "", ""},
		{"a participle inside the source", "Lawmakers opposing the bill said it was rushed.", "Lawmakers opposing the bill", "said", "it was rushed"},
		{"welcomed a delegation", "The foreign minister welcomed the delegation at the airport.", "", "", ""},
		{"welcomed a president", "The king welcomed the Ukrainian president at the palace on Monday.", "", "", ""},
		{"welcomed a name to a place", "Netanyahu welcomed Mr. Blinken to Jerusalem.", "", "", ""},
		{"welcomed guests", "The senator welcomed several hundred guests to the rally.", "", "", ""},
		{"welcomed a decision", "The minister welcomed the decision to extend the truce.", "The minister", "welcomed", "the decision to extend the truce"},
		{"welcomed a possessor's thing", "The envoy welcomed Qatar's mediation.", "The envoy", "welcomed", "Qatar's mediation"},
		{"embraced a titled possessor's thing", "The senator embraced Mr. Obama's approach.", "The senator", "embraced", "Mr. Obama's approach"},
		{"in the poll", "In this poll, the president rose a point while his rival fell.", "this poll", "In", "the president rose a point"},
		{"in the poll, past an aside", "In the latest national survey, conducted in early May, the premier led by five points.", "the latest national survey", "In", "the premier led by five points"},
		{"in a report, with its own cue", "In a report released Tuesday, Amnesty said the strikes were war crimes.", "Amnesty", "said", "the strikes were war crimes"},
		{"in the wake of a report", "In the wake of the report, the minister has cast himself as a reformer.", "", "", ""},
		{"in a village", "In the village, soldiers burned the houses.", "", "", ""},
		{"took to a platform to", "Zelensky took to Telegram to denounce the strikes on Kharkiv.", "Zelensky", "denounce", "the strikes on Kharkiv"},
		{"went on television to", "The minister went on television to warn that the truce was collapsing.", "The minister", "warn", "the truce was collapsing"},
		{"held a news conference to", "The general held a news conference to announce the withdrawal.", "The general", "announce", "the withdrawal"},
		{"appeared on state television to", "The spokesman appeared on state television to deny the reports.", "The spokesman", "deny", "the reports"},
		{"used drones to", "The army used drones to attack the convoy.", "", "", ""},
		{"a statement condemning", "The ministry issued a statement condemning the attack on the convoy.", "The ministry", "condemning", "the attack on the convoy"},
		{"an army's statement condemning", "The army issued a statement condemning the attack.", "The army", "condemning", "the attack"},
		{"a letter to someone urging", "A group of parents sent a letter to the board urging them to reconsider.", "A group of parents", "urging", "them to reconsider"},
		{"a series of tweets after a clause", "The aide spoke to reporters after the senator unleashed a series of tweets criticizing the judge.", "the senator", "criticizing", "the judge"},
		{"a statement calling", "The council issued a statement calling the test a clear violation.", "The council", "calling", "the test a clear violation"},
		{"a decree banning", "The president signed a decree banning the party.", "", "", ""},
		{"stopped short of calling", "The president stopped short of calling the killings genocide.", "The president", "calling", "the killings genocide"},
		{"stopped short of blaming", "The ministry stopped short of blaming Iran for the attack.", "The ministry", "blaming", "Iran for the attack"},
		{"stopped short of a place", "The convoy stopped short of the checkpoint.", "", "", ""},
		{"stopped short of a deed", "The tanks stopped short of entering the city.", "", "", ""},
		{"made the case that", "The administration made the case that the bill is a bad idea.", "The administration", "made the case", "the bill is a bad idea"},
		{"made the case for", "The envoy has previously made the case for more air defenses.", "The envoy", "made the case for", "more air defenses"},
		{"a thing makes no case", "The explosion made the case for tighter controls obvious.", "", "", ""},
		{"felt betrayed", "Kurdish leaders felt betrayed by the withdrawal.", "Kurdish leaders", "felt", "betrayed by the withdrawal"},
		{"a people felt betrayed", "Many Mexicans felt betrayed when the president invited him.", "Many Mexicans", "felt", "betrayed when the president"},
		{"citizens feel stung", "Many European citizens feel stung after the crisis.", "Many European citizens", "feel", "stung after the crisis"},
		{"felt tired", "Soldiers felt tired after weeks of fighting.", "", "", ""},
		{"is against", "The senator is against it.", "The senator", "is against", "it"},
		{"is firmly opposed to", "The envoy is firmly opposed to the deal.", "The envoy", "is firmly opposed to", "the deal"},
		{"a contracted is against", "She's against the ceasefire plan.", "She", "against", "the ceasefire plan"},
		{"the odds are against", "The odds are against him.", "", "", ""},
		{"a count against", "The vote was 10 against 2.", "", "", ""},
		{"protests against", "Protests against the war spread to the capital.", "", "", ""},
		{"a town felt deserted", "The town felt deserted after the shelling.", "", "", ""},
		{"felt the ground", "She felt the ground shake beneath her.", "", "", ""},
		{"a volley warning", "Soldiers fired a volley of shots warning the crowd.", "", "", ""},
		{"went to a city to", "The minister went to Cairo to discuss the truce.", "", "", ""},
		{"a participle of no cue inside the source", "Protesters blocking the road said they would stay.", "Protesters blocking the road", "said", "they would stay"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantReading(t, run(tc.text), tc.source, tc.cue, tc.body) })
	}
}

// wantReading fails unless cs is the one claim of source and cue whose
// content starts with body, or no claim at all when source is "".
func wantReading(t *testing.T, cs []article.Claim, source, cue, body string) {
	t.Helper()
	switch {
	case source == "" && len(cs) != 0:
		t.Fatalf("got %+v, want no claim", cs[0])
	case source != "" && (len(cs) != 1 || deref(cs[0].Source) != source || deref(cs[0].Cue) != cue || !strings.HasPrefix(cs[0].Content, body)):
		t.Fatalf("got %+v, want one claim: %q %q %q", cs, source, cue, body)
	}
}
