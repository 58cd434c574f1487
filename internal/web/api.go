package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/parley-news/parley/internal/store"
)

// query reads the filters shared by the search page and the API.
func searchQuery(r *http.Request) (store.SearchQuery, error) {
	q := r.URL.Query()
	sq := store.SearchQuery{
		Text:      strings.TrimSpace(q.Get("q")),
		Entity:    strings.TrimSpace(q.Get("entity")),
		Outlet:    strings.TrimSpace(q.Get("outlet")),
		From:      q.Get("from"),
		To:        q.Get("to"),
		EventType: q.Get("type"),
	}
	var err error
	if sq.Limit, err = intParam(r, "limit", 20, 1, 200); err != nil {
		return sq, err
	}
	if sq.Offset, err = intParam(r, "offset", 0, 0, 100000); err != nil {
		return sq, err
	}
	if err := checkDates(sq.From, sq.To); err != nil {
		return sq, err
	}
	if sq.EventType != "" && !contains(eventTypes, sq.EventType) {
		return sq, badRequest("unknown event type %q", sq.EventType)
	}
	return sq, nil
}

// intParam reads an integer query parameter within [lo, hi].
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest("%s must be a whole number from %d to %d", name, lo, hi)
	}
	return n, nil
}

func checkDates(ds ...string) error {
	for _, d := range ds {
		if d == "" {
			continue
		}
		if _, err := time.Parse("2006-01-02", d); err != nil {
			return badRequest("dates are YYYY-MM-DD, not %q", d)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest("id must be a positive whole number")
	}
	return id, nil
}

func (s *Server) apiStats(r *http.Request) (any, error) { return s.st.Stats(r.Context()) }

func (s *Server) apiSearch(r *http.Request) (any, error) {
	sq, err := searchQuery(r)
	if err != nil {
		return nil, err
	}
	if sq.Text == "" && sq.Entity == "" && sq.Outlet == "" && sq.EventType == "" && sq.From == "" && sq.To == "" {
		return nil, badRequest("give q or at least one filter (entity, outlet, type, from, to)")
	}
	return s.st.Search(r.Context(), sq)
}

func (s *Server) apiArticle(r *http.Request) (any, error) {
	return s.st.Article(r.Context(), r.PathValue("id"))
}

func entityQuery(r *http.Request) (store.EntityQuery, error) {
	q := store.EntityQuery{Q: strings.TrimSpace(r.URL.Query().Get("q")), Type: r.URL.Query().Get("type")}
	if q.Type != "" && !contains(entityTypes, q.Type) {
		return q, badRequest("type is one of %s", strings.Join(entityTypes, ", "))
	}
	var err error
	if q.Limit, err = intParam(r, "limit", 50, 1, 500); err != nil {
		return q, err
	}
	q.Offset, err = intParam(r, "offset", 0, 0, 1000000)
	return q, err
}

func (s *Server) apiEntities(r *http.Request) (any, error) {
	q, err := entityQuery(r)
	if err != nil {
		return nil, err
	}
	return s.st.Entities(r.Context(), q)
}

func (s *Server) apiEntity(r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return s.st.Entity(r.Context(), id)
}

// eventFilter is an EventQuery plus the modality, which the store does not
// filter on.
type eventFilter struct {
	store.EventQuery
	Modality string
}

func eventQuery(r *http.Request) (eventFilter, error) {
	q := r.URL.Query()
	f := eventFilter{EventQuery: store.EventQuery{Type: q.Get("type"), Actor: strings.TrimSpace(q.Get("actor")),
		From: q.Get("from"), To: q.Get("to"), ArticleID: q.Get("article")}, Modality: q.Get("modality")}
	if f.Type != "" && !contains(eventTypes, f.Type) {
		return f, badRequest("unknown event type %q", f.Type)
	}
	if f.Modality != "" && !contains(modalities, f.Modality) {
		return f, badRequest("modality is one of %s", strings.Join(modalities, ", "))
	}
	if err := checkDates(f.From, f.To); err != nil {
		return f, err
	}
	var err error
	if f.Limit, err = intParam(r, "limit", 500, 1, 5000); err != nil {
		return f, err
	}
	f.Offset, err = intParam(r, "offset", 0, 0, 1000000)
	return f, err
}

func (s *Server) events(r *http.Request, f eventFilter) ([]store.EventRecord, error) {
	evs, err := s.st.Events(r.Context(), f.EventQuery)
	if err != nil || f.Modality == "" {
		return evs, err
	}
	out := evs[:0]
	for _, e := range evs {
		if e.Modality == f.Modality {
			out = append(out, e)
		}
	}
	return out, nil
}

func (s *Server) apiEvents(r *http.Request) (any, error) {
	f, err := eventQuery(r)
	if err != nil {
		return nil, err
	}
	return s.events(r, f)
}

func agreementQuery(r *http.Request) (store.AgreementQuery, error) {
	q := r.URL.Query()
	aq := store.AgreementQuery{Kind: q.Get("kind"), Status: q.Get("status"), Party: strings.TrimSpace(q.Get("party"))}
	var err error
	aq.Limit, err = intParam(r, "limit", 100, 1, 1000)
	return aq, err
}

func (s *Server) apiAgreements(r *http.Request) (any, error) {
	q, err := agreementQuery(r)
	if err != nil {
		return nil, err
	}
	return s.st.Agreements(r.Context(), q)
}

func (s *Server) apiAgreement(r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return s.st.Agreement(r.Context(), id)
}

func (s *Server) apiStories(r *http.Request) (any, error) {
	var q store.StoryQuery
	var err error
	if q.MinArticles, err = intParam(r, "min", 1, 1, 1000); err != nil {
		return nil, err
	}
	if q.Limit, err = intParam(r, "limit", 50, 1, 500); err != nil {
		return nil, err
	}
	if q.Offset, err = intParam(r, "offset", 0, 0, 1000000); err != nil {
		return nil, err
	}
	return s.st.Stories(r.Context(), q)
}

func (s *Server) apiStory(r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	return s.st.Story(r.Context(), id)
}

func (s *Server) apiClaims(r *http.Request) (any, error) {
	q := store.ClaimQuery{Q: strings.TrimSpace(r.URL.Query().Get("q"))}
	var err error
	if q.MinIndependent, err = intParam(r, "min", 1, 1, 1000); err != nil {
		return nil, err
	}
	if q.Limit, err = intParam(r, "limit", 50, 1, 500); err != nil {
		return nil, err
	}
	return s.st.Claims(r.Context(), q)
}

func (s *Server) apiSources(r *http.Request) (any, error) { return s.st.Sourcing(r.Context()) }

// apiIngest takes multipart files (any field name) or a raw body.
func (s *Server) apiIngest(r *http.Request) (any, error) {
	res, err := s.ingest(r)
	if err != nil {
		return nil, err
	}
	return map[string]any{"inputs": res}, nil
}
