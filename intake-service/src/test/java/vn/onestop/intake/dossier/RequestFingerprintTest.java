package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

	@Test
	void isTheSha256InHex() {
		assertThat(RequestFingerprint.of(List.of())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(RequestFingerprint.of(List.of("a"))).hasSize(64).matches("[0-9a-f]{64}");
	}

	@Test
	void isStableForEqualValues() {
		assertThat(RequestFingerprint.of(List.of("HT-KHAI-SINH", 1, "Nguyễn")))
			.isEqualTo(RequestFingerprint.of(List.of("HT-KHAI-SINH", 1, "Nguyễn")));
	}

	@Test
	void separatesValuesUnambiguously() {
		assertThat(RequestFingerprint.of(List.of("ab", "c"))).isNotEqualTo(RequestFingerprint.of(List.of("a", "bc")));
		assertThat(RequestFingerprint.of(List.of("a;", "b"))).isNotEqualTo(RequestFingerprint.of(List.of("a", ";b")));
		assertThat(RequestFingerprint.of(List.of("1:a;"))).isNotEqualTo(RequestFingerprint.of(List.of("a", "")));
	}

	@Test
	void tellsNullFromEmptyAndOrderMatters() {
		assertThat(RequestFingerprint.of(Arrays.asList((Object) null))).isNotEqualTo(RequestFingerprint.of(List.of("")));
		assertThat(RequestFingerprint.of(Arrays.asList(null, "x"))).isNotEqualTo(RequestFingerprint.of(Arrays.asList("x", null)));
		assertThat(RequestFingerprint.of(List.of("-"))).isNotEqualTo(RequestFingerprint.of(Arrays.asList((Object) null)));
	}

	@Test
	void aRequestAndItsTwinHashAlikeButAnyChangedFieldDiffers() {
		DossierRequest request = DossierRequests.maritalStatus("00004", "IN_PERSON");
		String hash = RequestFingerprint.of(request.meaning());
		assertThat(RequestFingerprint.of(DossierRequests.maritalStatus("00004", "IN_PERSON").meaning())).isEqualTo(hash);
		assertThat(RequestFingerprint.of(DossierRequests.maritalStatus("00005", "IN_PERSON").meaning())).isNotEqualTo(hash);
		assertThat(RequestFingerprint.of(DossierRequests.maritalStatus("00004", "ONLINE").meaning())).isNotEqualTo(hash);
		DossierRequest ownerGiven = new DossierRequest(request.procedureCode(), request.wardCode(), request.channel(),
				request.submitter(), new DossierRequest.Owner("Nguyễn Văn An", "038087042028", null, "0912345678", null,
						request.submitter().address()), request.documents(), request.sets(), request.notes(),
				request.receivedBy());
		assertThat(RequestFingerprint.of(ownerGiven.meaning())).isNotEqualTo(hash);
		DossierRequest moreCopies = new DossierRequest(request.procedureCode(), request.wardCode(), request.channel(),
				request.submitter(), request.owner(), List.of(new DossierRequest.Document("to-khai", 1, 0, 1)),
				request.sets(), request.notes(), request.receivedBy());
		assertThat(RequestFingerprint.of(moreCopies.meaning())).isNotEqualTo(hash);
	}

	@Test
	void aPhoneWrittenWithTheCountryCodeIsTheSamePhone() {
		DossierRequest request = DossierRequests.maritalStatus("00004", "IN_PERSON");
		DossierRequest.Submitter s = request.submitter();
		DossierRequest international = new DossierRequest(request.procedureCode(), request.wardCode(), request.channel(),
				new DossierRequest.Submitter(s.fullName(), s.idNumber(), s.dateOfBirth(), "+84912345678", s.email(),
						s.address(), s.notificationPreference()),
				request.owner(), request.documents(), request.sets(), request.notes(), request.receivedBy());
		assertThat(RequestFingerprint.of(international.meaning())).isEqualTo(RequestFingerprint.of(request.meaning()));
	}

}
