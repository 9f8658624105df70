package vn.onestop.citizen.records;

/** A field of a citizen form (as a JSON path) and the rule its value breaks. */
record FieldProblem(String field, String message) {
}
