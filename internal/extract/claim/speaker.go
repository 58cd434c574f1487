package claim

import (
	"strings"

	"github.com/parley-news/parley/internal/article"
)

// labels open a line with a colon without naming a speaker.
var labels = set("update updated clarification correction editor note watch read related photo photos video " +
	"breaking exclusive opinion analysis live more also warning source sources the latest q a")

// speakerLines reads two layouts that attribute without a verb: a
// transcript line opening with the speaker's name in capitals ("PENCE:
// Well, look, …") or with the name of a person the story named (an
// interview's "Tetteh: It is possible …"), and a quote signed with a dash
// ("“…” ― Daniel Ortiz").
func (x *extractor) speakerLines() {
	var who *article.Entity // the interviewee whose "A:" lines answer
	asked := false
	for si, s := range x.sents {
		if s.hi-s.lo < 3 || !x.lineStart(s.lo) {
			continue // only a line's first sentence opens a transcript line
		}
		lo := s.lo
		if x.opensQuote(lo) || x.isPunct(lo, "\"", "“") {
			lo++
		}
		if x.lws[lo] == "q" && x.isPunct(lo+1, ":") && !asked {
			asked = true
			who = x.lastPerson(x.toks[lo].s)
		}
		if x.text[x.toks[lo].s:x.toks[lo].e] == "A" && x.isPunct(lo+1, ":") && lo+2 < s.hi && asked && who != nil {
			// "A: They are not stalled.": the interviewee's answer
			end := min(x.paraEnd(s.para), x.lineEnd(x.toks[lo+1].e))
			if c, ok := x.trimmedBytes(x.toks[lo+2].s, end); ok {
				n := len(x.out)
				x.emit(si, lo+1, lo+2, lo, lo+1, c, "")
				if len(x.out) > n {
					f := &x.out[n]
					f.c.Source = article.Str(who.Name)
					f.c.SourceEntity = article.Str(who.ID)
					f.c.Named, f.person, f.plural, f.resolved = true, true, false, true
					one := 1
					f.c.Count = &one
				}
			}
			continue
		}
		k := lo
		for k < s.hi && k-lo < 4 && x.toks[k].word && x.isUpperWord(k) {
			k++
		}
		if k == lo {
			// "Tetteh: It is possible …": an interview's answer signed
			// with the name of a person the story has named
			for k < s.hi && k-lo < 3 && x.toks[k].word && x.toks[k].cap {
				k++
			}
			if k < s.hi && x.isPunct(k, ":") && !x.personName(lo, k) {
				continue
			}
		}
		if k == lo || k >= s.hi-1 || !x.isPunct(k, ":") || labels[x.lws[lo]] {
			continue
		}
		if x.placeAt(lo) {
			continue // "ISLAMABAD: The Foreign Office …": a dateline, no speaker
		}
		end := min(x.paraEnd(s.para), x.lineEnd(x.toks[k].e))
		c, ok := x.trimmedBytes(x.toks[k+1].s, end)
		if !ok {
			continue
		}
		x.emit(si, k, k+1, lo, k, c, "")
	}
	for _, q := range x.quotes {
		i := x.tokAt(q.end)
		if i < 0 || q.open {
			// the mark may be glued to the dash ("”―"): find the next token
			i = x.tokAfter(q.end)
		}
		if i < 0 || i+1 >= len(x.toks) || !x.isPunct(i, "―", "—", "–", "-", "--") || x.toks[i].sent < 0 {
			continue
		}
		si := x.toks[i].sent
		para := x.sents[si].para
		j := i + 1
		for j < len(x.toks) && x.sents[x.toks[j].sent].para == para && j-i <= 8 {
			if x.toks[j].word && x.toks[j].cap {
				j++
				continue
			}
			if g := x.glueRight(j, len(x.toks)); g > 0 {
				j = g
				continue
			}
			break
		}
		if j == i+1 {
			continue
		}
		// the signature must close its line (a full stop may follow)
		if j < len(x.toks) && !x.lineStart(j) && !x.isPunct(j, ".", ",") {
			continue
		}
		x.emit(si, i, i+1, i+1, j, article.Span{Start: q.start, End: q.end}, "")
	}
}

// questionLine reports whether byte off lies on an interviewer's "Q:"
// line, which asks and claims nothing.
func (x *extractor) questionLine(off int) bool {
	b := off
	for b > 0 && x.text[b-1] != '\n' {
		b--
	}
	for b < off && (x.text[b] == ' ' || x.text[b] == '\t') {
		b++
	}
	return strings.HasPrefix(x.text[b:], "Q:")
}

// lastPerson is the person entity mentioned last before byte off, or nil.
func (x *extractor) lastPerson(off int) *article.Entity {
	var best *article.Entity
	bestEnd := -1
	for i := range x.a.Entities {
		e := &x.a.Entities[i]
		if e.Type != article.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.End <= off && m.End > bestEnd {
				best, bestEnd = e, m.End
			}
		}
	}
	return best
}

// lineStart reports whether token k opens a line.
func (x *extractor) lineStart(k int) bool {
	for b := x.toks[k].s - 1; b >= 0; b-- {
		switch x.text[b] {
		case '\n':
			return true
		case ' ', '\t', '\r':
			continue
		}
		return false
	}
	return true
}

// lineEnd is the byte offset where the line holding byte off ends.
func (x *extractor) lineEnd(off int) int {
	for b := off; b < len(x.text); b++ {
		if x.text[b] == '\n' {
			return b
		}
	}
	return len(x.text)
}

// paraEnd is the byte offset where paragraph para ends.
func (x *extractor) paraEnd(para int) int {
	if para < 0 || para >= len(x.paras) {
		return -1
	}
	return x.paras[para][1]
}

// tokAfter is the index of the first token starting at or after off, or -1.
func (x *extractor) tokAfter(off int) int {
	lo, hi := 0, len(x.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if x.toks[m].s < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(x.toks) {
		return lo
	}
	return -1
}

// trimmedBytes is [start, end) without trailing stops, or false when empty.
func (x *extractor) trimmedBytes(start, end int) (article.Span, bool) {
	i, j := x.tokAfter(start), x.tokAfter(end)
	if j < 0 {
		j = len(x.toks)
	}
	if i < 0 || i >= j {
		return article.Span{}, false
	}
	return x.trimmed(x.toks[i].sent, i, j)
}

// placeAt reports whether token k opens the mention of a place entity.
func (x *extractor) placeAt(k int) bool {
	for _, e := range x.a.Entities {
		if e.Type != article.Place {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start == x.toks[k].s {
				return true
			}
		}
	}
	return false
}

// personName reports whether tokens [lo, hi) are the name of a person
// entity or its last part ("Tetteh" of "Hanna Tetteh").
func (x *extractor) personName(lo, hi int) bool {
	if hi <= lo {
		return false
	}
	w := x.text[x.toks[lo].s:x.toks[hi-1].e]
	for _, e := range x.a.Entities {
		if e.Type == article.Person && (e.Name == w || strings.HasSuffix(e.Name, " "+w)) {
			return true
		}
	}
	return false
}
