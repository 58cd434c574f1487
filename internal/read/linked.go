package read

import (
	nurl "net/url"
	"strings"
)

// Linked lets a page read in the same run stand in for a feed item that
// carries only a summary of it. Readers stream, and the page may come
// before or after the feed (a folder or crawl given alongside it), so
// Linked passes every document on at once except such summaries, which it
// holds until Flush and then drops if a page with the item's URL was
// seen. Only the summaries, which are short, are held in memory.
type Linked struct {
	next  Emit
	pages map[string]bool
	held  []Doc
}

// NewLinked returns a Linked handing documents on to next.
func NewLinked(next Emit) *Linked {
	return &Linked{next: next, pages: map[string]bool{}}
}

// Emit is the Emit to give the readers.
func (l *Linked) Emit(d Doc) error {
	key := urlKey(d.URL)
	if key == "" {
		return l.next(d)
	}
	if d.Summary {
		if !l.pages[key] {
			l.held = append(l.held, d)
		}
		return nil
	}
	l.pages[key] = true
	return l.next(d)
}

// Flush hands on the held summaries whose page was not read, in the order
// they came.
func (l *Linked) Flush() error {
	held := l.held
	l.held = nil
	for _, d := range held {
		if l.pages[urlKey(d.URL)] {
			continue
		}
		if err := l.next(d); err != nil {
			return err
		}
	}
	return nil
}

// urlKey normalises a URL so that the forms of one address a feed and a
// crawl give match: scheme, "www.", fragment, tracking parameters and a
// trailing slash do not count.
func urlKey(s string) string {
	u, err := nurl.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	q := u.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "ref" || lk == "fbclid" || lk == "gclid" || lk == "cmpid" {
			q.Del(k)
		}
	}
	key := host + strings.TrimSuffix(u.EscapedPath(), "/")
	if enc := q.Encode(); enc != "" {
		key += "?" + enc
	}
	return key
}
