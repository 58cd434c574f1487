package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/golden"
)

// event is one thing Walk did: emit a document or report an input.
type event struct {
	Doc    *Doc   `json:"doc,omitempty"`
	Report string `json:"report,omitempty"`
	Error  string `json:"error,omitempty"`
}

func walkAll(t *testing.T, paths []string, stdin []byte) ([]event, int) {
	t.Helper()
	var evs []event
	failed := Walk(context.Background(), paths, bytes.NewReader(stdin), func(d Doc) error {
		d.Path = filepath.ToSlash(d.Path)
		if !utf8.ValidString(d.Text) {
			t.Errorf("%s #%d: text is not valid UTF-8", d.Path, d.Index)
		}
		evs = append(evs, event{Doc: &d})
		return nil
	}, func(path string, err error) {
		evs = append(evs, event{Report: filepath.ToSlash(path), Error: err.Error()})
	})
	return evs, failed
}

// TestWalkGolden reads the fixture folder: stories in several encodings and
// line ends, a JSONL export with bad records, an empty file, a PDF and
// hidden entries, and compares every document and report with the golden
// file (rewrite it with -update and review the diff).
func TestWalkGolden(t *testing.T) {
	evs, failed := walkAll(t, []string{"testdata/walk"}, nil)
	golden.JSON(t, "testdata/walk.golden.json", evs)
	// feed.jsonl (bad records), 05-stray-bytes (repaired), 06-empty, 07-report.pdf
	if failed != 4 {
		t.Errorf("failed = %d, want 4", failed)
	}
}

func writeFiles(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func utf16LE(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8)) // test strings are in the BMP
	}
	return b
}

func TestReadInputs(t *testing.T) {
	story := "Border Talks Resume\n\nNegotiators met in Amman on Sunday, officials said.\n"
	jsonl := `{"text": "Troops pulled back from the ridge on Monday.", "title": "Pullback"}` + "\n"
	big := gz(t, []byte(strings.Repeat(story, 1000)))
	tests := []struct {
		name     string
		data     []byte
		docs     int
		format   string
		wantErr  error // nil: read fully
		contains string
	}{
		{"plain text", []byte(story), 1, FormatText, nil, "officials said."},
		{"utf-8 bom", append([]byte("\ufeff"), story...), 1, FormatText, nil, "Border Talks"},
		{"utf-16 with bom", utf16LE(story, true), 1, FormatText, nil, "Amman on Sunday"},
		{"utf-16 without bom", utf16LE(story, false), 1, FormatText, nil, "Amman on Sunday"},
		{"gzip text", gz(t, []byte(story)), 1, FormatText, nil, "Amman"},
		{"gzip jsonl", gz(t, []byte(jsonl)), 1, FormatJSONL, nil, "ridge"},
		{"truncated gzip", big[:len(big)/2], 1, FormatText, ErrTruncated, "Amman"},
		{"gzip of nothing", gz(t, nil), 0, "", ErrEmpty, ""},
		{"empty", nil, 0, "", ErrEmpty, ""},
		{"only spaces", []byte(" \n\n\t \r\n"), 0, "", ErrEmpty, ""},
		{"random binary", bytes.Repeat([]byte{0x00, 0x01, 0x9c, 0xff}, 100), 0, "", ErrBinary, ""},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0, "", ErrBinary, ""},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00"), 0, "", ErrBinary, ""},
		{"control characters", bytes.Repeat([]byte("ab\x01\x02\x03\x04"), 50), 0, "", ErrBinary, ""},
		{"stray bytes repaired", []byte("Talks resumed \xc3\x28 today.\n"), 1, FormatText, ErrEncoding, "resumed \uFFFD( today"},
		{"latin-1 decoded", []byte("R\xe9fugi\xe9s crossed at dawn.\n"), 1, FormatText, nil, "Réfugiés"},
		{"utf-8 with stray latin-1 byte", []byte("Réfugiés crossed \xe9 here.\n"), 1, FormatText, ErrEncoding, "crossed \uFFFD here"},
		{"nul line inside text", []byte(strings.Repeat("Good line.\n", 1000) + "\x00\x00garbage\x00\nAnother good line.\n"), 1, FormatText, ErrBinary, "Another good line."},
		{"nul bytes at the start", []byte("Good line.\n\x00\x00garbage\x00\nAnother good line.\n"), 0, "", ErrBinary, ""},
		{"text starting with a brace", []byte("{{Infobox conflict}}\nThe war began in 1991.\n"), 1, FormatText, nil, "1991"},
		{"text starting with a bracket", []byte("[Photo] Talks in Doha\n\nThe sides met.\n"), 1, FormatText, nil, "[Photo]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []Doc
			err := readOne(context.Background(), "in", bytes.NewReader(tt.data), func(d Doc) error {
				docs = append(docs, d)
				return nil
			})
			if tt.wantErr == nil && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("error %v, want %v", err, tt.wantErr)
			}
			if len(docs) != tt.docs {
				t.Fatalf("%d docs, want %d", len(docs), tt.docs)
			}
			for _, d := range docs {
				if d.Format != tt.format {
					t.Errorf("format %q, want %q", d.Format, tt.format)
				}
				if !utf8.ValidString(d.Text) {
					t.Errorf("text not valid UTF-8: %q", d.Text)
				}
				if !strings.Contains(d.Text, tt.contains) {
					t.Errorf("text %q does not contain %q", d.Text, tt.contains)
				}
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want string
	}{
		{"Plain story text.", FormatText},
		{"\ufeff  {\"text\": \"x\"}", FormatJSONL},
		{"\n[\n  {\"text\": \"x\"}]", FormatJSONL},
		{"[]", FormatJSONL},
		{"{{Infobox}}", FormatText},
		{"[Updated 10:00 GMT] Talks", FormatText},
		{"<!DOCTYPE html><html><body>x</body></html>", FormatHTML},
		{"<?xml version=\"1.0\"?><rss version=\"2.0\">", FormatFeed},
		{"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", FormatFeed},
		{"WARC/1.1\r\nWARC-Type: warcinfo\r\n", FormatWARC},
		{string(gz(t, []byte("WARC/1.0\r\nWARC-Type: response\r\n"))), FormatWARC},
		{string(gz(t, []byte("plain text"))), FormatGzip},
		{"BZh91AY&SY", FormatBzip2},
		{"{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"World\"", FormatFeed},
		{"{\"text\": \"the jsonfeed.org/version/1 spec\"}", FormatJSONL}, // no "version" key: a record
	}
	for _, tt := range tests {
		t.Run(tt.want+" "+strings.ToValidUTF8(tt.head[:min(len(tt.head), 12)], "?"), func(t *testing.T) {
			if got := Sniff("x", []byte(tt.head)); got != tt.want {
				t.Errorf("Sniff(%q) = %q, want %q", tt.head, got, tt.want)
			}
		})
	}
}

func TestWalkOrderAndStdin(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{
		"b/2.txt":        []byte("Second folder, first file.\n"),
		"a.txt":          []byte("Top file.\n"),
		"b/1.txt":        []byte("Second folder, zeroth file.\n"),
		"c/.git/x.txt":   []byte("hidden\n"),
		"c/d/deep.jsonl": []byte(`{"text": "Deep record."}` + "\n"),
	})
	if err := os.Symlink(filepath.Join(dir, "a.txt"), filepath.Join(dir, "c", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "c", "loop")); err != nil {
		t.Fatal(err)
	}
	evs, failed := walkAll(t, []string{dir, "-", filepath.Join(dir, "missing.txt")}, []byte("From stdin.\n"))
	var got []string
	for _, e := range evs {
		if e.Doc != nil {
			rel, _ := filepath.Rel(dir, e.Doc.Path)
			if e.Doc.Path == "-" {
				rel = "-"
			}
			got = append(got, filepath.ToSlash(rel)+": "+strings.TrimSpace(e.Doc.Text))
		} else {
			got = append(got, "report "+filepath.Base(e.Report)+": "+e.Error)
		}
	}
	want := []string{
		"a.txt: Top file.",
		"b/1.txt: Second folder, zeroth file.",
		"b/2.txt: Second folder, first file.",
		"c/d/deep.jsonl: Deep record.",
		"c/link.txt: Top file.",
		"-: From stdin.",
		"report missing.txt: stat: no such file or directory",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk order\n got %q\nwant %q", got, want)
	}
	if failed != 1 {
		t.Errorf("failed = %d, want 1", failed)
	}
}

func TestWalkStopsOnCancel(t *testing.T) {
	dir := writeFiles(t, map[string][]byte{"1.txt": []byte("One.\n"), "2.txt": []byte("Two.\n")})
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	Walk(ctx, []string{dir, dir}, nil, func(Doc) error {
		n++
		cancel()
		return nil
	}, func(string, error) {})
	if n != 1 {
		t.Errorf("read %d docs after cancel, want 1", n)
	}
}
