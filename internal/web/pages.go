package web

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/store"
)

// view is what a page handler returns: a template and its data.
type view struct {
	name  string // template file without .html
	title string
	data  any
}

// pageData wraps a page's data with what the layout needs.
type pageData struct {
	Title string
	Nav   string
	Q     string
	Data  any
}

func (s *Server) parseTemplates() error {
	funcs := template.FuncMap{
		"str": func(p *string) string {
			if p == nil {
				return ""
			}
			return *p
		},
		"deref": func(p *int) int {
			if p == nil {
				return 0
			}
			return *p
		},
		"deref64": func(p *int64) int64 {
			if p == nil {
				return 0
			}
			return *p
		},
		"or1": func(s string) string {
			if s == "" {
				return "?"
			}
			return s
		},
		"kinds":    func() []string { return agreementKinds },
		"statuses": func() []string { return agreementStatuses },
		"snippet":  snippet,
		"join":     strings.Join,
		"pct":      func(a, b int) int { return percent(a, b) },
		"lower":    strings.ToLower,
		"add":      func(a, b int) int { return a + b },
		"query":    func(k, v string) string { return url.QueryEscape(v) },
		"types":    func() []string { return eventTypes },
		"modals":   func() []string { return modalities },
		"enttypes": func() []string { return entityTypes },
		"label":    label,
	}
	layout, err := fs.ReadFile(templateFS, "templates/layout.html")
	if err != nil {
		return fmt.Errorf("web: %w", err)
	}
	pages, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return fmt.Errorf("web: %w", err)
	}
	s.tpl = map[string]*template.Template{}
	for _, p := range pages {
		name := strings.TrimSuffix(path.Base(p), ".html")
		if name == "layout" {
			continue
		}
		body, err := fs.ReadFile(templateFS, p)
		if err != nil {
			return fmt.Errorf("web: %w", err)
		}
		t, err := template.New("layout").Funcs(funcs).Parse(string(layout))
		if err == nil {
			_, err = t.New(name).Parse(string(body))
		}
		if err != nil {
			return fmt.Errorf("web: template %s: %w", name, err)
		}
		s.tpl[name] = t
	}
	return nil
}

// page wraps a page handler: it renders the view in the layout, or an
// error page with a fitting status.
func (s *Server) page(fn func(*http.Request) (view, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := fn(r)
		code := http.StatusOK
		var to redirect
		if errors.As(err, &to) {
			http.Redirect(w, r, string(to), http.StatusSeeOther)
			return
		}
		if err != nil {
			var msg string
			code, msg = s.status(r, err)
			v = view{name: "error", title: http.StatusText(code), data: map[string]any{"Code": code, "Message": msg}}
		}
		t := s.tpl[v.name]
		buf := bufs.Get().(*bytes.Buffer)
		defer func() {
			if buf.Cap() <= maxPooledBuf {
				buf.Reset()
				bufs.Put(buf)
			}
		}()
		err = t.ExecuteTemplate(buf, "layout", pageData{Title: v.title, Nav: v.name, Q: r.URL.Query().Get("q"), Data: v.data})
		if err != nil {
			s.log.Error("render", "page", v.name, "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(code)
		_, _ = w.Write(buf.Bytes())
	}
}

// bufs keeps the buffers pages are rendered into: a page is tens of
// kilobytes, grown from nothing on every request otherwise.
var bufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledBuf is the largest buffer kept for reuse.
const maxPooledBuf = 1 << 20

// snippet turns a store snippet (matches between « and ») into HTML with
// the matches marked, escaping everything else.
func snippet(s string) template.HTML {
	var b strings.Builder
	for {
		i := strings.Index(s, "«")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "»")
		if j < 0 {
			break
		}
		b.WriteString(template.HTMLEscapeString(s[:i]))
		b.WriteString("<mark>")
		b.WriteString(template.HTMLEscapeString(s[i+len("«") : i+j]))
		b.WriteString("</mark>")
		s = s[i+j+len("»"):]
	}
	b.WriteString(template.HTMLEscapeString(s))
	return template.HTML(b.String())
}

// hitList renders a page of search hits. Written out here rather than in
// the template: the template calls its escapers through reflection, half
// the cost of the search page's rendering for its twenty hits.
func hitList(hits []store.Hit) template.HTML {
	if len(hits) == 0 {
		return `<li class="meta">Nothing found.</li>`
	}
	var b strings.Builder
	esc := template.HTMLEscapeString
	for _, h := range hits {
		b.WriteString(`<li><a class="title" href="/articles/`)
		b.WriteString(esc(url.PathEscape(h.ArticleID)))
		b.WriteString(`">`)
		b.WriteString(esc(or(h.Title, "(untitled)")))
		b.WriteString("</a>\n    <div class=\"meta\">")
		b.WriteString(esc(or(h.Outlet, "unknown outlet")))
		b.WriteString(" · ")
		b.WriteString(esc(or(h.Published, "undated")))
		if h.Story != 0 {
			b.WriteString(` · <a href="/stories/`)
			b.WriteString(strconv.FormatInt(h.Story, 10))
			b.WriteString(`">story</a>`)
		}
		b.WriteString("</div>\n    <p class=\"snip\">")
		b.WriteString(string(snippet(h.Snippet)))
		b.WriteString("</p></li>\n")
	}
	return template.HTML(b.String())
}

// options renders <option>s of a filter, the selected one marked; name
// gives the shown name of a value (nil: the value itself).
func options(values []string, name func(string) string, selected string) template.HTML {
	var b strings.Builder
	esc := template.HTMLEscapeString
	for _, v := range values {
		b.WriteString(`<option value="`)
		b.WriteString(esc(v))
		b.WriteString(`"`)
		if v == selected {
			b.WriteString(" selected")
		}
		b.WriteString(">")
		if name != nil {
			b.WriteString(esc(name(v)))
		} else {
			b.WriteString(esc(v))
		}
		b.WriteString("</option>")
	}
	return template.HTML(b.String())
}

func percent(a, b int) int {
	if b == 0 {
		return 0
	}
	return a * 100 / b
}

// label makes a vocabulary word readable: "ATTACK_AIR" → "attack air".
func label(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", " ")) }

func (s *Server) homePage(r *http.Request) (view, error) {
	ctx := r.Context()
	stats, err := s.st.Stats(ctx)
	if err != nil {
		return view{}, err
	}
	stories, err := s.st.Stories(ctx, store.StoryQuery{Limit: 12, Latest: true})
	if err != nil {
		return view{}, err
	}
	agrs, err := s.st.Agreements(ctx, store.AgreementQuery{Limit: 6})
	if err != nil {
		return view{}, err
	}
	people, err := s.st.Entities(ctx, store.EntityQuery{Type: article.Person, Limit: 10})
	if err != nil {
		return view{}, err
	}
	others, err := s.st.Entities(ctx, store.EntityQuery{Limit: 16})
	if err != nil {
		return view{}, err
	}
	return view{"home", "parley", map[string]any{
		"Stats": stats, "Stories": stories, "Agreements": agrs, "People": people, "Entities": others,
	}}, nil
}

func (s *Server) searchPage(r *http.Request) (view, error) {
	sq, err := searchQuery(r)
	if err != nil {
		return view{}, err
	}
	outlets, err := s.st.Sourcing(r.Context())
	if err != nil {
		return view{}, err
	}
	names := make([]string, len(outlets))
	for i, o := range outlets {
		names[i] = o.Outlet
	}
	data := map[string]any{"Query": sq, "Outlets": outlets, "Searched": false,
		"OutletOptions": options(names, nil, sq.Outlet), "TypeOptions": options(eventTypes, label, sq.EventType)}
	if sq.Text != "" || sq.Entity != "" || sq.Outlet != "" || sq.EventType != "" || sq.From != "" || sq.To != "" {
		res, err := s.st.Search(r.Context(), sq)
		if err != nil {
			return view{}, err
		}
		data["Searched"] = true
		data["Result"] = res
		data["Hits"] = hitList(res.Hits)
		next := r.URL.Query()
		next.Set("offset", fmt.Sprint(sq.Offset+sq.Limit))
		data["Next"] = "/search?" + next.Encode()
	}
	title := "Search"
	if sq.Text != "" {
		title = sq.Text + " · Search"
	}
	return view{"search", title, data}, nil
}

func (s *Server) articlePage(r *http.Request) (view, error) {
	a, err := s.st.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		return view{}, err
	}
	title := "(untitled)"
	if a.Title != nil {
		title = *a.Title
	}
	// Other outlets' copies: the story holding this article.
	var copies []store.ArticleRef
	if st, err := s.st.StoryOf(r.Context(), a.ID); err == nil {
		for _, c := range st.Articles {
			if c.ID != a.ID {
				copies = append(copies, c)
			}
		}
	}
	return view{"article", title, map[string]any{
		"A": a, "Body": Highlight(a), "Copies": copies, "Claims": claimCards(a),
		"Events": eventsOf(a), "Entities": entitiesByType(a),
	}}, nil
}

func (s *Server) entitiesPage(r *http.Request) (view, error) {
	q, err := entityQuery(r)
	if err != nil {
		return view{}, err
	}
	if r.URL.Query().Get("limit") == "" {
		q.Limit = 200
	}
	ents, err := s.st.Entities(r.Context(), q)
	if err != nil {
		return view{}, err
	}
	// A name lookup from the reader: go straight to a single exact match.
	if name := r.URL.Query().Get("name"); name != "" {
		for _, e := range ents {
			if strings.EqualFold(e.Name, name) {
				return view{}, redirectTo(fmt.Sprintf("/entities/%d", e.ID))
			}
		}
	}
	return view{"entities", "Who is who", map[string]any{"Query": q, "Entities": ents}}, nil
}

func (s *Server) entityPage(r *http.Request) (view, error) {
	id, err := pathID(r)
	if err != nil {
		return view{}, err
	}
	e, err := s.st.Entity(r.Context(), id)
	if err != nil {
		return view{}, err
	}
	claims, err := s.st.Claims(r.Context(), store.ClaimQuery{Q: e.Name, Limit: 30})
	if err != nil {
		return view{}, err
	}
	var by, about []store.ClaimGroup
	for _, c := range claims {
		mine := false
		for _, src := range c.Sources {
			if sameName(src, e.Name, e.Aliases) {
				mine = true
			}
		}
		if mine {
			by = append(by, c)
		} else {
			about = append(about, c)
		}
	}
	evs, err := s.st.Events(r.Context(), store.EventQuery{Actor: fmt.Sprint(id), Limit: 200})
	if err != nil {
		return view{}, err
	}
	return view{"entity", e.Name, map[string]any{"E": e, "ClaimsBy": by, "ClaimsAbout": about,
		"Events": evs, "Roles": roleHistory(e.Roles)}}, nil
}

func sameName(s, name string, aliases []string) bool {
	if strings.EqualFold(s, name) {
		return true
	}
	for _, a := range aliases {
		if strings.EqualFold(s, a) {
			return true
		}
	}
	return false
}

// roleSpan is one role with the first and last dates it is seen.
type roleSpan struct {
	Role        string
	First, Last string
	Articles    []string
}

// roleHistory folds dated role mentions into one line per role, in order
// of first appearance.
func roleHistory(spells []store.RoleSpell) []roleSpan {
	idx := map[string]int{}
	var out []roleSpan
	for _, sp := range spells {
		d := ""
		if sp.Date != nil {
			d = *sp.Date
		}
		k := strings.ToLower(sp.Role)
		i, ok := idx[k]
		if !ok {
			idx[k] = len(out)
			out = append(out, roleSpan{Role: sp.Role, First: d, Last: d})
			i = len(out) - 1
		}
		rs := &out[i]
		if d != "" && (rs.First == "" || d < rs.First) {
			rs.First = d
		}
		if d > rs.Last {
			rs.Last = d
		}
		if len(rs.Articles) < 5 {
			rs.Articles = append(rs.Articles, sp.ArticleID)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].First < out[j].First })
	return out
}

func (s *Server) timelinePage(r *http.Request) (view, error) {
	f, err := eventQuery(r)
	if err != nil {
		return view{}, err
	}
	evs, err := s.events(r, f)
	if err != nil {
		return view{}, err
	}
	return view{"timeline", "Timeline", map[string]any{"Filter": f, "Events": evs, "Chart": TimelineSVG(evs)}}, nil
}

func (s *Server) agreementsPage(r *http.Request) (view, error) {
	q, err := agreementQuery(r)
	if err != nil {
		return view{}, err
	}
	agrs, err := s.st.Agreements(r.Context(), q)
	if err != nil {
		return view{}, err
	}
	cards := make([]agreementCard, len(agrs))
	for i, a := range agrs {
		cards[i] = agreementCard{AgreementRecord: a, Chart: StatusSVG(a.History)}
	}
	return view{"agreements", "Agreements", map[string]any{"Query": q, "Cards": cards}}, nil
}

type agreementCard struct {
	store.AgreementRecord
	Chart template.HTML
}

func (s *Server) sourcesPage(r *http.Request) (view, error) {
	outlets, err := s.st.Sourcing(r.Context())
	if err != nil {
		return view{}, err
	}
	stories, err := s.st.Stories(r.Context(), store.StoryQuery{Limit: 50})
	if err != nil {
		return view{}, err
	}
	return view{"sources", "Sources", map[string]any{"Outlets": outlets, "Chart": SourcingSVG(outlets), "Stories": stories}}, nil
}

func (s *Server) storyPage(r *http.Request) (view, error) {
	id, err := pathID(r)
	if err != nil {
		return view{}, err
	}
	st, err := s.st.Story(r.Context(), id)
	if err != nil {
		return view{}, err
	}
	return view{"story", or(st.Title, "Story"), st}, nil
}

func (s *Server) ingestPage(r *http.Request) (view, error) {
	return view{"ingest", "Ingest", map[string]any{"Enabled": s.opts.Ingest != nil, "Token": s.opts.Token != "" || s.opts.RequireToken}}, nil
}

func (s *Server) ingestUpload(r *http.Request) (view, error) {
	res, err := s.ingest(r)
	if err != nil {
		return view{}, err
	}
	return view{"ingest", "Ingest", map[string]any{"Enabled": true, "Token": s.opts.Token != "" || s.opts.RequireToken, "Results": res}}, nil
}

func or(p *string, def string) string {
	if p == nil || *p == "" {
		return def
	}
	return *p
}

// redirect is an error that page turns into a 303.
type redirect string

func (r redirect) Error() string { return "redirect to " + string(r) }

func redirectTo(u string) error { return redirect(u) }
