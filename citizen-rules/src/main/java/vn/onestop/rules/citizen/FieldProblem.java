package vn.onestop.rules.citizen;

/** A field of a citizen form (as a JSON path) and the rule its value breaks. */
public record FieldProblem(String field, String message) {
}
