// Package brief renders article records as a Markdown brief for a reader in
// a hurry: per input, each story with its title, outlet, date and lead,
// followed by one section per kind of fact the extractors found.
package brief
