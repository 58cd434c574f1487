// Package bench takes generated corpora (package corpus) and hands on
// figures: the store's ingest rate, search latency and memory as it grows
// (go test -bench . ./bench; go run ./bench/storebench -n 100000 for the
// full run; bench/ingest.sh for the whole pipeline through parley ingest).
package bench
