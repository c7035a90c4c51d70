package main

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/jinanfacts/jinan"
)

// TestCSVHeaderIsTheSchema: the CSV columns are the Record schema's JSON
// fields, in order, so CSV and JSON Lines carry the same fields.
func TestCSVHeaderIsTheSchema(t *testing.T) {
	var want []string
	typ := reflect.TypeFor[jinan.Record]()
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		want = append(want, name)
	}
	if !slices.Equal(csvHeader, want) {
		t.Errorf("csvHeader = %v\nRecord schema = %v", csvHeader, want)
	}
}
