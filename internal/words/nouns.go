package words

import "sync"

// Noun is the English noun of what a count counts, singular and plural,
// for the indicator that counts it: 14家 of "cas-institutes" are 14
// institutes and 13家 of "reformed-development-zones" 13 development
// zones, though both are counted with 家. A counter word says how Chinese
// counts a thing, not what the thing is, so the noun belongs to the
// indicator; a counter's own English (Counters) is only the fallback for a
// count that names no indicator.
type Noun struct {
	Indicator string    // an indicator ID of the catalogue: "cas-institutes"
	English   [2]string // singular and plural: "institute", "institutes"
}

// Nouns are the English nouns of every indicator that counts things, in
// the order the seeds first print them. The root package selects singular
// or plural by the CLDR plural rules of English (golang.org/x/text/feature/plural):
// 1 institute, 14 institutes, 1.5 institutes.
var Nouns = [...]Noun{
	// 000
	{"us-formulations", [2]string{"formulation", "formulations"}},
	{"formulation-export-volume-us", [2]string{"vial or tablet", "vials and tablets"}},
	{"online-investment-events", [2]string{"event", "events"}},
	{"signed-projects", [2]string{"project", "projects"}},
	{"new-trading-enterprises", [2]string{"enterprise", "enterprises"}},
	{"enterprises", [2]string{"enterprise", "enterprises"}},
	{"eurasia-freight-trains", [2]string{"train", "trains"}},
	{"pledged-key-tasks", [2]string{"task", "tasks"}},
	{"projects", [2]string{"project", "projects"}},
	{"projects-started", [2]string{"project", "projects"}},
	{"site-workers", [2]string{"worker", "workers"}},
	{"buildings", [2]string{"building", "buildings"}},
	{"industrial-sectors", [2]string{"sector", "sectors"}},
	{"strategic-partners", [2]string{"organisation", "organisations"}},
	{"rescue-teams", [2]string{"team", "teams"}},
	{"market-entities", [2]string{"market entity", "market entities"}},
	{"service-cards", [2]string{"card", "cards"}},
	{"information-categories", [2]string{"category", "categories"}},
	{"information-items", [2]string{"item", "items"}},
	{"key-tackling-tasks", [2]string{"task", "tasks"}},
	{"specialised-markets", [2]string{"market", "markets"}},
	{"core-industries", [2]string{"core industry", "core industries"}},
	{"leading-industries", [2]string{"leading industry", "leading industries"}},
	{"professional-partner-teams", [2]string{"professional team", "professional teams"}},
	{"tackling-campaigns", [2]string{"campaign", "campaigns"}},
	{"ecommerce-parks", [2]string{"e-commerce park", "e-commerce parks"}},
	// 001
	{"national-strategies", [2]string{"strategy", "strategies"}},
	{"districts-gdp-over-100bn", [2]string{"district or county", "districts and counties"}},
	{"districts-budget-revenue-over-10bn", [2]string{"district or county", "districts and counties"}},
	{"reformed-development-zones", [2]string{"development zone", "development zones"}},
	{"internal-bodies", [2]string{"body", "bodies"}},
	{"cas-institutes", [2]string{"institute", "institutes"}},
	{"global-500-firms", [2]string{"company", "companies"}},
	{"china-500-firms", [2]string{"company", "companies"}},
	{"financial-institutions", [2]string{"institution", "institutions"}},
	{"countries-reached", [2]string{"country", "countries"}},
	{"cities-reached", [2]string{"city", "cities"}},
	{"new-air-cargo-routes", [2]string{"route", "routes"}},
	{"institutional-innovations", [2]string{"measure", "measures"}},
	{"replicable-cases", [2]string{"case", "cases"}},
	{"partner-departments", [2]string{"department", "departments"}},
	{"award-notice-steps", [2]string{"step", "steps"}},
	{"transferred-departments", [2]string{"department", "departments"}},
	{"transferred-permits", [2]string{"permit", "permits"}},
	{"promised-time-limit", [2]string{"working day", "working days"}},
	{"sole-approvers", [2]string{"approver", "approvers"}},
	{"cases-handled", [2]string{"case", "cases"}},
	{"financing-seekers-matched", [2]string{"enterprise", "enterprises"}},
	{"financial-products", [2]string{"product", "products"}},
	{"research-projects", [2]string{"project", "projects"}},
	{"research-institutes", [2]string{"research institution", "research institutions"}},
	{"invention-patents", [2]string{"patent", "patents"}},
	{"tech-transfers", [2]string{"technology result", "technology results"}},
	{"incubated-hightech-firms", [2]string{"enterprise", "enterprises"}},
	{"cloud-enterprises", [2]string{"enterprise", "enterprises"}},
	{"unicorn-firms", [2]string{"enterprise", "enterprises"}},
	{"provincial-gazelle-firms", [2]string{"enterprise", "enterprises"}},
	{"cluster-leaders", [2]string{"enterprise", "enterprises"}},
	{"single-item-champion-applicants", [2]string{"enterprise", "enterprises"}},
	{"key-industrial-chains", [2]string{"industrial chain", "industrial chains"}},
	{"master-plans", [2]string{"plan", "plans"}},
	{"comprehensive-plans", [2]string{"plan", "plans"}},
	{"special-plans", [2]string{"plan", "plans"}},
	{"start-batches", [2]string{"batch", "batches"}},
	{"started-projects", [2]string{"project", "projects"}},
	{"talent-teams", [2]string{"team", "teams"}},
	{"registered-enterprise-groups", [2]string{"enterprise group", "enterprise groups"}},
	{"plan-aspects", [2]string{"area", "areas"}},
	{"innovation-measures", [2]string{"measure", "measures"}},
	{"support-policies", [2]string{"policy", "policies"}},
	{"foreign-goods-kinds", [2]string{"kind", "kinds"}},
	{"key-industrial-clusters", [2]string{"industrial cluster", "industrial clusters"}},
	{"special-meetings", [2]string{"meeting", "meetings"}},
	{"bridges", [2]string{"bridge", "bridges"}},
	{"tunnels", [2]string{"tunnel", "tunnels"}},
	{"industrial-parks", [2]string{"park", "parks"}},
	{"landmark-skyscrapers", [2]string{"project", "projects"}},
	// 002
	{"star-market-approvals", [2]string{"enterprise", "enterprises"}},
	{"health-platforms", [2]string{"platform", "platforms"}},
	{"industry-directions", [2]string{"direction", "directions"}},
	{"nuclear-power-groups", [2]string{"group", "groups"}},
	// 003
	{"regional-headquarters", [2]string{"regional headquarters", "regional headquarters"}},
	{"new-above-size-enterprises", [2]string{"enterprise", "enterprises"}},
	{"finance-institutions-settled", [2]string{"institution", "institutions"}},
	{"new-enterprise-rd-centres", [2]string{"R&D institution", "R&D institutions"}},
	{"new-academician-workstations", [2]string{"workstation", "workstations"}},
	{"new-maker-spaces", [2]string{"maker space", "maker spaces"}},
	{"new-incubators", [2]string{"incubator", "incubators"}},
	{"new-rd-transfer-institutions", [2]string{"institution", "institutions"}},
	{"new-high-tech-enterprises", [2]string{"enterprise", "enterprises"}},
	{"expropriation-agreements", [2]string{"agreement", "agreements"}},
	{"rural-roads-upgraded", [2]string{"road", "roads"}},
	{"academicians-recruited", [2]string{"academician", "academicians"}},
	{"national-leading-talents-recruited", [2]string{"person", "people"}},
	{"provincial-leading-talents-recruited", [2]string{"person", "people"}},
	{"quancheng-5150-talents", [2]string{"person", "people"}},
	{"quancheng-industry-leaders", [2]string{"person", "people"}},
	{"innovation-platforms-introduced", [2]string{"platform", "platforms"}},
	{"talent-contest-projects-landed", [2]string{"project", "projects"}},
	{"investment-promotion-trips", [2]string{"event", "events"}},
	{"industrial-highlands", [2]string{"highland", "highlands"}},
	// 004
	{"foreign-capital-modes", [2]string{"mode", "modes"}},
	{"signed-enterprises", [2]string{"enterprise", "enterprises"}},
	{"emerging-industry-sectors", [2]string{"sector", "sectors"}},
	{"origin-countries", [2]string{"country or region", "countries and regions"}},
	{"product-categories", [2]string{"category", "categories"}},
	{"product-items", [2]string{"product line", "product lines"}},
	{"provincial-gazelle-awards", [2]string{"enterprise", "enterprises"}},
	{"city-gazelle-awards", [2]string{"enterprise", "enterprises"}},
	{"gazelle-enterprises", [2]string{"enterprise", "enterprises"}},
	{"service-staff-sent", [2]string{"attendant", "attendants"}},
	{"party-instructors-sent", [2]string{"instructor", "instructors"}},
	{"expanding-enterprises", [2]string{"enterprise", "enterprises"}},
	{"settled-projects", [2]string{"project", "projects"}},
	{"projects-over-100m", [2]string{"project", "projects"}},
	{"cities-visited", [2]string{"city", "cities"}},
	{"urban-renewal-projects", [2]string{"project", "projects"}},
	{"plan-measures", [2]string{"measure", "measures"}},
	{"invited-enterprises", [2]string{"enterprise", "enterprises"}},
	{"merchants-matched", [2]string{"merchant", "merchants"}},
	{"foreign-projects-landed", [2]string{"project", "projects"}},
	{"working-mechanisms", [2]string{"mechanism", "mechanisms"}},
}

// nounIndex maps an indicator ID to its row of Nouns; nounsByIndicator
// builds it on first use, so the package does no work at init.
var (
	nounOnce  sync.Once
	nounIndex map[string]int
)

func nounsByIndicator() map[string]int {
	nounOnce.Do(func() {
		nounIndex = make(map[string]int, len(Nouns))
		for i, n := range Nouns {
			nounIndex[n.Indicator] = i
		}
	})
	return nounIndex
}

// NounOf returns the English noun of what the indicator counts:
// NounOf("cas-institutes") is "institute", "institutes".
func NounOf(indicator string) (Noun, bool) {
	i, ok := nounsByIndicator()[indicator]
	if !ok {
		return Noun{}, false
	}
	return Nouns[i], true
}
