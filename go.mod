module github.com/jinanfacts/jinan

go 1.24

require (
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/shopspring/decimal v1.4.0 // indirect
	golang.org/x/text v0.44.0 // indirect
)
