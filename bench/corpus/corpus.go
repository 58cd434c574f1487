package corpus

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
)

// Generator composes articles; the same seed gives the same corpus.
type Generator struct {
	r      *rand.Rand
	n      int
	start  time.Time
	recent []*article.Article // originals that later articles may syndicate
}

// New returns a generator for the seed.
func New(seed uint64) *Generator {
	return &Generator{r: rand.New(rand.NewPCG(seed, seed^0x5eed)), start: time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)}
}

// Syndicated is the share of articles that copy an earlier one.
const Syndicated = 0.2

// Next returns the next article.
func (g *Generator) Next() *article.Article {
	g.n++
	// About 150 articles a day: 100k articles span two years.
	day := g.start.AddDate(0, 0, g.n/150)
	if len(g.recent) > 0 && g.r.Float64() < Syndicated {
		return g.syndicate(day)
	}
	a := g.compose(day)
	if len(g.recent) < 256 {
		g.recent = append(g.recent, a)
	} else {
		g.recent[g.r.IntN(len(g.recent))] = a
	}
	return a
}

// slots are one story's fillers: a story keeps its places and people.
type slots struct {
	a, t, c, o, k, g, x, d string
	person, surname, role  string
}

func (g *Generator) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *Generator) slots() slots {
	s := slots{a: g.pick(countries), c: g.pick(cities), o: g.pick(orgs), k: g.pick(topics),
		g: g.pick(goods), x: g.pick(sites), d: g.pick(days)}
	for s.t = g.pick(countries); s.t == s.a; s.t = g.pick(countries) {
	}
	// 900 recurring people, each always with the same role.
	id := g.r.IntN(len(given) * len(family))
	s.surname = family[id/len(given)]
	s.person = given[id%len(given)] + " " + s.surname
	s.role = roles[id%len(roles)]
	return s
}

// builder writes text and records where each entity is mentioned.
type builder struct {
	g    *Generator
	s    slots
	b    strings.Builder
	ents map[string]*article.Entity
	a    *article.Article
}

func (b *builder) mention(typ, name, alias, role, written string) {
	key := typ + "|" + name
	e := b.ents[key]
	if e == nil {
		e = &article.Entity{ID: "e" + strconv.Itoa(len(b.ents)+1), Type: typ, Name: name,
			Aliases: []string{}, Roles: []string{}, Mentions: []article.Span{}}
		if alias != "" {
			e.Aliases = append(e.Aliases, alias)
		}
		if role != "" {
			e.Roles = append(e.Roles, role)
		}
		b.ents[key] = e
		b.a.Entities = append(b.a.Entities, article.Entity{}) // placeholder, filled in finish
	}
	start := b.b.Len()
	b.b.WriteString(written)
	e.Mentions = append(e.Mentions, article.Span{Start: start, End: b.b.Len()})
}

// fill writes a pattern with the story's slots.
func (b *builder) fill(p string) {
	for i := 0; i < len(p); i++ {
		if p[i] != '{' || i+2 >= len(p) || p[i+2] != '}' {
			b.b.WriteByte(p[i])
			continue
		}
		switch p[i+1] {
		case 'A':
			b.mention(article.Place, b.s.a, "", "", b.s.a)
		case 'T':
			b.mention(article.Place, b.s.t, "", "", b.s.t)
		case 'C':
			b.mention(article.Place, b.s.c, "", "", b.s.c)
		case 'O':
			b.mention(article.Organization, b.s.o, "", "", b.s.o)
		case 'P':
			b.b.WriteString(b.s.role + " ")
			b.mention(article.Person, b.s.person, b.s.surname, b.s.role, b.s.person)
		case 'Q':
			b.mention(article.Person, b.s.person, b.s.surname, b.s.role, b.s.surname)
		case 'K':
			b.b.WriteString(b.s.k)
		case 'G':
			b.b.WriteString(b.s.g)
		case 'X':
			b.b.WriteString(b.s.x)
		case 'D':
			b.b.WriteString(b.s.d)
		case 'N':
			b.b.WriteString(strconv.Itoa(2 + b.g.r.IntN(400)))
		default:
			b.b.WriteString(p[i : i+3])
		}
		i += 2
	}
}

func (g *Generator) compose(day time.Time) *article.Article {
	pub := day.Format("2006-01-02")
	a := &article.Article{PublishedFrom: article.FromMetadata, Published: article.Str(pub),
		Source: article.Source{Path: "corpus.jsonl", Index: g.n - 1, Outlet: article.Str(g.pick(outlets))}}
	b := &builder{g: g, s: g.slots(), ents: map[string]*article.Entity{}, a: a}
	paras := 3 + g.r.IntN(3)
	for p := 0; p < paras; p++ {
		if p > 0 {
			b.b.WriteString("\n\n")
		}
		sentences := 1 + g.r.IntN(3)
		for i := 0; i < sentences; i++ {
			if i > 0 {
				b.b.WriteByte(' ')
			}
			switch k := g.r.IntN(10); {
			case p == 0 && i == 0 || k < 3:
				g.event(b, pub)
			case k < 6:
				g.claim(b)
			default:
				b.fill(g.pick(backgrounds))
			}
		}
	}
	a.Text = b.b.String()
	tb := &builder{g: g, s: b.s, ents: map[string]*article.Entity{}, a: &article.Article{}}
	tb.fill(g.pick(titles))
	a.Title = article.Str(tb.b.String())
	b.finish()
	a.ID = article.ID(a.Text)
	a.Source.URL = article.Str("https://news.example/" + a.ID)
	a.Normalize()
	return a
}

func (g *Generator) event(b *builder, pub string) {
	p := eventPatterns[g.r.IntN(len(eventPatterns))]
	start := b.b.Len()
	before := len(b.ents)
	b.fill(p.text)
	ev := article.Event{Type: p.event, Plover: p.plover, Modality: p.modality, Time: article.Str(pub),
		Evidence: article.Span{Start: start, End: b.b.Len()}}
	_ = before
	if strings.Contains(p.text, "{A}") {
		ev.Actor, ev.ActorEntity = article.Str(b.s.a), article.Str(b.ents[article.Place+"|"+b.s.a].ID)
	} else if strings.Contains(p.text, "{P}") {
		ev.Actor, ev.ActorEntity = article.Str(b.s.person), article.Str(b.ents[article.Person+"|"+b.s.person].ID)
	}
	if strings.Contains(p.text, "{T}") {
		ev.Target, ev.TargetEntity = article.Str(b.s.t), article.Str(b.ents[article.Place+"|"+b.s.t].ID)
	}
	if strings.Contains(p.text, "{C}") {
		ev.Place = article.Str(b.s.c)
	}
	b.a.Events = append(b.a.Events, ev)
	if p.event == "AGREE" {
		d := 30 * (1 + g.r.IntN(4))
		b.a.Agreements = append(b.a.Agreements, article.Agreement{Name: b.s.a + "-" + b.s.t + " ceasefire", Kind: "ceasefire",
			Parties: []string{b.s.a, b.s.t}, Mediators: []string{}, Status: "agreed", DurationDays: &d,
			Terms: []article.Term{}, Mentions: []article.Span{ev.Evidence}})
	}
}

func (g *Generator) claim(b *builder) {
	c := article.Claim{Cue: article.Str("said"), Outlet: b.a.Source.Outlet}
	srcStart := b.b.Len()
	if g.r.IntN(2) == 0 {
		b.fill("{P}")
		c.Source, c.Named = article.Str(b.s.person), true
		c.SourceEntity = article.Str(b.ents[article.Person+"|"+b.s.person].ID)
	} else {
		src := g.pick(anonymous)
		r, n := utf8.DecodeRuneInString(src)
		b.b.WriteString(string(unicode.ToUpper(r)) + src[n:])
		c.Source = article.Str(src)
	}
	c.SourceSpan = &article.Span{Start: srcStart, End: b.b.Len()}
	b.b.WriteByte(' ')
	c.CueSpan = &article.Span{Start: b.b.Len(), End: b.b.Len() + 4}
	b.b.WriteString("said ")
	c.Start = b.b.Len()
	b.fill(g.pick(claimContents))
	c.End = b.b.Len()
	c.Content = b.b.String()[c.Start:c.End]
	b.b.WriteByte('.')
	b.a.Claims = append(b.a.Claims, c)
}

// finish puts the entities in order of first mention.
func (b *builder) finish() {
	for _, e := range b.ents {
		i, _ := strconv.Atoi(e.ID[1:])
		b.a.Entities[i-1] = *e
	}
}

// syndicate copies a recent story as another outlet runs it: its own
// headline, a day later at most, and a closing line of its own.
func (g *Generator) syndicate(day time.Time) *article.Article {
	orig := g.recent[g.r.IntN(len(g.recent))]
	a := *orig
	for a.Source.Outlet == orig.Source.Outlet || *a.Source.Outlet == *orig.Source.Outlet {
		a.Source.Outlet = article.Str(g.pick(outlets))
	}
	a.Source.Index = g.n - 1
	a.Text = orig.Text + fmt.Sprintf("\n\nAdditional reporting by %s %s; editing by %s %s.", g.pick(given), g.pick(family), g.pick(given), g.pick(family))
	a.Title = article.Str("UPDATE " + strconv.Itoa(1+g.r.IntN(3)) + "-" + *orig.Title)
	if g.r.IntN(2) == 0 {
		a.Published = article.Str(day.Format("2006-01-02"))
	}
	a.ID = article.ID(a.Text)
	a.Source.URL = article.Str("https://wire.example/" + a.ID)
	claims := make([]article.Claim, len(orig.Claims))
	copy(claims, orig.Claims)
	for i := range claims {
		claims[i].Outlet = a.Source.Outlet
	}
	a.Claims = claims
	return &a
}

// input is one line of the JSONL input format parley reads.
type input struct {
	Title     string `json:"title"`
	Text      string `json:"text"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

// WriteJSONL writes n articles as raw JSONL input (title, text, url,
// published), for benchmarking the whole pipeline.
func (g *Generator) WriteJSONL(w io.Writer, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := 0; i < n; i++ {
		a := g.Next()
		text := a.Text
		// The outlet as scraped pages often carry it, in a byline.
		text = "By " + g.pick(given) + " " + g.pick(family) + ", " + *a.Source.Outlet + "\n\n" + text
		if err := enc.Encode(input{Title: *a.Title, Text: text, URL: *a.Source.URL, Published: *a.Published}); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	return nil
}
