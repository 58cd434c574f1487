package claim

import (
	"testing"

	"github.com/parley-news/parley/internal/article"
)

// TestReporterResumes checks that a content ends where the reporter takes
// the sentence back: a semicolon before a new subject in the simple past,
// and the scene after a quote that is all that was said. What a speaker
// goes on to say in the tense of reported speech stays in, and so does a
// quote that is a sentence of its own, however short.
func TestReporterResumes(t *testing.T) {
	tests := []struct{ name, text, content string }{
		{"a semicolon and a named subject", "Abiy said Ethiopia wanted a port; Prabowo offered troops for Gaza.", "Ethiopia wanted a port"},
		{"a semicolon and a two-word name", "The minister said talks had stalled; Shehbaz Sharif flew to Riyadh.", "talks had stalled"},
		{"a semicolon and a noun subject", "Tinubu said Nigeria was ready; the opposition walked out.", "Nigeria was ready"},
		{"a semicolon and reported would", "Sharif said Pakistan had lost patience; Kabul would have to act.", "Pakistan had lost patience; Kabul would have to act"},
		{"a semicolon and a pronoun", "Lula said Brazil was ready to mediate; it had no favourite in the war.", "Brazil was ready to mediate; it had no favourite in the war"},
		{"a quote and as with a clause", "A man can be heard shouting “God is great” as the building collapses.", "“God is great”"},
		{"a quote and while", "The crowd chanted “Justice now” while police looked on.", "“Justice now”"},
		{"a quote and as a bare plural", "She shouted “Run” as soldiers moved in.", "“Run”"},
		{"a label rejected by", "The army said the strike hit a depot, a claim rejected by local officials.", "the strike hit a depot"},
		{"no reply to a request", "Trump said Mexico would supply the soldiers; the White House did not respond to a request for comment.", "Mexico would supply the soldiers"},
		{"no reply from a named spokesman", "The ministry said the road was open; Kremlin spokesman Dmitry Peskov did not immediately reply.", "the road was open"},
		{"a speaker's own did not", "The ministry said the road was open, but the convoy did not move.", "the road was open, but the convoy did not move"},
		{"a description after according to", "According to the Inter-Services Public Relations (ISPR), the military's media wing, troops responded and several militants were killed.", "troops responded and several militants were killed"},
		{"a subject and its relative clause after according to", "According to Hassan, the convoy, which left at dawn, was hit twice.", "the convoy, which left at dawn, was hit twice"},
		{"a list after according to", "According to officials, the army, the police and the militia were deployed.", "the army, the police and the militia were deployed"},
		{"a quote and as of role", "Most respondents specified “Christian” as their religion.", "“Christian” as their religion"},
		// a quote that is a sentence of its own carries on the last
		// speaker's words however short; a short term inside the
		// reporter's sentence or a stage direction does not
		{"one word after a told", "“It is over,” Karim Haddad told The Levant Ledger by phone from Doha. “Never.”", "“It is over,” Karim Haddad told The Levant Ledger by phone from Doha. “Never.”"},
		{"a short question", "“We were not consulted,” the senator said. “Why now?”", "“We were not consulted,” the senator said. “Why now?”"},
		{"a stage direction", "“We were not consulted,” the senator said. “(Applause.)”", "“We were not consulted,”"},
		{"a short term mid-sentence", "“We were not consulted,” the senator said. The “zone” was drawn later.", "“We were not consulted,”"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantContent(t, run(tc.text), tc.content) })
	}
}

// TestRecalledEnvoy checks that recalling a diplomat is a deed, while
// recalling a time or a saying is still a claim.
func TestRecalledEnvoy(t *testing.T) {
	tests := []struct{ name, text, source, cue, body string }{
		{"its envoy", "Islamabad recalled its envoy on Monday.", "", "", ""},
		{"the ambassador", "Turkey recalled the ambassador from Tel Aviv.", "", "", ""},
		{"a named diplomat", "Abuja recalled Ambassador Musa Idris to the capital.", "", "", ""},
		{"a memory", "She recalled the siege of the city, when food ran out.", "She", "recalled", "the siege of the city"},
		{"a saying", "He recalled that the army had promised to leave.", "He", "recalled", "the army had promised"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantReading(t, run(tc.text), tc.source, tc.cue, tc.body) })
	}
}

// wantContent fails unless cs is one claim whose content is content.
func wantContent(t *testing.T, cs []article.Claim, content string) {
	t.Helper()
	if len(cs) != 1 || cs[0].Content != content {
		t.Fatalf("got %+v, want one claim with content %q", cs, content)
	}
}

// TestSubjectParticiple checks a participle of saying or showing inside
// the sentence's subject: what it takes ends before the sentence's own
// verb, and a noun phrase shown is a depiction, no claim; a participle
// after the verb ("quoted officials saying") is read as before.
func TestSubjectParticiple(t *testing.T) {
	tests := []struct{ name, text, source, cue, body string }{
		{"a video showing", "A video showing the strike was shared widely.", "", "", ""},
		{"footage showing armed men", "Footage showing armed men was broadcast on Friday.", "", "", ""},
		{"a report saying a clause", "A report saying the army had withdrawn was rejected as false.", "A report", "saying", "the army had withdrawn"},
		{"protesters chanting a quote", "Protesters chanting “Down with the junta” marched to parliament.", "Protesters", "chanting", "“Down with the junta”"},
		{"after the verb", "He quoted officials saying the talks had stalled.", "officials", "saying", "the talks had stalled"},
		{"after a verb of aspect", "Trump keeps saying she opposed the war.", "Trump", "saying", "she opposed the war"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			wantReading(t, cs, tc.source, tc.cue, tc.body)
			if tc.source != "" && cs[0].Content != tc.body {
				t.Errorf("content = %q, want %q", cs[0].Content, tc.body)
			}
		})
	}
}

// TestModalName checks that a capitalized modal before a past form is a
// name ("May said"), while a modal before its verb and a month stay what
// they are.
func TestModalName(t *testing.T) {
	tests := []struct{ name, text, source, cue, body string }{
		{"May said", "May said the deal was the best available.", "May", "said", "the deal was the best available"},
		{"Will told", "Will told reporters the vote would go ahead.", "Will", "told", "the vote would go ahead"},
		{"a full name", "Theresa May said Britain would leave.", "Theresa May", "said", "Britain would leave"},
		{"a month", "In May, the minister said the port would reopen.", "the minister", "said", "the port would reopen"},
		{"a modal", "The talks may resume next week, officials said.", "officials", "said", "The talks may resume"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantReading(t, run(tc.text), tc.source, tc.cue, tc.body) })
	}
}

// TestDespiteEvidence checks that a reporter's ", despite" before evidence
// or a document ends the content, and that a document's finding in a
// relative clause ("a report that found …") is the document's claim;
// ", despite the rain" stays in what was said.
func TestDespiteEvidence(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][2]string // source, content
	}{
		{"a report that found", "Rwanda denies supporting the M23, despite a UN experts' report that found Kigali had sent troops.",
			[][2]string{{"Rwanda", "supporting the M23"}, {"a UN experts' report", "Kigali had sent troops"}}},
		{"footage", "The army denied targeting civilians, despite footage showing soldiers firing on a crowd.",
			[][2]string{{"The army", "targeting civilians"}}},
		{"no evidence", "The minister said the road would reopen, despite the rain.",
			[][2]string{{"The minister", "the road would reopen, despite the rain"}}},
		{"a relative clause in the subject", "A report that found the army had shelled the camp was published on Monday.",
			[][2]string{{"A report", "the army had shelled the camp"}}},
		{"a finding of a noun phrase", "The study that found no link was withdrawn.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != len(tc.want) {
				t.Fatalf("%d claims, want %d: %+v", len(cs), len(tc.want), cs)
			}
			for i, w := range tc.want {
				if deref(cs[i].Source) != w[0] || cs[i].Content != w[1] {
					t.Errorf("claim %d = %q %q, want %q %q", i, deref(cs[i].Source), cs[i].Content, w[0], w[1])
				}
			}
		})
	}
}

// TestNotAuthorized checks that "not authorized to speak" grants
// anonymity on the source it describes, and is no grant in what was said;
// and that a grant in a relative clause with no commas before the cue
// keeps the claim, with the phrase before it for source.
func TestNotAuthorized(t *testing.T) {
	tests := []struct{ name, text, grant string }{
		{"a relative clause", "A Mexican official who was not authorised to speak publicly said the troops were ready.", "who was not authorised to speak publicly"},
		{"an aside in commas", "Two officials, who were not authorized to discuss the talks, said a deal was close.", "who were not authorized to discuss the talks"},
		{"what was said", "The minister said he had not authorised the strike.", ""},
		{"asked not to be identified, no commas", "A farmer who asked not to be identified told EFE that armed men had gone house by house.", "who asked not to be identified"},
		{"pleaded not to be named, no commas", "A community leader who pleaded not to be named for fear of reprisals claimed that the bandits had demanded a ransom.", "who pleaded not to be named for fear of reprisals"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantGrant(t, tc.text, run(tc.text), tc.grant) })
	}
}

// TestPartialName checks that a source named only in part stays named but
// carries the grant that says so, in its own sentence or from a sentence of
// its own before, while a full name carries none.
func TestPartialName(t *testing.T) {
	tests := []struct{ name, text, grant string }{
		{"a first name in an aside", "Jean-Robert, who gave only his first name, said the school had closed.", "who gave only his first name"},
		{"a first name after a quote", "“There is no bread,” said Amal, a mother of three who asked that only her first name be used.", "who asked that only her first name be used"},
		{"a sentence of its own before", "Jean-Robert, a teacher who lives near the port, gave only his first name. “We are afraid,” Jean-Robert said.", "gave only his first name"},
		{"a full name", "Jean-Robert Pierre, a teacher, said the school had closed.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			wantGrant(t, tc.text, cs, tc.grant)
			if !cs[0].Named {
				t.Errorf("claim %+v is not named", cs[0])
			}
		})
	}
}

// TestColonDateline checks that a place in capitals closed by a colon
// ("ISLAMABAD: …", the South Asian dateline) is no speaker and no part of
// a content, while a transcript's speaker in capitals still is one.
func TestColonDateline(t *testing.T) {
	place := func(text, name string) article.Entity {
		return article.Entity{ID: "e1", Type: article.Place, Name: name, Mentions: []article.Span{{Start: 0, End: len(name)}}}
	}
	text := "NEW DELHI: India and China have reached a deal on patrols, the foreign secretary announced on Monday."
	cs := run(text, place(text, "NEW DELHI"))
	wantContent(t, cs, "India and China have reached a deal on patrols")
	text = "LAHORE: Police on Wednesday arrested 40 party workers."
	if cs := run(text, place(text, "LAHORE")); len(cs) != 0 {
		t.Errorf("claims = %+v, want none", cs)
	}
	wantContent(t, run("DUNN: We will keep the crossing open as long as we can."), "We will keep the crossing open as long as we can")
}

// wantGrant fails unless cs is one claim whose anonymity grant is grant in
// text ("" for none).
func wantGrant(t *testing.T, text string, cs []article.Claim, grant string) {
	t.Helper()
	if len(cs) != 1 {
		t.Fatalf("claims = %+v, want one", cs)
	}
	got := ""
	if a := cs[0].Anonymity; a != nil {
		got = text[a.Start:a.End]
	}
	if got != grant {
		t.Errorf("anonymity = %q, want %q", got, grant)
	}
}

// TestTimeAfterName checks that a time between a name and its verb is no
// part of the source, while a time inside a relative clause of the source
// stays in it.
func TestTimeAfterName(t *testing.T) {
	tests := []struct{ name, text, source string }{
		{"a participle", "Colombian President Gustavo Petro on Friday suspended peace talks, accusing the group of war crimes.", "Colombian President Gustavo Petro"},
		{"a bracketed short name", "The Pakistan Tehreek-i-Insaf (PTI) on Wednesday announced a nationwide protest.", "The Pakistan Tehreek-i-Insaf (PTI)"},
		{"a relative clause", "A report by the monitoring group that was published on Wednesday said 40 people died.", "A report by the monitoring group that was published on Wednesday"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != 1 || deref(cs[0].Source) != tc.source {
				t.Fatalf("claims = %+v, want one of %q", cs, tc.source)
			}
		})
	}
}
