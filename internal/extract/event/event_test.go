package event

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/golden"
	"github.com/parley-news/parley/internal/text"
)

func find(s string) []article.Event {
	a := &article.Article{Text: s}
	return Find(text.Parse(s), a)
}

// findAt is find with the places the entity stage would have named.
func findAt(s string, places ...string) []article.Event {
	a := &article.Article{Text: s}
	for i, p := range places {
		a.Entities = append(a.Entities, entityIn(s, "e"+strconv.Itoa(i+1), article.Place, p))
	}
	return Find(text.Parse(s), a)
}

// entityIn is an entity the entity stage would have found, with a mention
// at every occurrence of its name in s.
func entityIn(s, id, typ, name string) article.Entity {
	e := article.Entity{ID: id, Type: typ, Name: name}
	for off := 0; ; {
		k := strings.Index(s[off:], name)
		if k < 0 {
			return e
		}
		e.Mentions = append(e.Mentions, article.Span{Start: off + k, End: off + k + len(name)})
		off += k + len(name)
	}
}

// one is the event of a given type in s, or nil.
func one(evs []article.Event, typ string) *article.Event {
	for i := range evs {
		if evs[i].Type == typ {
			return &evs[i]
		}
	}
	return nil
}

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

func TestModality(t *testing.T) {
	tests := []struct {
		name, text, typ, modality string
	}{
		{"a step awaited", "The spokesman said the troops would stay in the city until the rebels withdrew.", "WITHDRAW", article.Hypothetical},
		{"a step told", "Fighting went on until the rebels withdrew from the city.", "WITHDRAW", article.Asserted},
		{"a deadline for an act", "Israel and Lebanon agreed to extend the deadline for an Israeli withdrawal until Feb. 18.", "WITHDRAW", article.Planned},
		{"negated not yet", "Turkey has not yet agreed to the new border arrangement.", "AGREE", article.Negated},
		{"negated did not", "The rebels did not release the aid workers on Friday.", "RELEASE_PERSONS", article.Negated},
		{"negated no longer", "Russia no longer supplies fuel to the enclave.", "AID", article.Negated},
		{"negated neither", "Neither side has accepted the offer made in Doha.", "AGREE", article.Negated},
		{"a pronoun opens its own clause", "Kenya said the militia must first leave the towns it seized in March.", "ATTACK_GROUND", article.Reported},
		{"a forecast", "Diplomats said the treaty was unlikely to be signed before the end of the year.", "AGREE", article.Hypothetical},
		{"a likely act", "Israel is likely to withdraw its troops from the ridge next month.", "WITHDRAW", article.Hypothetical},
		{"denied doing", "The militia denied carrying out the attack and blamed a rival faction.", "ATTACK_GROUND", article.Negated},
		{"denied that", "A rebel spokesman denied that the rebels had launched an offensive.", "ATTACK_GROUND", article.Negated},
		{"denied, then accused", "A rebel spokesman denied that the rebels had launched an offensive and accused the coalition of lying.", "ACCUSE", article.Asserted},
		{"denied, then blamed", "The militia denied carrying out the attack and blamed a rival faction.", "ACCUSE", article.Asserted},
		{"a direction after to is no infinitive", "NATO deployed 200 more troops to northern Kosovo last month after clashes with protesters.", "ATTACK_GROUND", article.Asserted},
		{"believed to have", "The group is believed to have killed at least 30 civilians last month.", "KILL", article.Reported},
		{"ruled out", "The army ruled out a truce with the rebels.", "REJECT", article.Asserted},
		{"a passive cue joined on is no frame", "The two sides have held indirect talks on a roadmap, but no agreement has been announced.", "NEGOTIATE", article.Asserted},
		{"reject is asserted", "Kenya rejected the proposal on Monday.", "REJECT", article.Asserted},
		{"planned will", "The two foreign ministers will meet in Oslo next week.", "MEET", article.Planned},
		{"planned scheduled", "The envoy is scheduled to visit Khartoum on Thursday.", "VISIT", article.Planned},
		{"planned due to", "The militia is due to hand over 12 prisoners to the Red Cross.", "RELEASE_PERSONS", article.Planned},
		{"proposed calls for", "The plan calls for the army to release 30 detainees within a week.", "RELEASE_PERSONS", article.Proposed},
		{"proposed would after plan", "Mediators presented a draft plan on Monday. Under it, the army would withdraw from the town.", "WITHDRAW", article.Proposed},
		{"hypothetical could", "The visit could help pave the way for a deal, and Chad could withdraw its troops.", "WITHDRAW", article.Hypothetical},
		{"hypothetical if", "If the talks collapse, the government may deploy troops to the north.", "DEPLOY", article.Hypothetical},
		{"hypothetical would have", "The second phase would have compelled the group to free all remaining captives.", "RELEASE_PERSONS", article.Hypothetical},
		{"reported said", "Government forces shelled the town overnight, two residents said.", "ATTACK_GROUND", article.Reported},
		{"reported according to", "According to local officials, the militants killed nine villagers.", "KILL", article.Reported},
		{"asserted plain", "Soldiers stormed the compound on Sunday morning.", "ATTACK_GROUND", article.Asserted},
		{"a proviso is a condition", "Hezbollah said it would abide by the truce provided that Israel withdraws its troops.", "WITHDRAW", article.Hypothetical},
		{"a preposition before a name is no infinitive", "In 2015, militants linked to al Qaeda began attacking army posts in the Mopti region.", "ATTACK_GROUND", article.Asserted},
		{"able to is done", "During the truce, critical humanitarian aid was able to reach Gaza.", "AID", article.Asserted},
		{"relief as subject, planned", "About 600 trucks a day are expected to enter Gaza.", "AID", article.Planned},
		{"an aside about the source denies nothing", "A relief official, who asked not to be identified, said 50 trucks of food had entered the region.", "AID", article.Reported},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := one(find(tc.text), tc.typ)
			if e == nil {
				t.Fatalf("no %s event in %q (got %v)", tc.typ, tc.text, types(find(tc.text)))
			}
			if e.Modality != tc.modality {
				t.Errorf("modality = %s, want %s", e.Modality, tc.modality)
			}
		})
	}
}

func types(evs []article.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Type+"/"+e.Modality)
	}
	return out
}

func TestRoles(t *testing.T) {
	tests := []struct {
		name, text, typ, actor, target, place string
	}{
		{"coordinated partners", "Jordan and Iraq held face-to-face meetings in the border region.", "MEET", "Jordan", "Iraq", "border region"},
		{"talks between", "Talks between Ethiopia and Eritrea began in Jeddah on Monday.", "NEGOTIATE", "Ethiopia", "Eritrea", "Jeddah"},
		{"light verb noun", "Israel launched a series of airstrikes on Hezbollah positions.", "ATTACK_AIR", "Israel", "Hezbollah", "<nil>"},
		{"demonym actor", "Ukrainian troops pulled out of the eastern town.", "WITHDRAW", "Ukraine", "<nil>", "<nil>"},
		{"a live page's time stamp", "09:40 GMT - Police said they had arrested 12 protesters outside the embassy.", "ABDUCT", "Police", "<nil>", "<nil>"},
		{"a time stamp before a state", "1423 GMT - Sudan said it would release 120 prisoners on Saturday.", "RELEASE_PERSONS", "Sudan", "<nil>", "<nil>"},
		{"passive by", "The president was toppled by the army in a bloodless coup.", "ATTACK_GROUND", "army", "<nil>", "<nil>"},
		{"passive appoint", "Karim Hadi was appointed governor of Anbar province.", "APPOINT", "<nil>", "Karim Hadi", "Anbar"},
		{"release of", "Hamas announced the release of 10 hostages.", "RELEASE_PERSONS", "Hamas", "<nil>", "<nil>"},
		{"ceasefire broken", "Israel broke the ceasefire with new airstrikes.", "CEASEFIRE_BREAK", "Israel", "<nil>", "<nil>"},
		{"police arrest", "Police arrested 12 protesters outside the embassy.", "ABDUCT", "Police", "<nil>", "<nil>"},
		{"led modifier", "The Houthi-led attack on the port killed four sailors.", "ATTACK_GROUND", "Houthi", "<nil>", "<nil>"},
		{"participle shares subject", "Rebel fighters attacked the garrison, killing six soldiers.", "KILL", "Rebel fighters", "<nil>", "<nil>"},
		{"talks as the purpose of a trip", "Ruto is expected to travel to Addis Ababa next week for talks with Abiy Ahmed.", "NEGOTIATE", "Ruto", "Abiy Ahmed", "<nil>"},
		{"pronoun in a later clause", "Kenya said the militia must first leave the towns it seized in March.", "ATTACK_GROUND", "militia", "<nil>", "<nil>"},
		{"he in a later clause", "Lavrov told reporters in Moscow on Friday that the talks would resume in the spring after he visited Cairo.", "VISIT", "Lavrov", "Egypt", "<nil>"},
		{"who clause", "Macron, who arrived in Beirut on Thursday, met the prime minister.", "VISIT", "Macron", "<nil>", "Beirut"},
		{"unit number in the name", "The 444th Brigade attacked the airport on Monday.", "ATTACK_GROUND", "444th Brigade", "<nil>", "<nil>"},
		{"a unit noun after a name", "The Nawasi brigade and the Radaa force held talks on Monday.", "NEGOTIATE", "Nawasi", "Radaa", "<nil>"},
		{"a second infinitive is no place", "Both sides committed to allow aid convoys through the city and to withdraw fighters from hospitals.", "AID", "<nil>", "<nil>", "<nil>"},
		{"the mediator mediates", "Russia and Ukraine exchanged 150 prisoners each on Tuesday in a swap mediated by the United Arab Emirates.", "NEGOTIATE", "United Arab Emirates", "Russia; Ukraine", "<nil>"},
		{"an infinitive's object is no target", "The Kremlin rejected a proposal by Turkey to host a leaders' summit.", "REJECT", "Russia", "<nil>", "<nil>"},
		{"a verb after a reaction", "The United States welcomed the agreement and urged Eritrea to withdraw its forces.", "DEMAND", "United States", "Eritrea", "<nil>"},
		{"an infinitive is no place", "Twenty trucks entered Mekele on Saturday, the first convoy to reach the regional capital since October.", "AID", "<nil>", "Mekele", "<nil>"},
		{"a backer is no doer", "Government forces backed by allied troops recaptured the town of Abala on Tuesday.", "ATTACK_GROUND", "Government forces", "<nil>", "<nil>"},
		{"responsibility claimed", "The Islamic State claimed responsibility for a suicide bombing at a checkpoint on Monday.", "ATTACK_GROUND", "Islamic State", "<nil>", "<nil>"},
		{"what is agreed is no partner", "Chad failed on Thursday to agree on a plan for Arab-majority towns.", "AGREE", "Chad", "<nil>", "<nil>"},
		{"people released, told passively", "Two French aid workers who were kidnapped in the north have been released unharmed.", "RELEASE_PERSONS", "<nil>", "<nil>", "<nil>"},
		{"a pair handed over", "The pair were handed over to peacekeepers after mediation by Chad.", "RELEASE_PERSONS", "<nil>", "<nil>", "<nil>"},
		{"a clause after 'after' holds no partner", "The UN evacuated its staff on Sunday after insurgents attacked the town.", "WITHDRAW", "United Nations", "<nil>", "<nil>"},
		{"talks after a wire dateline", "BRUSSELS (Reuters) - Talks between Kosovo and Serbia broke up on Thursday without agreement.", "NEGOTIATE", "Kosovo", "Serbia", "Brussels"},
		{"talks between the leaders of two states", "Talks between the leaders of Kosovo and Serbia broke up on Thursday.", "NEGOTIATE", "Kosovo", "Serbia", "<nil>"},
		{"a fronted clause keeps its place", "When Azerbaijani forces recaptured the region in September 2023, few in Yerevan were surprised.", "ATTACK_GROUND", "Azerbaijan", "<nil>", "<nil>"},
		{"a state's forces deployed in the passive", "Ugandan troops were deployed to Juba in March.", "DEPLOY", "Uganda", "South Sudan", "Juba"},
		{"a state's police deployed in the passive", "Kenyan police officers were deployed to Haiti last year.", "DEPLOY", "Kenya", "Haiti", "Haiti"},
		{"a state's forces deployed since", "Rwandan troops have been deployed in Mozambique since 2021.", "DEPLOY", "Rwanda", "Mozambique", "Mozambique"},
		{"civilians deployed are no state's forces", "Civilians were deployed as human shields, the army said.", "DEPLOY", "<nil>", "Civilians", "<nil>"},
		{"forces deployed by an agent", "Chadian troops were deployed to the border by the African Union.", "DEPLOY", "African Union", "<nil>", "border"},
		{"civilians evacuated are brought to safety", "The Red Cross evacuated 40 wounded civilians from the besieged town on Tuesday.", "AID", "Red Cross", "<nil>", "<nil>"},
		{"residents evacuated, told passively", "Hundreds of residents were evacuated by boat on Wednesday.", "AID", "<nil>", "<nil>", "<nil>"},
		{"a base evacuated is ground given up", "The army evacuated its base on Monday.", "WITHDRAW", "army", "<nil>", "<nil>"},
		{"people protesting protest", "Police fired tear gas at opposition supporters protesting the results of the election.", "PROTEST", "opposition supporters", "<nil>", "<nil>"},
		{"people counted suffer a passive", "Police fired tear gas at protesters, and at least 11 people were killed.", "KILL", "<nil>", "<nil>", "<nil>"},
		{"captives handed to a go-between", "Hamas handed over four Israeli hostages to the Red Cross on Saturday.", "RELEASE_PERSONS", "Hamas", "Israel", "<nil>"},
		{"a siege", "Government troops encircled the northern town of Lashio on Wednesday.", "ATTACK_GROUND", "Government troops", "<nil>", "<nil>"},
		{"a siege laid", "The army laid siege to the rebel stronghold last week.", "ATTACK_GROUND", "army", "<nil>", "<nil>"},
		{"a call by phone", "Putin and Aliyev spoke by phone on Tuesday.", "NEGOTIATE", "Putin", "Aliyev", "<nil>"},
		{"a contingent of a state", "The Russian peacekeeping contingent will complete its withdrawal by June.", "WITHDRAW", "Russia", "<nil>", "<nil>"},
		{"a second verb past a phrase of place", "The force said it would deploy more troops along the Blue Line and work with the Lebanese army.", "COOPERATE", "force", "Lebanon", "<nil>"},
		{"where someone travels is no target", "EU ministers agreed to ban the officials from travelling to the bloc.", "COERCE", "European Union", "<nil>", "<nil>"},
		{"a demonym before a place noun", "The militia killed 30 civilians in attacks on villages near the Malian border.", "KILL", "militia", "<nil>", "Malian border"},
		{"a go-between's modifier is no actor", "U.S.-hosted talks between Chad and Niger ended on Thursday without a deal.", "NEGOTIATE", "Chad", "Niger", "<nil>"},
		{"the accused bombed", "The militia accused the army of bombing a market on Tuesday.", "ATTACK_AIR", "army", "<nil>", "<nil>"},
		{"the accused killed", "The militia accused the army of bombing a market on Tuesday, killing nine traders.", "KILL", "army", "<nil>", "<nil>"},
		{"the blamed refused", "The envoy blamed the rebels for refusing a compromise.", "REJECT", "rebels", "<nil>", "<nil>"},
		{"the accused, by a light verb", "The rebels accused the coalition of carrying out 14 air strikes.", "ATTACK_AIR", "coalition", "<nil>", "<nil>"},
		{"the speaker goes on to accuse", "A rebel spokesman, Ali Omar, denied that the rebels had launched an offensive and accused the coalition of lying.", "ACCUSE", "Ali Omar", "coalition", "<nil>"},
		{"a result past the source", "Rebel units shelled a checkpoint near the bridge on Sunday, the ministry said, killing two guards.", "KILL", "Rebel units", "<nil>", "<nil>"},
		{"placed under house arrest", "Security forces placed opposition leader Riek Machar under house arrest on Wednesday.", "ABDUCT", "Security forces", "Riek Machar", "<nil>"},
		{"placed under house arrest, in the passive", "Riek Machar was placed under house arrest on Wednesday.", "ABDUCT", "<nil>", "Riek Machar", "<nil>"},
		{"a state of arrest", "Riek Machar has been under house arrest since March.", "ABDUCT", "<nil>", "Riek Machar", "<nil>"},
		{"a law one is arrested under names no one", "Police arrested Juan Soto under a new law.", "ABDUCT", "Police", "Juan Soto", "<nil>"},
		{"a result of the clause after 'after'", "The army halted the talks on Sunday after rebels attacked a base in the north, killing four soldiers.", "KILL", "rebels", "<nil>", "north"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := find(tc.text)
			e := one(evs, tc.typ)
			if e == nil {
				t.Fatalf("no %s event (got %v)", tc.typ, types(evs))
			}
			checkRoles(t, e, tc.actor, tc.target, tc.place, str)
		})
	}
}

// TestNoEvents: saying is a claim, headlines and background words are no
// events.
func TestNoEvents(t *testing.T) {
	tests := []struct{ name, text string }{
		{"a deal provides for aid", "The agreement also provides for humanitarian assistance to the region."},
		{"statement", "The ministry said in a statement on Monday that it was studying the text."},
		{"responsibility for an act told before", "No group has claimed responsibility for the attack."},
		{"an open question", "The presidency did not say who would mediate the talks."},
		{"the aim of talks", "He said talks on a prisoner exchange involving 800 detainees had stalled."},
		{"the aim of negotiations", "Negotiations over a withdrawal of the two brigades are due to resume."},
		{"headline", "Israel and Hamas agree truce as hostages go home"},
		{"modifier noun", "A diplomat briefed on the ceasefire talks spoke on condition of anonymity."},
		{"name with trigger word", "The Rapid Support Forces spokesman spoke to reporters."},
		{"prevented", "The measures are aimed at preventing incursions into border villages."},
		{"talk about talks", "The direct talks and their scope have not been previously reported."},
		{"request for comment", "The army did not respond to a request for comment."},
		{"such talks", "Such talks have been rare since the war began."},
		{"standing relation", "Officials noted that Russia has long supported the junta."},
		{"opportunity to reach", "Diplomats see a rare opportunity to reach an agreement."},
		{"quoted opportunity to reach", "Diplomats see a “rare opportunity” to reach an agreement."},
		{"wanted by someone else", "The mayor encouraged the two clans to sign a truce."},
		{"a named crossing is no actor", "The Masnaa border crossing would reopen for civilians next week."},
		{"an act just told, as a time", "The appointment came as the truce expired without being renewed."},
		{"a participle before a place name", "He said the ship had been carrying grain from occupied Crimea."},
		{"a source's anonymity", "A Rwandan official, who asked not to be named, spoke to reporters in Kigali."},
		{"headline glued to a caption", "Tripoli militias agree truce after two days of clashes\nSmoke rises as fighters patrol a southern suburb of Tripoli. (AFP)\n\nThe city was quiet on Tuesday."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if evs := find(tc.text); len(evs) != 0 {
				t.Errorf("events %v in %q, want none", types(evs), tc.text)
			}
		})
	}
}

func TestPlover(t *testing.T) {
	tests := []struct{ name, text, plover string }{
		{"promise to release", "The kidnappers said they will release the two engineers.", "AGREE"},
		{"announced hostile act", "Farmers said they would blockade the capital from Monday.", "THREATEN"},
		{"refused to accept", "The government will not accept any more refugees.", "REJECT"},
		{"must", "The minister said the rebels must withdraw from the city.", "DEMAND"},
		{"sanctions", "The European Union imposed sanctions on three generals.", "SANCTION"},
		{"protest", "Thousands of students rallied in the capital on Friday.", "PROTEST"},
		{"arrest", "Police arrested the opposition leader at dawn.", "COERCE"},
		{"a step a deal binds to", "Under the ceasefire, the Lebanese army was to deploy troops in the south.", "AGREE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := find(tc.text)
			for _, e := range evs {
				if e.Plover == tc.plover {
					return
				}
			}
			var got []string
			for _, e := range evs {
				got = append(got, e.Plover)
			}
			t.Errorf("plover %v, want %s", got, tc.plover)
		})
	}
}

// goldenEvents is what a story's events look like in its golden file,
// with the evidence written out so the diff is readable.
type goldenEvents struct {
	Events   []article.Event `json:"events"`
	Evidence []string        `json:"evidence"`
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no testdata stories")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s := string(raw)
			evs := find(s)
			g := goldenEvents{Events: evs, Evidence: []string{}}
			if g.Events == nil {
				g.Events = []article.Event{}
			}
			for _, e := range evs {
				if !e.Evidence.Valid(len(s)) {
					t.Fatalf("evidence %v out of bounds", e.Evidence)
				}
				g.Evidence = append(g.Evidence, s[e.Evidence.Start:e.Evidence.End])
			}
			golden.JSON(t, strings.TrimSuffix(f, ".txt")+".golden.json", g)
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Israel and Syria held talks in Riyadh on May 14.",
		"Hamas-led fighters attacked, killing 1,200 people and taking roughly 250 hostages.",
		"The proposal calls for Hamas to release 10 hostages — eight on the first day.",
		"U.S.-brokered \"deal\" (RSF) , , who which - -led",
		"\xff\xfe broken ‘utf’ “quotes” with no end",
		// a group named far into one sentence, pointed back to in a short one
		"Forces backed by allied troops and militias took the town of Bulo Burde from Al-Shabaab on Tuesday. The militants withdrew.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a := &article.Article{Text: s}
		d := text.Parse(s)
		for _, e := range Find(d, a) {
			if !e.Evidence.Valid(len(s)) {
				t.Fatalf("evidence %v out of bounds (%d bytes)", e.Evidence, len(s))
			}
			if e.Type == "" || e.Plover == "" || e.Modality == "" {
				t.Fatalf("incomplete event %+v", e)
			}
			if e.Claim != nil && (*e.Claim < 0 || *e.Claim >= len(a.Claims)) {
				t.Fatalf("claim index %d out of range", *e.Claim)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	raw, err := os.ReadFile("testdata/gaza-truce.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := strings.Repeat(string(raw)+"\n\n", 20)
	a := &article.Article{Text: s}
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		d := text.Parse(s) // a fresh Doc: the sentences' analysis is not kept from the run before
		b.StartTimer()
		Find(d, a)
	}
}

func TestSaidMust(t *testing.T) {
	tests := []struct{ text, actor, target string }{
		{"Russia said on Tuesday that Sudan must return the helicopter.", "Russia", "Sudan"},
		{"Israel has said Hamas cannot run the territory.", "Israel", "Hamas"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			e := one(find(tc.text), "DEMAND")
			if e == nil {
				t.Fatalf("no DEMAND in %v", types(find(tc.text)))
			}
			if str(e.Actor) != tc.actor || str(e.Target) != tc.target || e.Modality != article.Asserted {
				t.Errorf("got %s -> %s (%s), want %s -> %s (asserted)", str(e.Actor), str(e.Target), e.Modality, tc.actor, tc.target)
			}
		})
	}
}

// TestObligations: what an agreed text binds its parties to is a term of
// the agreement; what a proposal calls for is a proposed event.
func TestObligations(t *testing.T) {
	s := "The accord obliges both sides to withdraw forces from the towns and release all prisoners."
	if evs := find(s); len(evs) != 0 {
		t.Errorf("events %v in %q, want none", types(evs), s)
	}
	p := "The plan calls for the army to withdraw from the towns."
	if e := one(find(p), "WITHDRAW"); e == nil || e.Modality != article.Proposed {
		t.Errorf("want a proposed WITHDRAW in %q, got %v", p, types(find(p)))
	}
}

func TestAttemptsAndGroups(t *testing.T) {
	e := one(find("Gunmen attempted to assassinate the governor on Sunday."), "KILL")
	if e == nil || e.Modality != article.Asserted {
		t.Errorf("attempt: got %+v, want an asserted KILL", e)
	}
	e = one(find("The ministry announced it would deny entry to the envoys."), "SANCTION")
	if e == nil || e.Modality != article.Planned || e.Plover != "SANCTION" {
		t.Errorf("announced sanction: got %+v, want a planned SANCTION", e)
	}
	e = one(find("A group of Kurdish refugees are continuing a hunger strike outside the embassy."), "PROTEST")
	if e == nil || str(e.Actor) != "Kurdish refugees" && str(e.Actor) != "Kurdish" {
		t.Errorf("group of: got %+v, want a PROTEST by the refugees", e)
	}
}

// TestTargetsAndPlaces: who an act is done to and where, when the clause
// says it by a place, a demonym, a dateline or an earlier act.
func TestTargetsAndPlaces(t *testing.T) {
	tests := []struct {
		name, text, typ, actor, target, place string
	}{
		{"place object is target and place", "Rebels attacked northern Mali on Friday.", "ATTACK_GROUND", "Rebels", "Mali", "northern Mali"},
		{"participle inherits target and place", "Rebels attacked northern Mali, killing 14 people.", "KILL", "Rebels", "Mali", "northern Mali"},
		{"withdraw from parts of", "Kenya withdrew its troops from parts of Somalia on Monday.", "WITHDRAW", "Kenya", "Somalia", "Somalia"},
		{"own troops are no target", "Chad will pull out its troops.", "WITHDRAW", "Chad", "", ""},
		{"its forces are no target of any act", "Ethiopia has not agreed to a plan to withdraw its forces.", "AGREE", "Ethiopia", "", ""},
		{"captives' demonym", "The militia freed 12 Ugandan hostages on Sunday.", "RELEASE_PERSONS", "militia", "Uganda", ""},
		{"dateline city", "NAIROBI, Kenya — Somalia and Ethiopia held talks on Tuesday.", "NEGOTIATE", "Somalia", "Ethiopia", "Nairobi"},
		{"dateline is not where a raid was", "NAIROBI, Kenya — Police arrested 40 protesters on Tuesday.", "ABDUCT", "Police", "protesters", ""},
		{"two datelines name no place", "MOSCOW/KYIV - Russia and Ukraine held talks on Tuesday.", "NEGOTIATE", "Russia", "Ukraine", ""},
		{"a date after 'on' is no aim", "Armenian forces shelled Azerbaijan overnight. Azerbaijan returned fire. Armenia's offensive on Oct. 3 killed nine people.", "ATTACK_GROUND", "Armenia", "Azerbaijan", "Azerbaijan"},
		{"aimed at a non-actor keeps no counterpart", "Sudan shelled Chad on Monday. Sudan launched airstrikes on smuggling camps.", "ATTACK_AIR", "Sudan", "", ""},
		{"counterpart from earlier act", "Armenian forces shelled Azerbaijan overnight. Azerbaijan returned fire. On Friday, Armenia broke the ceasefire again.", "CEASEFIRE_BREAK", "Armenia", "Azerbaijan", ""},
		{"exchange for is no target", "The group will release 10 hostages in exchange for 300 Palestinian prisoners.", "RELEASE_PERSONS", "", "", ""},
		{"demonym city of name", "Talks were held in the Qatari capital of Doha.", "NEGOTIATE", "", "", "Doha"},
		{"both sides act together", "Ghana and Togo traded fire at the border. Ghana and Togo held talks. Both sides agreed to a truce on Sunday.", "AGREE", "Ghana; Togo", "", ""},
		{"two named sides: one with the other", "Ghana and Togo held talks on Sunday.", "NEGOTIATE", "Ghana", "Togo", ""},
		{"exchange: both release, in the order named", "Last year saw three swaps of Houthi-held sailors for fighters held by Saudi Arabia.", "RELEASE_PERSONS", "Houthi; Saudi Arabia", "", ""},
		{"a leader speaks for the state named with him", "Israeli Prime Minister Avi Dror visited the north. Hamas fired rockets at Israel on Monday. Israel shelled Hamas positions. Avi Dror threatened to widen the war.", "THREATEN", "Avi Dror", "Hamas", ""},
		{"an attack lands in the state it hits", "Hamas fired rockets at Israel. Israel shelled Hamas positions. The Hamas-led attack killed 40 people.", "KILL", "Hamas", "Israel", "Israel"},
		{"a border with a state is a landmark", "Chad's army carried out drone strikes on camps in the border region with Sudan.", "ATTACK_AIR", "Chad", "", "border region"},
		{"a part of a country", "Rebels attacked villages across central Mali on Monday.", "ATTACK_GROUND", "Rebels", "Mali", "central Mali"},
		{"what was agreed holds no place of the agreeing", "Israel has agreed to begin daily pauses in northern Gaza.", "AGREE", "Israel", "", ""},
		{"the broker is no target", "Kenya and Somalia agreed on Sunday to extend a U.N.-brokered truce.", "AGREE", "Kenya", "Somalia", ""},
		{"a partner in talks is no place of a strike", "Israel and the United States held talks in Washington. Israel and the United States held talks again on Sunday. Israeli airstrikes killed four people on Monday.", "KILL", "Israel", "United States", ""},
		{"people of a state say nothing of where", "A landmine blast wounded five Thai soldiers on Thursday.", "ATTACK_GROUND", "", "Thailand", ""},
		{"an exchange's sides get no counterpart", "Hamas fired rockets at Israel. Israel shelled Hamas positions. Later came swaps of Hamas-held captives for prisoners held by Israel.", "RELEASE_PERSONS", "Hamas; Israel", "", ""},
		{"aid to a country", "Turkey sent aid to Syria.", "AID", "Turkey", "Syria", "Syria"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := find(tc.text)
			var e *article.Event
			for i := range evs {
				if evs[i].Type == tc.typ {
					e = &evs[i] // the last one: the act under test ends the text
				}
			}
			if e == nil {
				t.Fatalf("no %s event (got %v)", tc.typ, types(evs))
			}
			checkRoles(t, e, tc.actor, tc.target, tc.place, deref)
		})
	}
}

// checkRoles compares an event's actor, target and place, each written by
// show; a target of "<nil>" is not checked.
func checkRoles(t *testing.T, e *article.Event, actor, target, place string, show func(*string) string) {
	t.Helper()
	if got := show(e.Actor); got != actor {
		t.Errorf("actor = %q, want %q", got, actor)
	}
	if got := show(e.Target); target != "<nil>" && got != target {
		t.Errorf("target = %q, want %q", got, target)
	}
	if got := show(e.Place); got != place {
		t.Errorf("place = %q, want %q", got, place)
	}
}

// annotated is an article whose places and dates are marked by hand, the
// way the entity and time stages would mark them.
func annotated(s string, places []string, dates map[string]string) []article.Event {
	ents := map[string]string{}
	for _, p := range places {
		ents[p] = article.Place
	}
	return withEntities(s, ents, dates)
}

// withEntities is an article whose entities (name: type) and dates
// (phrase: value) are marked by hand.
func withEntities(s string, ents map[string]string, dates map[string]string) []article.Event {
	a := &article.Article{Text: s}
	names := make([]string, 0, len(ents))
	for n := range ents {
		names = append(names, n)
	}
	sort.Strings(names)
	for i, p := range names {
		a.Entities = append(a.Entities, entityIn(s, fmt.Sprintf("e%d", i), ents[p], p))
	}
	for phrase, v := range dates {
		k := strings.Index(s, phrase)
		if k < 0 {
			continue
		}
		val := v
		a.Times = append(a.Times, article.Time{Text: phrase, Value: &val, Kind: "date", Start: k, End: k + len(phrase)})
	}
	return Find(text.Parse(s), a)
}

// TestBackReferences: "the territory" is the place named before; "In
// return" and "also" with the same verb share the earlier act's date.
func TestBackReferences(t *testing.T) {
	tests := []struct {
		name, text    string
		places        []string
		dates         map[string]string
		typ           string
		target, place string
		time          string
	}{
		{"a place opening the sentence", "In Kismayo, gunmen kidnapped two aid workers on Friday.",
			[]string{"Kismayo"}, nil, "ABDUCT", "", "Kismayo", ""},
		{"partitive past a mention with its article", "The army seized parts of the Kivu region on Sunday.",
			[]string{"the Kivu region"}, nil, "ATTACK_GROUND", "the Kivu region", "Kivu region", ""},
		{"partitive object", "The army seized large swaths of Tigray on Sunday.",
			[]string{"Tigray"}, nil, "ATTACK_GROUND", "Tigray", "Tigray", ""},
		{"one place for the sentence's diplomacy", "Kenya and Somalia signed an accord at the State House, in a ceremony hosted by President William Ruto.",
			[]string{"State House"}, nil, "MEET", "", "State House", ""},
		{"territory in the sentence", "Ethiopia said on Monday it would withdraw its forces from Tigray and send food aid into the territory.",
			[]string{"Tigray"}, nil, "AID", "Tigray", "Tigray", ""},
		{"territory in an earlier sentence", "Fighting flared around Kidal for a week. The army retook the town on Sunday.",
			[]string{"Kidal"}, nil, "ATTACK_GROUND", "Kidal", "Kidal", ""},
		{"in return shares the date", "The rebels freed six hostages on Monday. In return, the government freed 40 prisoners.",
			nil, map[string]string{"on Monday": "2024-03-04"}, "RELEASE_PERSONS", "", "", "2024-03-04"},
		{"also with the same verb", "Peru and Chile signed a border accord on Friday. The talks were tense. Both countries also signed a trade pact.",
			nil, map[string]string{"on Friday": "2024-05-10"}, "AGREE", "", "", "2024-05-10"},
		{"a new sentence keeps its own date", "The rebels freed six hostages on Monday. The government freed 40 prisoners.",
			nil, map[string]string{"on Monday": "2024-03-04"}, "RELEASE_PERSONS", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := annotated(tc.text, tc.places, tc.dates)
			var e *article.Event
			for i := range evs {
				if evs[i].Type == tc.typ {
					e = &evs[i]
				}
			}
			if e == nil {
				t.Fatalf("no %s event (got %v)", tc.typ, types(evs))
			}
			if tc.target != "" && deref(e.Target) != tc.target {
				t.Errorf("target = %q, want %q", deref(e.Target), tc.target)
			}
			if tc.place != "" && deref(e.Place) != tc.place {
				t.Errorf("place = %q, want %q", deref(e.Place), tc.place)
			}
			if got := deref(e.Time); got != tc.time {
				t.Errorf("time = %q, want %q", got, tc.time)
			}
		})
	}
}

// TestAppositives: "Norway's envoy, Ingrid Dahl" is one actor, the person.
func TestAppositives(t *testing.T) {
	tests := []struct {
		name, text string
		ents       map[string]string
		typ, actor string
	}{
		{"by an envoy named after a comma", "The plan was drafted last year by Norway's Horn of Africa envoy, Ingrid Dahl.",
			map[string]string{"Ingrid Dahl": article.Person, "Horn of Africa": article.Place}, "PROPOSE", "Ingrid Dahl"},
		{"a list stays a list", "Mediators from Qatar, Egypt and Turkey proposed a truce on Monday.",
			nil, "PROPOSE", "Qatar; Egypt; Turkey"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := one(withEntities(tc.text, tc.ents, nil), tc.typ)
			if e == nil {
				t.Fatalf("no %s event", tc.typ)
			}
			if got := deref(e.Actor); got != tc.actor {
				t.Errorf("actor = %q, want %q", got, tc.actor)
			}
		})
	}
}

// TestBetween: "between X ... and Y" with words about X between, and a
// second side whose mention takes in its article.
func TestBetween(t *testing.T) {
	tests := []struct {
		name, text    string
		ents          map[string]string
		actor, target string
	}{
		{"words about the first side", "Fighting broke out on May 2 between forces loyal to Colonel Mamadi Keita and the FDS.",
			map[string]string{"Mamadi Keita": article.Person, "the FDS": article.Organization}, "forces", "the FDS"},
		{"plain pair", "Clashes erupted between the ANC and the IFP on Sunday.",
			map[string]string{"the ANC": article.Organization, "the IFP": article.Organization}, "the ANC", "the IFP"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := one(withEntities(tc.text, tc.ents, nil), "ATTACK_GROUND")
			if e == nil {
				t.Fatal("no ATTACK_GROUND event")
			}
			if deref(e.Actor) != tc.actor || deref(e.Target) != tc.target {
				t.Errorf("got %q -> %q, want %q -> %q", deref(e.Actor), deref(e.Target), tc.actor, tc.target)
			}
		})
	}
}

// TestNotActs: words of an act that tell no act of the story, beside one
// that does.
func TestNotActs(t *testing.T) {
	tests := []struct {
		name, text, absent, present string
	}{
		{"what is given in exchange", "Hamas would release all hostages in exchange for more prisoners, a lasting ceasefire and a full Israeli withdrawal.", "WITHDRAW", "RELEASE_PERSONS"},
		{"in return for", "The rebels freed 12 soldiers in return for a Malian pullout from the town.", "WITHDRAW", "RELEASE_PERSONS"},
		{"a topic of another noun", "Israel launched airstrikes near Damascus, which it framed as a warning over threats against the Druze.", "THREATEN", "ATTACK_AIR"},
		{"a condition a plan waits for", "Egypt proposed on Monday that a committee run Gaza once a ceasefire is reached.", "AGREE", "PROPOSE"},
		{"a plan past an aside calls for its content", "The deal, mediated by the African Union, calls for the disarmament of the rebels within 30 days.", "DEMAND", "NEGOTIATE"},
		{"what a demand asks for", "Protesters marched in Bamako to demand that the junta release two journalists.", "RELEASE_PERSONS", "DEMAND"},
		{"talks a proposal holds", "Last year the president turned down a proposal to hold talks in Caracas.", "NEGOTIATE", "REJECT"},
		{"advice", "Trump met Sharaa in Riyadh and signaled to Israel that it should work to reach understandings with Syria.", "AGREE", "MEET"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := find(tc.text)
			if tc.absent != "" && one(evs, tc.absent) != nil {
				t.Errorf("%s event in %q (got %v)", tc.absent, tc.text, types(evs))
			}
			if one(evs, tc.present) == nil {
				t.Errorf("no %s event in %q (got %v)", tc.present, tc.text, types(evs))
			}
		})
	}
}

// TestNamedPlaces: places that rest on a place the entity stage named.
func TestNamedPlaces(t *testing.T) {
	tests := []struct {
		name, text, place, typ, want string
	}{
		{"'there' is the place named before", "Residents of Goma said the rebels had seized the army's main base there on Monday.", "Goma", "ATTACK_GROUND", "Goma"},
		{"where clause", "Trump flew on to Sharm el-Sheikh, where he met Egyptian President Abdel Fattah el-Sisi.", "Sharm el-Sheikh", "MEET", "Sharm el-Sheikh"},
		{"which saw", "Tensions eased around Sweida, which saw days of bloody clashes between Druze factions and Sunni fighters.", "Sweida", "ATTACK_GROUND", "Sweida"},
		{"an act of purpose happens where its verb does", "Protesters gathered outside the presidential palace in Bamako on Sunday to demand the release of two journalists.", "Bamako", "DEMAND", "presidential palace"},
		{"not where the deal was made", "The rebels will free 40 soldiers in Gao under a separate deal reached in Algiers.", "Algiers", "RELEASE_PERSONS", "Gao"},
		{"a participle before its noun is no aside", "Israel would allow badly needed aid into Gaza.", "Gaza", "AID", "Gaza"},
		{"a place noun phrase holds no preposition", "Fuel ships will be allowed to dock at Hodeidah port.", "Hodeidah", "AID", "Hodeidah"},
		{"not the place of a plan's content", "The deal, mediated by the African Union in Pretoria, calls for the restoration of federal authority in Mekele.", "Pretoria", "NEGOTIATE", "Pretoria"},
		{"the suburbs of a city", "Israeli airstrikes hit a building in the southern suburbs of Beirut on Monday.", "Beirut", "ATTACK_AIR", "Beirut"},
		{"the province of", "Karim Hadi was appointed governor of the southern province of Anbar.", "Anbar", "APPOINT", "Anbar"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := findAt(tc.text, tc.place)
			e := one(evs, tc.typ)
			if e == nil {
				t.Fatalf("no %s event (got %v)", tc.typ, types(evs))
			}
			if got := deref(e.Place); got != tc.want {
				t.Errorf("place = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGroundTaken: ground one state took from another may lie in either, so
// a target guessed from the story gives no place; a group's war is in its
// own state.
func TestGroundTaken(t *testing.T) {
	s := "Armenia and Azerbaijan fought a war over the enclave. Azerbaijani forces recaptured much of the region in 44 days, Armenia said."
	for _, e := range findAt(s, "Armenia", "Azerbaijan") {
		if e.Type == "ATTACK_GROUND" && deref(e.Actor) == "Azerbaijan" && e.Place != nil {
			t.Errorf("recaptured the region: placed in %s", *e.Place)
		}
	}
}

// TestBrokersAreNoSides: a go-between named in the story is not one of its
// sides, so it is no counterpart of a fight.
func TestBrokersAreNoSides(t *testing.T) {
	s := "Ethiopia and Tigray forces signed a deal brokered by the African Union. The deal, mediated by the African Union, ends the war. " +
		"Ethiopia will restore services in Tigray. Fighting continued near Shire on Wednesday."
	d := text.Parse(s)
	a := &article.Article{Text: s}
	var sents []*Sent
	for i := range d.Sentences {
		if Body(d, i) {
			sents = append(sents, Analyse(d, a, i))
		}
	}
	for _, n := range MainActors(sents) {
		if n == "African Union" {
			t.Errorf("main actors %v hold the broker", MainActors(sents))
		}
	}
}

// TestWrappedLead: prose wrapped at a fixed width is no headline, even when
// a line breaks before a name.
func TestWrappedLead(t *testing.T) {
	s := "Russia and Ukraine exchanged 390 prisoners of war on Friday after talks with\nTurkey and the United Nations, officials on both sides said."
	if one(find(s), "RELEASE_PERSONS") == nil {
		t.Errorf("no RELEASE_PERSONS in a wrapped lead (got %v)", types(find(s)))
	}
}

// TestSettlementOf: "the (strategic) town of X" is X, as the object of a
// capture and as its place.
func TestSettlementOf(t *testing.T) {
	for _, text := range []string{
		"Rebels seized the strategic border town of Bara on Sunday.",
		"The militia captured the town of Bara after heavy fighting.",
	} {
		t.Run(text, func(t *testing.T) {
			evs := findAt(text, "Bara")
			if len(evs) != 1 {
				t.Fatalf("%d events, want 1: %+v", len(evs), evs)
			}
			if got := deref(evs[0].Target); got != "Bara" {
				t.Errorf("target = %q, want Bara", got)
			}
			if got := deref(evs[0].Place); got != "Bara" {
				t.Errorf("place = %q, want Bara", got)
			}
		})
	}
}

// TestPeopleOfASettlement: people killed or seized "in the village of X"
// are its people; the village is where, not whom, the act hit.
func TestPeopleOfASettlement(t *testing.T) {
	for _, tc := range []struct{ text, typ string }{
		{"Gunmen killed 12 civilians in the village of Tillia on Saturday.", "KILL"},
		{"Gunmen abducted 30 women in the village of Tillia on Saturday.", "ABDUCT"},
		{"Gunmen abducted 40 passengers from a bus in the Tillia region on Wednesday.", "ABDUCT"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			e := one(findAt(tc.text, "Tillia"), tc.typ)
			if e == nil {
				t.Fatalf("no %s event", tc.typ)
			}
			if e.Target != nil {
				t.Errorf("target = %q, want none", *e.Target)
			}
			if got := deref(e.Place); got != "Tillia" {
				t.Errorf("place = %q, want Tillia", got)
			}
		})
	}
}

// TestKinds: the type a trigger gives depends on what it names: shells
// are fired from the ground, a truce that collapses is broken, and a
// count of days after "hand over" is no count of people.
func TestKinds(t *testing.T) {
	tests := []struct{ name, text, typ, not string }{
		{"shelled is artillery", "Government units shelled a rebel checkpoint near the bridge on Sunday.", "ATTACK_GROUND", "ATTACK_AIR"},
		{"shelling noun", "Heavy shelling hit the eastern suburbs overnight.", "ATTACK_GROUND", "ATTACK_AIR"},
		{"truce collapsed", "A truce between the two militias collapsed on Friday.", "CEASEFIRE_BREAK", ""},
		{"truce broke down", "The ceasefire broke down within hours.", "CEASEFIRE_BREAK", ""},
		{"exchanged artillery fire", "Thai and Cambodian troops exchanged artillery fire along the border on Wednesday.", "ATTACK_GROUND", "RELEASE_PERSONS"},
		{"traded fire", "The two armies traded fire near the pass overnight.", "ATTACK_GROUND", ""},
		{"in exchange for is no light verb", "The plan would compel the militia to free the hostages in exchange for more prisoners and a withdrawal.", "RELEASE_PERSONS", "WITHDRAW"},
		{"jets attacked", "Israeli jets attacked a convoy near the border on Friday.", "ATTACK_AIR", "ATTACK_GROUND"},
		{"drones bombarded", "Russian drones repeatedly attacked the port overnight.", "ATTACK_AIR", "ATTACK_GROUND"},
		{"troops sent", "Russia sent 500 troops to Mali last year.", "DEPLOY", "AID"},
		{"soldiers were sent", "Colombian soldiers were sent to Cucuta on Saturday.", "DEPLOY", ""},
		{"warships sent", "France sent two warships to the region.", "DEPLOY", ""},
		{"a delegation sent is no deployment", "Chad sent a delegation to the talks in Doha.", "", "DEPLOY"},
		{"soldiers sending a message", "The soldiers sent a message to their families.", "", "DEPLOY"},
		{"aid sent stays aid", "Egypt sent aid to Gaza on Monday.", "AID", "DEPLOY"},
		{"hand over a town", "The commander said his men would hand over the town within 15 days.", "", "RELEASE_PERSONS"},
		{"hand over captives", "The militia will hand over 15 captives to the Red Cross.", "RELEASE_PERSONS", ""},
		{"accused of after a noun", "Police arrested a Serb politician accused of leading an armed group.", "ABDUCT", "ACCUSE"},
		{"charged with after a name", "Police detained Hamas members charged with planning attacks.", "ABDUCT", "ACCUSE"},
		{"fired a missile", "The Houthis fired a missile toward Eilat on Saturday.", "ATTACK_AIR", "ATTACK_GROUND"},
		{"took control of", "The rebels took control of the airport on Friday.", "ATTACK_GROUND", ""},
		{"taken control measures", "The coast guard said it had taken control measures against the vessels on Monday.", "", "ATTACK_GROUND"},
		{"seized power", "Army officers seized power in the capital on Thursday and dissolved parliament.", "COERCE", "ATTACK_GROUND"},
		{"staged a coup", "Mutinous soldiers staged a coup in Conakry on Sunday.", "COERCE", "ATTACK_GROUND"},
		{"seized power in a clause of time", "Civilians have been killed since the army seized power on Monday.", "COERCE", ""},
		{"seized a town", "The rebels seized the town of Kalemie on Sunday.", "ATTACK_GROUND", "COERCE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := find(tc.text)
			if tc.typ != "" && one(evs, tc.typ) == nil {
				t.Errorf("no %s event in %v", tc.typ, types(evs))
			}
			if tc.not != "" && one(evs, tc.not) != nil {
				t.Errorf("a %s event in %v", tc.not, types(evs))
			}
		})
	}
}

// TestHosts: a host receives talks and is no side of them (the hosts of a
// summit attend it); a time inside a relative aside dates the aside only.
func TestHosts(t *testing.T) {
	t.Run("hosted the negotiations", func(t *testing.T) {
		for _, e := range find("Norway and Chile, which have hosted the negotiations, urged the two delegations to return.") {
			if (e.Type == "MEET" || e.Type == "NEGOTIATE") && (oneOf("Norway", str(e.Actor)) || oneOf("Chile", str(e.Target))) {
				t.Errorf("%s %s -> %s: a host as a side", e.Type, str(e.Actor), str(e.Target))
			}
		}
	})
	t.Run("co-host a summit", func(t *testing.T) {
		e := one(find("Kenya and Ghana will co-host a summit attended by leaders from 20 countries."), "MEET")
		if e == nil || !oneOf("Kenya", str(e.Actor)) {
			t.Errorf("summit hosts: %v", e)
		}
	})
	t.Run("the main verb's time is not the aside's", func(t *testing.T) {
		s := "Oman, which has mediated between the two sides, will host a new round of talks later this month."
		for _, e := range annotated(s, nil, map[string]string{"later this month": "2026-04"}) {
			if e.Type == "NEGOTIATE" && oneOf("Oman", str(e.Actor)) && e.Time != nil {
				t.Errorf("the mediating dated %s", *e.Time)
			}
		}
	})
	t.Run("a where clause after a fronted place", func(t *testing.T) {
		for _, s := range []string{
			"In Niger, where soldiers toppled the president in July, ECOWAS imposed sanctions on the junta.",
			"Across northern Mali, where the army retook Kidal in November, the rebels launched new attacks.",
		} {
			ev := annotated(s, nil, map[string]string{"July": "2023-07", "November": "2023-11"})
			for _, e := range ev {
				main := e.Type == "SANCTION" || e.Actor != nil && *e.Actor == "rebels"
				if main && e.Time != nil {
					t.Errorf("%q: %s dated %s by the where clause", s, e.Type, *e.Time)
				}
				if !main && e.Time == nil {
					t.Errorf("%q: %s in the where clause lost its time", s, e.Type)
				}
			}
		}
	})
	t.Run("a place then a main clause with its own time", func(t *testing.T) {
		s := "In Niger, ECOWAS imposed sanctions on the junta in July."
		if e := one(annotated(s, nil, map[string]string{"July": "2023-07"}), "SANCTION"); e == nil || e.Time == nil {
			t.Errorf("SANCTION %v, want one dated July", e)
		}
	})
	t.Run("a start is not the agreeing", func(t *testing.T) {
		for _, s := range []string{"The army and the rebels agreed to a ceasefire effective from Monday.", "The two militias agreed to a truce starting on Monday."} {
			e := one(annotated(s, nil, map[string]string{"Monday": "2026-05-04"}), "AGREE")
			if e == nil || e.Time != nil {
				t.Errorf("%q: AGREE %v, want one with no time", s, e)
			}
		}
	})
	t.Run("the time of a step agreed after the meeting", func(t *testing.T) {
		s := "On Tuesday, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Abu Dhabi and agreed to resume talks next month."
		ev := annotated(s, nil, map[string]string{"Tuesday": "2026-09-15", "next month": "2026-10"})
		if e := one(ev, "MEET"); e == nil || e.Time == nil || *e.Time != "2026-09-15" {
			t.Errorf("MEET %v, want one on 2026-09-15", e)
		}
	})
	t.Run("a deal agreed by its sides, told in a participle", func(t *testing.T) {
		s := "Aid convoys will enter the town under a truce agreed by the army and the rebels on Tuesday."
		ev := annotated(s, nil, map[string]string{"Tuesday": "2026-03-03"})
		if e := one(ev, "AGREE"); e == nil || e.Modality != "asserted" || e.Time == nil {
			t.Errorf("AGREE %v, want one asserted on Tuesday", e)
		}
		if e := one(ev, "AID"); e == nil || e.Time != nil {
			t.Errorf("AID %v, want one with no time", e)
		}
	})
	t.Run("a participle aside", func(t *testing.T) {
		s := "The truce, agreed in Nairobi under Kenyan mediation, had taken effect on February 4."
		e := one(annotated(s, nil, map[string]string{"February 4": "2026-02-04"}), "AGREE")
		if e == nil || e.Time != nil {
			t.Errorf("AGREE %v, want one with no time", e)
		}
	})
	t.Run("a restrictive relative clause", func(t *testing.T) {
		s := "The junta later freed three ministers who were arrested in the capital on Wednesday."
		ev := annotated(s, nil, map[string]string{"Wednesday": "2026-09-09"})
		if e := one(ev, "RELEASE_PERSONS"); e == nil || e.Time != nil {
			t.Errorf("RELEASE_PERSONS %v, want one with no time", e)
		}
		if e := one(ev, "ABDUCT"); e == nil || str(e.Time) != "2026-09-09" {
			t.Errorf("ABDUCT %v, want it dated Wednesday", e)
		}
	})
	t.Run("a clause of since", func(t *testing.T) {
		s := "More than 1,500 civilians have been killed by security forces since the army seized power in February."
		ev := annotated(s, nil, map[string]string{"February": "2026-02"})
		if e := one(ev, "KILL"); e == nil || e.Time != nil {
			t.Errorf("KILL %v, want one with no time", e)
		}
		if e := one(ev, "COERCE"); e == nil || str(e.Time) != "2026-02" {
			t.Errorf("COERCE %v, want it dated February", e)
		}
	})
	t.Run("a time in the possessive", func(t *testing.T) {
		s := "The opposition leader rejected the results of this month's election and called for a strike."
		if e := one(annotated(s, nil, map[string]string{"this month": "2026-10"}), "DEMAND"); e == nil || e.Time != nil {
			t.Errorf("DEMAND %v, want one with no time", e)
		}
		s = "Trump had tough words for Israel in the first hours of last week's ceasefire, when he pressed Israel to scale back its response."
		if e := one(annotated(s, nil, map[string]string{"last week": "2026-W40"}), "DEMAND"); e == nil || str(e.Time) != "2026-W40" {
			t.Errorf("DEMAND %v, want it dated last week by its clause of time", e)
		}
		s = "Israel said Friday's attack on its troops was planned in Gaza."
		if e := one(annotated(s, nil, map[string]string{"Friday": "2026-10-09"}), "ATTACK_GROUND"); e == nil || str(e.Time) != "2026-10-09" {
			t.Errorf("ATTACK_GROUND %v, want it dated Friday", e)
		}
	})
	t.Run("a year naming an agreement", func(t *testing.T) {
		s := "Algeria offered to revive a 2015 peace agreement between the government and the rebels."
		e := one(annotated(s, nil, map[string]string{"2015": "2015"}), "PROPOSE")
		if e == nil || e.Time != nil {
			t.Errorf("PROPOSE %v, want one with no time", e)
		}
	})
	t.Run("a date naming the act", func(t *testing.T) {
		s := "Two members of the group took part in the October 7 Hamas-led attack on Israel."
		e := one(annotated(s, nil, map[string]string{"October 7": "2023-10-07"}), "ATTACK_GROUND")
		if e == nil || str(e.Time) != "2023-10-07" {
			t.Errorf("ATTACK_GROUND %v, want it dated 2023-10-07", e)
		}
	})
	t.Run("a dateline's date", func(t *testing.T) {
		s := "BAMAKO, March 3 (Reuters) - The junta ordered the ambassador to leave the country within 72 hours on Monday."
		e := one(annotated(s, nil, map[string]string{"March 3": "2029-03-03", "Monday": "2029-02-26"}), "DEMAND")
		if e == nil || str(e.Time) != "2029-02-26" {
			t.Errorf("DEMAND %v, want it dated Monday", e)
		}
	})
	t.Run("a time past a saying", func(t *testing.T) {
		s := "Dodik rejected the threat and said parliament would vote on the law next month."
		e := one(annotated(s, nil, map[string]string{"next month": "2031-04"}), "REJECT")
		if e == nil || e.Time != nil {
			t.Errorf("REJECT %v, want one with no time", e)
		}
	})
	t.Run("a time of a pronoun's clause", func(t *testing.T) {
		s := "The rebels released the 19 crew members of a cargo ship they seized in the Red Sea last year."
		e := one(annotated(s, nil, map[string]string{"last year": "2030"}), "RELEASE_PERSONS")
		if e == nil || e.Time != nil {
			t.Errorf("RELEASE_PERSONS %v, want one with no time", e)
		}
	})
	t.Run("a host is no guessed side", func(t *testing.T) {
		s := "Israel and Hamas began the second phase on Sunday. Egypt will host talks on the third phase in Cairo later this month."
		for _, e := range find(s) {
			if e.Type == "NEGOTIATE" && (oneOf("Egypt", str(e.Actor)) || oneOf("Egypt", str(e.Target))) {
				t.Errorf("NEGOTIATE %s -> %s: the host as a side", str(e.Actor), str(e.Target))
			}
		}
	})
	t.Run("aside time", func(t *testing.T) {
		s := "Oman, which hosted direct talks between the two sides last year, called for restraint."
		e := one(annotated(s, nil, map[string]string{"last year": "2026"}), "DEMAND")
		if e == nil || e.Time != nil {
			t.Errorf("DEMAND %v, want one with no time", e)
		}
	})
}

// TestRenamedActs: a doerless noun after an act of its kind names that act
// again ("a demand Kigali has dismissed", "in the heaviest attack since");
// talks suspended or postponed are no talks.
func TestRenamedActs(t *testing.T) {
	tests := []struct {
		name, text, typ string
		n               int
	}{
		{"a demand renamed", "Kinshasa has demanded that Kigali withdraw its troops, a demand Kigali has dismissed.", "DEMAND", 1},
		{"an attack renamed", "Jets struck targets in the south on Friday, in the heaviest attack since the truce began.", "ATTACK_GROUND", 0},
		{"talks suspended", "The government suspended peace talks with the rebels on Sunday.", "NEGOTIATE", 0},
		{"talks postponed", "Officials postponed talks with the rebels until March.", "NEGOTIATE", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := 0
			for _, e := range find(tc.text) {
				if e.Type == tc.typ {
					n++
				}
			}
			if n != tc.n {
				t.Errorf("%d %s events, want %d", n, tc.typ, tc.n)
			}
		})
	}
}

// TestPossessiveMention: a name the entity stage found keeps its entity
// when the text adds a possessive ending to its last word.
func TestPossessiveMention(t *testing.T) {
	for _, s := range []string{
		"Russia denounced the European Union's new sanctions on Wednesday.",
		"Russia denounced the European Union’s new sanctions on Wednesday.",
	} {
		a := &article.Article{Text: s}
		a.Entities = append(a.Entities, entityIn(s, "e1", article.Organization, "European Union"))
		e := one(Find(text.Parse(s), a), "ACCUSE")
		if e == nil || deref(e.Target) != "European Union" || e.TargetEntity == nil {
			t.Errorf("%q: ACCUSE %v, want the European Union (e1) as its target", s, e)
		}
	}
}
