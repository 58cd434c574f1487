package brief

import (
	"bytes"
	"testing"

	"github.com/parley-news/parley/internal/article"
)

func TestWho(t *testing.T) {
	tests := []struct {
		name string
		ents []article.Entity
		want string
	}{
		{"none", nil, ""},
		{"people first, then the rest, with counts", []article.Entity{
			{ID: "e1", Type: article.Place, Name: "Syria", Aliases: []string{"Syria", "Syrian"}, Mentions: []article.Span{{Start: 0, End: 5}, {Start: 9, End: 15}}},
			{ID: "e2", Type: article.Person, Name: "Ahmed al-Sharaa", Aliases: []string{"Ahmed al-Sharaa", "Sharaa"},
				Roles: []string{"Syrian President"}, Mentions: []article.Span{{Start: 20, End: 35}}},
			{ID: "e3", Type: article.Group, Name: "Druze", Aliases: []string{"Druze"}, Mentions: []article.Span{{Start: 40, End: 45}}},
		}, "### Who is who\n\n" +
			"**People**\n\n- **Ahmed al-Sharaa** — Syrian President (also: Sharaa) · 1 mention\n\n" +
			"**Places**\n\n- **Syria** (also: Syrian) · 2 mentions\n\n" +
			"**Groups**\n\n- **Druze** · 1 mention\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			who(&buf, &article.Article{Entities: tc.ents})
			if got := buf.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}
