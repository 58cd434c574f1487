// Package event takes an article's segmented text, with the entities,
// times and claims earlier stages found, and hands on its events: who did
// what to whom, when and where, with the event's PLOVER type and whether
// the text states, reports, plans, proposes, imagines or denies it.
//
// Triggers (verbs and nominalizations) come from the lexicon files
// internal/lexicon/events*.txt; the clause rules here find actors
// (subjects, passives, coordination, "between X and Y"), time, place and
// modality. The sentence analysis (words, actor chunks) is exported for
// the agreement stage.
package event
