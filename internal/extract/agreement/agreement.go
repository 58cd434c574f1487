package agreement

import (
	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/text"
)

// Extract fills the article's field for this stage from the segmented text.
// Stages run in order (entity, when, quantity, claim, event, agreement) and
// may read what earlier stages filled.
func Extract(d *text.Doc, a *article.Article) {
	// Not implemented yet: the field stays empty.
}
