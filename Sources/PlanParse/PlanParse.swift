// PlanParse: the outline of a plan (its numbered sections) as a tree with source lines.
//
// Works on normalized text lines (the normalizer keeps the line structure, so line numbers
// are those of the original file).
