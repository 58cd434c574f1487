package storetest

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
)

// The stories below were written for these tests. Wire is a wire story;
// WireCopy is the same story as another outlet ran it: a changed word, a
// sentence of its own and a different headline. Other stories share the
// topic and some names but not the text.
const (
	wire = `Negotiators from Armenia and Azerbaijan met in the Georgian capital Tbilisi on Tuesday for a third round of talks on a border agreement, officials from both sides said.

Foreign Minister Ararat Mirzoyan told reporters after the session that the two delegations had agreed on the wording of four articles of the draft and would return to the remaining points next month. "We are closer than we have ever been," Mirzoyan said.

Two diplomats briefed on the talks said the sticking point remained the sequencing of troop withdrawals from positions along the northern stretch of the frontier, which both armies have fortified since clashes in September.

The European Union, which has hosted earlier rounds in Brussels, sent an observer to the meeting. A spokesperson for the bloc said it stood ready to help monitor any withdrawal once a text was signed.`

	wireCopy = `Negotiators from Armenia and Azerbaijan met in the Georgian capital Tbilisi on Tuesday for a third round of talks on a border agreement, officials from both sides said.

Foreign Minister Ararat Mirzoyan told journalists after the session that the two delegations had agreed on the wording of four articles of the draft and would return to the remaining points next month. "We are closer than we have ever been," Mirzoyan said.

Two diplomats briefed on the talks said the sticking point remained the sequencing of troop withdrawals from positions along the northern stretch of the frontier, which both armies have fortified since clashes in September.

The European Union, which has hosted earlier rounds in Brussels, sent an observer to the meeting. A spokesperson for the bloc said it stood ready to help monitor any withdrawal once a text was signed.

Talks are expected to resume in the Georgian capital in late May.`

	signing = `Armenia and Azerbaijan signed a border agreement in Tbilisi on Friday, ending two years of negotiations over the northern stretch of their frontier.

Mirzoyan, who led the Armenian delegation, said the deal would enter into force once both parliaments ratified it. Two diplomats briefed on the talks said the sticking point remained the sequencing of troop withdrawals from positions along the northern stretch of the frontier.

Under the agreement, both sides will pull back heavy weapons by ten kilometres within sixty days, and a joint commission will mark the line on the ground.`

	strike = `Drones struck a fuel depot near the port city of Odesa overnight, regional governor Oleh Kiper said on Sunday, setting off a fire that burned for several hours.

No one was killed, Kiper said, but two firefighters were treated for smoke inhalation. The air force said it had shot down eleven of fourteen drones launched from the south.`
)

// mk builds a record the way the pipeline hands it on: entities located
// by every occurrence of their name and aliases, spans in bounds.
func mk(path string, idx int, outlet, title, published, text string) *article.Article {
	a := &article.Article{
		ID:            article.ID(text),
		Source:        article.Source{Path: path, Index: idx, Outlet: article.Str(outlet), URL: article.Str("https://" + strings.ToLower(strings.ReplaceAll(outlet, " ", "")) + ".example/" + article.ID(text))},
		Title:         article.Str(title),
		Published:     article.Str(published),
		PublishedFrom: article.FromMetadata,
		Text:          text,
	}
	a.Normalize()
	return a
}

// span finds the nth (0-based) occurrence of sub in a's text.
func span(a *article.Article, sub string, nth int) article.Span {
	from := 0
	for i := 0; ; i++ {
		j := strings.Index(a.Text[from:], sub)
		if j < 0 {
			panic("fixture: " + sub + " not in text")
		}
		if i == nth {
			return article.Span{Start: from + j, End: from + j + len(sub)}
		}
		from += j + len(sub)
	}
}

// entity adds an entity with every mention of its name and aliases.
func entity(a *article.Article, typ, name string, aliases, roles []string) string {
	id := "e" + string(rune('1'+len(a.Entities)))
	e := article.Entity{ID: id, Type: typ, Name: name, Aliases: append([]string{}, aliases...), Roles: append([]string{}, roles...), Mentions: []article.Span{}}
	for _, n := range append([]string{name}, aliases...) {
		for from := 0; ; {
			j := strings.Index(a.Text[from:], n)
			if j < 0 {
				break
			}
			e.Mentions = append(e.Mentions, article.Span{Start: from + j, End: from + j + len(n)})
			from += j + len(n)
		}
	}
	a.Entities = append(a.Entities, e)
	return id
}

func claim(a *article.Article, source string, named bool, content string, direct bool) {
	sp := span(a, content, 0)
	a.Claims = append(a.Claims, article.Claim{Source: article.Str(source), Named: named, Outlet: a.Source.Outlet,
		Cue: article.Str("said"), Direct: direct, Content: content, Start: sp.Start, End: sp.End})
}

func event(a *article.Article, typ, plover, actor, actorID, target, when, modality, evidence string) {
	ev := article.Event{Type: typ, Plover: plover, Actor: article.Str(actor), ActorEntity: article.Str(actorID),
		Target: article.Str(target), Time: article.Str(when), Modality: modality, Evidence: span(a, evidence, 0)}
	a.Events = append(a.Events, ev)
}

// corpus returns the fixture articles, in ingest order.
func corpus() []*article.Article {
	w := mk("feeds/wire.txt", 0, "Caucasus Wire", "Armenia and Azerbaijan hold third round of border talks", "2024-04-16", wire)
	arm := entity(w, article.Place, "Armenia", nil, nil)
	entity(w, article.Place, "Azerbaijan", nil, nil)
	entity(w, article.Place, "Tbilisi", nil, nil)
	entity(w, article.Person, "Ararat Mirzoyan", []string{"Mirzoyan"}, []string{"Foreign Minister"})
	entity(w, article.Organization, "European Union", nil, nil)
	claim(w, "Ararat Mirzoyan", true, "the two delegations had agreed on the wording of four articles of the draft", false)
	claim(w, "Two diplomats briefed on the talks", false, "the sticking point remained the sequencing of troop withdrawals from positions along the northern stretch of the frontier", false)
	event(w, "MEET", "CONSULT", "Armenia", arm, "Azerbaijan", "2024-04-16", article.Asserted, "Negotiators from Armenia and Azerbaijan met in the Georgian capital Tbilisi on Tuesday")
	w.Agreements = []article.Agreement{{Name: "border agreement", Kind: "peace", Parties: []string{"Armenia", "Azerbaijan"}, Mediators: []string{},
		Status: "proposed", Terms: []article.Term{}, Mentions: []article.Span{span(w, "a border agreement", 0)}}}

	c := mk("pages/copy.html", 0, "Daily Courier", "Border talks move forward in Tbilisi", "2024-04-17", wireCopy)
	arm = entity(c, article.Place, "Armenia", nil, nil)
	entity(c, article.Place, "Azerbaijan", nil, nil)
	entity(c, article.Place, "Tbilisi", nil, nil)
	entity(c, article.Person, "Ararat Mirzoyan", []string{"Mirzoyan"}, []string{"Foreign Minister"})
	claim(c, "Two diplomats briefed on the talks", false, "the sticking point remained the sequencing of troop withdrawals from positions along the northern stretch of the frontier", false)
	event(c, "MEET", "CONSULT", "Armenia", arm, "Azerbaijan", "2024-04-16", article.Asserted, "Negotiators from Armenia and Azerbaijan met in the Georgian capital Tbilisi on Tuesday")

	g := mk("feeds/wire.txt", 1, "Caucasus Wire", "Armenia and Azerbaijan sign border deal", "2024-06-07", signing)
	arm = entity(g, article.Place, "Armenia", nil, nil)
	entity(g, article.Place, "Azerbaijan", nil, nil)
	entity(g, article.Place, "Tbilisi", nil, nil)
	// Known here by surname only: merged into the full name by alias.
	entity(g, article.Person, "Mirzoyan", nil, []string{"head of the Armenian delegation"})
	claim(g, "Two diplomats briefed on the talks", false, "the sticking point remained the sequencing of troop withdrawals from positions along the northern stretch of the frontier", false)
	event(g, "AGREE", "AGREE", "Armenia", arm, "Azerbaijan", "2024-06-07", article.Asserted, "Armenia and Azerbaijan signed a border agreement in Tbilisi on Friday")
	days := 60
	g.Agreements = []article.Agreement{{Name: "Armenia-Azerbaijan border deal", Kind: "peace", Parties: []string{"Azerbaijan", "Armenia"}, Mediators: []string{"Georgia"},
		Status: "agreed", DurationDays: &days,
		Terms:    []article.Term{{Text: "both sides will pull back heavy weapons by ten kilometres within sixty days", Start: span(g, "both sides will pull back heavy weapons by ten kilometres within sixty days", 0).Start, End: span(g, "both sides will pull back heavy weapons by ten kilometres within sixty days", 0).End}},
		Mentions: []article.Span{span(g, "a border agreement", 0)}}}

	s := mk("dumps/ukraine.txt", 0, "Black Sea Post", "Drones hit fuel depot near Odesa", "2024-05-05", strike)
	entity(s, article.Place, "Odesa", nil, nil)
	kiper := entity(s, article.Person, "Oleh Kiper", []string{"Kiper"}, []string{"regional governor"})
	_ = kiper
	claim(s, "Oleh Kiper", true, "No one was killed", false)
	s.Events = append(s.Events, article.Event{Type: "ATTACK_AIR", Plover: "ASSAULT", Target: article.Str("fuel depot"), Place: article.Str("Odesa"),
		Time: article.Str("2024-05-04"), Modality: article.Reported, Claim: new(int), Evidence: span(s, "Drones struck a fuel depot near the port city of Odesa overnight", 0)})
	return []*article.Article{w, c, g, s}
}
