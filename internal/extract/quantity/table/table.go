// Package table reads the tab-separated word lists that the time and
// quantity stages embed, and hands on their rows.
package table

import "strings"

// Rows splits data into rows of exactly n tab-separated fields, skipping
// blank lines, comment lines (starting with #) and rows of another width.
func Rows(data string, n int) [][]string {
	var out [][]string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if f := strings.Split(line, "\t"); len(f) == n {
			out = append(out, f)
		}
	}
	return out
}
