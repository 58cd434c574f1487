package entity

import (
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/text"
)

// Extract fills a.Entities from the segmented text: every person,
// organization, place and group with its mentions, aliases and roles.
func Extract(d *text.Doc, a *article.Article) {
	a.Entities = Find(d)
}

// Find returns the entities of a segmented text, numbered e1, e2, ... in
// the order of their first mention.
func Find(d *text.Doc) []article.Entity {
	sc := &scanner{text: d.Text, sents: make([]sentence, len(d.Sentences))}
	lc := lowerCache{}
	sc.lc = lc
	n := 0
	for _, s := range d.Sentences {
		n += len(s.Tokens)
	}
	ar := newArena(n)
	sc.cands = make([]cand, 0, candCap(n))
	for i, s := range d.Sentences {
		sc.sents[i] = newSentence(d, s, lc, ar)
		sc.sents[i].index = i
	}
	sc.sports = sportsDoc(sc.sents)
	for i := range sc.sents {
		sc.scan(i)
	}
	m := newMerger(sc)
	m.run()
	return m.entities()
}
