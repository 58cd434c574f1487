package corpus

// The building blocks. Countries and cities are real places; people,
// outlets and organizations are invented for the benchmark.

var countries = []string{
	"Armenia", "Azerbaijan", "Georgia", "Turkey", "Iran", "Iraq", "Syria", "Lebanon", "Israel", "Jordan",
	"Egypt", "Sudan", "Ethiopia", "Eritrea", "Somalia", "Kenya", "Uganda", "Rwanda", "Burundi", "Congo",
	"Angola", "Mali", "Niger", "Chad", "Libya", "Algeria", "Morocco", "Yemen", "Oman", "Qatar",
	"Ukraine", "Russia", "Moldova", "Serbia", "Kosovo", "Bosnia", "Cyprus", "Greece", "Pakistan", "India",
	"Afghanistan", "Tajikistan", "Kyrgyzstan", "Myanmar", "Thailand", "Cambodia", "Colombia", "Venezuela", "Peru", "Haiti",
}

var cities = []string{
	"Geneva", "Doha", "Cairo", "Vienna", "Oslo", "Nairobi", "Addis Ababa", "Jeddah", "Muscat", "Baku",
	"Yerevan", "Tbilisi", "Ankara", "Amman", "Beirut", "Khartoum", "Kigali", "Luanda", "Bamako", "Niamey",
	"Tripoli", "Algiers", "Rabat", "Sanaa", "Aden", "Kyiv", "Odesa", "Kharkiv", "Chisinau", "Belgrade",
	"Pristina", "Sarajevo", "Nicosia", "Athens", "Islamabad", "Kabul", "Dushanbe", "Bishkek", "Naypyidaw", "Bangkok",
	"Phnom Penh", "Bogota", "Caracas", "Lima", "Port-au-Prince", "Mogadishu", "Kampala", "Bujumbura", "Goma", "Kinshasa",
}

var given = []string{
	"Amir", "Lena", "Tomas", "Farida", "Karim", "Irena", "Samuel", "Nadia", "Omar", "Vera",
	"Daniel", "Leyla", "Hassan", "Mira", "Pavel", "Amina", "Jonas", "Selin", "Yusuf", "Dara",
	"Elias", "Noor", "Viktor", "Salma", "Rafael", "Ines", "Tariq", "Zora", "Marek", "Hana",
}

var family = []string{
	"Haddad", "Petrov", "Okafor", "Nazari", "Lindqvist", "Mensah", "Castillo", "Rahimi", "Kovac", "Demir",
	"Almasi", "Brandt", "Quiroga", "Said", "Mwangi", "Farouk", "Ilyin", "Sorensen", "Toure", "Abbasi",
	"Varga", "Nkemelu", "Ortega", "Khalil", "Novak", "Baptiste", "Yilmaz", "Osei", "Hakimi", "Lund",
}

var roles = []string{
	"Foreign Minister", "Defence Minister", "President", "Prime Minister", "army spokesman",
	"chief negotiator", "national security adviser", "deputy foreign minister", "regional governor", "envoy",
}

var outlets = []string{
	"Meridian Wire", "Frontline Daily", "The Harbour Post", "Eastern Courier", "Capital Ledger",
	"Crossroads News", "The Northern Star", "Gulf Observer", "Highland Times", "The Atlas Review",
	"Continental Press", "Borderlands Today", "The Evening Dispatch", "Riverside Herald", "Summit Gazette",
}

var orgs = []string{
	"United Nations", "African Union", "European Union", "Red Cross", "Arab League",
	"World Food Programme", "OSCE", "IGAD", "ECOWAS", "ASEAN",
}

var days = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var anonymous = []string{
	"two diplomats briefed on the talks", "a senior official who asked not to be named",
	"three people familiar with the matter", "a source close to the negotiations",
	"officials on both sides", "a Western diplomat", "two security sources",
}

var goods = []string{"fuel", "grain", "medicine", "water", "tents", "food parcels", "blankets"}

var sites = []string{
	"a fuel depot", "an ammunition store", "a border post", "a bridge", "a power station",
	"an airfield", "a command centre", "a checkpoint", "a rail junction", "a radar site",
}

var topics = []string{
	"prisoner exchanges", "the return of displaced families", "the demarcation of the border",
	"the withdrawal of heavy weapons", "humanitarian corridors", "the reopening of the airport",
	"a monitoring mission", "the release of detained journalists", "sanctions relief", "water sharing",
}

// Sentence patterns. Slots: {A} and {T} two countries (actor, target),
// {C} a city, {P} a person with role, {Q} the same person by surname,
// {O} an organization, {D} a weekday, {N} a number, {G} goods, {X} a site,
// {K} a topic.
type pattern struct {
	text          string
	event, plover string
	modality      string
}

var eventPatterns = []pattern{
	{"Delegations from {A} and {T} met in {C} on {D} for talks on {K}.", "MEET", "CONSULT", "asserted"},
	{"Negotiators from {A} and {T} resumed talks in {C} on {D}, focusing on {K}.", "NEGOTIATE", "CONSULT", "asserted"},
	{"{A} and {T} agreed on {D} to a {N}-day ceasefire along the front line near {C}.", "AGREE", "AGREE", "asserted"},
	{"{A} proposed a new round of talks on {K}, to be held in {C} next month.", "PROPOSE", "CONSULT", "proposed"},
	{"{A} rejected the offer, saying it did not address {K}.", "REJECT", "REJECT", "asserted"},
	{"Drones launched from {A} struck {X} near {C} overnight, damaging {N} buildings.", "ATTACK_AIR", "ASSAULT", "asserted"},
	{"Troops from {A} shelled positions held by {T} near {C} on {D}.", "ATTACK_GROUND", "ASSAULT", "asserted"},
	{"At least {N} people were killed when fighting between {A} and {T} reached the outskirts of {C}.", "KILL", "ASSAULT", "asserted"},
	{"{A} released {N} detainees held since the clashes, handing them over in {C}.", "RELEASE_PERSONS", "CONCEDE", "asserted"},
	{"{A} began withdrawing units from the area around {C} on {D}.", "WITHDRAW", "RETREAT", "asserted"},
	{"{A} deployed {N} additional troops to the border with {T}.", "DEPLOY", "MOBILIZE", "asserted"},
	{"A convoy of {N} trucks carrying {G} reached {C} on {D}, the {O} said.", "AID", "AID", "asserted"},
	{"{A} accused {T} of breaking the truce near {C}.", "ACCUSE", "DISAPPROVE", "asserted"},
	{"{A} threatened to suspend the talks unless {T} withdrew from {C}.", "THREATEN", "THREATEN", "asserted"},
	{"{P} arrived in {C} on {D} for a two-day visit.", "VISIT", "CONSULT", "asserted"},
}

// Claims: "{source} said {content}." The content patterns use the slots.
var claimContents = []string{
	"the two sides had narrowed their differences on {K}",
	"a draft text could be ready within {N} days",
	"{T} had moved heavy weapons closer to {C} in breach of the truce",
	"the talks in {C} would continue next week",
	"{N} civilians were still missing after the strikes",
	"{A} was ready to discuss {K} without preconditions",
	"the ceasefire around {C} was largely holding",
	"any deal would need the backing of the {O}",
	"shelling had forced {N} families to leave their homes near {C}",
	"the offer on {K} was final",
}

var backgrounds = []string{
	"The conflict between {A} and {T} has displaced tens of thousands of people since it began.",
	"Earlier rounds of negotiations in {C} ended without agreement.",
	"The {O} has repeatedly called for restraint on both sides.",
	"Residents of {C} said the streets were quiet on {D} evening.",
	"Aid groups warn that shortages of {G} are growing across the region.",
	"Analysts say the dispute over {K} remains the hardest to settle.",
	"Satellite images reviewed by analysts showed new earthworks near {C}.",
	"Previous truces have collapsed within weeks.",
}

var titles = []string{
	"{A} and {T} hold talks in {C}",
	"Fighting flares near {C} as talks stall",
	"{A}, {T} agree ceasefire after talks in {C}",
	"Aid reaches {C} as truce holds",
	"{A} accuses {T} of truce violations",
	"Talks on {K} resume in {C}",
	"Drone strikes hit {C} overnight",
}
