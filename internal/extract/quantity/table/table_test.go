package table

import (
	"reflect"
	"testing"
)

func TestRows(t *testing.T) {
	tests := []struct {
		name string
		data string
		n    int
		want [][]string
	}{
		{"plain", "a\t1\nb\t2\n", 2, [][]string{{"a", "1"}, {"b", "2"}}},
		{"comments and blanks", "# head\n\na\t1\n", 2, [][]string{{"a", "1"}}},
		{"wrong width skipped", "a\t1\t2\nb\t3\n", 2, [][]string{{"b", "3"}}},
		{"crlf", "a\t1\r\n", 2, [][]string{{"a", "1"}}},
		{"empty", "", 2, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Rows(tt.data, tt.n); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Rows = %q, want %q", got, tt.want)
			}
		})
	}
}
