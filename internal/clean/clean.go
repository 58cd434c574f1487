package clean

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/read"
)

// Options steer cleaning.
type Options struct {
	// Published, when set (YYYY-MM-DD), is every article's publication date.
	Published string
}

// Articles cleans one raw document into its articles.
func Articles(d read.Doc, opts Options) []*article.Article {
	lines := strings.Split(strings.ReplaceAll(d.Text, "\r\n", "\n"), "\n")
	title := d.Title
	body := lines
	if !d.Body && title == "" {
		for i, l := range lines {
			if strings.TrimSpace(l) != "" {
				title = strings.TrimSpace(l)
				body = lines[i+1:]
				break
			}
		}
	}
	var paras []string
	for _, l := range body {
		if l = strings.TrimSpace(l); l != "" {
			paras = append(paras, l)
		}
	}
	a := &article.Article{
		Source:        article.Source{Path: d.Path, Index: d.Index, URL: article.Str(d.URL), Outlet: article.Str(d.Outlet)},
		Title:         article.Str(title),
		Text:          strings.Join(paras, "\n\n"),
		PublishedFrom: article.FromNone,
	}
	switch {
	case opts.Published != "":
		a.Published, a.PublishedFrom = article.Str(opts.Published), article.FromFlag
	case d.Published != "":
		a.Published, a.PublishedFrom = article.Str(d.Published), article.FromMetadata
	}
	a.ID = article.ID(a.Text)
	return []*article.Article{a}
}
