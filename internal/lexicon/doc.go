// Package lexicon holds the facts about names that the extractors look up:
// countries with their demonyms and capitals, regions, cities and sites,
// subdivisions, international organizations, armed groups, news outlets,
// government bodies and companies, ethnic and religious groups, given names,
// titles and offices, the head words that tell what a name is, and the
// common English words that tell a sentence-initial capital from a name. It
// takes nothing and hands on read-only tables built once from embedded data
// files (data/*.tsv, data/*.txt).
//
// Names are found in running text with a token trie ([NameTrie.Longest]) keyed
// by lower-cased tokens, so a lookup costs one map access per token and no
// regular expression is run. Case is checked after the match: an acronym
// ("UN", "U.S.") must be written as listed, other entries need their
// capitals ("Gaza", "GAZA"), and particles ("al", "of") may be either.
//
// Lookups for the later stages:
//
//	lexicon.CountryOfDemonym("Israeli")  // "Israel", true
//	lexicon.Names().Longest(words, i)    // the longest known name at words[i]
//	lexicon.Titles().Longest(words, i)   // "Prime Minister", "Gen.", "envoy"
//	lexicon.IsGivenName("Ahmed"), lexicon.IsCommonWord("details")
//
// The claim and event stages keep their own cue and event-verb files in this
// package (cues*, events*).
//
// Sources: all lists are written for parley, except data/subdivisions.tsv
// (generated from Debian's iso-codes, LGPL-2.1+; only the facts, subdivision
// names, are used), data/common.txt (generated from Debian's wamerican word
// list) and cues_wordnet.txt (verbs of saying and thinking generated from
// WordNet 3.0, Debian's wordnet-base); `go generate` rebuilds all three (see
// gen/main.go).
package lexicon
