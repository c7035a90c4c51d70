// Command full does at start what a program of the library does first: it
// takes the default catalogue, which builds it, looks up one fact, runs one
// query and iterates the derived facts, which derives them, and reads the
// figure of every fact it meets. scripts/bench times it as a whole process
// against testdata/coldstart/bare, which only imports the package.
package main

import (
	"fmt"
	"os"

	"github.com/jinanfacts/jinan"
)

func main() {
	c := jinan.Default()
	gdp, found := c.Fact("jinan.gdp.level.2020-q1")
	figures := 0 // facts whose figure has a unit, as every fact's has
	count := func(f jinan.Fact) {
		if f.Quantity().Unit().IsValid() {
			figures++
		}
	}
	count(gdp)
	selected := 0
	for f := range c.Query(jinan.Query{Subject: jinan.Jinan, Indicator: jinan.GDP}) {
		count(f)
		selected++
	}
	derived := 0
	for f := range c.Derived() {
		count(f)
		derived++
	}
	if !found || selected == 0 || derived == 0 || figures != 1+selected+derived {
		fmt.Fprintf(os.Stderr, "full: fact found %v, %d facts selected, %d derived, %d figures with a unit\n", found, selected, derived, figures)
		os.Exit(1)
	}
}
