package jinan

import (
	"errors"
	"testing"
)

func TestLookupSubjectAndIndicator(t *testing.T) {
	c := Default()
	if s, err := c.Subject("shizhong"); err != nil || s != Shizhong || s.Code() != "370103" {
		t.Errorf("Subject(shizhong) = %v, %v, want 市中区 370103", s, err)
	}
	// Shandong is only ever a benchmark (高于全省平均水平), never a subject.
	if s, err := c.Subject("shandong"); err != nil || s != Shandong {
		t.Errorf("Subject(shandong) = %v, %v", s, err)
	}
	if i, err := c.Indicator("gdp"); err != nil || i != GDP || i.Pricing() != Comparable {
		t.Errorf("Indicator(gdp) = %v, %v", i, err)
	}
	if _, err := c.Subject("beijing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Subject(beijing) error = %v, want ErrNotFound", err)
	}
	if _, err := c.Indicator("happiness"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Indicator(happiness) error = %v, want ErrNotFound", err)
	}
}

// TestQueryBySeedAndStatus counts facts read off the seeds by hand: seed
// 004 prints the 1001.4亿元 paragraph twice, and 000 holds the only 2020
// GDP target (确保今年GDP迈过1万亿元).
func TestQueryBySeedAndStatus(t *testing.T) {
	c := Default()
	n := 0
	for f := range c.Query(Query{Indicator: GDP, Status: Planned}) {
		n++
		if f.ID() != "jinan.gdp.level-planned.2020" {
			t.Errorf("planned GDP fact %s", f.ID())
		}
	}
	if n != 1 {
		t.Errorf("%d planned GDP facts, want 1", n)
	}
	budget := 0
	for range c.Query(Query{Subject: Jinan, Indicator: BudgetRevenue, Seed: "004_a32e2b83e55b5a5b.txt", Origin: FromSeed}) {
		budget++
	}
	if budget != 1 {
		t.Errorf("%d facts of Jinan's budget revenue in 004, want 1 (printed twice, one fact)", budget)
	}
}
