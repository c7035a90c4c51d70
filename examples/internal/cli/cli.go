// Package cli holds what the example commands share in reading their
// command line.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// Parse parses args with fs, a flag.ContinueOnError set writing nowhere.
// For -h or -help it prints usage and fs's flags to stderr and returns 0
// and true; for a bad flag it prints the flag package's reason, prefixed
// with the command's name, and usage, and returns 2 and true. done is
// false when the command should go on.
func Parse(fs *flag.FlagSet, args []string, usage string, stderr io.Writer) (status int, done bool) {
	fs.Usage = func() {}
	err := fs.Parse(args)
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintln(stderr, usage)
		fs.SetOutput(stderr)
		fs.PrintDefaults()
		return 0, true
	}
	// The flag package says what is wrong with which flag.
	fmt.Fprintf(stderr, "%s: %v\n%s\n", fs.Name(), err, usage)
	return 2, true
}
