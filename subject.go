package jinan

import (
	"fmt"

	"github.com/jinanfacts/jinan/internal/data"
)

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

// MarshalText implements encoding.TextMarshaler with String; a value that
// names no subject kind is an error wrapping ErrSyntax.
func (v SubjectKind) MarshalText() ([]byte, error) {
	return enumText("SubjectKind", subjectKindNames[:], int(v))
}

// UnmarshalText implements encoding.TextUnmarshaler for the names String
// returns: "district", "zone" ….
func (v *SubjectKind) UnmarshalText(text []byte) error {
	i, err := enumFromText("subject kind", subjectKindNames[:], text)
	*v = SubjectKind(i)
	return err
}

// Subject is what a fact is about: a place with its GB/T 2260 code (Jinan
// 370100, 市中区 370103), a functional zone and the place it lies in, a
// company, a project, an industry of a place, or a group of peers.
//
// A Subject is a two-byte handle into the library's vocabulary, like
// currency.Unit: comparable, usable as a map key, and impossible to fill
// with false names or codes. The everyday subjects are constants (Jinan,
// Shandong, the districts, the zones, the best-known companies); every
// other one is reached by its ID with ParseSubject or Catalogue.Subject.
// The zero Subject is invalid.
type Subject uint16

// subjectData returns the vocabulary entry of s, or nil for an invalid s.
func (s Subject) subjectData() *data.Subject {
	if s == 0 || int(s) > len(data.Subjects) {
		return nil
	}
	return &data.Subjects[s-1]
}

// ID returns the stable identifier, such as "jinan" or "shizhong"; "" for
// an invalid Subject.
func (s Subject) ID() string {
	if d := s.subjectData(); d != nil {
		return d.ID
	}
	return ""
}

// Kind returns what sort of subject s is.
func (s Subject) Kind() SubjectKind {
	if d := s.subjectData(); d != nil {
		return SubjectKind(nameIndex(subjectKindNames[:], d.Kind))
	}
	return 0
}

// Code returns the GB/T 2260 administrative division code of a place
// ("370100" for Jinan), or "" for subjects that have none.
func (s Subject) Code() string {
	if d := s.subjectData(); d != nil {
		return d.Code
	}
	return ""
}

// Chinese returns the Chinese name: "济南市".
func (s Subject) Chinese() string {
	if d := s.subjectData(); d != nil {
		return d.Zh
	}
	return ""
}

// English returns the English name: "Jinan".
func (s Subject) English() string {
	if d := s.subjectData(); d != nil {
		return d.En
	}
	return ""
}

// Within returns the subject s belongs to: Jinan for 市中区 and for
// 济南高新区, Shandong for Jinan; the zero Subject for China.
func (s Subject) Within() Subject {
	if d := s.subjectData(); d != nil && d.Within != "" {
		return vocab().subjects[d.Within]
	}
	return 0
}

// IsValid reports whether s is a subject of the vocabulary, not the zero
// Subject or a number that names none.
func (s Subject) IsValid() bool { return s.subjectData() != nil }

// String returns the ID.
func (s Subject) String() string { return s.ID() }

// MarshalText implements encoding.TextMarshaler with the ID; an invalid
// Subject is an error wrapping ErrNotFound.
func (s Subject) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("jinan: marshal Subject(%d): %w", uint16(s), ErrNotFound)
	}
	return []byte(s.ID()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseSubject.
func (s *Subject) UnmarshalText(text []byte) error {
	v, err := ParseSubject(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSubject returns the subject whose ID is id: ParseSubject("qilu-pharma")
// is QiluPharma, ParseSubject("jinan-hightech-manufacturing") Jinan's
// high-technology manufacturing. It takes O(1). An unknown ID is an error
// wrapping ErrNotFound.
func ParseSubject(id string) (Subject, error) {
	if s, ok := vocab().subjects[id]; ok {
		return s, nil
	}
	return 0, fmt.Errorf("jinan: subject %q: %w", clipInput("", id), ErrNotFound)
}

// nameIndex returns the index of name in names, or 0 when it is not there
// (index 0 is the unset value of every enumeration).
func nameIndex(names []string, name string) int {
	for i, n := range names {
		if i > 0 && n == name {
			return i
		}
	}
	return 0
}
