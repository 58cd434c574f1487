package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/parley-news/parley/internal/article"
)

// ErrNotFound is returned by the getters when no such record is stored.
var ErrNotFound = errors.New("not found")

// Store keeps article records and what merging across them finds. Every
// method is safe for concurrent use. Dates are "YYYY-MM-DD" strings; From
// and To filters are inclusive and compare with the day a fact is dated.
type Store interface {
	// PutArticles stores a batch of articles in one transaction and merges
	// them into entities, stories, claims, events and agreements. It is
	// idempotent: an article whose id is already stored (or repeated in the
	// batch) is skipped, so re-ingesting changes nothing. Either the whole
	// batch is stored or, on error, none of it.
	PutArticles(ctx context.Context, arts []*article.Article) (PutResult, error)

	// Article returns the stored record of one article, or ErrNotFound.
	Article(ctx context.Context, id string) (*article.Article, error)

	// Search runs a full-text query over titles and texts, with filters,
	// and returns hits with a snippet, best first.
	Search(ctx context.Context, q SearchQuery) (SearchResult, error)

	// Entities lists canonical entities, most mentioned first; q.Q filters
	// by name or alias (case-insensitive prefix of any word).
	Entities(ctx context.Context, q EntityQuery) ([]EntitySummary, error)

	// Entity returns one canonical entity with its mentions, role history,
	// articles and co-mentioned entities, or ErrNotFound.
	Entity(ctx context.Context, id int64) (*EntityDetail, error)

	// Events lists events, oldest first, filtered by type, actor, dates.
	Events(ctx context.Context, q EventQuery) ([]EventRecord, error)

	// Agreements lists agreements merged across articles, each with its
	// status history, most recently changed first.
	Agreements(ctx context.Context, q AgreementQuery) ([]AgreementRecord, error)

	// Agreement returns one merged agreement, or ErrNotFound.
	Agreement(ctx context.Context, id int64) (*AgreementRecord, error)

	// Stories lists clusters of near-duplicate articles (the same story as
	// syndicated by several outlets), largest first.
	Stories(ctx context.Context, q StoryQuery) ([]Story, error)

	// Story returns one story with all its articles, or ErrNotFound.
	Story(ctx context.Context, id int64) (*Story, error)

	// StoryOf returns the story an article belongs to (its copies by other
	// outlets), or ErrNotFound when the article is not stored.
	StoryOf(ctx context.Context, articleID string) (*Story, error)

	// Claims lists claims grouped by content across articles, the most
	// independently corroborated first.
	Claims(ctx context.Context, q ClaimQuery) ([]ClaimGroup, error)

	// Sourcing gives per-outlet sourcing figures, most articles first.
	Sourcing(ctx context.Context) ([]OutletStats, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// Export calls fn with every stored article in ingest order, streaming
	// (memory does not grow with the store). An error from fn stops it.
	Export(ctx context.Context, fn func(*article.Article) error) error

	// ExportEvents calls fn with every event in ingest order.
	ExportEvents(ctx context.Context, fn func(EventRecord) error) error

	// Close releases the store.
	Close() error
}

// PutResult says what a PutArticles call did.
type PutResult struct {
	Added   int // new articles stored
	Skipped int // articles already stored (same id)
}

// SearchQuery is a full-text query with filters. Empty fields do not filter.
type SearchQuery struct {
	Text      string // words to find (all of them, stemmed); quotes keep a phrase
	Entity    string // canonical entity id (decimal) or name/alias
	Outlet    string // outlet name, case-insensitive
	From, To  string // publication date range, inclusive
	EventType string // articles with at least one event of this type
	Limit     int    // default 20
	Offset    int
}

// SearchResult is one page of hits.
type SearchResult struct {
	Hits []Hit `json:"hits"`
	More bool  `json:"more"` // further hits exist after this page
}

// Hit is one article matching a search.
type Hit struct {
	ArticleID string  `json:"article_id"`
	Title     *string `json:"title"`
	Outlet    *string `json:"outlet"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
	Story     int64   `json:"story"`
	// Snippet is a piece of the text around the matches; matched words
	// are wrapped in « and ».
	Snippet string  `json:"snippet"`
	Score   float64 `json:"score"` // higher is better
}

// EntityQuery filters the entity list.
type EntityQuery struct {
	Q      string // name or alias, case-insensitive prefix of any word
	Type   string // person, organization, place, group
	Limit  int    // default 50
	Offset int
}

// EntitySummary is a canonical entity: one name for the same person,
// organization, place or group across articles.
type EntitySummary struct {
	ID        int64    `json:"id"`
	Name      string   `json:"name"`
	Type      string   `json:"type"`
	Aliases   []string `json:"aliases"`
	Articles  int      `json:"articles"`
	Mentions  int      `json:"mentions"`
	FirstSeen *string  `json:"first_seen"` // earliest article date
	LastSeen  *string  `json:"last_seen"`
}

// EntityDetail is an entity with everything the store knows of it.
type EntityDetail struct {
	EntitySummary
	Roles       []RoleSpell   `json:"roles"`        // oldest first
	Mentions    []Mention     `json:"mentions"`     // at most 100, newest articles first
	ArticleRefs []ArticleRef  `json:"article_refs"` // at most 100, newest first
	CoMentioned []EntityCount `json:"co_mentioned"` // at most 30, most shared of its latest 100 articles first
}

// RoleSpell is a role an entity was given in one article, with its date.
type RoleSpell struct {
	Role      string  `json:"role"`
	Date      *string `json:"date"`
	ArticleID string  `json:"article_id"`
}

// Mention is one span of one article naming an entity.
type Mention struct {
	ArticleID string `json:"article_id"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Text      string `json:"text"`
}

// ArticleRef identifies an article for listing.
type ArticleRef struct {
	ID        string  `json:"id"`
	Title     *string `json:"title"`
	Outlet    *string `json:"outlet"`
	URL       *string `json:"url"`
	Published *string `json:"published"`
}

// EntityCount is an entity and how many articles it shares with another.
type EntityCount struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Articles int    `json:"articles"`
}

// EventQuery filters events. Empty fields do not filter.
type EventQuery struct {
	Type      string // MEET, NEGOTIATE, ...
	Actor     string // canonical entity id (decimal), or actor name (case-insensitive)
	From, To  string // the event's day range, inclusive
	ArticleID string
	Limit     int // default 100
	Offset    int
}

// EventRecord is one event of one article, with where it came from.
type EventRecord struct {
	ArticleID    string  `json:"article_id"`
	Index        int     `json:"index"` // position in the article's events
	Type         string  `json:"type"`
	Plover       string  `json:"plover"`
	Actor        *string `json:"actor"`
	ActorEntity  *int64  `json:"actor_entity"` // canonical entity id
	Target       *string `json:"target"`
	TargetEntity *int64  `json:"target_entity"`
	Time         *string `json:"time"` // as the record gives it
	// Date is the event's day: the start of Time, else the article's date.
	Date     *string `json:"date"`
	Place    *string `json:"place"`
	Modality string  `json:"modality"`
	// Sources counts the independent stories reporting the same event
	// (same type, actor, target and time).
	Sources  int     `json:"sources"`
	Evidence string  `json:"evidence"`
	URL      *string `json:"url"`
	Outlet   *string `json:"outlet"`
}

// AgreementQuery filters agreements. Empty fields do not filter.
type AgreementQuery struct {
	Kind   string
	Status string // the latest status
	Party  string // case-insensitive party name
	Limit  int    // default 100
}

// AgreementRecord is one agreement merged across articles.
type AgreementRecord struct {
	ID           int64          `json:"id"`
	Name         string         `json:"name"`
	Kind         string         `json:"kind"`
	Parties      []string       `json:"parties"`
	Mediators    []string       `json:"mediators"`
	Status       string         `json:"status"` // latest in History
	DurationDays *int           `json:"duration_days"`
	Articles     int            `json:"articles"`
	History      []StatusChange `json:"history"` // oldest first
}

// StatusChange is an agreement's status as one article gives it.
type StatusChange struct {
	Date      *string `json:"date"`
	Status    string  `json:"status"`
	ArticleID string  `json:"article_id"`
	Evidence  string  `json:"evidence"` // the article's first mention or term
}

// StoryQuery filters stories.
type StoryQuery struct {
	MinArticles int // default 1
	Limit       int // default 50
	Offset      int
	// Latest orders by the newest dated copy (undated stories after, newest
	// stored first) instead of by the number of copies.
	Latest bool
}

// Story is a cluster of near-duplicate articles: one story, its sources.
type Story struct {
	ID        int64        `json:"id"`
	Title     *string      `json:"title"` // of the earliest article
	First     *string      `json:"first"` // earliest publication date
	Last      *string      `json:"last"`
	Outlets   []string     `json:"outlets"`
	Articles  []ArticleRef `json:"articles"` // earliest first (Stories: at most 20)
	Size      int          `json:"size"`     // number of articles
	Claims    int          `json:"claims"`
	Named     int          `json:"named"`     // claims with named sources
	Anonymous int          `json:"anonymous"` // claims with anonymous sources
}

// ClaimQuery filters claim groups.
type ClaimQuery struct {
	Q              string // substring of the content, case-insensitive
	MinIndependent int    // default 1
	Limit          int    // default 50
}

// ClaimGroup is one claim (same content, normalized) across articles.
type ClaimGroup struct {
	Content     string     `json:"content"`
	Articles    int        `json:"articles"`
	Independent int        `json:"independent"` // distinct stories carrying it
	Outlets     []string   `json:"outlets"`     // among the first 50 instances
	Sources     []string   `json:"sources"`     // among the first 50 instances
	Instances   []ClaimRef `json:"instances"`   // the first 20
}

// ClaimRef is one occurrence of a claim.
type ClaimRef struct {
	ArticleID string  `json:"article_id"`
	Source    *string `json:"source"`
	Named     bool    `json:"named"`
	Outlet    *string `json:"outlet"`
	Published *string `json:"published"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
}

// OutletStats are one outlet's sourcing figures.
type OutletStats struct {
	Outlet       string `json:"outlet"`
	Articles     int    `json:"articles"`
	Stories      int    `json:"stories"`
	FirstReports int    `json:"first_reports"` // articles that began their story
	Claims       int    `json:"claims"`
	Named        int    `json:"named"`
	Anonymous    int    `json:"anonymous"`
	Direct       int    `json:"direct"` // direct quotes
}

// Stats count what a store holds.
type Stats struct {
	Articles   int `json:"articles"`
	Stories    int `json:"stories"`
	Entities   int `json:"entities"`
	Events     int `json:"events"`
	Claims     int `json:"claims"`
	Agreements int `json:"agreements"`
}

// Options are given to an implementation when opening.
type Options struct {
	Log *slog.Logger // nil: discard
}

// Opener opens a store from the DSN's target (the DSN without "sqlite:").
type Opener func(ctx context.Context, target string, opts Options) (Store, error)

var (
	mu      sync.Mutex
	openers = map[string]Opener{}
)

// Register makes an implementation available to Open under a kind
// ("sqlite", "postgres"). It is called from the implementation's init.
func Register(kind string, o Opener) {
	mu.Lock()
	defer mu.Unlock()
	openers[kind] = o
}

// DefaultDSN is the DSN used when none is given: $PARLEY_DB, else parley.db.
func DefaultDSN() string {
	if v := os.Getenv("PARLEY_DB"); v != "" {
		return v
	}
	return "parley.db"
}

// ParseDSN splits a DSN into the implementation kind and its target:
// "postgres://..." and "postgresql://..." are PostgreSQL (the whole DSN is
// the target); "sqlite:PATH" and any other string are a SQLite file path.
func ParseDSN(dsn string) (kind, target string, err error) {
	switch {
	case dsn == "":
		return "", "", errors.New("empty DSN")
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return "postgres", dsn, nil
	case strings.HasPrefix(dsn, "sqlite:"):
		p := strings.TrimPrefix(dsn, "sqlite:")
		if p == "" {
			return "", "", fmt.Errorf("DSN %q: no path after sqlite:", dsn)
		}
		return "sqlite", p, nil
	case strings.Contains(dsn, "://"):
		return "", "", fmt.Errorf("DSN %q: unknown scheme (use a file path, sqlite:PATH or postgres://...)", dsn)
	}
	return "sqlite", dsn, nil
}

// Open opens the store a DSN names ("" means DefaultDSN).
func Open(ctx context.Context, dsn string, opts Options) (Store, error) {
	if dsn == "" {
		dsn = DefaultDSN()
	}
	kind, target, err := ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	mu.Lock()
	o := openers[kind]
	mu.Unlock()
	if o == nil {
		return nil, fmt.Errorf("open %s: no %s store compiled in (have %s)", redact(dsn), kind, kinds())
	}
	s, err := o(ctx, target, opts)
	if err != nil {
		return nil, fmt.Errorf("open %s store %s: %w", kind, redact(dsn), err)
	}
	return s, nil
}

func kinds() string {
	mu.Lock()
	defer mu.Unlock()
	var ks []string
	for k := range openers {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// redact hides a password in a URL-like DSN so errors can be logged.
func redact(dsn string) string {
	at := strings.LastIndex(dsn, "@")
	scheme := strings.Index(dsn, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return dsn
	}
	cred := dsn[scheme+3 : at]
	if c := strings.Index(cred, ":"); c >= 0 {
		return dsn[:scheme+3] + cred[:c] + ":xxx" + dsn[at:]
	}
	return dsn
}
