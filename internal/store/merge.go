package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold normalizes a name or text for matching across articles: lower case,
// accents dropped, punctuation and hyphens as spaces, runs of space as one.
// "Ahmed al-Sharaa" and "AHMED AL SHARAA" fold alike.
func Fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return foldUnicode(s)
		}
	}
	// Plain ASCII (most names and much of the text): no decomposition to
	// undo, and one byte is one letter, digit or separator. A separator is
	// written only once a letter or digit follows it.
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			if gap && b.Len() > 0 {
				b.WriteByte(' ')
			}
			gap = false
			b.WriteByte(c)
		case c == '\'':
		default:
			gap = true
		}
	}
	return b.String()
}

// foldUnicode is Fold for text beyond ASCII.
func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '\'' || r == '’':
			// "Ta'if" and "Taif" are the same name.
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// EntityKey is the key under which an entity is merged across articles:
// its type and its folded name, without a leading "the".
func EntityKey(typ, name string) string {
	f := Fold(name)
	f = strings.TrimPrefix(f, "the ")
	return typ + "|" + f
}

// ClaimKey groups claims with the same content: the folded words, hashed.
func ClaimKey(content string) string {
	return hashKey(Fold(content))
}

// EventKey groups reports of the same event across articles: its type,
// actor, target and time.
func EventKey(typ string, actor, target, when *string) string {
	return hashKey(typ + "\x00" + foldPtr(actor) + "\x00" + foldPtr(target) + "\x00" + deref(when))
}

// AgreementKey merges agreements across articles: the kind and the set of
// parties, or, when the article names no parties, the kind and the name.
func AgreementKey(kind, name string, parties []string) string {
	if len(parties) == 0 {
		return kind + "|name|" + Fold(name)
	}
	ps := make([]string, 0, len(parties))
	for _, p := range parties {
		ps = append(ps, strings.TrimPrefix(Fold(p), "the "))
	}
	sort.Strings(ps)
	ps = compact(ps)
	return kind + "|" + strings.Join(ps, ";")
}

func compact(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func hashKey(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:12])
}

func foldPtr(p *string) string {
	if p == nil {
		return ""
	}
	return Fold(*p)
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Day turns an ISO 8601 value at any precision into the day it starts:
// "2025-05-14T10:00" and "2025-05-14" give 2025-05-14, "2025-05" gives
// 2025-05-01, "2025" gives 2025-01-01, "2025-W27" the Monday of that week.
// Durations, sets and anything else give "".
func Day(v string) string {
	switch {
	case len(v) >= 10 && isDate(v[:10]):
		return v[:10]
	case len(v) == 7 && isDate(v+"-01"):
		return v + "-01"
	case len(v) == 4 && isDate(v+"-01-01"):
		return v + "-01-01"
	case len(v) == 8 && v[4:6] == "-W":
		y, err1 := time.Parse("2006", v[:4])
		w := atoi2(v[6:8])
		if err1 != nil || w < 1 || w > 53 {
			return ""
		}
		// ISO week 1 holds January 4th; weeks start on Monday.
		jan4 := time.Date(y.Year(), 1, 4, 0, 0, 0, 0, time.UTC)
		wd := (int(jan4.Weekday()) + 6) % 7
		return jan4.AddDate(0, 0, -wd+7*(w-1)).Format("2006-01-02")
	}
	return ""
}

func isDate(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func atoi2(s string) int {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return -1
	}
	return int(s[0]-'0')*10 + int(s[1]-'0')
}

// MinHash parameters: Bands bands of Rows hashes each. Two texts whose
// word-shingle sets have Jaccard similarity J share a band with probability
// 1-(1-J^Rows)^Bands: 0.99 at J=0.7, 0.64 at J=0.4, 0.05 at J=0.2.
const (
	Bands   = 12
	Rows    = 3
	Hashes  = Bands * Rows
	Shingle = 4 // words per shingle
	// SameStory is the least estimated Jaccard similarity for two articles
	// to be one story. Syndicated copies with different noise or edits
	// score well above it; two stories on the same topic score far below.
	SameStory = 0.5
)

// Signature is a MinHash signature of a text's word shingles.
type Signature [Hashes]uint32

// sigMix are fixed odd multipliers and offsets: the signature must be the
// same in every process, so no random seeds here.
var sigMix = func() (m [Hashes][2]uint64) {
	x := uint64(0x9E3779B97F4A7C15)
	for i := range m {
		for j := range m[i] {
			x ^= x << 13
			x ^= x >> 7
			x ^= x << 17
			m[i][j] = x | 1
		}
	}
	return m
}()

// MinHash computes the signature of a text over shingles of Shingle folded
// words. A text of fewer words is one shingle.
func MinHash(text string) Signature {
	words := strings.Fields(Fold(text))
	var sig Signature
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	add := func(ws []string) {
		h := fnv64(ws)
		for i := range sig {
			v := uint32((h*sigMix[i][0] + sigMix[i][1]) >> 32)
			if v < sig[i] {
				sig[i] = v
			}
		}
	}
	if len(words) < Shingle {
		add(words)
		return sig
	}
	for i := 0; i+Shingle <= len(words); i++ {
		add(words[i : i+Shingle])
	}
	return sig
}

// fnv64 hashes a shingle's words (FNV-1a with a separator), stable across
// processes unlike maphash.
func fnv64(ws []string) uint64 {
	h := uint64(14695981039346656037)
	for _, w := range ws {
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= 1099511628211
		}
		h ^= ' '
		h *= 1099511628211
	}
	return h
}

// Bands returns the LSH keys of a signature: one 63-bit key per band, so
// that they fit a signed 64-bit column. Texts sharing a key are candidates.
func (s Signature) Bands() [Bands]int64 {
	var out [Bands]int64
	var buf [4*Rows + 1]byte
	for b := 0; b < Bands; b++ {
		buf[0] = byte(b)
		for r := 0; r < Rows; r++ {
			binary.LittleEndian.PutUint32(buf[1+4*r:], s[b*Rows+r])
		}
		out[b] = int64(fnvBytes(buf[:]) >> 1)
	}
	return out
}

func fnvBytes(p []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range p {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// Similarity estimates the Jaccard similarity of the two texts.
func (s Signature) Similarity(o Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == o[i] {
			n++
		}
	}
	return float64(n) / float64(Hashes)
}

// Bytes encodes the signature for storage.
func (s Signature) Bytes() []byte {
	b := make([]byte, 4*Hashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// ParseSignature decodes a stored signature; ok is false if b is malformed.
func ParseSignature(b []byte) (s Signature, ok bool) {
	if len(b) != 4*Hashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}
