package vn.onestop.intake.procedure;

import java.util.List;

record ProcedurePage(List<ProcedureView> items, int page, int size, long totalItems, long totalPages) {

	static ProcedurePage of(List<ProcedureView> items, int page, int size, long total) {
		return new ProcedurePage(items, page, size, total, (total + size - 1) / size);
	}

}
