package main

import (
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/markup"
)

// The namespaces of SDMX-ML 2.1 structure messages.
const (
	nsMessage   = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
	nsStructure = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure"
	nsCommon    = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
)

// names returns com:Name elements in English and, where given, Chinese.
func names(en, zh string) []*markup.Node {
	ns := []*markup.Node{markup.E("com:Name", "xml:lang", "en").With(en)}
	if zh != "" {
		ns = append(ns, markup.E("com:Name", "xml:lang", "zh").With(zh))
	}
	return ns
}

// maintainable returns a maintainable artefact of the agency.
func maintainable(name, id string) *markup.Node {
	return markup.E(name, "id", id, "agencyID", agency, "version", sdmxVersion, "isFinal", "true")
}

// ref returns a Ref element to an artefact of the agency.
func ref(class, pkg, id string, parent ...string) *markup.Node {
	if len(parent) > 0 {
		return markup.E("Ref", "id", id, "maintainableParentID", parent[0], "maintainableParentVersion", sdmxVersion,
			"agencyID", agency, "package", pkg, "class", class)
	}
	return markup.E("Ref", "id", id, "version", sdmxVersion, "agencyID", agency, "package", pkg, "class", class)
}

// codelist is a code list: its ID, names and codes.
type codelist struct {
	id, en, zh string
	codes      []sdmxCode
}

// sdmxCode is a code of a code list.
type sdmxCode struct {
	id, en, zh string
	desc       string // an English description, or ""
	parent     string // the code of the enclosing code, or ""
	gbt2260    string // a GB/T 2260 administrative division code, or ""
}

// codelists returns the code lists of the data structure, built from the
// catalogue's vocabulary (every subject and indicator its facts use, every
// measure and bound the library has) and from sdmxVariants.
func codelists(c jinan.Catalogue) []codelist {
	area := codelist{id: "CL_AREA", en: "Subjects: areas, zones, companies, projects and groups", zh: "主体"}
	inArea := map[string]bool{}
	for s := range c.Subjects() {
		inArea[code(s.ID())] = true
	}
	for s := range c.Subjects() {
		sc := sdmxCode{id: code(s.ID()), en: s.English(), zh: s.Chinese(), gbt2260: s.Code(),
			desc: article(s.Kind().String()) + "; the library's subject " + s.ID()}
		if w := s.Within(); w.IsValid() && inArea[code(w.ID())] {
			sc.parent = code(w.ID())
		}
		area.codes = append(area.codes, sc)
	}
	area.codes = append(area.codes, sdmxCode{id: notApplicable, en: "Not applicable", zh: "不适用"})

	indicator := codelist{id: "CL_INDICATOR", en: "Indicators", zh: "指标"}
	for i := range c.Indicators() {
		indicator.codes = append(indicator.codes, sdmxCode{id: code(i.ID()), en: i.English(), zh: i.Chinese(), desc: "The library's indicator " + i.ID()})
	}

	measure := codelist{id: "CL_MEASURE", en: "Measures", zh: "口径"}
	for _, m := range enumNames[jinan.Measure]() {
		var jm jinan.Measure
		_ = jm.UnmarshalText([]byte(m)) // m is a name the library wrote
		measure.codes = append(measure.codes, sdmxCode{id: code(m), en: strings.ReplaceAll(m, "_", " "), zh: jm.Chinese()})
	}

	bound := codelist{id: "CL_BOUND", en: "Bounds of a printed figure", zh: "限定词"}
	boundZh := map[string]string{"exact": "确数", "over": "超过", "at_least": "以上", "about": "约", "nearly": "近",
		"at_most": "以下", "under": "不到", "range": "区间"}
	for _, b := range enumNames[jinan.Bound]() {
		bound.codes = append(bound.codes, sdmxCode{id: code(b), en: strings.ReplaceAll(b, "_", " "), zh: boundZh[b]})
	}

	unit := codelist{id: "CL_UNIT", en: "Units of measure", zh: "计量单位"}
	for _, u := range sdmxUnits {
		unit.codes = append(unit.codes, sdmxCode{id: u.code, en: u.en, zh: u.zh})
	}
	obsStatus := codelist{id: "CL_OBS_STATUS", en: "Observation status", zh: "观测值状态"}
	for _, s := range obsStatuses {
		obsStatus.codes = append(obsStatus.codes, sdmxCode{id: s[0], en: s[1], zh: s[2]})
	}
	status := codelist{id: "CL_STATUS", en: "Observed or target", zh: "实际或目标"}
	for _, s := range statuses {
		status.codes = append(status.codes, sdmxCode{id: s[0], en: s[1], zh: s[2]})
	}

	variant := codelist{id: "CL_VARIANT", en: "Variants of an observation", zh: "变体"}
	var vs []string
	for _, v := range sdmxVariants(c) {
		if !slices.Contains(vs, v) {
			vs = append(vs, v)
		}
	}
	slices.Sort(vs)
	variant.codes = append(variant.codes, sdmxCode{id: notApplicable, en: "Not applicable: the only observation of its key", zh: "不适用"})
	for _, v := range vs {
		variant.codes = append(variant.codes, sdmxCode{id: v, en: strings.ToLower(strings.ReplaceAll(v, "_", " "))})
	}
	return []codelist{area, indicator, measure, bound, unit, obsStatus, status, variant}
}

// structure returns the SDMX-ML 2.1 structure message: the agency, the
// dataflow, the code lists, the concepts and the data structure.
func structure(c jinan.Catalogue) *markup.Node {
	latest := jinan.Date{}
	for _, d := range jinan.Documents() {
		if latest.Before(d.Published) {
			latest = d.Published
		}
	}
	header := markup.E("mes:Header").Add(
		markup.E("mes:ID").With("JINAN_STRUCTURE"),
		markup.E("mes:Test").With("false"),
		// The catalogue is fixed: the message is dated by its latest page.
		markup.E("mes:Prepared").With(latest.String()+"T00:00:00"),
		markup.E("mes:Sender", "id", agency).Add(names("jinanfacts: the jinan Go module", "")...),
	)

	agencies := markup.E("str:AgencyScheme", "id", "AGENCIES", "agencyID", "SDMX", "version", "1.0", "isFinal", "false").
		Add(names("Agencies", "")...).
		Add(markup.E("str:Agency", "id", agency).Add(names("jinanfacts, the maintainers of github.com/jinanfacts/jinan", "")...))

	dataflow := maintainable("str:Dataflow", dataflowID).
		Add(names("Figures of five newspaper pages about Jinan's economy (2020–2021)", "济南经济：五个报纸版面的数据（2020—2021）")...).
		Add(markup.E("str:Structure").Add(ref("DataStructure", "datastructure", dsdID)))

	lists := markup.E("str:Codelists")
	for _, cl := range codelists(c) {
		n := maintainable("str:Codelist", cl.id).Add(names(cl.en, cl.zh)...)
		for _, sc := range cl.codes {
			cn := markup.E("str:Code", "id", sc.id)
			if sc.gbt2260 != "" {
				cn.Add(markup.E("com:Annotations").Add(markup.E("com:Annotation").Add(
					markup.E("com:AnnotationTitle").With(sc.gbt2260),
					markup.E("com:AnnotationType").With("GB_T_2260"),
				)))
			}
			cn.Add(names(sc.en, sc.zh)...)
			if sc.desc != "" {
				cn.Add(markup.E("com:Description", "xml:lang", "en").With(sc.desc))
			}
			if sc.parent != "" {
				cn.Add(markup.E("str:Parent").Add(markup.E("Ref", "id", sc.parent)))
			}
			n.Add(cn)
		}
		lists.Add(n)
	}

	scheme := maintainable("str:ConceptScheme", schemeID).Add(names("Concepts of the Jinan facts", "")...)
	for _, comp := range components {
		scheme.Add(markup.E("str:Concept", "id", comp.id).Add(names(comp.name, "")...).
			Add(markup.E("com:Description", "xml:lang", "en").With(comp.desc)))
	}

	representation := func(comp component) *markup.Node {
		if comp.codelist != "" {
			return markup.E("str:LocalRepresentation").Add(markup.E("str:Enumeration").Add(ref("Codelist", "codelist", comp.codelist)))
		}
		return markup.E("str:LocalRepresentation").Add(markup.E("str:TextFormat", "textType", comp.textType))
	}
	concept := func(comp component) *markup.Node {
		return markup.E("str:ConceptIdentity").Add(ref("Concept", "conceptscheme", comp.id, schemeID))
	}
	dims := markup.E("str:DimensionList", "id", "DimensionDescriptor")
	attrs := markup.E("str:AttributeList", "id", "AttributeDescriptor")
	measures := markup.E("str:MeasureList", "id", "MeasureDescriptor")
	position := 0
	for _, comp := range components {
		switch comp.role {
		case dimension, timeDimension:
			position++
			name := "str:Dimension"
			if comp.role == timeDimension {
				name = "str:TimeDimension"
			}
			dims.Add(markup.E(name, "id", comp.id, "position", strconv.Itoa(position)).Add(concept(comp), representation(comp)))
		case primaryMeasure:
			measures.Add(markup.E("str:PrimaryMeasure", "id", comp.id).Add(concept(comp), representation(comp)))
		case attribute:
			status := "Conditional"
			if comp.mandatory {
				status = "Mandatory"
			}
			attrs.Add(markup.E("str:Attribute", "id", comp.id, "assignmentStatus", status).Add(concept(comp), representation(comp),
				markup.E("str:AttributeRelationship").Add(markup.E("str:PrimaryMeasure").Add(markup.E("Ref", "id", "OBS_VALUE")))))
		}
	}
	dsd := maintainable("str:DataStructure", dsdID).
		Add(names("Jinan facts: figures of newspaper pages, typed and sourced", "")...).
		Add(markup.E("str:DataStructureComponents").Add(dims, attrs, measures))

	// The order of the children of mes:Structures is the order the
	// SDMX-ML 2.1 schema requires.
	structures := markup.E("mes:Structures").Add(
		markup.E("str:OrganisationSchemes").Add(agencies),
		markup.E("str:Dataflows").Add(dataflow),
		lists,
		markup.E("str:Concepts").Add(scheme),
		markup.E("str:DataStructures").Add(dsd),
	)
	return markup.E("mes:Structure", "xmlns:mes", nsMessage, "xmlns:str", nsStructure, "xmlns:com", nsCommon).Add(header, structures)
}

// writeDSD writes the structure message.
func writeDSD(w io.Writer, c jinan.Catalogue) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	return structure(c).Write(w, markup.XML)
}

// article returns a noun with its indefinite article: "a city", "an
// organisation".
func article(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "An " + noun
	}
	return "A " + noun
}
