package lexicon

import (
	"strings"
	"testing"
)

// The lexicons are built from their text files once per process, which a
// command run on one short story pays in full: these time each build.

func BenchmarkBuildNames(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := buildNames(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseCues(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseCues(cuesData, cuesWordNet); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadEvents(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		loadEvents()
	}
}

// BenchmarkIsCommonWord times the English list's lookup, which a story
// asks for a few hundred of its capitalized words.
func BenchmarkIsCommonWord(b *testing.B) {
	words := strings.Fields(`The President Said On Tuesday That Talks With Hamas Would Resume In Cairo
		Despite Objections From Officials Trump Clinton Details Earlier China Apple Zebra Aardvark Xylophone`)
	IsCommonWord("warm up")
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			IsCommonWord(w)
		}
	}
}
