package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// runParley runs the command line with args and stdin, as main does, and
// returns the exit status and what went to stdout and stderr.
func runParley(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

// bad inputs written for a run: each must be named on stderr.
func badInputs(t *testing.T) (dir string, files map[string]string) {
	t.Helper()
	dir = t.TempDir()
	files = map[string]string{
		"binary.dat":  "\x00\x01\x02\x03\xff\xfe\x00\x00 not text",
		"empty.txt":   "",
		"broken.json": "{\"text\": \"Troops withdrew.\"}\n{\"text\": \"cut here\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, files
}

func jsonlRecords(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("output line is not JSON: %v\n%s", err, line)
		}
		recs = append(recs, m)
	}
	return recs
}

func TestExitStatus(t *testing.T) {
	dir, _ := badInputs(t)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string // must contain
		stderr string // must contain
	}{
		{"good input", []string{"extract", "testdata/wire.txt"}, "", 0, `"title":"Rival Factions Agree`, ""},
		{"flags after paths", []string{"extract", "testdata/wire.txt", "--format", "json", "--published", "2024-10-14"}, "", 0, `{"articles": [`, ""},
		{"stdin", []string{"extract", "-"}, "Talks Resume\n\nEnvoys met in Geneva on Monday, officials said.\n", 0, `"path":"-"`, ""},
		{"bad file among good ones", []string{"extract", "testdata/wire.txt", filepath.Join(dir, "binary.dat"), "testdata/wire2.txt"}, "", 1, "Shelling Resumes", "binary.dat: binary content"},
		{"missing file", []string{"extract", "testdata/wire.txt", "testdata/nope.txt"}, "", 1, "Rival Factions", "nope.txt: stat: no such file"},
		{"folder with bad files", []string{"brief", dir}, "", 1, "Troops withdrew", "empty.txt: empty input"},
		{"no path", []string{"extract"}, "", 2, "", "no PATH given"},
		{"bad format", []string{"extract", "--format", "xml", "testdata/wire.txt"}, "", 2, "", "--format must be json or jsonl"},
		{"bad date", []string{"extract", "--published", "14/10/2024", "testdata/wire.txt"}, "", 2, "", "is not a date"},
		{"unknown flag", []string{"brief", "--colour", "testdata/wire.txt"}, "", 2, "", "flag provided but not defined"},
		{"unknown command", []string{"summarize", "x"}, "", 2, "", `unknown command "summarize"`},
		{"no command", nil, "", 2, "", "usage: parley"},
		{"version", []string{"version"}, "", 0, "parley ", ""},
		{"--version", []string{"--version"}, "", 0, "parley ", ""},
		{"help", []string{"help"}, "", 0, "extract", ""},
		{"--help", []string{"--help"}, "", 0, "brief", ""},
		{"help for a command", []string{"help", "extract"}, "", 0, "-format", ""},
		{"-h on a command", []string{"extract", "-h"}, "", 0, "", "-published"},
		{"help for an unknown command", []string{"help", "nope"}, "", 2, "", "unknown command"},
		{"brief", []string{"brief", "testdata/wire.txt"}, "", 0, "Rival Factions Agree", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runParley(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit status %d, want %d\nstderr: %s", code, tt.code, errs)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out)
			}
			if !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errs)
			}
		})
	}
}

// TestBadInputsNamed checks that each bad input is named on stderr, once,
// with its reason, and that the good records of a partly bad file are kept.
func TestBadInputsNamed(t *testing.T) {
	dir, files := badInputs(t)
	code, out, errs := runParley(t, "", "extract", dir, "testdata/wire.txt")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	for name := range files {
		if n := strings.Count(errs, name+":"); n != 1 {
			t.Errorf("%s named %d times on stderr:\n%s", name, n, errs)
		}
	}
	recs := jsonlRecords(t, out)
	var paths []string
	for _, r := range recs {
		paths = append(paths, filepath.Base(r["source"].(map[string]any)["path"].(string)))
	}
	if !slices.Contains(paths, "broken.json") || !slices.Contains(paths, "wire.txt") {
		t.Errorf("articles from %v, want broken.json's good record and wire.txt", paths)
	}
}

func TestFormatJSON(t *testing.T) {
	code, out, errs := runParley(t, "", "extract", "--format", "json", "testdata/wire.txt", "testdata/wire2.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Articles []map[string]any `json:"articles"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("--format json output is not one JSON object: %v\n%s", err, out)
	}
	if dec.More() {
		t.Error("more than one JSON value on stdout")
	}
	_, jl, _ := runParley(t, "", "extract", "testdata/wire.txt", "testdata/wire2.txt")
	if n := len(jsonlRecords(t, jl)); len(doc.Articles) != n || n < 2 {
		t.Errorf("json has %d articles, jsonl %d; want the same, at least 2", len(doc.Articles), n)
	}
	// nothing read still gives a valid object
	code, out, _ = runParley(t, "", "extract", "--format", "json", "-")
	var empty map[string][]any
	if err := json.Unmarshal([]byte(out), &empty); err != nil || empty["articles"] == nil || len(empty["articles"]) != 0 || code != 1 {
		t.Errorf("empty run: exit %d, output %q (%v)", code, out, err)
	}
}

// TestRecordComplete checks every field of the SPEC's record is present,
// with lists as [] rather than null, and every offset inside the text.
func TestRecordComplete(t *testing.T) {
	code, out, errs := runParley(t, "", "extract", "--published", "2024-10-14", "testdata/wire.txt", "testdata/wire2.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	recs := jsonlRecords(t, out)
	if len(recs) < 2 {
		t.Fatalf("%d records, want at least 2", len(recs))
	}
	top := []string{"id", "source", "title", "published", "published_from", "text", "removed", "captions",
		"entities", "times", "quantities", "claims", "events", "agreements"}
	lists := []string{"removed", "captions", "entities", "times", "quantities", "claims", "events", "agreements"}
	nested := map[string][]string{
		"entities":   {"id", "type", "name", "aliases", "roles", "mentions"},
		"times":      {"text", "value", "start", "end"},
		"quantities": {"text", "value", "unit", "approximate", "start", "end"},
		"claims": {"source", "source_span", "source_entity", "named", "count", "outlet", "cue", "cue_span",
			"direct", "content", "start", "end"},
		"events": {"type", "plover", "actor", "actor_entity", "target", "target_entity", "time", "place",
			"modality", "claim", "evidence"},
		"agreements": {"name", "kind", "parties", "mediators", "status", "duration_days", "terms"},
	}
	for i, r := range recs {
		for _, k := range top {
			if _, ok := r[k]; !ok {
				t.Errorf("record %d lacks %q", i, k)
			}
		}
		for _, k := range lists {
			if _, ok := r[k].([]any); !ok {
				t.Errorf("record %d: %q is %v, want a list", i, k, r[k])
			}
		}
		src, _ := r["source"].(map[string]any)
		for _, k := range []string{"path", "index", "url", "outlet"} {
			if _, ok := src[k]; !ok {
				t.Errorf("record %d: source lacks %q", i, k)
			}
		}
		if r["published"] != "2024-10-14" || r["published_from"] != "flag" {
			t.Errorf("record %d: published %v from %v, want 2024-10-14 from flag", i, r["published"], r["published_from"])
		}
		text, _ := r["text"].(string)
		for list, keys := range nested {
			items, _ := r[list].([]any)
			for j, it := range items {
				m, _ := it.(map[string]any)
				for _, k := range keys {
					if _, ok := m[k]; !ok {
						t.Errorf("record %d %s[%d] lacks %q", i, list, j, k)
					}
				}
			}
		}
		checkOffsets(t, i, "", r, len(text))
	}
}

// checkOffsets walks a record and checks every span it finds: a
// "start"/"end" pair, or a two-number list under a span field.
func checkOffsets(t *testing.T, rec int, at string, v any, n int) {
	t.Helper()
	in := func(a, b float64) bool { return 0 <= a && a <= b && b <= float64(n) }
	switch x := v.(type) {
	case map[string]any:
		s, ok1 := x["start"].(float64)
		e, ok2 := x["end"].(float64)
		if ok1 && ok2 && !in(s, e) {
			t.Errorf("record %d %s: span [%v, %v) outside text of %d bytes", rec, at, s, e, n)
		}
		for k, c := range x {
			if k == "source" && at == "" {
				continue
			}
			if p, ok := c.([]any); ok && len(p) == 2 && (strings.HasSuffix(k, "span") || k == "evidence") {
				a, _ := p[0].(float64)
				b, _ := p[1].(float64)
				if !in(a, b) {
					t.Errorf("record %d %s.%s: span %v outside text of %d bytes", rec, at, k, p, n)
				}
				continue
			}
			if k == "mentions" {
				for _, m := range c.([]any) {
					p, _ := m.([]any)
					if len(p) != 2 {
						t.Errorf("record %d %s.mentions: %v is not a span", rec, at, m)
						continue
					}
					a, _ := p[0].(float64)
					b, _ := p[1].(float64)
					if !in(a, b) {
						t.Errorf("record %d %s.mentions: span %v outside text of %d bytes", rec, at, p, n)
					}
				}
				continue
			}
			checkOffsets(t, rec, at+"."+k, c, n)
		}
	case []any:
		for _, c := range x {
			checkOffsets(t, rec, at+"[]", c, n)
		}
	}
}

// failWriter fails every write, like a full disk or a closed pipe.
type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	f.n++
	return 0, errors.New("no space left on device")
}

func TestOutputFailureStops(t *testing.T) {
	var errb bytes.Buffer
	fw := &failWriter{}
	e := &env{stdin: strings.NewReader(""), stdout: fw, stderr: &errb, log: slog.New(slog.DiscardHandler)}
	// many inputs: the run must stop at the first failed write, not
	// report every input
	args := []string{"extract"}
	for range 50 {
		args = append(args, "testdata/wire.txt")
	}
	// a record is larger than the write buffer only sometimes; use json
	// so that even the opening bracket is written
	code := run(context.Background(), e, append(args, "--format", "json"))
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "write output: no space left") {
		t.Errorf("stderr lacks the write error:\n%s", errb.String())
	}
	if strings.Count(errb.String(), "\n") > 1 {
		t.Errorf("more than one error line:\n%s", errb.String())
	}
}
