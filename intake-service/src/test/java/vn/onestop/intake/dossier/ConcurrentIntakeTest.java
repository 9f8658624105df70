package vn.onestop.intake.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/** Parallel intakes of one ward get 0001..N, no gaps, no duplicates; parallel retries of one key get one dossier. */
class ConcurrentIntakeTest extends IntakeContext {

	private static final int PARALLEL = 50;

	@LocalServerPort
	private int port;

	private Flux<Answer> fire(int times, String body, String idempotencyKey) {
		WebClient web = WebClient.create("http://localhost:" + this.port);
		return Flux.range(0, times)
			.flatMap(i -> web.post().uri("/dossiers").contentType(MediaType.APPLICATION_JSON)
				.headers(headers -> {
					headers.set("Authorization", staffBearer());
					if (idempotencyKey != null) {
						headers.set("Idempotency-Key", idempotencyKey);
					}
				})
				.bodyValue(body)
				.exchangeToMono(response -> response.bodyToMono(DossierView.class)
					.map(view -> new Answer(response.statusCode().value(), view.code()))
					.defaultIfEmpty(new Answer(response.statusCode().value(), null))), times);
	}

	record Answer(int status, String code) {
	}

	@Test
	void fiftyParallelIntakesOfOneWardAreNumberedWithoutGapsOrDuplicates() {
		String ward = freshWard();
		List<Answer> answers = fire(PARALLEL, Requests.maritalStatus(ward, "IN_PERSON"), null).collectList()
			.block(Duration.ofSeconds(60));
		assertThat(answers).extracting(Answer::status).containsOnly(201);
		List<String> expected = IntStream.rangeClosed(1, PARALLEL)
			.mapToObj(n -> ward + "-261026-" + String.format("%04d", n))
			.toList();
		assertThat(answers).extracting(Answer::code).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(count("select count(*) as n from dossier where ward_code = :w", ward)).isEqualTo(PARALLEL);
	}

	@Test
	void parallelRetriesWithOneKeyMakeOneDossier() {
		String ward = freshWard();
		String key = "retry-" + ward;
		List<Answer> answers = fire(10, Requests.maritalStatus(ward, "IN_PERSON"), key).collectList()
			.block(Duration.ofSeconds(60));
		assertThat(answers).extracting(Answer::status).containsOnly(201);
		assertThat(answers).extracting(Answer::code).containsOnly(ward + "-261026-0001");
		assertThat(count("select count(*) as n from dossier where ward_code = :w", ward)).isEqualTo(1);
		assertThat(count("select count(*) as n from outbox_event where payload->>'wardCode' = :w", ward)).isEqualTo(1);
	}

	private long count(String sql, String ward) {
		return this.db.sql(sql).bind("w", ward).map(row -> row.get("n", Long.class)).one()
			.switchIfEmpty(Mono.just(0L)).block();
	}

}
