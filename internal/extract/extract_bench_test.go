package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/text"
)

// benchText reads the news-like stories of testdata/bench.txt, repeated to
// about 64 KB so that one run is long enough to time.
func benchText(b *testing.B) string {
	b.Helper()
	raw, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatalf("read bench text: %v", err)
	}
	return strings.Repeat(string(raw)+"\n\n", 64<<10/len(raw)+1)
}

// BenchmarkRun times the whole extraction: segmentation and every stage.
func BenchmarkRun(b *testing.B) {
	s := benchText(b)
	pub := "2025-03-04"
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		a := &article.Article{Text: s, Published: &pub}
		if err := Run(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStage times each stage alone on a parsed text whose earlier
// stages have run, as Run would call it.
func BenchmarkStage(b *testing.B) {
	s := benchText(b)
	pub := "2025-03-04"
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(len(s)))
		b.ReportAllocs()
		for b.Loop() {
			text.Parse(s)
		}
	})
	for i, st := range Stages {
		b.Run(st.Name, func(b *testing.B) {
			d := text.Parse(s)
			a := &article.Article{Text: s, Published: &pub}
			for _, prev := range Stages[:i+1] {
				prev.Run(d, a)
			}
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				st.Run(d, a)
			}
		})
	}
}
