/// Validation of plan-derived JSON: a JSON reader that keeps byte positions, a JSON Schema
/// draft 2020-12 validator, and the plan checks that a schema cannot express.
///
/// The stages: `JSONReader` turns bytes into `JSONValue`s (each with its byte offset);
/// `SchemaRegistry` loads schemas and resolves `$ref`; `SchemaValidator` evaluates an instance
/// against a schema and returns located `ValidationError`s; `PlanSemanticChecker` adds the
/// plan-level rules (unique ids, resolvable references, real dates).
public enum PlanValidate {}
