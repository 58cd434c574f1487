package clean

import (
	"iter"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/read"
)

// published picks the story's publication date and says where it came
// from. In order: the --published flag; the container's metadata; a
// timestamp line or a dated wire dateline in the text; a photo caption
// dated the day of the story. A file or archive photo's date is never
// taken: it dates the picture, not the story.
func published(d read.Doc, opts Options, s *story) (string, string) {
	if opts.Published != "" {
		return opts.Published, article.FromFlag
	}
	if d.Published != "" {
		return d.Published, article.FromMetadata
	}
	if day := stampDate(s.stamps); day != "" {
		return day, article.FromText
	}
	if datelineLead(s.lead) {
		head := s.lead[:min(len(s.lead), 80)]
		if hits := findDates(head); len(hits) > 0 {
			return dayFirst(head, hits[0], s.lead).iso(), article.FromText
		}
		// "KYIV, June 25 (Reuters) -": the year from a timestamp or a
		// caption of that same day
		if m, d := monthDay(head); m > 0 {
			if day := datelineYear(m, d, append(append([]line{}, s.stamps...), s.caps...)); day != "" {
				return day, article.FromText
			}
		}
	}
	if day := titleDateline(s.lead); day != "" {
		return day, article.FromText
	}
	if day := datelineLine(s.removed); day != "" {
		return day, article.FromText
	}
	if day := captionDate(s); day != "" {
		return day, article.FromCaption
	}
	return "", article.FromNone
}

// titleDateline dates a lead that opens with a place in Title Case, a
// full date and a dash, as papers outside the wires write datelines
// ("Khartoum, 14 November 2026 --", "Goma, Congo, March 4, 2026 (AFP) -"):
// at most three capitalised words, the last before the date ending in a
// comma, and a dash or colon after the date and any credit.
func titleDateline(lead string) string {
	head := lead[:min(len(lead), 80)]
	hits := findDates(head)
	if len(hits) == 0 {
		return ""
	}
	h := hits[0]
	before := strings.Fields(head[:h.start])
	if len(before) == 0 || len(before) > 3 || !strings.HasSuffix(before[len(before)-1], ",") {
		return ""
	}
	for _, w := range before {
		w = strings.TrimRight(w, ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' }) >= 0 {
			return ""
		}
	}
	rest := strings.TrimSpace(head[h.end:])
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 {
			rest = strings.TrimSpace(rest[k+1:])
		}
	}
	for _, p := range []string{"-", "—", "–", ":"} {
		if strings.HasPrefix(rest, p) {
			return dayFirst(head, h, lead).iso()
		}
	}
	return ""
}

// dayFirst reads an all-numeric date that fits both orders ("02/03/2026")
// day first when the lead names the weekday of that reading and not the
// other's ("LONDON, 02/03/2026 - ... said on Monday"): dateAt takes the
// US order when nothing tells.
func dayFirst(head string, h dateHit, lead string) dateHit {
	s := head[h.start:h.end]
	if h.d > 12 || h.d == h.m || strings.IndexFunc(s, func(r rune) bool { return r != '/' && (r < '0' || r > '9') }) >= 0 {
		return h
	}
	alt := dateHit{y: h.y, m: h.d, d: h.m, start: h.start, end: h.end}
	if weekdayNamed(lead, alt.time().Weekday()) && !weekdayNamed(lead, h.time().Weekday()) {
		return alt
	}
	return h
}

// datelineLine finds a dateline on a line of its own above the lead, as
// wire feeds print it: a place in capitals, perhaps a country, then the
// full date and nothing after ("ROTTERDAM , Netherlands 1998-02-19",
// "GENEVA, March 4, 2024"). Such a line is cut from the body, so it is
// looked for among the removed lines.
func datelineLine(removed []string) string {
	for _, raw := range removed {
		l := strings.TrimSpace(raw)
		f := strings.Fields(l)
		if len(f) < 2 || len(f) > 10 {
			continue
		}
		place := strings.TrimRight(f[0], ",")
		if utf8.RuneCountInString(place) < 3 || strings.ToUpper(place) != place || !unicode.IsLetter([]rune(place)[0]) {
			continue
		}
		hits := findDates(l)
		if len(hits) != 1 || strings.TrimRight(l[hits[0].end:], " .") != "" {
			continue
		}
		return hits[0].iso()
	}
	return ""
}

// datelineYear dates a dateline's month and day ("KYIV, June 25 (Reuters)
// -") by the timestamps and the story's own photo captions: a line of that
// same day gives its year; else the latest dated line (pictures are taken
// and pages stamped before the story is filed) gives the year in which the
// day falls on it or within the year after it ("Jan 2" after a caption of
// Dec 30, 2025 is 2026). File photos date nothing; without a dated line
// the day stays unplaced.
func datelineYear(m, d int, ls []line) string {
	var last dateHit
	for _, l := range ls {
		if archive(l.text) {
			continue
		}
		for _, h := range l.dates {
			if h.m == m && h.d == d {
				return h.iso()
			}
			if last.y == 0 || h.time().After(last.time()) {
				last = h
			}
		}
	}
	if last.y == 0 {
		return ""
	}
	for _, y := range []int{last.y, last.y + 1} {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(m) {
			continue // "Feb 29" in a year without one
		}
		if !t.Before(last.time()) && t.Sub(last.time()) < 366*24*time.Hour {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// monthDay finds "June 25" or "25 June" (no year) in a dateline.
func monthDay(s string) (int, int) {
	ts := tokens(s)
	for i, t := range ts {
		m := monthOf(t)
		if m == 0 {
			continue
		}
		if i+1 < len(ts) && shortSep(ts[i+1].sep) {
			if d, ok := ts[i+1].num(); ok && d >= 1 && d <= 31 && len(ts[i+1].s) <= 2 {
				return m, d
			}
		}
		if i > 0 && shortSep(t.sep) {
			if d, ok := ts[i-1].num(); ok && d >= 1 && d <= 31 && len(ts[i-1].s) <= 2 {
				return m, d
			}
		}
	}
	return 0, 0
}

// nameIn finds an agency named as a whole word in a byline, longest
// names first ("The Associated Press" before "AP").
func nameIn(lx *lexicon, s string) string {
	best, n := "", 0
	for _, k := range lx.agencyKeys {
		if len(k) <= n || len(k) < 3 && k != "AP" {
			continue
		}
		for range wordsAt(s, k) {
			best, n = lx.agencies[k], len(k)
			break
		}
	}
	return best
}

// rightsHolder is the publication a copyright notice names: "© 2025
// Balkan News Agency", "Copyright 2024 The Harbor Wire. All rights
// reserved." gives the capitalised words after the symbol and the years,
// up to a stop; "" when the notice names none.
func rightsHolder(s string) string {
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	switch {
	case strings.HasPrefix(t, "©"):
		t = t[len("©"):]
	case strings.HasPrefix(low, "copyright"):
		t = strings.TrimPrefix(t[len("copyright"):], " ©")
	case strings.HasPrefix(low, "(c)"):
		t = t[3:]
	default:
		return ""
	}
	t = strings.TrimLeft(t, " 0123456789-–,")
	if i := strings.IndexAny(t, ".|,;:(–—"); i >= 0 {
		t = t[:i]
	}
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 6 {
		return ""
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "of" && w != "the" && w != "and" {
			return ""
		}
	}
	if strings.EqualFold(f[0], "all") {
		return "" // "Copyright 2025 - All Rights Reserved"
	}
	return strings.Join(f, " ")
}

// signature is the publication a sign-off line names before the story's
// full date ("Philippine Daily Inquirer / Aug 12, 2025", "The Daily Star,
// 3 March 2024"): a capitalised name of one to five words, a separator,
// the date and nothing after it; "" for any other line.
func signature(l *line) string {
	name := signed(l)
	if strings.Contains(name, "/") {
		// "Geneva/Nairobi, 6 November 2023": places joined by a slash
		// head a press release; a paper's name joins no words so
		return ""
	}
	return name
}

// signed returns the capitalised words before the one date that ends the
// line and a comma, slash, bar or dash: a paper's sign-off or the place
// line of a press release ("Geneva/Nairobi, 6 November 2023").
func signed(l *line) string {
	if len(l.dates) != 1 || strings.Trim(l.text[l.dates[0].end:], " .") != "" {
		return ""
	}
	name := strings.TrimRight(l.text[:l.dates[0].start], " ")
	cut := strings.TrimRight(name, "/|,–—-")
	if cut == name {
		return ""
	}
	name = strings.TrimSpace(cut)
	for _, p := range []string{"published in ", "first published in ", "originally published in ", "this article appeared in ", "appeared in "} {
		if len(name) > len(p) && strings.EqualFold(name[:len(p)], p) {
			name = name[len(p):] // "Published in Dawn, October 31st, 2025"
			break
		}
	}
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 5 {
		return ""
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "of" && w != "the" || strings.ContainsAny(w, "0123456789:") {
			return ""
		}
	}
	return name
}

// stampDate: the first dated timestamp line, preferring the first
// publication over later updates.
func stampDate(stamps []line) string {
	var updated string
	for _, l := range stamps {
		if len(l.dates) == 0 {
			continue
		}
		lw := lowerWords(l.text)
		if len(lw) > 0 && (lw[0] == "updated" || lw[0] == "modified" || lw[0] == "last" && len(lw) > 1 && lw[1] == "updated") {
			if updated == "" {
				updated = l.dates[0].iso()
			}
			continue
		}
		return l.dates[0].iso()
	}
	return updated
}

// archival marks a caption whose picture was taken before the story.
var archival = []string{"file photo", "file picture", "file image", "(file)", "/file", "file:",
	"archive", "in this file", "in this undated", "undated", "handout photo taken"}

// archive: the caption says its picture is a file or archive photo.
func archive(caption string) bool {
	low := strings.ToLower(caption)
	for _, a := range archival {
		if strings.Contains(low, a) {
			return true
		}
	}
	return false
}

// captionDate: a caption that names the weekday with its date ("Gaza
// Strip, Wednesday, July 2, 2025") is, on the wires, dated the day the
// story is filed; a caption without the weekday counts when the lead names
// that date's weekday ("... on Monday").
func captionDate(s *story) string {
	lead := strings.Join(s.paras[:min(2, len(s.paras))], " ")
	for _, c := range s.caps {
		if archive(c.text) {
			continue
		}
		for _, h := range c.dates {
			if h.weekday || weekdayNamed(lead, h.time().Weekday()) {
				return h.iso()
			}
		}
	}
	return ""
}

// outlet names the news organisation the story comes from. In order: the
// container's metadata; a wire credit in the dateline ("BRUSSELS
// (Reuters) -", "(AP) —"); an agency sign-off line ("— AFP"); the agency
// credited in a photo caption, when no writer is named in a byline (a
// re-published wire story); and, as a last resort, an agency the text says
// it reported to ("told Reuters", "seen by Reuters"). That phrase is a
// claim's outlet first; it names the story's outlet only when nothing
// else does, since a story may also cite another outlet's reporting.
func outlet(d read.Doc, s *story) string {
	if d.Outlet != "" {
		return d.Outlet
	}
	lx := loadLexicon()
	if o := datelineCredit(lx, s.lead); o != "" {
		return o
	}
	for _, b := range s.bylines {
		// "By Jane Roe, Associated Press", "By Jane Roe | Reuters"
		if o := nameIn(lx, b); o != "" {
			return o
		}
	}
	if s.desk != "" {
		return s.desk
	}
	for _, c := range s.credits {
		if o, ok := lx.agencies[strings.Trim(c, " -–—()[].,:")]; ok {
			return o
		}
	}
	if s.masthead != "" {
		return s.masthead
	}
	if s.owner != "" {
		return s.owner
	}
	if !s.bylined {
		for _, c := range s.caps {
			if archive(c.text) {
				continue // an old picture from the agency's library
			}
			if o := captionCredit(lx, c.text); o != "" {
				return o
			}
		}
	}
	return reportedTo(lx, s.body)
}

// datelineCredit finds "(Agency)" near the start of the lead, followed by
// a dash: the wire's own credit.
func datelineCredit(lx *lexicon, lead string) string {
	head := lead[:min(len(lead), 120)]
	for i := 0; i < len(head); i++ {
		if head[i] != '(' {
			continue
		}
		j := strings.IndexByte(head[i:], ')')
		if j < 0 {
			return ""
		}
		name := strings.TrimSpace(head[i+1 : i+j])
		rest := strings.TrimLeft(head[i+j+1:], " ")
		dash := strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "_")
		if o, ok := lx.agencies[name]; ok && dash {
			return o
		}
		// an agency of no list, in a wire dateline: "TBILISI, 27.10.2025
		// (Interpressnews) —"
		if dash && i < 60 && datelineLead(lead) && outletName(name) {
			return name
		}
		i += j
	}
	return ""
}

// outletName: one to three capitalised words without digits, as an
// agency's name is written ("Interpressnews", "Balkan News Agency").
// deskOutlet reads the line under a byline that names the outlet and the
// writer's post: "BBC News, Nairobi", "Al Jazeera English, Goma". The name
// must end in a word that names a news outlet.
func deskOutlet(line string) string {
	name, _, _ := strings.Cut(line, ",")
	name = strings.TrimSpace(name)
	f := strings.Fields(name)
	if len(f) < 2 || !outletName(name) {
		return ""
	}
	switch f[len(f)-1] {
	case "News", "Radio", "Television", "TV", "English", "Online", "Service", "Arabic", "Persian":
		return name
	}
	return ""
}

func outletName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789,;") {
			return false
		}
	}
	return true
}

// captionCredit names the agency a caption credits ("REUTERS/Name",
// "(AP Photo/Name)", "(AP)", "Name/AFP"), unless the picture was bought
// through a photo library ("via Getty Images"), which says nothing of who
// wrote the story.
func captionCredit(lx *lexicon, c string) string {
	if strings.Contains(c, "via Getty") || strings.Contains(c, "Getty Images") {
		return ""
	}
	best, at := "", -1
	for _, k := range lx.agencyKeys {
		for _, form := range []string{k + "/", "/" + k, "/ " + k, "(" + k + ")", "(" + k + " Photo", k + " Photo/"} {
			i := strings.LastIndex(c, form)
			if i >= 0 && form[0] == '(' && form[len(form)-1] == ')' && strings.Trim(c[i+len(form):], " .") != "" {
				// "(AA)" inside the caption spells out a name ("The
				// Arakan Army (AA) said"); a credit closes the caption
				continue
			}
			if i > at {
				best, at = lx.agencies[k], i
			}
		}
	}
	return best
}

// reportedTo: "told Reuters", "seen by Reuters", "Reuters could not ...";
// the earliest such phrase wins. One pass over the body per agency.
func reportedTo(lx *lexicon, body string) string {
	best, at := "", len(body)
	for _, k := range lx.agencyKeys {
		if len(k) < 3 && k != "AP" {
			continue
		}
		for i := range wordsAt(body, k) {
			if i >= at {
				break
			}
			end := i + len(k)
			before, after := body[max(0, i-12):i], body[end:min(len(body), end+14)]
			if strings.HasSuffix(before, "told ") || strings.HasSuffix(before, "seen by ") ||
				strings.HasSuffix(before, "reviewed by ") || strings.HasSuffix(before, "obtained by ") ||
				strings.HasPrefix(after, " could not") || strings.HasPrefix(after, " was unable") ||
				strings.HasPrefix(after, " has learned") || strings.HasPrefix(after, " has seen") {
				best, at = lx.agencies[k], i
			}
		}
	}
	return best
}

// wordsAt yields the offsets where k occurs in s as a whole word.
func wordsAt(s, k string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; from < len(s); {
			i := strings.Index(s[from:], k)
			if i < 0 {
				return
			}
			i += from
			end := i + len(k)
			from = end
			if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) && !yield(i) {
				return
			}
		}
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
