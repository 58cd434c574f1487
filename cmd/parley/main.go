// Command parley turns raw news about conflict and diplomacy into a
// verifiable, searchable record. See README.md and the verbs' help.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// errUsage marks bad usage (exit 2); errInputs marks unreadable inputs (exit 1).
var (
	errUsage  = errors.New("usage")
	errInputs = errors.New("some inputs could not be read")
)

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what every verb gets: streams and the logger.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	log            *slog.Logger
}

func commands() []command {
	return []command{
		{"extract", "analyse inputs and print the record of every article (JSON)", runExtract},
		{"brief", "analyse inputs and print a readable Markdown brief", runBrief},
		{"ingest", "analyse inputs into the store (SQLite file or PostgreSQL)", runIngest},
		{"search", "full-text search over the store, with filters", runSearch},
		{"export", "dump the store: jsonl, csv or events-csv", runExport},
		{"serve", "serve the web UI and JSON API over the store", runServe},
		{"enqueue", "put inputs' articles on a NATS JetStream work queue", runEnqueue},
		{"worker", "analyse queued articles into the store (scale-out)", runWorker},
		{"version", "print parley's version", runVersion},
		{"help", "list the commands, or explain one: parley help COMMAND", runHelp},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	e.log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()}))
	os.Exit(run(ctx, e, os.Args[1:]))
}

func logLevel() slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(os.Getenv("PARLEY_LOG"))); err != nil {
		return slog.LevelWarn
	}
	return l
}

// run executes one verb and maps its error to the exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(e.stdout)
		return 0
	case "-version", "--version":
		args = []string{"version"}
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			fmt.Fprintf(e.stderr, "parley %s: %v\n", c.name, err)
			return 2
		case errors.Is(err, errInputs):
			return 1
		default:
			fmt.Fprintf(e.stderr, "parley %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(e.stderr, "parley: unknown command %q\n", args[0])
	usage(e.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: parley COMMAND [flags] [PATH...]")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nPATH is a file, a folder (walked) or - for stdin. Run 'parley help COMMAND' for a command's flags.")
}

func runHelp(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		usage(e.stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] && c.name != "help" {
			return c.run(ctx, &env{stdin: e.stdin, stdout: e.stdout, stderr: e.stdout, log: e.log}, []string{"-h"})
		}
	}
	return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
}

func runVersion(_ context.Context, e *env, _ []string) error {
	fmt.Fprintln(e.stdout, "parley", version)
	return nil
}

// newFlags makes a verb's flag set, printing its usage to the env's stderr.
func newFlags(e *env, name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: parley %s [flags] %s\n\n%s\n\nflags:\n", name, args, summary)
		fs.PrintDefaults()
	}
	return fs
}

// parse reads flags wherever they stand among the arguments, so that
// "parley extract file.txt --format json" works as well as the usual order.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}
