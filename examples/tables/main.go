// Command tables prints the Markdown tables of what the catalogue holds —
// facts per seed and per indicator — that stand in the README between the
// markers <!-- tables --> and <!-- /tables -->. A test fails when the README
// is stale; run this to regenerate them.
//
// Usage:
//
//	go run ./examples/tables
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/jinanfacts/jinan"
)

func main() {
	flag.Usage = func() { fmt.Fprintln(flag.CommandLine.Output(), "usage: tables") }
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	fmt.Print(markdown(jinan.Default(), minFacts))
}
