package vn.onestop.intake.dossier;

import java.time.LocalDate;
import java.util.List;

/** Request objects for the plain-Java tests. */
final class DossierRequests {

	private DossierRequests() {
	}

	static DossierRequest maritalStatus(String ward, String channel) {
		return new DossierRequest("HT-XAC-NHAN-HON-NHAN", ward, channel,
				new DossierRequest.Submitter("Nguyễn Văn An", "038087042028", LocalDate.of(1987, 3, 2), "0912345678",
						"an@example.vn", new DossierRequest.Address("12 Lê Lợi", ward), "SMS"),
				null, List.of(new DossierRequest.Document("to-khai", 1, null, null)), null, null, null);
	}

}
