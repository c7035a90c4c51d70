// Command full does at start what a program of the library does first: it
// takes the default catalogue, which builds it, looks up one fact, runs one
// query and iterates the derived facts, which derives them. scripts/bench
// times it as a whole process against testdata/coldstart/bare, which only
// imports the package.
package main

import (
	"fmt"
	"os"

	"github.com/jinanfacts/jinan"
)

func main() {
	c := jinan.Default()
	_, found := c.Fact("jinan.gdp.level.2020-q1")
	selected := 0
	for range c.Query(jinan.Query{Subject: jinan.Jinan, Indicator: jinan.GDP}) {
		selected++
	}
	derived := 0
	for range c.Derived() {
		derived++
	}
	if !found || selected == 0 || derived == 0 {
		fmt.Fprintf(os.Stderr, "full: fact found %v, %d facts selected, %d derived\n", found, selected, derived)
		os.Exit(1)
	}
}
