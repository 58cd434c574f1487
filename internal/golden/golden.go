package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// Check compares got with the file at path, byte for byte; with -update it
// writes got to path instead.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		n, g, w := firstDiff(got, want)
		t.Errorf("output differs from %s at line %d (run with -update and review the diff):\n got %s\nwant %s", path, n, g, w)
	}
}

// JSON checks v marshalled as the golden files hold it: indented by two
// spaces, with a final newline.
func JSON(t testing.TB, path string, v any) {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	Check(t, path, append(b, '\n'))
}

// firstDiff returns the number of the first line where got and want differ,
// and that line of each ("(end)" past the last line).
func firstDiff(got, want []byte) (n int, g, w string) {
	gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	i := 0
	for i < len(gl) && i < len(wl) && bytes.Equal(gl[i], wl[i]) {
		i++
	}
	line := func(l [][]byte) string {
		if i < len(l) {
			return string(l[i])
		}
		return "(end)"
	}
	return i + 1, line(gl), line(wl)
}
