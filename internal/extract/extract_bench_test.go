package extract

import (
	"fmt"
	"os"
	"path/filepath"
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

// BenchmarkStage times each stage alone on a freshly parsed text whose
// earlier stages have run, as Run would call it (the Doc's caches hold what
// the earlier stages put there, no more).
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
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for range b.N {
				b.StopTimer()
				d := text.Parse(s)
				a := &article.Article{Text: s, Published: &pub}
				for _, prev := range Stages[:i] {
					prev.Run(d, a)
				}
				b.StartTimer()
				st.Run(d, a)
			}
		})
	}
}

// BenchmarkRunOn times the whole extraction on one paragraph of 128 KB and
// 256 KB with no sentence end, the shape of a scrape gone wrong: the time
// per byte must stay about the same (no stage quadratic in a sentence).
func BenchmarkRunOn(b *testing.B) {
	words := strings.Fields(`Israel Hamas said the ceasefire talks on Tuesday officials Prime Minister
		John Smith " “ ” , and of in 10 hostages released 40 prisoners agreed`)
	for _, size := range []int{128 << 10, 256 << 10} {
		var sb strings.Builder
		sb.WriteString("Title\n\n")
		for i := 0; sb.Len() < size; i++ {
			sb.WriteString(words[(i*7+i/5)%len(words)])
			sb.WriteByte(' ')
		}
		s := sb.String()
		b.Run(fmt.Sprintf("unpunctuated-%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				if err := Run(&article.Article{Text: s}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTexts times the whole extraction on real stories: set
// PARLEY_BENCH_TEXTS to a folder of .txt files (one story each), for
// profiles on news the stories of testdata/bench.txt do not cover.
func BenchmarkTexts(b *testing.B) {
	dir := os.Getenv("PARLEY_BENCH_TEXTS")
	if dir == "" {
		b.Skip("PARLEY_BENCH_TEXTS not set")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no .txt files in %s (%v)", dir, err)
	}
	var texts []string
	size := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatalf("read %s: %v", p, err)
		}
		texts = append(texts, string(raw))
		size += len(raw)
	}
	pub := "2025-03-04"
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			if err := Run(&article.Article{Text: s, Published: &pub}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
