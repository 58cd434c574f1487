package event

// Closed word classes the clause rules read. Open classes (triggers, actor
// nouns, countries) are data files in internal/lexicon.

var determiners = set("a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
	"my", "your", "any", "some", "each", "every", "another", "such", "no", "all", "both", "several", "many", "more",
	"further", "fresh", "series", "wave", "round", "rounds", "number", "string", "spate", "flurry", "one", "two",
	"three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands")

var articles = set("the", "a", "an", "its", "their", "his", "her")

var preps = set("in", "on", "at", "of", "from", "to", "with", "by", "for", "near", "against", "into", "over",
	"under", "between", "toward", "towards", "across", "through", "about", "after", "before", "during", "since",
	"amid", "within", "without", "via", "outside", "inside", "around", "among", "behind", "beyond", "upon")

// nounMods are adjectives that sit before event nouns ("new airstrikes",
// "direct talks", "a partial withdrawal").
var nounMods = set("new", "fresh", "direct", "indirect", "face-to-face", "in-person", "back-channel", "secret",
	"partial", "full", "complete", "total", "gradual", "phased", "military", "air", "aerial", "ground", "deadly",
	"heavy", "renewed", "repeated", "several", "further", "first", "second", "third", "final", "last", "latest",
	"recent", "previous", "massive", "major", "large-scale", "limited", "brief", "short", "long", "high-level",
	"bilateral", "trilateral", "multilateral", "peace", "ceasefire", "security", "diplomatic", "official", "informal",
	"formal", "joint", "surprise", "cross-border", "retaliatory", "preemptive", "pre-emptive", "suicide", "armed",
	"violent", "bloody", "fierce", "southern", "northern", "eastern", "western", "central", "occupied", "intense", "sporadic", "overnight", "early", "late", "nightly", "daily", "weekly",
	"mass", "possible", "potential", "planned", "proposed", "future", "fresh", "humanitarian", "emergency", "urgent",
	"immediate", "unconditional", "conditional", "reciprocal", "mutual", "historic", "landmark", "rare", "first-ever",
	"two-day", "three-day", "one-day", "hours-long", "days-long", "weeks-long", "low-level", "senior", "technical",
	"separate", "parallel", "ongoing", "continued", "continuing", "stalled", "fragile", "israeli", "american",
	"roadside", "car", "drone", "rocket", "mortar", "missile", "artillery", "sniper")

// lightFill may stand between a light verb and its noun: "a series of
// airstrikes", "a wave of arrests".
var lightFill = set("of", "series", "wave", "round", "rounds", "number", "string", "spate", "campaign", "barrage", "package", "raft", "set",
	"flurry", "and", "what", "it", "called")

var auxes = set("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
	"should", "may", "might", "must", "can", "shall", "did", "does", "do")

var beForms = set("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting")

var adverbs = set("also", "not", "never", "already", "still", "just", "now", "then", "reportedly", "allegedly",
	"officially", "formally", "eventually", "finally", "initially", "later", "recently", "previously", "again",
	"first", "yet", "only", "even", "apparently", "jointly", "quickly", "immediately", "effectively", "partially",
	"largely", "mostly", "fully", "repeatedly", "indirectly", "directly", "publicly", "privately", "secretly", "been",
	"being", "have", "has", "had", "newly", "subsequently", "since", "once")

// participles irregular enough not to end in -ed or -en.
var participles = set("met", "held", "struck", "shot", "fought", "freed", "led", "sent", "put", "sworn", "slain",
	"caught", "hit", "built", "left", "made", "brought", "bought", "sought", "taught", "told", "found")

// relatives open a clause whose subject is the chunk before them.
var relatives = set("who", "which", "whom", "whose")

// boundaries end the search for a subject: a new clause starts at them.
var boundaries = set("but", "while", "when", "whereas", "although", "though", "because", "after", "before",
	"since", "until", "unless", "if", "as", "that", "where", "whether", "so", "amid")

// stopWords end a trigger's phrase when looking for its by/with partners.
var stopWords = set("and", "but", "while", "when", "which", "who", "that", "after", "before", "because", "as",
	"said", "says", "told")

// subjVerbs follow an event noun that is its clause's subject.
var subjVerbs = set("began", "begin", "begins", "started", "ended", "ends", "resumed", "resume", "continued",
	"continue", "continues", "erupted", "broke", "took", "take", "takes", "collapsed", "stalled", "focused", "focus",
	"focuses", "killed", "hit", "struck", "targeted", "wounded", "destroyed", "damaged", "left", "came", "followed",
	"upended", "produced", "yielded", "concluded", "opened", "mark", "marked", "aimed", "lasted", "went")

// objVerbs take an object right after them ("confirmed indirect talks").
var objVerbs = set("confirmed", "announced", "denied", "held", "launched", "began", "resumed", "hosted", "joined",
	"attended", "welcomed", "condemned", "called", "ordered", "led", "made", "has", "have", "had", "sent", "saw",
	"see", "seeing", "backed", "met", "meet", "meeting", "attacked", "struck", "hit", "killed", "freed", "released",
	"bombed", "toppled", "took", "seized", "captured", "detaining", "invaded", "occupied", "pressured", "urged",
	"admonished", "called", "accused", "told", "asked", "warned", "visited", "named", "appointed", "criticized")

var truceWords = set("ceasefire", "cease-fire", "truce", "armistice", "ceasefires", "truces")

var pactWords = set("deal", "deals", "agreement", "agreements", "accord", "accords", "treaty", "treaties",
	"declaration", "pact", "memorandum", "ceasefire", "cease-fire", "truce", "understanding", "understandings",
	"settlement", "framework", "compromise", "protocol", "arrangement", "plan", "proposal", "roadmap", "road",
	"armistice", "consensus", "deal,", "bargain", "charter", "communique", "communiqué", "joint", "peace")

var aidWords = set("aid", "assistance", "grant", "grants", "dollars", "credit", "credits", "asylum", "intelligence",
	"refuge", "visas", "euros", "pounds", "yen", "food", "supplies", "medicine", "medicines", "medical", "fuel", "relief",
	"trucks", "humanitarian", "shelter", "tents", "water", "loans", "loan", "funds", "funding", "money", "grain",
	"vaccines", "weapons", "arms", "ammunition", "equipment", "flour", "convoys", "convoy", "plane", "planes",
	"donations", "blankets", "rations", "doctors", "deliveries", "million", "billion")

// personWords are people an act can free, hold or kill.
var personWords = set("hostages", "hostage", "prisoners", "prisoner", "detainees", "detainee", "captives", "captive",
	"people", "civilians", "soldiers", "soldier", "journalists", "journalist", "bodies", "body", "members", "nationals",
	"citizens", "activists", "workers", "palestinians", "israelis", "women", "children", "men", "students", "protesters",
	"fighters", "militants", "officials", "aid", "pows", "hostage-takers", "inmates", "abductees", "remains", "crew",
	"sailors", "pilots", "tourists", "foreigners", "refugees", "migrants", "dissidents", "opposition", "leaders", "leader",
	"rebels", "troops", "seamen", "mps", "lawmakers", "hundreds", "thousands", "dozens", "dozen", "all",
	"villagers", "residents", "passengers", "worshippers", "farmers", "pupils", "schoolchildren", "schoolgirls",
	"couple", "engineers", "nurses", "priest", "priests", "missionaries", "pilgrims", "fishermen", "monks", "nuns")

var proposalNouns = set("proposal", "proposals", "plan", "plans", "draft", "offer", "framework", "proposed",
	"blueprint", "roadmap", "initiative")

var placePreps = set("in", "at", "near", "outside", "inside", "across", "into", "around")

var placeNouns = set("region", "regions", "area", "areas", "city", "town", "towns", "village", "villages",
	"province", "provinces", "border", "camp", "camps", "district", "capital", "territory", "territories", "strip",
	"zone", "zones", "sites", "site", "valley", "port", "coast", "countryside", "south", "north", "east", "west",
	"neighborhood", "neighbourhood", "hospital", "hospitals", "palace", "base", "compound", "corridor", "crossing",
	"enclave", "state", "county", "frontier", "heights", "island", "islands", "mountains", "refugee", "resort",
	"suburb", "suburbs", "outskirts", "neighborhoods", "neighbourhoods", "quarter", "crossings", "governorate")

var relTime = set("today", "yesterday", "tonight", "tomorrow", "recently", "earlier", "later", "week", "month",
	"year", "morning", "evening", "night", "afternoon", "weekend")

var timeWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"spring", "summer", "autumn", "winter", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec")

// intransitives are past forms of verbs that take no object, so they are
// never a participle set after a noun ("the truce collapsed on Friday").
var intransitives = set("collapsed", "erupted", "expired", "crumbled", "faltered", "unravelled", "unraveled")

// talkNouns name rounds of talking, which a host receives.
var talkNouns = set("talks", "negotiations", "consultations", "dialogue", "round", "rounds")

// denials are the verbs that say an act did not happen.
var denials = set("denied", "denies", "deny", "denying")

// force holds the types of violent acts, whose doer a participle of
// result after them shares.
var force = set("ATTACK_AIR", "ATTACK_GROUND", "KILL", "ABDUCT")

// spanUnits are units of time and distance, which a count names without
// naming people ("within 15 days", "30 kilometres").
var spanUnits = set("seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "kilometres",
	"kilometers", "miles", "metres", "meters", "kms", "times", "percent", "dollars", "euros", "tonnes", "tons")

var groupWords = set("group", "groups", "hundreds", "thousands", "dozens", "tens", "members", "crowd", "crowds",
	"some", "many", "scores", "band", "number", "contingent", "unit", "delegation", "team")

// civilWords are people brought to safety, not a side's own forces.
var civilWords = set("civilians", "residents", "wounded", "injured", "sick", "patients", "children", "families",
	"villagers", "refugees", "women", "elderly", "people", "nationals", "citizens", "foreigners", "students",
	"pilgrims", "tourists", "inhabitants", "survivors", "orphans", "babies", "population")

var captiveWords = set("hostage", "hostages", "captive", "captives", "prisoner", "prisoners")

// goalNouns take an infinitive that is an aim, not an act: "efforts to
// reach a truce", "a big opportunity to reach an agreement".
var goalNouns = set("efforts", "effort", "bid", "push", "attempt", "attempts", "opportunity", "chance", "hopes",
	"hope", "way", "ability", "right", "need", "pressure", "time", "drive", "campaign", "moves", "move", "plans",
	"intention", "readiness", "willingness", "mandate", "order", "call", "calls", "demand", "demands", "offer")

var mustWords = set("must", "cannot", "can't", "should", "shall")

// raising words stand between a subject and its verb: "Trump is
// scheduled to meet", "the army is expected to withdraw".
var raising = set("scheduled", "due", "expected", "set", "planning", "going", "able", "ready", "willing",
	"prepared", "about", "likely", "unlikely", "poised", "preparing", "trying", "seeking", "hoping", "keen",
	"refused", "declined", "failed", "agreed", "promised", "pledged", "vowed", "threatened", "sought", "wants",
	"wanted", "plans", "planned", "intends", "decided")

// sideEvents are acts between the two sides of a story when the text
// names no one: talks, meetings, fighting.
var sideEvents = set("NEGOTIATE", "MEET", "ATTACK_GROUND", "CEASEFIRE_START", "CEASEFIRE_BREAK")

// stateActs are done by states, whoever signs for them.
var stateActs = set("AGREE", "WITHDRAW", "CEASEFIRE_START", "CEASEFIRE_BREAK", "DEPLOY")

var preventWords = set("preventing", "prevent", "prevents", "reducing", "reduce", "ending", "end", "avoid",
	"avoiding", "halt", "halting", "stop", "stopping", "curb", "curbing", "deter", "deterring", "averting", "avert",
	"ended", "ends", "halted", "halts", "stopped", "stops", "lift", "lifts", "lifted", "lifting", "abandoned", "scrapped",
	// "suspended peace talks", "postponed the meeting": nobody talked
	"suspended", "suspends", "suspend", "suspending", "postponed", "postpones", "postpone", "cancelled", "canceled",
	"cancels", "adjourned")

// lightNoun verbs take the next word as a noun: "put pressure", "pose a threat".
var lightNoun = set("put", "exert", "apply", "pose", "poses", "posed", "exerted", "applied", "puts")

// hostile PLOVER types: announced, they threaten.
var hostile = set("ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "REJECT", "PROTEST")

var weaponWords = set("shells", "shell", "rockets", "rocket", "missiles", "missile", "mortars", "mortar", "shots",
	"bullets", "at", "on", "into", "tear", "grenades", "artillery", "rounds", "volleys", "warning")

var territoryWords = set("territory", "control", "town", "city", "village", "villages", "towns", "areas", "swaths",
	"positions", "airport", "base", "hill", "district", "province", "region")

var laborWords = []string{"workers", "union", "unions", "labor", "labour", "employees", "teachers", "doctors",
	"nurses", "hunger", "general", "strikers", "wage", "wages", "pay"}

var numberWords = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"dozens", "hundreds", "thousands", "several", "both")

// ploverOnly are the kinds outside the SPEC types, kept for PLOVER.
var ploverOnly = set("SANCTION", "PROTEST", "INVESTIGATE", "SUPPORT", "COOPERATE", "CONCEDE", "COERCE")

// titleNouns before a name make it a person's.
var titleNouns = set("president", "minister", "leader", "envoy", "official", "chief", "commander", "general",
	"secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "king", "prince", "emir", "sheikh",
	"governor", "mayor", "negotiator", "mediator", "premier", "chancellor", "senator", "lawmaker", "diplomat")

// reportCues are verbs of saying that put what they govern on a source.
var reportCues = set("said", "says", "told", "reported", "according", "stated", "claimed", "added", "confirmed",
	"announced", "alleged")

// lullVerbs say an act died down ("fighting subsided"); lullAdverbs may
// stand before them ("has gradually eased").
var lullVerbs = set("subsided", "subsides", "subside", "subsiding", "eased", "eases", "easing", "abated", "abates",
	"waned", "wanes", "calmed", "calms", "quietened", "quieted", "diminished", "diminishes", "declined", "declines",
	"lessened", "slowed", "slows", "dwindled", "dwindles", "petered", "died", "dies", "tapered")

var lullAdverbs = set("largely", "gradually", "significantly", "considerably", "somewhat", "markedly", "sharply",
	"mostly", "broadly", "generally", "slightly", "since")

// adverbParticles end a phrasal verb: "ordered out of", "driven off".
var adverbParticles = set("out", "off", "away", "back", "home", "abroad")

// verbParticles end a phrasal verb that still takes an object, so may be a
// passive: "prisoners handed over to", "civilians rounded up in".
var verbParticles = set("over", "up", "out", "off", "down", "back", "in", "into", "on", "to", "away", "for", "at")

// hostileWords name a campaign of force without telling one act of it.
var hostileWords = set("offensive", "offensives", "operations", "operation", "hostilities", "advance", "campaign", "bombardment", "incursion", "incursions")

// militaryTargets are what a strike is aimed at when no actor is named:
// "struck dozens of targets", "hit militant positions".
var militaryTargets = set("targets", "target", "positions", "position", "bases", "base", "depots", "depot", "sites",
	"hideouts", "hideout", "camps", "launchers", "strongholds", "stronghold", "outposts", "outpost", "command",
	"facility", "facilities", "refinery", "refineries", "airfield", "airfields", "infrastructure", "convoy", "convoys",
	"vessel", "vessels", "tanker", "tankers", "ship", "ships", "barracks", "checkpoint", "checkpoints", "warehouse", "warehouses")

// allegiance words tie a group to a patron: "loyal to", "allied with".
var allegiance = set("loyal", "allied", "aligned", "linked", "close", "affiliated", "tied", "faithful")

// weaponNouns are actor nouns that, as the object of an attack, are its
// means: "fired drones", "launched warplanes".
var weaponNouns = set("drones", "drone", "warplanes", "jets", "aircraft", "tanks", "artillery", "bombers")
