module github.com/jinanfacts/jinan

go 1.26.0

require (
	github.com/google/go-cmp v0.7.0
	github.com/shopspring/decimal v1.4.0
	golang.org/x/text v0.44.0
)
