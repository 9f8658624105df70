package vn.onestop.citizen.records;

import java.util.Map;

/**
 * The body of {@code POST /citizens/reviews/{id}/resolution}: for an IMPORT_CONFLICT review the value each disputed
 * field keeps ({@code "IMPORTED"} or {@code "STORED"}); for a PARTIAL_MERGER review the ward the citizen lives in.
 */
record ReviewResolutionForm(Map<String, String> fields, String wardCode) {
}
