package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/read"
)

// Options steer cleaning.
type Options struct {
	// Published, when set (YYYY-MM-DD), is every article's publication date.
	Published string
}

// Articles cleans one raw document into its articles. A dump (d.Body
// false) is split into stories; a body (d.Body true) is one article whose
// lines only lose their noise. Every non-blank input line ends up in an
// article's title, text, or removed list; no document yields nothing.
func Articles(d read.Doc, opts Options) []*article.Article {
	ls := splitLines(d.Text)
	if len(ls) == 0 {
		return []*article.Article{finish(d, opts, 0, &story{})}
	}
	var out []*article.Article
	if d.Body {
		out = append(out, finish(d, opts, 0, build(ls, d.Title, true, d.Captions)))
		return out
	}
	for i, r := range segment(ls) {
		title := ""
		if i == 0 {
			title = d.Title
		}
		out = append(out, finish(d, opts, i, build(ls[r[0]:r[1]], title, false, d.Captions)))
	}
	return out
}

// splitLines cuts the text into trimmed lines, each knowing how many blank
// lines came before it, joins lines a scraper hard-wrapped, and classifies
// them.
func splitLines(text string) []line {
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	var ls []line
	gap := 0
	for raw := range strings.SplitSeq(text, "\n") {
		raw = strings.TrimFunc(raw, isSpace)
		t := collapse(raw)
		if t == "" {
			gap++
			continue
		}
		// a wire sign-off glued to the last sentence ("... on Friday.
		// Enditem") is a line of its own, so the sentence stays body
		if body, mark, ok := splitSignOff(t); ok {
			ls = append(ls, line{text: body, raws: []string{strings.TrimSpace(strings.TrimSuffix(raw, mark))}, gap: gap},
				line{text: mark, raws: []string{mark}})
			gap = 0
			continue
		}
		ls = append(ls, line{text: t, raws: []string{raw}, gap: gap})
		gap = 0
	}
	for i := range ls {
		classify(&ls[i])
	}
	ls = joinDatelines(unwrap(ls))
	markCaptions(ls)
	markLinks(ls)
	return ls
}

// markLinks marks the link titles listed under a "Related Articles" or
// "Read more" heading: short lines, or questions and teasers that do not
// end with a full stop, up to a wide gap, a breadcrumb, or a line that
// page furniture follows (the next story's headline).
func markLinks(ls []line) {
	in := false
	for k := range ls {
		l := &ls[k]
		switch {
		case l.kind == kTail:
			in = true
			continue
		case !in:
			continue
		case l.gap >= 2 || l.kind == kCrumb:
			in = false
			continue
		}
		teaser := l.kind == kProse && l.words <= 20 && !strings.HasSuffix(l.text, ".")
		if l.kind != kShort && !teaser {
			if !l.kind.noise() {
				in = false // a paragraph: the list is over
			}
			continue
		}
		if k+1 < len(ls) && (ls[k+1].kind.header() && ls[k+1].kind != kCrumb || ls[k+1].kind == kCaption) {
			in = false // a headline: its page's furniture follows
			continue
		}
		l.kind = kLink
	}
}

// markCaptions finds captions without a credit by repetition: a
// sentence-shaped line that comes three times within a few lines, or twice
// with other page furniture between the copies, is a caption the page
// printed in two blocks. Twice in a row it is a paragraph a scraper
// doubled, kept once.
func markCaptions(ls []line) {
	const near = 10
	lx := loadLexicon()
	for i := range ls {
		// "Image caption," alone on its line: the caption is the next line
		t := ls[i].text
		if i+1 >= len(ls) || ls[i].words > 4 || !strings.HasSuffix(t, ",") && !strings.HasSuffix(t, ":") {
			continue
		}
		if lw := lowerWords(t); len(lw) > 0 && lx.capOpen.prefix(lw) == len(lw) {
			if n := ls[i+1].kind; n == kProse || n == kShort {
				ls[i].kind = kWidget
				ls[i+1].kind = kCaption
				ensureDates(&ls[i+1])
			}
		}
	}
	for i := range ls {
		if ls[i].kind != kProse {
			continue
		}
		var copies []int
		between := false
		for j := i + 1; j < len(ls) && j <= i+near; j++ {
			if ls[j].text == ls[i].text {
				copies = append(copies, j)
			} else if len(copies) == 0 && ls[j].kind != kProse {
				between = true
			}
		}
		if len(copies) >= 2 || len(copies) == 1 && between {
			ls[i].kind = kCaption
			ensureDates(&ls[i])
			for _, j := range copies {
				ls[j].kind = kCaption
				ensureDates(&ls[j])
			}
		}
	}
}

// isSpace also counts the invisible characters pages leave in text.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad'
}

// collapse trims s and turns every run of space (tabs, no-break spaces)
// into one space, dropping zero-width characters.
func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
		case unicode.IsSpace(r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// joinDatelines puts a wire dateline that stands on a line of its own
// ("WASHINGTON, March 12 (Xinhua) --") in front of the paragraph it opens,
// past a share bar, an advertisement or a caption scraped between them.
func joinDatelines(ls []line) []line {
	out := ls[:0]
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		j := i + 1
		for j < len(ls) && j < i+6 && (ls[j].kind == kWidget || ls[j].kind == kAd || ls[j].kind == kCaption) {
			j++
		}
		if j < len(ls) && ls[j].kind == kProse && datelineOnly(l.text) {
			n := ls[j]
			n.text = l.text + " " + n.text
			n.raws = append(append([]string{}, l.raws...), n.raws...)
			n.gap = l.gap
			classify(&n)
			// the furniture between keeps its place above; the copy runs
			// forward, never past what is still to be read
			out = append(out, ls[i+1:j]...)
			out = append(out, n)
			i = j
			continue
		}
		out = append(out, l)
	}
	return out
}

// datelineOnly: the line is a wire dateline and nothing more.
func datelineOnly(s string) bool {
	if len(s) > 80 || !datelineLead(s) || datelineCredit(loadLexicon(), s) == "" {
		return false
	}
	t := strings.TrimRight(s, " -–—_")
	return strings.HasSuffix(t, ")")
}

// unwrap joins the lines of a paragraph that a scraper or mail program cut
// at a fixed width. It acts only where the document is wrapped throughout
// (several cut lines, no long ones), so that a title directly above its
// first paragraph is not glued to it.
func unwrap(ls []line) []line {
	cut, long := 0, 0
	for i := 0; i+1 < len(ls); i++ {
		if wrappedPair(ls[i], ls[i+1]) {
			cut++
		}
	}
	for _, l := range ls {
		if len(l.text) > 110 {
			long++
		}
	}
	if cut < 3 || long*10 > len(ls) {
		return ls
	}
	out := ls[:0]
	for _, l := range ls {
		if n := len(out); n > 0 && wrappedPair(out[n-1], l) {
			p := &out[n-1]
			p.text += " " + l.text
			p.raws = append(p.raws, l.raws...)
			classify(p)
			continue
		}
		out = append(out, l)
	}
	return out
}

// wrappedPair: b continues a's sentence on the next line.
func wrappedPair(a, b line) bool {
	if b.gap != 0 || a.kind.noise() || b.kind.noise() || len(a.text) < 40 || endsSentence(a.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b.text)
	last, _ := utf8.DecodeLastRuneInString(a.text)
	return unicode.IsLower(r) || unicode.IsDigit(r) || last == ',' || last == '-' || unicode.IsLower(last)
}

// story is one cleaned story before it becomes an article.
type story struct {
	title    string
	paras    []string
	removed  []string
	captions []string
	lead     string   // first body paragraph
	stamps   []line   // timestamp lines, in order
	caps     []line   // caption lines, first occurrence
	credits  []string // agency sign-off lines
	bylined  bool     // a "By Name" line credits a writer
	bylines  []string // byline lines
	masthead string   // the publication named above an archived story
	desk     string   // the outlet named on the line under a byline ("BBC News, Nairobi")
	owner    string   // the publication a copyright notice names
	body     string
}

// build cleans the lines of one story. title, when not empty, comes from
// metadata; bodyDoc says the lines are a body already (no header to find).
func build(ls []line, title string, bodyDoc bool, metaCaps []string) *story {
	s := &story{title: title}
	bodyStart, lastProse := -1, -1
	for k := range ls {
		if ls[k].kind == kProse {
			lastProse = k
		}
	}
	if bodyDoc {
		bodyStart = 0
	} else {
		for k := range ls {
			if ls[k].kind != kProse {
				continue
			}
			if k < lastProse && furnitureFollows(ls, k) {
				// a caption without a credit: prose-shaped, but the page's
				// head furniture still follows it
				ls[k].kind = kCaption
				ensureDates(&ls[k])
				continue
			}
			bodyStart = k
			break
		}
	}
	titleIdx := -1
	if s.title == "" && !bodyDoc {
		end := bodyStart
		if end < 0 {
			end = len(ls)
		}
		titleIdx = firstHeadline(ls[:end])
		if t := titleIdx; t >= 0 && t+2 < end && ls[t].words <= 5 && ls[t+1].kind == kStamp &&
			ls[t+2].kind == kShort && ls[t+2].words > ls[t].words {
			// an archive's masthead and date above the headline:
			// "The Daily Chronicle" / "March 15, 1999, Monday" / headline
			s.masthead = ls[t].text
			titleIdx = t + 2
		}
		if titleIdx < 0 && bodyStart >= 0 && bodyStart < lastProse && headline(ls[bodyStart], prosesAfter(ls, bodyStart)) {
			// a headline that ends with a stop or a question mark:
			// "Stealth Over Health: ... Optics.", "Will the truce hold?"
			titleIdx = bodyStart
			bodyStart++ // what follows the headline is body, short lines too
		}
		if titleIdx >= 0 {
			s.title = ls[titleIdx].text
		}
	}
	metaCap := map[string]bool{}
	for _, c := range metaCaps {
		if c = collapse(c); c != "" && !metaCap[c] {
			metaCap[c] = true
			s.captions = append(s.captions, c)
		}
	}
	noProse := lastProse < 0
	seen := map[string]bool{}
	capSeen := map[string]bool{}
	for _, c := range s.captions {
		capSeen[c] = true
	}
	links := false
	for k := range ls {
		l := &ls[k]
		if k == titleIdx {
			continue
		}
		keep := false
		if l.kind == kEnd && s.owner == "" {
			s.owner = rightsHolder(l.text)
		}
		if k > 0 && ls[k-1].kind == kByline && s.desk == "" && (bodyStart < 0 || k < bodyStart) {
			s.desk = deskOutlet(l.text)
		}
		switch {
		case l.kind == kCaption || metaCap[l.text]:
			if !capSeen[l.text] {
				capSeen[l.text] = true
				s.captions = append(s.captions, l.text)
				s.caps = append(s.caps, *l)
			}
		case l.kind == kStamp:
			s.stamps = append(s.stamps, *l)
		case l.kind == kCredit:
			s.credits = append(s.credits, l.text)
		case l.kind == kByline:
			s.bylined = s.bylined || strings.HasPrefix(strings.ToLower(l.text), "by ")
			s.bylines = append(s.bylines, l.text)
			if len(l.dates) > 0 {
				s.stamps = append(s.stamps, *l) // "By Jane Roe | Dec 27, 2022"
			}
		case (l.kind == kCrumb || l.kind == kShort) && k < bodyStart && len(l.dates) == 1 && (strings.Contains(l.text, "|") || signed(l) != "") && k != titleIdx:
			// "Caracas, 14/10/2025 | El Nacional English" above the story:
			// its place and date, as a timestamp
			s.stamps = append(s.stamps, *l)
		case (l.kind == kCrumb || l.kind == kShort) && (k > lastProse || k < bodyStart) && signature(l) != "":
			// "Philippine Daily Inquirer / Aug 12, 2025" under the story:
			// the paper's sign-off dates the story and names it
			s.stamps = append(s.stamps, *l)
			if s.masthead == "" {
				s.masthead = signature(l)
			}
		case l.kind == kTail:
			links = true
		case l.kind == kProse:
			links = false
			keep = k >= bodyStart && bodyStart >= 0 && !seen[l.text]
		case l.kind == kShort:
			if l.gap >= 2 {
				links = false
			}
			// In a dump, a short line after the last paragraph is a link
			// title or a credit unless it reads as a sentence ("Only one
			// stayed home."). A body from a container was already cut to
			// the story: its short lines are list items and sub-headings,
			// and a list may repeat a line.
			inBody := noProse || k >= bodyStart && bodyStart >= 0 && (bodyDoc || k < lastProse || endsSentence(l.text) && l.words >= 3)
			keep = inBody && !links && (bodyDoc || !seen[l.text]) && l.text != s.title
		}
		if keep {
			seen[l.text] = true
			s.paras = append(s.paras, l.text)
			if s.lead == "" && l.kind == kProse {
				s.lead = l.text
			}
			continue
		}
		s.removed = append(s.removed, l.raws...)
	}
	if len(s.paras) == 0 && len(s.removed) > 0 && bodyDoc {
		// nothing looked like a story: hand the lines on rather than lose them
		s.removed = nil
		for k := range ls {
			if k != titleIdx {
				s.paras = append(s.paras, ls[k].text)
			}
		}
	}
	if n := len(s.paras); n > 1 && authorBio(s.paras[n-1]) {
		// the writer's note under the story: page furniture
		s.removed = append(s.removed, s.paras[n-1])
		s.paras = s.paras[:n-1]
	}
	s.body = strings.Join(s.paras, "\n\n")
	return s
}

// authorBio: a short closing paragraph that presents the writer, a name of
// two to five capitalised words then "covers", "reports on", "writes
// about" or "is a/the ... correspondent" ("Ana Ruiz covers the peace
// process for El Llano Diario.").
func authorBio(p string) bool {
	f := strings.Fields(p)
	if len(f) > 40 {
		return false
	}
	n := 0
	for n < len(f) && n < 6 && isCapWord(f[n]) {
		n++
	}
	if n < 2 || n > 5 || n+2 >= len(f) {
		return false
	}
	switch v, o := f[n], f[n+1]; {
	case v == "covers" || v == "reports" && o == "on" || v == "writes" && o == "about":
		return true
	case v == "is" && (o == "a" || o == "an" || o == "the"):
		for _, w := range f[n+2 : min(len(f), n+7)] {
			switch strings.Trim(w, ".,") {
			case "correspondent", "reporter", "journalist", "writer", "editor", "producer", "columnist":
				return true
			}
		}
	}
	return false
}

// isCapWord: w opens with a capital letter.
func isCapWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// furnitureFollows: between line k and the next prose line stand a
// byline or a timestamp (before any short line), or only noise lines among
// which share widgets or a breadcrumb: line k, shaped like a sentence, is still in the page's
// head (a deck or a caption without a credit), not the story's first
// paragraph.
func furnitureFollows(ls []line, k int) bool {
	short, head := false, false
	for j := k + 1; j < len(ls) && ls[j].kind != kProse; j++ {
		switch ls[j].kind {
		case kByline, kStamp:
			if ls[j].kind == kStamp && k > 0 && ls[k-1].kind == kStamp {
				// an entry of a live page, framed by entry times
				// ("14:52 GMT" / entry / "13:10 GMT"): body, no caption
				return false
			}
			if !short {
				return true
			} // after a short line: the next story's headline and head
		case kShort:
			short = true
		case kWidget, kCrumb:
			head = true
		}
	}
	return head && !short
}

// headline: a line ending in a stop that is still a headline, by its
// length and its Title Case.
func headline(l line, after int) bool {
	if l.words < 3 || l.words > 25 {
		return false
	}
	if titleCase(l.text) >= 0.75 {
		return true
	}
	// a short first line above a story of several paragraphs: wire leads
	// run longer, and open with a dateline or, seldom, a quote
	r, _ := utf8.DecodeRuneInString(l.text)
	return l.words <= 20 && after >= 2 && !datelineLead(l.text) && !strings.ContainsRune("\"“'‘«", r)
}

// prosesAfter counts the prose lines after line k.
func prosesAfter(ls []line, k int) int {
	n := 0
	for _, l := range ls[k+1:] {
		if l.kind == kProse {
			n++
		}
	}
	return n
}

// finish turns a cleaned story into the article record.
func finish(d read.Doc, opts Options, i int, s *story) *article.Article {
	a := &article.Article{
		Source: article.Source{Path: d.Path, Index: d.Index + i, URL: article.Str(d.URL),
			Outlet: article.Str(outlet(d, s))},
		Title:         article.Str(s.title),
		Text:          s.body,
		Removed:       s.removed,
		Captions:      s.captions,
		PublishedFrom: article.FromNone,
	}
	pub, from := published(d, opts, s)
	if pub != "" {
		a.Published, a.PublishedFrom = article.Str(pub), from
	}
	a.ID = article.ID(a.Text)
	a.Normalize()
	return a
}

// segment finds where each story of a dump begins and returns the
// [start, end) line ranges.
func segment(ls []line) [][2]int {
	starts := []int{0}
	inBody := false
	paras := 0 // prose lines of the current story
	for i := 0; i < len(ls); {
		if ls[i].kind == kProse && !inBody && i+1 < len(ls) && furnitureFollows(ls, i) {
			i++ // a deck or caption in the page's head
			continue
		}
		if ls[i].kind == kProse {
			if paras >= 2 && ls[i-1].kind == kProse && wireLead(ls[i].text) {
				// a wire dateline only ever opens a story, even one
				// pasted without a headline (the first line of a story
				// may be its headline, ending with a stop)
				starts = append(starts, i)
				paras = 0
			}
			inBody = true
			paras++
			i++
			continue
		}
		if !inBody {
			i++
			continue
		}
		j := i
		for j < len(ls) && ls[j].kind != kProse {
			j++
		}
		if j == len(ls) {
			break // the page's tail
		}
		if at, ok := opens(ls[i:j], ls[j], paras); ok {
			starts = append(starts, i+at)
			inBody = false
			paras = 0
		}
		i = j
	}
	out := make([][2]int, len(starts))
	for k, st := range starts {
		end := len(ls)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		out[k] = [2]int{st, end}
	}
	return out
}

// opens decides whether the run of non-prose lines r, met after a body and
// followed by the prose line next, is the head of a new story, and where
// in r that story begins. A sub-heading stands alone between paragraphs; a
// new story's headline comes with head furniture (captions, share widgets,
// a timestamp or byline, a breadcrumb), is repeated, follows the previous
// story's closing lines, or stands after a wide gap above a dateline lead.
func opens(r []line, next line, paras int) (int, bool) {
	// headline candidates: short lines that are not link titles
	cand := make([]line, len(r))
	links := false
	for k, l := range r {
		cand[k] = l
		switch l.kind {
		case kTail:
			links = true
		case kEnd, kCrumb:
			links = false
		case kShort:
			if l.gap >= 2 {
				links = false
			}
			if links && !headFollows(r, k) {
				cand[k].kind = kTail // a link title: not a candidate
			}
		}
	}
	title := firstHeadline(cand)
	if title < 0 {
		if paras >= 2 && wireLead(next.text) {
			return len(r), true // a headless story: it starts at its dateline
		}
		return 0, false
	}
	strong, weak := 0, 0
	for k, l := range r {
		switch {
		case k < title && (l.kind == kTail || l.kind == kLink || l.kind == kEnd || l.kind == kCredit || l.kind == kCrumb || l.kind == kStamp || l.kind == kByline || rule(l.text)):
			strong++
		case k > title && l.kind.header():
			strong++
		case k > title && l.text == r[title].text:
			strong++
		case k != title && l.kind == kCaption && weak == 0:
			weak++
		}
	}
	if r[title].gap >= 2 || r[0].gap >= 2 {
		weak++ // a wide gap above the headline or its photo
	}
	if wireLead(next.text) {
		strong++
	} else if datelineLead(next.text) {
		weak++
	}
	if r[title].words >= 5 && titleCase(r[title].text) >= 0.8 {
		weak++ // a headline in Title Case, longer than a sub-heading
	}
	if strong == 0 && weak < 2 {
		return 0, false
	}
	if endsSentence(r[title].text) && strong < 2 {
		// headlines seldom end with a stop; a signed letter or a short
		// closing sentence does, and needs more than one sign
		return 0, false
	}
	// the new story's own breadcrumb, date, photo or widgets stand just
	// above its headline; an archive's document counter opens its whole head
	start := title
	for start > 0 && r[start].gap < 2 {
		p := r[start-1]
		if p.kind != kCrumb && p.kind != kStamp && p.kind != kByline && p.kind != kCaption && (p.kind != kWidget || rule(p.text)) {
			break
		}
		start--
	}
	for k := range r[:title] {
		if docCounter(r[k].text) {
			start = min(start, k)
		}
	}
	return start, true
}

// rule: a separator line such as "-----", "* * *" or "=====".
func rule(s string) bool {
	n := 0
	for _, r := range s {
		switch r {
		case '-', '=', '*', '_', '#', '~', '—', '–', '•', '·':
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

// firstHeadline returns the index of the first short line of three words
// or more, else of the first short line (a lone "World" or "Opinion" is
// more often a section label than a headline), or -1.
func firstHeadline(ls []line) int {
	first := -1
	// a press release's letterhead stands above its mark: the headline
	// comes after the last mark
	from := 0
	for k := range ls {
		if ls[k].kind != kProse && releaseMark(ls[k].text) {
			from = k + 1
		}
	}
	for k := from; k < len(ls); k++ {
		l := ls[k]
		if l.kind != kShort || len(l.dates) == 1 && strings.Contains(signed(&ls[k]), "/") || docSymbol(l.text) {
			continue
		}
		if l.words >= 3 {
			return k
		}
		if first < 0 {
			first = k
		}
	}
	// "Secretary-General welcomes ...", then "PRESS RELEASE", the symbol
	// and the date: the headline stood above the mark
	for k := 0; k < from-1 && first < 0; k++ {
		if l := ls[k]; l.kind == kShort && l.words >= 3 && !upperLine(l.text) && !releaseMark(l.text) {
			return k
		}
	}
	return first
}

// docSymbol: a line that is one document symbol ("SG/SM/22871",
// "S/RES/2719"): letters and digits joined by slashes, no space.
func docSymbol(s string) bool {
	s = strings.TrimSpace(s)
	return strings.IndexByte(s, '/') > 0 && strings.IndexByte(s, ' ') < 0 && strings.ContainsAny(s, "0123456789")
}

// upperLine: a line with letters, none of them lower-case (a letterhead).
func upperLine(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// releaseMark: a line that announces a press release ("PRESS RELEASE",
// "For immediate release", "News release").
func releaseMark(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ".:")
	if len(s) < 11 || len(s) > 21 {
		return false // no allocation for the lines of other lengths
	}
	for _, m := range releaseMarks {
		if strings.EqualFold(s, m) {
			return true
		}
	}
	return false
}

var releaseMarks = []string{"press release", "news release", "media release", "for immediate release", "press statement", "for release"}

// headFollows: the short line k is directly followed by head furniture or
// a caption, as a headline is and a link title is not. A breadcrumb does
// not count: it stands above the next page's headline.
func headFollows(r []line, k int) bool {
	if k+1 >= len(r) {
		return false
	}
	n := r[k+1].kind
	return n.header() && n != kCrumb || n == kCaption
}

// wireLead: the paragraph opens with an agency's dateline credit,
// "BRUSSELS (Reuters) -", "CARACAS, Venezuela (AP) —".
func wireLead(s string) bool {
	return datelineLead(s) && datelineCredit(loadLexicon(), s) != ""
}

// datelineLead: the paragraph opens with a wire dateline, a place in
// capitals followed by a comma, a bracketed credit or a dash
// ("CARACAS, Venezuela (AP) —", "BRUSSELS (Reuters) -", "KYIV, June 25").
func datelineLead(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	w := strings.TrimRight(f[0], ",")
	if utf8.RuneCountInString(w) < 3 {
		return false
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	head := s[:min(len(s), 80)]
	return strings.HasSuffix(f[0], ",") || strings.Contains(head, " (") || strings.Contains(head, " —") ||
		strings.Contains(head, " -") || strings.Contains(head, " –")
}
