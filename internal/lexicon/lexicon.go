package lexicon

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/parley-news/parley/internal/article"
	"github.com/parley-news/parley/internal/text"
)

//go:generate go run gen/main.go

//go:embed data/*.tsv data/*.txt
var nameFiles embed.FS

// Kinds of name entries: what list a name came from.
const (
	NameCountry     = "country"     // a state or territory
	NameDemonym     = "demonym"     // an adjective standing for a country ("Syrian")
	NameNationality = "nationality" // the people of a country ("Syrians"), a group
	NameCapital     = "capital"
	NamePlace       = "place"       // region, city, site
	NameSubdivision = "subdivision" // state, province, governorate
	NameGroup       = "group"       // ethnic or religious group
	NameIntl        = "intl"        // international organization
	NameArmed       = "armed"       // armed group
	NameOutlet      = "outlet"      // news outlet
	NameGov         = "gov"         // government body, army, parliament, party
	NameCompany     = "company"
	NameRank        = "rank"   // title written before a name ("President")
	NameOffice      = "office" // a post or description ("envoy")
)

// NameEntry is one known name.
type NameEntry struct {
	Name    string // the canonical name ("United States" for "U.S.")
	Type    string // Person, Organization, Place or Group; "" for titles
	Kind    string
	Country string // the country a demonym, nationality or capital belongs to
}

// Head classes: what a name's last word says it is.
const (
	NameHeadNone = iota
	NameHeadOrganization
	NameHeadPlace
	NameHeadOther  // law, prize, event, document: not an entity
	NameHeadSuffix // company suffix ("Inc.")
)

type nameTables struct {
	names, titles *NameTrie
	demonym       map[string]string // lower-case adjective -> country
	given         map[string]bool
	common        wordList // English words, marked when also a name
	heads         map[string]int
	countries     map[string]bool
	demonymOf     map[string]string // country -> its first adjective
	military      map[string]string // country -> its armed forces
}

var loadNames = sync.OnceValue(func() *nameTables {
	t, err := buildNames()
	if err != nil {
		// The data is embedded and checked by the tests: failing here is a
		// build defect, not bad input.
		panic(err)
	}
	return t
})

// Names is the trie of every known entity name and alias.
func Names() *NameTrie { return loadNames().names }

// Titles is the trie of titles and offices (NameEntry.Kind NameRank or NameOffice).
func Titles() *NameTrie { return loadNames().titles }

// CountryOfDemonym gives the country an adjective stands for:
// "Israeli" -> "Israel", "U.S." -> "United States". Case is ignored.
func CountryOfDemonym(adj string) (string, bool) {
	c, ok := loadNames().demonym[text.Lower(adj)]
	return c, ok
}

// DemonymOf gives a country's adjective: "Israel" -> "Israeli".
func DemonymOf(country string) (string, bool) {
	d, ok := loadNames().demonymOf[country]
	return d, ok
}

// MilitaryOf names a country's armed forces: "Israel" -> "Israel Defense
// Forces", so that "the Israeli army" and "IDF" are one entity.
func MilitaryOf(country string) (string, bool) {
	m, ok := loadNames().military[country]
	return m, ok
}

// IsCountry reports whether name is the canonical name of a country or territory.
func IsCountry(name string) bool { return loadNames().countries[name] }

// IsGivenName reports whether w (any case) is a listed given name.
func IsGivenName(w string) bool { return loadNames().given[text.Lower(w)] }

// IsCommonWord reports whether w, lower-cased, is an English word that is
// not also a name ("details", "earlier"; not "china" or "apple").
func IsCommonWord(w string) bool {
	listed, name := loadNames().common.lookup(text.Lower(w))
	return listed && !name
}

// IsEnglishWord reports whether w, lower-cased, is an English word, even
// one that is also a name ("united", "apple").
func IsEnglishWord(w string) bool {
	listed, _ := loadNames().common.lookup(text.Lower(w))
	return listed
}

// NameHead tells what a name ending in word w is (NameHeadOrganization for
// "Committee", NameHeadPlace for "Strip", ...). Case matters: heads are capitalized.
func NameHead(w string) int { return loadNames().heads[w] }

func buildNames() (*nameTables, error) {
	t := &nameTables{
		names: NewNameTrie(), titles: NewNameTrie(),
		demonym: map[string]string{}, given: map[string]bool{},
		heads: map[string]int{}, countries: map[string]bool{},
		demonymOf: map[string]string{}, military: map[string]string{},
	}
	// Order sets precedence: the first entry for a surface wins, so a
	// country beats a subdivision of the same name ("Georgia").
	steps := []struct {
		file string
		fn   func(t *nameTables, cols []string) error
	}{
		{"data/countries.tsv", addCountryName},
		{"data/orgs.tsv", addOrgName},
		{"data/groups.tsv", addListed(article.Group, NameGroup)},
		{"data/places.tsv", addListed(article.Place, NamePlace)},
		{"data/usstates.tsv", addListed(article.Place, NameSubdivision)},
		{"data/subdivisions.tsv", addListed(article.Place, NameSubdivision)},
		{"data/titles.tsv", addTitleName},
		{"data/heads.tsv", addHeadNames},
		{"data/militaries.tsv", addMilitary},
	}
	for _, s := range steps {
		if err := eachNameLine(s.file, func(cols []string) error { return s.fn(t, cols) }); err != nil {
			return nil, err
		}
	}
	if err := eachNameLine("data/given.txt", func(cols []string) error {
		for _, w := range strings.Fields(strings.Join(cols, " ")) {
			t.given[text.Lower(w)] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	common, err := nameFiles.ReadFile("data/common.txt")
	if err != nil {
		return nil, fmt.Errorf("lexicon data/common.txt: %w", err)
	}
	t.common = newWordList(string(common))
	return t, nil
}

// eachNameLine calls fn with the tab-separated columns of every line that is
// not blank or a # comment. The columns slice is reused from line to line:
// fn may keep the strings, not the slice.
func eachNameLine(name string, fn func([]string) error) error {
	data, err := nameFiles.ReadFile(name)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	var cols []string
	err = eachLine(string(data), func(n int, line string) error {
		cols = cols[:0]
		for {
			c, rest, more := strings.Cut(line, "\t")
			cols = append(cols, c)
			if !more {
				break
			}
			line = rest
		}
		if err := fn(cols); err != nil {
			return fmt.Errorf("lexicon %s:%d: %w", name, n, err)
		}
		return nil
	})
	return err
}

// eachLine calls fn with every line of data (numbered from 1, without its
// line end) that is not blank or a # comment, and stops at fn's first error.
func eachLine(data string, fn func(n int, line string) error) error {
	n := 0
	for line := range strings.Lines(data) {
		n++
		line = strings.TrimRight(strings.TrimSuffix(line, "\n"), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return nil
}

func nameCol(cols []string, i int) []string {
	if i >= len(cols) {
		return nil
	}
	var out []string
	for _, s := range strings.Split(cols[i], ";") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func addCountryName(t *nameTables, cols []string) error {
	name := strings.TrimSpace(cols[0])
	if name == "" {
		return fmt.Errorf("empty country name")
	}
	t.countries[name] = true
	e := NameEntry{Name: name, Type: article.Place, Kind: NameCountry, Country: name}
	t.names.Add(name, e)
	for _, a := range nameCol(cols, 1) {
		t.names.Add(a, e)
	}
	for _, a := range nameCol(cols, 2) {
		if _, dup := t.demonymOf[name]; !dup {
			t.demonymOf[name] = a
		}
		if _, dup := t.demonym[text.Lower(a)]; !dup {
			t.demonym[text.Lower(a)] = name
		}
		t.names.Add(a, NameEntry{Name: name, Type: article.Place, Kind: NameDemonym, Country: name})
	}
	for _, a := range nameCol(cols, 3) {
		t.names.Add(a, NameEntry{Name: a, Type: article.Group, Kind: NameNationality, Country: name})
	}
	for _, a := range nameCol(cols, 4) {
		t.names.Add(a, NameEntry{Name: a, Type: article.Place, Kind: NameCapital, Country: name})
	}
	return nil
}

var nameOrgKinds = map[string]bool{NameIntl: true, NameArmed: true, NameOutlet: true, NameGov: true, NameCompany: true}

func addOrgName(t *nameTables, cols []string) error {
	if len(cols) < 2 || !nameOrgKinds[cols[0]] {
		return fmt.Errorf("want kind and name, got %q", strings.Join(cols, "\t"))
	}
	e := NameEntry{Name: strings.TrimSpace(cols[1]), Type: article.Organization, Kind: cols[0]}
	t.names.Add(e.Name, e)
	for _, a := range nameCol(cols, 2) {
		t.names.Add(a, e)
	}
	return nil
}

// addListed returns a loader for lists of "name<TAB>other names".
func addListed(typ, kind string) func(t *nameTables, cols []string) error {
	return func(t *nameTables, cols []string) error {
		e := NameEntry{Name: strings.TrimSpace(cols[0]), Type: typ, Kind: kind}
		if e.Name == "" {
			return fmt.Errorf("empty name")
		}
		t.names.Add(e.Name, e)
		for _, a := range nameCol(cols, 1) {
			t.names.Add(a, e)
		}
		return nil
	}
}

func addTitleName(t *nameTables, cols []string) error {
	if len(cols) < 2 || (cols[0] != NameRank && cols[0] != NameOffice) {
		return fmt.Errorf("want rank or office, got %q", strings.Join(cols, "\t"))
	}
	t.titles.Add(cols[1], NameEntry{Name: cols[1], Kind: cols[0]})
	return nil
}

func addHeadNames(t *nameTables, cols []string) error {
	class := map[string]int{"organization": NameHeadOrganization, "place": NameHeadPlace, "other": NameHeadOther, "suffix": NameHeadSuffix}[cols[0]]
	if class == NameHeadNone || len(cols) < 2 {
		return fmt.Errorf("unknown head class %q", cols[0])
	}
	for _, w := range strings.Fields(cols[1]) {
		if _, dup := t.heads[w]; !dup {
			t.heads[w] = class
		}
	}
	return nil
}

func addMilitary(t *nameTables, cols []string) error {
	if len(cols) < 2 || !t.countries[cols[0]] {
		return fmt.Errorf("want a listed country and its armed forces, got %q", strings.Join(cols, "\t"))
	}
	t.military[cols[0]] = cols[1]
	return nil
}
