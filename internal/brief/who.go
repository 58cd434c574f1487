package brief

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/parley-news/parley/internal/article"
)

// who renders "Who is who": people with their roles, then organizations,
// places and groups, each with how often the text mentions it.
func who(buf *bytes.Buffer, a *article.Article) {
	if len(a.Entities) == 0 {
		return
	}
	buf.WriteString("### Who is who\n\n")
	for _, g := range []struct{ typ, label string }{
		{article.Person, "People"}, {article.Organization, "Organizations"},
		{article.Place, "Places"}, {article.Group, "Groups"},
	} {
		var lines []string
		for _, e := range a.Entities {
			if e.Type != g.typ {
				continue
			}
			line := "- **" + escape(e.Name) + "**"
			if len(e.Roles) > 0 {
				roles := make([]string, len(e.Roles))
				for i, r := range e.Roles {
					roles[i] = escape(r)
				}
				line += " — " + strings.Join(roles, "; ")
			}
			var also []string
			for _, al := range e.Aliases {
				if al != e.Name {
					also = append(also, escape(al))
				}
			}
			if len(also) > 0 {
				line += " (also: " + strings.Join(also, ", ") + ")"
			}
			n := len(e.Mentions)
			line += fmt.Sprintf(" · %d mention%s", n, plural(n))
			lines = append(lines, line)
		}
		if len(lines) == 0 {
			continue
		}
		fmt.Fprintf(buf, "**%s**\n\n%s\n\n", g.label, strings.Join(lines, "\n"))
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
