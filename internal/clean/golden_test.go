package clean

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/golden"
	"github.com/parley-news/parley/internal/read"
)

// cleaned is the part of the record this stage fills.
type cleaned struct {
	Index         int      `json:"index"`
	ID            string   `json:"id"`
	Title         *string  `json:"title"`
	Published     *string  `json:"published"`
	PublishedFrom string   `json:"published_from"`
	Outlet        *string  `json:"outlet"`
	Text          string   `json:"text"`
	Removed       []string `json:"removed"`
	Captions      []string `json:"captions"`
}

// readDocs reads one input through the read package, as the pipeline does.
func readDocs(t testing.TB, path string) []read.Doc {
	t.Helper()
	var docs []read.Doc
	failed := read.Walk(context.Background(), []string{path}, nil, func(d read.Doc) error {
		docs = append(docs, d)
		return nil
	}, func(p string, err error) { t.Errorf("read %s: %v", p, err) })
	if failed > 0 || len(docs) == 0 {
		t.Fatalf("read %s: %d failed, %d documents", path, failed, len(docs))
	}
	return docs
}

// TestGolden cleans every file of examples/ and compares the result with
// testdata/<file>.golden.json; -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../examples/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			var got []cleaned
			for _, d := range readDocs(t, f) {
				for _, a := range Articles(d, Options{}) {
					checkArticle(t, d.Text, a)
					got = append(got, cleaned{a.Source.Index, a.ID, a.Title, a.Published, a.PublishedFrom,
						a.Source.Outlet, a.Text, a.Removed, a.Captions})
				}
			}
			golden.JSON(t, filepath.Join("testdata", name+".golden.json"), got)
		})
	}
}

// checkArticle asserts what holds for any input: every removed line and
// caption was a line of the input, the text is paragraphs of input lines,
// the id is the text's.
func checkArticle(t testing.TB, input string, a *article.Article) {
	t.Helper()
	in := map[string]bool{}
	for l := range strings.SplitSeq(strings.ReplaceAll(strings.ToValidUTF8(input, "\uFFFD"), "\r", "\n"), "\n") {
		l = strings.TrimFunc(l, isSpace)
		in[l] = true
		// a wire sign-off glued to a line's last sentence is split from it,
		// and either part may be removed alone
		if i := strings.LastIndexFunc(l, isSpace); i > 0 {
			_, n := utf8.DecodeRuneInString(l[i:])
			if mark := l[i+n:]; signOffs[strings.ToLower(mark)] {
				in[mark] = true
				in[strings.TrimRightFunc(l[:i], isSpace)] = true
			}
		}
	}
	for _, r := range a.Removed {
		if r == "" || !in[r] {
			t.Errorf("removed line %q is not a line of the input", r)
		}
	}
	if a.ID != article.ID(a.Text) {
		t.Errorf("id %s is not the text's", a.ID)
	}
	if strings.Contains(a.Text, "\n\n\n") || strings.HasPrefix(a.Text, "\n") || strings.HasSuffix(a.Text, "\n") {
		t.Errorf("text is not paragraphs separated by one blank line: %q", a.Text)
	}
	if a.Removed == nil || a.Captions == nil {
		t.Errorf("nil list in %+v", a)
	}
	switch a.PublishedFrom {
	case article.FromNone:
		if a.Published != nil {
			t.Errorf("published %q from none", *a.Published)
		}
	case article.FromText, article.FromCaption, article.FromMetadata, article.FromFlag:
		if a.Published == nil {
			t.Errorf("published_from %s without a date", a.PublishedFrom)
		}
	default:
		t.Errorf("published_from %q", a.PublishedFrom)
	}
}
