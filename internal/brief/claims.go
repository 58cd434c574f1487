package brief

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
)

// maxClaimText caps the content shown per claim: a brief is read, not
// searched, and the record keeps the whole text.
const maxClaimText = 240

// claims renders "Who says so": a sourcing profile of the story, then every
// claim with its source, whether the source is named, how many stand behind
// it, whom they told, the cue and what is claimed.
func claims(buf *bytes.Buffer, a *article.Article) {
	if len(a.Claims) == 0 {
		return
	}
	buf.WriteString("### Who says so\n\n")
	named, anon, direct := 0, 0, 0
	distinct := map[string]bool{}
	for _, c := range a.Claims {
		if c.Named {
			named++
		} else {
			anon++
		}
		if c.Direct {
			direct++
		}
		if k := sourceKey(c); k != "" {
			distinct[k] = true
		}
	}
	fmt.Fprintf(buf, "**Sourcing:** %d claim%s · %d by named sources · %d by anonymous sources · %d distinct source%s · %d direct quote%s\n\n",
		len(a.Claims), plural(len(a.Claims)), named, anon, len(distinct), plural(len(distinct)), direct, plural(direct))
	for _, c := range a.Claims {
		buf.WriteString(claimLine(c))
		buf.WriteByte('\n')
	}
	buf.WriteByte('\n')
}

// claimLine is one claim as a Markdown list item.
func claimLine(c article.Claim) string {
	src := "(unattributed)"
	if c.Source != nil {
		src = *c.Source
	}
	var tags []string
	if c.Named {
		tags = append(tags, "named")
	} else {
		tags = append(tags, "anonymous")
	}
	if c.Count != nil && *c.Count > 1 {
		tags = append(tags, fmt.Sprintf("%d sources", *c.Count))
	}
	if c.Outlet != nil && !strings.Contains(src, *c.Outlet) {
		// "a document seen by Reuters" names its outlet already
		tags = append(tags, "told "+escape(*c.Outlet))
	}
	if c.Anonymity != nil {
		tags = append(tags, "granted anonymity")
	}
	if c.Direct {
		tags = append(tags, "quoted")
	}
	cue := ""
	if c.Cue != nil && strings.Trim(*c.Cue, ":―—–- ") != "" {
		// (a transcript's colon or a signature's dash is no word to show)
		cue = " *" + escape(*c.Cue) + "*"
	}
	text := escape(clip(strings.TrimSpace(spoken(c)), maxClaimText))
	return fmt.Sprintf("- **%s** (%s)%s: %s", escape(src), strings.Join(tags, ", "), cue, text)
}

// spoken is what a claim says without its own attribution: a quote that
// runs on past its cue ("“A,” the envoy said. “B.”") keeps its source and
// cue in the record's content, which the line already shows, so they give
// way to an ellipsis up to the sentence's end.
func spoken(c article.Claim) string {
	if c.SourceSpan == nil || c.CueSpan == nil {
		return c.Content
	}
	lo, hi := min(c.SourceSpan.Start, c.CueSpan.Start)-c.Start, max(c.SourceSpan.End, c.CueSpan.End)-c.Start
	if lo <= 0 || hi > len(c.Content) || lo >= hi {
		return c.Content
	}
	rest := c.Content[hi:]
	if i := strings.IndexAny(rest, ".,"); i >= 0 && !strings.ContainsAny(rest[:i], "\"“”") {
		rest = rest[i+1:]
	}
	head, rest := strings.TrimSpace(c.Content[:lo]), strings.TrimSpace(rest)
	if rest == "" {
		return head
	}
	return head + " … " + rest
}

// sourceKey names a source so that the same source counts once: its entity
// when known, else its text without a leading article, folded.
func sourceKey(c article.Claim) string {
	if c.SourceEntity != nil {
		return "entity:" + *c.SourceEntity
	}
	if c.Source == nil {
		return ""
	}
	s := strings.ToLower(strings.TrimSpace(*c.Source))
	for _, p := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// clip shortens s to at most n runes, ending with an ellipsis when cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i, k := 0, 0
	for i = range s {
		if k == n {
			break
		}
		k++
	}
	return strings.TrimSpace(s[:i]) + "…"
}
