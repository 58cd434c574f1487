package claim

import (
	"os"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	for _, s := range strings.Split(os.Getenv("ZZ"), "|") {
		for _, c := range run(s) {
			t.Logf("%q: %s | %s | %s", s, deref(c.Source), deref(c.Cue), c.Content)
		}
	}
}
