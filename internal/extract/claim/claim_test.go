package claim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/golden"
	"github.com/parley-news/parley/internal/text"
)

// run extracts the claims of a text, as the pipeline would with no entities.
func run(s string, ents ...article.Entity) []article.Claim {
	a := &article.Article{Text: s, Entities: ents}
	Extract(text.Parse(s), a)
	return a.Claims
}

// TestGolden checks the claims of whole stories against reviewed records.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no stories in testdata: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			golden.JSON(t, strings.TrimSuffix(f, ".txt")+".golden.json", run(string(b)))
		})
	}
}

// want is what a table test expects of the first claim found.
type want struct {
	source  string // resolved source text
	srcSpan string // the text at source_span ("" for null)
	cue     string // "" for null
	content string // prefix of the content
	named   bool
	count   int // 0 for null
	outlet  string
	direct  bool
}

func check(t *testing.T, s string, c article.Claim, w want) {
	t.Helper()
	if got := deref(c.Source); got != w.source {
		t.Errorf("source = %q, want %q", got, w.source)
	}
	if got := spanText(s, c.SourceSpan); got != w.srcSpan {
		t.Errorf("source span = %q, want %q", got, w.srcSpan)
	}
	if got := deref(c.Cue); got != w.cue {
		t.Errorf("cue = %q, want %q", got, w.cue)
	}
	if c.Cue != nil && spanText(s, c.CueSpan) != *c.Cue {
		t.Errorf("cue span %v does not hold the cue %q", c.CueSpan, *c.Cue)
	}
	if !strings.HasPrefix(c.Content, w.content) {
		t.Errorf("content = %q, want prefix %q", c.Content, w.content)
	}
	if s[c.Start:c.End] != c.Content {
		t.Errorf("content %q is not the text at [%d,%d)", c.Content, c.Start, c.End)
	}
	if c.Named != w.named {
		t.Errorf("named = %v, want %v", c.Named, w.named)
	}
	count := 0
	if c.Count != nil {
		count = *c.Count
	}
	if count != w.count {
		t.Errorf("count = %d, want %d (0 is null)", count, w.count)
	}
	if got := deref(c.Outlet); got != w.outlet {
		t.Errorf("outlet = %q, want %q", got, w.outlet)
	}
	if c.Direct != w.direct {
		t.Errorf("direct = %v, want %v", c.Direct, w.direct)
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func spanText(s string, sp *article.Span) string {
	if sp == nil {
		return ""
	}
	return s[sp.Start:sp.End]
}

// TestPhrasings covers the word orders and source kinds news uses, one
// sentence each; the first claim found is checked.
func TestPhrasings(t *testing.T) {
	tests := []struct {
		name, text string
		want       want
	}{
		{"X said Y", "The ministry said the border would reopen on Friday.",
			want{source: "The ministry", srcSpan: "The ministry", cue: "said", content: "the border would reopen", named: true, count: 1}},
		{"X said that Y", "Prime Minister Ana Ruiz said on Tuesday that talks would resume.",
			want{source: "Prime Minister Ana Ruiz", srcSpan: "Prime Minister Ana Ruiz", cue: "said", content: "talks would resume", named: true, count: 1}},
		{"Y, X said", "The talks will resume next week, two diplomats said.",
			want{source: "two diplomats", srcSpan: "two diplomats", cue: "said", content: "The talks will resume next week", count: 2}},
		{"Y, said X", "The talks will resume next week, said a person familiar with the plan.",
			want{source: "a person familiar with the plan", srcSpan: "a person familiar with the plan", cue: "said", content: "The talks will resume", count: 1}},
		{"According to X, Y", "According to the health ministry, 40 people were killed.",
			want{source: "the health ministry", srcSpan: "the health ministry", cue: "According to", content: "40 people were killed", named: true, count: 1}},
		{"Y, according to X", "Forty people were killed, according to local officials.",
			want{source: "local officials", srcSpan: "local officials", cue: "according to", content: "Forty people were killed"}},
		{"told outlet that", "Five people close to the talks told Reuters that the two sides met.",
			want{source: "Five people close to the talks", srcSpan: "Five people close to the talks", cue: "told", content: "the two sides met", count: 5, outlet: "Reuters"}},
		{"told The Associated Press", "An Egyptian official told The Associated Press the deal was close.",
			want{source: "An Egyptian official", srcSpan: "An Egyptian official", cue: "told", content: "the deal was close", count: 1, outlet: "The Associated Press"}},
		{"told reporters is no outlet", "A senior official told reporters the deal was close.",
			want{source: "A senior official", srcSpan: "A senior official", cue: "told", content: "the deal was close", count: 1}},
		{"told reporters at a place that", "The president told reporters at the palace that a deal was close.",
			want{source: "The president", srcSpan: "The president", cue: "told", content: "a deal was close", named: true, count: 1}},
		{"said in a <medium>", "The army said in a Telegram post that it had shot down 20 drones.",
			want{source: "The army", srcSpan: "The army", cue: "said in a Telegram post", content: "it had shot down 20 drones", named: true, count: 1}},
		{"told AFP", "“We are ready for a deal,” group official Sami Nour told AFP.",
			want{source: "group official Sami Nour", srcSpan: "group official Sami Nour", cue: "told", content: "“We are ready for a deal,”", named: true, count: 1, outlet: "AFP", direct: true}},
		{"content first, told Reuters", "The sides met twice, three sources told Reuters on Monday.",
			want{source: "three sources", srcSpan: "three sources", cue: "told", content: "The sides met twice", count: 3, outlet: "Reuters"}},
		{"said in a statement", "The army said in a statement that it had withdrawn.",
			want{source: "The army", srcSpan: "The army", cue: "said in a statement", content: "it had withdrawn", named: true, count: 1}},
		{"said on social media", "The president said on social media that sanctions would follow.",
			want{source: "The president", srcSpan: "The president", cue: "said on social media", content: "sanctions would follow", named: true, count: 1}},
		{"quote then said X", "“We will not retreat,” said Colonel Omar Haddad.",
			want{source: "Colonel Omar Haddad", srcSpan: "Colonel Omar Haddad", cue: "said", content: "“We will not retreat,”", named: true, count: 1, direct: true}},
		{"straight quotes then X said", "\"We will not retreat,\" the colonel said.",
			want{source: "the colonel", srcSpan: "the colonel", cue: "said", content: "\"We will not retreat,\"", named: true, count: 1, direct: true}},
		{"multi-sentence quote", "“We are ready. The ball is in their court,” the minister said.",
			want{source: "the minister", srcSpan: "the minister", cue: "said", content: "“We are ready. The ball is in their court,”", named: true, count: 1, direct: true}},
		{"partial quote", "The minister said the sides were “very far apart” on security.",
			want{source: "The minister", srcSpan: "The minister", cue: "said", content: "the sides were “very far apart”", named: true, count: 1, direct: true}},
		{"colon quote", "The minister told parliament: “The skies are calm.”",
			want{source: "The minister", srcSpan: "The minister", cue: "told", content: "“The skies are calm.”", named: true, count: 1, direct: true}},
		{"denied", "The ministry denied that its forces had crossed the line.",
			want{source: "The ministry", srcSpan: "The ministry", cue: "denied", content: "its forces had crossed", named: true, count: 1}},
		{"warned", "Hamas warned that the truce would collapse.",
			want{source: "Hamas", srcSpan: "Hamas", cue: "warned", content: "the truce would collapse", named: true, count: 1}},
		{"vowed", "The president vowed to rebuild every destroyed school.",
			want{source: "The president", srcSpan: "The president", cue: "vowed", content: "to rebuild every destroyed school", named: true, count: 1}},
		{"believes", "The general believes the offensive will stall by winter.",
			want{source: "The general", srcSpan: "The general", cue: "believes", content: "the offensive will stall", named: true, count: 1}},
		{"tweeted", "The foreign minister tweeted that the embassy would close.",
			want{source: "The foreign minister", srcSpan: "The foreign minister", cue: "tweeted", content: "the embassy would close", named: true, count: 1}},
		{"posted on X", "The ambassador posted on X that the visit was cancelled.",
			want{source: "The ambassador", srcSpan: "The ambassador", cue: "posted on X", content: "the visit was cancelled", named: true, count: 1}},
		{"called the", "Aliyev called the declaration a step toward peace.",
			want{source: "Aliyev", srcSpan: "Aliyev", cue: "called", content: "the declaration a step", named: true, count: 1}},
		{"called for", "The council called for an immediate ceasefire.",
			want{source: "The council", srcSpan: "The council", cue: "called for", content: "an immediate ceasefire", named: true, count: 1}},
		{"adding that", "The ministry said the talks went well, adding that a second round was planned.",
			want{source: "The ministry", srcSpan: "The ministry", cue: "said", content: "the talks went well", named: true, count: 1}},
		{"appositive", "Jon Perez, a spokesman for the mission, said the convoy was delayed.",
			want{source: "Jon Perez, a spokesman for the mission", srcSpan: "Jon Perez, a spokesman for the mission,", cue: "said", content: "the convoy was delayed", named: true, count: 1}},
		{"appositive with a clause after the cue", "Derek Lane, who served as envoy until May, said the rebels reached out first.",
			want{source: "Derek Lane", srcSpan: "Derek Lane", cue: "said", content: "the rebels reached out first", named: true, count: 1}},
		{"hopes to", "Ultimately, Mr. Okafor hopes to sell the mine by spring.",
			want{source: "Mr. Okafor", srcSpan: "Mr. Okafor", cue: "hopes", content: "to sell the mine", named: true, count: 1}},
		{"cue set off by commas", "The plan, the minister said, would fail within a week.",
			want{source: "the minister", srcSpan: "the minister", cue: "said", content: "The plan, the minister said, would fail within a week", named: true, count: 1}},
		{"clause resumed after the cue", "The mill was thriving, the owner said, until the river dried up.",
			want{source: "the owner", srcSpan: "the owner", cue: "said", content: "The mill was thriving, the owner said, until the river dried up", named: true, count: 1}},
		{"resumed after told me", "The hard part, she told me on Monday, is keeping the volunteers.",
			want{source: "she", srcSpan: "she", cue: "told", content: "The hard part, she told me on Monday, is keeping the volunteers", named: true, count: 1}},
		{"quote, appositive source, adverbial", "“We are out of beds,” Dr. Lina Aziz, the hospital's director, said at a briefing on Sunday.",
			want{source: "Dr. Lina Aziz, the hospital's director", srcSpan: "Dr. Lina Aziz, the hospital's director,", cue: "said", content: "“We are out of beds,”", named: true, count: 1, direct: true}},
		{"manner adverb after the cue", "\"We owe them nothing,\" the senator said sarcastically.",
			want{source: "the senator", srcSpan: "the senator", cue: "said", content: "\"We owe them nothing,\"", named: true, count: 1, direct: true}},
		{"relative pronoun after a plain noun", "The rally drew voters who said they would stay home in November.",
			want{source: "voters", srcSpan: "who", cue: "said", content: "they would stay home in November"}},
		{"relative which after a comma", "The figures come from the Tax Center, which notes that most firms would pay more.",
			want{source: "Tax Center", srcSpan: "which", cue: "notes", content: "most firms would pay more", named: true, count: 1}},
		{"long appositive", "“The plan is sound,” Mara Lind, director of the Harbor Budget Center and a lecturer at the state university's law school, said.",
			want{source: "Mara Lind, director of the Harbor Budget Center and a lecturer at the state university's law school", srcSpan: "Mara Lind, director of the Harbor Budget Center and a lecturer at the state university's law school,", cue: "said", content: "“The plan is sound,”", named: true, count: 1, direct: true}},
		{"quote, appositive source, time and program", "“The border is calm,” Ivo Marek, a former envoy, said Thursday morning on Radio Danube's “Morning Desk.”",
			want{source: "Ivo Marek, a former envoy", srcSpan: "Ivo Marek, a former envoy,", cue: "said", content: "“The border is calm,”", named: true, count: 1, direct: true}},
		{"issued a statement saying", "The governor issued a statement saying the plant would close in March.",
			want{source: "The governor", srcSpan: "The governor", cue: "saying", content: "the plant would close in March", named: true, count: 1}},
		{"negated stance", "The senator has never criticized the governor's budget.",
			want{source: "The senator", srcSpan: "The senator", cue: "criticized", content: "the governor's budget", named: true, count: 1}},
		{"program title before that", "The mayor said on Radio Danube's “Morning Desk” that the bridge would reopen.",
			want{source: "The mayor", srcSpan: "The mayor", cue: "said", content: "the bridge would reopen", named: true, count: 1}},
		{"manner of speaking", "“Get out of the road!” a witness yelled from a balcony.",
			want{source: "a witness", srcSpan: "a witness", cue: "yelled", content: "“Get out of the road!”", count: 1, direct: true}},
		{"quote resumed after but", "“I like the man,” he said, but “not on this question.”",
			want{source: "he", srcSpan: "he", cue: "said", content: "“I like the man,” he said, but “not on this question.”", named: true, count: 1, direct: true}},
		{"quote, cue, then a time phrase", "“I never doubted it,” she said several months after the trial.",
			want{source: "she", srcSpan: "she", cue: "said", content: "“I never doubted it,”", named: true, count: 1, direct: true}},
		{"quote resumed after the cue", "“We will not leave,” he said, “until the last hostage is home.”",
			want{source: "he", srcSpan: "he", cue: "said", content: "“We will not leave,” he said, “until the last hostage is home.”", named: true, count: 1, direct: true}},
		{"quote, cue, quote is one claim", "“We are ready,” the minister said. “The rest is up to them.”",
			want{source: "the minister", srcSpan: "the minister", cue: "said", content: "“We are ready,” the minister said. “The rest is up to them.”", named: true, count: 1, direct: true}},
		{"stance of a person", "Senator Ada Byrne criticized the bank's chief executive for the layoffs.",
			want{source: "Senator Ada Byrne", srcSpan: "Senator Ada Byrne", cue: "criticized", content: "the bank's chief executive for the layoffs", named: true, count: 1}},
		{"stance with an infinitive", "The governor pledged to veto the bill.",
			want{source: "The governor", srcSpan: "The governor", cue: "pledged", content: "to veto the bill", named: true, count: 1}},
		{"stance on a named rival", "She has repeatedly mocked Dalton over his record.",
			want{source: "She", srcSpan: "She", cue: "mocked", content: "Dalton over his record", named: true, count: 1}},
		{"stance verb of an organization before that", "The union questioned whether the plant would stay open.",
			want{source: "The union", srcSpan: "The union", cue: "questioned", content: "whether the plant would stay open", named: true, count: 1}},
		{"stance of a body", "The campaign has mocked the governor's budget for weeks.",
			want{source: "The campaign", srcSpan: "The campaign", cue: "mocked", content: "the governor's budget for weeks", named: true, count: 1}},
		{"intention of a person", "Senator Ames decided against running for a fourth term.",
			want{source: "Senator Ames", srcSpan: "Senator Ames", cue: "decided against", content: "running for a fourth term", named: true, count: 1}},
		{"adverb between source and cue", "The governor sharply criticized the ruling on Monday.",
			want{source: "The governor", srcSpan: "The governor", cue: "criticized", content: "the ruling on Monday", named: true, count: 1}},
		{"verb and preposition", "The union complained about the new shift rules.",
			want{source: "The union", srcSpan: "The union", cue: "complained about", content: "the new shift rules", named: true, count: 1}},
		{"railed against", "The senator has railed against the trade pact for months.",
			want{source: "The senator", srcSpan: "The senator", cue: "railed against", content: "the trade pact for months", named: true, count: 1}},
		{"a poll shows without that", "A new poll shows the mayor ahead by six points.",
			want{source: "A new poll", srcSpan: "A new poll", cue: "shows", content: "the mayor ahead by six points", named: true, count: 1}},
		{"footage shows", "Footage from the scene showed a crowd running from the square.",
			want{source: "Footage from the scene", srcSpan: "Footage from the scene", cue: "showed", content: "a crowd running from the square", named: true, count: 1}},
		{"quoted as saying", "Putin was quoted as saying the talks would go on.",
			want{source: "Putin", srcSpan: "Putin", cue: "saying", content: "the talks would go on", named: true, count: 1}},
		{"hedged without a source", "The group is believed to hold about 40 captives.",
			want{cue: "is believed", content: "to hold about 40 captives"}},
		{"framed as", "The army shelled the ridge, which it framed as a warning to the militias.",
			want{source: "The army", srcSpan: "it", cue: "framed as", content: "a warning to the militias", named: true, count: 1}},
		{"relative who", "The offer came from Rivera, who has warned that time is short.",
			want{source: "Rivera", srcSpan: "who", cue: "warned", content: "time is short", named: true, count: 1}},
		{"conjoined sources", "Saudi Arabia and the United States said the two sides signed.",
			want{source: "Saudi Arabia and the United States", srcSpan: "Saudi Arabia and the United States", cue: "said", content: "the two sides signed", named: true, count: 2}},
		{"summed counts", "The talks were held in secret, said two Kenyan and two Somali officials, as well as a United Nations source.",
			want{source: "two Kenyan and two Somali officials, as well as a United Nations source", srcSpan: "two Kenyan and two Somali officials, as well as a United Nations source", cue: "said", content: "The talks were held in secret", count: 5}},
		{"partitive count", "Two of the sources said they were security officials.",
			want{source: "Two of the sources", srcSpan: "Two of the sources", cue: "said", content: "they were security officials", count: 2}},
		{"bare plural has no count", "Officials said the road was open.",
			want{source: "Officials", srcSpan: "Officials", cue: "said", content: "the road was open"}},
		{"document source", "A letter from the ministry, seen by Reuters, said the border would stay closed.",
			want{source: "A letter from the ministry", srcSpan: "A letter from the ministry", cue: "said", content: "the border would stay closed", named: true, count: 1}},
		{"report that", "It followed a Reuters report that the UAE was mediating.",
			want{source: "a Reuters report", srcSpan: "a Reuters report", cue: "report that", content: "the UAE was mediating", named: true, count: 1}},
		{"a report said", "A report said the camps were overcrowded.",
			want{source: "A report", srcSpan: "A report", cue: "said", content: "the camps were overcrowded", named: true, count: 1}},
		{"dash signature", "“Peace is not a slogan.” ― Amira Saleh",
			want{source: "Amira Saleh", srcSpan: "Amira Saleh", cue: "―", content: "“Peace is not a slogan.”", named: true, count: 1, direct: true}},
		{"transcript speaker", "DUNN: We will keep the crossing open as long as we can.",
			want{source: "DUNN", srcSpan: "DUNN", cue: ":", content: "We will keep the crossing open", named: true, count: 1}},
		{"two-apostrophe quotes", "''The vote was rigged,'' said Carl Boyd.",
			want{source: "Carl Boyd", srcSpan: "Carl Boyd", cue: "said", content: "''The vote was rigged,''", named: true, count: 1, direct: true}},
		{"dateline is not content", "JEDDAH, Saudi Arabia -- The two armies signed a pledge, the mediators said.",
			want{source: "the mediators", srcSpan: "the mediators", cue: "said", content: "The two armies signed a pledge"}},
		{"agency dateline", "Luanda (AFP) – The two ministers agreed to meet again, the host government said.",
			want{source: "the host government", srcSpan: "the host government", cue: "said", content: "The two ministers agreed", named: true, count: 1}},
		{"time before the content", "Officials in both countries said on Thursday they would free 30 prisoners.",
			want{source: "Officials in both countries", srcSpan: "Officials in both countries", cue: "said", content: "they would free 30 prisoners"}},
		{"wire dateline with date", "KYIV, June 25 (Reuters) - The two sides swapped 90 prisoners, officials said.",
			want{source: "officials", srcSpan: "officials", cue: "said", content: "The two sides swapped 90 prisoners"}},
		{"time after the source", "Trump this week said he would name a new envoy.",
			want{source: "Trump", srcSpan: "Trump", cue: "said", content: "he would name a new envoy", named: true, count: 1}},
		{"time after an inverted cue", "“The veto will be overridden,” Senator Ann Cole said Tuesday.",
			want{source: "Senator Ann Cole", srcSpan: "Senator Ann Cole", cue: "said", content: "“The veto will be overridden,”", named: true, count: 1, direct: true}},
		{"unnamed groups", "Aid groups said the camps had run out of water.",
			want{source: "Aid groups", srcSpan: "Aid groups", cue: "said", content: "the camps had run out"}},
		{"a time opens the content after that", "Dr. Lena Park said that in 2009, the clinic had closed its doors.",
			want{source: "Dr. Lena Park", srcSpan: "Dr. Lena Park", cue: "said", content: "in 2009, the clinic had closed", named: true, count: 1}},
		{"an opening phrase without a comma", "In a long interview with the local radio station the governor said that the bridge would reopen.",
			want{source: "the governor", srcSpan: "the governor", cue: "said", content: "the bridge would reopen", named: true, count: 1}},
		{"an appositive with a place", "Maria Soto, of Tucson, Ariz., said she had waited six hours at the gate.",
			want{source: "Maria Soto, of Tucson, Ariz.", srcSpan: "Maria Soto, of Tucson, Ariz.,", cue: "said", content: "she had waited six hours", named: true, count: 1}},
		{"an adverbial before a quote", "On the budget, “the cuts go too deep,” said Senator Ann Cole.",
			want{source: "Senator Ann Cole", srcSpan: "Senator Ann Cole", cue: "said", content: "“the cuts go too deep,”", named: true, count: 1, direct: true}},
		{"an aside in brackets is not the source", "The cuts ''go too deep,'' said Ms. Cole (a view the mayor shares).",
			want{source: "Ms. Cole", srcSpan: "Ms. Cole", cue: "said", content: "The cuts ''go too deep,''", named: true, count: 1, direct: true}},
		{"a party in brackets is", "The cuts go too deep, said Sen. Ann Cole (D-Ore.).",
			want{source: "Sen. Ann Cole (D-Ore.)", srcSpan: "Sen. Ann Cole (D-Ore.)", cue: "said", content: "The cuts go too deep", named: true, count: 1}},
		{"a verb hands its subject to the cue", "The senator appeared to suggest that the veterans were weak.",
			want{source: "The senator", srcSpan: "The senator", cue: "suggest", content: "the veterans were weak", named: true, count: 1}},
		{"has yet to", "The governor has yet to explain why the loophole should stay.",
			want{source: "The governor", srcSpan: "The governor", cue: "explain", content: "why the loophole should stay", named: true, count: 1}},
		{"a participle after by", "The president answered the critics on Wednesday by saying the delay was a technical matter.",
			want{source: "The president", srcSpan: "The president", cue: "saying", content: "the delay was a technical matter", named: true, count: 1}},
		{"a time between relative pronoun and cue", "The deal was drafted by Rivera, who in 2019 said the border had to stay open.",
			want{source: "Rivera", srcSpan: "who", cue: "said", content: "the border had to stay open", named: true, count: 1}},
		{"a long appositive with a clause", "Dr. Ana Mendes, who as a young officer served in the army's medical corps and later ran the capital's largest hospital, said that the wards were full.",
			want{source: "Dr. Ana Mendes", srcSpan: "Dr. Ana Mendes", cue: "said", content: "the wards were full", named: true, count: 1}},
		{"an ad takes a stance", "The ad then references the governor's record on taxes.",
			want{source: "The ad", srcSpan: "The ad", cue: "references", content: "the governor's record on taxes", named: true, count: 1}},
		{"a person details", "The senator detailed a plan to rebuild the port.",
			want{source: "The senator", srcSpan: "The senator", cue: "detailed", content: "a plan to rebuild the port", named: true, count: 1}},
		{"a long opening adverbial is not the subject", "During a long speech at the port earlier in the day, the senator toured the plant, saying, \"It is reckless.\"",
			want{source: "the senator", srcSpan: "the senator", cue: "saying", content: "\"It is reckless.\"", named: true, count: 1, direct: true}},
		{"a dateline is no speaker", "KASSALA - The wife of the driver filmed the stop, begging the soldiers to let him go.",
			want{source: "The wife of the driver", srcSpan: "The wife of the driver", cue: "begging", content: "the soldiers to let him go", named: true, count: 1}},
		{"a bare plural of people before a clause", "Diplomats agree the ceasefire is fragile.",
			want{source: "Diplomats", srcSpan: "Diplomats", cue: "agree", content: "the ceasefire is fragile"}},
		{"a clause with a negated modal", "The commander knows the city cannot hold.",
			want{source: "The commander", srcSpan: "The commander", cue: "knows", content: "the city cannot hold", count: 1}},
		// a saying left open is marked with what it leaves open, the
		// negation in the cue; a negated saying of a clause is none (TestNoClaim)
		{"a negated saying of an indirect question", "The ministry did not say how many soldiers had been killed.",
			want{source: "The ministry", srcSpan: "The ministry", cue: "did not say", content: "how many soldiers had been killed", named: true, count: 1}},
		{"a contracted negation", "The ministry didn't say how many soldiers had died.",
			want{source: "The ministry", srcSpan: "The ministry", cue: "didn't say", content: "how many soldiers had died", named: true, count: 1}},
		{"much about how", "Officials have not said much about how the deal will be enforced.",
			want{source: "Officials", srcSpan: "Officials", cue: "have not said", content: "much about how the deal will be enforced"}},
		{"went on to", "The minister went on to say the border would reopen.",
			want{source: "The minister", srcSpan: "The minister", cue: "went on", content: "to say the border would reopen", named: true, count: 1}},
		{"an opening participle", "Citing a new poll, the senator accused the governor of hiding the costs.",
			want{source: "the senator", srcSpan: "the senator", cue: "Citing", content: "a new poll", named: true, count: 1}},
		{"an opening participle of saying", "Saying the talks had failed, the envoy left Geneva.",
			want{source: "the envoy", srcSpan: "the envoy", cue: "Saying", content: "the talks had failed", count: 1}},
		{"a campaign's plan", "The Haddad campaign plans to send the former president to the north.",
			want{source: "The Haddad campaign", srcSpan: "The Haddad campaign", cue: "plans to", content: "send the former president to the north", named: true, count: 1}},
		{"a party's vote", "The ruling party rejected the proposal for early elections.",
			want{source: "The ruling party", srcSpan: "The ruling party", cue: "rejected", content: "the proposal for early elections", named: true, count: 1}},
		{"a sentence opening with its cue", "The talks resumed. Said one Western diplomat: “Nobody expects a deal this week.”",
			want{source: "one Western diplomat", srcSpan: "one Western diplomat", cue: "Said", content: "“Nobody expects a deal this week.”", count: 1, direct: true}},
		{"a name with a title after an opening cue", "Added Ms. Ruiz, “We will stay as long as it takes.”",
			want{source: "Ms. Ruiz", srcSpan: "Ms. Ruiz", cue: "Added", content: "“We will stay as long as it takes.”", named: true, count: 1, direct: true}},
		{"a strict verb with an indirect question", "A United Nations study shows how the blockade has emptied the markets.",
			want{source: "A United Nations study", srcSpan: "A United Nations study", cue: "shows", content: "how the blockade has emptied the markets", named: true, count: 1}},
		{"a document noun before a verb heads its subject", "The leaked report revealed that the cuts were deep.",
			want{source: "The leaked report", srcSpan: "The leaked report", cue: "revealed", content: "the cuts were deep", named: true, count: 1}},
		{"a possessive before a word for a backer", "Her surrogates called the truce a betrayal.",
			want{source: "Her surrogates", srcSpan: "Her surrogates", cue: "called", content: "the truce a betrayal", named: true}},
		{"a dateline before the source", "KASSALA - Police said the road to the border was closed.",
			want{source: "Police", srcSpan: "Police", cue: "said", content: "the road to the border was closed", named: true, count: 1}},
		{"a name and a label after called", "Ruiz called Haddad a liar on Friday.",
			want{source: "Ruiz", srcSpan: "Ruiz", cue: "called", content: "Haddad a liar", named: true, count: 1}},
		{"a possessive object and a quoted label", "Ana Ruiz called Mr. Haddad’s remarks on Saturday “a wake-up call” for the party.",
			want{source: "Ana Ruiz", srcSpan: "Ana Ruiz", cue: "called", content: "Mr. Haddad’s remarks", named: true, count: 1, direct: true}},
		{"a possessive phrase names a speaker", "His aide said the trip was off.",
			want{source: "His aide", srcSpan: "His aide", cue: "said", content: "the trip was off", count: 1}},
		{"a programme title in an opening adverbial", "On Sunday's broadcast of “Meet the Press,” the governor said the remarks were a distraction.",
			want{source: "the governor", srcSpan: "the governor", cue: "said", content: "the remarks were a distraction", named: true, count: 1}},
		{"a clause of time before that", "The driver said when he reached the bridge that the water was rising.",
			want{source: "The driver", srcSpan: "The driver", cue: "said", content: "the water was rising", named: true, count: 1}},
		{"a pronoun object of a stance", "Young voters in the county support her.",
			want{source: "Young voters in the county", srcSpan: "Young voters in the county", cue: "support", content: "her"}},
		{"a share of those polled", "About 44 percent would back the mayor.",
			want{source: "About 44 percent", srcSpan: "About 44 percent", cue: "back", content: "the mayor", named: true, count: 44}},
		{"a negated belief is still one", "The mayor did not want to stay in the hospital.",
			want{source: "The mayor", srcSpan: "The mayor", cue: "want", content: "to stay in the hospital", named: true, count: 1}},
		{"a strict verb with a clause", "An arbitration panel found the government was in breach of the deal.",
			want{source: "An arbitration panel", srcSpan: "An arbitration panel", cue: "found", content: "the government was in breach", named: true, count: 1}},
		{"a bare plural of agents", "But environmentalists worry that the cost could fall to taxpayers.",
			want{source: "environmentalists", srcSpan: "environmentalists", cue: "worry", content: "the cost could fall to taxpayers"}},
		{"a second verb after but", "The senator visited the port on Monday but has said she will honor the treaty.",
			want{source: "The senator", srcSpan: "The senator", cue: "said", content: "she will honor the treaty", named: true, count: 1}},
		{"a relative pronoun after a dash", "Instead, the study -- which notes that 58 firms would owe more -- should alarm voters.",
			want{source: "the study", srcSpan: "which", cue: "notes", content: "58 firms would owe more", named: true, count: 1}},
		{"often between source and cue", "\"We live in a hard world,\" my father often said.",
			want{source: "my father", srcSpan: "my father", cue: "said", content: "\"We live in a hard world,\"", named: true, count: 1, direct: true}},
		{"said: closing a paragraph", "Rivera spoke at length. He said:\n\n\"We have a problem in our cities.\"",
			want{source: "He", srcSpan: "He", cue: "said", content: "\"We have a problem in our cities.\"", named: true, count: 1, direct: true}},
		{"a noun of stance after a possessive", "The minister's repeated insistence that the dam was safe did not calm the town.",
			want{source: "The minister", srcSpan: "The minister's", cue: "insistence", content: "the dam was safe", named: true, count: 1}},
		{"a noun of stance after a name and a common noun", "The footage contradicts Dayton police’s earlier claim that the driver had fired first.",
			want{source: "Dayton police", srcSpan: "Dayton police’s", cue: "claim", content: "the driver had fired first", named: true, count: 1}},
		{"an opening participle with a quoted label is no content", "Bemoaning the \"rigged count,\" the mayor accused the clerk of bias.",
			want{source: "the mayor", srcSpan: "the mayor", cue: "accused", content: "the clerk of bias", named: true, count: 1}},
		{"an opening phrase is no content, what follows the cue is", "Yet for all the symbolism of the visit, some lawmakers privately expressed reservations about the deal.",
			want{source: "some lawmakers", srcSpan: "some lawmakers", cue: "expressed reservations", content: "about the deal"}},
		{"a progressive verb after a plural", "Protesters and civic leaders have been demanding that police release the video.",
			want{source: "Protesters and civic leaders", srcSpan: "Protesters and civic leaders", cue: "demanding", content: "police release the video", count: 0}},
		{"a quote, a name and two appositives", "“It is an invasion of our domain,” Ana Ruiz, the attorney general of Ohio, one of the states suing the agency, said at an event this month.",
			want{source: "Ana Ruiz, the attorney general of Ohio, one of the states suing the agency", srcSpan: "Ana Ruiz, the attorney general of Ohio, one of the states suing the agency,", cue: "said", content: "“It is an invasion of our domain,”", named: true, count: 1, direct: true}},
		{"a noun of stance with a colon", "The mayor's warning: the river could rise again.",
			want{source: "The mayor", srcSpan: "The mayor's", cue: "warning", content: "the river could rise again", named: true, count: 1}},
		{"as X noted, Y", "As many tax experts have pointed out, the senator is free to release his returns.",
			want{source: "many tax experts", srcSpan: "many tax experts", cue: "pointed out", content: "the senator is free to release"}},
		{"echo takes a noun phrase as a stance", "Other lawmakers echoed her concerns about the budget.",
			want{source: "Other lawmakers", srcSpan: "Other lawmakers", cue: "echoed", content: "her concerns about the budget"}},
		{"that before one noun is a demonstrative", "The minister rejected that idea.",
			want{source: "The minister", srcSpan: "The minister", cue: "rejected", content: "that idea", named: true, count: 1}},
		{"a demonstrative before a participle", "The senator echoed that view, saying the plan would fail.",
			want{source: "The senator", srcSpan: "The senator", cue: "echoed", content: "that view", named: true, count: 1}},
		{"that before a plural opens a clause", "The mayor is hoping that states, led by the north, will pay for the bridge.",
			want{source: "The mayor", srcSpan: "The mayor", cue: "hoping", content: "states, led by the north, will pay for the bridge", named: true, count: 1}},
		{"see X as a description", "Critics see the program as a gift to the rich.",
			want{source: "Critics", srcSpan: "Critics", cue: "see", content: "the program as a gift to the rich"}},
		{"saw X as an adjective", "The senator saw the ruling as unconstitutional.",
			want{source: "The senator", srcSpan: "The senator", cue: "saw", content: "the ruling as unconstitutional", named: true, count: 1}},
		{"calling X a quoted label", "The doctor is calling the candidate “extremely fit.”",
			want{source: "The doctor", srcSpan: "The doctor", cue: "calling", content: "the candidate “extremely fit.”", count: 1, direct: true}},
		{"calls X two quoted labels", "The mayor calls the plan “reckless” and “cruel.”",
			want{source: "The mayor", srcSpan: "The mayor", cue: "calls", content: "the plan “reckless” and “cruel.”", named: true, count: 1, direct: true}},
		{"as X put it, Y", "As one diplomat put it, the talks are going nowhere.",
			want{source: "one diplomat", srcSpan: "one diplomat", cue: "put it", content: "the talks are going nowhere", count: 1}},
		{"Y, as X put it", "The truce is holding, as a senior aid worker put it on Monday.",
			want{source: "a senior aid worker", srcSpan: "a senior aid worker", cue: "put it", content: "The truce is holding", count: 1}},
		{"put it before a colon", "The mayor put it: “The talks are dead.”",
			want{source: "The mayor", srcSpan: "The mayor", cue: "put it", content: "“The talks are dead.”", named: true, count: 1, direct: true}},
		{"quote, X put it", "“We are finished here,” the mayor put it.",
			want{source: "the mayor", srcSpan: "the mayor", cue: "put it", content: "“We are finished here,”", named: true, count: 1, direct: true}},
		{"Y, as X noted, Y", "The island, as one of the president's advisers noted, rarely sees storms.",
			want{source: "one of the president's advisers", srcSpan: "one of the president's advisers", cue: "noted", content: "The island, as one of the president's advisers noted, rarely sees storms", count: 1}},
		{"a word of degree before the particle", "Rights groups have expressed deep concern about the new curfew.",
			want{source: "Rights groups", srcSpan: "Rights groups", cue: "expressed deep concern", content: "about the new curfew"}},
		{"spoke out about", "The mayor spoke out about the closure of the clinic.",
			want{source: "The mayor", srcSpan: "The mayor", cue: "spoke out", content: "about the closure", named: true, count: 1}},
		{"a source with a relative clause", "All the experts I interviewed said her proposals were more detailed.",
			want{source: "All the experts I interviewed", srcSpan: "All the experts I interviewed", cue: "said", content: "her proposals were more detailed"}},
		{"a noun in -ing speaks", "\"A state cannot do that,\" said the ruling.",
			want{source: "the ruling", srcSpan: "the ruling", cue: "said", content: "\"A state cannot do that,\"", named: true, count: 1, direct: true}},
		{"a body word without a determiner", "But police also fear that the crackdown could add fuel to the tensions.",
			want{source: "police", srcSpan: "police", cue: "fear", content: "the crackdown could add fuel", named: true, count: 1}},
		{"a short manner adverb", "I truly believed the progress had shown us the way.",
			want{source: "I", srcSpan: "I", cue: "believed", content: "the progress had shown us the way", named: true, count: 1}},
		{"said as much", "The ministry said as much on Monday.",
			want{source: "The ministry", srcSpan: "The ministry", cue: "said", content: "as much", named: true, count: 1}},
		{"a participle opening the sentence", "After saying her foot was “so swollen I could barely walk,” she was taken to the hospital.",
			want{source: "she", srcSpan: "she", cue: "saying", content: "her foot was “so swollen I could barely walk,”", named: true, count: 1, direct: true}},
		{"a participle after a quote", "In a statement, the firm said: \"The mine was a success,\" adding that its value quadrupled in a year.",
			want{source: "the firm", srcSpan: "the firm", cue: "said", content: "\"The mine was a success,\"", named: true, count: 1, direct: true}},
		{"a sentence adverb before the subject", "Meanwhile, the campaign ran an ad about the mayor, saying he “has offended everyone.”",
			want{source: "the campaign", srcSpan: "the campaign", cue: "saying", content: "he “has offended everyone.”", named: true, count: 1, direct: true}},
		{"promised to", "He promised to cut taxes for small farms.",
			want{source: "He", srcSpan: "He", cue: "promised", content: "to cut taxes for small farms", named: true, count: 1}},
		{"continues to insist", "The nominee continues to insist that he wants to release his taxes.",
			want{source: "The nominee", srcSpan: "The nominee", cue: "insist", content: "he wants to release his taxes", named: true, count: 1}},
		{"an opening participle phrase", "Chastened by the analyses, the campaign revised its plan, promising to focus on workers.",
			want{source: "the campaign", srcSpan: "the campaign", cue: "promising", content: "to focus on workers", named: true, count: 1}},
		{"a cue word inside a source", "According to a new report by the agency, insiders are trying to mobilize voters.",
			want{source: "a new report by the agency", srcSpan: "a new report by the agency", cue: "According to", content: "insiders are trying", named: true, count: 1}},
		{"an appositive with age and a relative clause", "Ruiz, 56, who has served on the committee for a decade, told Reuters the hacking came from abroad.",
			want{source: "Ruiz, 56, who has served on the committee for a decade", srcSpan: "Ruiz, 56, who has served on the committee for a decade,", cue: "told", content: "the hacking came from abroad", named: true, count: 1, outlet: "Reuters"}},
		{"an appositive closed by a dash", "Jon Diaz, the head of Ora Media -- the firm that owns the channel -- told me, ''We sell content.''",
			want{source: "Jon Diaz, the head of Ora Media -- the firm that owns the channel", srcSpan: "Jon Diaz, the head of Ora Media -- the firm that owns the channel --", cue: "told", content: "''We sell content.''", named: true, count: 1, direct: true}},
		{"a website speaks", "The website said that both men were right.",
			want{source: "The website", srcSpan: "The website", cue: "said", content: "both men were right", named: true, count: 1}},
		{"a programme title after a told-object", "Heading into the debate, the senator told MSNBC's \"Morning Joe\" that nobody doubted her.",
			want{source: "the senator", srcSpan: "the senator", cue: "told", content: "nobody doubted her", named: true, count: 1}},
		{"many of whom", "The plan angered the families of the crew, many of whom say the inquiry was rushed.",
			want{source: "the crew", srcSpan: "many of whom", cue: "say", content: "the inquiry was rushed", named: true}},
		{"according to a long source", "According to a 52-count civil complaint filed by the federal markets regulator on Monday and a 15-count complaint by the state, the developers ran a scheme.",
			want{source: "a 52-count civil complaint filed by the federal markets regulator on Monday and a 15-count complaint by the state", srcSpan: "a 52-count civil complaint filed by the federal markets regulator on Monday and a 15-count complaint by the state", cue: "According to", content: "the developers ran a scheme", named: true, count: 2}},
		{"a source opposed to something", "The talks will resume, said a person opposed to the plan.",
			want{source: "a person opposed to the plan", srcSpan: "a person opposed to the plan", cue: "said", content: "The talks will resume", count: 1}},
		{"an adjective of stance", "Officials remain confident that the deal will hold.",
			want{source: "Officials", srcSpan: "Officials", cue: "confident", content: "the deal will hold"}},
		{"an adjective of stance with a clause", "She was sure the mayor would win.",
			want{source: "She", srcSpan: "She", cue: "sure", content: "the mayor would win", named: true, count: 1}},
		{"a court rules", "The appeals court ruled that the practice was unlawful.",
			want{source: "The appeals court", srcSpan: "The appeals court", cue: "ruled", content: "the practice was unlawful", named: true, count: 1}},
		{"a contracted relative pronoun", "The senator, who’s called for big tax hikes on the rich, spoke first.",
			want{source: "The senator", srcSpan: "who’s", cue: "called for", content: "big tax hikes on the rich", named: true, count: 1}},
		{"a contracted pronoun", "He’s claiming that the vote was rigged.",
			want{source: "He", srcSpan: "He", cue: "claiming", content: "the vote was rigged", named: true, count: 1}},
		{"a short aside in dashes after a name", "Kall -- co-editor of a book on debates -- said the night went well.",
			want{source: "Kall -- co-editor of a book on debates", srcSpan: "Kall -- co-editor of a book on debates --", cue: "said", content: "the night went well", named: true, count: 1}},
		{"a name that is also an auxiliary", "British Prime Minister Theresa May said the talks would resume.",
			want{source: "British Prime Minister Theresa May", srcSpan: "British Prime Minister Theresa May", cue: "said", content: "the talks would resume", named: true, count: 1}},
		{"an aside in dashes after a name", "Kall -- co-editor of a book on the debates, a best seller -- said the candidate liked to make announcements.",
			want{source: "Kall -- co-editor of a book on the debates, a best seller", srcSpan: "Kall -- co-editor of a book on the debates, a best seller --", cue: "said", content: "the candidate liked to make announcements", named: true, count: 1}},
		{"a negative contraction is not in the source", "The mayor doesn't think the plan works.",
			want{source: "The mayor", srcSpan: "The mayor", cue: "think", content: "the plan works", named: true, count: 1}},
		{"a statement described after the cue", "The rebels agreed to extend the truce, the delegations said in a joint statement read at the end of the talks.",
			want{source: "the delegations", srcSpan: "the delegations", cue: "said in a joint statement", content: "The rebels agreed to extend the truce", named: true}},
		{"a linking verb ends the subject", "The two leaders remain confident despite the critics, saying the bill will pass.",
			want{source: "The two leaders", srcSpan: "The two leaders", cue: "saying", content: "the bill will pass", named: true, count: 2}},
		{"a noun after a name is not a cue", "A Government Accountability Office report found that the agency could not vouch for the money.",
			want{source: "A Government Accountability Office report", srcSpan: "A Government Accountability Office report", cue: "found", content: "the agency could not vouch", named: true, count: 1}},
		{"a name's verb is still one", "\"This is a deal about scale,\" Brandtzaeg told reporters on a conference call.",
			want{source: "Brandtzaeg", srcSpan: "Brandtzaeg", cue: "told", content: "\"This is a deal about scale,\"", named: true, count: 1, direct: true}},
		{"emails are documents", "But emails suggest the host put business above his training.",
			want{source: "emails", srcSpan: "emails", cue: "suggest", content: "the host put business above", named: true, count: 1}},
		{"an appositive after an inverted source", "The rule is lawful, said Ruth Vance, director of the policy institute at the law school.",
			want{source: "Ruth Vance, director of the policy institute at the law school", srcSpan: "Ruth Vance, director of the policy institute at the law school", cue: "said", content: "The rule is lawful", named: true, count: 1}},
		{"no appositive: a relative clause", "\"We are ready,\" said Blair, who runs the alliance.",
			want{source: "Blair", srcSpan: "Blair", cue: "said", content: "\"We are ready,\"", named: true, count: 1, direct: true}},
		{"a time phrase after the source", "An arbitration panel in 2001 found that the government was in breach.",
			want{source: "An arbitration panel", srcSpan: "An arbitration panel", cue: "found", content: "the government was in breach", named: true, count: 1}},
		{"a sentence adverb before the source", "Perhaps the moderators said it best.",
			want{source: "the moderators", srcSpan: "the moderators", cue: "said", content: "it best", named: true}},
		{"a scare quote is not speech", "The ministry said the so-called \"security zone\" would be widened.",
			want{source: "The ministry", srcSpan: "The ministry", cue: "said", content: "the so-called", named: true, count: 1}},
		{"a name in quotes is not speech", "The route will be named the \"Road of Peace and Trade,\" according to the minister.",
			want{source: "the minister", srcSpan: "the minister", cue: "according to", content: "The route will be named", named: true, count: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) == 0 {
				t.Fatalf("no claim in %q", tc.text)
			}
			check(t, tc.text, cs[0], tc.want)
		})
	}
}

// TestRunOn checks where a content ends: a quote opening the sentence
// after its cue carries on the same speech, even when a participle follows
// the cue, and "said A and that B" is one claim, as PolNeAR marks it.
func TestRunOn(t *testing.T) {
	tests := []struct{ name, text, end string }{
		{"after the cue", "“We will not give up,” the mayor said. “This town has flooded before.”", "flooded before.”"},
		{"after a participle", "“We will not give up,” the mayor said, pointing at the river. “This town has flooded before.”", "flooded before.”"},
		{"said A and that B is one claim", "Health officials said 300 patients needed care and that two clinics had closed.", "two clinics had closed"},
		{"said A but said B is one claim", "The mayor said on Friday that the footage should be released but said “the timing is not ours.”", "not ours.”"},
		{"resumed after a told-object", "“Now that I am retired,” he told the host, “it is easier to speak.”", "easier to speak.”"},
		{"resumed after a named outlet told and a time", "“The road is open,” Haddad told Al Jazeera on Wednesday, “but the trucks are stuck.”", "trucks are stuck.”"},
		{"resumed after a participle", "“Every time you say that,” the senator said, pointing at the chart, “you insult the workers.”", "insult the workers.”"},
		{"resumed after and", "The aide \"got a deal,\" the chairman said, and still \"sat in on the interview.\"", "on the interview.\""},
		{"resumed after a setting", "The middle fifth paid 8.9 percent, the agency said in a June report, and those at the top paid more.", "at the top paid more"},
		{"a partial quote before its cue runs on", "The answers are \"not meeting the demand,\" says Paul Reyes, founder of a veterans group. \"We compare it to a crisis.\"", "to a crisis.\""},
		{"a quote after a colon ends before another's cue", "The mayor told reporters: “We will rebuild,” she added.", "rebuild,”"},
		{"resumed after a dash aside", "The deal -- the mayor told reporters -- is dead.", "is dead"},
		{"resumed with a short verb phrase", "The plan, he said, would fail.", "would fail"},
		{"a quote after that runs on past it", "The aide said via email that, “Of course he will defend himself” against what the campaign sees as an attack.", "as an attack"},
		{"past a relative clause of the speaker", "\"These are hard days,\" said Ana Ruiz, a lawyer for the union, who has fought the mine for years. \"I do not know what they intend.\"", "what they intend.\""},
		{"a subject waiting for its verb past the cue", "The museum, the mayor said, celebrated the town's oldest families.", "oldest families"},
		{"a quote resumed past a setting with commas", "“The count will be fair,” Ruiz said during a rally in Dayton, Ohio, “but we will be watching.”", "be watching.”"},
		{"a subordinate clause before the cue, the main clause after", "Though the handover was smooth, he said, replacing her would be far harder.", "far harder"},
		{"the opening of a quote that finishes the sentence", "So when the firm said it would sell the mine, the regulator said, “we were floored.”", "floored.”"},
		{"not into the next paragraph's own cue", "“We will not give up,” the mayor said.\n\n“Nobody listens,” a farmer said.", "give up,”"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) == 0 {
				t.Fatalf("no claim in %q", tc.text)
			}
			if !strings.HasSuffix(cs[0].Content, tc.end) {
				t.Errorf("content = %q, want it to end with %q", cs[0].Content, tc.end)
			}
		})
	}
}

// TestAsideBeforeThat checks an aside set off by commas between a cue and
// the "that" opening what was said.
func TestAsideBeforeThat(t *testing.T) {
	tests := []struct{ name, text, source, content string }{
		{"as did", "Several economists cautioned, as did the ministry itself, that the forecast might change after the vote.",
			"Several economists", "the forecast might change after the vote"},
		{"a setting", "The governor continues to insist, most recently in an interview with a local radio station, that the budget is balanced.",
			"The governor", "the budget is balanced"},
		{"a sentence adverb", "The mayor said, however, that the bridge would stay closed.", "The mayor", "the bridge would stay closed"},
		// an aside after "that,": the source's reason or setting, not what was said
		{"citing after that", "The minister said that, citing security, the talks would move to Geneva.", "The minister", "the talks would move to Geneva"},
		{"a statement after that", "The envoy said that, in a statement to parliament, the border would close.", "The envoy", "the border would close"},
		{"speaking after that", "The ministry said that, speaking for the cabinet, the vote would be delayed.", "The ministry", "the vote would be delayed"},
		// but a condition or a reason in the speaker's words stays
		{"a condition after that stays", "The minister said that, if the truce held, the talks would move to Geneva.", "The minister", "if the truce held, the talks would move to Geneva"},
		{"a reason after that stays", "The minister said that, for security reasons, the talks would move to Geneva.", "The minister", "for security reasons, the talks would move to Geneva"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != 1 || deref(cs[0].Source) != tc.source || cs[0].Content != tc.content {
				t.Errorf("got %+v, want one claim by %q: %q", cs, tc.source, tc.content)
			}
		})
	}
}

// TestPassive checks a finite passive of a cue verb with its agent: the
// agent is the source and the subject the content.
func TestPassive(t *testing.T) {
	tests := []struct{ name, text, srcSpan, cue, content string }{
		{"supported by a share", "The plan was supported by most of the council.", "most of the council", "supported", "The plan"},
		{"reported by a paper", "The registration issue was first reported by The Washington Post.", "The Washington Post", "reported", "The registration issue"},
		{"has been endorsed by", "The former governor has been endorsed by dozens of papers ranging from small weeklies to big dailies.", "dozens of papers", "endorsed", "The former governor"},
		{"an aside before the verb", "The senator, meanwhile, is supported by far fewer unions.", "far fewer unions", "supported", "The senator"},
		{"told by with no one told", "A different account of the deal was told by the local paper, which found the old contracts.", "the local paper", "told", "A different account of the deal"},
		{"an agent ending at a clause", "His views were echoed by a number of economists I spoke to this week.", "a number of economists", "echoed", "His views"},
		{"confirmed by with a time", "The figure was confirmed by the ministry on Sunday.", "the ministry", "confirmed", "The figure"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != 1 {
				t.Fatalf("got %d claims, want 1: %+v", len(cs), cs)
			}
			c := cs[0]
			if got := spanText(tc.text, c.SourceSpan); got != tc.srcSpan || deref(c.Cue) != tc.cue || c.Content != tc.content {
				t.Errorf("got %q %q %q, want %q %q %q", got, deref(c.Cue), c.Content, tc.srcSpan, tc.cue, tc.content)
			}
		})
	}
}

// TestRelativeClause checks a cue inside a relative clause whose subject
// is what was said: the content runs from the relative word; inside another
// claim's content, a pronoun's clause adds no voice and is dropped.
func TestRelativeClause(t *testing.T) {
	tests := []struct{ name, text, source, cue, content string }{
		{"which", "Rebels seized the bridge, which the army said was rebuilt last year.",
			"the army", "said", "which the army said was rebuilt last year"},
		{"what", "Lawmakers struck down what the senators said was economic gerrymandering.",
			"the senators", "said", "what the senators said was economic gerrymandering"},
		{"a pronoun's clause inside a claim", "The president confirmed indirect talks that he said were aimed at calming tensions.",
			"The president", "confirmed", "indirect talks that he said were aimed at calming tensions"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != 1 || deref(cs[0].Source) != tc.source || deref(cs[0].Cue) != tc.cue || cs[0].Content != tc.content {
				t.Errorf("got %+v, want one claim %q %q %q", cs, tc.source, tc.cue, tc.content)
			}
		})
	}
}

// TestSecondCue checks the second claim of a sentence whose first cue
// hands its source on: a participle after a closing quote, a verb after "but";
// a participle of the main clause skips a relative clause's speaker.
func TestSecondCue(t *testing.T) {
	tests := []struct{ name, text, source, cue, content string }{
		{"a participle skips a relative clause", "The mayor refused to pay an architect who said he was cheated, saying, “He did a poor job.”",
			"The mayor", "saying", "“He did a poor job.”"},
		{"adding after a quote", "In a statement, the firm said: \"The mine was a success,\" adding that its value quadrupled in a year.",
			"the firm", "adding", "its value quadrupled in a year"},
		{"said after but", "The senator visited the port on Monday but has said she will honor the treaty.",
			"The senator", "said", "she will honor the treaty"},
		{"a participle after an irregular past verb", "The governor spoke to a crowd of farmers, promising to repair the dams.",
			"The governor", "promising", "to repair the dams"},
		{"a participle after an opener and a sentence adverb", "On Friday, however, Ruiz toured the port, saying it would reopen within a week.",
			"Ruiz", "saying", "it would reopen within a week"},
		{"a quote after a participle of saying is what it says", "“We cannot pay for this,” the mayor said, adding later, “The state must help.”",
			"the mayor", "adding", "“The state must help.”"},
		{"a share of those polled inside a claim speaks", "Only 52 percent agreed that the mayor was fit to serve, while 73 percent said the same of her rival.",
			"73 percent", "said", "the same of her rival"},
		{"a participle on the speaker's second clause", "The governor has said dozens of people want the seat, but he refuses to discuss names, aside from saying he wants a diverse slate.",
			"The governor", "saying", "he wants a diverse slate"},
		{"a second verb of a relative clause", "The mayor spoke to the protesters, who had marched all night and called for the chief to resign.",
			"the protesters", "called for", "the chief to resign"},
		{"a hyphenated head of the sentence's subject", "His ex-wife agreed, but also contended that the files should stay sealed.",
			"His ex-wife", "contended", "the files should stay sealed"},
		{"a telling verb with its particle", "The governor met the envoys and warned of a wider war in the north.",
			"The governor", "warned of", "a wider war in the north"},
		{"a participle after an inverted source is no appositive", "“This is in their heads,” said Ruiz, speaking of the mayor’s health.",
			"Ruiz", "speaking of", "the mayor’s health"},
		{"a participle skips a clause of what was said", "The governor said he did not believe the figures were right, arguing that the count had been rushed.",
			"The governor", "arguing", "the count had been rushed"},
		{"a participle skips a nested belief", "Ruiz told the crowd that she believes we must keep the clinics open, saying that “health is not a luxury.”",
			"Ruiz", "saying", "“health is not a luxury.”"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range run(tc.text) {
				if deref(c.Cue) == tc.cue {
					if deref(c.Source) != tc.source || c.Content != tc.content {
						t.Errorf("got %q %q, want %q %q", deref(c.Source), c.Content, tc.source, tc.content)
					}
					return
				}
			}
			t.Errorf("no claim with cue %q in %q", tc.cue, tc.text)
		})
	}
}

// TestCoordinated checks a cue joined by "and" or "but" to an earlier
// verb: it takes that verb's subject and is a claim of its own; the first
// content ends at the join, unless the verb joined to is inside it, whose
// subject then speaks and whose content holds both clauses.
func TestCoordinated(t *testing.T) {
	tests := []struct {
		name, text string
		first      string // content of the first claim
		cue        string // the second cue
		srcSpan    string // its source span
		second     string // its content
	}{
		{"a repeated cue with its particle is a second appeal", "The family called on the police to release the footage and called on residents to stay calm.",
			"the police to release the footage", "called on", "The family", "residents to stay calm"},
		{"said and urged", "The minister said the plan would fail and urged lawmakers to reject it.",
			"the plan would fail", "urged", "The minister", "lawmakers to reject it"},
		{"a stance after and", "Mayor Ana Ruiz tweeted that the budget was balanced and encouraged residents to attend the hearing.",
			"the budget was balanced", "encouraged", "Mayor Ana Ruiz", "residents to attend the hearing"},
		{"but after a comma", "The senator said the vote was rigged, but conceded that he had lost.",
			"the vote was rigged", "conceded", "The senator", "he had lost"},
		{"a stance after but", "The protesters said they want justice, but pledged to remain peaceful.",
			"they want justice", "pledged", "The protesters", "to remain peaceful"},
		{"the verb of the same form, not a base form after would", "Prime Minister Lena Marsh said this week that the country would formally declare its intent by March and suggested that it would leave the market.",
			"the country would formally declare its intent by March", "suggested", "Prime Minister Lena Marsh", "it would leave the market"},
		{"after a quote and its cue", "“We will win,” the mayor said, and warned that the river would rise.",
			"“We will win,”", "warned", "the mayor", "the river would rise"},
		{"joined to a clause inside the content", "The governor described the mayor as a disgrace after she attacked the police and blamed the riots on outsiders.",
			"the mayor as a disgrace after she attacked the police and blamed the riots on outsiders", "blamed", "she", "the riots on outsiders"},
		{"the first content holds both clauses", "He said he had watched the bridge rise from the river and thought of the days when his sons were young.",
			"he had watched the bridge rise from the river and thought of the days when his sons were young", "thought", "he", "of the days when his sons were young"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) == 0 || cs[0].Content != tc.first {
				t.Fatalf("first claim of %q: got %+v, want content %q", tc.text, cs, tc.first)
			}
			for _, c := range cs[1:] {
				if deref(c.Cue) == tc.cue {
					if got := spanText(tc.text, c.SourceSpan); got != tc.srcSpan || c.Content != tc.second {
						t.Errorf("got %q %q, want %q %q", got, c.Content, tc.srcSpan, tc.second)
					}
					return
				}
			}
			t.Errorf("no claim with cue %q in %+v", tc.cue, cs)
		})
	}
}

// TestSameVoice checks a second cue of the same speaker joined by ", and"
// or ", but" with a pronoun that agrees with the first source: the first
// content ends at the join and the second claim stands on its own; a
// pronoun that does not agree, or a new subject, stays inside the content.
func TestSameVoice(t *testing.T) {
	tests := []struct {
		name, text    string
		first, second string // contents, in order; second "" when only one claim
		secondSource  string
	}{
		{"she … she", "The mayor said the bridge was safe, but she added that it would close for repairs.",
			"the bridge was safe", "it would close for repairs", "The mayor"},
		{"plural source, they", "The envoys said the talks had stalled, but they insisted that a deal was near.",
			"the talks had stalled", "a deal was near", "The envoys"},
		{"a stance after and", "Senator Ruiz said the vote was rushed, and she blamed the committee chair.",
			"the vote was rushed", "the committee chair", "Senator Ruiz"},
		{"past a nested belief to the speaker", "The governor has said dozens of people want the seat, but he refuses to discuss names.",
			"dozens of people want the seat", "to discuss names", "The governor"},
		{"a new subject is part of what was said", "Rivera said the talks failed, and the rebels left the city.",
			"the talks failed, and the rebels left the city", "", ""},
		{"a plural pronoun after one speaker is not the speaker", "The minister said the rebels lied, and they rejected the offer.",
			"the rebels lied, and they rejected the offer", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) == 0 || cs[0].Content != tc.first {
				t.Fatalf("first claim of %q: got %+v, want content %q", tc.text, cs, tc.first)
			}
			if tc.second == "" {
				if len(cs) != 1 {
					t.Errorf("got %d claims, want 1: %+v", len(cs), cs)
				}
				return
			}
			if len(cs) != 2 || cs[1].Content != tc.second || deref(cs[1].Source) != tc.secondSource {
				t.Errorf("got %+v, want a second claim %q by %q", cs, tc.second, tc.secondSource)
			}
		})
	}
}

// TestNoClaim lists sentences that attribute nothing.
func TestNoClaim(t *testing.T) {
	for _, s := range []string{
		"Crowds filled \"Liberty Circle\" in the capital.",
		"The said agreement was signed in 1974.",
		"The ceasefire took effect at noon and the guns fell silent.",
		"The proposal announced by the president on Tuesday was welcomed.",
		"Battleground states could decide the election.",
		"Health worries have dogged the candidate for weeks.",
		"A diplomat briefed on the plan arrived in Doha.",
		"The novel \"War and Peace\" sold well in the city.",
		"The ministry did not say the border was closed.",
		"A meeting between the two presidents in Riyadh signaled to the rebels that they should negotiate.",
		"Militants attacked a convoy near the border crossing.",
		"The bodies were found by police near the river.",
		"He was told by aides that the vote was lost.",
		"The program, called Harbor Start, gives loans to small firms.",
		"He was told by aides, “The vote is lost.”",
		"The ministry rejected the request for more trucks.",
		"The ministry rejected demands that the troops withdraw.",
		"The minister told state television.",
		"The officer declined to be identified.",
		"The source asked not to be quoted.",
		"The map shows the river and the old bridge.",
		"Residents know the road well.",
		"She called into a radio show on Monday.",
		"The president called the king on Friday to discuss the truce.",
		"The president called Mr. Haddad.",
		"The army called in reinforcements.",
		"The army found, when it entered the town, two wells.",
		"Said Ahmed was the first to leave the city.",
		"Writing for the weekly paper, the mayor left politics behind.",
		"Showing the map, the general pointed at the river.",
		"The rebels will go on offense in the spring.",
		"The party went on the next year to win the vote.",
		"Rescuers found two survivors under the rubble.",
		"The army backed the rebels with artillery.",
		"The army plans to widen the operation.",
		"The council agreed to extend the curfew.",
		"Lena Ortiz reported from Kabul and Omar Said from Herat.",
		"The senator enjoyed broad support during the primary.",
		"The spot features a New York Times report from last weekend on the firm.",
		"The ministry didn't say the talks had failed.",
		"Don't blame the mayor for the floods.",
		"The proposal announced Tuesday by the president was rejected.",
		"The bridge was sure to collapse.",
		"The court ruled the country for a decade.",
		"A new study of the firms that grew since Jan. 1, shows Democratic donors outpacing the rest.",
		"The senator opposed to the plan left the chamber.",
		"Migration and a host of other challenges face the bloc.",
		"There are conflicting stories and many questions about the deal.",
		"She was a leading advocate for human rights in the country.",
		"The annexation of the island renewed fears along the eastern flank.",
		"Battleground state Ohio is nearly 3% Polish American.",
		"It is what she wants and the crowds continue to show signs of enthusiasm.",
		"Climate reports were released on Monday.",
		"As the army advanced, the rebels fled.",
		"The party's criticism of the deal was muted.",
		"He made a call to the president on Monday.",
		"Her early-morning posts drew a rebuke.",
		"The agency declined to say how many people had died.",
		"The police refused to confirm the names of the victims.",
		"The minister put it on the table next to the map.",
		"She puts it in a drawer every night.",
		"The explosions echoed across the valley.",
		"Residents saw the smoke as the jets flew over.",
		"We saw the film as children.",
		"Residents call the place “Orchard Gate.”",
		"The group calls itself “the Guardians.”",
		"The army sees the convoy as a target.",
		"",
		"said",
		"“",
	} {
		t.Run(s, func(t *testing.T) {
			if cs := run(s); len(cs) != 0 {
				t.Errorf("%q gave %d claims, first %+v", s, len(cs), cs[0])
			}
		})
	}
}

// TestResolution checks pronouns and bare descriptions.
func TestResolution(t *testing.T) {
	tests := []struct {
		name, text string
		index      int
		want       want
	}{
		{"he after a named person",
			"President Lena Marsh said the talks were over. He said the army would stay.", 1,
			want{source: "President Lena Marsh", srcSpan: "He", cue: "said", content: "the army would stay", named: true, count: 1}},
		{"he after an anonymous official keeps the anonymity",
			"An Egyptian official said aid would flow. He said both sides had agreed.", 1,
			want{source: "An Egyptian official", srcSpan: "He", cue: "said", content: "both sides had agreed", count: 1}},
		{"the official",
			"An Israeli official described the deal as fragile. The official said the army would withdraw.", 1,
			want{source: "An Israeli official", srcSpan: "The official", cue: "said", content: "the army would withdraw", count: 1}},
		{"it after an organization",
			"The ministry said the road was open. It said convoys would run daily.", 1,
			want{source: "The ministry", srcSpan: "It", cue: "said", content: "convoys would run daily", named: true, count: 1}},
		{"quote paragraph belongs to the last speaker",
			"“We are ready,” the minister said.\n\n“The rest is up to them.”", 1,
			want{source: "the minister", content: "“The rest is up to them.”", named: true, count: 1, direct: true}},
		{"quote run on after the cue in one line",
			"Dalton's Race\n\nThe mayor spoke first.\n“We lost. We will rebuild,” she said. “Not this year, but soon.”\nAn aide to the governor added, “The money is there and it will come.”", 0,
			want{source: "she", srcSpan: "she", cue: "said", content: "“We lost. We will rebuild,” she said. “Not this year, but soon.”", named: true, count: 1, direct: true}},
		{"a line ending a sentence ends the paragraph for the next speaker",
			"Dalton's Race\n\n“We lost. We will rebuild,” the mayor said. “Not this year, but soon.”\nAn aide to the governor added, “The money is there and it will come.”", 1,
			want{source: "An aide to the governor", srcSpan: "An aide to the governor", cue: "added", content: "“The money is there and it will come.”", count: 1, direct: true}},
		{"she is not the one with a man's title",
			"An opposition spokeswoman said the date was open. Mr. Haddad said the venue was set. She said the venue was not agreed.", 2,
			want{source: "An opposition spokeswoman", srcSpan: "She", cue: "said", content: "the venue was not agreed", count: 1}},
		{"she is not the man the text called he",
			"Lina Farah said the date was open. Omar Haddad said talks would resume. He said an agenda was agreed. Omar Haddad said the venue was set. She said the venue was not agreed.", 4,
			want{source: "Lina Farah", srcSpan: "She", cue: "said", content: "the venue was not agreed", named: true, count: 1}},
		{"quote later in the paragraph",
			"The minister said there was a “big opportunity” now. “People are ready to deal.”", 1,
			want{source: "The minister", content: "“People are ready to deal.”", named: true, count: 1, direct: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) <= tc.index {
				t.Fatalf("got %d claims, want more than %d: %+v", len(cs), tc.index, cs)
			}
			check(t, tc.text, cs[tc.index], tc.want)
		})
	}
}

// TestEntities checks that a source takes the entity whose mention covers
// its head, and that "he" falls back to the last person mentioned.
func TestEntities(t *testing.T) {
	s := "Kenyan President Amina Odhiambo said the talks were indirect. Later he said the talks had stalled."
	ents := []article.Entity{
		{ID: "e1", Type: article.Place, Name: "Kenya", Mentions: []article.Span{{Start: 0, End: 6}}},
		{ID: "e2", Type: article.Person, Name: "Amina Odhiambo", Mentions: []article.Span{{Start: 17, End: 31}}},
	}
	cs := run(s, ents...)
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(cs), cs)
	}
	if got := deref(cs[0].SourceEntity); got != "e2" {
		t.Errorf("source entity = %q, want e2", got)
	}
	if got, want := deref(cs[1].Source), "Amina Odhiambo"; got != want {
		t.Errorf("he resolved to %q, want %q", got, want)
	}
	if got := deref(cs[1].SourceEntity); got != "e2" {
		t.Errorf("he: source entity = %q, want e2", got)
	}
	// an organization inside an anonymous person's description is not the source
	s2 := "A senior State Department official said the visit was off."
	cs = run(s2, article.Entity{ID: "e1", Type: article.Organization, Name: "State Department",
		Mentions: []article.Span{{Start: 9, End: 25}}})
	if len(cs) != 1 || cs[0].SourceEntity != nil || cs[0].Named {
		t.Errorf("got %+v, want one anonymous claim without entity", cs)
	}
	// "and" inside a name does not count two sources; between names it does
	s3 := "The Securities and Exchange Commission said the fund was a fraud."
	cs = run(s3, article.Entity{ID: "e1", Type: article.Organization, Name: "Securities and Exchange Commission",
		Mentions: []article.Span{{Start: 4, End: 38}}})
	if len(cs) != 1 || cs[0].Count == nil || *cs[0].Count != 1 {
		t.Errorf("got %+v, want one claim counting one source", cs)
	}
	s4 := "Egypt and Qatar said the talks would resume."
	cs = run(s4, article.Entity{ID: "e1", Type: article.Place, Name: "Egypt", Mentions: []article.Span{{Start: 0, End: 5}}},
		article.Entity{ID: "e2", Type: article.Place, Name: "Qatar", Mentions: []article.Span{{Start: 10, End: 15}}})
	if len(cs) != 1 || cs[0].Count == nil || *cs[0].Count != 2 {
		t.Errorf("got %+v, want one claim counting two sources", cs)
	}
}

// TestAnonymity checks that grants are linked to the sources they describe.
func TestAnonymity(t *testing.T) {
	s := "The sides met twice, two officials said. The officials spoke on condition of anonymity because the talks were secret.\n\n" +
		"A diplomat, speaking on condition of anonymity, said the deal was close."
	cs := run(s)
	if len(cs) != 2 {
		t.Fatalf("got %d claims, want 2", len(cs))
	}
	for i, c := range cs {
		if c.Anonymity == nil {
			t.Fatalf("claim %d has no anonymity grant", i)
		}
		if g := s[c.Anonymity.Start:c.Anonymity.End]; !strings.Contains(g, "condition of anonymity") {
			t.Errorf("claim %d: grant %q", i, g)
		}
	}
}

// FuzzExtract feeds any text to the stage: it must not panic, and every
// span must lie inside the text, with the content being the text it locates.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“We are ready,” he said. “Now.”",
		"According to officials, \"the deal\" is close, two sources told Reuters.",
		"''Quote,'' said Mr. Smith (R-Ohio).\n\nPENCE: Well.\n“x” ― A B",
		"X, who said, said: “",
		"X said A, but conceded that B and urged C, who had marched and called for D.",
		"It was reported by and, , said, as did Y, that -- was endorsed by",
		"\"\"\"''''”“",
		"Jo Roe spoke.\n\nQ: Why?\n\nA: Because, she said.\n\nA:\nQ:",
		"X, a diplomat who met A and B, said C, making it D, hours after E. “F,” the diplomat said. “G.\n\n“H.”",
		"10:30 GMT - X accused Y of “Z” in a speech to a, and vowed to “W”, a spokesman said. A, who asked not to be named, left. “B,” the official said; C disputed that, telling, what it called “D”",
	} {
		f.Add(s)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		cs := run(s)
		n := len(s)
		for _, c := range cs {
			if c.Start < 0 || c.Start > c.End || c.End > n {
				t.Fatalf("content span [%d,%d) out of %d bytes", c.Start, c.End, n)
			}
			if s[c.Start:c.End] != c.Content {
				t.Fatalf("content %q is not the text at its span", c.Content)
			}
			for _, sp := range []*article.Span{c.SourceSpan, c.CueSpan, c.Anonymity} {
				if sp != nil && !sp.Valid(n) {
					t.Fatalf("span %v out of %d bytes", *sp, n)
				}
			}
			if c.Count != nil && *c.Count < 1 {
				t.Fatalf("count %d", *c.Count)
			}
		}
	})
}

// BenchmarkExtract measures the stage on the test stories, in MB/s.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var buf strings.Builder
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		buf.Write(data)
		buf.WriteString("\n\n")
	}
	s := strings.Repeat(buf.String(), 8)
	d := text.Parse(s)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &article.Article{Text: s}
		Extract(d, a)
	}
}

// TestAppositiveName: a title, a comma and a person's name is that person,
// named ("The U.N. envoy, Hans Grundberg, said"); bodies in the plural with
// no name are not named ("Aid agencies said").
func TestAppositiveName(t *testing.T) {
	s := "The United Nations envoy, Hans Grundberg, said he had been unable to persuade either side. Aid agencies said 150 trucks were waiting."
	person := article.Entity{ID: "e1", Type: article.Person, Name: "Hans Grundberg",
		Mentions: []article.Span{{Start: strings.Index(s, "Hans"), End: strings.Index(s, "Grundberg") + len("Grundberg")}}}
	cs := run(s, person)
	if len(cs) != 2 {
		t.Fatalf("%d claims, want 2: %+v", len(cs), cs)
	}
	if !cs[0].Named || cs[0].SourceEntity == nil || *cs[0].SourceEntity != "e1" {
		t.Errorf("envoy claim: named %v, entity %v; want named, e1", cs[0].Named, cs[0].SourceEntity)
	}
	if cs[1].Named {
		t.Errorf("aid agencies are named, want not")
	}
}

// TestAttack checks that a verb of attack is a stance in a speaker's mouth
// and a deed in an armed actor's, or with a place or target after it.
func TestAttack(t *testing.T) {
	ukraine := article.Entity{ID: "e1", Type: article.Place, Name: "Ukraine", Mentions: []article.Span{{Start: 15, End: 22}}}
	tests := []struct {
		name, text   string
		ents         []article.Entity
		source, body string // body "" when no claim is wanted
	}{
		{"a person attacks a rival for", "The minister attacked the opposition for delaying the vote on the truce.", nil,
			"The minister", "the opposition for delaying the vote on the truce"},
		{"as a description", "Senator Lina Haddad attacked the envoy as a puppet of the generals.", nil,
			"Senator Lina Haddad", "the envoy as a puppet of the generals"},
		{"a campaign", "The campaign attacked the governor over the water crisis.", nil,
			"The campaign", "the governor over the water crisis"},
		{"a pronoun, an adverb", "She sharply attacked the deal in a speech to farmers.", nil, "She", "the deal"},
		{"armed actors", "Militants attacked the mayor's office before dawn.", nil, "", ""},
		{"an assailant", "A gunman attacked worshippers leaving the mosque.", nil, "", ""},
		{"a body that is no party", "The rebel movement attacked government lines near the river.", nil, "", ""},
		{"a target", "He attacked the base with two drones.", nil, "", ""},
		{"a place", "Putin attacked Ukraine in February.", []article.Entity{ukraine}, "", ""},
		// what is not done is no stance: only the outer appeal is a claim
		{"refrain from", "The envoy urged both sides to refrain from attacking each other in public.", nil,
			"The envoy", "both sides to refrain from attacking"},
		{"stop", "The minister called on the general to stop attacking the courts.", nil,
			"The minister", "the general to stop attacking the courts"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text, tc.ents...)
			if tc.body == "" {
				if len(cs) != 0 {
					t.Fatalf("got %+v, want no claim", cs[0])
				}
				return
			}
			if len(cs) != 1 || deref(cs[0].Source) != tc.source || !strings.HasPrefix(cs[0].Content, tc.body) {
				t.Fatalf("got %+v, want one claim: %q, %q", cs, tc.source, tc.body)
			}
		})
	}
}

// TestJoinAfterRelativeClause: a verb after the comma that closes a
// relative clause is the main clause's, so a cue joined to it is the
// subject's, not the relative pronoun's.
func TestJoinAfterRelativeClause(t *testing.T) {
	s := `The United States, which imposed sanctions on an army officer in August, welcomed the talks and urged both sides to "de-escalate immediately".`
	for _, c := range run(s) {
		if deref(c.Cue) == "urged" {
			if got := spanText(s, c.SourceSpan); got != "The United States" {
				t.Errorf("source span %q, want %q", got, "The United States")
			}
			return
		}
	}
	t.Errorf("no claim with cue urged")
}
