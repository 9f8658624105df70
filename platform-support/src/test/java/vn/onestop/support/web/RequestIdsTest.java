package vn.onestop.support.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@ParameterizedTest
	@ValueSource(strings = { "abc-123", "4bf92f3577b34da6a3ce929d0e0e4736", "gw:01.req_42",
			"550e8400-e29b-41d4-a716-446655440000" })
	void keepsASafeClientId(String id) {
		assertThat(RequestIds.accept(id)).isEqualTo(id);
	}

	@Test
	void keepsAnIdOfExactly64Characters() {
		String id = "a".repeat(64);

		assertThat(RequestIds.accept(id)).isEqualTo(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "has space", "line\nbreak", "carriage\rreturn", "tab\there", "mã-hồ-sơ", "id\u0000",
			"<script>", "a;b", "x\" injected=\"y" })
	void replacesAnUnsafeIdWithAGeneratedUuid(String unsafe) {
		String accepted = RequestIds.accept(unsafe);

		assertThat(accepted).isNotEqualTo(unsafe);
		assertThat(UUID.fromString(accepted).toString()).isEqualTo(accepted);
	}

	@Test
	void replacesATooLongId() {
		String tooLong = "a".repeat(65);

		String accepted = RequestIds.accept(tooLong);

		assertThat(accepted).isNotEqualTo(tooLong);
		assertThat(UUID.fromString(accepted).toString()).isEqualTo(accepted);
	}

	@Test
	void generatesAnIdWhenTheClientSentNone() {
		String accepted = RequestIds.accept(null);

		assertThat(UUID.fromString(accepted).toString()).isEqualTo(accepted);
		assertThat(RequestIds.accept(null)).isNotEqualTo(accepted);
	}

	@Test
	void readsTheIdFromARequest() {
		assertThat(RequestIds.of(MockServerHttpRequest.get("/").header(RequestIds.HEADER, "abc").build())).isEqualTo("abc");
		assertThat(RequestIds.of(MockServerHttpRequest.get("/").build())).isEmpty();
	}

}
