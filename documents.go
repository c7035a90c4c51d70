package jinan

import (
	_ "embed" // the seeds
	"fmt"
)

// The five source pages, byte for byte as published in the project's shared
// seeds; a test pins their SHA-256. Embedded as strings, so that reading
// them copies nothing.
var (
	//go:embed seeds/000_7d0ca8f784bc605c.txt
	seed000 string
	//go:embed seeds/001_fdc0b1e40edbcf43.txt
	seed001 string
	//go:embed seeds/002_efc7dab49f01bd8e.txt
	seed002 string
	//go:embed seeds/003_af740044c03de167.txt
	seed003 string
	//go:embed seeds/004_a32e2b83e55b5a5b.txt
	seed004 string
)

// Document is one of the five newspaper pages the facts come from. No page
// prints its own date: Published is inferred, and Evidence says from what.
type Document struct {
	File      string // the seed's file name, "000_7d0ca8f784bc605c.txt"
	Newspaper string // 大众日报 (Dazhong Daily) or 济南日报 (Jinan Daily)
	Title     string // what the page is, in English
	Published Date   // inferred publication date
	Evidence  string // why that date
}

// The five documents, in file order.
var documents = [...]Document{
	{
		File: "000_7d0ca8f784bc605c.txt", Newspaper: "大众日报",
		Title:     "Jinan page: Q1 2020 results, High-tech Zone plans, FTZ Jinan Area plan, rescue teams, new-business pack, Tianqiao interview",
		Published: D(2020, 4, 28),
		Evidence:  "“4月27日上午…通报了济南市2020年第一季度经济社会发展情况”; events of 4月24–26日",
	},
	{
		File: "001_fdc0b1e40edbcf43.txt", Newspaper: "大众日报",
		Title:     "Interview with Mayor Sun Shutao and three years of new and old growth drivers",
		Published: D(2020, 12, 31),
		Evidence:  "“2020年12月，济南成为全国首个…”; “截至2020年10月底”; 前三季度 results: late December 2020",
	},
	{
		File: "002_efc7dab49f01bd8e.txt", Newspaper: "大众日报",
		Title:     "Feature on Jinan High-tech Zone",
		Published: D(2020, 5, 31),
		Evidence:  "Q1 2020 results; “4月25日…正式启动”; “这一年” is 2019: late April or May 2020 (latest date taken)",
	},
	{
		File: "003_af740044c03de167.txt", Newspaper: "大众日报",
		Title:     "Feature on Shizhong District",
		Published: D(2020, 3, 31),
		Evidence:  "“过去的一年” is 2019; 2020 is the “聚焦提升年” ahead: early 2020 (latest date taken)",
	},
	{
		File: "004_a32e2b83e55b5a5b.txt", Newspaper: "济南日报",
		Title:     "Jinan Daily web page: district reports and headline list",
		Published: D(2021, 12, 27),
		Evidence:  "“12月22日” signing; “12月26日” Lunan high-speed railway; 2020 GDP already “过万亿元”; 2020 appraisal published “3月” (2021); 党史学习教育 (2021)",
	},
}

// Documents returns the five source documents in file order. The slice is
// a copy.
func Documents() []Document { return append([]Document(nil), documents[:]...) }

// DocumentByFile returns the document whose file name is file, or an error
// wrapping ErrNotFound.
func DocumentByFile(file string) (Document, error) {
	for _, d := range documents {
		if d.File == file {
			return d, nil
		}
	}
	return Document{}, fmt.Errorf("jinan: document %q: %w", clipInput("", file), ErrNotFound)
}

// Text returns a copy of the document's bytes, exactly as embedded.
func (d Document) Text() ([]byte, error) {
	s, err := seedText(d.File)
	return []byte(s), err
}

// seedText returns the embedded text of the seed file, or an error
// wrapping ErrNotFound.
func seedText(file string) (string, error) {
	switch file {
	case documents[0].File:
		return seed000, nil
	case documents[1].File:
		return seed001, nil
	case documents[2].File:
		return seed002, nil
	case documents[3].File:
		return seed003, nil
	case documents[4].File:
		return seed004, nil
	}
	return "", fmt.Errorf("jinan: document %q: %w", clipInput("", file), ErrNotFound)
}
