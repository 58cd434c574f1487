package read

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// jsonlReader reads one JSON object per line with a "text" field and
// optional "title", "url", "published" and "outlet".
type jsonlReader struct{}

type jsonlRecord struct {
	Text      *string `json:"text"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
	Outlet    string  `json:"outlet"`
}

func (jsonlReader) Read(ctx context.Context, path string, r io.Reader, emit Emit) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxDoc)
	line, index := 0, 0
	var bad []string
	for sc.Scan() {
		line++
		if ctx.Err() != nil {
			return ctx.Err()
		}
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var rec jsonlRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			bad = append(bad, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		if rec.Text == nil || strings.TrimSpace(*rec.Text) == "" {
			bad = append(bad, fmt.Sprintf("line %d: no text", line))
			continue
		}
		d := Doc{Path: path, Index: index, Format: FormatJSONL, Text: *rec.Text, Body: true,
			Title: rec.Title, URL: rec.URL, Published: normDate(rec.Published), Outlet: rec.Outlet}
		index++
		if err := emit(d); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("line %d: %w", line+1, err)
	}
	if len(bad) > 0 {
		return fmt.Errorf("%d bad lines (first: %s)", len(bad), bad[0])
	}
	return nil
}

// normDate keeps the YYYY-MM-DD part of a timestamp.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		return s[:10]
	}
	return ""
}
