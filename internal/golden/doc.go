// Package golden takes a test's output and the path of its golden file under
// testdata/ and hands on a verdict: the test fails, naming the first line
// that differs, unless the output is byte for byte the reviewed file. With
// -update it rewrites the file instead, to be reviewed in the diff.
//
// The -update flag is registered here, once, so that every test binary that
// imports the package accepts it: go test ./... -run Golden -update.
package golden
