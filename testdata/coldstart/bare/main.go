// Command bare imports the jinan package and does nothing else: the floor
// that scripts/bench times testdata/coldstart/full against, the cost of
// starting a Go program that links the package and runs its init.
package main

import _ "github.com/jinanfacts/jinan"

func main() {}
