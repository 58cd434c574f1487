package article

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// Span is a half-open range [Start, End) of UTF-8 byte offsets into an
// article's Text. It is the one position type shared by every stage.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether s lies inside a text of n bytes and is not reversed.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// Contains reports whether o lies wholly inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// MarshalJSON writes a span as the pair [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%d,%d]", s.Start, s.End)), nil
}

// UnmarshalJSON reads the pair [start, end].
func (s *Span) UnmarshalJSON(b []byte) error {
	var p [2]int
	if err := json.Unmarshal(b, &p); err != nil {
		return fmt.Errorf("span: %w", err)
	}
	s.Start, s.End = p[0], p[1]
	return nil
}

// Where an article's publication date came from.
const (
	FromText     = "text"
	FromCaption  = "caption"
	FromMetadata = "metadata"
	FromFlag     = "flag"
	FromNone     = "none"
)

// Source says where an article was read from.
type Source struct {
	Path   string  `json:"path"`
	Index  int     `json:"index"` // the article's position within its input
	URL    *string `json:"url"`
	Outlet *string `json:"outlet"`
}

// Article is the record of one story.
type Article struct {
	ID            string      `json:"id"`
	Source        Source      `json:"source"`
	Title         *string     `json:"title"`
	Published     *string     `json:"published"` // YYYY-MM-DD
	PublishedFrom string      `json:"published_from"`
	Text          string      `json:"text"`
	Removed       []string    `json:"removed"`
	Captions      []string    `json:"captions"`
	Entities      []Entity    `json:"entities"`
	Times         []Time      `json:"times"`
	Quantities    []Quantity  `json:"quantities"`
	Claims        []Claim     `json:"claims"`
	Events        []Event     `json:"events"`
	Agreements    []Agreement `json:"agreements"`
}

// Entity types.
const (
	Person       = "person"
	Organization = "organization"
	Place        = "place"
	Group        = "group"
)

// Entity is one person, organization, place or group with all its mentions
// in the article.
type Entity struct {
	ID       string   `json:"id"` // "e1", "e2", ... within the article
	Type     string   `json:"type"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles"`
	Mentions []Span   `json:"mentions"`
}

// Time is one time expression and its ISO 8601 value (null if unresolved).
type Time struct {
	Text  string  `json:"text"`
	Value *string `json:"value"`
	// Kind is date, time, duration, set or vague.
	Kind string `json:"kind"`
	// Ref is TimeML's reference for a vague time whose Value is null:
	// PAST_REF ("recently"), PRESENT_REF ("now"), FUTURE_REF ("soon").
	Ref   *string `json:"ref"`
	Start int     `json:"start"`
	End   int     `json:"end"`
}

// Quantity is a counted amount: a number with what it counts.
type Quantity struct {
	Text        string   `json:"text"`
	Value       *float64 `json:"value"`
	Max         *float64 `json:"max"` // upper bound of a range, else null
	Unit        *string  `json:"unit"`
	Approximate bool     `json:"approximate"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
}

// Claim is an attributed statement: who says what, and how.
type Claim struct {
	Source       *string `json:"source"`
	SourceSpan   *Span   `json:"source_span"`
	SourceEntity *string `json:"source_entity"`
	Named        bool    `json:"named"`
	Count        *int    `json:"count"`
	Outlet       *string `json:"outlet"`
	Cue          *string `json:"cue"`
	CueSpan      *Span   `json:"cue_span"`
	Direct       bool    `json:"direct"`
	Content      string  `json:"content"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	// Anonymity locates the text granting the source anonymity ("spoke on
	// condition of anonymity because ..."), or is null.
	Anonymity *Span `json:"anonymity"`
}

// Event modalities.
const (
	Asserted     = "asserted"
	Reported     = "reported"
	Planned      = "planned"
	Proposed     = "proposed"
	Hypothetical = "hypothetical"
	Negated      = "negated"
)

// Event is who did what to whom, when and where, and whether it happened.
type Event struct {
	Type         string  `json:"type"`
	Plover       string  `json:"plover"`
	Actor        *string `json:"actor"`
	ActorEntity  *string `json:"actor_entity"`
	Target       *string `json:"target"`
	TargetEntity *string `json:"target_entity"`
	Time         *string `json:"time"`
	Place        *string `json:"place"`
	Modality     string  `json:"modality"`
	Claim        *int    `json:"claim"` // index into Claims when reported
	Evidence     Span    `json:"evidence"`
}

// Agreement is a ceasefire, truce, deal or accord and what it says.
type Agreement struct {
	Name         string   `json:"name"`
	Kind         string   `json:"kind"`
	Parties      []string `json:"parties"`
	Mediators    []string `json:"mediators"`
	Status       string   `json:"status"`
	DurationDays *int     `json:"duration_days"`
	Terms        []Term   `json:"terms"`
	// Mentions locate every reference to the agreement in the text.
	Mentions []Span `json:"mentions"`
}

// Term is one provision of an agreement.
type Term struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// ID derives the stable article id from the cleaned text: the same text
// always gets the same id, whatever file or noise it came with.
func ID(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:8])
}

// Normalize replaces nil slices by empty ones so that the JSON form has []
// rather than null, as the contract requires.
func (a *Article) Normalize() {
	if a.Removed == nil {
		a.Removed = []string{}
	}
	if a.Captions == nil {
		a.Captions = []string{}
	}
	if a.Entities == nil {
		a.Entities = []Entity{}
	}
	for i := range a.Entities {
		e := &a.Entities[i]
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		if e.Roles == nil {
			e.Roles = []string{}
		}
		if e.Mentions == nil {
			e.Mentions = []Span{}
		}
	}
	if a.Times == nil {
		a.Times = []Time{}
	}
	if a.Quantities == nil {
		a.Quantities = []Quantity{}
	}
	if a.Claims == nil {
		a.Claims = []Claim{}
	}
	if a.Events == nil {
		a.Events = []Event{}
	}
	if a.Agreements == nil {
		a.Agreements = []Agreement{}
	}
	for i := range a.Agreements {
		g := &a.Agreements[i]
		if g.Parties == nil {
			g.Parties = []string{}
		}
		if g.Mediators == nil {
			g.Mediators = []string{}
		}
		if g.Terms == nil {
			g.Terms = []Term{}
		}
		if g.Mentions == nil {
			g.Mentions = []Span{}
		}
	}
}

// Str returns a pointer to s, or nil for the empty string: the record's
// way of saying "unknown".
func Str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
