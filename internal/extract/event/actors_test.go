package event

import (
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/text"
)

// analysed is the body sentences of s with entities marked by hand.
func analysed(s string, ents map[string]string) []*Sent {
	d := text.Parse(s)
	a := &article.Article{Text: s}
	for n, typ := range ents {
		a.Entities = append(a.Entities, entityIn(s, n, typ, n))
	}
	var sents []*Sent
	for i := range d.Sentences {
		if Body(d, i) {
			sents = append(sents, Analyse(d, a, i))
		}
	}
	ResolveGovernments(sents)
	return sents
}

// TestMainActorsLeaveOutGoBetweens: a broker named anywhere, the others of
// its list and its acronym in parentheses are none of the story's sides;
// a name and its acronym are one mention.
func TestMainActorsLeaveOutGoBetweens(t *testing.T) {
	tests := []struct {
		name, text string
		orgs       []string
		want, not  []string
	}{
		{"a broker named again later",
			"Colombia and the ELN resumed talks hosted by Cuba, mediated by Norway. Norway said the ELN would free hostages. Colombia said Norway had done well.",
			nil, []string{"Colombia"}, []string{"Norway"}},
		{"the second of a list of mediators",
			"Talks between Ethiopia and the TPLF were mediated by Kenya and the African Union. The African Union said the TPLF and Ethiopia agreed.",
			[]string{"African Union"}, []string{"Ethiopia", "TPLF"}, []string{"African Union", "Kenya"}},
		{"brokers behind a noun",
			"Somalia and Somaliland held talks mediated by envoys from Djibouti and Kenya. Djibouti said Somaliland and Somalia would meet again. Kenya and Djibouti welcomed it.",
			[]string{"Somaliland"}, []string{"Somalia", "Somaliland"}, []string{"Djibouti", "Kenya"}},
		{"an acronym in parentheses",
			"The deal was facilitated by the International Committee of the Red Cross (ICRC). Sudan and the RSF signed it.",
			[]string{"International Committee of the Red Cross"}, nil, []string{"International Committee of the Red Cross"}},
		{"who hears is no side",
			"Residents told Reuters the RSF had taken the base. Sudan said the RSF lied, and an official told Reuters so.",
			[]string{"Reuters"}, []string{"RSF"}, []string{"Reuters"}},
		{"a long dateline",
			"JEDDAH, Saudi Arabia, Oct 29 (Reuters) - Sudan's army and the RSF resumed talks. Sudan said the RSF had attacked.",
			[]string{"Reuters"}, []string{"RSF", "Sudan"}, []string{"Reuters"}},
		{"a name and its acronym are one mention",
			"Fighters of the Allied Democratic Forces (ADF) attacked a village in Congo. Congo said troops repelled them.",
			[]string{"Allied Democratic Forces"}, []string{"Congo"}, []string{"Allied Democratic Forces", "ADF"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents := map[string]string{}
			for _, o := range tc.orgs {
				ents[o] = article.Organization
			}
			got := MainActors(analysed(tc.text, ents))
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("sides %v miss %q", got, w)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("sides %v hold %q", got, n)
				}
			}
		})
	}
}

// TestGovernmentSide: "the government" is the state whose government the
// story names, when it names one.
func TestGovernmentSide(t *testing.T) {
	tests := []struct{ name, text, typ, actor string }{
		{"one government named", "Sudan's army-backed government and the RSF agreed to a swap. The government side freed 40 fighters.", "RELEASE_PERSONS", "Sudan"},
		{"government troops", "Mali's military government blamed the rebels. Government troops attacked the town on Sunday.", "ATTACK_GROUND", "Mali"},
		{"the junta", "Myanmar's military seized power in 2021. The junta attacked the town on Friday.", "ATTACK_GROUND", "Myanmar"},
		{"two governments name neither", "Chad's government and Sudan's government met in Abeche. The government freed 40 fighters.", "RELEASE_PERSONS", "government"},
		{"no government named", "Rebels and the government agreed to a swap. The government freed 40 fighters.", "RELEASE_PERSONS", "government"},
		{"a foreign state's instructors name no government", "Russian military instructors arrived on Friday. The government freed 40 fighters.", "RELEASE_PERSONS", "government"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := find(tc.text)
			var got *article.Event
			for i := range evs {
				if evs[i].Type == tc.typ && evs[i].Evidence.Start > 0 {
					got = &evs[i]
				}
			}
			if got == nil {
				t.Fatalf("no %s event (got %v)", tc.typ, types(evs))
			}
			if str(got.Actor) != tc.actor {
				t.Errorf("actor = %q, want %q", str(got.Actor), tc.actor)
			}
		})
	}
}

// TestMediatorsAreNoNegotiators: a go-between's by-phrase gives no actor,
// and "negotiations mediated by X" is one act, not X's second one.
func TestMediatorsAreNoNegotiators(t *testing.T) {
	tests := []struct{ name, text, typ, not string }{
		{"talks mediated by", "Talks mediated by Qatar and Egypt resumed in Doha on Sunday.", "NEGOTIATE", "Qatar"},
		{"negotiations brokered by", "The accord followed weeks of negotiations in Oslo brokered by Norway.", "NEGOTIATE", "Norway"},
		{"a clause after the noun", "Fighting spread after a truce brokered by Turkey collapsed.", "ATTACK_GROUND", "Turkey"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, e := range find(tc.text) {
				if oneOf(tc.not, str(e.Actor)) || oneOf(tc.not, str(e.Target)) {
					t.Errorf("%s %s -> %s holds the go-between %q", e.Type, str(e.Actor), str(e.Target), tc.not)
				}
			}
		})
	}
}

// TestLullsAppositionsAndGuesses: a lull is no attack; a noun set after a
// comma renames a thing and takes neither the clause's subject nor its
// negation; an act with no named doer gets the story's sides only when
// the sentence ties it to them.
func TestLullsAppositionsAndGuesses(t *testing.T) {
	const war = "Armenia and Azerbaijan traded fire on Monday. Armenia said Azerbaijan shelled three villages. Azerbaijan accused Armenia of provocations. "
	tests := []struct {
		name, text, typ string
		evidence        string // the sentence the event is told in
		actor, modality string // "-" when no such event may be found
	}{
		{"fighting subsided", war + "Fighting has largely subsided since then.", "ATTACK_GROUND", "Fighting has", "-", ""},
		{"shelling eased", war + "The shelling eased overnight, residents said.", "ATTACK_GROUND", "The shelling", "-", ""},
		{"no side named: no guess", war + "Heavy fighting erupted again on Tuesday near the border.", "ATTACK_GROUND", "Heavy fighting", "<nil>", "asserted"},
		{"a side named in an aside does not", war + "Heavy fighting erupted again on Tuesday near Lachin, where Azerbaijani soldiers killed two shepherds.", "ATTACK_GROUND", "Heavy fighting", "<nil>", "asserted"},
		{"a side named ties it", war + "Heavy fighting erupted again on Tuesday as Azerbaijan moved troops.", "ATTACK_GROUND", "Heavy fighting", "Azerbaijan", "asserted"},
		{"the fighting told before", war + "The clashes were the worst since 2020.", "ATTACK_GROUND", "The clashes", "Armenia", "asserted"},
		{"an apposed demand", war + "Armenia did not agree to open the corridor, a key demand of Azerbaijan.", "DEMAND", "Armenia did", "Azerbaijan", "asserted"},
		{"one of a side's demands", war + "Armenia said it would not open the corridor, one of Azerbaijan's main demands.", "DEMAND", "Armenia said", "Azerbaijan", "reported"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got *article.Event
			for _, e := range find(tc.text) {
				if e.Type == tc.typ && len(tc.text[e.Evidence.Start:]) >= len(tc.evidence) && tc.text[e.Evidence.Start:e.Evidence.Start+len(tc.evidence)] == tc.evidence {
					got = &e
				}
			}
			if tc.actor == "-" {
				if got != nil {
					t.Fatalf("a %s event %s -> %s in a lull", tc.typ, str(got.Actor), str(got.Target))
				}
				return
			}
			if got == nil {
				t.Fatalf("no %s event", tc.typ)
			}
			if str(got.Actor) != tc.actor || got.Modality != tc.modality {
				t.Errorf("%s %s: actor %q, %s; want %q, %s", got.Type, str(got.Target), str(got.Actor), got.Modality, tc.actor, tc.modality)
			}
		})
	}
}

// TestWhoActs: a backer named in a modifier is not the actor; an act
// with no doer is between the two sides named together last, not the
// story's most named state.
func TestWhoActs(t *testing.T) {
	tests := []struct{ name, text, typ, actor, target string }{
		{"a backer is not the actor", "The Iran-aligned Houthi movement attacked a cargo ship on Monday.", "ATTACK_GROUND", "Houthi", ""},
		{"a leader is", "A U.S.-led coalition attacked the port on Monday.", "ATTACK_GROUND", "United States", ""},
		{"a demand that X do", "Kosovo demanded that Serbia withdraw troops from the boundary.", "DEMAND", "Kosovo", "Serbia"},
		{"past a relative clause", "Eritrean troops, who fought alongside Ethiopian federal forces, attacked the town of Adwa.", "ATTACK_GROUND", "Eritrea", ""},
		{"past a long relative clause", "China, which brokered a truce between the military and three rebel groups in January, called for restraint.", "DEMAND", "China", ""},
		{"talks hosted by a host", "Ethiopia and the TPLF held talks hosted by Kenya in Nairobi.", "NEGOTIATE", "Ethiopia", "TPLF"},
		{"leaders of a group", "Ethiopian officials met leaders of the TPLF in Nairobi on Thursday.", "MEET", "Ethiopia", "TPLF"},
		{"they after a pair of sayers", "Israel and Hezbollah traded fire. Both sides have said they remain committed to the truce.", "AGREE", "Israel; Hezbollah", ""},
		{"a demonym describing a name", "Halvorsen Foods said it had agreed with Norwegian rival Fjord Dairy on Tuesday.", "AGREE", "Halvorsen Foods", "<nil>"},
		{"the pair named last",
			"Colombia and the ELN agreed on Friday to free 40 captives. Venezuela welcomed the deal, and the ELN thanked Venezuela. The talks were held in Havana, Venezuela said.",
			"NEGOTIATE", "Colombia", "ELN"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := one(find(tc.text), tc.typ)
			if e == nil {
				t.Fatalf("no %s event (got %v)", tc.typ, types(find(tc.text)))
			}
			if str(e.Actor) != tc.actor || tc.target != "" && str(e.Target) != tc.target {
				t.Errorf("%s -> %s, want %s -> %s", str(e.Actor), str(e.Target), tc.actor, tc.target)
			}
		})
	}
}

// TestPairObjects: "pressed both sides" is done to the two that agreed,
// talked or faced each other last; with none told, no guess.
func TestPairObjects(t *testing.T) {
	tests := []struct{ name, text, target string }{
		{"the sides that agreed", "Chad and the FACT rebels agreed on Monday to free 90 captives. Niger urged both sides to keep the truce.", "Chad; FACT"},
		{"the sides that accused", "Chad accused the FACT rebels of raids. FACT denied it, and Chad said FACT lied. Niger urged both sides to keep the peace.", "Chad; FACT"},
		{"a blame by one who is no side", "Chad and Sudan traded fire. The Union's envoy said, blaming Chad for the raids. Niger urged both sides to keep the peace.", "<nil>"},
		{"none told", "Chad said the FACT rebels were weak. Niger urged both sides to keep the peace.", "<nil>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := one(find(tc.text), "DEMAND")
			if e == nil {
				t.Fatalf("no DEMAND (got %v)", types(find(tc.text)))
			}
			if str(e.Target) != tc.target {
				t.Errorf("target = %q, want %q", str(e.Target), tc.target)
			}
		})
	}
}

// TestSubjects: a dateline's city does nothing; a subject renamed between
// commas is the one before them; "an al Qaeda-linked group" is not al
// Qaeda; "fighting between X and Y has eased" is a lull, not an easing.
func TestSubjects(t *testing.T) {
	tests := []struct{ name, text, typ, actor string }{
		{"a dateline city", "BAMAKO, Nov 2 (AFP) - An armed group freed two aid workers on Friday.", "RELEASE_PERSONS", "armed group"},
		{"past an apposition", "JNIM, the Sahel branch of al Qaeda, kidnapped two engineers near Gao.", "ABDUCT", "JNIM"},
		{"an affiliation", "An Islamic State-affiliated cell kidnapped two engineers near Gao.", "ABDUCT", "<nil>"},
		{"a lull past the sides", "Fighting between the army and the jihadists has eased in recent weeks.", "ATTACK_GROUND", "-"},
		{"no easing of a policy", "Fighting between the army and the jihadists has eased in recent weeks.", "CONCEDE", "-"},
		{"captured in a raid", "The soldiers, captured in a raid in 1996, were handed to the Red Cross on Wednesday.", "ATTACK_GROUND", "-"},
		{"wounded in clashes", "Two soldiers were wounded in clashes near the border on Monday.", "ATTACK_GROUND", "<nil>"},
		{"a backer before a group", "The Iran-backed group has launched dozens of attacks on shipping since November.", "ATTACK_GROUND", "<nil>"},
		{"agreed as an adjective", "The army will not withdraw until the rebels assembled at agreed points.", "AGREE", "-"},
		{"an easing still is one", "Israel eased restrictions on fishing off Gaza on Monday.", "CONCEDE", "Israel"},
		{"a pronoun after a verb of saying", "MOGADISHU (Reuters) - Al-Shabaab said on Tuesday it carried out a bombing at an army base.", "ATTACK_AIR", "Al-Shabaab"},
		// halting a fight punishes no one
		{"halting an offensive", "The junta agreed on Sunday to halt its offensive in the north.", "SANCTION", "-"},
		{"suspending air strikes", "The coalition will suspend air strikes for three days, a spokesman said.", "SANCTION", "-"},
		{"suspending kidnappings", "The rebels will suspend kidnappings for ransom while the truce holds.", "SANCTION", "-"},
		{"suspending attacks", "The ELN will suspend attacks on police stations.", "SANCTION", "-"},
		{"a bloc acts", "The bloc imposed sanctions on Niger after the coup.", "SANCTION", "bloc"},
		{"a package of sanctions", "The EU is expected to adopt a new package of sanctions against Russia next week.", "SANCTION", "European Union"},
		{"punitive measures", "The EU imposed punitive measures on Kosovo last year.", "SANCTION", "European Union"},
		{"halting support still is a sanction", "Germany halted budget support to the government in March.", "SANCTION", "Germany"},
		// "struck" is an attack only on an actor or a military target
		{"two states struck targets", "France and Britain, which had warned the rebels for weeks, struck dozens of targets near the port on Friday.", "ATTACK_AIR", "France; United Kingdom"},
		{"struck a group", "Jordan struck Islamic State hideouts in the desert overnight.", "ATTACK_AIR", "Jordan"},
		{"struck a facility", "Russia struck an energy facility near Lviv overnight.", "ATTACK_AIR", "Russia"},
		{"an earthquake struck", "A powerful earthquake struck the coast on Monday, killing dozens.", "ATTACK_AIR", "-"},
		{"struck a deal", "Ghana and Togo struck a deal on border patrols on Monday.", "ATTACK_AIR", "-"},
		// an adjective opening the sentence is no name: the noun acts
		{"an adjective opens the sentence", "Unidentified gunmen abducted a priest near Kaduna on Sunday.", "ABDUCT", "gunmen"},
		{"an adjective of region", "Regional leaders agreed on Sunday to deploy a standby force.", "AGREE", "leaders"},
		{"and the noun of a later act", "Suspected separatists wounded two soldiers in an ambush on Friday.", "ATTACK_GROUND", "separatists"},
		{"a rebel group", "The rebel group captured two border towns on Saturday.", "ATTACK_GROUND", "rebel group"},
		// "the group" points back to the group named last
		{"the group named last", "Al-Shabaab fighters stormed a base near Baidoa on Monday. Two days later the group kidnapped two engineers.", "ABDUCT", "Al-Shabaab"},
		{"the militant group named last", "Hamas fighters crossed the fence on Friday. The militant group later abducted three farmers.", "ABDUCT", "Hamas"},
		{"the rebels after a church", "The Catholic Church offered to mediate. The rebels captured two border posts in January.", "ATTACK_GROUND", "rebels"},
		{"a bare both", "Chad and Niger met in Lome on Monday. The envoy said both had committed to a truce.", "AGREE", "Chad; Niger"},
		{"an adjective past a dateline", "CAIRO, Oct 14 (AP) - Indirect talks between Israel and Hamas stalled on Monday.", "NEGOTIATE", "Israel"},
		{"the two ministers", "Chad and Niger met in Lome on Monday. The two ministers signed a memorandum on border patrols.", "AGREE", "Chad; Niger"},
		{"a long dateline", "KINGSTOWN, St Vincent, March 16, 2032 (AP) - Guyana and Venezuela pledged on Thursday not to use force.", "AGREE", "Guyana"},
		{"'as' naming a role", "Lula, who attended the meeting as an observer, offered to host the next round.", "PROPOSE", "Lula"},
		{"the group named earlier in the sentence", "Israel and Hamas began the second phase on Sunday, with the militant group set to release 30 hostages.", "RELEASE_PERSONS", "Hamas"},
		{"a state that has lasted", "Kenya and Somalia agreed on Tuesday to reopen the border crossing, closed since 2011, after talks in Nairobi.", "COERCE", "-"},
		{"a bare group with none named", "The group will release 10 hostages on Sunday.", "RELEASE_PERSONS", "<nil>"},
		{"a state is no group", "Israel struck the port on Monday. The group abducted two fishermen on Tuesday.", "ABDUCT", "<nil>"},
		// a patron named after "loyal to" is not who acts
		{"loyal to a patron", "Fighters loyal to the former president attacked a police station on Sunday.", "ATTACK_GROUND", "Fighters"},
		{"allied with the army", "Gunmen allied with the army stormed the opposition offices.", "ATTACK_GROUND", "Gunmen"},
		{"a relative clause with a time in it", "The SPLA, which has fought the government since 2013, freed 20 prisoners on Monday.", "RELEASE_PERSONS", "SPLA"},
		// "its fighters" are their owner's
		{"a noun with its owner", "Al-Shabaab said its fighters had overrun an army base near Baidoa.", "ATTACK_GROUND", "Al-Shabaab"},
		{"an owned name is no owner", "The militia said on its Telegram channel that its fighters stormed a base.", "ATTACK_GROUND", "fighters"},
		// what was ended or lifted did not happen then
		{"a blockade lifted", "The navy lifted a month-long blockade of the port on Friday.", "COERCE", "-"},
		{"mediation ended", "Kenyan envoys ended mediation efforts between the two factions on Monday.", "NEGOTIATE", "-"},
		{"a source before a comma is no list", "According to the police, gunmen abducted four engineers near Warri.", "ABDUCT", "gunmen"},
		{"a couple freed", "Kidnappers freed an Australian couple in Burkina Faso on Saturday.", "RELEASE_PERSONS", "Kidnappers"},
		// a participle on the object of a preposition ("to Malians expelled
		// from Algeria") is no verb of the clause: no act, no subject after "but"
		{"the verb after but", "Niger reopened its border on Monday to most Malians expelled from Algeria, but was still refusing entry to soldiers.", "REJECT", "Niger"},
		{"no order by the described", "Turkey reopened its ports on Friday to Russian crews ordered out of Odessa.", "DEMAND", "-"},
		{"a participle of the subject", "EU defence ministers meeting in Luxembourg agreed to send a training mission to Mali.", "AGREE", "European Union"},
		{"an order still is one", "The court ordered the release of two journalists on Friday.", "DEMAND", "court"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			wantActor(t, find(tc.text), tc.typ, tc.actor)
		})
	}
}

// TestStateWithArticle: a state the entity stage named with its article
// ("The United States") is the state acting, not a place in it.
func TestStateWithArticle(t *testing.T) {
	text := "The United States, which imposed sanctions on a Sudanese general in May, welcomed the talks and urged the army to stop."
	e := one(findAt(text, "The United States"), "DEMAND")
	if e == nil {
		t.Fatalf("no DEMAND (got %v)", types(findAt(text, "The United States")))
	}
	if str(e.Actor) != "United States" {
		t.Errorf("actor = %q, want United States", str(e.Actor))
	}
}

// findNamed is find with place entities whose mentions the entity stage
// resolved to other names ("PRC" is China): pairs of mention and name.
func findNamed(s string, pairs ...string) []article.Event {
	a := &article.Article{Text: s}
	for i := 0; i+1 < len(pairs); i += 2 {
		e := article.Entity{ID: "e" + strconv.Itoa(i/2+1), Type: article.Place, Name: pairs[i+1]}
		for off := 0; ; {
			k := strings.Index(s[off:], pairs[i])
			if k < 0 {
				break
			}
			e.Mentions = append(e.Mentions, article.Span{Start: off + k, End: off + k + len(pairs[i])})
			off += k + len(pairs[i])
		}
		a.Entities = append(a.Entities, e)
	}
	return Find(text.Parse(s), a)
}

// TestWeakSpots: doers the rules used to miss.
func TestWeakSpots(t *testing.T) {
	tests := []struct {
		name, text, typ, actor string
		ents                   []string
	}{
		{"a state's short form", "The DPRK on Monday demanded that Seoul halt its drills near the border.", "DEMAND", "North Korea", []string{"DPRK", "North Korea", "Seoul", "Seoul"}},
		{"a state's initials", "The PRC rejected the proposal for new talks on the islands.", "REJECT", "China", []string{"PRC", "China"}},
		{"a city is no state", "Springfield on Monday demanded that the contractor finish the bridge.", "DEMAND", "<nil>", []string{"Springfield", "Springfield"}},
		{"a participle continues a passive act", "A village near the lake was attacked by gunmen on motorbikes, killing at least 40 people, local officials said.", "KILL", "gunmen", nil},
		{"a participle keeps its own doer", "Rebels stormed the town on Sunday, killing 12 soldiers.", "KILL", "Rebels", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := findNamed(tc.text, tc.ents...)
			wantActor(t, evs, tc.typ, tc.actor)
		})
	}
}

// TestPlacesAsTargets: a place is the target of an act only through the
// people there; a thing attacked in it leaves no target.
func TestPlacesAsTargets(t *testing.T) {
	tests := []struct{ name, text, place, typ, target string }{
		{"a ship in a sea", "Rebel fighters attacked a tanker in the Gulf of Aden on Sunday.", "Gulf of Aden", "ATTACK_GROUND", "<nil>"},
		{"a checkpoint in a province", "Gunmen attacked a checkpoint in Tillaberi on Monday.", "Tillaberi", "ATTACK_GROUND", "<nil>"},
		{"people there", "Gunmen abducted 30 villagers in Katsina on Tuesday.", "Katsina", "ABDUCT", "Katsina"},
		{"a number there", "The raid killed 14 in Katsina, officials said.", "Katsina", "KILL", "Katsina"},
		{"a demonym's thing", "Hamas said its fighters attacked an Israeli tank in Gaza City.", "Gaza City", "ATTACK_GROUND", "<nil>"},
		{"weapons are the means", "The militia fired drones at an airport in Port Sudan on Sunday.", "Port Sudan", "ATTACK_GROUND", "<nil>"},
		{"no object, no target", "Soldiers and militiamen clashed in Beni on Tuesday.", "Beni", "ATTACK_GROUND", "<nil>"},
		{"at least a number there", "Gunmen killed at least 14 in Katsina on Friday.", "Katsina", "KILL", "Katsina"},
		{"a thing in a capital", "Gunmen stormed a hotel in Mogadishu on Friday.", "Mogadishu", "ATTACK_GROUND", "<nil>"},
		{"people in a capital", "Gunmen killed 12 people in Mogadishu on Friday.", "Mogadishu", "KILL", "Somalia"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			evs := findAt(tc.text, tc.place)
			e := one(evs, tc.typ)
			if e == nil {
				t.Fatalf("no %s (got %v)", tc.typ, types(evs))
			}
			if str(e.Target) != tc.target {
				t.Errorf("target = %q, want %q", str(e.Target), tc.target)
			}
			if str(e.Place) != tc.place {
				t.Errorf("place = %q, want %q", str(e.Place), tc.place)
			}
		})
	}
}

// wantActor checks the actor of the event of type typ in evs; actor "-"
// wants no such event, "<nil>" one with no actor.
func wantActor(t *testing.T, evs []article.Event, typ, actor string) {
	t.Helper()
	e := one(evs, typ)
	if actor == "-" {
		if e != nil {
			t.Fatalf("a %s event by %s", typ, str(e.Actor))
		}
		return
	}
	if e == nil {
		t.Fatalf("no %s (got %v)", typ, types(evs))
	}
	if str(e.Actor) != actor {
		t.Errorf("actor = %q, want %q", str(e.Actor), actor)
	}
}

// TestVictimsAreNoDoers: those who suffered an act named by its means are
// not the doers of the means.
func TestVictimsAreNoDoers(t *testing.T) {
	tests := []struct{ name, text, not string }{
		{"killed by a bomb", "Three policemen were killed by a roadside bomb in Helmand on Monday.", "policemen"},
		{"wounded by a drone strike", "Five militants were wounded by a drone strike near the border.", "militants"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, e := range find(tc.text) {
				if oneOf(tc.not, str(e.Actor)) {
					t.Errorf("%s by %s", e.Type, str(e.Actor))
				}
			}
		})
	}
}

// TestSortingWords: an actor word before an event noun ("military talks")
// sorts the act and is no partner.
func TestSortingWords(t *testing.T) {
	for _, text := range []string{
		"Seoul and Tokyo agreed on Monday to resume military talks.",
		"Seoul and Tokyo agreed on Monday to hold security talks.",
	} {
		t.Run(text, func(t *testing.T) {
			e := one(find(text), "AGREE")
			if e == nil {
				t.Fatalf("no AGREE (got %v)", types(find(text)))
			}
			if str(e.Actor) != "South Korea" || str(e.Target) != "Japan" {
				t.Errorf("AGREE %s -> %s, want South Korea -> Japan", str(e.Actor), str(e.Target))
			}
		})
	}
}

// TestObjects: every side of a coordinated object is a target, and whom
// an attack is fired at; an owner tied to a thing by "-owned" is none.
func TestObjects(t *testing.T) {
	tests := []struct{ text, typ, target string }{
		{"Paris urged Rwanda and Burundi to resume talks on the border.", "DEMAND", "Rwanda; Burundi"},
		{"Iran accused Israel and the United States of planning the attack.", "ACCUSE", "Israel; United States"},
		{"Pirates seized a Greek-owned tanker on Sunday.", "ATTACK_GROUND", "<nil>"},
		{"Soldiers fired live rounds at protesters in the capital.", "ATTACK_GROUND", "protesters"},
		{"Militants fired mortars at the Somali army near Baidoa.", "ATTACK_GROUND", "Somalia"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			e := one(find(tc.text), tc.typ)
			if e == nil {
				t.Fatalf("no %s (got %v)", tc.typ, types(find(tc.text)))
			}
			if str(e.Target) != tc.target {
				t.Errorf("target = %q, want %q", str(e.Target), tc.target)
			}
		})
	}
}

// TestPairOfOrigins: "officials from X and Y" tells where people come
// from; "both sides" after it are still the two that fought or agreed.
func TestPairOfOrigins(t *testing.T) {
	text := "Chad and the FACT rebels agreed on Monday to a truce. Officials from France and Qatar also attended. Both sides will meet again on Friday."
	e := one(find(text), "MEET")
	if e == nil {
		t.Fatalf("no MEET (got %v)", types(find(text)))
	}
	if str(e.Actor) != "Chad; FACT" {
		t.Errorf("actor = %q, want Chad; FACT", str(e.Actor))
	}
}

// TestBothSidesAreWhoAgreed: "the two countries" after an agreement are
// the two that agreed, not the story's two most named (a host or a
// power named twice in passing).
func TestBothSidesAreWhoAgreed(t *testing.T) {
	text := "Chad and Niger agreed on Monday to a truce after clashes along their border. French troops attacked a militia camp in Chad. France urged restraint, and France will send monitors. The leaders of the two countries will meet again on Friday."
	e := one(findAt(text, "Chad", "Niger", "France"), "MEET")
	if e == nil {
		t.Fatalf("no MEET (got %v)", types(findAt(text, "Chad", "Niger", "France")))
	}
	if str(e.Actor) != "Chad; Niger" {
		t.Errorf("actor = %q, want Chad; Niger", str(e.Actor))
	}
}

// TestBothSidesOfTheDeal: "both sides" beside a truce or a deal are the
// two that made it, not a pair that talked or fought since.
func TestBothSidesOfTheDeal(t *testing.T) {
	tests := []struct{ name, text, last, actor string }{
		{"talks between two others since", "Sudan's army and the Rapid Support Forces agreed on Monday to a seven-day truce. Egypt and Saudi Arabia, which brokered the deal, said talks between Egypt and Ethiopia on the Nile dam would resume. The truce expires on Friday unless both sides agree to extend it.",
			"The truce expires", "Sudan; Rapid Support Forces"},
		{"a clash between two others since", "Armenia and Azerbaijan agreed on Tuesday to a ceasefire along their border. Russia and Turkey said they would send observers. Moscow and Ankara have clashed over Syria in the past. The ceasefire will remain in force unless both sides agree otherwise.",
			"The ceasefire will", "Armenia; Azerbaijan"},
		{"no deal named: the two that talked last", "Armenia and Azerbaijan agreed on Tuesday to a ceasefire. Serbia and Kosovo held talks in Brussels on Wednesday. Both sides agreed to meet again.",
			"Both sides", "Serbia; Kosovo"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			at := strings.Index(tc.text, tc.last)
			var got *article.Event
			for _, e := range find(tc.text) {
				if e.Type == "AGREE" && e.Evidence.Start == at {
					got = &e
				}
			}
			if got == nil {
				t.Fatalf("no AGREE in %q (got %v)", tc.last, types(find(tc.text)))
			}
			if str(got.Actor) != tc.actor {
				t.Errorf("actor = %q, want %q", str(got.Actor), tc.actor)
			}
		})
	}
}

// TestCountedAgain: "freed three more", "released another 20" count the
// people named before, with no noun again; "three more statements" do not.
func TestCountedAgain(t *testing.T) {
	tests := []struct {
		text string
		n    int // RELEASE_PERSONS events
	}{
		{"Hamas freed four hostages on Saturday. The militant group freed three more on Sunday.", 2},
		{"The army released 12 detainees on Friday. It released another 20 on Monday.", 2},
		{"The army released 12 detainees on Friday. It released another 20 later in the day.", 2},
		{"The ministry released three more statements on Monday.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			n := 0
			for _, e := range find(tc.text) {
				if e.Type == "RELEASE_PERSONS" {
					n++
				}
			}
			if n != tc.n {
				t.Errorf("%d RELEASE_PERSONS events, want %d", n, tc.n)
			}
		})
	}
}

// TestGroupAsTarget: "against the group" is the group named last.
func TestGroupAsTarget(t *testing.T) {
	s := "Al-Shabaab fighters stormed a base near Baidoa on Monday. The United States carried out two airstrikes against the group."
	e := one(find(s), "ATTACK_AIR")
	if e == nil || str(e.Target) != "Al-Shabaab" {
		t.Errorf("ATTACK_AIR %v, want it aimed at Al-Shabaab", e)
	}
}

// TestKnownGroupWithState: a known group the entity stage names, though
// the lexicon ties it to a state, is the group "the group" points back to.
func TestKnownGroupWithState(t *testing.T) {
	s := "Yemen's Houthi rebels seized a ship last year. The group fired missiles at a tanker on Sunday."
	k := strings.Index(s, "Houthi rebels")
	a := &article.Article{Text: s, Entities: []article.Entity{{ID: "e1", Type: article.Organization, Name: "Houthis",
		Mentions: []article.Span{{Start: k, End: k + len("Houthi rebels")}}}}}
	e := one(Find(text.Parse(s), a), "ATTACK_AIR")
	if e == nil || str(e.Actor) != "Houthis" {
		t.Errorf("ATTACK_AIR %v, want the Houthis'", e)
	}
}

// TestFightersPointBack: "the rebels" is the armed group named last, and
// no other kind of organization.
func TestFightersPointBack(t *testing.T) {
	tests := []struct{ name, text, org, actor string }{
		{"an armed group", "A spokesman for the Karen National Liberation Army said talks had ended. The rebels captured two border posts in January.", "Karen National Liberation Army", "Karen National Liberation Army"},
		{"a church", "The Council of Churches offered to mediate. The rebels captured two border posts in January.", "Council of Churches", "rebels"},
		{"the accused", "A spokesman for the Karen National Liberation Army said talks had ended. The army accused the rebels of attacking two border posts in January.", "Karen National Liberation Army", "Karen National Liberation Army"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := one(withEntities(tc.text, map[string]string{tc.org: article.Organization}, nil), "ATTACK_GROUND")
			if e == nil || str(e.Actor) != tc.actor {
				t.Errorf("ATTACK_GROUND %v, want actor %q", e, tc.actor)
			}
		})
	}
}

// TestGroupFromEarlierSentence: "the militants" pointing back to a group
// named far into a longer sentence must not read that sentence's word
// positions in its own (it once indexed past the end).
func TestGroupFromEarlierSentence(t *testing.T) {
	s := "Government forces backed by allied troops and local militias recaptured the town of Bulo Burde from al-Shabaab on Tuesday. The militants withdrew overnight."
	e := one(withEntities(s, map[string]string{"al-Shabaab": article.Organization}, nil), "WITHDRAW")
	if e == nil || str(e.Actor) != "al-Shabaab" {
		t.Errorf("WITHDRAW %v, want al-Shabaab's", e)
	}
}

// TestStateForcesAreNoGroup: "the armed group" never points back to a
// state's army named by its full name.
func TestStateForcesAreNoGroup(t *testing.T) {
	for _, org := range []string{"Malian Armed Forces", "Armed Forces of Mali", "Rwanda Defence Force"} {
		t.Run(org, func(t *testing.T) {
			s := "The " + org + " said on Monday they had retaken the town of Ber. The armed group attacked a convoy near Gao on Tuesday."
			evs := withEntities(s, map[string]string{org: article.Organization}, nil)
			for _, e := range evs {
				if e.Evidence.Start > 0 && e.Type == "ATTACK_GROUND" && str(e.Actor) == org {
					t.Errorf("the armed group read as %s", org)
				}
			}
		})
	}
}

// TestStanceIsNoDoing: the subject of a verb that takes a stand on an act
// named by a noun did not do the act.
func TestStanceIsNoDoing(t *testing.T) {
	for _, tc := range []struct{ text, typ, not string }{
		{"The UN condemned the airstrikes on Gaza.", "ATTACK_AIR", "United Nations"},
		{"The Council condemned the attacks on civilians in Nasir.", "ATTACK_GROUND", "Council"},
		{"Russia rejected the proposal on Monday.", "PROPOSE", "Russia"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			for _, e := range find(tc.text) {
				if e.Type == tc.typ && str(e.Actor) == tc.not {
					t.Errorf("%s by %s", e.Type, tc.not)
				}
			}
		})
	}
}

// TestAccusedGoesOn: a participle after "accused X of A-ing" tells more of
// the act laid at X's door, not of the accuser's.
func TestAccusedGoesOn(t *testing.T) {
	e := one(find("Manila accused Chinese troops of ramming a supply boat on Monday, injuring a sailor."), "ATTACK_GROUND")
	if e == nil || str(e.Actor) != "China" {
		t.Errorf("ATTACK_GROUND %v, want it done by China", e)
	}
}

// TestParamilitaryPointsBack: "the paramilitary (group)" is the group
// named before, as subject, as the accused and as a reporter.
func TestParamilitaryPointsBack(t *testing.T) {
	for _, s := range []string{
		"The Rapid Support Forces agreed to the pause on Sunday. The army accused the paramilitary group of shelling a hospital on Monday.",
		"The Rapid Support Forces agreed to the pause on Sunday. The paramilitary group attacked a hospital on Monday.",
		"The Rapid Support Forces agreed to the pause on Sunday. The paramilitary said it had attacked a hospital on Monday.",
	} {
		t.Run(s, func(t *testing.T) {
			e := one(withEntities(s, map[string]string{"Rapid Support Forces": article.Organization}, nil), "ATTACK_GROUND")
			if e == nil || str(e.Actor) != "Rapid Support Forces" {
				t.Errorf("ATTACK_GROUND %v, want it done by the Rapid Support Forces", e)
			}
		})
	}
}

// TestWhoIsPeople: "who" after a noun of people points to them, never to
// an actor named further back.
func TestWhoIsPeople(t *testing.T) {
	e := one(find("The junta freed three ministers who were arrested in the capital on Wednesday."), "ABDUCT")
	if e == nil || str(e.Target) == "junta" {
		t.Errorf("ABDUCT %v, want one not aimed at the junta", e)
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // the first word past the dateline
	}{
		{"a wire dateline", "TRIPOLI, Libya (AP) - The army said on Monday it had retaken the port.", "The"},
		{"a month cut short", "BAKU, Sept. 20, 2026 - A ceasefire signed in 2020 ended the war.", "A"},
		{"no dateline", "The army said on Monday it had retaken the port.", "The"},
		{"a live page's clock", "09:40 GMT - Israel said it would free the prisoners.", "Israel"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := analysed(tc.text, nil)[0]
			if got := s.Words[s.DatelineEnd()].Raw; got != tc.want {
				t.Errorf("past the dateline: %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSentencesShared: the analysis the event and agreement stages share
// is what Analyse gives, whatever an earlier caller did to its copies, and
// is made again when the article's entities change.
func TestSentencesShared(t *testing.T) {
	s := "Yemen's government and the Houthis agreed a truce. The government said the truce would hold. Headline\n\nOman said the talks went well."
	d := text.Parse(s)
	a := &article.Article{Text: s, Entities: []article.Entity{entityIn(s, "Houthis", article.Organization, "Houthis")}}
	fresh := func() []*Sent {
		var out []*Sent
		for i := range d.Sentences {
			if Body(d, i) {
				out = append(out, Analyse(d, a, i))
			}
		}
		return out
	}
	first := Sentences(d, a)
	if !reflect.DeepEqual(first, fresh()) {
		t.Fatalf("first call differs from Analyse")
	}
	ResolveGovernments(first) // renames "The government" in the copies
	for _, st := range first {
		st.proposalNear = true
		for k := range st.Chunks {
			st.Chunks[k].Name = "changed"
		}
	}
	if again := Sentences(d, a); !reflect.DeepEqual(again, fresh()) {
		t.Errorf("second call shows the first caller's changes")
	}
	a.Entities = []article.Entity{entityIn(s, "Oman", article.Place, "Oman"), entityIn(s, "Houthis", article.Organization, "Houthis")}
	if got := Sentences(d, a); !reflect.DeepEqual(got, fresh()) {
		t.Errorf("entities changed, analysis not made again")
	}
}

// TestGovernmentOfTheDateline: with no state's institution named, "the
// government" of a story filed from a state the body names most is that
// state's; not when another state is named more, nor with no dateline.
func TestGovernmentOfTheDateline(t *testing.T) {
	tests := []struct {
		name, text string
		ents       map[string]string
		want       string // the name "the government" takes
	}{
		{"city and state in the dateline",
			"BOGOTA, Colombia (Reuters) - Colombian soldiers retook two villages on Friday. The government said the ELN had fled.",
			nil, "Colombia"},
		{"the dateline taken whole as a place",
			"BOGOTA, Colombia (Reuters) - Colombian soldiers retook two villages on Friday. The government said the ELN had fled.",
			map[string]string{"BOGOTA, Colombia": article.Place}, "Colombia"},
		{"a capital alone",
			"JUBA (Reuters) - South Sudanese forces arrested the vice-president on Wednesday. The government accused him of backing a militia.",
			nil, "South Sudan"},
		{"another state named more",
			"BRUSSELS/LONDON -- Britain imposed sanctions on Myanmar's generals and Myanmar's airline. Myanmar said it would retaliate. The government said the sanctions were unlawful.",
			nil, "government"},
		{"no dateline",
			"Colombian soldiers retook two villages on Friday. The government said the ELN had fled.",
			nil, "government"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			for _, s := range analysed(tc.text, tc.ents) {
				for _, c := range s.Chunks {
					if strings.EqualFold(s.Words[c.From].W, "government") || c.From > 0 && s.Words[c.From-1].W == "the" && s.Words[c.To-1].W == "government" {
						got = c.Name
					}
				}
			}
			if got != tc.want {
				t.Errorf("the government = %q, want %q", got, tc.want)
			}
		})
	}
}
