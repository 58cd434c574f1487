// Package quantity finds quantities with what they count (Quantities) in an
// article's text and fills that field of the article record.
package quantity
