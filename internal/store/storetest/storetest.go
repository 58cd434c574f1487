package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
)

// Run checks a store implementation. open must return a new, empty store
// each time it is called; Run closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, ctx context.Context, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Idempotent", testIdempotent},
		{"AtomicBatch", testAtomicBatch},
		{"Search", testSearch},
		{"Entities", testEntities},
		{"Stories", testStories},
		{"Claims", testClaims},
		{"Events", testEvents},
		{"Agreements", testAgreements},
		{"Sourcing", testSourcing},
		{"Export", testExport},
		{"NotFound", testNotFound},
		{"Concurrent", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			tc.fn(t, ctx, s)
		})
	}
}

func put(t *testing.T, ctx context.Context, s store.Store, arts ...*article.Article) store.PutResult {
	t.Helper()
	r, err := s.PutArticles(ctx, arts)
	if err != nil {
		t.Fatalf("PutArticles: %v", err)
	}
	return r
}

// load stores the fixtures, one per batch or all in one, as asked.
func load(t *testing.T, ctx context.Context, s store.Store, oneBatch bool) []*article.Article {
	t.Helper()
	arts := corpus()
	if oneBatch {
		put(t, ctx, s, arts...)
		return arts
	}
	for _, a := range arts {
		put(t, ctx, s, a)
	}
	return arts
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func testRoundTrip(t *testing.T, ctx context.Context, s store.Store) {
	arts := load(t, ctx, s, true)
	for _, a := range arts {
		got, err := s.Article(ctx, a.ID)
		if err != nil {
			t.Fatalf("Article(%s): %v", a.ID, err)
		}
		if g, w := jsonOf(t, got), jsonOf(t, a); g != w {
			t.Errorf("Article(%s) round trip:\n got %s\nwant %s", a.ID, g, w)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{Articles: 4, Stories: 3, Entities: 7, Events: 4, Claims: 5, Agreements: 1}
	if st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
}

func testIdempotent(t *testing.T, ctx context.Context, s store.Store) {
	arts := corpus()
	if r := put(t, ctx, s, arts[0], arts[1], arts[0]); r.Added != 2 || r.Skipped != 1 {
		t.Errorf("first put = %+v, want 2 added, 1 skipped (repeated in batch)", r)
	}
	before, _ := s.Stats(ctx)
	ents, _ := s.Entities(ctx, store.EntityQuery{})
	// The same article from another file is the same article.
	again := corpus()
	again[0].Source.Path = "elsewhere/other.jsonl"
	if r := put(t, ctx, s, again...); r.Added != 2 || r.Skipped != 2 {
		t.Errorf("second put = %+v, want 2 added, 2 skipped", r)
	}
	if r := put(t, ctx, s, corpus()...); r.Added != 0 || r.Skipped != 4 {
		t.Errorf("third put = %+v, want 0 added, 4 skipped", r)
	}
	after, _ := s.Stats(ctx)
	if after.Articles != 4 || after.Claims != 5 || after.Events != 4 {
		t.Errorf("after re-ingest Stats = %+v (before the new ones %+v)", after, before)
	}
	ents2, _ := s.Entities(ctx, store.EntityQuery{Q: "Mirzoyan"})
	if len(ents2) != 1 || ents2[0].Articles != 3 {
		t.Errorf("Mirzoyan after re-ingest = %+v, want one entity in 3 articles", ents2)
	}
	_ = ents
	a, err := s.Article(ctx, arts[0].ID)
	if err != nil || a.Source.Path != arts[0].Source.Path {
		t.Errorf("re-ingest replaced the first record: %v, %+v", err, a)
	}
}

func testAtomicBatch(t *testing.T, ctx context.Context, s store.Store) {
	arts := corpus()
	bad := *arts[1]
	bad.ID = ""
	if _, err := s.PutArticles(ctx, []*article.Article{arts[0], &bad}); err == nil {
		t.Fatal("PutArticles with an id-less article: no error")
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st != (store.Stats{}) {
		t.Errorf("failed batch left %+v", st)
	}
	put(t, ctx, s, arts...)
	if st, _ := s.Stats(ctx); st.Articles != 4 {
		t.Errorf("after retry: %+v", st)
	}
}

func ids(hs []store.Hit) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h.ArticleID)
	}
	return out
}

func testSearch(t *testing.T, ctx context.Context, s store.Store) {
	arts := load(t, ctx, s, false)
	w, c, g, d := arts[0].ID, arts[1].ID, arts[2].ID, arts[3].ID
	tests := []struct {
		name string
		q    store.SearchQuery
		want []string // in any order
	}{
		{"word", store.SearchQuery{Text: "drones"}, []string{d}},
		{"stemmed", store.SearchQuery{Text: "ratify"}, []string{g}},
		{"all words", store.SearchQuery{Text: "border Tbilisi"}, []string{w, c, g}},
		{"accents and case", store.SearchQuery{Text: "TBÍLISI fuel"}, nil},
		{"phrase", store.SearchQuery{Text: `"heavy weapons"`}, []string{g}},
		{"phrase order matters", store.SearchQuery{Text: `"weapons heavy"`}, nil},
		{"syntax is text", store.SearchQuery{Text: `Odesa* (fuel) -`}, []string{d}},
		{"unbalanced quote", store.SearchQuery{Text: `"heavy weapons`}, []string{g}},
		{"outlet", store.SearchQuery{Text: "border", Outlet: "daily courier"}, []string{c}},
		{"from", store.SearchQuery{Text: "border", From: "2024-04-17"}, []string{c, g}},
		{"to", store.SearchQuery{Text: "border", To: "2024-04-16"}, []string{w}},
		{"entity by name", store.SearchQuery{Text: "delegation", Entity: "Ararat Mirzoyan"}, []string{w, c, g}},
		{"entity by alias", store.SearchQuery{Text: "fire", Entity: "kiper"}, []string{d}},
		{"unknown entity", store.SearchQuery{Text: "border", Entity: "Nobody Known"}, nil},
		{"event type", store.SearchQuery{Text: "border", EventType: "AGREE"}, []string{g}},
		{"filters only", store.SearchQuery{Outlet: "Caucasus Wire"}, []string{w, g}},
		{"no match", store.SearchQuery{Text: "zeppelin"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Search(ctx, tc.q)
			if err != nil {
				t.Fatalf("Search(%+v): %v", tc.q, err)
			}
			if !sameSet(ids(res.Hits), tc.want) {
				t.Errorf("Search(%+v) = %v, want %v", tc.q, ids(res.Hits), tc.want)
			}
			for _, h := range res.Hits {
				if h.Title == nil || h.Snippet == "" || h.Story == 0 {
					t.Errorf("hit %+v lacks title, snippet or story", h)
				}
			}
		})
	}
	res, err := s.Search(ctx, store.SearchQuery{Text: "drones"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("Search drones: %v %+v", err, res)
	}
	if h := res.Hits[0]; !strings.Contains(strings.ToLower(h.Snippet), "«drones»") || *h.Outlet != "Black Sea Post" || *h.Published != "2024-05-05" {
		t.Errorf("hit = %+v, want the snippet to mark «Drones»", h)
	}
	// The title weighs more: the story headlined on the deal ranks first.
	res, _ = s.Search(ctx, store.SearchQuery{Text: "border deal sign"})
	if len(res.Hits) == 0 || res.Hits[0].ArticleID != g {
		t.Errorf("ranking: %v, want %s first", ids(res.Hits), g)
	}
	page, _ := s.Search(ctx, store.SearchQuery{Text: "border", Limit: 2})
	rest, _ := s.Search(ctx, store.SearchQuery{Text: "border", Limit: 2, Offset: 2})
	if len(page.Hits) != 2 || !page.More || len(rest.Hits) != 1 || rest.More {
		t.Errorf("paging: %v more=%v, then %v more=%v", ids(page.Hits), page.More, ids(rest.Hits), rest.More)
	}
	if !sameSet(append(ids(page.Hits), ids(rest.Hits)...), []string{w, c, g}) {
		t.Errorf("pages overlap: %v + %v", ids(page.Hits), ids(rest.Hits))
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

func testEntities(t *testing.T, ctx context.Context, s store.Store) {
	for _, oneBatch := range []bool{true, false} {
		t.Run(fmt.Sprintf("oneBatch=%v", oneBatch), func(t *testing.T) {
			testEntitiesLoaded(t, ctx, s, load(t, ctx, s, oneBatch), oneBatch)
		})
	}
}

func testEntitiesLoaded(t *testing.T, ctx context.Context, s store.Store, arts []*article.Article, second bool) {
	all, err := s.Entities(ctx, store.EntityQuery{})
	if err != nil {
		t.Fatal(err)
	}
	// Stored twice (second run) changes nothing: the counts are the same.
	byName := map[string]store.EntitySummary{}
	for _, e := range all {
		byName[e.Name] = e
	}
	if len(all) != 7 {
		t.Errorf("Entities = %d, want 7: %+v", len(all), all)
	}
	m := byName["Ararat Mirzoyan"]
	if m.Type != article.Person || m.Articles != 3 || m.Mentions != 7 || *m.FirstSeen != "2024-04-16" || *m.LastSeen != "2024-06-07" {
		t.Errorf("Mirzoyan = %+v, want person in 3 articles, 7 mentions, 2024-04-16..2024-06-07", m)
	}
	if !sameSet(m.Aliases, []string{"Mirzoyan"}) {
		t.Errorf("Mirzoyan aliases = %v", m.Aliases)
	}
	if a := byName["Armenia"]; a.Articles != 3 || a.Type != article.Place {
		t.Errorf("Armenia = %+v", a)
	}
	if all[0].Mentions < all[len(all)-1].Mentions {
		t.Errorf("Entities not most mentioned first: %+v", all)
	}
	for _, q := range []struct {
		q    store.EntityQuery
		want []string
	}{
		{store.EntityQuery{Q: "mirz"}, []string{"Ararat Mirzoyan"}},
		{store.EntityQuery{Q: "ARARAT"}, []string{"Ararat Mirzoyan"}},
		{store.EntityQuery{Q: "union"}, []string{"European Union"}},
		{store.EntityQuery{Q: "kiper"}, []string{"Oleh Kiper"}},
		{store.EntityQuery{Type: article.Person}, []string{"Ararat Mirzoyan", "Oleh Kiper"}},
		{store.EntityQuery{Type: article.Place, Q: "a"}, []string{"Armenia", "Azerbaijan"}},
		{store.EntityQuery{Q: "ian"}, nil},
	} {
		got, err := s.Entities(ctx, q.q)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range got {
			names = append(names, e.Name)
		}
		if !sameSet(names, q.want) {
			t.Errorf("Entities(%+v) = %v, want %v", q.q, names, q.want)
		}
	}
	if got, _ := s.Entities(ctx, store.EntityQuery{Limit: 3, Offset: 2}); len(got) != 3 || got[0].ID != all[2].ID {
		t.Errorf("Entities paging = %+v", got)
	}
	d, err := s.Entity(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	var roles []string
	for _, r := range d.Roles {
		roles = append(roles, *r.Date+" "+r.Role+" "+r.ArticleID)
	}
	wantRoles := []string{
		"2024-04-16 Foreign Minister " + arts[0].ID,
		"2024-04-17 Foreign Minister " + arts[1].ID,
		"2024-06-07 head of the Armenian delegation " + arts[2].ID,
	}
	if strings.Join(roles, "\n") != strings.Join(wantRoles, "\n") {
		t.Errorf("role history:\n%s\nwant\n%s", strings.Join(roles, "\n"), strings.Join(wantRoles, "\n"))
	}
	if len(d.Mentions) != 7 {
		t.Errorf("mentions = %d, want 7", len(d.Mentions))
	}
	for _, mn := range d.Mentions {
		if mn.Text != "Ararat Mirzoyan" && mn.Text != "Mirzoyan" {
			t.Errorf("mention %+v names someone else", mn)
		}
	}
	if len(d.ArticleRefs) != 3 || d.ArticleRefs[0].ID != arts[2].ID {
		t.Errorf("articles = %+v, want 3, newest first", d.ArticleRefs)
	}
	co := map[string]int{}
	for _, c := range d.CoMentioned {
		co[c.Name] = c.Articles
	}
	if co["Armenia"] != 3 || co["Tbilisi"] != 3 || co["European Union"] != 1 || co["Oleh Kiper"] != 0 {
		t.Errorf("co-mentioned = %v", co)
	}
	if d.CoMentioned[0].Articles != 3 {
		t.Errorf("co-mentioned not most shared first: %+v", d.CoMentioned)
	}
	_ = second
}

func testStories(t *testing.T, ctx context.Context, s store.Store) {
	arts := load(t, ctx, s, false)
	sts, err := s.Stories(ctx, store.StoryQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 3 {
		t.Fatalf("Stories = %d, want 3 (the wire story and its copy are one): %+v", len(sts), sts)
	}
	top := sts[0]
	if top.Size != 2 || len(top.Articles) != 2 || top.Articles[0].ID != arts[0].ID || top.Articles[1].ID != arts[1].ID {
		t.Errorf("largest story = %+v, want the wire story then its copy", top)
	}
	if !sameSet(top.Outlets, []string{"Caucasus Wire", "Daily Courier"}) || *top.First != "2024-04-16" || *top.Last != "2024-04-17" {
		t.Errorf("story outlets/dates = %v %v %v", top.Outlets, *top.First, *top.Last)
	}
	if *top.Title != *arts[0].Title || top.Claims != 3 || top.Named != 1 || top.Anonymous != 2 {
		t.Errorf("story title/claims = %q %d/%d/%d", *top.Title, top.Claims, top.Named, top.Anonymous)
	}
	if big, _ := s.Stories(ctx, store.StoryQuery{MinArticles: 2}); len(big) != 1 {
		t.Errorf("MinArticles 2: %d stories", len(big))
	}
	latest, err := s.Stories(ctx, store.StoryQuery{Latest: true})
	if err != nil {
		t.Fatal(err)
	}
	var lasts []string
	for _, st := range latest {
		lasts = append(lasts, *st.Last)
	}
	if got := strings.Join(lasts, " "); got != "2024-06-07 2024-05-05 2024-04-17" {
		t.Errorf("latest stories end on %s, want newest first: 2024-06-07 2024-05-05 2024-04-17", got)
	}
	if page, _ := s.Stories(ctx, store.StoryQuery{Latest: true, Limit: 1, Offset: 1}); len(page) != 1 || *page[0].Last != "2024-05-05" {
		t.Errorf("latest stories, second page of one = %+v", page)
	}
	one, err := s.Story(ctx, top.ID)
	if err != nil || one.Size != 2 {
		t.Errorf("Story(%d) = %+v, %v", top.ID, one, err)
	}
	for _, a := range arts[:2] {
		of, err := s.StoryOf(ctx, a.ID)
		if err != nil || of.ID != top.ID || of.Size != 2 {
			t.Errorf("StoryOf(%s) = %+v, %v; want story %d", a.ID, of, err, top.ID)
		}
	}
	if of, err := s.StoryOf(ctx, arts[2].ID); err != nil || of.ID == top.ID {
		t.Errorf("StoryOf(%s) = %+v, %v; want a story of its own", arts[2].ID, of, err)
	}
	res, _ := s.Search(ctx, store.SearchQuery{Text: "Tbilisi"})
	story := map[string]int64{}
	for _, h := range res.Hits {
		story[h.ArticleID] = h.Story
	}
	if story[arts[0].ID] != story[arts[1].ID] || story[arts[0].ID] == story[arts[2].ID] {
		t.Errorf("hit stories = %v", story)
	}
}

func testClaims(t *testing.T, ctx context.Context, s store.Store) {
	arts := load(t, ctx, s, true)
	gs, err := s.Claims(ctx, store.ClaimQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 3 {
		t.Fatalf("claim groups = %d, want 3: %+v", len(gs), gs)
	}
	top := gs[0]
	// Three articles carry it, but two are copies of one wire story.
	if top.Articles != 3 || top.Independent != 2 || !strings.HasPrefix(top.Content, "the sticking point") {
		t.Errorf("top claim = %+v, want 3 articles, 2 independent", top)
	}
	if !sameSet(top.Outlets, []string{"Caucasus Wire", "Daily Courier"}) || !sameSet(top.Sources, []string{"Two diplomats briefed on the talks"}) {
		t.Errorf("top claim outlets/sources = %v / %v", top.Outlets, top.Sources)
	}
	if len(top.Instances) != 3 || top.Instances[0].ArticleID != arts[0].ID || top.Instances[0].Named {
		t.Errorf("instances = %+v", top.Instances)
	}
	in := top.Instances[0]
	if got := arts[0].Text[in.Start:in.End]; got != top.Content {
		t.Errorf("instance span gives %q", got)
	}
	if got, _ := s.Claims(ctx, store.ClaimQuery{MinIndependent: 2}); len(got) != 1 {
		t.Errorf("MinIndependent 2: %d groups", len(got))
	}
	if got, _ := s.Claims(ctx, store.ClaimQuery{Q: "NO ONE"}); len(got) != 1 || got[0].Content != "No one was killed" {
		t.Errorf("Claims Q: %+v", got)
	}
}

func testEvents(t *testing.T, ctx context.Context, s store.Store) {
	arts := load(t, ctx, s, false)
	all, err := s.Events(ctx, store.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range all {
		got = append(got, fmt.Sprintf("%s %s %d", *e.Date, e.Type, e.Sources))
	}
	want := []string{"2024-04-16 MEET 1", "2024-04-16 MEET 1", "2024-05-04 ATTACK_AIR 1", "2024-06-07 AGREE 1"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("events = %v, want %v", got, want)
	}
	e := all[3]
	if e.ArticleID != arts[2].ID || *e.Actor != "Armenia" || e.ActorEntity == nil || *e.Target != "Azerbaijan" ||
		e.Evidence != "Armenia and Azerbaijan signed a border agreement in Tbilisi on Friday" || *e.Outlet != "Caucasus Wire" || e.URL == nil {
		t.Errorf("AGREE event = %+v", e)
	}
	for _, q := range []struct {
		q    store.EventQuery
		want int
	}{
		{store.EventQuery{Type: "MEET"}, 2},
		{store.EventQuery{Actor: "armenia"}, 3},
		{store.EventQuery{Actor: fmt.Sprint(*e.ActorEntity)}, 3},
		{store.EventQuery{From: "2024-05-01"}, 2},
		{store.EventQuery{From: "2024-05-01", To: "2024-05-31"}, 1},
		{store.EventQuery{Type: "AGREE", To: "2024-05-31"}, 0},
		{store.EventQuery{ArticleID: arts[3].ID}, 1},
		{store.EventQuery{Limit: 2, Offset: 1}, 2},
	} {
		got, err := s.Events(ctx, q.q)
		if err != nil || len(got) != q.want {
			t.Errorf("Events(%+v) = %d events (%v), want %d", q.q, len(got), err, q.want)
		}
	}
}

func testAgreements(t *testing.T, ctx context.Context, s store.Store) {
	arts := load(t, ctx, s, false)
	gs, err := s.Agreements(ctx, store.AgreementQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 1 {
		t.Fatalf("agreements = %+v, want the two articles' deals merged into one", gs)
	}
	g := gs[0]
	if g.Status != "agreed" || g.Articles != 2 || g.DurationDays == nil || *g.DurationDays != 60 {
		t.Errorf("agreement = %+v", g)
	}
	if !sameSet(g.Parties, []string{"Armenia", "Azerbaijan"}) || !sameSet(g.Mediators, []string{"Georgia"}) {
		t.Errorf("parties %v mediators %v", g.Parties, g.Mediators)
	}
	var h []string
	for _, c := range g.History {
		h = append(h, *c.Date+" "+c.Status+" "+c.ArticleID+" "+c.Evidence)
	}
	want := []string{"2024-04-16 proposed " + arts[0].ID + " a border agreement", "2024-06-07 agreed " + arts[2].ID + " a border agreement"}
	if strings.Join(h, "\n") != strings.Join(want, "\n") {
		t.Errorf("history:\n%s\nwant\n%s", strings.Join(h, "\n"), strings.Join(want, "\n"))
	}
	for _, q := range []struct {
		q    store.AgreementQuery
		want int
	}{
		{store.AgreementQuery{Status: "agreed"}, 1},
		{store.AgreementQuery{Status: "proposed"}, 0},
		{store.AgreementQuery{Party: "azerbaijan"}, 1},
		{store.AgreementQuery{Kind: "ceasefire"}, 0},
	} {
		if got, err := s.Agreements(ctx, q.q); err != nil || len(got) != q.want {
			t.Errorf("Agreements(%+v) = %d (%v), want %d", q.q, len(got), err, q.want)
		}
	}
	one, err := s.Agreement(ctx, g.ID)
	if err != nil || jsonOf(t, one) != jsonOf(t, g) {
		t.Errorf("Agreement(%d) = %+v, %v", g.ID, one, err)
	}
}

func testSourcing(t *testing.T, ctx context.Context, s store.Store) {
	load(t, ctx, s, true)
	os, err := s.Sourcing(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := jsonOf(t, os)
	want := jsonOf(t, []store.OutletStats{
		{Outlet: "Caucasus Wire", Articles: 2, Stories: 2, FirstReports: 2, Claims: 3, Named: 1, Anonymous: 2},
		{Outlet: "Black Sea Post", Articles: 1, Stories: 1, FirstReports: 1, Claims: 1, Named: 1},
		{Outlet: "Daily Courier", Articles: 1, Stories: 1, FirstReports: 0, Claims: 1, Anonymous: 1},
	})
	if got != want {
		t.Errorf("Sourcing:\n got %s\nwant %s", got, want)
	}
}

func testExport(t *testing.T, ctx context.Context, s store.Store) {
	arts := load(t, ctx, s, false)
	var got []string
	err := s.Export(ctx, func(a *article.Article) error {
		got = append(got, jsonOf(t, a))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(arts) {
		t.Fatalf("Export gave %d articles, want %d", len(got), len(arts))
	}
	for i, a := range arts {
		if got[i] != jsonOf(t, a) {
			t.Errorf("Export #%d = %s, want %s", i, got[i], jsonOf(t, a))
		}
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Export(ctx, func(*article.Article) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Export with a failing fn: %v after %d", err, n)
	}
	var evs []store.EventRecord
	if err := s.ExportEvents(ctx, func(e store.EventRecord) error { evs = append(evs, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(evs) != 4 || evs[0].ArticleID != arts[0].ID || evs[3].Type != "ATTACK_AIR" || evs[3].Place == nil || *evs[3].Place != "Odesa" {
		t.Errorf("ExportEvents = %+v", evs)
	}
}

func testNotFound(t *testing.T, ctx context.Context, s store.Store) {
	load(t, ctx, s, true)
	if _, err := s.Article(ctx, "0000000000000000"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Article: %v, want ErrNotFound", err)
	}
	if _, err := s.Entity(ctx, 1<<40); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Entity: %v, want ErrNotFound", err)
	}
	if _, err := s.Agreement(ctx, 1<<40); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Agreement: %v, want ErrNotFound", err)
	}
	if _, err := s.Story(ctx, 1<<40); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Story: %v, want ErrNotFound", err)
	}
	if _, err := s.StoryOf(ctx, "0000000000000000"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("StoryOf: %v, want ErrNotFound", err)
	}
}

func testConcurrent(t *testing.T, ctx context.Context, s store.Store) {
	arts := corpus()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			// Overlapping batches in different orders.
			b := []*article.Article{arts[i%4], arts[(i+1)%4], arts[(i+3)%4]}
			if _, err := s.PutArticles(ctx, b); err != nil {
				errs <- err
			}
			if _, err := s.Search(ctx, store.SearchQuery{Text: "border"}); err != nil {
				errs <- err
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent: %v", err)
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 4 || st.Claims != 5 || st.Events != 4 {
		t.Errorf("after concurrent puts: %+v", st)
	}
}
