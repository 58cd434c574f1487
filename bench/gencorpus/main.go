// Command gencorpus writes a generated corpus as JSONL input for parley
// (title, text, url, published; the outlet in a byline):
//
//	go run ./bench/gencorpus -n 100000 > corpus.jsonl
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"

	"github.com/parley-news/parley/bench/corpus"
)

func main() {
	n := flag.Int("n", 10000, "articles to write")
	seed := flag.Uint64("seed", 1, "corpus seed")
	flag.Parse()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	err := corpus.New(*seed).WriteJSONL(w, *n)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}
