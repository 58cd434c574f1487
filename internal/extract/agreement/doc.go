// Package agreement takes an article's segmented text, with the entities
// and events earlier stages found, and hands on its agreements: every
// ceasefire, truce, deal, accord, treaty, declaration, plan or proposal it
// mentions, each reference tied to one agreement, with kind, parties,
// mediators, status (with the verbs that show it), duration and terms
// (provisions as spans of the text).
package agreement
