package vn.onestop.citizen.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What V10__preferences_not_chosen.sql makes of the rows written before it, when every record made without
 * preferences was stored as NONE without consent. The rows are put back in that old state, the migration's
 * script is run on them in a transaction, and the transaction is rolled back so that the other tests' rows
 * are left as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class PreferencesMigrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private TransactionalOperator transaction;

	@Test
	void noneWithoutConsentBecomesNotChosenUnlessItWasChosenByAnUpdateOrWithConsent() throws IOException {
		String madeByIntake = register(preferences(null, null), null);
		String chosenAtRegistration = register(preferences("NONE", false), null);
		String chosenByAnUpdate = register(preferences("SMS", true), CitizenFixtures.phone());
		patch(chosenByAnUpdate, "{\"preferences\":{\"channel\":\"NONE\",\"consent\":false}}");
		String noneWithConsent = register(preferences("NONE", true), null);
		String sms = register(preferences("SMS", true), CitizenFixtures.phone());
		List<String> ids = List.of(madeByIntake, chosenAtRegistration, chosenByAnUpdate, noneWithConsent, sms);
		// Before V10 a record made without preferences was stored as NONE.
		this.db.sql("update citizen set notification_channel = 'NONE' where id = cast(:id as uuid)")
			.bind("id", madeByIntake).then().block(TIMEOUT);
		String migration = new ClassPathResource("db/migration/V10__preferences_not_chosen.sql")
			.getContentAsString(StandardCharsets.UTF_8);

		Map<String, String> after = this.transaction.execute(status -> {
			status.setRollbackOnly();
			return this.db.sql(migration).then().thenMany(Flux.fromIterable(ids).concatMap(id -> this.db
				.sql("select notification_channel from citizen where id = cast(:id as uuid)")
				.bind("id", id)
				.map(row -> Map.entry(id, row.get("notification_channel", String.class)))
				.one()));
		}).collectMap(Map.Entry::getKey, Map.Entry::getValue, LinkedHashMap::new).block(TIMEOUT);

		assertThat(after).containsEntry(madeByIntake, "NOT_CHOSEN")
			.containsEntry(chosenAtRegistration, "NOT_CHOSEN")
			.containsEntry(chosenByAnUpdate, "NONE")
			.containsEntry(noneWithConsent, "NONE")
			.containsEntry(sms, "SMS");
	}

	private static Map<String, Object> preferences(String channel, Boolean consent) {
		Map<String, Object> preferences = new LinkedHashMap<>();
		preferences.put("channel", channel);
		preferences.put("consent", consent);
		return preferences;
	}

	private String register(Map<String, Object> preferences, String phone) {
		Map<String, Object> body = CitizenFixtures.body("Lý Văn Hùng", CitizenFixtures.maleBorn1987(), phone);
		body.put("preferences", preferences);
		return (String) this.client.post().uri("/citizens").bodyValue(body).exchange()
			.expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id");
	}

	private void patch(String id, String json) {
		this.client.patch().uri("/citizens/{id}", id)
			.contentType(MediaType.valueOf("application/merge-patch+json"))
			.header(HttpHeaders.IF_MATCH, "\"1\"")
			.bodyValue(json)
			.exchange()
			.expectStatus().isOk();
	}

}
