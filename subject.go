package jinan

import "fmt"

// SubjectKind says what sort of thing a fact is about.
type SubjectKind uint8

// The kinds of subject. The zero SubjectKind is unset.
const (
	Nation       SubjectKind = 1 + iota // China
	Province                            // Shandong
	City                                // Jinan, a sub-provincial city
	District                            // a district (区) or county (县) of Jinan
	Zone                                // a functional zone: 济南高新区, the FTZ Jinan Area
	Company                             // an enterprise: 齐鲁制药集团
	Project                             // a project or facility: 中国算谷产业园
	Industry                            // an industry of a place: 高技术制造业 of Jinan
	Group                               // a group of peers for ranks: 副省级城市, 全省各区县
	Organisation                        // a public body or team: 济南市应急管理局
)

var subjectKindNames = [...]string{
	Nation: "nation", Province: "province", City: "city", District: "district", Zone: "zone",
	Company: "company", Project: "project", Industry: "industry", Group: "group", Organisation: "organisation",
}

// String returns the kind's name, such as "district".
func (k SubjectKind) String() string {
	if k != 0 && int(k) < len(subjectKindNames) {
		return subjectKindNames[k]
	}
	return fmt.Sprintf("SubjectKind(%d)", uint8(k))
}

// Subject is what a fact is about: a place with its GB/T 2260 code (Jinan
// 370100, 市中区 370103), a functional zone and the place it lies in, a
// company, a project, an industry of a place, or a group of peers.
//
// Subject is a small comparable value, usable as a map key. Its ID is
// stable and readable ("jinan", "shizhong", "jinan-hitech-zone"). The zero
// Subject is invalid.
type Subject struct {
	id     string
	kind   SubjectKind
	code   string
	zh, en string
	within string
}

// ID returns the stable identifier, such as "jinan" or "shizhong".
func (s Subject) ID() string { return s.id }

// Kind returns what sort of subject s is.
func (s Subject) Kind() SubjectKind { return s.kind }

// Code returns the GB/T 2260 administrative division code of a place
// ("370100" for Jinan), or "" for subjects that have none.
func (s Subject) Code() string { return s.code }

// Chinese returns the Chinese name: "济南市".
func (s Subject) Chinese() string { return s.zh }

// English returns the English name: "Jinan".
func (s Subject) English() string { return s.en }

// Within returns the ID of the subject s belongs to: "jinan" for 市中区 and
// for 济南高新区, "shandong" for Jinan; "" for China.
func (s Subject) Within() string { return s.within }

// IsValid reports whether s is a subject, not the zero Subject.
func (s Subject) IsValid() bool { return s.id != "" }

// String returns the ID.
func (s Subject) String() string { return s.id }
