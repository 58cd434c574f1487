// Package number reads cardinal numbers written in digits or words
// ("1,200", "1.5 million", "twenty-five", "a dozen", "two hundred and
// fifty") from a run of lower-cased tokens and hands on their value and how
// many tokens they took. The time and quantity extractors share it.
package number
