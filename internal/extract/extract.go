package extract

import (
	"errors"
	"fmt"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/extract/agreement"
	"github.com/parley-news/parley/internal/extract/claim"
	"github.com/parley-news/parley/internal/extract/entity"
	"github.com/parley-news/parley/internal/extract/event"
	"github.com/parley-news/parley/internal/extract/quantity"
	"github.com/parley-news/parley/internal/extract/when"
	"github.com/parley-news/parley/internal/text"
)

// Stage fills one field of the record; later stages read earlier ones.
type Stage struct {
	Name string
	Run  func(*text.Doc, *article.Article)
}

// Stages in the order they run.
var Stages = []Stage{
	{"entity", entity.Extract},
	{"when", when.Extract},
	{"quantity", quantity.Extract},
	{"claim", claim.Extract},
	{"event", event.Extract},
	{"agreement", agreement.Extract},
}

// Run extracts every kind of fact from a cleaned article and normalizes the
// record (no nil lists). A stage that panics on odd input is reported in the
// error and the other stages still run, so no article is lost.
func Run(a *article.Article) error {
	d := text.Parse(a.Text)
	var errs []error
	for _, s := range Stages {
		if err := runStage(s, d, a); err != nil {
			errs = append(errs, err)
		}
	}
	a.Normalize()
	return errors.Join(errs...)
}

func runStage(s Stage, d *text.Doc, a *article.Article) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stage %s: %v", s.Name, r)
		}
	}()
	s.Run(d, a)
	return nil
}
