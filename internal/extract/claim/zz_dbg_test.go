package claim

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/text"
)

func TestDbgDump(t *testing.T) {
	dir := os.Getenv("DBGDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	out := map[string][]article.Claim{}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		a := &article.Article{Text: string(b)}
		Extract(text.Parse(a.Text), a)
		out[filepath.Base(f)] = a.Claims
	}
	j, _ := json.Marshal(out)
	os.WriteFile(os.Getenv("DBGOUT"), j, 0o644)
}

func TestDbg(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("DBG"))
	d := text.Parse(string(b))
	a := &article.Article{Text: string(b)}
	Extract(d, a)
	for _, c := range a.Claims {
		src := ""
		if c.SourceSpan != nil {
			src = a.Text[c.SourceSpan.Start:c.SourceSpan.End]
		}
		cue := ""
		if c.Cue != nil {
			cue = *c.Cue
		}
		t.Logf("[%s] %q %q", src, cue, c.Content)
	}
}
