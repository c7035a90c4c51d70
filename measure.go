package jinan

import "fmt"

// Measure says which aspect of an indicator a figure states: its level, its
// growth, its gap to a benchmark, its share of a whole.
//
// "进出口增长20.7%，增速高于全省平均水平24.3个百分点，比前两个月提高11.1个百分点"
// holds three measures of one indicator: Growth 20.7%, Gap 24.3 pp to
// Shandong, and Change 11.1 pp against January–February.
type Measure uint8

// The measures. The zero Measure is unset.
const (
	// Level is the amount itself: GDP of 2027.00亿元, 230家 enterprises.
	Level Measure = 1 + iota
	// Growth is year-on-year growth in percent, signed: 同比下降4.4% is
	// −4.4%. For GDP and value added it is at comparable prices.
	Growth
	// AverageGrowth is average annual growth over several years: 年均增长20%.
	AverageGrowth
	// SequentialGrowth is growth over the previous period (环比), such as
	// month-on-month: 月均环比增长12%.
	SequentialGrowth
	// Gap is growth minus the benchmark's growth, in percentage points:
	// 增速高于全省平均水平24.3个百分点.
	Gap
	// Change is growth minus the growth of an earlier period of the same
	// subject, in percentage points: 比前两个月提高11.1个百分点.
	Change
	// Share is a part of a whole, in percent: 占全市进出口总额52.4%.
	Share
	// Contribution is the part of the whole's growth that this part
	// accounts for, in percentage points: 拉动全市22.9个百分点.
	Contribution
	// PriorYearRatio is the level against the same period a year before:
	// 相当于上年同期的96.2%.
	PriorYearRatio
	// Rank is a position among peers (the benchmark): 居全省第一, 第27名.
	Rank
	// Target is the size of a task or plan: 全年任务.
	Target
	// Completion is the part of a target done, in percent: 占全年任务的139.6%.
	Completion
	// Difference is a level minus a benchmark's level in the indicator's own
	// unit, such as an interest rate 约2个百分点 below others.
	Difference
	// Percentile is a position among peers as a share of their number, in
	// percent: 第27名 of 160 zones is 16.875%; 进入全省前20% says it is at
	// most 20%. It is a band, not a rank.
	Percentile
)

var measureNames = [...]string{
	Level: "level", Growth: "growth", AverageGrowth: "average_growth",
	SequentialGrowth: "sequential_growth", Gap: "gap", Change: "change", Share: "share",
	Contribution: "contribution", PriorYearRatio: "prior_year_ratio", Rank: "rank",
	Target: "target", Completion: "completion", Difference: "difference", Percentile: "percentile",
}

var measureChinese = [...]string{
	Level: "水平", Growth: "同比增长", AverageGrowth: "年均增长", SequentialGrowth: "环比增长",
	Gap: "增速差", Change: "增速变化", Share: "占比", Contribution: "拉动", PriorYearRatio: "相当于上年同期",
	Rank: "排名", Target: "目标", Completion: "完成率", Difference: "差额", Percentile: "百分位",
}

// Chinese returns the measure as Chinese statistical releases name it:
// "同比增长" for Growth, "占比" for Share.
func (m Measure) Chinese() string {
	if m != 0 && int(m) < len(measureChinese) {
		return measureChinese[m]
	}
	return m.String()
}

// String returns the measure's export name, such as "prior_year_ratio".
func (m Measure) String() string {
	if m != 0 && int(m) < len(measureNames) {
		return measureNames[m]
	}
	return fmt.Sprintf("Measure(%d)", uint8(m))
}

// Status says whether a fact was observed or is a target or plan.
type Status uint8

// The statuses. The zero Status is unset.
const (
	// Observed is a value the source reports as achieved.
	Observed Status = 1 + iota
	// Planned is a target, plan or promise at the time of writing:
	// 确保今年GDP迈过1万亿元, 力争3年内…达到千亿元级规模.
	Planned
)

var statusNames = [...]string{Observed: "observed", Planned: "target"}

// String returns "observed" or "target".
func (s Status) String() string {
	if s != 0 && int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler with String; the zero
// Status is an error wrapping ErrSyntax.
func (s Status) MarshalText() ([]byte, error) { return enumText("Status", statusNames[:], int(s)) }

// UnmarshalText implements encoding.TextUnmarshaler for "observed" and
// "target".
func (s *Status) UnmarshalText(text []byte) error {
	i, err := enumFromText("status", statusNames[:], text)
	*s = Status(i)
	return err
}

// MarshalText implements encoding.TextMarshaler with String; the zero
// Measure is an error wrapping ErrSyntax.
func (m Measure) MarshalText() ([]byte, error) { return enumText("Measure", measureNames[:], int(m)) }

// UnmarshalText implements encoding.TextUnmarshaler for the names String
// returns: "level", "growth", "gap" …
func (m *Measure) UnmarshalText(text []byte) error {
	i, err := enumFromText("measure", measureNames[:], text)
	*m = Measure(i)
	return err
}

// enumText returns the name of value i of an enumeration, or an error for
// a value that names none.
func enumText(typ string, names []string, i int) ([]byte, error) {
	if i <= 0 || i >= len(names) || names[i] == "" {
		return nil, fmt.Errorf("jinan: marshal %s(%d): %w", typ, i, ErrSyntax)
	}
	return []byte(names[i]), nil
}

// enumFromText returns the value whose name is text, or an error naming
// the input.
func enumFromText(what string, names []string, text []byte) (int, error) {
	if i := nameIndex(names, string(text)); i != 0 {
		return i, nil
	}
	return 0, fmt.Errorf("jinan: %s %q: %w", what, clipInput("", string(text)), ErrSyntax)
}
