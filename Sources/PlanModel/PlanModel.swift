// PlanModel: the typed plan model, as published in Schemas/plan.schema.json.
//
// A leaf: Foundation only, no pipeline logic, so anyone can decode plan JSON without the
// parser. Required keys whose value may be null are encoded as explicit nulls.
