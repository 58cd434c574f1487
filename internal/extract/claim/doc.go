// Package claim takes an article's segmented text (and the entities found
// before it) and hands on its claims: every attributed statement with the
// spans of its source, cue and content, whether it is quoted speech, whether
// the source is named, how many sources stand behind it, which outlet they
// told, and the anonymity grant that describes them.
//
// Cues come from the lexicon (internal/lexicon/cues.txt): reporting verbs,
// verbs of belief, strict verbs that need "that", a colon or a quote, verb
// particles ("called for"), "according to", document nouns ("a report
// that"), and cue settings ("in a statement"). Each cue is read in the word
// orders news uses: source before the cue, content before the cue with the
// source on either side, a participle hanging on the sentence's subject, a
// relative pronoun standing for a name. Quotes are found per paragraph (and
// per line in dumps with one paragraph per line); a quote with no cue of its
// own is given to the last speaker. Pronouns and bare descriptions ("the
// official") are resolved to earlier sources.
//
// An anonymity grant is not a claim: it is kept on the claims whose source
// it describes (Claim.Anonymity).
package claim
