// Package web serves the analyst's desk over a store: HTML pages (search,
// story reader with highlights, who-is-who, timeline, agreements, sources,
// ingest) and a JSON API under /api/ for everything the pages show. It takes
// a store.Store and hands on an http.Handler. Everything it needs is
// embedded: templates, one stylesheet, one small script; charts are SVG
// drawn here. No page loads anything from another host.
package web
