package vn.onestop.citizen.imports;

import java.util.List;

/** One page of an import's refused rows, in file order. */
record ImportErrorPage(List<ImportError> items, int page, int size, long total) {
}
