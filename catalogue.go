package jinan

// seedCatalogue returns the entries of the five seeds, in file order. The
// entries are built by functions, not package variables, so that nothing
// happens at package init.
func seedCatalogue() []seedEntries {
	return []seedEntries{facts000(), facts001(), facts002(), facts003(), facts004()}
}
