#!/usr/bin/env bash
# Whole-pipeline ingest rate: read → clean → extract → store, through
# `parley ingest` on a generated JSONL corpus, into a fresh SQLite file.
#   bench/ingest.sh [ARTICLES]     (default 20000)
set -euo pipefail
n=${1:-20000}
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
go build -o "$dir/parley" ./cmd/parley
go run ./bench/gencorpus -n "$n" > "$dir/corpus.jsonl"
echo "corpus: $n articles, $(du -h "$dir/corpus.jsonl" | cut -f1)"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" \
	"$dir/parley" ingest --db "$dir/p.db" --progress lines "$dir/corpus.jsonl"
echo "store: $(du -h "$dir/p.db" | cut -f1)"
