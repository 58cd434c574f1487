package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"
)

func readJSON(t *testing.T, in string) ([]Doc, error) {
	t.Helper()
	var docs []Doc
	err := readOne(context.Background(), "x.jsonl", strings.NewReader(in), func(d Doc) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func TestJSONL(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		texts   []string
		wantErr error
		errHas  string
	}{
		{"one a line", "{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n", []string{"A.", "B."}, nil, ""},
		{"no final newline and crlf", "{\"text\": \"A.\"}\r\n{\"text\": \"B.\"}", []string{"A.", "B."}, nil, ""},
		{"blank lines", "\n\n{\"text\": \"A.\"}\n\n\n{\"text\": \"B.\"}\n\n", []string{"A.", "B."}, nil, ""},
		{"truncated line in the middle", "{\"text\": \"A.\"}\n{\"text\": \"cut\n{\"text\": \"B.\"}\n", []string{"A.", "B."}, ErrBadRecord, "line 2"},
		{"truncated last line", "{\"text\": \"A.\"}\n{\"text\": \"B.\", \"title\"", []string{"A."}, ErrBadRecord, "line 2"},
		{"open object in jsonl mode", "{\"text\": \"A.\"}\n{\"text\": \"B.\",\n{\"text\": \"C.\"}\n", []string{"A.", "C."}, ErrBadRecord, "line 2"},
		{"garbage line", "{\"text\": \"A.\"}\nnot json at all\n{\"text\": \"B.\"}\n", []string{"A.", "B."}, ErrBadRecord, "line 2: not JSON"},
		{"missing text", "{\"title\": \"T\"}\n{\"text\": \"B.\"}\n", []string{"B."}, ErrBadRecord, "line 1: no text"},
		{"empty text", "{\"text\": \"  \"}\n", nil, ErrBadRecord, "no text"},
		{"text of wrong type", "{\"text\": 42}\n{\"text\": [\"a\"]}\n", nil, ErrBadRecord, "2 skipped"},
		{"not an object", "{\"text\": \"A.\"}\n[1, 2]\n", []string{"A."}, ErrBadRecord, "line 2: not a JSON object"},
		{"pretty printed", "{\n  \"title\": \"T\",\n  \"text\": \"A {braced} \\\"quoted\\\" text.\"\n}\n{\n  \"text\": \"B.\"\n}\n", []string{"A {braced} \"quoted\" text.", "B."}, nil, ""},
		{"pretty printed and cut", "{\n  \"text\": \"A.\",\n{\n  \"text\": \"B.\"\n}\n", []string{"B."}, ErrTruncated, "line 1"},
		{"array", "[\n {\"text\": \"A.\"},\n {\"text\": \"B.\", \"title\": \"T\"}\n]\n", []string{"A.", "B."}, nil, ""},
		{"array with bad item", "[{\"text\": \"A.\"}, {\"title\": \"x\"}, {\"text\": \"C.\"}]", []string{"A.", "C."}, ErrBadRecord, "item 1: no text"},
		{"truncated array", "[{\"text\": \"A.\"}, {\"text\": \"B", []string{"A."}, ErrTruncated, "item 1"},
		{"empty array", "[]", nil, ErrEmpty, ""},
		{"invalid utf-8 repaired", "{\"text\": \"Caf\xe9 talks.\"}\n", []string{"Caf\uFFFD talks."}, ErrEncoding, "line 1"},
		{"escaped control characters kept", "{\"text\": \"A\\u0000B\\n\\tC\"}\n", []string{"A\x00B\n\tC"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := readJSON(t, tt.in)
			if tt.wantErr == nil && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), tt.errHas) {
				t.Errorf("error %q does not mention %q", err, tt.errHas)
			}
			var texts []string
			for i, d := range docs {
				texts = append(texts, d.Text)
				if d.Index != i || !d.Body || d.Format != FormatJSONL {
					t.Errorf("doc %d: index %d body %v format %q", i, d.Index, d.Body, d.Format)
				}
			}
			if strings.Join(texts, "|") != strings.Join(tt.texts, "|") {
				t.Errorf("texts %q, want %q", texts, tt.texts)
			}
		})
	}
}

func TestJSONLFields(t *testing.T) {
	tests := []struct {
		in   string
		want Doc
	}{
		{`{"text": "x", "title": " T ", "url": "u", "published": "2025-07-02T10:00:00Z", "outlet": "O"}`,
			Doc{Title: "T", URL: "u", Published: "2025-07-02", Outlet: "O"}},
		{`{"body": "x", "headline": "H", "link": "l", "date": "Wed, 02 Jul 2025 10:00:00 GMT", "source": "S", "author": "A", "language": "ar"}`,
			Doc{Title: "H", URL: "l", Published: "2025-07-02", Outlet: "S", Author: "A", Language: "ar"}},
		{`{"text": "x", "title": null, "published": "July 2, 2025", "source": {"name": "nested"}}`,
			Doc{Published: "2025-07-02"}},
		{`{"text": "x", "published": "yesterday", "date": "2025/07/02"}`, Doc{}},
		{`{"text": "x", "published": "2025-13-45"}`, Doc{}},
		{`{"content": "x", "datePublished": "20250702"}`, Doc{Published: "2025-07-02"}},
	}
	for i, tt := range tests {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			docs, err := readJSON(t, tt.in)
			if err != nil || len(docs) != 1 {
				t.Fatalf("%d docs, err %v", len(docs), err)
			}
			d := docs[0]
			got := Doc{Title: d.Title, URL: d.URL, Published: d.Published, Outlet: d.Outlet, Author: d.Author, Language: d.Language}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// genJSONL streams n records without holding them, like a large export.
type genJSONL struct {
	n, i int
	buf  []byte
}

func (g *genJSONL) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.i == g.n {
			return 0, io.EOF
		}
		g.buf = fmt.Appendf(nil, `{"title": "Story %d", "text": "Negotiators met for the %dth round of talks on Monday, officials said."}`+"\n", g.i, g.i)
		g.i++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// TestJSONLStreams checks that memory does not grow with the number of
// records: the heap in use after 200,000 records is about what it was
// after 1,000.
func TestJSONLStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var early, late uint64
	n := 0
	err := readOne(context.Background(), "gen", &genJSONL{n: 200_000}, func(d Doc) error {
		n++
		if n == 1000 || n == 200_000 {
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if n == 1000 {
				early = m.HeapAlloc
			} else {
				late = m.HeapAlloc
			}
		}
		return nil
	})
	if err != nil || n != 200_000 {
		t.Fatalf("read %d records, err %v", n, err)
	}
	if late > early+4<<20 {
		t.Errorf("heap grew from %d to %d bytes over 199,000 records", early, late)
	}
}

func FuzzJSONL(f *testing.F) {
	for _, s := range []string{
		"{\"text\": \"A.\"}\n{\"text\": \"cut\n",
		"[{\"text\": \"A.\"}, {\"title\": 1}]",
		"{\n \"text\": \"A\"\n}\n{",
		"{\"text\": \"\xff\"}",
		"}\n{\"text\":\"x\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		j := jsonlReader{}
		n := 0
		err := j.Read(context.Background(), "f", bufio.NewReader(bytes.NewReader(data)), func(d Doc) error {
			if d.Index != n {
				t.Fatalf("index %d, want %d", d.Index, n)
			}
			if strings.TrimSpace(d.Text) == "" || !utf8.ValidString(d.Text) {
				t.Fatalf("bad text %q", d.Text)
			}
			n++
			return nil
		})
		if n == 0 && err == nil {
			t.Fatal("no document and no error")
		}
	})
}

func BenchmarkJSONL(b *testing.B) {
	var sb strings.Builder
	for i := range 20000 {
		fmt.Fprintf(&sb, `{"title": "Story %d", "published": "2025-07-02", "text": "Negotiators met in Doha on Monday for a third round of talks on a ceasefire, officials said.\n\nNo deal was announced."}`+"\n", i)
	}
	in := sb.String()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if err := (jsonlReader{}).Read(context.Background(), "b", strings.NewReader(in), func(Doc) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// TestJSONLHugeLine skips a record longer than MaxDoc, reading it through
// without holding it, and reads the records around it.
func TestJSONLHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 40 MB")
	}
	blob := &repeatReader{b: []byte("abcdefghijklmnop"), n: 40 << 20}
	in := io.MultiReader(strings.NewReader("{\"text\": \"Before.\"}\n{\"text\": \""), blob,
		strings.NewReader("\"}\n{\"text\": \"After.\"}\n"))
	var texts []string
	err := readOne(context.Background(), "big.jsonl", in, func(d Doc) error {
		texts = append(texts, d.Text)
		return nil
	})
	if !errors.Is(err, ErrTooLarge) || !errors.Is(err, ErrBadRecord) || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error %v, want a bad record on line 2, too large", err)
	}
	if strings.Join(texts, "|") != "Before.|After." {
		t.Errorf("texts %q", texts)
	}
}

// repeatReader yields n bytes repeating b.
type repeatReader struct {
	b []byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && r.n > 0 {
		c := copy(p[k:min(len(p), k+r.n)], r.b)
		k += c
		r.n -= c
	}
	return k, nil
}

func TestNormDateNumeric(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"17/10/2024 14:05", "2024-10-17"},
		{"17.10.2024", "2024-10-17"},
		{"10/17/2024", "2024-10-17"},
		{"05/06/2024", ""}, // day or month first: no telling
		{"07/07/2024", "2024-07-07"},
		{"31/02/2024", ""},
		{"1/2/3", ""},
		{"12/10/2024/1", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := normDate(tc.in); got != tc.want {
				t.Errorf("normDate(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
