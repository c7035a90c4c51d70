// Command audit checks every arithmetic relation among the catalogue's
// facts that the seeds allow — parts that add up to a whole, a part within
// its whole, the same figure printed twice, a contribution against its
// share and growth rates, a rank against a printed percentile — and lists
// the derivations the library refuses. Seed inconsistencies are reported
// with their numbers, never hidden.
//
// Usage:
//
//	go run ./examples/audit [-failing]
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/jinanfacts/jinan"
)

func main() {
	failing := flag.Bool("failing", false, "list only the relations that do not hold")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: audit [-failing]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	checks := jinan.Default().Audit()
	held := 0
	for _, c := range checks {
		result := "holds"
		if c.Holds {
			held++
		} else {
			result = "FAILS"
		}
		if *failing && c.Holds {
			continue
		}
		fmt.Printf("%s  %s: %s\n", result, c.Relation, c.Name)
		fmt.Printf("       want:  %s\n       got:   %s\n       facts: %s\n", c.Want, c.Got, strings.Join(c.Inputs, ", "))
	}
	fmt.Printf("\n%d relations checked: %d hold, %d do not.\n", len(checks), held, len(checks)-held)
}
