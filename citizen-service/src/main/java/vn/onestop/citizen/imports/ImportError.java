package vn.onestop.citizen.imports;

/** Why a row was not imported: its line in the file, the field at fault and the rule it breaks (never its value). */
public record ImportError(long line, String field, String reason) {
}
