// Package agreement finds ceasefires, truces and deals with parties, mediators, terms and status (Agreements) in an
// article's text and fills that field of the article record.
package agreement
