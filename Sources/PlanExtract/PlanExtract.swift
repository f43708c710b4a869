// PlanExtract: normalized text + section tree -> the typed plan model.
//
// Each kind of item has its own extractor over one shared `ExtractionContext`, which
// knows the normalized lines, the section enclosing each line, and how to turn a column
// of a normalized line into a column of the original file.
