package brief

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/parley-news/parley/internal/article"
)

// agreements renders "Agreements": each deal with its kind and status, its
// parties and mediators, how long it runs, and its terms.
func agreements(buf *bytes.Buffer, a *article.Article) {
	if len(a.Agreements) == 0 {
		return
	}
	buf.WriteString("### Agreements\n\n")
	for i := range a.Agreements {
		g := &a.Agreements[i]
		fmt.Fprintf(buf, "- **%s** (%s, %s)", escape(g.Name), escape(g.Kind), strings.ReplaceAll(escape(g.Status), `\_`, " "))
		var facts []string
		if len(g.Parties) > 0 {
			facts = append(facts, "parties: "+escape(strings.Join(g.Parties, ", ")))
		}
		if len(g.Mediators) > 0 {
			facts = append(facts, "mediators: "+escape(strings.Join(g.Mediators, ", ")))
		}
		if g.DurationDays != nil {
			facts = append(facts, fmt.Sprintf("%d days", *g.DurationDays))
		}
		if n := len(g.Mentions); n > 1 {
			facts = append(facts, fmt.Sprintf("named %d times", n))
		}
		if len(facts) > 0 {
			buf.WriteString(" — " + strings.Join(facts, "; "))
		}
		buf.WriteString("\n")
		for _, t := range g.Terms {
			fmt.Fprintf(buf, "  - %s\n", escape(trim(t.Text, 200)))
		}
	}
	buf.WriteString("\n")
}
