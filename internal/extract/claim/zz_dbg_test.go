package claim

import (
	"fmt"
	"os"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/text"
)

func TestDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DBG"))
	d := text.Parse(string(b))
	for _, s := range d.Sentences {
		fmt.Printf("S[%s]\n", d.Text[s.Start:s.End])
	}
	a := &article.Article{Text: string(b)}
	Extract(d, a)
	for _, c := range a.Claims {
		fmt.Printf("%v %q %q\n", *c.Source, *c.Cue, c.Content)
	}
}
