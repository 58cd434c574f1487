// Package corpus takes a seed and a size and hands on a large, varied,
// reproducible news corpus for benchmarks: article records with entities,
// claims, events and agreements located by exact spans (as the pipeline
// would hand them on), or the same stories as raw JSONL input. Stories are
// composed from building blocks written for parley (places, people,
// outlets, sentence patterns); about one in five is a syndicated copy of an
// earlier story with its own headline and a small edit, as wire copy is.
package corpus
