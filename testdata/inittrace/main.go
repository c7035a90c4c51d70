// Command inittrace imports the jinan package and does nothing else, so
// that GODEBUG=inittrace=1 shows what initialising the package costs.
// TestNothingAtInit builds and runs it.
package main

import _ "github.com/jinanfacts/jinan"

func main() {}
