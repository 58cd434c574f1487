package lexicon

import "testing"

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
