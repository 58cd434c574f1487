package wordnet

import "strings"

// Forms returns the base form of verb and its inflections: the third person
// singular, the past (and participle) and the -ing form. WordNet's verb.exc
// gives the irregular ones ("foretold", "rebutted"), which replace the
// regular form, except where they are a British or old spelling beside it:
// a doubled final l ("signalled" beside "signaled") or a past in -t
// ("misspelt", "blest" beside "misspelled", "blessed").
func (d *Data) Forms(verb string) []string {
	forms := []string{verb, thirdPerson(verb)}
	var excPast, excIng []string
	variant := false
	for _, f := range d.exc[verb] {
		switch {
		case strings.HasSuffix(f, "ing"):
			excIng = append(excIng, f)
		case f == thirdPerson(verb):
		default:
			excPast = append(excPast, f)
			stem := strings.TrimSuffix(verb[:len(verb)-1], "e")
			if f == verb+"led" || strings.HasSuffix(f, "t") && !strings.HasSuffix(verb, "t") && strings.HasPrefix(f, stem) {
				variant = true
			}
		}
	}
	if zeroPast(verb) {
		// "cut", "let": the past is the base form; "broadcast" also takes -ed
		variant = strings.HasSuffix(verb, "cast")
		excPast = append(excPast, verb)
	}
	if len(excPast) == 0 || variant {
		forms = append(forms, past(verb))
	}
	forms = append(forms, excPast...)
	if len(excIng) == 0 || variant && strings.HasSuffix(verb, "l") {
		forms = append(forms, gerund(verb))
	}
	forms = append(forms, excIng...)
	return uniq(forms)
}

// zeroPast reports whether verb's past is its base form, which verb.exc does
// not list: the closed class of "cut", "let", "put" and the -cast verbs.
func zeroPast(verb string) bool {
	switch verb {
	case "bet", "bid", "burst", "cost", "cut", "hit", "hurt", "let", "put", "quit", "rid", "set",
		"shed", "shut", "slit", "split", "spread", "thrust", "upset", "wet", "reset", "offset", "undercut":
		return true
	}
	return strings.HasSuffix(verb, "cast")
}

// pastForms keeps those of forms that are past forms of verb: the regular
// -ed one and the irregular ones (neither the base, nor -s, nor -ing).
func pastForms(verb string, forms []string) []string {
	var out []string
	for _, f := range forms {
		if f == verb || f == thirdPerson(verb) || strings.HasSuffix(f, "ing") {
			continue
		}
		out = append(out, f)
	}
	return out
}

func uniq(in []string) []string {
	seen := map[string]bool{}
	out := in[:0]
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// consonantY reports whether w ends in a consonant and "y" ("deny", not "say").
func consonantY(w string) bool {
	return len(w) >= 2 && w[len(w)-1] == 'y' && !isVowel(w[len(w)-2])
}

func thirdPerson(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case consonantY(w):
		return w[:len(w)-1] + "ies"
	case len(w) >= 2 && w[len(w)-1] == 'o' && !isVowel(w[len(w)-2]):
		return w + "es" // "vetoes", "echoes"
	}
	return w + "s"
}

func past(w string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case consonantY(w):
		return w[:len(w)-1] + "ied"
	case doubles(w):
		return w + w[len(w)-1:] + "ed"
	}
	return w + "ed"
}

func gerund(w string) string {
	switch {
	case strings.HasSuffix(w, "ie"):
		return w[:len(w)-2] + "ying"
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye") || strings.HasSuffix(w, "oe"):
		return w + "ing"
	case strings.HasSuffix(w, "e") && len(w) > 2:
		return w[:len(w)-1] + "ing"
	case doubles(w):
		return w + w[len(w)-1:] + "ing"
	}
	return w + "ing"
}

// doubles reports whether a one-syllable verb ending in one vowel and one
// consonant doubles that consonant ("chat" → "chatted"). Longer verbs
// double only when stressed on the last syllable, which spelling does not
// show; verb.exc lists those ("rebutted", "averred").
func doubles(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	last := w[n-1]
	if isVowel(last) || last == 'w' || last == 'x' || last == 'y' {
		return false
	}
	if !isVowel(w[n-2]) || isVowel(w[n-3]) && !(w[n-3] == 'u' && n >= 4 && w[n-4] == 'q') {
		return false // "moan", "boast"; but "quip", "quiz"
	}
	return syllables(w) == 1
}

// syllables counts groups of vowels, "qu" counting as a consonant.
func syllables(w string) int {
	n, in := 0, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		v := isVowel(c) || c == 'y' && i > 0
		if c == 'u' && i > 0 && w[i-1] == 'q' {
			v = false
		}
		if v && !in {
			n++
		}
		in = v
	}
	return n
}
