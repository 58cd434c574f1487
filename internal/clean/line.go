package clean

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a line looks like on its own, before its neighbours are
// considered.
type kind uint8

const (
	kProse   kind = iota // a paragraph of running text
	kShort               // a short line: a title, a sub-heading or a link title
	kCaption             // a photo caption
	kWidget              // share buttons, counters, font toggles, navigation
	kAd                  // "Advertisement": may stand anywhere, even mid-body
	kCrumb               // a breadcrumb trail "Home > World > Africa"
	kByline              // "By ..." or a desk credit
	kStamp               // a timestamp or date line
	kTail                // a heading that opens a list of links: "Related Articles"
	kEnd                 // tags, copyright, newsletter prompts, reporting credits
	kCredit              // an agency sign-off alone: "— AFP", "(Reuters)"
	kLink                // a link title in a list under a kTail heading
)

func (k kind) String() string {
	return [...]string{"prose", "short", "caption", "widget", "ad", "crumb", "byline",
		"stamp", "tail", "end", "credit", "link"}[k]
}

// noise reports whether lines of this kind never belong to the body.
func (k kind) noise() bool { return k != kProse && k != kShort }

// header reports whether the kind is the furniture of a story's head (and
// so, met after a body, a sign that a new story begins). Ads and captions
// also appear mid-body and do not count.
func (k kind) header() bool {
	return k == kWidget || k == kCrumb || k == kByline || k == kStamp
}

// line is one line of the input.
type line struct {
	text  string   // trimmed, inner runs of space collapsed
	raws  []string // the input lines it came from, trimmed (what "removed" lists)
	gap   int      // blank lines before it
	kind  kind
	words int
	dates []dateHit
}

// ensureDates finds the line's dates if classify skipped them.
func ensureDates(l *line) {
	if l.dates == nil && strings.ContainsAny(l.text, "0123456789") {
		l.dates = findDates(l.text)
	}
}

// adWords are the widget lines that are advertisements.
var adWords = map[string]bool{"advertisement": true, "advertisements": true, "ad": true,
	"ads": true, "sponsored": true, "sponsored content": true, "promoted": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"skip advertisement": true}

// maxLowerWords bounds lowerWords: every phrase list and shape test looks
// at a line's first words or at short lines only, so a long paragraph
// need not be split whole.
const maxLowerWords = 24

// lowerWords splits a line into lower-cased words with the punctuation
// around each word dropped ("Read more:" -> "read", "more"), up to
// maxLowerWords of them.
func lowerWords(s string) []string {
	var out []string
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' && r != '(' && r != '+' && r != '\''
		})
		if w == "" {
			continue
		}
		if len(out) == maxLowerWords {
			break
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

// countWords counts the space-separated words of s.
func countWords(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// classify gives a line its kind from its own shape and words.
func classify(l *line) {
	lx := loadLexicon()
	s := l.text
	l.words = countWords(s)
	lw := lowerWords(s)
	// Dates matter on short lines (timestamps) and on captions and
	// bylines; a body paragraph's dates are the time extractor's.
	l.dates = nil
	digits := strings.ContainsAny(s, "0123456789")
	if digits && len(lw) <= 16 {
		l.dates = findDates(s)
	}
	defer func() {
		if l.kind == kCaption || l.kind == kByline {
			ensureDates(l)
		}
	}()
	switch {
	case len(lw) == 0:
		// only punctuation or symbols ("|", "•••", "»")
		l.kind = kWidget
	case adWords[strings.Join(lw, " ")] || len(lw) <= 6 && (lw[0] == "advertisement" || lw[0] == "advertising"):
		l.kind = kAd
	case isField(lx, s) != kProse:
		l.kind = isField(lx, s)
	case isPromo(lx, s, lw):
		l.kind = kAd
	case isWidget(lx, s, lw) || l.words <= 60 && cookieNotice(s):
		l.kind = kWidget
	case isCaption(lx, s, lw) && datelineCredit(lx, s) == "":
		l.kind = kCaption
	case isCredit(lx, s):
		l.kind = kCredit
	case isStamp(s, lw, l.dates):
		l.kind = kStamp
	case isCrumb(s):
		l.kind = kCrumb
	case l.words <= 12 && (lx.tails.has(lw) || moreFrom(s, lw)):
		l.kind = kTail
	case len(s) <= 7 && signOffs[strings.ToLower(s)]:
		l.kind = kEnd
	case (l.words <= 20 || l.words <= 45 && rightsNotice(s)) && isEnd(lx, s, lw):
		l.kind = kEnd
	case isByline(lx, s, lw):
		l.kind = kByline
	case isProse(s, l.words):
		l.kind = kProse
	default:
		l.kind = kShort
	}
}

// cookieNotice: the line asks the reader to accept the site's cookies
// ("This site uses cookies. By continuing to browse you agree ...").
func cookieNotice(s string) bool {
	i := strings.Index(s, "ookie")
	if i < 1 || s[i-1] != 'c' && s[i-1] != 'C' {
		return false
	}
	l := strings.ToLower(s)
	for _, p := range cookiePhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

var cookiePhrases = []string{"we use cookies", "uses cookies", "use of cookies", "accept cookies", "accept all",
	"cookie policy", "cookie settings", "manage cookies", "cookie preferences", "consent to"}

// moreFrom: a heading over links to the outlet's other stories, "More
// from" and the outlet's name in capitals ("More from Great Lakes
// Monitor", "More from The Herald").
func moreFrom(s string, lw []string) bool {
	if len(lw) < 3 || len(lw) > 7 || lw[0] != "more" || lw[1] != "from" || strings.ContainsAny(s, ".!?,") {
		return false
	}
	f := strings.Fields(s)
	for _, w := range f[2:] {
		if r := w[0]; r < 'A' || r > 'Z' {
			return false
		}
	}
	return len(f) == len(lw)
}

// isWidget: the line is made only of widget words ("Share", "Facebook
// Twitter Email", "TT"), or is a bare counter ("20", "1.2K", "14 comments").
func isWidget(lx *lexicon, s string, lw []string) bool {
	if lx.widgets.has(lw) {
		return true
	}
	if isCounter(lw) {
		return true
	}
	// "Listen to this article · 5 min read", "Share | Tweet | 12"
	if parts := strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == '|' || r == '•' }); len(parts) > 1 {
		all := true
		for _, p := range parts {
			pw := lowerWords(p)
			if len(pw) > 0 && !lx.widgets.has(pw) && !isCounter(pw) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	// several widget words on one line, each alone in the list
	if len(lw) >= 2 && len(lw) <= 10 {
		all := true
		for _, w := range lw {
			if !lx.widgets.has([]string{w}) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	// a two- or three-letter fragment alone on a line carries no story
	// ("TT", "A+", "AA"); "UN" or "US" alone would not either.
	return utf8.RuneCountInString(s) <= 3 && !strings.ContainsAny(s, ".!?")
}

// isField: an archive's metadata field, "LENGTH: 412 words", "BYLINE:
// ...", or its document counter "1 of 25 DOCUMENTS"; kProse if not.
func isField(lx *lexicon, s string) kind {
	if label, _, ok := strings.Cut(s, ":"); ok && len(label) <= 20 && strings.ToUpper(label) == label {
		if k, ok := lx.fields[label]; ok {
			return k
		}
	}
	if docCounter(s) {
		return kEnd
	}
	return kProse
}

// docCounter: "1 of 25 DOCUMENTS", "Document 3 of 10".
func docCounter(s string) bool {
	if len(s) > 40 || countWords(s) != 4 {
		return false
	}
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 4 && f[0] == "document" {
		f = append(f[1:], "document")
	}
	if len(f) != 4 || f[1] != "of" || f[3] != "documents" && f[3] != "document" {
		return false
	}
	_, err1 := strconv.Atoi(f[0])
	_, err2 := strconv.Atoi(f[2])
	return err1 == nil && err2 == nil
}

// isPromo: "READ MORE: Envoy resigns", "WATCH: Leaders sign the deal".
func isPromo(lx *lexicon, s string, lw []string) bool {
	n := lx.promos.prefix(lw)
	if n == 0 || n == len(lw) || len(lw) > 25 {
		return false
	}
	rest := afterWords(s, n)
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|")
}

// isCounter: a number alone, maybe with a counted widget word.
func isCounter(lw []string) bool {
	if len(lw) == 3 && lw[2] == "read" {
		lw = lw[:2] // "5 min read"
	}
	if len(lw) == 0 || len(lw) > 2 {
		return false
	}
	n := strings.TrimRight(lw[0], "km")
	n = strings.NewReplacer(",", "", ".", "", ":", "").Replace(n)
	if n == "" || len(n) > 7 {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	if len(lw) == 1 {
		return true
	}
	switch lw[1] {
	case "comments", "comment", "shares", "share", "views", "likes", "replies", "reactions", "min", "mins", "minutes":
		return true
	}
	return false
}

// isCaption: an opening such as "FILE PHOTO:" or a photo credit
// ("REUTERS/Name", "(Photo by ... via Getty Images)", "... (AP)").
func isCaption(lx *lexicon, s string, lw []string) bool {
	if n := lx.capOpen.prefix(lw); n > 0 && n < len(lw) {
		// the opening must be set off: "FILE PHOTO: ...", "Photo - ..."
		rest := afterWords(s, n)
		if rest != "" && strings.ContainsRune(":-–—|,(", []rune(rest)[0]) {
			return true
		}
	}
	// a credit stands at the end of a caption; "Reuters/Ipsos poll" in
	// the middle of a paragraph is no credit
	tail := s[max(0, len(s)-90):]
	for _, c := range lx.capCredit {
		if strings.Contains(tail, c) {
			return true
		}
	}
	// a credit in the last brackets: "... Khan Younis, July 2, 2025. (AP)"
	t := strings.TrimRight(s, " .")
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 {
			in := strings.TrimSpace(t[i+1 : len(t)-1])
			if lx.capEnd[in] || lx.capEnd[strings.TrimSpace(strings.SplitN(in, "/", 2)[0])] && strings.Contains(in, "/") {
				return true
			}
		}
	}
	return false
}

// afterWords returns s after its first n words (and the spaces and
// punctuation glued to them up to the next separator).
func afterWords(s string, n int) string {
	i := 0
	for k := 0; k < n; k++ {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		for i < len(s) && s[i] != ' ' {
			r, sz := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' {
				break
			}
			i += sz
		}
	}
	return strings.TrimLeft(s[i:], " ")
}

// isCredit: an agency sign-off alone on a line: "— AFP", "(Reuters)", "AP".
func isCredit(lx *lexicon, s string) bool {
	t := strings.Trim(s, " -–—()[].,:")
	if t == "" || len(t) > 30 {
		return false
	}
	_, ok := lx.agencies[t]
	return ok
}

// stampWords may accompany a date or time on a timestamp line.
var stampWords = map[string]bool{
	"published": true, "updated": true, "posted": true, "last": true, "modified": true,
	"on": true, "at": true, "first": true, "date": true, "time": true, "local": true,
	"gmt": true, "utc": true, "cet": true, "cest": true, "est": true, "edt": true, "pst": true,
	"pdt": true, "bst": true, "eat": true, "cat": true, "wat": true, "sast": true, "pkt": true, "ict": true,
	"wib": true, "pht": true, "sgt": true, "hkt": true, "jst": true, "kst": true, "aest": true, "aedt": true,
	"trt": true, "gst": true, "irst": true, "brt": true, "art": true, "cot": true, "vet": true, "cst": true,
	"cdt": true, "mst": true, "mdt": true, "wet": true, "west": true, "ist": true, "ast": true, "eet": true, "eest": true, "msk": true,
	"am": true, "pm": true, "a.m": true, "p.m": true, "h": true, "hrs": true, "ago": true,
	"hour": true, "hours": true, "minute": true, "minutes": true, "min": true, "mins": true,
	"read": true, "day": true, "days": true, "yesterday": true, "today": true, "et": true, "pt": true,
	"source": true, "and": true, "t": true, "z": true,
	"a": true, "p": true, "m": true, // a.m., p.m. split at the dots
	"edition": true, "final": true, "late": true, "early": true, "national": true, "city": true,
}

// isStamp: a short line made of a date and/or a clock time and the words
// that go with them ("12 May 2023 | 09:45 GMT", "Published: ...",
// "2:38 PM - Friday, August 8, 2025", "Updated 3 hours ago").
func isStamp(s string, lw []string, dates []dateHit) bool {
	if len(lw) == 0 || len(lw) > 16 {
		return false
	}
	// blank out the dates, then every remaining word must be a stamp word,
	// a weekday, a month, a number or a clock time
	rest := s
	for i := len(dates) - 1; i >= 0; i-- {
		rest = rest[:dates[i].start] + " " + rest[dates[i].end:]
	}
	hasClock := false
	hasWord := false
	for _, t := range tokens(rest) {
		w := strings.ToLower(t.s)
		switch {
		case t.digit:
			if strings.HasPrefix(t.sep, ":") || strings.HasPrefix(t.sep, ".") && len(t.s) == 2 {
				hasClock = true
			}
		case stampWords[w]:
			if w != "on" && w != "at" && w != "and" {
				hasWord = true
			}
		case weekdays[w] != 0 || w == "sunday" || w == "sun":
		case months[w] != 0:
		default:
			return false
		}
	}
	if len(dates) > 0 || hasClock {
		return true
	}
	// "Updated 3 hours ago": relative stamps without a date
	return hasWord && strings.Contains(strings.ToLower(s), "ago")
}

// crumbSeps split a breadcrumb trail.
var crumbSeps = []string{" > ", " / ", " » ", " › ", " | ", " >> ", " :: "}

// isCrumb: a short trail of short capitalised segments, "Home > World".
func isCrumb(s string) bool {
	var segs []string
	for _, sep := range crumbSeps {
		if strings.Contains(s, sep) {
			segs = strings.Split(s, sep)
			break
		}
	}
	if len(segs) < 2 || countWords(s) > 14 {
		return false
	}
	for _, g := range segs {
		g = strings.TrimSpace(g)
		f := strings.Fields(g)
		if len(f) == 0 || len(f) > 4 || strings.HasSuffix(g, ".") {
			return false
		}
		r, _ := utf8.DecodeRuneInString(g)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isEnd: the line opens with a page-closing phrase: "Topics: ...",
// "Copyright 2025", "Sign up for ...", "(Reporting by ...".
func isEnd(lx *lexicon, s string, lw []string) bool {
	if lx.ends.prefix(lw) > 0 {
		// "Copyright laws ..." in a sentence is not a notice: notices are
		// set off by a colon, a year, a symbol or stand short.
		return !isProse(s, len(lw)) || strings.Contains(s, "©") || strings.HasPrefix(s, "(") || rightsNotice(s)
	}
	return rightsNotice(s) || strings.HasPrefix(s, "©") || contributed(s)
}

// rightsNotice: the line reserves rights ("Copyright 2025 The Agency.
// All rights reserved. This material may not be published ...").
func rightsNotice(s string) bool {
	// no lower-casing of every long line: the three ways it is written
	return strings.Contains(s, "ights reserved") || strings.Contains(s, "ights Reserved") || strings.Contains(s, "IGHTS RESERVED")
}

// contributed: a reporting credit that closes a wire story ("Associated
// Press writer Jane Roe in Nairobi contributed to this report.").
func contributed(s string) bool {
	if !strings.Contains(s, "ontributed") {
		return false
	}
	l := strings.ToLower(strings.TrimRight(s, " .)"))
	for _, end := range []string{"contributed to this report", "contributed to this story", "contributed reporting", "contributed to this article"} {
		if strings.HasSuffix(l, end) {
			return true
		}
	}
	// "Associated Press writer Jean Roe in Kinshasa contributed."
	return strings.HasSuffix(l, " contributed") && (strings.Contains(l, " writer ") || strings.Contains(l, " reporter ") ||
		strings.Contains(l, " correspondent ") || strings.Contains(l, " journalist "))
}

// signOffs are the marks a wire service sets after a story's last
// sentence (Xinhua's "Enditem", "(END)").
var signOffs = map[string]bool{"enditem": true, "(end)": true, "-end-": true, "/end/": true, "###": true, "-30-": true}

// splitSignOff cuts a sign-off glued after a line's last sentence
// ("... on Friday. Enditem") into body and mark.
func splitSignOff(s string) (body, mark string, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || len(s)-i-1 > 7 || !signOffs[strings.ToLower(s[i+1:])] {
		return "", "", false
	}
	body = strings.TrimRight(s[:i], " ")
	if !endsSentence(body) || !strings.ContainsFunc(body, unicode.IsLetter) { // "! ###" holds no sentence
		return "", "", false
	}
	return body, s[i+1:], true
}

// isByline: "By Name and Name", "By World Desk staff", "Staff Report".
func isByline(lx *lexicon, s string, lw []string) bool {
	if lx.bylines.has(lw) {
		return true
	}
	// "Jane Roe, Staff Writer", "Patrick Lee Diplomatic editor": a name,
	// then the role
	if len(lw) >= 2 && len(lw) <= 6 && !endsSentence(s) && capitalised(s, 2) {
		switch lw[len(lw)-1] {
		case "writer", "correspondent", "reporter", "editor", "contributor", "columnist":
			return true
		}
	}
	if len(lw) < 2 || len(lw) > 14 || lw[0] != "by" || endsSentence(s) && !endsInitial(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s[2:]))
	return unicode.IsUpper(r)
}

// capitalised: the first n words start with a capital letter.
func capitalised(s string, n int) bool {
	f := strings.Fields(s)
	if len(f) < n {
		return false
	}
	for _, w := range f[:n] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// endsInitial: the line ends in an initial ("By John A.") rather than a
// full stop.
func endsInitial(s string) bool {
	f := strings.Fields(s)
	last := f[len(f)-1]
	return utf8.RuneCountInString(last) == 2 && strings.HasSuffix(last, ".")
}

// endsSentence: the line ends the way a sentence does.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '"', '”', '’', '\'', '…', ')', ';', ':':
		if r == ')' {
			// "(AP)" and other bracket endings end a sentence only after a stop
			t := strings.TrimSuffix(s, ")")
			r2, _ := utf8.DecodeLastRuneInString(t)
			return r2 == '.' || r2 == '!' || r2 == '?'
		}
		return true
	}
	return false
}

// isProse: running text ends as a sentence and has the length of one; a
// very long line is prose whatever its end (a scraper may cut it).
func isProse(s string, words int) bool {
	return words >= 30 || words >= 8 && endsSentence(s) || words >= 4 && attributedSentence(s)
}

// attributedSentence: a short sentence that ends on its source ("Some 200
// were arrested, police said.", "The talks failed, he says."): a report,
// which no headline is (headlines drop the stop and say "says" up front).
func attributedSentence(s string) bool {
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, " said.") && !strings.HasSuffix(s, " says.") {
		return false
	}
	comma := strings.LastIndex(s, ", ")
	return comma > 0 && strings.Count(s[comma:], " ") <= 5
}

// titleCase reports the share of capitalised words among the words that
// are not short function words: a headline in Title Case scores near 1.
func titleCase(s string) float64 {
	n, up := 0, 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if utf8.RuneCountInString(w) <= 3 && unicode.IsLower(r) {
			continue // of, in, to, the, and: lower case in any style
		}
		n++
		if unicode.IsUpper(r) {
			up++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(up) / float64(n)
}
