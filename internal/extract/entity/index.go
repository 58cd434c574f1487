package entity

import (
	"sort"
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/lexicon"
	"github.com/parley-news/parley/internal/text"
)

// Index answers which entity a span of text or a name refers to; the claim
// and event stages build one from a.Entities.
type Index struct {
	spans []indexed
	names map[string]string // folded name or alias -> id
	ents  []article.Entity
}

type indexed struct {
	sp article.Span
	id string
}

// NewIndex indexes the entities of an article.
func NewIndex(ents []article.Entity) *Index {
	x := &Index{names: map[string]string{}, ents: ents}
	for _, e := range ents {
		for _, m := range e.Mentions {
			x.spans = append(x.spans, indexed{m, e.ID})
		}
	}
	sort.Slice(x.spans, func(a, b int) bool { return x.spans[a].sp.Start < x.spans[b].sp.Start })
	// names first, then aliases, so that an alias never hides a name
	for _, e := range ents {
		x.addName(e.Name, e.ID)
	}
	for _, e := range ents {
		for _, a := range e.Aliases {
			x.addName(a, e.ID)
		}
	}
	return x
}

func (x *Index) addName(n, id string) {
	k := nameKey(n)
	if _, ok := x.names[k]; !ok && k != "" {
		x.names[k] = id
	}
}

// nameKey folds a name for lookup: lower case, no leading "the", no
// possessive.
func nameKey(n string) string {
	n = strings.TrimSpace(text.StripPossessive(strings.TrimSpace(n)))
	l := text.Lower(n)
	l = strings.TrimPrefix(l, "the ")
	return strings.Join(strings.Fields(l), " ")
}

// At returns the id of the entity with a mention overlapping sp; when
// several do (a city and its state), the shortest mention wins.
func (x *Index) At(sp article.Span) (string, bool) {
	best, bestLen := "", -1
	// mentions starting after sp ends cannot overlap it
	n := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].sp.Start >= sp.End })
	for i := n - 1; i >= 0; i-- {
		m := x.spans[i]
		if !m.sp.Overlaps(sp) && !(sp.Len() == 0 && m.sp.Start <= sp.Start && sp.Start < m.sp.End) {
			continue
		}
		if bestLen < 0 || m.sp.Len() < bestLen {
			best, bestLen = m.id, m.sp.Len()
		}
	}
	return best, bestLen >= 0
}

// Named returns the id of the entity called name: its name, an alias, a
// surname of a person, or a country named by its adjective ("Israeli").
func (x *Index) Named(name string) (string, bool) {
	k := nameKey(name)
	if id, ok := x.names[k]; ok {
		return id, true
	}
	if c, ok := lexicon.CountryOfDemonym(strings.TrimSpace(name)); ok {
		if id, ok := x.names[nameKey(c)]; ok {
			return id, true
		}
	}
	bare := strings.TrimSpace(name)
	for _, p := range []string{"the ", "The "} {
		bare = strings.TrimPrefix(bare, p)
	}
	if e, ok := lexicon.Names().Lookup(bare); ok {
		if id, ok := x.names[nameKey(e.Name)]; ok {
			return id, true
		}
	}
	return "", false
}

// Entity returns the entity with the given id.
func (x *Index) Entity(id string) (article.Entity, bool) {
	for _, e := range x.ents {
		if e.ID == id {
			return e, true
		}
	}
	return article.Entity{}, false
}

// At returns the id of the entity of a.Entities mentioned at sp.
func At(a *article.Article, sp article.Span) (string, bool) {
	return NewIndex(a.Entities).At(sp)
}
