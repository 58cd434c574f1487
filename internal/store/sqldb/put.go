package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
)

// prepared is one new article with what can be computed before locking:
// everything the write needs that depends on the article alone is worked
// out here, on every core, so that the one writer does little but SQL.
type prepared struct {
	a       *article.Article
	record  string
	sig     store.Signature
	bands   [store.Bands]int64
	day     string // publication day or ""
	outlet  any    // folded outlet name or nil
	ents    []preparedEntity
	claims  []preparedClaim
	events  []preparedEvent
	agrees  []string // agreement keys
	n       int64    // article number once inserted
	story   int64
	founder bool
}

type preparedEntity struct {
	key      string
	fold     string   // of the name
	names    []string // name, then aliases
	folds    []string // of names
	mentions string   // JSON
}

type preparedClaim struct{ key, fold string }

type preparedEvent struct {
	key, day, evidence string
	actorFold          any
}

// PutArticles implements store.Store.
func (s *DB) PutArticles(ctx context.Context, arts []*article.Article) (store.PutResult, error) {
	var res store.PutResult
	seen := make(map[string]bool, len(arts))
	var ps []*prepared
	for _, a := range arts {
		if a == nil {
			continue
		}
		if a.ID == "" {
			return res, fmt.Errorf("put: article without id (from %s #%d)", a.Source.Path, a.Source.Index)
		}
		if seen[a.ID] {
			res.Skipped++
			continue
		}
		seen[a.ID] = true
		ps = append(ps, &prepared{a: a})
	}
	if len(ps) == 0 {
		return res, nil
	}
	if err := prepareAll(ps); err != nil {
		return res, err
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	// The last batch's checkpoint ran while this one was prepared; waiting
	// for its end lets the WAL start over instead of growing.
	s.ckpt.Wait()
	tx, err := s.begin(ctx)
	if err != nil {
		return res, fmt.Errorf("put: begin: %w", err)
	}
	defer tx.tx.Rollback()
	fresh, err := s.dropStored(ctx, tx, ps)
	if err != nil {
		return res, err
	}
	res.Skipped += len(ps) - len(fresh)
	if len(fresh) == 0 {
		return res, nil
	}
	w := &batch{s: s, tx: tx, ps: fresh}
	for _, step := range []func(context.Context) error{
		w.articles, w.stories, w.entities, w.claims, w.events, w.agreements, w.outlets,
	} {
		if err := step(ctx); err != nil {
			return res, fmt.Errorf("put: %w", err)
		}
	}
	if err := tx.tx.Commit(); err != nil {
		return res, fmt.Errorf("put: commit: %w", err)
	}
	s.checkpoint()
	s.bands.committed(w)
	res.Added = len(w.ps)
	res.Skipped += len(fresh) - len(w.ps)
	return res, nil
}

// checkpoint starts the dialect's checkpoint in the background. wmu is held.
func (s *DB) checkpoint() {
	if s.d.Checkpoint == "" {
		return
	}
	s.ckpt.Add(1)
	go func() {
		defer s.ckpt.Done()
		// Not the caller's context: the checkpoint outlives the call, and
		// a failed one only leaves the WAL to the next.
		if _, err := s.db.ExecContext(context.Background(), s.d.Checkpoint); err != nil {
			s.log.Warn("checkpoint", "store", s.d.Name, "err", err)
		}
	}()
}

// prepareAll encodes and hashes the articles on every core, before the
// write lock is taken.
func prepareAll(ps []*prepared) error {
	workers := min(runtime.GOMAXPROCS(0), (len(ps)+31)/32)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(ps); i += workers {
				if err := ps[i].prepare(); err != nil {
					errs[w] = err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	return errors.Join(errs...)
}

func (p *prepared) prepare() error {
	a := p.a
	// The text has its own column (indexed for search); the record keeps
	// everything else, so that nothing the extractors add is lost.
	rec := *a
	rec.Text = ""
	b, err := json.Marshal(&rec)
	if err != nil {
		return fmt.Errorf("put: encode article %s: %w", a.ID, err)
	}
	p.record = string(b)
	p.sig = store.MinHash(a.Text)
	p.bands = p.sig.Bands()
	if a.Published != nil {
		p.day = store.Day(*a.Published)
	}
	if a.Source.Outlet != nil {
		p.outlet = store.Fold(*a.Source.Outlet)
	}
	p.ents = make([]preparedEntity, len(a.Entities))
	for j, e := range a.Entities {
		pe := &p.ents[j]
		pe.key = store.EntityKey(e.Type, e.Name)
		pe.names = append([]string{e.Name}, e.Aliases...)
		pe.folds = make([]string, len(pe.names))
		for k, n := range pe.names {
			pe.folds[k] = store.Fold(n)
		}
		pe.fold = pe.folds[0]
		ms, err := json.Marshal(e.Mentions)
		if err != nil {
			return fmt.Errorf("put: encode mentions of %s in %s: %w", e.ID, a.ID, err)
		}
		pe.mentions = string(ms)
	}
	p.claims = make([]preparedClaim, len(a.Claims))
	for i, c := range a.Claims {
		p.claims[i] = preparedClaim{key: store.ClaimKey(c.Content), fold: store.Fold(c.Content)}
	}
	p.events = make([]preparedEvent, len(a.Events))
	for j, e := range a.Events {
		pe := &p.events[j]
		pe.key = store.EventKey(e.Type, e.Actor, e.Target, e.Time)
		if e.Actor == nil && e.Target == nil {
			// Nobody to tell one such event from another: it stands alone.
			pe.key = store.EventKey(e.Type, &a.ID, nil, article.Str(strconv.Itoa(j)))
		}
		if e.Time != nil {
			pe.day = store.Day(*e.Time)
		}
		if pe.day == "" {
			pe.day = p.day
		}
		if e.Actor != nil {
			pe.actorFold = store.Fold(*e.Actor)
		}
		pe.evidence = slice(a.Text, e.Evidence)
	}
	p.agrees = make([]string, len(a.Agreements))
	for i, g := range a.Agreements {
		p.agrees[i] = store.AgreementKey(g.Kind, g.Name, g.Parties)
	}
	return nil
}

// dropStored keeps the articles not yet stored.
func (s *DB) dropStored(ctx context.Context, tx *wtx, ps []*prepared) ([]*prepared, error) {
	ids := make([]any, len(ps))
	for i, p := range ps {
		ids[i] = p.a.ID
	}
	have := map[string]bool{}
	err := s.in(ctx, tx, "SELECT id FROM articles WHERE id IN (?*)", nil, ids, scanSet(have))
	if err != nil {
		return nil, fmt.Errorf("put: %w", err)
	}
	out := ps[:0:0]
	for _, p := range ps {
		if !have[p.a.ID] {
			out = append(out, p)
		}
	}
	return out, nil
}

// batch is one PutArticles transaction at work.
type batch struct {
	s  *DB
	tx *wtx
	ps []*prepared
	// ents maps each article's local entity id to its canonical number.
	ents []map[string]int64
}

// articles inserts the articles, clustering each into a story: the story
// of the most similar earlier article (stored or earlier in the batch) if
// similar enough, else a new story founded by the article itself.
func (w *batch) articles(ctx context.Context) error {
	type cand struct {
		story int64
		sig   store.Signature
	}
	// With one writer at a time the numbers the articles will get are known
	// (INTEGER PRIMARY KEY: one past the largest), so each row goes in with
	// its story and many rows go in one statement.
	next := int64(0)
	if w.s.d.SingleWriter {
		if err := w.tx.QueryRowContext(ctx, "SELECT COALESCE(MAX(n), 0) FROM articles").Scan(&next); err != nil {
			return fmt.Errorf("article numbers: %w", err)
		}
	}
	f, err := w.s.bands.use(ctx, w, next)
	if err != nil {
		return err
	}
	var keys []any
	for _, p := range w.ps {
		for _, b := range p.bands {
			if f == nil || f.has(b) {
				keys = append(keys, b)
			}
		}
	}
	byBand := make(map[int64][]int64, store.Bands*len(w.ps))
	arts := map[int64]bool{}
	err = w.s.in(ctx, w.tx, "SELECT key, article FROM lsh WHERE key IN (?*)", nil, keys, func(r *sql.Rows) error {
		var k, a int64
		if err := r.Scan(&k, &a); err != nil {
			return err
		}
		byBand[k] = append(byBand[k], a)
		arts[a] = true
		return nil
	})
	if err != nil {
		return err
	}
	cands := make(map[int64]cand, 2*len(w.ps))
	var ns []any
	for a := range arts {
		if f != nil && f.recent != nil {
			if r := f.recent[a%recentSigs]; r.n == a {
				cands[a] = cand{r.story, r.sig}
				continue
			}
		}
		ns = append(ns, a)
	}
	err = w.s.in(ctx, w.tx, "SELECT n, story, sig FROM articles WHERE n IN (?*)", nil, ns, func(r *sql.Rows) error {
		var n, st int64
		var b []byte
		if err := r.Scan(&n, &st, &b); err != nil {
			return err
		}
		if sig, ok := store.ParseSignature(b); ok {
			cands[n] = cand{st, sig}
		}
		return nil
	})
	if err != nil {
		return err
	}
	const ncols = 12
	ins := w.s.q(`INSERT INTO articles (id, story, path, idx, url, outlet, outlet_fold, title, published, text, record, sig)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING n`)
	var founders []any
	rows := make([]any, 0, 13*len(w.ps))
	latest := make(map[int64]int64, store.Bands*len(w.ps)) // band key -> the batch's last article with it
	kept := w.ps[:0]
	seen := map[int64]bool{}
	for _, p := range w.ps {
		best, bestSim := int64(0), 0.0
		clear(seen)
		for _, b := range p.bands {
			for _, a := range byBand[b] {
				if seen[a] {
					continue
				}
				seen[a] = true
				c, ok := cands[a]
				if !ok {
					continue
				}
				// Ties go to the earliest article, so the outcome does not
				// depend on map order.
				if sim := p.sig.Similarity(c.sig); sim > bestSim || sim == bestSim && sim > 0 && c.story < best {
					best, bestSim = c.story, sim
				}
			}
		}
		a := p.a
		story := best
		if bestSim < store.SameStory {
			story = 0
		}
		if w.s.d.SingleWriter {
			next++
			p.n = next
			if story == 0 {
				story = p.n
				p.founder = true
			}
			rows = append(rows, p.n, a.ID, story, a.Source.Path, a.Source.Index, nullStr(a.Source.URL),
				nullStr(a.Source.Outlet), p.outlet, nullStr(a.Title), emptyNil(p.day), a.Text, p.record, p.sig.Bytes())
		} else {
			if err := w.tx.QueryRowContext(ctx, ins, a.ID, story, a.Source.Path, a.Source.Index, nullStr(a.Source.URL),
				nullStr(a.Source.Outlet), p.outlet, nullStr(a.Title), emptyNil(p.day), a.Text, p.record, p.sig.Bytes()).Scan(&p.n); err != nil {
				if errors.Is(err, sql.ErrNoRows) {
					// Another writer stored it since dropStored looked.
					continue
				}
				return fmt.Errorf("insert article %s: %w", a.ID, err)
			}
			if story == 0 {
				story = p.n
				p.founder = true
				founders = append(founders, p.n)
			}
		}
		kept = append(kept, p)
		p.story = story
		// Later articles of the batch see this one as a candidate.
		cands[p.n] = cand{story, p.sig}
		for _, b := range p.bands {
			byBand[b] = append(byBand[b], p.n)
			latest[b] = p.n
		}
	}
	if f != nil {
		f.pending = next
	}
	if len(rows) > 0 {
		// dropStored ran in this transaction and no other writer can have
		// stored an article since: no conflict is possible.
		if err := w.s.bulk(ctx, w.tx, "INSERT INTO articles (n, id, story, path, idx, url, outlet, outlet_fold, title, published, text, record, sig)",
			ncols+1, rows, "", nil); err != nil {
			return err
		}
	}
	w.ps = kept
	if len(kept) == 0 {
		return nil
	}
	keys = keys[:0]
	for k := range latest {
		keys = append(keys, k)
		if f != nil {
			f.add(k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].(int64) < keys[j].(int64) })
	lsh := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		lsh = append(lsh, k, latest[k.(int64)])
	}
	if err := w.s.bulk(ctx, w.tx, "INSERT INTO lsh (key, article)", 2, lsh, "ON CONFLICT (key) DO UPDATE SET article = excluded.article", nil); err != nil {
		return err
	}
	if len(founders) > 0 {
		err := w.s.in(ctx, w.tx, "UPDATE articles SET story = n WHERE n IN (?*) RETURNING n", nil, founders, func(*sql.Rows) error { return nil })
		if err != nil {
			return err
		}
	}
	if w.s.d.Indexed != "" {
		if _, err := w.tx.ExecContext(ctx, w.s.q(w.s.d.Indexed), w.ps[0].n); err != nil {
			return fmt.Errorf("index text: %w", err)
		}
	}
	return nil
}

// stories updates each touched story's size, dates and claim counts.
func (w *batch) stories(ctx context.Context) error {
	type agg struct {
		size, claims, named, anon int
		first, last               string
	}
	m := map[int64]*agg{}
	var order []int64
	for _, p := range w.ps {
		g := m[p.story]
		if g == nil {
			g = &agg{}
			m[p.story] = g
			order = append(order, p.story)
		}
		g.size++
		g.first, g.last = minDay(g.first, p.day), maxDay(g.last, p.day)
		for _, c := range p.a.Claims {
			g.claims++
			if c.Named {
				g.named++
			} else {
				g.anon++
			}
		}
	}
	var args []any
	for _, st := range order {
		g := m[st]
		args = append(args, st, g.size, emptyNil(g.first), emptyNil(g.last), g.claims, g.named, g.anon)
	}
	l, gr := w.s.d.Least, w.s.d.Greatest
	return w.s.bulk(ctx, w.tx, "INSERT INTO stories (n, size, first, last, claims, named, anonymous)", 7, args,
		`ON CONFLICT (n) DO UPDATE SET size = stories.size + excluded.size,
		first = `+l+`(COALESCE(stories.first, excluded.first), COALESCE(excluded.first, stories.first)),
		last = `+gr+`(COALESCE(stories.last, excluded.last), COALESCE(excluded.last, stories.last)),
		claims = stories.claims + excluded.claims, named = stories.named + excluded.named,
		anonymous = stories.anonymous + excluded.anonymous`, nil)
}

func minDay(a, b string) string {
	if a == "" || b != "" && b < a {
		return b
	}
	return a
}

func maxDay(a, b string) string {
	if b > a {
		return b
	}
	return a
}

// entities resolves every article entity to a canonical entity: the one
// with the same type and folded name; else, for a person known only by
// part of the name ("Sharaa"), the one person whose alias it is; else a
// new entity. It keeps each article's mentions, aliases and dated roles.
func (w *batch) entities(ctx context.Context) error {
	keys := make([][]string, len(w.ps))
	var all []any
	known := map[string]bool{}
	for i, p := range w.ps {
		keys[i] = make([]string, len(p.ents))
		for j, pe := range p.ents {
			k := pe.key
			keys[i][j] = k
			if !known[k] {
				known[k] = false
				all = append(all, k)
			}
		}
	}
	if len(all) == 0 {
		w.ents = make([]map[string]int64, len(w.ps))
		return nil
	}
	err := w.s.in(ctx, w.tx, "SELECT key FROM entities WHERE key IN (?*)", nil, all, scanSet(known))
	if err != nil {
		return err
	}
	// Full names in the batch: their folds and aliases point at them.
	batchAlias := map[string]map[string]bool{}
	for i, p := range w.ps {
		for j, e := range p.a.Entities {
			if e.Type != article.Person {
				continue
			}
			for _, f := range p.ents[j].folds {
				if batchAlias[f] == nil {
					batchAlias[f] = map[string]bool{}
				}
				batchAlias[f][keys[i][j]] = true
			}
		}
	}
	var unknown []any
	for _, k := range all {
		k := k.(string)
		if !known[k] && len(k) > 7 && k[:7] == "person|" {
			unknown = append(unknown, k[7:])
		}
	}
	storeAlias := map[string]map[string]bool{}
	err = w.s.in(ctx, w.tx, `SELECT a.fold, e.key FROM entity_aliases a JOIN entities e ON e.n = a.entity
		WHERE e.type = 'person' AND a.fold IN (?*)`, nil, unknown, func(r *sql.Rows) error {
		var f, k string
		if err := r.Scan(&f, &k); err != nil {
			return err
		}
		if storeAlias[f] == nil {
			storeAlias[f] = map[string]bool{}
		}
		storeAlias[f][k] = true
		return nil
	})
	if err != nil {
		return err
	}
	redirect := map[string]string{}
	for _, u := range unknown {
		f, k := u.(string), "person|"+u.(string)
		if t := sole(storeAlias[f], k); t != "" {
			redirect[k] = t
		} else if t := sole(batchAlias[f], k); t != "" && t != k {
			redirect[k] = t
		}
	}
	type agg struct {
		typ, name, fold    string
		articles, mentions int
		first, last        string
	}
	m := map[string]*agg{}
	var order []string
	for i, p := range w.ps {
		inArticle := map[string]bool{}
		for j, e := range p.a.Entities {
			k := keys[i][j]
			if t, ok := redirect[k]; ok {
				k = t
				keys[i][j] = t
			}
			g := m[k]
			if g == nil {
				g = &agg{typ: e.Type, name: e.Name, fold: p.ents[j].fold}
				m[k] = g
				order = append(order, k)
			}
			if !inArticle[k] {
				inArticle[k] = true
				g.articles++
			}
			g.mentions += len(e.Mentions)
			g.first, g.last = minDay(g.first, p.day), maxDay(g.last, p.day)
		}
	}
	sort.Strings(order) // one lock order for concurrent writers
	var args []any
	for _, k := range order {
		g := m[k]
		args = append(args, k, g.typ, g.name, g.fold, g.articles, g.mentions, emptyNil(g.first), emptyNil(g.last))
	}
	ids := map[string]int64{}
	l, gr := w.s.d.Least, w.s.d.Greatest
	err = w.s.bulk(ctx, w.tx, "INSERT INTO entities (key, type, name, fold, articles, mentions, first_seen, last_seen)", 8, args,
		`ON CONFLICT (key) DO UPDATE SET articles = entities.articles + excluded.articles,
		mentions = entities.mentions + excluded.mentions,
		first_seen = `+l+`(COALESCE(entities.first_seen, excluded.first_seen), COALESCE(excluded.first_seen, entities.first_seen)),
		last_seen = `+gr+`(COALESCE(entities.last_seen, excluded.last_seen), COALESCE(excluded.last_seen, entities.last_seen))
		RETURNING n, key`, scanIDs(ids))
	if err != nil {
		return err
	}
	w.ents = make([]map[string]int64, len(w.ps))
	links := make([]any, 0, 4*w.count(func(a *article.Article) int { return len(a.Entities) }))
	var aliases, roles []any
	aliasSeen := map[int64]map[string]bool{}
	for i, p := range w.ps {
		w.ents[i] = make(map[string]int64, len(p.a.Entities))
		for j, e := range p.a.Entities {
			n := ids[keys[i][j]]
			w.ents[i][e.ID] = n
			pe := &p.ents[j]
			links = append(links, p.n, e.ID, n, pe.mentions)
			if aliasSeen[n] == nil {
				aliasSeen[n] = map[string]bool{}
			}
			for k, al := range pe.names {
				f := pe.folds[k]
				if f == "" || aliasSeen[n][f] {
					continue
				}
				aliasSeen[n][f] = true
				aliases = append(aliases, n, f, al)
			}
			for _, r := range e.Roles {
				roles = append(roles, n, r, emptyNil(p.day), p.n)
			}
		}
	}
	if err := w.s.bulk(ctx, w.tx, "INSERT INTO article_entities (article, local, entity, mentions)", 4, links, "ON CONFLICT DO NOTHING", nil); err != nil {
		return err
	}
	if err := w.s.bulk(ctx, w.tx, "INSERT INTO entity_aliases (entity, fold, alias)", 3, aliases, "ON CONFLICT DO NOTHING", nil); err != nil {
		return err
	}
	return w.s.bulk(ctx, w.tx, "INSERT INTO entity_roles (entity, role, day, article)", 4, roles, "", nil)
}

// sole returns the one key in set other than self, or "" if there is not
// exactly one.
func sole(set map[string]bool, self string) string {
	out := ""
	for k := range set {
		if k == self {
			continue
		}
		if out != "" {
			return ""
		}
		out = k
	}
	return out
}

// groups counts, per key, the articles and the newly seen stories: a
// claim or event carried by three syndicated copies of one wire story has
// one independent source, not three.
func (w *batch) groups(ctx context.Context, pairTable, col string, pairs []storyPair) (map[string]int, error) {
	newStories := map[string]int{}
	err := w.s.bulk(ctx, w.tx, "INSERT INTO "+pairTable+" ("+col+", story)", 2, sortedPairs(pairs), "ON CONFLICT DO NOTHING RETURNING "+col,
		func(r *sql.Rows) error {
			var k string
			if err := r.Scan(&k); err != nil {
				return err
			}
			newStories[k]++
			return nil
		})
	return newStories, err
}

func (w *batch) claims(ctx context.Context) error {
	type agg struct {
		content, fold string
		articles      int
	}
	m := map[string]*agg{}
	var order []string
	rows := make([]any, 0, 9*w.count(func(a *article.Article) int { return len(a.Claims) }))
	var pairs []storyPair
	pairSeen := map[storyPair]bool{}
	for _, p := range w.ps {
		inArticle := map[string]bool{}
		for i, c := range p.a.Claims {
			k := p.claims[i].key
			rows = append(rows, p.n, i, k, p.story, nullStr(c.Source), b2i(c.Named), b2i(c.Direct), c.Start, c.End)
			g := m[k]
			if g == nil {
				g = &agg{content: c.Content, fold: p.claims[i].fold}
				m[k] = g
				order = append(order, k)
			}
			if !inArticle[k] {
				inArticle[k] = true
				g.articles++
			}
			if pk := (storyPair{k, p.story}); !pairSeen[pk] {
				pairSeen[pk] = true
				pairs = append(pairs, pk)
			}
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if err := w.s.bulk(ctx, w.tx, "INSERT INTO claims (article, idx, ckey, story, source, named, direct, span_start, span_end)", 9, rows, "", nil); err != nil {
		return err
	}
	indep, err := w.groups(ctx, "claim_stories", "ckey", pairs)
	if err != nil {
		return err
	}
	sort.Strings(order)
	var args []any
	for _, k := range order {
		g := m[k]
		args = append(args, k, g.content, g.fold, g.articles, indep[k])
	}
	return w.s.bulk(ctx, w.tx, "INSERT INTO claim_groups (ckey, content, fold, articles, independent)", 5, args,
		`ON CONFLICT (ckey) DO UPDATE SET articles = claim_groups.articles + excluded.articles,
		independent = claim_groups.independent + excluded.independent`, nil)
}

func (w *batch) events(ctx context.Context) error {
	rows := make([]any, 0, 16*w.count(func(a *article.Article) int { return len(a.Events) }))
	var pairs []storyPair
	var order []string
	pairSeen := map[storyPair]bool{}
	for i, p := range w.ps {
		for j, e := range p.a.Events {
			pe := &p.events[j]
			k := pe.key
			rows = append(rows, p.n, j, e.Type, e.Plover, nullStr(e.Actor), pe.actorFold, w.entity(i, e.ActorEntity),
				nullStr(e.Target), w.entity(i, e.TargetEntity), nullStr(e.Time), emptyNil(pe.day), nullStr(e.Place),
				e.Modality, k, p.story, pe.evidence)
			if pk := (storyPair{k, p.story}); !pairSeen[pk] {
				pairSeen[pk] = true
				pairs = append(pairs, pk)
				order = append(order, k)
			}
		}
	}
	if len(rows) == 0 {
		return nil
	}
	if err := w.s.bulk(ctx, w.tx, `INSERT INTO events (article, idx, type, plover, actor, actor_fold, actor_entity,
		target, target_entity, time, day, place, modality, ekey, story, evidence)`, 16, rows, "", nil); err != nil {
		return err
	}
	indep, err := w.groups(ctx, "event_stories", "ekey", pairs)
	if err != nil {
		return err
	}
	sort.Strings(order)
	var args []any
	done := map[string]bool{}
	for _, k := range order {
		if !done[k] && indep[k] > 0 {
			done[k] = true
			args = append(args, k, indep[k])
		}
	}
	return w.s.bulk(ctx, w.tx, "INSERT INTO event_groups (ekey, independent)", 2, args,
		"ON CONFLICT (ekey) DO UPDATE SET independent = event_groups.independent + excluded.independent", nil)
}

// count sums n over the batch's articles: rows are made in slices of the
// right size at once, not grown (a batch's rows run to a few megabytes).
func (w *batch) count(n func(*article.Article) int) int {
	c := 0
	for _, p := range w.ps {
		c += n(p.a)
	}
	return c
}

// storyPair is a key (claim, event, outlet) with a story carrying it.
type storyPair struct {
	key   string
	story int64
}

// sortedPairs flattens pairs into statement arguments in key order: the
// rows then go into the table's key index in order, each page of it
// visited once a batch rather than once a row.
func sortedPairs(pairs []storyPair) []any {
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].key != pairs[j].key {
			return pairs[i].key < pairs[j].key
		}
		return pairs[i].story < pairs[j].story
	})
	out := make([]any, 0, 2*len(pairs))
	for _, p := range pairs {
		out = append(out, p.key, p.story)
	}
	return out
}

// entity maps an article's local entity id to its canonical number.
func (w *batch) entity(i int, local *string) any {
	if local == nil {
		return nil
	}
	if n, ok := w.ents[i][*local]; ok {
		return n
	}
	return nil
}

// slice returns the text of a span, or "" when the span is out of bounds.
func slice(text string, sp article.Span) string {
	if !sp.Valid(len(text)) {
		return ""
	}
	return text[sp.Start:sp.End]
}

// agreements merges each article's agreements into the stored ones (same
// kind and parties), adding the article's status to the history.
func (w *batch) agreements(ctx context.Context) error {
	type agg struct {
		name, kind         string
		parties, mediators []string
		duration           *int
		articles           int
	}
	m := map[string]*agg{}
	var order []any
	type status struct {
		key, status, day, evidence string
		article                    int64
	}
	var hist []status
	for _, p := range w.ps {
		inArticle := map[string]bool{}
		for i, g := range p.a.Agreements {
			k := p.agrees[i]
			a := m[k]
			if a == nil {
				a = &agg{name: g.Name, kind: g.Kind}
				m[k] = a
				order = append(order, k)
			}
			a.parties = union(a.parties, g.Parties)
			a.mediators = union(a.mediators, g.Mediators)
			if g.DurationDays != nil {
				a.duration = g.DurationDays
			}
			if !inArticle[k] {
				inArticle[k] = true
				a.articles++
			}
			ev := ""
			if len(g.Mentions) > 0 {
				ev = slice(p.a.Text, g.Mentions[0])
			} else if len(g.Terms) > 0 {
				ev = g.Terms[0].Text
			}
			hist = append(hist, status{k, g.Status, p.day, ev, p.n})
		}
	}
	if len(order) == 0 {
		return nil
	}
	// Union with what is stored, so that parties named by any article stay.
	err := w.s.in(ctx, w.tx, "SELECT key, parties, mediators FROM agreements WHERE key IN (?*)", nil, order, func(r *sql.Rows) error {
		var k, ps, ms string
		if err := r.Scan(&k, &ps, &ms); err != nil {
			return err
		}
		var pl, ml []string
		if err := json.Unmarshal([]byte(ps), &pl); err != nil {
			return fmt.Errorf("agreement %s parties: %w", k, err)
		}
		if err := json.Unmarshal([]byte(ms), &ml); err != nil {
			return fmt.Errorf("agreement %s mediators: %w", k, err)
		}
		a := m[k]
		a.parties, a.mediators = union(pl, a.parties), union(ml, a.mediators)
		return nil
	})
	if err != nil {
		return err
	}
	var args []any
	for _, k := range order {
		a := m[k.(string)]
		ps, _ := json.Marshal(a.parties)
		ms, _ := json.Marshal(a.mediators)
		var d any
		if a.duration != nil {
			d = *a.duration
		}
		args = append(args, k, a.name, a.kind, string(ps), string(ms), d, a.articles)
	}
	ids := map[string]int64{}
	err = w.s.bulk(ctx, w.tx, "INSERT INTO agreements (key, name, kind, parties, mediators, duration, articles)", 7, args,
		`ON CONFLICT (key) DO UPDATE SET parties = excluded.parties, mediators = excluded.mediators,
		duration = COALESCE(excluded.duration, agreements.duration), articles = agreements.articles + excluded.articles
		RETURNING n, key`, scanIDs(ids))
	if err != nil {
		return err
	}
	var rows []any
	for _, h := range hist {
		rows = append(rows, ids[h.key], emptyNil(h.day), h.status, h.article, h.evidence)
	}
	return w.s.bulk(ctx, w.tx, "INSERT INTO agreement_status (agreement, day, status, article, evidence)", 5, rows, "", nil)
}

// union appends the names of b missing from a (folded), keeping order.
func union(a, b []string) []string {
	have := map[string]bool{}
	out := make([]string, 0, len(a)+len(b))
	for _, s := range append(append([]string{}, a...), b...) {
		if f := store.Fold(s); !have[f] {
			have[f] = true
			out = append(out, s)
		}
	}
	return out
}

// outlets updates each outlet's sourcing counters.
func (w *batch) outlets(ctx context.Context) error {
	type agg struct{ articles, first, claims, named, anon, direct int }
	m := map[string]*agg{}
	var order []string
	var pairs []storyPair
	pairSeen := map[storyPair]bool{}
	for _, p := range w.ps {
		if p.a.Source.Outlet == nil {
			continue
		}
		o := *p.a.Source.Outlet
		g := m[o]
		if g == nil {
			g = &agg{}
			m[o] = g
			order = append(order, o)
		}
		g.articles++
		if p.founder {
			g.first++
		}
		for _, c := range p.a.Claims {
			g.claims++
			if c.Named {
				g.named++
			} else {
				g.anon++
			}
			if c.Direct {
				g.direct++
			}
		}
		if pk := (storyPair{o, p.story}); !pairSeen[pk] {
			pairSeen[pk] = true
			pairs = append(pairs, pk)
		}
	}
	if len(order) == 0 {
		return nil
	}
	stories := map[string]int{}
	err := w.s.bulk(ctx, w.tx, "INSERT INTO outlet_stories (outlet, story)", 2, sortedPairs(pairs), "ON CONFLICT DO NOTHING RETURNING outlet",
		func(r *sql.Rows) error {
			var o string
			if err := r.Scan(&o); err != nil {
				return err
			}
			stories[o]++
			return nil
		})
	if err != nil {
		return err
	}
	sort.Strings(order)
	var args []any
	for _, o := range order {
		g := m[o]
		args = append(args, o, g.articles, stories[o], g.first, g.claims, g.named, g.anon, g.direct)
	}
	return w.s.bulk(ctx, w.tx, "INSERT INTO outlets (outlet, articles, stories, first_reports, claims, named, anonymous, direct)", 8, args,
		`ON CONFLICT (outlet) DO UPDATE SET articles = outlets.articles + excluded.articles,
		stories = outlets.stories + excluded.stories, first_reports = outlets.first_reports + excluded.first_reports,
		claims = outlets.claims + excluded.claims, named = outlets.named + excluded.named,
		anonymous = outlets.anonymous + excluded.anonymous, direct = outlets.direct + excluded.direct`, nil)
}

// scanIDs reads rows of (n, key) into ids.
func scanIDs(ids map[string]int64) func(*sql.Rows) error {
	return func(r *sql.Rows) error {
		var n int64
		var k string
		if err := r.Scan(&n, &k); err != nil {
			return err
		}
		ids[k] = n
		return nil
	}
}

// scanSet reads rows of one string into set.
func scanSet(set map[string]bool) func(*sql.Rows) error {
	return func(r *sql.Rows) error {
		var k string
		if err := r.Scan(&k); err != nil {
			return err
		}
		set[k] = true
		return nil
	}
}

// bandFilter is a Bloom filter of the LSH band keys the store holds: most
// of a new article's bands were never seen, and the filter says so without
// a lookup. Its size is fixed, so memory does not grow with the store; as
// the store grows, more unseen keys pass it (about 7% at a million
// articles), which costs only their lookup. It never misses a stored key,
// so clustering is the same with or without it.
type bandFilter struct {
	bits []uint64
	// upTo is the largest article number when the filter was last in step
	// with the store (-1: not in step); a store whose largest number differs
	// was written by someone else since, and the filter is loaded again.
	upTo int64
	// written counts the articles this process stored since it last
	// loaded the filter: a load (a scan of every band key) is paid for once
	// they are a good part of the store, so that writers taking turns on
	// one file do not load it for every batch.
	written int64
	pending int64 // the batch's last article number, until it commits
	// recent holds the story and signature of the articles this process
	// stored last, by number modulo its size: most copies of a story
	// follow it closely, and reading a signature from the articles table
	// means reading past the text and record. Stored rows never change, so
	// an entry stays true.
	recent []recentSig
}

type recentSig struct {
	n, story int64
	sig      store.Signature
}

const recentSigs = 1 << 15 // 5 MB

const filterBits = 1 << 26 // 8 MB

// useBandFilter is turned off by tests, to compare.
var useBandFilter = true

func (f *bandFilter) index(k int64, i uint64) (int, uint64) {
	h1, h2 := uint64(k), uint64(k)>>31|1
	b := (h1 + i*h2) % filterBits
	return int(b / 64), 1 << (b % 64)
}

func (f *bandFilter) add(k int64) {
	for i := uint64(0); i < 4; i++ {
		w, m := f.index(k, i)
		f.bits[w] |= m
	}
}

func (f *bandFilter) has(k int64) bool {
	for i := uint64(0); i < 4; i++ {
		if w, m := f.index(k, i); f.bits[w]&m == 0 {
			return false
		}
	}
	return true
}

// use returns the filter to consult for the batch, loading it if need be,
// or nil to look every band up. last is the largest stored article number.
// Only a dialect with one writer at a time can keep a filter in step.
func (f *bandFilter) use(ctx context.Context, w *batch, last int64) (*bandFilter, error) {
	if !w.s.d.SingleWriter || !useBandFilter {
		return nil, nil
	}
	f.pending = -1
	if f.bits != nil && f.upTo == last {
		return f, nil
	}
	if f.written+int64(len(w.ps)) < last/4 {
		return nil, nil
	}
	if f.bits == nil {
		f.bits = make([]uint64, filterBits/64)
	} else {
		clear(f.bits)
	}
	f.upTo = -1
	f.written = 0
	rows, err := w.tx.QueryContext(ctx, "SELECT key FROM lsh")
	if err != nil {
		return nil, fmt.Errorf("band filter: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("band filter: %w", err)
		}
		f.add(k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("band filter: %w", err)
	}
	return f, nil
}

// committed puts the filter in step with the batch just committed. wmu is
// held.
func (f *bandFilter) committed(w *batch) {
	f.written += int64(len(w.ps))
	if f.bits != nil && f.pending >= 0 {
		f.upTo = f.pending
		if f.recent == nil {
			f.recent = make([]recentSig, recentSigs)
		}
		for _, p := range w.ps {
			f.recent[p.n%recentSigs] = recentSig{p.n, p.story, p.sig}
		}
	}
}
