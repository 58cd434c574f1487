package entity

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/golden"
	"github.com/parley-news/parley/internal/text"
)

func find(s string) []article.Entity { return Find(text.Parse(s)) }

// TestGolden runs the stage on the stories under testdata and compares the
// entities with the .golden.json beside each.
func TestGolden(t *testing.T) {
	stories, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(stories) == 0 {
		t.Fatalf("no stories: %v", err)
	}
	for _, path := range stories {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			golden.JSON(t, strings.TrimSuffix(path, ".txt")+".golden.json", find(string(raw)))
		})
	}
}

// TestGoldenExamples runs the stage on the wire stories of other beats in
// examples/ (a merger, a match report, an election, a 1990s results wire),
// noise and all, against testdata/examples/<name>.golden.json.
func TestGoldenExamples(t *testing.T) {
	for _, name := range []string{"business-merger.txt", "sports-match.txt", "election-count.txt", "results-wire.txt"} {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("..", "..", "..", "examples", name))
			if err != nil {
				t.Fatal(err)
			}
			golden.JSON(t, filepath.Join("testdata", "examples", strings.TrimSuffix(name, ".txt")+".golden.json"), find(string(raw)))
		})
	}
}

// entity returns the entity of the given name, or fails.
func entity(t *testing.T, ents []article.Entity, name string) article.Entity {
	t.Helper()
	for _, e := range ents {
		if e.Name == name {
			return e
		}
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Type+":"+e.Name)
	}
	t.Fatalf("no entity %q among %v", name, names)
	return article.Entity{}
}

func TestRecognition(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string   // entity name -> type
		aliases    map[string][]string // entity name -> aliases, in order
		absent     []string            // names that must not be entities
	}{
		{
			name: "surname and particle",
			text: "Syrian President Ahmed al-Sharaa met envoys on Monday. Al-Sharaa said talks would go on. Sharaa later left.",
			want: map[string]string{"Ahmed al-Sharaa": article.Person, "Syria": article.Place},
			aliases: map[string][]string{
				"Ahmed al-Sharaa": {"Ahmed al-Sharaa", "Al-Sharaa", "Sharaa"},
				"Syria":           {"Syrian"},
			},
		},
		{
			name: "a surname inside a Spanish or Portuguese name, used alone",
			text: "Challenger Rodrigo Paredes Ochoa led the count on Sunday. The board gave 40% to Paredes. Brazil's Luiz Inácio Lula da Silva called both men. On Monday Lula urged calm.",
			want: map[string]string{"Rodrigo Paredes Ochoa": article.Person, "Luiz Inácio Lula da Silva": article.Person},
			aliases: map[string][]string{
				"Rodrigo Paredes Ochoa":     {"Rodrigo Paredes Ochoa", "Paredes"},
				"Luiz Inácio Lula da Silva": {"Luiz Inácio Lula da Silva", "Lula"},
			},
			absent: []string{"Paredes", "Lula"},
		},
		{
			name: "a wire's credit in the dateline is a body, no one's employer",
			text: "QUITO (Paramo Wire) — The opposition said on Monday its candidate Lucía Andrade Vera had won.",
			want: map[string]string{"Paramo Wire": article.Organization, "Lucía Andrade Vera": article.Person, "Quito": article.Place},
		},
		{
			name: "a transcript's speakers in capitals",
			text: "MODERATOR: We begin.\n\nTESFAYE GEBRE (government delegation): The talks went well.\n\nAMINA WARSAME: We agree with the text.",
			want: map[string]string{"Tesfaye Gebre": article.Person, "Amina Warsame": article.Person},
			aliases: map[string][]string{
				"Tesfaye Gebre": {"TESFAYE GEBRE"},
			},
			absent: []string{"TESFAYE", "MODERATOR"},
		},
		{
			name:   "a town's name opens a person's after an office",
			text:   "Chad's defence minister Hama Idriss Mahamat said on Monday the convoy was safe.",
			want:   map[string]string{"Hama Idriss Mahamat": article.Person, "Chad": article.Place},
			absent: []string{"Hama"},
		},
		{
			name:   "a listed name with a particle in lower case",
			text:   "Officials blamed an al Qaeda affiliate for the ambush near the border, and al Qaeda in the Islamic Maghreb denied a role.",
			want:   map[string]string{"al-Qaeda": article.Organization, "al-Qaeda in the Islamic Maghreb": article.Organization},
			absent: []string{"Qaeda", "Islamic Maghreb"},
		},
		{
			name:   "a count opens the lead after the dateline",
			text:   "NIAMEY, May 3 (Sahel Wire) - Two Western hostages were freed on Monday, officials said.",
			want:   map[string]string{"Niamey": article.Place, "Sahel Wire": article.Organization},
			absent: []string{"Two Western", "Two"},
		},
		{
			name:    "a people's adjective is no short form of its party",
			text:    "Three Serb gunmen died in the clash. A leader of the Serb List party said on Monday he had organised it.",
			want:    map[string]string{"Serb List": article.Organization, "Serbia": article.Place},
			aliases: map[string][]string{"Serb List": {"Serb List"}, "Serbia": {"Serb"}},
		},
		{
			name:    "a Vietnamese middle name that spells a weekday",
			text:    "Spokeswoman Pham Thu Hang said the ship had left. Prime Minister Pham Minh Chinh called for talks.",
			want:    map[string]string{"Pham Thu Hang": article.Person, "Pham Minh Chinh": article.Person},
			aliases: map[string][]string{"Pham Minh Chinh": {"Prime Minister Pham Minh Chinh"}},
		},
		{
			name:   "a ship's or a rig's name is no person",
			text:   "China moved the oil rig Haiyang Shiyou 981 and the survey vessel Xiang Yang Hong 10 near the islands, Hanoi said.",
			want:   map[string]string{"China": article.Place, "Vietnam": article.Place},
			absent: []string{"Haiyang Shiyou", "Xiang Yang Hong"},
		},
		{
			name:    "a name that opens with a short function word after a rank",
			text:    "Laos welcomed President To Huy at the border on Monday. Officials said Huy would stay two days.",
			want:    map[string]string{"To Huy": article.Person},
			aliases: map[string][]string{"To Huy": {"To Huy", "Huy"}},
		},
		{
			name: "a centre named after a person is a body",
			text: "Observers from the Okonjo Center said the count was slow. The Okonjo Center urged calm at the World Trade Center.",
			want: map[string]string{"Okonjo Center": article.Organization, "World Trade Center": article.Place},
		},
		{
			name:   "a name before ', alias' is a person; a currency's code before its figure is no body",
			text:   "Eladio Ramiro Vega Fuentes, alias Tomás, leads the faction. The budget is COP 1.5 trillion, the department of Cauca said.",
			want:   map[string]string{"Eladio Ramiro Vega Fuentes": article.Person, "Cauca": article.Place},
			absent: []string{"COP"},
		},
		{
			name:   "a short function word inside a Burmese name",
			text:   "The minister met U Thein Swe on Monday, and his counterpart U Than Swe flew home.",
			want:   map[string]string{"U Thein Swe": article.Person, "U Than Swe": article.Person},
			absent: []string{"Swe", "U"},
		},
		{
			name:   "a ship's prefix makes no body",
			text:   "Pirates released the bulk carrier MV Kestrel Star on Sunday; the destroyer USS Harlan shadowed it.",
			absent: []string{"MV Kestrel Star", "USS Harlan", "Kestrel Star", "Harlan"},
		},
		{
			name:   "the prefixes of other navies' and coast guards' ships",
			text:   "Officials said on Sunday that the BRP Datu Sanday was hit, and the KRI Bung Tomo and the TCG Anadolu sailed.",
			absent: []string{"BRP Datu Sanday", "Datu Sanday", "KRI Bung Tomo", "Bung Tomo", "TCG Anadolu", "Anadolu"},
		},
		{
			name:    "introduced acronym",
			text:    "Fighting between the army and the Rapid Support Forces (RSF) went on. The RSF denied it.",
			want:    map[string]string{"Rapid Support Forces": article.Organization},
			aliases: map[string][]string{"Rapid Support Forces": {"the Rapid Support Forces", "RSF", "The RSF"}},
		},
		{
			name: "a body's name with 'on' after its head, and its acronym",
			text: "Talks were hosted by the Intergovernmental Authority on Development (IGAD) in Nairobi. IGAD said more rounds would follow.",
			want: map[string]string{"Intergovernmental Authority on Development": article.Organization, "Nairobi": article.Place},
			aliases: map[string][]string{
				"Intergovernmental Authority on Development": {"the Intergovernmental Authority on Development", "IGAD"},
			},
			absent: []string{"Intergovernmental Authority", "Development"},
		},
		{
			name: "a group's name and its plural",
			text: "Talks between the government and the Zintani fighters resumed. The Zintanis said on Monday they would attend, and a Zintani delegation arrived.",
			want: map[string]string{"Zintanis": article.Organization},
			aliases: map[string][]string{
				"Zintanis": {"Zintani", "The Zintanis"},
			},
			absent: []string{"Zintani"},
		},
		{
			name: "a name the person is known as",
			text: "Militia leader Osman Barre Jama, better known as Taliye, arrived in Baidoa on Monday. Taliye told reporters his men would stay.",
			want: map[string]string{"Osman Barre Jama": article.Person, "Baidoa": article.Place},
			aliases: map[string][]string{
				"Osman Barre Jama": {"Osman Barre Jama", "Taliye"},
			},
			absent: []string{"Taliye"},
		},
		{
			name: "a quoted name after 'also known as'",
			text: "The court tried Ruslan Dagayev (also known as “Gorets”) in absentia, the prosecutor said.",
			want: map[string]string{"Ruslan Dagayev": article.Person},
			aliases: map[string][]string{
				"Ruslan Dagayev": {"Ruslan Dagayev", "Gorets"},
			},
		},
		{
			name: "unlisted acronym introduced",
			text: "The Coastal Defence Council (CDC) met in Tallinn. The CDC said it was ready.",
			want: map[string]string{"Coastal Defence Council": article.Organization, "Tallinn": article.Place},
			aliases: map[string][]string{
				"Coastal Defence Council": {"The Coastal Defence Council", "CDC", "The CDC"},
			},
		},
		{
			name:    "spelling variants",
			text:    "The US and the U.S. Treasury differ. The United States said so.",
			want:    map[string]string{"United States": article.Place},
			aliases: map[string][]string{"United States": {"The US", "The United States"}},
		},
		{
			name:    "possessive",
			text:    "Israel's cabinet met. Trump’s envoy Steve Witkoff flew in, officials said.",
			want:    map[string]string{"Israel": article.Place, "Steve Witkoff": article.Person},
			aliases: map[string][]string{"Israel": {"Israel"}},
		},
		{
			name: "lexicon word inside a name",
			text: "The Gaza Humanitarian Fund and the Palestinian Red Crescent said aid stalled.",
			want: map[string]string{
				"Gaza Humanitarian Fund":   article.Organization,
				"Palestinian Red Crescent": article.Organization,
			},
			absent: []string{"Gaza", "Red Crescent", "Palestinians"},
		},
		{
			name: "names from context",
			text: "Talks were led by the Joint Security Committee in the province of Quzmar. Delvan Osterik said the Kavari Front had withdrawn to the Zelt Strip.",
			want: map[string]string{
				"Joint Security Committee": article.Organization,
				"Delvan Osterik":           article.Person,
				"Kavari Front":             article.Organization,
				"Zelt Strip":               article.Place,
			},
		},
		{
			name:   "no noise",
			text:   "TRUMP ADDRESSES KNESSET\n\nEarlier this month, talks resumed on Tuesday in May. Neither side spoke. Details were scarce. Here's why. But The Sides Met Again",
			want:   map[string]string{},
			absent: []string{"Trump", "Knesset", "Earlier", "Neither", "Details", "Tuesday", "May", "Here", "Sides"},
		},
		{
			name: "groups and demonyms",
			text: "Druze leaders and Palestinians in Israeli-occupied areas met Egyptian officials.",
			want: map[string]string{"Druze": article.Group, "Palestinians": article.Group, "Israel": article.Place, "Egypt": article.Place},
		},
		{
			name:    "state army",
			text:    "The Israeli army said on Monday that the IDF had pulled back.",
			want:    map[string]string{"Israel Defense Forces": article.Organization},
			aliases: map[string][]string{"Israel Defense Forces": {"The Israeli army", "the IDF"}},
		},
		{
			name: "company suffix and short form",
			text: "Shares of Halvard Mining Ltd. fell. Halvard said output dropped at its mine near Kalgoorlie.",
			want: map[string]string{"Halvard Mining Ltd.": article.Organization},
			aliases: map[string][]string{
				"Halvard Mining Ltd.": {"Halvard Mining Ltd.", "Halvard"},
			},
		},
		{
			name:   "headings",
			text:   "Little Relief for Refugees: The crisis grew in Darfur.\n\nWar and Peace.\n\nVeto Power Impedes Talks\nThe council met in Geneva.",
			want:   map[string]string{"Darfur": article.Place, "Geneva": article.Place},
			absent: []string{"Little Relief for Refugees", "Peace", "Veto Power Impedes Talks"},
		},
		{
			name: "and inside names, not between them",
			text: "Sanctions hit the Myanma Oil and Gas Enterprise. The Democratic Republic of Congo and Rwanda signed. The Republican Party and Clinton disagreed.",
			want: map[string]string{
				"Myanma Oil and Gas Enterprise":    article.Organization,
				"Democratic Republic of the Congo": article.Place,
				"Rwanda":                           article.Place,
				"Republican Party":                 article.Organization,
			},
		},
		{
			name:   "datelines and places by their first word",
			text:   "FLINT, Mich. — Residents met officials. KINGSTOWN, St Vincent (AP) — Leaders met at Fort Kavala. Let the talks begin, he said.",
			want:   map[string]string{"Flint": article.Place, "Michigan": article.Place, "St Vincent": article.Place, "Fort Kavala": article.Place, "Associated Press": article.Organization},
			absent: []string{"Lashkar-e-Taiba"},
		},
		{
			name: "initials, particles and leagues",
			text: "Soviet President Mikhail S. Gorbachev met Politburo member Yegor K. Ligachev. Manager Erik ten Hag spoke. \"We won,\" Ten Hag told the Premier League.",
			want: map[string]string{
				"Mikhail S. Gorbachev": article.Person, "Yegor K. Ligachev": article.Person,
				"Erik ten Hag": article.Person, "Premier League": article.Organization,
			},
			aliases: map[string][]string{"Erik ten Hag": {"Manager Erik ten Hag", "Ten Hag"}},
			absent:  []string{"League", "Ten Hag"},
		},
		{
			name: "capitals acting for their states",
			text: "WASHINGTON (AP) — Washington would work with both sides, officials said in Washington. Baku sees claims to Karabakh. Moscow's position is firm.",
			want: map[string]string{"Washington": article.Place, "United States": article.Place, "Azerbaijan": article.Place, "Russia": article.Place},
			aliases: map[string][]string{
				"Washington":    {"WASHINGTON", "Washington"},
				"United States": {"Washington"},
				"Azerbaijan":    {"Baku"},
				"Russia":        {"Moscow"},
			},
		},
		{
			name:    "months as surnames",
			text:    "Prime Minister Theresa May met officials on Monday. May said talks went well. In May, Jordan signed.",
			want:    map[string]string{"Theresa May": article.Person, "Jordan": article.Place},
			aliases: map[string][]string{"Theresa May": {"Prime Minister Theresa May", "May"}},
		},
		{
			name: "city and state",
			text: "The plant in Mobile, Alabama, reopened.",
			want: map[string]string{"Mobile": article.Place, "Alabama": article.Place},
			aliases: map[string][]string{
				"Mobile": {"Mobile, Alabama"},
			},
		},
		// business wires
		{
			name: "company suffixes and partnerships",
			text: "Talks with Fjordvik AS and Pellmark Oyj stalled. Rothschild & Co advised the board, and Corvane SpA declined to comment.",
			want: map[string]string{"Fjordvik AS": article.Organization, "Pellmark Oyj": article.Organization,
				"Rothschild & Co": article.Organization, "Corvane SpA": article.Organization},
		},
		{
			name:    "and inside a body's name",
			text:    "The deal needs approval from Britain's Competition and Markets Authority and the Food and Drug Administration.",
			want:    map[string]string{"Competition and Markets Authority": article.Organization, "Food and Drug Administration": article.Organization},
			aliases: map[string][]string{"Competition and Markets Authority": {"Competition and Markets Authority"}},
		},
		{
			name: "two names with one head",
			text: "Orders came from Shanghai Airlines and Xiamen Airlines, while Myanma Oil and Gas Enterprise said nothing.",
			want: map[string]string{"Shanghai Airlines": article.Organization, "Xiamen Airlines": article.Organization,
				"Myanma Oil and Gas Enterprise": article.Organization},
		},
		{
			name: "a name joined to a typed one",
			text: "Halvorsen wants to compete with Nestle and Danone on price. Kopper said Commerzbank and Dresdner Bank faced pressure.",
			want: map[string]string{"Nestle": article.Organization, "Danone": article.Organization,
				"Commerzbank": article.Organization, "Dresdner Bank": article.Organization},
		},
		{
			name: "a lone name after the",
			text: "The Bundesbank left its rates unchanged, a spokesman said.",
			want: map[string]string{"Bundesbank": article.Organization},
		},
		{
			name:   "market indexes and tickers are no entities",
			text:   "The FTSE 100 index rose 0.3 percent while the Kospi index fell, traders in London said. Shares of Carvell Industries Inc (CVL.N) led the S&P 500 index lower; Brennan Pumps Corp (NASDAQ: BRNP) fell.",
			want:   map[string]string{"London": article.Place, "Carvell Industries Inc": article.Organization, "Brennan Pumps Corp": article.Organization},
			absent: []string{"FTSE", "Kospi", "CVL", "BRNP", "Standard & Poor's"},
		},
		{
			name:    "a site's name and a possessive after a comma",
			text:    "The news portal Detik.com quoted him. Unite, Britain's largest union, said it would seek talks.",
			want:    map[string]string{"Detik.com": article.Organization, "United Kingdom": article.Place},
			aliases: map[string][]string{"United Kingdom": {"Britain"}},
		},
		{
			name:   "the acronym of an event",
			text:   "Apple opened its Worldwide Developers Conference (WWDC) in San Francisco. At WWDC the company showed a phone.",
			want:   map[string]string{"Apple": article.Organization, "San Francisco": article.Place},
			absent: []string{"WWDC", "Worldwide Developers Conference"},
		},
		{
			name:    "a title after a company suffix",
			text:    "Shares fell after Apple Inc. CEO Steve Jobs took leave.",
			want:    map[string]string{"Steve Jobs": article.Person},
			aliases: map[string][]string{"Steve Jobs": {"Steve Jobs"}},
		},
		// sports wires
		{
			name: "clubs in a match report",
			text: "Eastfield Rovers beat Harbourne Town 2-1 at Cranmoor Park. Rovers manager Gareth Pryce praised his side, and Kingsbridge Albion drew 0-0 with Wexley United. Castleford City beat Chelsea 3-1 in the league, with two goals from Kieran Doyle.",
			want: map[string]string{"Eastfield Rovers": article.Organization, "Harbourne Town": article.Organization,
				"Cranmoor Park": article.Place, "Gareth Pryce": article.Person, "Kingsbridge Albion": article.Organization,
				"Wexley United": article.Organization, "Castleford City": article.Organization, "Chelsea": article.Organization,
				"Kieran Doyle": article.Person},
			aliases: map[string][]string{"Eastfield Rovers": {"Eastfield Rovers", "Rovers"}},
		},
		{
			name: "towns that play and club prefixes",
			text: "Liverpool beat Coventry 2-0 in the cup final, the coach said. Real Sociedad and FC Porto scored late goals. The Chicago Bulls won in Chicago.",
			want: map[string]string{"Liverpool": article.Organization, "Coventry": article.Organization,
				"Real Sociedad": article.Organization, "FC Porto": article.Organization, "Chicago Bulls": article.Organization,
				"Chicago": article.Place},
		},
		{
			name:    "City is a place outside sports",
			text:    "Officials in Quezon City and Harbourne Town said the floods had receded.",
			want:    map[string]string{"Harbourne Town": article.Place},
			aliases: map[string][]string{"Harbourne Town": {"Harbourne Town"}},
		},
		{
			name: "results lines and a shouted dateline",
			text: "SOCCER - JAPAN GET LUCKY WIN\nAL-AIN , United Arab Emirates 1996-12-06\nJapan beat Syria 2-1 in their Asian Cup group match, the coach said.\nPremier Division results\nEastfield Rovers 2 Harbourne Town 1\nNewcastle 3 3 0 0 7 2 9\n",
			want: map[string]string{"Japan": article.Place, "Al-Ain": article.Place, "Eastfield Rovers": article.Organization,
				"Harbourne Town": article.Organization, "Newcastle": article.Organization},
			aliases: map[string][]string{"Japan": {"JAPAN", "Japan"}},
		},
		{
			name:   "a player's club in brackets",
			text:   "England named the side for the test match on Saturday, coach Jack Rowell said after the 30-21 win.\nSquad: Tim Stimpson (Harlequins), Jon Sleightholme (Bath).",
			want:   map[string]string{"Tim Stimpson": article.Person, "Harlequins": article.Organization, "Bath": article.Organization},
			absent: []string{"SOCCER", "LUCKY"},
		},
		{
			name: "a player after a team verb",
			text: "Okafor beat Marco Ferrante 6-2 6-3 in the second round, and Feyenborg beat Vlietstad 2-0 in the league.",
			want: map[string]string{"Marco Ferrante": article.Person, "Vlietstad": article.Organization},
		},
		{
			name: "a dateline on its own line",
			text: "TENNIS - OKAFOR UPSETS TOP SEED\nROTTERDAM, Netherlands (Reuters) - Okafor won on Thursday.",
			want: map[string]string{"Rotterdam": article.Place, "Netherlands": article.Place},
		},
		{
			name: "teams before a result, home teams shouted, golf scores",
			text: "Yorkshire beat Lancashire by six wickets in the championship, the captain said after the 2-1 series win.\nCHICAGO 103 Miami 95\n67 Greg Norman\n69 Ian Woosnam ( Britain ) , Peter Lonard\n",
			want: map[string]string{"Yorkshire": article.Organization, "Lancashire": article.Organization,
				"Chicago": article.Organization, "Miami": article.Organization, "Greg Norman": article.Person,
				"Ian Woosnam": article.Person, "Peter Lonard": article.Person, "United Kingdom": article.Place},
		},
		{
			name:    "a shouted club and a shouted dateline",
			text:    "SOCCER - LIVERPOOL HELD AT HOME\nLONDON 1996-08-24\nLiverpool drew 1-1 with Chelsea on Saturday, the coach said.",
			want:    map[string]string{"Liverpool": article.Organization, "London": article.Place},
			aliases: map[string][]string{"Liverpool": {"LIVERPOOL", "Liverpool"}, "London": {"LONDON"}},
		},
		{
			name:   "a driver named like a hill, events of sport",
			text:   "Britain's Damon Hill took pole for the Japanese Grand Prix, and Norman led the Australian Open.",
			want:   map[string]string{"Damon Hill": article.Person, "United Kingdom": article.Place},
			absent: []string{"Grand Prix", "Japanese Grand Prix", "Australian Open", "Japan", "Australia"},
		},
		// politics wires
		{
			name: "a dated dateline and a regional body",
			text: "BLANTYRE, May 18, 1999 (AP) - Observers from the Commonwealth and the Southern African Development Community said voting was peaceful.",
			want: map[string]string{"Blantyre": article.Place, "Commonwealth": article.Organization,
				"Southern African Development Community": article.Organization},
			absent: []string{"Development Community"},
		},
		{
			name: "a dateline's country",
			text: "LINDMARK, Valdoria (AFP) — The opposition won the most seats in Valdoria's election, the Central Election Commission said.",
			want: map[string]string{"Lindmark": article.Place, "Valdoria": article.Place, "Central Election Commission": article.Organization},
		},
		{
			name:    "a shouted dateline town takes the case of its later mentions",
			text:    "TARVELO, Nov 3 (AFP) - Envoys met in Tarvelo on Monday, officials said.",
			want:    map[string]string{"Tarvelo": article.Place},
			aliases: map[string][]string{"Tarvelo": {"TARVELO", "Tarvelo"}},
		},
		{
			name: "a name after a person's description and a comma is a person's",
			text: "A committee chaired by a U.S. general, Jasper Jeffers, meets in Naqoura. The mission's commander, Grant Marsh, said patrols would resume.",
			want: map[string]string{"Jasper Jeffers": article.Person, "Grant Marsh": article.Person},
		},
		{
			name: "a name after a body and a comma is not",
			text: "Talks were hosted by the committee, Harbour Bridge Holdings and two banks.",
			want: map[string]string{"Harbour Bridge Holdings": article.Organization},
		},
		{
			name:    "a dateline town of two words is a place wherever it stands",
			text:    "KORVA DELL, Valdoria (Reuters) - Envoys signed a truce in Korva Dell on Monday. Korva Dell was calm, officials said. The roads linking Korva Dell and Tessim reopened.",
			want:    map[string]string{"Korva Dell": article.Place, "Valdoria": article.Place, "Tessim": article.Place},
			aliases: map[string][]string{"Korva Dell": {"KORVA DELL", "Korva Dell"}},
		},
		{
			name:   "a shouted label of two words before a colon is no town",
			text:   "PETER MARSH: We will sign. Peter Marsh said the talks would resume.",
			want:   map[string]string{"Peter Marsh": article.Person},
			absent: []string{"PETER MARSH"},
		},
		{
			name:   "a place that is also a given name, before a surname",
			text:   "Gunmen led by Milan Vukotić attacked the post, and Israel Okonjo said he fled to Jordan and then to Milan.",
			want:   map[string]string{"Milan Vukotić": article.Person, "Israel Okonjo": article.Person, "Jordan": article.Place, "Milan": article.Place},
			absent: []string{"Israel"},
		},
		{
			name:   "ranks of coast guards, ombudsmen and juntas",
			text:   "Coast guard spokesman Commodore Ramon Dizon spoke after Ombudsman Clara Ibáñez, and Major General Zaw Htet Oo replied.",
			want:   map[string]string{"Ramon Dizon": article.Person, "Clara Ibáñez": article.Person, "Zaw Htet Oo": article.Person},
			absent: []string{"Commodore Ramon Dizon", "Ombudsman Clara Ibáñez", "Htet Oo"},
		},
		{
			name:   "a place named by the noun after it; a currency's acronym",
			text:   "Trucks waited at the Kalira crossing while shelling shook the Tembo region, costing 2 billion CFA francs or HK$40 million.",
			want:   map[string]string{"Kalira": article.Place, "Tembo": article.Place},
			absent: []string{"CFA", "HK"},
		},
		{
			name: "bodies named in French and Spanish, head first",
			text: "The Front pour la Défense de l'Azouad (FDA) and the Union des Transporteurs du Mali met the Movimiento de Unidad Campesina in Bamako.",
			want: map[string]string{"Front pour la Défense de l'Azouad": article.Organization, "Union des Transporteurs du Mali": article.Organization,
				"Movimiento de Unidad Campesina": article.Organization},
		},
		{
			name: "a title inside a name, a religion as a given name, a country inside a court's name",
			text: "President Ahmed Sheikh Warsame met the envoy, Christian Brunner, at the Court of Bosnia and Herzegovina, and Christian Democrats protested.",
			want: map[string]string{"Ahmed Sheikh Warsame": article.Person, "Christian Brunner": article.Person,
				"Court of Bosnia and Herzegovina": article.Organization, "Christian Democrats": article.Organization},
			absent: []string{"Ahmed", "Warsame", "Christians", "Herzegovina"},
		},
		{
			name:   "a name before a participle is an adjective; a republic by its first word; a place by the noun after",
			text:   "Leaders of the Tuareg-dominated Republika Azawadi met in the Upper Kalo region on Monday.",
			want:   map[string]string{"Republika Azawadi": article.Place, "Upper Kalo": article.Place},
			absent: []string{"Tuareg-dominated Republika Azawadi"},
		},
		{
			name: "an acronym of a name in another language's order; a longer name than a listed 'The ...'",
			text: "The National Electoral Council (CNE) declared the results. The CNE said turnout was 42%.",
			want: map[string]string{"National Electoral Council": article.Organization},
			aliases: map[string][]string{
				"National Electoral Council": {"The National Electoral Council", "CNE", "The CNE"},
			},
			absent: []string{"The National", "CNE"},
		},
		{
			name: "places joined by a hyphen, a state after its region's name, island names in pinyin",
			text: "Trucks on the Kigali-Goma road reached Borno State, and boats neared Yongshu Jiao.",
			want: map[string]string{"Kigali": article.Place, "Goma": article.Place, "Borno": article.Place, "Yongshu Jiao": article.Place},
			aliases: map[string][]string{
				"Borno": {"Borno State"},
			},
			absent: []string{"Kigali-Goma"},
		},
		{
			name: "movements named in Urdu; places before a plural place noun",
			text: "Fighters of the Tehreek-e-Insaaf Baluchistan crossed at the Kandar and Sorak crossings, and Mullah Abdul Rauf led them.",
			want: map[string]string{"Tehreek-e-Insaaf Baluchistan": article.Organization, "Kandar": article.Place, "Sorak": article.Place,
				"Abdul Rauf": article.Person},
		},
		{
			name:   "a federal state by the lower-case noun after it, even one named by an English word",
			text:   "Gunmen struck in Rakhine and Chin states and in Plateau state. Western states and the member states of the bloc condemned it.",
			want:   map[string]string{"Rakhine": article.Place, "Chin": article.Place, "Plateau": article.Place},
			absent: []string{"Western"},
		},
		{
			name: "a company by its last word, after 'talks with' that would make one word a person",
			text: "The junta held talks with Kalvari Ports and Dunmore Terminals on the harbour lease.",
			want: map[string]string{"Kalvari Ports": article.Organization, "Dunmore Terminals": article.Organization},
		},
		{
			name: "a body's initials after its full name; a place by its apposition",
			text: "The rebels, allied with the National Unity Government, took Kyaukme, a strategic town on the highway. The NUG said more would follow.",
			want: map[string]string{"National Unity Government": article.Organization, "Kyaukme": article.Place},
			aliases: map[string][]string{
				"National Unity Government": {"the National Unity Government", "The NUG"},
			},
			absent: []string{"NUG"},
		},
		{
			name:   "an apposition headed by a person's noun is no place",
			text:   "Adaeze Okafor spoke first. Okafor, a city official, said the road was closed, and Nanhsan, a village north of Lashio, was quiet.",
			want:   map[string]string{"Adaeze Okafor": article.Person, "Nanhsan": article.Place},
			absent: []string{"Okafor"},
		},
		{
			name: "a nickname after an apposition; a body named by the noun after it",
			text: "Gang leader Remy Dorval, a former police officer known as \"Tonton,\" said his Lakou Fò coalition would fight. Tonton later vanished.",
			want: map[string]string{"Remy Dorval": article.Person, "Lakou Fò": article.Organization},
			aliases: map[string][]string{
				"Remy Dorval": {"Remy Dorval", "Tonton"},
			},
		},
		{
			name: "places on a road and at the end of a route",
			text: "Gunmen fired on the road to Zubin Potok, and flights from Nairobi to Kalemie resumed to the Kurdakhani prison, Jean Mbala said.",
			want: map[string]string{"Zubin Potok": article.Place, "Kalemie": article.Place, "Kurdakhani": article.Place, "Jean Mbala": article.Person},
		},
		{
			name: "a name given with 'alias' or 'known by his alias'",
			text: "Its commander, Julio Arce, alias Tomás Quintero, denied it, and Ramiro Vélez, known by his alias Caracol, agreed. Quintero later left.",
			want: map[string]string{"Julio Arce": article.Person, "Ramiro Vélez": article.Person},
			aliases: map[string][]string{
				"Julio Arce":   {"Julio Arce", "Tomás Quintero", "Quintero"},
				"Ramiro Vélez": {"Ramiro Vélez", "Caracol"},
			},
			absent: []string{"Tomás Quintero", "Caracol"},
		},
		{
			name: "names a movement goes to are places",
			text: "Officials met on Monday. The deal covers the return of displaced families to Ber and Anefis, and 300 more fled to Tessit.",
			want: map[string]string{"Ber": article.Place, "Anefis": article.Place, "Tessit": article.Place},
		},
		{
			name: "a person known by one name, after an office or before ', who'",
			text: "Officials met on Monday. Former president Jokowi said the court should decide. Jokowi, who left office in October, backed his son, and Tshisekedi, who leads Congo, agreed.",
			want: map[string]string{"Jokowi": article.Person, "Tshisekedi": article.Person},
		},
		{
			name: "a building's noun after a name makes a place",
			text: "Officials met on Monday. A gun battle at the Banjska monastery left four dead near the Zelt refinery.",
			want: map[string]string{"Banjska": article.Place, "Zelt": article.Place},
		},
		{
			name: "the people or the fighting around a name make it a place",
			text: "Officials met on Monday. Fighting continued around Sittwe, and residents of Kyauktaw fled. The parties rallied around Sittwe later.",
			want: map[string]string{"Sittwe": article.Place, "Kyauktaw": article.Place},
		},
		{
			name:   "a body written capitalised after a possessive country is that country's",
			text:   "Officials met on Monday. Azerbaijan's Defence Ministry said its posts came under fire, and Kenya's National Assembly met.",
			want:   map[string]string{"Azerbaijani Defence Ministry": article.Organization, "Kenyan National Assembly": article.Organization, "Azerbaijan": article.Place},
			absent: []string{"Defence Ministry", "National Assembly"},
		},
		{
			name: "a body's name before a territory's noun is the territory",
			text: "Fighting spread across the Meta department on Sunday.",
			want: map[string]string{"Meta": article.Place},
		},
		{
			name:   "a body written as a common noun after a country is that country's",
			text:   "Kenya's Treasury will send the funds, and the Ghanaian Treasury agreed.",
			want:   map[string]string{"Kenyan Treasury": article.Organization, "Ghanaian Treasury": article.Organization},
			absent: []string{"Treasury Department"},
		},
		{
			name: "one word met or talked with is a person",
			text: "Eritrea sent an envoy for talks with Abiy on Tuesday. The envoy later met Tesfaye and Isaias, and a call with Hemedti followed.",
			want: map[string]string{"Abiy": article.Person, "Tesfaye": article.Person, "Isaias": article.Person, "Hemedti": article.Person, "Eritrea": article.Place},
		},
		{
			name: "an acronym or a body after 'the' met is no person",
			text: "The envoy met ECOWAS officials and held talks with the Bundesbank.",
			want: map[string]string{"ECOWAS": article.Organization, "Bundesbank": article.Organization},
		},
		{
			name:    "a Burmese honorific and a dateline's town before a dash",
			text:    "SITTWE — The army freed twelve civilians, according to U Zaw Min Tun, the junta spokesman. His deputy, Daw Khin Ma Ma, said the talks would go on. Zaw Min Tun added that more would follow.",
			want:    map[string]string{"Sittwe": article.Place, "U Zaw Min Tun": article.Person, "Khin Ma Ma": article.Person},
			aliases: map[string][]string{"U Zaw Min Tun": {"U Zaw Min Tun", "Zaw Min Tun"}},
			absent:  []string{"SITTWE"},
		},
		{
			name:    "two places that share their last words",
			text:    "Fighting spread across North and South Kivu, and aid reached North and South Darfur.",
			want:    map[string]string{"North Kivu": article.Place, "South Kivu": article.Place, "North Darfur": article.Place, "South Darfur": article.Place},
			aliases: map[string][]string{"North Kivu": {"North"}},
		},
		{
			name:   "a compass word before a place that has no such twin",
			text:   "Troops moved North and South Sudan protested. Flights to the Middle East and South Asia resumed.",
			want:   map[string]string{"South Sudan": article.Place},
			absent: []string{"North Sudan", "East Asia"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ents := find(tc.text)
			for name, typ := range tc.want {
				e := entity(t, ents, name)
				if e.Type != typ {
					t.Errorf("%s: type %s, want %s", name, e.Type, typ)
				}
			}
			for name, want := range tc.aliases {
				if e := entity(t, ents, name); !slices.Equal(e.Aliases, want) {
					t.Errorf("%s: aliases %q, want %q", name, e.Aliases, want)
				}
			}
			for _, name := range tc.absent {
				for _, e := range ents {
					if e.Name == name {
						t.Errorf("%q should not be an entity (%s)", name, e.Type)
					}
				}
			}
			if len(tc.want) == 0 && len(ents) != 0 {
				t.Errorf("want no entities, got %+v", ents)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		text, person string
		want         []string
	}{
		{"Contacts were led by senior security official Ahmad al-Dalati, who was appointed governor of the province of Quneitra, which borders Israel.",
			"Ahmad al-Dalati", []string{"senior security official", "governor of the province of Quneitra"}},
		{"Ahmad al-Dalati met them. Dalati was also put in charge of security in the province of Sweida.",
			"Ahmad al-Dalati", []string{"in charge of security in the province of Sweida"}},
		{"The plan was drafted by Trump's Middle East envoy, Steve Witkoff.",
			"Steve Witkoff", []string{"Trump's Middle East envoy"}},
		{"Forces loyal to army chief General Abdel Fattah al-Burhan clashed with the RSF, commanded by his former deputy General Mohamed Hamdan Dagalo.",
			"Mohamed Hamdan Dagalo", []string{"RSF commander", "former deputy of Abdel Fattah al-Burhan", "General"}},
		{"Forces loyal to army chief General Abdel Fattah al-Burhan fought on.",
			"Abdel Fattah al-Burhan", []string{"army chief", "General"}},
		{"Joe Leonard, chairman of AirTran Airways, said the jets were ready.",
			"Joe Leonard", []string{"chairman of AirTran Airways"}},
		{"Armenia and Azerbaijan will ask to award President Donald Trump a prize.",
			"Donald Trump", []string{"President"}},
		{"The deal was hosted by U.S. President Donald Trump, who signed the document as a witness.",
			"Donald Trump", []string{"U.S. President", "witness"}},
		{"Mr. Chen Wei-ling said the port would open.",
			"Chen Wei-ling", nil},
		{"EU foreign policy chief Kaja Kallas said the bloc was concerned.",
			"Kaja Kallas", []string{"EU foreign policy chief"}},
		{"The release was brokered by former Spanish prime minister José Luis Rodríguez Zapatero.",
			"José Luis Rodríguez Zapatero", []string{"former Spanish prime minister"}},
		{"Under-Secretary-General for Political Affairs Grace Achieng told the council the truce held.",
			"Grace Achieng", []string{"Under-Secretary-General for Political Affairs"}},
		{"The Special Envoy for the Great Lakes, Daniel Otieno, met both delegations.",
			"Daniel Otieno", []string{"Special Envoy for the Great Lakes"}},
		{"Minister of Defence David Mensah said the troops would stay.",
			"David Mensah", []string{"Minister of Defence"}},
		{"The rebels sent Brig-Gen Nyo Twan Awng, and the army Lt-Gen Aung Zaw Aye.",
			"Nyo Twan Awng", []string{"Brig-Gen"}},
		{"Officials met Lt-Gen Aung Zaw Aye on Monday. The Arakan Army sent its deputy commander, Brig-Gen Nyo Twan Awng.",
			"Nyo Twan Awng", []string{"deputy commander", "Brig-Gen"}},
		{"Minister for Foreign Affairs Penny Wong met her counterpart.",
			"Penny Wong", []string{"Minister for Foreign Affairs"}},
		{"Minister of Defence Abdulqadir Nur said the troops would stay.",
			"Abdulqadir Nur", []string{"Minister of Defence"}},
		{"Special Envoy for Sudan Ramtane Lamamra arrived in Port Sudan.",
			"Ramtane Lamamra", []string{"Special Envoy for Sudan"}},
		{"An army spokesman, Lieutenant-Colonel Guillaume Mbala, confirmed the handover.",
			"Guillaume Mbala", []string{"army spokesman", "Lieutenant-Colonel"}},
		{"Army chief Gen Idris Musa said the bridge was retaken.",
			"Idris Musa", []string{"Army chief", "Gen"}},
		{"Lt Gen Yusuf Abdi spoke to reporters as Gen Z protesters marched.",
			"Yusuf Abdi", []string{"Lt Gen"}},
		{"Police detained opposition leader María Corina Machado.",
			"María Corina Machado", []string{"opposition leader"}},
		{"Qatar's Prime Minister Sheikh Hamad bin Khalid Al Sayed agreed.",
			"Hamad bin Khalid Al Sayed", []string{"Qatar's Prime Minister", "Sheikh"}},
		{"Air Chief Marshal Amar Singh and Lieutenant General Ahmed Sharif met.",
			"Ahmed Sharif", []string{"Lieutenant General"}},
		{"Ruritania's Deputy Foreign Minister Pavel Orlik said the step was welcome.",
			"Pavel Orlik", []string{"Ruritania's Deputy Foreign Minister"}},
		{"They freed the deputy of former separatist leader Ruben Vardanyan on Wednesday.",
			"Ruben Vardanyan", []string{"former separatist leader"}},
		{"Defence spokesperson Senior Colonel Zhang Wei warned the island.",
			"Zhang Wei", []string{"Defence spokesperson", "Senior Colonel"}},
		{"Daw Khin Myo Win was freed on Monday.",
			"Khin Myo Win", nil},
	}
	for _, tc := range tests {
		t.Run(tc.person, func(t *testing.T) {
			e := entity(t, find(tc.text), tc.person)
			if e.Type != article.Person {
				t.Fatalf("%s is a %s", tc.person, e.Type)
			}
			want := tc.want
			if want == nil {
				want = []string{}
			}
			if !slices.Equal(e.Roles, want) {
				t.Errorf("roles %q, want %q", e.Roles, want)
			}
		})
	}
}

func TestIndex(t *testing.T) {
	const s = "Israeli Prime Minister Benjamin Netanyahu met U.N. envoys in Jerusalem. Netanyahu said the United Nations should act."
	ents := find(s)
	x := NewIndex(ents)
	at := func(sub string) string {
		i := strings.Index(s, sub)
		id, _ := x.At(article.Span{Start: i, End: i + len(sub)})
		return id
	}
	netanyahu := entity(t, ents, "Benjamin Netanyahu").ID
	un := entity(t, ents, "United Nations").ID
	israel := entity(t, ents, "Israel").ID
	for _, c := range []struct{ got, want, what string }{
		{at("Netanyahu said"), netanyahu, "At surname"},
		{at("U.N."), un, "At acronym"},
		{at("Israeli"), israel, "At demonym"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	for name, want := range map[string]string{"the UN": un, "Israeli": israel, "netanyahu": netanyahu, "United Nations": un} {
		if got, ok := x.Named(name); !ok || got != want {
			t.Errorf("Named(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if _, ok := x.Named("Hamas"); ok {
		t.Errorf("Named(Hamas) found an entity the text does not name")
	}
	if id, ok := At(&article.Article{Entities: ents}, article.Span{Start: 0, End: 1}); !ok || id != israel {
		t.Errorf("At(0,1) = %q, %v; want %q", id, ok, israel)
	}
}

// checkEntities verifies the record invariants for any input.
func checkEntities(t *testing.T, s string, ents []article.Entity) {
	t.Helper()
	for i, e := range ents {
		if e.ID != "e"+itoa(i+1) {
			t.Fatalf("entity %d has id %q", i, e.ID)
		}
		switch e.Type {
		case article.Person, article.Organization, article.Place, article.Group:
		default:
			t.Fatalf("entity %q has type %q", e.Name, e.Type)
		}
		if e.Name == "" || len(e.Mentions) == 0 {
			t.Fatalf("entity %+v has no name or mention", e)
		}
		for _, m := range e.Mentions {
			if !m.Valid(len(s)) || m.Len() == 0 {
				t.Fatalf("mention %v of %q out of bounds (%d bytes)", m, e.Name, len(s))
			}
			if !slices.Contains(e.Aliases, s[m.Start:m.End]) {
				t.Fatalf("mention text %q of %q is not among its aliases %q", s[m.Start:m.End], e.Name, e.Aliases)
			}
		}
		for _, r := range e.Roles {
			if r == "" || strings.TrimSpace(r) != r {
				t.Fatalf("role %q of %q not normalized", r, e.Name)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Syrian President Ahmed al-Sharaa met Steve Witkoff, Trump's Middle East envoy.",
		"THE ROAD BACK\n\nÉLYSÉE SAYS Macron Will Go To Kyiv",
		"Mr. Ø. Ñúñez-García of the Κυβέρνηση said İstanbul's mayor, who was named head of the Ministry of Ünity, left.",
		"the RSF, commanded by his former deputy General X",
		"US$ 5 (EU) ( ) , , 's ’s al- el- bin",
		"Deir al Balah\u00a0Gaza Strip\u200b Golan Heights's",
		"A. B. C. D.-E. F-G-H-I Mobile, Alabama, Everett, Washington",
		string([]byte{0xff, 'A', 'l', '-', 0xfe, 'S'}),
		"SOCCER - LEEDS WIN\nLONDON 1996-08-24\nLeeds beat Coventry 2-1 .\nLeeds 2 Coventry 1\n67 Greg Norman\nBLANTYRE, May 18, 1999 (AP) -",
		"Carvell Industries Inc (CVL.N) and Brennan Corp (NASDAQ: BRNP) led the S&P 500 index; Rothschild & Co advised Detik.com.",
		"( ) (X.N (NYSE: : ( a.com & Co 1 - 2-1 - Real FC the Bundesbank",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		checkEntities(t, s, find(s))
	})
}

func TestInvariantsOnStories(t *testing.T) {
	stories, _ := filepath.Glob("testdata/*.txt")
	for _, path := range stories {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s := string(raw)
		checkEntities(t, s, find(s))
		// odd capitalization must not break anything either
		checkEntities(t, strings.ToUpper(s), find(strings.ToUpper(s)))
		checkEntities(t, strings.ToLower(s), find(strings.ToLower(s)))
	}
}

func BenchmarkFind(b *testing.B) {
	stories, _ := filepath.Glob("testdata/*.txt")
	if len(stories) == 0 {
		b.Fatal("no stories under testdata")
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, path := range stories {
			raw, err := os.ReadFile(path)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(raw)
			sb.WriteString("\n\n")
		}
	}
	d := text.Parse(sb.String())
	find("warm the lexicons up")
	b.ReportAllocs()
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(d)
	}
}
