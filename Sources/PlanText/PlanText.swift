// PlanText: the shared ground of every stage.
//
// Source locations and spans (1-based lines, columns counted in Unicode scalars),
// the line table that turns byte offsets into them, line splitting that keeps each
// line's terminator, and the one `Diagnostic` type that every stage reports with.
