package vn.onestop.intake.queue.model;

/** A value of a request (by its JSON path, such as {@code fields[1].prefix}) and the rule it breaks. */
public record Violation(String field, String message) {
}
