package vn.onestop.citizen.records;

/** One field of one change: its JSON path, the value before and after (null when absent). */
record FieldChange(String field, String oldValue, String newValue) {
}
