package number

import "testing"

func TestParse(t *testing.T) {
	tests := []struct {
		in []string
		v  float64
		n  int
	}{
		{[]string{"1,200", "people"}, 1200, 1},
		{[]string{"1.5", "million"}, 1.5e6, 2},
		{[]string{"15", "bn"}, 15e9, 2},
		{[]string{"5", "1/2", "hours"}, 5.5, 2},
		{[]string{"two"}, 2, 1},
		{[]string{"twenty-five", "trucks"}, 25, 1},
		{[]string{"twenty", "five"}, 25, 2},
		{[]string{"two", "hundred", "and", "fifty"}, 250, 4},
		{[]string{"three", "thousand"}, 3000, 2},
		{[]string{"a", "dozen", "eggs"}, 12, 2},
		{[]string{"two", "dozen", "officials"}, 24, 2},
		{[]string{"3", "dozen"}, 36, 2},
		{[]string{"dozens"}, 0, 0},
		{[]string{"a", "hundred"}, 100, 2},
		{[]string{"a", "million", "people"}, 1e6, 2},
		{[]string{"a", "billion", "dollars"}, 1e9, 2},
		{[]string{"a", "million-dollar"}, 0, 0},
		{[]string{"a", "bn"}, 0, 0},
		{[]string{"a", "couple", "of"}, 2, 2},
		{[]string{"two", "three"}, 2, 1},
		{[]string{"nineteen", "ninety"}, 19, 1},
		{[]string{"and", "two"}, 0, 0},
		{[]string{"a", "week"}, 0, 0},
		{[]string{"3,4"}, 0, 0},
		{[]string{"10/7"}, 0, 0},
		{[]string{"hundred"}, 0, 0},
		{nil, 0, 0},
	}
	for _, tt := range tests {
		t.Run(joined(tt.in), func(t *testing.T) {
			v, n := Parse(tt.in)
			if v != tt.v || n != tt.n {
				t.Errorf("Parse(%q) = %v, %d; want %v, %d", tt.in, v, n, tt.v, tt.n)
			}
		})
	}
}

func joined(ws []string) string {
	s := ""
	for _, w := range ws {
		s += w + "_"
	}
	return s
}

func TestOrdinal(t *testing.T) {
	tests := []struct {
		in string
		v  int
		ok bool
	}{
		{"first", 1, true}, {"third", 3, true}, {"21st", 21, true}, {"4th", 4, true},
		{"twenty-first", 21, true}, {"th", 0, false}, {"fourths", 0, false}, {"1", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if v, ok := Ordinal(tt.in); v != tt.v || ok != tt.ok {
				t.Errorf("Ordinal(%q) = %d, %v", tt.in, v, ok)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"1,200", "1.5 million", "a dozen", "two hundred and fifty", "5 1/2", "9/0", "1,2,3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var ws []string
		w := ""
		for _, r := range s {
			if r == ' ' {
				ws, w = append(ws, w), ""
				continue
			}
			w += string(r)
		}
		ws = append(ws, w)
		if _, n := Parse(ws); n < 0 || n > len(ws) {
			t.Fatalf("Parse took %d of %d tokens", n, len(ws))
		}
	})
}
