package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestLineReader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want []string
	}{
		{"lf", "a\nb\n", 10, []string{"a", "b"}},
		{"no final newline", "a\nb", 10, []string{"a", "b"}},
		{"crlf", "a\r\nb\r\n\r\nc", 10, []string{"a", "b", "", "c"}},
		{"lone cr", "a\rb\r\rc\r", 10, []string{"a", "b", "", "c"}},
		{"too long", "short\n" + strings.Repeat("x", 30) + "\nafter", 10, []string{"short", "<long>", "after"}},
		{"too long at end", "short\n" + strings.Repeat("x", 30), 10, []string{"short", "<long>"}},
		{"empty", "", 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lr := newLineReader(strings.NewReader(tt.in), tt.max)
			var got []string
			for {
				line, err := lr.next()
				if errors.Is(err, errLong) {
					got = append(got, "<long>")
					continue
				}
				if err != nil {
					break
				}
				got = append(got, string(line))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("lines %q, want %q", got, tt.want)
			}
		})
	}
}

// TestHugeLine reads a 100 MB file of one line followed by a story: the
// line is skipped and reported, the story read, in bounded memory and time.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB")
	}
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	chunk := bytes.Repeat([]byte("0123456789abcdef"), 64<<10) // 1 MiB
	for range 100 {
		w.Write(chunk)
	}
	w.WriteString("\n\nTalks Resume\n\nEnvoys met again on Monday.\n")
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	var docs []Doc
	err = readFile(context.Background(), p, func(d Doc) error {
		docs = append(docs, d)
		return nil
	})
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("error %v, want ErrTooLarge on line 1", err)
	}
	if len(docs) != 1 || !strings.Contains(docs[0].Text, "Envoys met again") {
		t.Errorf("docs %+v, want the story after the line", docs)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 48<<20 {
		t.Errorf("allocated %d MB reading a 100 MB line", alloc>>20)
	}
	// about a second on an idle machine; the margin is for loaded CI
	// runners, while a hang or a quadratic scan would still be caught
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("took %v", d)
	}
}

// TestLargeDumpSplits cuts a dump larger than the chunk size at blank
// lines, losing nothing.
func TestLargeDumpSplits(t *testing.T) {
	old := chunkSize
	chunkSize = 100
	defer func() { chunkSize = old }()
	para := "A paragraph of forty-odd bytes of news.\n\n"
	in := strings.Repeat(para, 20)
	var docs []Doc
	err := textReader{}.Read(context.Background(), "d", strings.NewReader(in), func(d Doc) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var joined strings.Builder
	for i, d := range docs {
		if d.Index != i {
			t.Errorf("doc %d has index %d", i, d.Index)
		}
		if len(d.Text) > 2*chunkSize+len(para) {
			t.Errorf("doc %d is %d bytes", i, len(d.Text))
		}
		if !strings.HasPrefix(d.Text, "A paragraph") {
			t.Errorf("doc %d starts mid-paragraph: %q", i, d.Text)
		}
		joined.WriteString(d.Text)
	}
	if len(docs) < 5 || strings.Count(joined.String(), "A paragraph") != 20 {
		t.Errorf("%d docs holding %d paragraphs", len(docs), strings.Count(joined.String(), "A paragraph"))
	}
}

func TestLooksLegacy(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"plain ascii", false},
		{"caf\xe9 cr\xe8me", true},
		{"\x93quoted\x94 \x96 dash\x85", true},
		{"un caf\xe9 \xe0 Paris", true},
		{"caf\xc3\xa9", false},        // UTF-8
		{"odd \xff\xfe bytes", false}, // no word
		{"lone \xc3 byte", false},
		{"x\x81y", false}, // undefined in windows-1252
	}
	for _, tt := range tests {
		t.Run(strings.ToValidUTF8(tt.in, "?"), func(t *testing.T) {
			if got := looksLegacy([]byte(tt.in)); got != tt.want {
				t.Errorf("looksLegacy(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzRead feeds any bytes through sniffing and the text and JSONL
// readers: no panic, every document valid UTF-8 and numbered in order,
// and an input that yields nothing says why.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Title\n\nBody text.\n", "{\"text\": \"x\"}\n", "[{\"text\": \"x\"}]", "caf\xe9\n",
		"\xff\xfeT\x00i\x00", "\x1f\x8b\x08\x00", "a\rb\r\n\x00c", "{{x}}", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if Sniff("f", data) != FormatText && Sniff("f", data) != FormatJSONL {
			return // the web formats have their own fuzz targets
		}
		n := 0
		err := readOne(context.Background(), "f", bytes.NewReader(data), func(d Doc) error {
			if d.Index != n {
				t.Fatalf("index %d, want %d", d.Index, n)
			}
			if !utf8.ValidString(d.Text) {
				t.Fatalf("text not valid UTF-8: %q", d.Text)
			}
			n++
			return nil
		})
		if n == 0 && err == nil {
			t.Fatal("no document and no error")
		}
	})
}

func BenchmarkTextReader(b *testing.B) {
	story := strings.Repeat("Negotiators met in Doha on Monday for a third round of talks on a ceasefire, officials said.\n\n", 20000)
	b.SetBytes(int64(len(story)))
	b.ReportAllocs()
	for b.Loop() {
		if err := (textReader{}).Read(context.Background(), "b", strings.NewReader(story), func(Doc) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
