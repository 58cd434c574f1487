// Package storetest takes a way to open an empty store and hands on the
// verdict of one conformance suite: every store.Store implementation must
// pass Run, so that the SQLite and PostgreSQL stores answer alike.
package storetest
