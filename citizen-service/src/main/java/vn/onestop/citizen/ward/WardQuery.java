package vn.onestop.citizen.ward;

import java.time.LocalDate;

/** A validated search: optional folded name fragment and province code, the day, and the page wanted. */
record WardQuery(String searchKey, String provinceCode, LocalDate on, int page, int size) {

	long offset() {
		return (long) this.page * this.size;
	}

}
