package claim

import (
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
)

// TestConflictWire checks sourcing shapes of conflict and diplomacy wire
// copy, one sentence each: hyphenated Arabic names as sources, outlets
// described rather than named, and contents that end before the reporter's
// own words about the saying. The first claim is checked, its content
// exactly, and n is the number of claims the sentence must give.
func TestConflictWire(t *testing.T) {
	tests := []struct {
		name, text, content string
		n                   int
		want                want
	}{
		{"a setting with no comma ends a content that is no clause", "The premier accused the rebels of \u201csabotage\u201d in a speech to a regional summit on Monday.", "the rebels of \u201csabotage\u201d", 1,
			want{source: "The premier", srcSpan: "The premier", cue: "accused", named: true, count: 1, direct: true}},
		{"a news conference with no comma ends a quoted content", "The envoy called the offer \u201cserious\u201d at a news conference in Geneva.", "the offer \u201cserious\u201d", 1,
			want{source: "The envoy", srcSpan: "The envoy", cue: "called", count: 1, direct: true}},
		{"a setting inside a clause stays content", "The mayor said the shelter was hit in a raid at dawn.", "the shelter was hit in a raid at dawn", 1,
			want{source: "The mayor", srcSpan: "The mayor", cue: "said", named: true, count: 1}},
		{"a setting of the deed asked for stays content", "The minister urged the rebels to hand over their weapons at a meeting in the capital.", "the rebels to hand over their weapons at a meeting in the capital", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "urged", named: true, count: 1}},
		{"an inner claim ends where the outer source follows", "The group's commander vowed to fight \u201cto the end\u201d, a spokesman said on Sunday.", "to fight \u201cto the end\u201d", 2,
			want{source: "The group's commander", srcSpan: "The group's commander", cue: "vowed", count: 1, direct: true}},
		{"a short name in brackets after according to", "According to the Inter-Services Public Relations (ISPR), troops fired on two villages.", "troops fired on two villages", 1,
			want{source: "the Inter-Services Public Relations (ISPR)", srcSpan: "the Inter-Services Public Relations (ISPR)", cue: "According to", named: true, count: 1}},
		{"a short name in brackets behind", "Troops fired on two villages, according to the Inter-Services Public Relations (ISPR).", "Troops fired on two villages", 1,
			want{source: "the Inter-Services Public Relations (ISPR)", srcSpan: "the Inter-Services Public Relations (ISPR)", cue: "according to", named: true, count: 1}},
		{"and inside a body's name counts one", "The Hostages and Missing Families Forum said 59 hostages remained in Gaza.", "59 hostages remained in Gaza", 1,
			want{source: "The Hostages and Missing Families Forum", srcSpan: "The Hostages and Missing Families Forum", cue: "said", named: true, count: 1}},
		{"and inside a project's name counts one", "According to the Armed Conflict Location and Event Data Project, 1,600 people were killed.", "1,600 people were killed", 1,
			want{source: "the Armed Conflict Location and Event Data Project", srcSpan: "the Armed Conflict Location and Event Data Project", cue: "According to", named: true, count: 1}},
		{"two names joined count two", "Egypt and Qatar said the talks would resume.", "the talks would resume", 1,
			want{source: "Egypt and Qatar", srcSpan: "Egypt and Qatar", cue: "said", named: true, count: 2}},
		{"a name and a body count two", "Hamas and the Islamic Jihad Movement said they would attend.", "they would attend", 1,
			want{source: "Hamas and the Islamic Jihad Movement", srcSpan: "Hamas and the Islamic Jihad Movement", cue: "said", named: true, count: 2}},
		{"a dateline's double hyphen after an outlet", "DOHA (Gulf Daily) -- Mediators are pressing both sides, a source told Gulf Daily.", "Mediators are pressing both sides", 1,
			want{source: "a source", srcSpan: "a source", cue: "told", count: 1, outlet: "Gulf Daily"}},
		{"a wire dateline's double hyphen", "CAIRO (AP) -- Egypt is hosting the talks, officials said.", "Egypt is hosting the talks", 1,
			want{source: "officials", srcSpan: "officials", cue: "said"}},
		{"the one urged is in what was urged", "The general urged the rebels to appear at a hearing in the capital.", "the rebels to appear at a hearing in the capital", 1,
			want{source: "The general", srcSpan: "The general", cue: "urged", named: true, count: 1}},
		{"the one urged with a place", "The general urged the rebels in the north to lay down their arms.", "the rebels in the north to lay down their arms", 1,
			want{source: "The general", srcSpan: "The general", cue: "urged", named: true, count: 1}},
		{"a bare plural urged", "The envoy urged donors to honour their promises.", "donors to honour their promises", 1,
			want{source: "The envoy", srcSpan: "The envoy", cue: "urged", count: 1}},
		{"both sides urged to a quote", "The United States urged both sides to \u201crespect their commitments\u201d.", "both sides to \u201crespect their commitments\u201d", 1,
			want{source: "The United States", srcSpan: "The United States", cue: "urged", named: true, count: 1, direct: true}},
		{"asked the crowd", "The mayor asked the crowd to go home.", "the crowd to go home", 1,
			want{source: "The mayor", srcSpan: "The mayor", cue: "asked", named: true, count: 1}},
		{"the one told before that stays out", "The mayor told the crowd that the curfew was lifted.", "the curfew was lifted", 1,
			want{source: "The mayor", srcSpan: "The mayor", cue: "told", named: true, count: 1}},
		{"an outlet told before an infinitive", "The minister told Reuters on Monday that the army was ready to retake the town.", "the army was ready to retake the town", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "told", named: true, count: 1, outlet: "Reuters"}},
		{"another voice after though ends the content", "Diplomats said the meeting would include junta envoys, though two regional officials said it was still being negotiated.", "the meeting would include junta envoys", 2,
			want{source: "Diplomats", srcSpan: "Diplomats", cue: "said"}},
		{"another voice with a name in commas after while", "The minister said the sides were close, while his Azerbaijani counterpart, Jeyhun Bayramov, said Baku expected more.", "the sides were close", 2,
			want{source: "The minister", srcSpan: "The minister", cue: "said", named: true, count: 1}},
		{"no voice after although stays content", "The envoy said the truce held, although two villages were shelled overnight.", "the truce held, although two villages were shelled overnight", 1,
			want{source: "The envoy", srcSpan: "The envoy", cue: "said", count: 1}},
		{"afterwards before that is no content", "The minister said afterwards that the sides were close.", "the sides were close", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "said", named: true, count: 1}},
		{"a quoted label inside a relative clause on the source", "President Ana Ruiz, who has staked her legacy on what she calls \u201ctotal peace\u201d, said in Cali that a deal was near.", "a deal was near", 1,
			want{source: "President Ana Ruiz", srcSpan: "President Ana Ruiz", cue: "said", named: true, count: 1}},
		{"a quoted label inside a relative clause before told", "The envoy, who arrived on the \u201cpeace train\u201d, told Reuters the talks would go on.", "the talks would go on", 1,
			want{source: "The envoy", srcSpan: "The envoy", cue: "told", count: 1, outlet: "Reuters"}},
		{"a quote before the source is still content", "\u201cWe will not sign that,\u201d Ana Ruiz, who leads the delegation, said.", "\u201cWe will not sign that,\u201d", 1,
			want{source: "Ana Ruiz", srcSpan: "Ana Ruiz", cue: "said", named: true, count: 1, direct: true}},
		{"quoted by an agency as saying", "The ambassador was quoted by the Tasnim news agency as saying that Tehran opposed any change.", "Tehran opposed any change", 2,
			want{source: "The ambassador", srcSpan: "The ambassador", cue: "saying", named: true, count: 1, outlet: "the Tasnim news agency"}},
		{"quoted as saying with no one quoting", "The ambassador was quoted as saying that Tehran opposed any change.", "Tehran opposed any change", 2,
			want{source: "The ambassador", srcSpan: "The ambassador", cue: "saying", named: true, count: 1}},
		{"a letter seen by an agency opens the sentence", "In a letter to the council dated last week, seen by AFP, the experts said 3,000 soldiers were deployed.", "3,000 soldiers were deployed", 1,
			want{source: "the experts", srcSpan: "the experts", cue: "said", outlet: "AFP"}},
		{"a speech seen by millions names no outlet", "In a speech seen by millions, the president said the war was over.", "the war was over", 1,
			want{source: "the president", srcSpan: "the president", cue: "said", named: true, count: 1}},
		{"a relative clause with no comma and an aside", "Two aid workers who fled the city to Tawila, about 60 km to the west, told Reuters they had seen fighters.", "they had seen fighters", 1,
			want{source: "Two aid workers who fled the city to Tawila, about 60 km to the west", srcSpan: "Two aid workers who fled the city to Tawila, about 60 km to the west,", cue: "told", count: 2, outlet: "Reuters"}},
		{"a name with two appositives opening the sentence", "Corneille Nangaa, the leader of the alliance, the coalition that includes M23, told the Financial Times that his movement would march.", "his movement would march", 1,
			want{source: "Corneille Nangaa, the leader of the alliance, the coalition that includes M23", srcSpan: "Corneille Nangaa, the leader of the alliance, the coalition that includes M23,", cue: "told", named: true, count: 1, outlet: "the Financial Times"}},
		{"a time opening the sentence is no name", "On Monday, the minister, a veteran of the talks, said the deal was dead.", "the deal was dead", 1,
			want{source: "the minister, a veteran of the talks", srcSpan: "the minister, a veteran of the talks,", cue: "said", named: true, count: 1}},
		{"a single word opening the sentence is no name", "Yesterday, the minister, a veteran of the talks, said the deal was dead.", "the deal was dead", 1,
			want{source: "the minister, a veteran of the talks", srcSpan: "the minister, a veteran of the talks,", cue: "said", named: true, count: 1}},
		{"that before an auxiliary is the subject", "Diplomats said the envoy would attend, though two officials said that was still being negotiated.", "the envoy would attend", 2,
			want{source: "Diplomats", srcSpan: "Diplomats", cue: "said"}},
		{"that before a modal is the subject", "The minister said that would be a mistake.", "that would be a mistake", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "said", named: true, count: 1}},
		{"that before an infinitive opens the clause", "The minister said that to end the war both sides must talk.", "to end the war both sides must talk", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "said", named: true, count: 1}},
		{"a masthead told", "The minister told the Jordan Times that the border would reopen.", "the border would reopen", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "told", named: true, count: 1, outlet: "the Jordan Times"}},
		{"a masthead with its article capitalized", "Hossam Badran told The Levant Ledger by phone that the map was rejected.", "the map was rejected", 1,
			want{source: "Hossam Badran", srcSpan: "Hossam Badran", cue: "told", named: true, count: 1, outlet: "The Levant Ledger"}},
		{"a person named like a masthead is no outlet", "The minister told Ana Post that the border would reopen.", "the border would reopen", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "told", named: true, count: 1}},
		{"the source's own website is no outlet", "The dissidents said in a statement on their website that the killing would not weaken them.", "the killing would not weaken them", 1,
			want{source: "The dissidents", srcSpan: "The dissidents", cue: "said in a statement", named: true}},
		{"the source's own channel is no outlet", "The group said on its Telegram channel that it had downed a drone.", "it had downed a drone", 1,
			want{source: "The group", srcSpan: "The group", cue: "said", named: true, count: 1}},
		{"a live blog's stamp opens no name", "10:30 GMT - Officials in Cairo said a new round was possible.", "a new round was possible", 1,
			want{source: "Officials in Cairo", srcSpan: "Officials in Cairo", cue: "said"}},
		{"a dateline opens no name", "ADEN, May 2 (Reuters) - Officials said the port had reopened.", "the port had reopened", 1,
			want{source: "Officials", srcSpan: "Officials", cue: "said"}},
		{"a citing aside in commas claims nothing", "Israeli media, citing an unnamed official, reported that the cabinet had approved the mandate.", "the cabinet had approved the mandate", 1,
			want{source: "Israeli media", srcSpan: "Israeli media", cue: "reported"}},
		{"a dispute of that before a participle", "An Israeli official disputed that, telling the paper that the reply had added conditions.", "that", 2,
			want{source: "An Israeli official", srcSpan: "An Israeli official", cue: "disputed", count: 1}},
		{"a cue joined after the first cue's setting", "\u201cWe will not give up the town,\u201d the general said in a video address, and vowed to fight \u201cuntil the last soldier\u201d.", "\u201cWe will not give up the town,\u201d", 2,
			want{source: "the general", srcSpan: "the general", cue: "said in a video address", named: true, count: 1, direct: true}},
		{"a hyphenated name alone before the cue", "“The border will stay open,” al-Hadidi said on Monday.", "“The border will stay open,”", 1,
			want{source: "al-Hadidi", srcSpan: "al-Hadidi", cue: "said", named: true, count: 1, direct: true}},
		{"a hyphenated name alone after the content", "The convoy was turned back at dawn, el-Masri said.", "The convoy was turned back at dawn", 1,
			want{source: "el-Masri", srcSpan: "el-Masri", cue: "said", named: true, count: 1}},
		{"a hyphenated name with a participle", "“We want calm,” al-Hadidi said, adding that his cabinet would meet on Sunday.", "“We want calm,”", 2,
			want{source: "al-Hadidi", srcSpan: "al-Hadidi", cue: "said", named: true, count: 1, direct: true}},
		{"a national television told", "The governor told Moldovan television that four people were hurt.", "four people were hurt", 1,
			want{source: "The governor", srcSpan: "The governor", cue: "told", named: true, count: 1, outlet: "Moldovan television"}},
		{"state television is no cue", "“Nobody will dictate our policy,” the minister told state television. “Not now, not ever.”", "“Nobody will dictate our policy,” the minister told state television. “Not now, not ever.”", 1,
			want{source: "the minister", srcSpan: "the minister", cue: "told", named: true, count: 1, outlet: "state television", direct: true}},
		{"a state news agency with its name", "The envoy told the state news agency Petra that the talks had ended.", "the talks had ended", 1,
			want{source: "The envoy", srcSpan: "The envoy", cue: "told", count: 1, outlet: "the state news agency Petra"}},
		{"a numbered channel", "The general told Channel 7 television on Friday that the drills were over.", "the drills were over", 1,
			want{source: "The general", srcSpan: "The general", cue: "told", named: true, count: 1, outlet: "Channel 7 television"}},
		{"state media told", "A senior officer told state media that the pass was closed.", "the pass was closed", 1,
			want{source: "A senior officer", srcSpan: "A senior officer", cue: "told", count: 1, outlet: "state media"}},
		{"an interview's setting ends the content", "The president said a vote could take two years, in an interview with the Kenyan broadcaster Citizen TV.", "a vote could take two years", 1,
			want{source: "The president", srcSpan: "The president", cue: "said", named: true, count: 1, outlet: "the Kenyan broadcaster Citizen TV"}},
		{"a statement's setting ends the content", "The refugees would be moved by June, the governor said, in a televised address.", "The refugees would be moved by June", 1,
			want{source: "the governor", srcSpan: "the governor", cue: "said", named: true, count: 1}},
		{"a caveat ends the content", "Medics said 19 people had died in the camp, a figure that could not be independently verified.", "19 people had died in the camp", 1,
			want{source: "Medics", srcSpan: "Medics", cue: "said"}},
		{"a reporter's caveat with a subject", "Residents said nine people had drowned, a toll the agency has not verified.", "nine people had drowned", 1,
			want{source: "Residents", srcSpan: "Residents", cue: "said"}},
		{"another voice's report after as", "The navy said it had sunk two boats, as officials on the coast reported fresh shelling.", "it had sunk two boats", 2,
			want{source: "The navy", srcSpan: "The navy", cue: "said", named: true, count: 1}},
		{"what was not said after but", "The militia confirmed the capture of the airport but did not give a toll.", "the capture of the airport", 1,
			want{source: "The militia", srcSpan: "The militia", cue: "confirmed", named: true, count: 1}},
		{"a count right after the cue is content", "The ministry said 40 people were killed on Sunday.", "40 people were killed on Sunday", 1,
			want{source: "The ministry", srcSpan: "The ministry", cue: "said", named: true, count: 1}},
		{"a count after a day is content", "The ministry said Sunday 40 people were killed.", "40 people were killed", 1,
			want{source: "The ministry", srcSpan: "The ministry", cue: "said", named: true, count: 1}},
		{"a date after the cue is not", "The ministry said March 3 it would reopen the crossing.", "it would reopen the crossing", 1,
			want{source: "The ministry", srcSpan: "The ministry", cue: "said", named: true, count: 1}},
		{"a body rejects claims that", "The army on Friday rejected claims that its troops had shelled the market.", "claims that its troops had shelled the market", 1,
			want{source: "The army", srcSpan: "The army", cue: "rejected", named: true, count: 1}},
		{"a body dismisses reports that", "The ministry dismissed reports that the envoy had resigned.", "reports that the envoy had resigned", 1,
			want{source: "The ministry", srcSpan: "The ministry", cue: "dismissed", named: true, count: 1}},
		{"a label after the claim is a second one", "The army denied it had fired on the crowd, calling the video \"a fabrication\".", "it had fired on the crowd", 2,
			want{source: "The army", srcSpan: "The army", cue: "denied", named: true, count: 1}},
		{"a statement aside is no part of the source", "The rebels, in a statement on their website, said they had taken the pass.", "they had taken the pass", 1,
			want{source: "The rebels", srcSpan: "The rebels", cue: "said", named: true}},
		{"quoted by an agency is the outlet", "The deputy minister, quoted by the state news agency, said the border was shut.", "the border was shut", 1,
			want{source: "The deputy minister", srcSpan: "The deputy minister", cue: "said", named: true, count: 1, outlet: "the state news agency"}},
		{"a document seen by an outlet", "The plan was revised twice, according to a memo seen by AFP.", "The plan was revised twice", 1,
			want{source: "a memo seen by AFP", srcSpan: "a memo seen by AFP", cue: "according to", count: 1, outlet: "AFP"}},
		{"a document with its author seen by an outlet", "The plan was revised twice, according to a letter from Kenya's foreign ministry seen by AFP.", "The plan was revised twice", 1,
			want{source: "a letter from Kenya's foreign ministry seen by AFP", srcSpan: "a letter from Kenya's foreign ministry seen by AFP", cue: "according to", named: true, count: 1, outlet: "AFP"}},
		{"a draft seen by an outlet", "The truce would freeze front lines, according to a draft seen by Reuters.", "The truce would freeze front lines", 1,
			want{source: "a draft seen by Reuters", srcSpan: "a draft seen by Reuters", cue: "according to", count: 1, outlet: "Reuters"}},
		{"a denial of what was said before", "Shells hit the camp on Monday. The army denies this.", "this", 1,
			want{source: "The army", srcSpan: "The army", cue: "denies", named: true, count: 1}},
		{"a denial with that", "The army denied that.", "that", 1,
			want{source: "The army", srcSpan: "The army", cue: "denied", named: true, count: 1}},
		{"a list of states is one source", "Egypt, Qatar and the United States said in a joint statement that a new text was ready.", "a new text was ready", 1,
			want{source: "Egypt, Qatar and the United States", srcSpan: "Egypt, Qatar and the United States", cue: "said in a joint statement", named: true, count: 3}},
		{"a list of titled names", "Mr. Haddad, Ms. Ruiz and two aides said the vote would be held.", "the vote would be held", 1,
			want{source: "Mr. Haddad, Ms. Ruiz and two aides", srcSpan: "Mr. Haddad, Ms. Ruiz and two aides", cue: "said", named: true, count: 4}},
		{"no list after an opening time", "On Friday, Qatar and Egypt said the text was ready.", "the text was ready", 1,
			want{source: "Qatar and Egypt", srcSpan: "Qatar and Egypt", cue: "said", named: true, count: 2}},
		{"citing sources between a cue and that", "Israeli media reported, citing unnamed officials, that the cabinet would meet.", "the cabinet would meet", 1,
			want{source: "Israeli media", srcSpan: "Israeli media", cue: "reported"}},
		{"a speaking wing of a body", "The border was calm, the group's armed wing said.", "The border was calm", 1,
			want{source: "the group's armed wing", srcSpan: "the group's armed wing", cue: "said", named: true, count: 1}},
		{"a news briefing is no outlet", "The spokesman told a weekly news briefing that the envoy would travel.", "the envoy would travel", 1,
			want{source: "The spokesman", srcSpan: "The spokesman", cue: "told", named: true, count: 1}},
		{"a named outlet and what it is", "The governor told the Haaretz daily on Friday that the road was shut.", "the road was shut", 1,
			want{source: "The governor", srcSpan: "The governor", cue: "told", named: true, count: 1, outlet: "the Haaretz daily"}},
		{"declining to be identified is a grant", "“We are worried,” said the diplomat, who declined to be identified.", "“We are worried,”", 1,
			want{source: "the diplomat", srcSpan: "the diplomat", cue: "said", count: 1, direct: true}},
		{"the reporter's label of a claim", "The navy said its ships had fired only warning shots, a charge the fishermen rejected.", "its ships had fired only warning shots", 2,
			want{source: "The navy", srcSpan: "The navy", cue: "said", named: true, count: 1}},
		{"the reporter's label after a semicolon", "The army said it had killed 12 fighters; the claim could not be verified.", "it had killed 12 fighters", 1,
			want{source: "The army", srcSpan: "The army", cue: "said", named: true, count: 1}},
		{"remarks that another judged", "The minister said the port must be shared, remarks that the neighbours called a threat.", "the port must be shared", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "said", named: true, count: 1}},
		{"the reporter's reading of a claim", "The rebels said they would leave the talks, in a blow to the president's peace plan.", "they would leave the talks", 1,
			want{source: "The rebels", srcSpan: "The rebels", cue: "said", named: true}},
		{"state television before a clause without that", "A spokesman told state television the sanctions were unjust.", "the sanctions were unjust", 1,
			want{source: "A spokesman", srcSpan: "A spokesman", cue: "told", count: 1, outlet: "state television"}},
		{"a statement carried by an agency", "The council said in a statement carried by the state news agency SPA that the talks would go on.", "the talks would go on", 1,
			want{source: "The council", srcSpan: "The council", cue: "said in a statement", named: true, count: 1, outlet: "the state news agency SPA"}},
		{"a statement posted on an app", "The ministry said in a statement posted on Telegram that the crossing was shut.", "the crossing was shut", 1,
			want{source: "The ministry", srcSpan: "The ministry", cue: "said in a statement", named: true, count: 1}},
		{"said on a channel", "The spokesman said on state-run TV that there was no talk of a truce.", "there was no talk of a truce", 1,
			want{source: "The spokesman", srcSpan: "The spokesman", cue: "said", named: true, count: 1, outlet: "state-run TV"}},
		{"a live blog's time stamp is no part of the source", "10:42 GMT - The army said it had struck a depot overnight.", "it had struck a depot overnight", 1,
			want{source: "The army", srcSpan: "The army", cue: "said", named: true, count: 1}},
		{"said on a channel and a day", "The junta said on state television on Monday that the envoy must leave.", "the envoy must leave", 1,
			want{source: "The junta", srcSpan: "The junta", cue: "said", named: true, count: 1, outlet: "state television"}},
		{"another voice after while", "The army said the operation had ended, while officials said troops would stay.", "the operation had ended", 2,
			want{source: "The army", srcSpan: "The army", cue: "said", named: true, count: 1}},
		{"the reporter's label after a dash", "The president said the talks would be held in May — a claim the rebels dismissed.", "the talks would be held in May", 2,
			want{source: "The president", srcSpan: "The president", cue: "said", named: true, count: 1}},
		{"officials of a list of places", "Officials in Lima, Quito and Bogota said the road would reopen.", "the road would reopen", 1,
			want{source: "Officials in Lima, Quito and Bogota", srcSpan: "Officials in Lima, Quito and Bogota", cue: "said"}},
		{"an adverb of how often before the clause", "Lisbon has said repeatedly it would keep the consulate open.", "it would keep the consulate open", 1,
			want{source: "Lisbon", srcSpan: "Lisbon", cue: "said", named: true, count: 1}},
		{"an agency quoted a minister as saying", "The state news agency quoted the energy minister as saying the pipeline was intact.", "the pipeline was intact", 1,
			want{source: "the energy minister", srcSpan: "the energy minister", cue: "saying", named: true, count: 1, outlet: "The state news agency"}},
		{"a translation is no source", "The rebels said the army had blocked the road, according to a translation by AFP.", "the army had blocked the road", 1,
			want{source: "The rebels", srcSpan: "The rebels", cue: "said", named: true}},
		{"television crews told", "The minister told Ukrainian television crews that had gathered outside that the town would hold.", "the town would hold", 1,
			want{source: "The minister", srcSpan: "The minister", cue: "told", named: true, count: 1, outlet: "Ukrainian television crews"}},
		{"crews told after a quote", "“Every day costs lives,” he told Ukrainian television crews that had gathered outside.", "“Every day costs lives,”", 1,
			want{source: "he", srcSpan: "he", cue: "told", named: true, count: 1, outlet: "Ukrainian television crews", direct: true}},
		{"television reporters told", "The envoy told Egyptian television reporters that talks would resume.", "talks would resume", 1,
			want{source: "The envoy", srcSpan: "The envoy", cue: "told", count: 1, outlet: "Egyptian television reporters"}},
		{"their bodies count the names before", "The envoys of Chile and Peru met in Lima, their foreign ministries said.", "The envoys of Chile and Peru met in Lima", 1,
			want{source: "their foreign ministries", srcSpan: "their foreign ministries", cue: "said", named: true, count: 2}},
		{"their bodies after a list of three", "Egypt, Qatar and the United States sent envoys, their governments said.", "Egypt, Qatar and the United States sent envoys", 1,
			want{source: "their governments", srcSpan: "their governments", cue: "said", named: true, count: 3}},
		{"another alone is a source", "One official said the road was open. Another said the army would deploy anyway.", "the road was open", 2,
			want{source: "One official", srcSpan: "One official", cue: "said", count: 1}},
		{"the tongue a saying was made in", "The foreign minister said in Arabic that the strikes must stop.", "the strikes must stop", 1,
			want{source: "The foreign minister", srcSpan: "The foreign minister", cue: "said in Arabic", named: true, count: 1}},
		{"through an interpreter", "The envoy said through an interpreter that the talks had failed.", "the talks had failed", 1,
			want{source: "The envoy", srcSpan: "The envoy", cue: "said through an interpreter", count: 1}},
		{"the reporter places a deed in a series", "The rebels said they had struck a tanker, the latest in a string of attacks at sea.", "they had struck a tanker", 1,
			want{source: "The rebels", srcSpan: "The rebels", cue: "said", named: true}},
		{"said on a day is no outlet", "The spokesman said on Sunday that there was no talk of a truce.", "there was no talk of a truce", 1,
			want{source: "The spokesman", srcSpan: "The spokesman", cue: "said", named: true, count: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != tc.n {
				t.Fatalf("%d claims in %q, want %d: %+v", len(cs), tc.text, tc.n, cs)
			}
			// the claim under test is the first with the wanted cue (a
			// denial of it may come first, its content starting earlier)
			c := cs[0]
			for _, o := range cs {
				if o.Cue != nil && *o.Cue == tc.want.cue {
					c = o
					break
				}
			}
			if c.Content != tc.content {
				t.Errorf("content = %q, want %q", c.Content, tc.content)
			}
			check(t, tc.text, c, tc.want)
		})
	}
}

// TestInterviewAnswers checks that an answer signed with the surname of a
// person the story named is that person's claim, and a question is not.
func TestInterviewAnswers(t *testing.T) {
	text := "The envoy Hanna Osei spoke to the paper.\n\nQ: Is a vote possible?\n\nOsei: It is possible if the parties agree."
	i := strings.Index(text, "Hanna Osei")
	cs := run(text, article.Entity{ID: "e1", Type: article.Person, Name: "Hanna Osei", Mentions: []article.Span{{Start: i, End: i + 10}}})
	var got []string
	for _, c := range cs {
		if c.Source != nil {
			got = append(got, *c.Source+" | "+c.Content)
		}
	}
	want := "Osei | It is possible if the parties agree"
	if len(got) != 1 || got[0] != want {
		t.Errorf("claims = %q, want [%q]", got, want)
	}
}

// TestGrantFirstName checks that asking for only a first name to be used
// grants anonymity and claims nothing.
func TestGrantFirstName(t *testing.T) {
	cs := run("“There is no bread,” said Amal, a mother of three who asked that only her first name be used.")
	if len(cs) != 1 || cs[0].Content != "“There is no bread,”" {
		t.Errorf("claims = %+v, want the quote alone", cs)
	}
}

// TestAnotherSpeaks checks that "another" standing alone speaks, unnamed,
// before or after its cue.
func TestAnotherSpeaks(t *testing.T) {
	for _, text := range []string{"Another said the army would deploy anyway.", "“We will not sign,” said another."} {
		t.Run(text, func(t *testing.T) {
			cs := run(text)
			if len(cs) != 1 {
				t.Fatalf("%d claims, want 1: %+v", len(cs), cs)
			}
			c := cs[0]
			if c.Source == nil || !strings.EqualFold(*c.Source, "another") || c.Named || c.Count == nil || *c.Count != 1 {
				t.Errorf("source %v named %v count %v, want another, unnamed, 1", c.Source, c.Named, c.Count)
			}
		})
	}
}

// TestConflictNoClaim checks sayings that give no claim of their own.
func TestConflictNoClaim(t *testing.T) {
	tests := []struct{ name, text string }{
		{"says otherwise", "Anyone who says otherwise is mistaken."},
		{"the said agreement", "The said agreement expired in June."},
		{"another and a noun", "Another challenge: the border stays shut."},
		{"what it called", "The army launched what it called Operation \u201cDignity\u201d in April."},
		{"what a body described as", "The rebels seized what the ministry described as a depot of fuel."},
		{"what a named one termed", "Troops pulled back from what Moscow termed a buffer zone."},
		{"a name withheld is no claim", "The woman asked that her name be withheld."},
		{"a negated passive with its agent", "The information could not be confirmed by official sources."},
		{"a passive never confirmed", "The toll has never been confirmed by the ministry."},
		{"a passive not verified", "The figures were not verified by independent monitors."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if cs := run(tc.text); len(cs) != 0 {
				t.Errorf("%d claims in %q, want none: %+v", len(cs), tc.text, cs)
			}
		})
	}
}

// TestLabelDenial checks that who rejects a claim the reporter labels
// after it ("…, a claim Kyiv denied") is the source of that claim, and the
// label is no part of it; when the words before are another's claim, what
// that one said is what is denied, and both stand.
func TestLabelDenial(t *testing.T) {
	tests := []struct{ name, text, source, content string }{
		{"a name after the label", "State media reported that the bridge had fallen, a claim Kyiv denied.", "Kyiv", "the bridge had fallen"},
		{"a name after a dash", "The army said the town was taken — a claim Hanoi rejected.", "Hanoi", "the town was taken"},
		{"a plural after the label", "The navy said it had fired warning shots, a charge the fishermen rejected.", "the fishermen", "it had fired warning shots"},
		{"no claim before the label", "The convoy was looted at the border, a charge the army denied.", "the army", "The convoy was looted at the border"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			for _, c := range cs {
				if c.Source != nil && *c.Source == tc.source {
					if c.Content != tc.content {
						t.Errorf("content = %q, want %q", c.Content, tc.content)
					}
					return
				}
			}
			t.Errorf("no claim by %q in %+v", tc.source, cs)
		})
	}
}

// TestConflictContentKept checks that the rules ending a content at the
// reporter's words leave a clause that goes on in the speaker's own words.
func TestConflictContentKept(t *testing.T) {
	tests := []struct{ name, text, content string }{
		{"a ranked appositive of a name", "The union said Ms. Ruiz, the first woman to lead it, would sign.", "Ms. Ruiz, the first woman to lead it, would sign"},
		{"a ranked appositive of a noun", "Voters expect the mayor to win the debate, the first of three, by a wide margin.", "the mayor to win the debate, the first of three, by a wide margin"},
		{"a ranked clause is the speaker's", "The envoy said the talks would fail, the first talks would end in June.", "the talks would fail, the first talks would end in June"},
		{"but did not inside a that-clause", "The army said that its troops had entered the town but did not hold it.", "its troops had entered the town but did not hold it"},
		{"as with no saying", "The navy said it had sunk two boats, as the storm grew worse.", "it had sunk two boats, as the storm grew worse"},
		{"in a time, not a setting", "The envoy said talks would resume, in a week or two at most.", "talks would resume, in a week or two at most"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) == 0 {
				t.Fatalf("no claim in %q", tc.text)
			}
			if cs[0].Content != tc.content {
				t.Errorf("content = %q, want %q", cs[0].Content, tc.content)
			}
		})
	}
}

// TestAnonymityCarried checks that a grant on an anonymous source covers
// what a pronoun resolved to it says in a later sentence.
func TestAnonymityCarried(t *testing.T) {
	s := "A senior rebel official, who spoke on condition of anonymity because he was not allowed to brief reporters, said the group would not attend. “We will not sit with them,” he said."
	cs := run(s)
	if len(cs) != 2 {
		t.Fatalf("%d claims, want 2: %+v", len(cs), cs)
	}
	for i, c := range cs {
		if c.Anonymity == nil || !strings.Contains(s[c.Anonymity.Start:c.Anonymity.End], "spoke on condition of anonymity") {
			t.Errorf("claim %d (%q): anonymity = %v, want the grant", i, c.Content, c.Anonymity)
		}
	}
}

// TestReporterAdds checks words the reporter adds around a claim: a
// relative clause on the source counts no one, and a participle placing
// the claim in a tally or ranking is no part of its content.
func TestReporterAdds(t *testing.T) {
	tests := []struct {
		name, text, content string
		count               int
	}{
		{"a relative clause with and counts no one", "Jane Roe, a European diplomat who has mediated between the junta and rebel groups, said talks would resume.", "talks would resume", 1},
		{"making it after content first", "Fighting has displaced 400,000 people this year, making it the region's largest crisis, the agency said.", "Fighting has displaced 400,000 people this year", 1},
		{"bringing the toll after the cue", "The army said 12 soldiers were killed, bringing the toll this month to 40.", "12 soldiers were killed", 1},
		{"a participle of the speaker's deed stays", "The army said it had repelled an attack, killing 12 fighters.", "it had repelled an attack, killing 12 fighters", 1},
		{"a participle inside a quote stays", "“The strike hit the depot, making it unusable,” the general said.", "“The strike hit the depot, making it unusable,”", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != 1 {
				t.Fatalf("%d claims, want 1: %+v", len(cs), cs)
			}
			if cs[0].Content != tc.content {
				t.Errorf("content = %q, want %q", cs[0].Content, tc.content)
			}
			if cs[0].Count == nil || *cs[0].Count != tc.count {
				t.Errorf("count = %v, want %d", cs[0].Count, tc.count)
			}
		})
	}
}

// TestDescribedSource checks that "the diplomat" resolves to the person
// an earlier appositive described so, and not to one described otherwise.
func TestDescribedSource(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the appositive's noun", "Jane Roe, a European diplomat, said talks would resume. “Both sides are tired,” the diplomat said.", "Jane Roe"},
		{"another noun stays unresolved", "Jane Roe, a European diplomat, said talks would resume. “Both sides are tired,” the general said.", "the general"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, "Jane Roe")
			cs := run(tc.text, article.Entity{ID: "e1", Type: article.Person, Name: "Jane Roe", Mentions: []article.Span{{Start: i, End: i + 8}}})
			if len(cs) != 2 {
				t.Fatalf("%d claims, want 2: %+v", len(cs), cs)
			}
			if cs[1].Source == nil || *cs[1].Source != tc.want {
				t.Errorf("source = %v, want %q", cs[1].Source, tc.want)
			}
		})
	}
}

// TestAnswerLines checks that an interview's "A:" lines are the
// interviewee's claims and its "Q:" lines claim nothing.
func TestAnswerLines(t *testing.T) {
	text := "The minister Omar Haddad spoke to the paper.\n\nQ: When do you expect a deal?\n\nA: I cannot give a date. But I believe we are close.\n\nQ: Are the talks stalled?\n\nA: They are not stalled."
	i := strings.Index(text, "Omar Haddad")
	cs := run(text, article.Entity{ID: "e1", Type: article.Person, Name: "Omar Haddad", Mentions: []article.Span{{Start: i, End: i + 11}}})
	var got []string
	for _, c := range cs {
		if c.Source != nil {
			got = append(got, *c.Source+" | "+c.Content)
		}
	}
	want := []string{"Omar Haddad | I cannot give a date. But I believe we are close", "Omar Haddad | They are not stalled"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("claims = %q, want %q", got, want)
	}
}

// TestQuoteNextParagraph checks that a quote running into a new paragraph
// after "he said" takes the person "he" resolved to.
func TestQuoteNextParagraph(t *testing.T) {
	text := "The minister Omar Haddad spoke on Sunday.\n\n“We will not leave them alone,” he said. “Work must begin now.\n\n“No one should doubt us.”"
	i := strings.Index(text, "Omar Haddad")
	cs := run(text, article.Entity{ID: "e1", Type: article.Person, Name: "Omar Haddad", Mentions: []article.Span{{Start: i, End: i + 11}}})
	if len(cs) != 2 {
		t.Fatalf("%d claims, want 2: %+v", len(cs), cs)
	}
	for _, c := range cs {
		if c.Source == nil || *c.Source != "Omar Haddad" || c.SourceEntity == nil || *c.SourceEntity != "e1" {
			t.Errorf("claim %q: source %v (%v), want Omar Haddad (e1)", c.Content, c.Source, c.SourceEntity)
		}
	}
}

// TestWireShapesC3 checks shapes found in a third probe round: a sentence
// opened by "But" before a participle's subject, a setting before a
// colon, and what the reporter notes a source left out.
func TestWireShapesC3(t *testing.T) {
	tests := []struct {
		name, text, content string
		n                   int
		want                want
	}{
		{"but opens the subject of a participle", "But an RSF adviser contradicted him, saying the army had agreed to pull back.", "the army had agreed to pull back", 1,
			want{source: "an RSF adviser", srcSpan: "an RSF adviser", cue: "saying", count: 1}},
		{"a channel before a colon", "The spokesman said on state TV: “Any such step will be met with a firm answer.”", "“Any such step will be met with a firm answer.”", 1,
			want{source: "The spokesman", srcSpan: "The spokesman", cue: "said", named: true, count: 1, outlet: "state TV", direct: true}},
		{"without giving details ends the content", "The governor said a civilian had been killed, without giving details.", "a civilian had been killed", 1,
			want{source: "The governor", srcSpan: "The governor", cue: "said", named: true, count: 1}},
		{"what was not mentioned is no claim", "The ministry said its air defences had downed 41 drones, but did not mention the refinery.", "its air defences had downed 41 drones", 1,
			want{source: "The ministry", srcSpan: "The ministry", cue: "said", named: true, count: 1}},
		{"what was not specified after but", "The army confirmed the strike but would not specify the losses.", "the strike", 1,
			want{source: "The army", srcSpan: "The army", cue: "confirmed", named: true, count: 1}},
		{"what one would say inside another's words is not said", "Najafi said Tehran would respond “in kind” to any new resolution.", "Tehran would respond “in kind” to any new resolution", 1,
			want{source: "Najafi", srcSpan: "Najafi", cue: "said", named: true, count: 1, direct: true}},
		{"a comma inside the quote before adding", "The minister said the issues were “technical,” adding that Armenia was ready.", "the issues were “technical,”", 2,
			want{source: "The minister", srcSpan: "The minister", cue: "said", named: true, count: 1, direct: true}},
		{"a demand the other side rejected", "He demanded changes to the constitution — a demand Yerevan has rejected.", "changes to the constitution", 2,
			want{source: "He", srcSpan: "He", cue: "demanded", named: true, count: 1}},
		{"hours after ends the content", "The minister said the talks had failed, hours after the envoy said a deal was close.", "the talks had failed", 2,
			want{source: "The minister", srcSpan: "The minister", cue: "said", named: true, count: 1}},
		{"a day before ends the content", "The army said it had withdrawn, a day before the truce began.", "it had withdrawn", 1,
			want{source: "The army", srcSpan: "The army", cue: "said", named: true, count: 1}},
		{"a list mark before the content", "— Three villages were shelled overnight, local officials said.", "Three villages were shelled overnight", 1,
			want{source: "local officials", srcSpan: "local officials", cue: "said"}},
		{"a setting before a colon needs a medium", "You can sum it up in about 30 words: save early.", "in about 30 words: save early", 1,
			want{source: "You", srcSpan: "You", cue: "sum it up", named: true, count: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != tc.n {
				t.Fatalf("%d claims, want %d: %+v", len(cs), tc.n, cs)
			}
			if tc.n == 0 {
				return
			}
			if cs[0].Content != tc.content {
				t.Errorf("content = %q, want %q", cs[0].Content, tc.content)
			}
			check(t, tc.text, cs[0], tc.want)
		})
	}
}

// TestGrantAside checks that a grant of anonymity (a phrase after the
// outlet, or a relative clause or participle set off by commas) is the
// phrase and its reason, ending before what was said.
func TestGrantAside(t *testing.T) {
	tests := []struct{ name, text, grant string }{
		// a phrase after the outlet, before what was said: the grant is
		// the phrase and its reason, not the content after it
		{"a phrase before that", "Two officials told Reuters on condition of anonymity that the gaps remained.", "on condition of anonymity"},
		{"a phrase with its reason", "The gaps remained, two officials said on condition of anonymity because they were not authorized to speak.", "on condition of anonymity because they were not authorized to speak"},
		{"asked not to be named", "A senior officer, who asked not to be named, said the army would not withdraw.", "who asked not to be named"},
		{"with its reason", "Two officials, who spoke on condition of anonymity because they were not authorised to brief the media, said the talks had stalled.", "who spoke on condition of anonymity because they were not authorised to brief the media"},
		{"a participle", "One diplomat, speaking on condition of anonymity to discuss private talks, said a text was drafted.", "speaking on condition of anonymity to discuss private talks"},
		{"closing the sentence", "The talks had stalled, two officials said, speaking on condition of anonymity because they were not authorised to speak.", "speaking on condition of anonymity because they were not authorised to speak"},
		{"a name withheld", "One woman, who asked that her name be withheld for her safety, said her house was destroyed.", "who asked that her name be withheld for her safety"},
		{"a name given only as", "\u201cWe pay twice,\u201d said a trader at the market, who gave his name only as Innocent.", "who gave his name only as Innocent"},
		{"only a first name given", "A teacher, who gave only her first name, said the school had closed.", "who gave only her first name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != 1 {
				t.Fatalf("%d claims, want 1: %+v", len(cs), cs)
			}
			if a := cs[0].Anonymity; a == nil || tc.text[a.Start:a.End] != tc.grant {
				t.Errorf("anonymity = %v, want %q", a, tc.grant)
			}
		})
	}
}

// TestAnonymityNearest checks that a grant set off by commas on a source
// no claim speaks through covers "the official" after it, the nearest
// grant of the same number, and that "the official" is no plural's.
func TestAnonymityNearest(t *testing.T) {
	tests := []struct{ name, text, source, grant string }{
		{"a grant in commas", "A UN official, who asked not to be named, left the hall early. “There is no round planned,” the official said.",
			"the official", "who asked not to be named"},
		{"no plural's", "Officials in Cairo and Doha said a new round was possible. A UN official, who asked not to be named, left the hall early. “There is no round planned,” the official said.",
			"the official", "who asked not to be named"},
		{"the nearer grant", "A UN official, who asked not to be named, left early. “The round is off,” the official said.\n\nAn Egyptian official, who spoke on condition of anonymity, arrived late. “The round will go ahead,” the official said.",
			"the official", "who spoke on condition of anonymity"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) == 0 {
				t.Fatal("no claims")
			}
			c := cs[len(cs)-1]
			if c.Source == nil || *c.Source != tc.source {
				t.Errorf("source = %v, want %q", c.Source, tc.source)
			}
			if a := c.Anonymity; a == nil || tc.text[a.Start:a.End] != tc.grant {
				t.Errorf("anonymity = %v, want %q", a, tc.grant)
			}
			for _, o := range cs[:len(cs)-1] {
				if o.Source != nil && strings.HasPrefix(*o.Source, "Officials") && o.Anonymity != nil {
					t.Errorf("%q took the grant of one official", *o.Source)
				}
			}
		})
	}
}

// TestUnnamedDescription checks that a person described with "a", "an",
// "one" or "another" and never named is an anonymous source, while a
// title before a name, a description with a name after its comma, and a
// body stay named.
func TestUnnamedDescription(t *testing.T) {
	tests := []struct {
		name, text string
		named      bool
		count      int
	}{
		{"a spokeswoman", "A ministry spokeswoman said the embassy would stay open.", false, 1},
		{"one ambassador", "One EU ambassador said the bloc would insist on a seat.", false, 1},
		{"a man", "In the video, a masked man said the group would press on.", false, 1},
		{"a broker", "One London-based broker said premiums had doubled.", false, 1},
		{"a politician with a place", "An opposition politician in the capital said the vote was rigged.", false, 1},
		{"a lawmaker now in exile", "A former lawmaker now living in exile in Thailand said the party would boycott the vote.", false, 1},
		{"a third", "A third, a Western diplomat, said Washington had been told.", false, 1},
		{"most of them", "Most also say they are afraid to speak.", false, 0},
		{"residents of a named town", "Residents of Kyaukse said they had heard jets before dawn.", false, 0},
		// must stay named
		{"a description then the name", "A senior Hamas official, Basem Naim, said the movement was ready.", true, 1},
		{"the title alone", "The governor said four people were hurt.", true, 1},
		{"a title before a name", "Defence Minister Ana Ruiz said the raid was over.", true, 1},
		{"a body", "A little-known group said it had carried out the attack.", true, 1},
		{"a ministry of a named state", "The Ministry of Defense said the drills were over.", true, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var ents []article.Entity
			if i := strings.Index(tc.text, "Basem Naim"); i >= 0 {
				ents = append(ents, article.Entity{ID: "p1", Type: article.Person, Name: "Basem Naim", Mentions: []article.Span{{Start: i, End: i + 10}}})
			}
			cs := run(tc.text, ents...)
			if len(cs) == 0 {
				t.Fatalf("no claim in %q", tc.text)
			}
			if cs[0].Named != tc.named {
				t.Errorf("named = %v, want %v (source %q)", cs[0].Named, tc.named, deref(cs[0].Source))
			}
			count := 0
			if cs[0].Count != nil {
				count = *cs[0].Count
			}
			if count != tc.count {
				t.Errorf("count = %d, want %d (0 is null)", count, tc.count)
			}
		})
	}
}

// TestSourceAsideSetting checks that an aside in commas between a source
// and its cue that tells where it spoke, or marks the reporter's turn, is
// no part of the source, while an appositive that describes the source is.
func TestSourceAsideSetting(t *testing.T) {
	tests := []struct{ name, text, source, srcSpan string }{
		{"a weekly briefing", "The spokesman, in his weekly press briefing, said the talks had stalled.", "The spokesman", "The spokesman"},
		{"a communique read on television", "The government spokesman, in a communique read on national television, said the figures were false.", "The government spokesman", "The government spokesman"},
		{"at a news conference", "The minister, at a news conference in Baku, said the border was calm.", "The minister", "The minister"},
		{"for his part", "The prime minister, for his part, said a referendum was planned.", "The prime minister", "The prime minister"},
		{"for its part", "The ministry, for its part, said the report was false.", "The ministry", "The ministry"},
		// an appositive stays
		{"a place", "The mayor, of a town near the border, said the shelling had stopped.", "The mayor, of a town near the border", "The mayor, of a town near the border,"},
		{"in charge of", "The general, in charge of the northern front, said the line held.", "The general, in charge of the northern front", "The general, in charge of the northern front,"},
		{"for a party", "The senator, for years a critic of the deal, said it would fail.", "The senator, for years a critic of the deal", "The senator, for years a critic of the deal,"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != 1 {
				t.Fatalf("%d claims, want 1: %+v", len(cs), cs)
			}
			if got := deref(cs[0].Source); got != tc.source {
				t.Errorf("source = %q, want %q", got, tc.source)
			}
			if got := spanText(tc.text, cs[0].SourceSpan); got != tc.srcSpan {
				t.Errorf("source span = %q, want %q", got, tc.srcSpan)
			}
		})
	}
}

// TestHeldAhead checks that a pronoun's claim inside content that another
// source's cue follows ("He urged …, according to the agency", "In a call,
// he stressed …, his ministry said") is a voice of its own, while one
// inside content its cue precedes ("said talks that he said were …") adds
// none.
func TestHeldAhead(t *testing.T) {
	tests := []struct {
		name, text, cue, content string
		n                        int
	}{
		{"according to behind", "The minister spoke in Aden. He called on the world to act, according to the state news agency.", "called on", "the world to act", 2},
		{"a ministry behind after an opening phrase", "The minister said the talks would go on. In a call with his counterpart, he stressed the need to act, his ministry said.", "stressed", "the need to act", 3},
		{"a quote and a video behind", "The mother spoke at the rally. \u201cEvery day counts,\u201d she said, according to a video posted online.", "said", "\u201cEvery day counts,\u201d", 2},
		{"a pronoun's clause after the cue adds none", "The envoy said talks that he said were stalled would resume.", "said", "talks that he said were stalled would resume", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != tc.n {
				t.Fatalf("%d claims, want %d: %+v", len(cs), tc.n, cs)
			}
			for _, c := range cs {
				if deref(c.Cue) == tc.cue && c.Content == tc.content {
					return
				}
			}
			t.Errorf("no claim with cue %q and content %q: %+v", tc.cue, tc.content, cs)
		})
	}
}

// TestTitleAndObjectPronoun checks that "the spokesperson" resolves to a
// person whose title came before the name ("Foreign Office Spokesperson
// Jane Roe"), not to one with another title, and that "According to him"
// and "According to them" resolve as "he" and "they" would.
func TestTitleAndObjectPronoun(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a title before the name", "Foreign Office Spokesperson Jane Roe said the talks had stalled. \u201cWe desire peace,\u201d the spokesperson said.", "Jane Roe"},
		{"another title stays unresolved", "Foreign Office Spokesperson Jane Roe said the talks had stalled. \u201cWe desire peace,\u201d the minister said.", "the minister"},
		{"according to him", "General Jane Roe said the army would stay. According to him, the era of foreign bases is over.", "Jane Roe"},
		{"according to them", "The rebels said the town had fallen. According to them, 40 soldiers surrendered.", "The rebels"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i := strings.Index(tc.text, "Jane Roe")
			var ents []article.Entity
			if i >= 0 {
				ents = append(ents, article.Entity{ID: "e1", Type: article.Person, Name: "Jane Roe", Mentions: []article.Span{{Start: i, End: i + 8}}})
			}
			cs := run(tc.text, ents...)
			if len(cs) != 2 {
				t.Fatalf("%d claims, want 2: %+v", len(cs), cs)
			}
			if got := deref(cs[1].Source); got != tc.want {
				t.Errorf("source = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestNoVoiceOfItsOwn checks phrases that read like a second claim but
// hold none: a quote followed by an auxiliary and a verb ("the world's
// “silence” had encouraged …"), a noun of saying that another verb takes
// as its object ("rejected the claim that …"); and a label whose holder is
// named after it ("…, a position Abu Dhabi has maintained throughout the
// war"), whose claim is the one before.
func TestNoVoiceOfItsOwn(t *testing.T) {
	tests := []struct {
		name, text string
		n          int
		source     string // of the last claim
		content    string
	}{
		{"a quote then an auxiliary", "The ministry said in a statement that the world's \u201csilence\u201d had encouraged the militia.", 1,
			"The ministry", "the world's \u201csilence\u201d had encouraged the militia"},
		{"a quote then a modal", "The envoy said the \u201cpeace train\u201d would help the talks.", 1,
			"The envoy", "the \u201cpeace train\u201d would help the talks"},
		{"a noun of saying as an object", "The premier rejected the claim that the constitution held territorial claims.", 1,
			"The premier", "the claim that the constitution held territorial claims"},
		{"a document as an object", "The army dismissed a report that its troops had shelled the market.", 1,
			"The army", "a report that its troops had shelled the market"},
		{"a position label with a time after", "An official said the country had armed no one, a position Abu Dhabi has maintained throughout the war.", 2,
			"Abu Dhabi", "the country had armed no one"},
		{"a stance label", "The militia said it had withdrawn, a stance its rivals have long mocked.", 2,
			"its rivals", "it had withdrawn"},
		{"a name's report after a cue", "The ministry called the Armenian report \u201cdisinformation\u201d.", 1,
			"The ministry", "the Armenian report \u201cdisinformation\u201d"},
		{"a name's report as the subject", "The Kremlin report said the talks had stalled.", 1,
			"The Kremlin report", "the talks had stalled"},
		{"a hedge inside another's content", "According to a report by the monitors, Moscow is said to have sent new helicopters.", 1,
			"a report by the monitors", "Moscow is said to have sent new helicopters"},
		{"a passive of blame after a noun", "The commander said he led a front blamed for attacks on police stations.", 1,
			"The commander", "he led a front blamed for attacks on police stations"},
		{"a passive of praise on the source", "The group praised for its restraint said it would stay.", 1,
			"The group praised for its restraint", "it would stay"},
		// still claims
		{"blame with its object", "The minister blamed Russia for the attacks.", 1,
			"The minister", "Russia for the attacks"},
		{"a hedge with no source stands", "Moscow is said to have sent new helicopters.", 1,
			"", "to have sent new helicopters"},
		{"a document that speaks", "A UN report said 40 people were killed.", 1,
			"A UN report", "40 people were killed"},
		{"a possessive claim", "The premier said the talks were over. He repeated his claim that the border was closed.", 2,
			"The premier", "the border was closed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) != tc.n {
				t.Fatalf("%d claims, want %d: %+v", len(cs), tc.n, cs)
			}
			c := cs[len(cs)-1]
			if got := deref(c.Source); got != tc.source {
				t.Errorf("source = %q, want %q", got, tc.source)
			}
			if c.Content != tc.content {
				t.Errorf("content = %q, want %q", c.Content, tc.content)
			}
		})
	}
}

// TestThatSubject checks the second claim of a sentence whose "that" is
// the subject of what was said.
func TestThatSubject(t *testing.T) {
	s := "Diplomats said the envoy would attend, though two officials said that was still being negotiated."
	cs := run(s)
	if len(cs) != 2 || cs[1].Content != "that was still being negotiated" || deref(cs[1].Source) != "two officials" {
		t.Errorf("got %+v, want a second claim by two officials: that was still being negotiated", cs)
	}
}

// TestClauseSubject checks that "it" in a relative clause ("which it
// calls", "which it said") resolves to the body that opens the sentence as
// its subject, not to the last source, and not to a person or a time.
func TestClauseSubject(t *testing.T) {
	checkLastSource(t, []lastSource{
		{"a capital as subject", "Manila denied any promise was made. Beijing has rejected the ruling, which it calls \u201cnull and void\u201d.", "Beijing"},
		{"a state with a time and an adverb", "Officials said talks would resume. Pakistan on Friday strongly condemned the firing, which it said killed three civilians.", "Pakistan"},
		{"a body with its article", "The ministry said the talks had stalled. The army shelled the ridge, which it framed as a warning.", "The army"},
		// "it" outside a relative clause: the sentence before's subject
		{"not after which", "Manila denied any promise was made. Beijing rejected the ruling. It said the claim was false.", "Beijing"},
		{"a time opens the sentence", "Manila denied any promise was made. On Monday it said the ruling, which it calls void, stood.", "Manila"},
	})
}

// TestLastSubject checks that "it" opening a sentence resolves to the body
// the sentence before was about when no nearer source fits, and not to a
// person or a time.
func TestLastSubject(t *testing.T) {
	checkLastSource(t, []lastSource{
		{"an office that made no claim", "Basem Naim said Israel was stalling. The prime minister's office rejected the accusation. In a statement, it said the war would go on.", "The prime minister's office"},
		{"an army nearer than an earlier source", "The ministry said talks had stalled. The army shelled the ridge on Monday. It said the strikes hit a depot.", "The army"},
		// not taken
		{"a person is no it", "The ministry said talks had stalled. The minister left on Monday. It said the talks had failed.", "The ministry"},
		{"a time is no subject", "The ministry said talks had stalled. On Monday the rain stopped. It said the talks had failed.", "The ministry"},
	})
}

// lastSource is a text and the source its last claim must resolve to.
type lastSource struct{ name, text, want string }

func checkLastSource(t *testing.T, tests []lastSource) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := run(tc.text)
			if len(cs) < 2 {
				t.Fatalf("%d claims, want 2 or more: %+v", len(cs), cs)
			}
			if got := deref(cs[len(cs)-1].Source); got != tc.want {
				t.Errorf("source = %q, want %q (%+v)", got, tc.want, cs)
			}
		})
	}
}
