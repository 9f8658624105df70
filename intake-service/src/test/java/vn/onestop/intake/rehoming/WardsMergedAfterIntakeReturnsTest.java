package vn.onestop.intake.rehoming;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

import vn.onestop.intake.dossier.IntakeContext;
import vn.onestop.intake.dossier.Requests;
import vn.onestop.support.db.DatabaseCredentials;
import vn.onestop.support.db.EmbeddedPostgresServer;
import vn.onestop.support.outbox.EventEnvelope;
import vn.onestop.support.outbox.Outbox;
import vn.onestop.support.outbox.OutboxEvent;
import vn.onestop.support.outbox.OutboxRelay;
import vn.onestop.support.outbox.OutboxRelayProperties;
import vn.onestop.support.security.test.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, line 4: a ward merger that citizen-service records while intake-service is down moves the open
 * dossiers once intake-service is back. citizen-service's side is played by platform-support's relay on an outbox
 * of its own (a second PostgreSQL, the schema of citizen's migrations) with citizen-service's subscription; it
 * reaches this intake-service through a proxy that first refuses connections (intake down), then forwards.
 */
class WardsMergedAfterIntakeReturnsTest extends IntakeContext {

	@TempDir
	static Path data;

	private static EmbeddedPostgresServer citizenDatabase;

	private static DatabaseClient citizenOutbox;

	private static TransactionalOperator transaction;

	private static final WireMockServer intakeAddress = new WireMockServer(options().dynamicPort());

	@LocalServerPort
	private int port;

	@BeforeAll
	static void start() {
		citizenDatabase = EmbeddedPostgresServer.start(data, 0);
		DatabaseCredentials credentials = citizenDatabase.provision("citizen", "citizen");
		PostgresqlConnectionFactory connections = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
			.host("localhost").port(citizenDatabase.port()).database("citizen").username("citizen")
			.password(credentials.password()).build());
		citizenOutbox = DatabaseClient.create(connections);
		transaction = TransactionalOperator.create(new R2dbcTransactionManager(connections));
		for (String statement : List.of("""
				create table outbox_event (id uuid primary key, aggregate_type text not null, aggregate_id text not null,
				event_type text not null, payload jsonb not null, occurred_at timestamptz not null default now(),
				routed_at timestamptz)""", """
				create table outbox_delivery (event_id uuid not null references outbox_event (id) on delete cascade,
				consumer text not null, occurred_at timestamptz not null, refusals integer not null default 0,
				next_attempt_at timestamptz, published_at timestamptz, primary key (event_id, consumer))""")) {
			citizenOutbox.sql(statement).then().block();
		}
		intakeAddress.start();
	}

	@AfterAll
	static void stop() {
		intakeAddress.stop();
		citizenDatabase.close();
	}

	@Test
	void aMergerRecordedWhileIntakeIsDownMovesTheOpenDossiersOnceIntakeReturns() {
		String merged = freshWard();
		String successor = freshWard();
		String open = file(merged);
		String alsoOpen = file(merged);
		intakeAddress.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		new Outbox(citizenOutbox).append(OutboxEvent.of("Ward", successor, "WardsMerged", """
				{"successor":{"code":"%s","name":"Phường Hợp Nhất","province":"79"},"effectiveOn":"2027-01-01",
				 "predecessors":[{"code":"%s","partial":false}]}""".formatted(successor, merged))).block();
		OutboxRelay relay = citizenServiceRelay();

		assertThat(relay.relayBatch().block()).as("accepted while intake is down").isZero();
		assertThat(wardOf(open)).isEqualTo(merged);
		assertThat(pending()).isEqualTo(1);

		intakeAddress.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom("http://localhost:" + this.port)));
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (pending() > 0 && System.nanoTime() - deadline < 0) {
			relay.relayBatch().block();
		}

		assertThat(pending()).as("WardsMerged waiting for intake-service").isZero();
		assertThat(List.of(wardOf(open), wardOf(alsoOpen))).containsOnly(successor);
		assertThat(moves(open)).as("moves recorded in the dossier's history").isEqualTo(1);
	}

	/** citizen-service's relay as its application.yml configures it, intake-service at the proxy's address. */
	private static OutboxRelay citizenServiceRelay() {
		OutboxRelayProperties properties = new OutboxRelayProperties(true,
				Map.of("intake-service", new OutboxRelayProperties.Consumer(URI.create(intakeAddress.baseUrl() + "/internal/events"),
						List.of("WardsMerged"))),
				Duration.ofMillis(100), 500, Duration.ofSeconds(10), Duration.ofMillis(10), Duration.ofMillis(100), 100,
				DataSize.ofKilobytes(200), 4);
		WebClient http = WebClient.builder().defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.service())).build();
		return new OutboxRelay(citizenOutbox, transaction, http, properties, CircuitBreaker::ofDefaults,
				new EventEnvelope(new JsonMapper(), "citizen-service"), Clock.systemUTC());
	}

	private String file(String ward) {
		return this.client.post()
			.uri("/dossiers")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Requests.maritalStatus(ward, "IN_PERSON"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("code")
			.toString();
	}

	private String wardOf(String code) {
		return this.db.sql("select ward_code from dossier where code = :code").bind("code", code)
			.map(row -> row.get(0, String.class)).one().block();
	}

	private long moves(String code) {
		return this.db.sql("select count(*) from dossier_status_history h join dossier d on d.id = h.dossier_id "
				+ "where d.code = :code and h.actor = :actor")
			.bind("code", code)
			.bind("actor", RehomingDossiers.ACTOR)
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

	private static long pending() {
		return citizenOutbox.sql("select (select count(*) from outbox_delivery where published_at is null) "
				+ "+ (select count(*) from outbox_event where routed_at is null)")
			.map(row -> row.get(0, Long.class))
			.one()
			.block();
	}

}
