package golden

import "testing"

func TestFirstDiff(t *testing.T) {
	tests := []struct {
		got, want string
		n         int
		g, w      string
	}{
		{"a\nb\nc\n", "a\nx\nc\n", 2, "b", "x"},
		{"a\nb\n", "a\nb\nc\n", 3, "", "c"},
		{"a\nb", "a\nb\n", 3, "(end)", ""},
		{"", "a\n", 1, "", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.got+"|"+tt.want, func(t *testing.T) {
			n, g, w := firstDiff([]byte(tt.got), []byte(tt.want))
			if n != tt.n || g != tt.g || w != tt.w {
				t.Errorf("firstDiff(%q, %q) = %d, %q, %q, want %d, %q, %q", tt.got, tt.want, n, g, w, tt.n, tt.g, tt.w)
			}
		})
	}
}
