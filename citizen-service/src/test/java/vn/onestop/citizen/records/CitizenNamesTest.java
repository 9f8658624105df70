package vn.onestop.citizen.records;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import vn.onestop.citizen.ward.WardFixtures;
import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;
import vn.onestop.support.security.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names search ranks (citizen_name, citizen_name_word, citizen_word) follow every way citizens are written:
 * registration, a corrected name, an import, a merger's move, a deactivation; and a write that rolls back leaves no
 * name behind. Each test uses words of its own, so the other tests sharing the database cannot disturb it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
class CitizenNamesTest {

	private static final AtomicInteger NUMBERS = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 900_000));

	@Autowired
	private WebTestClient client;

	@Autowired
	private RegisteringCitizen registering;

	@Autowired
	private CitizenMoves moves;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private TransactionalOperator transaction;

	@Test
	void aRegistrationAddsItsNameItsWordsAndTheirListing() {
		String given = word();
		String name = "Ngô Thị " + capitalized(given);
		String id = register(name, CitizenFixtures.HAI_CHAU);

		assertThat(count("select count(*) from citizen_name where search_key = :v and mark_key = '"
				+ NameSearchKeys.markKey(name) + "'", "ngo thi " + given)).isEqualTo(1);
		assertThat(count("select count(*) from citizen_name_word where search_key = :v and word_count = 3", "ngo thi " + given))
			.isEqualTo(3);
		assertThat(count("select count(*) from citizen_word where word = :v", given)).isEqualTo(1);
		assertThat(ids(name, null)).first().isEqualTo(id);
		assertThat(ids(given, null)).first().isEqualTo(id);
	}

	@Test
	void aCorrectedNameIsFoundByTheNewNameOnly() {
		String before = "Lê Văn " + capitalized(word());
		// a name that shares no word with the old one: two random words after the same "Lê Văn " can share enough
		// trigrams for the similar-names search (word_similarity at least 0.6) to find one from the other
		String after = "Đỗ Thị " + capitalized(word());
		String id = register(before, CitizenFixtures.HAI_CHAU);
		this.client.patch().uri("/citizens/" + id).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("fullName", after)).exchange().expectStatus().isOk();

		assertThat(ids(after, null)).first().isEqualTo(id);
		assertThat(ids(after, CitizenFixtures.HAI_CHAU)).first().isEqualTo(id);
		assertThat(ids(before, null)).doesNotContain(id);
		// names only grow: the old one stays and finds nobody
		assertThat(count("select count(*) from citizen_name where search_key = :v", NameSearchKeys.searchKey(before))).isEqualTo(1);
	}

	@Test
	void importedCitizensAreFoundAtOnce() {
		String family = capitalized(word());
		String csv = "fullName,idNumber,dateOfBirth,gender,phone,email,address.line,address.wardCode,preferences.channel,"
				+ "preferences.consent\n" + line(family + " Văn An") + line(family + " Thị Bình") + line(family + " Văn An");
		this.client.post().uri("/citizens/imports?successorWard={w}&source=names", CitizenFixtures.HAI_CHAU)
			.contentType(MediaType.valueOf("text/csv")).bodyValue(csv).exchange().expectStatus().isCreated()
			.expectBody().jsonPath("$.created").isEqualTo(3);

		assertThat(count("select count(*) from citizen_name where search_key like :v", family.toLowerCase() + " %")).isEqualTo(2);
		assertThat(names(family, CitizenFixtures.HAI_CHAU)).containsExactly(family + " Thị Bình", family + " Văn An",
				family + " Văn An");
		assertThat(names(family + " Văn An", null)).containsExactly(family + " Văn An", family + " Văn An");
	}

	@Test
	void citizensMovedByAMergerOrDeactivatedKeepTheirNames() {
		String from = WardFixtures.nextCode();
		String to = WardFixtures.nextCode();
		StepVerifier.create(WardFixtures.ward(this.db, from, "Tên Cũ").then(WardFixtures.ward(this.db, to, "Tên Mới")))
			.verifyComplete();
		String name = "Phạm Văn " + capitalized(word());
		String moved = register(name, from);
		String deactivated = register(name, from);
		this.client.post().uri("/citizens/" + deactivated + "/deactivation").header(HttpHeaders.IF_MATCH, "\"1\"")
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.officer(from))).exchange()
			.expectStatus().isOk();
		StepVerifier.create(this.moves.move(List.of(from), to, MergerRehoming.ACTOR, Instant.now())).expectNext(2L)
			.verifyComplete();

		String officer = TestTokens.officer(from, to);
		assertThat(ids(name, to, officer)).containsExactlyInAnyOrder(moved, deactivated);
		assertThat(ids(name, from, officer)).isEmpty();
		assertThat(ids(name, null, officer)).as("all the officer's wards").containsExactlyInAnyOrder(moved, deactivated);
		this.client.get().uri(b -> b.path("/citizens/search").queryParam("name", "{n}").queryParam("ward", to).build(name))
			.header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.officer(to))).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items[?(@.id == '" + deactivated + "')].active").isEqualTo(List.of(false));
	}

	@Test
	void aRegistrationThatRollsBackLeavesNoName() {
		String given = word();
		Mono<Citizen> failed = this.registering.register(CitizenFixtures.form("Trần Văn " + capitalized(given), CitizenFixtures.HAI_CHAU), CitizenFixtures.OFFICER)
			.then(Mono.error(new IllegalStateException("rolled back")));
		StepVerifier.create(this.transaction.transactional(failed)).expectErrorMessage("rolled back").verify();

		assertThat(count("select count(*) from citizen_name where search_key = :v", "tran van " + given)).isZero();
		assertThat(count("select count(*) from citizen_word where word = :v", given)).isZero();
	}

	@Test
	void everyNameACitizenBearsIsListedWithAllItsWords() {
		register("Đặng Thị " + capitalized(word()), CitizenFixtures.HAI_CHAU);
		assertThat(count("select count(*) from citizen c where cast(:v as text) is not null and not exists (select 1 from"
				+ " citizen_name n where n.search_key = c.search_key and n.mark_key = c.mark_key)", "-")).isZero();
		assertThat(count("select count(*) from citizen_name n cross join unnest(n.words) as w(word) where cast(:v as text)"
				+ " is not null and not exists (select 1 from citizen_name_word p where p.word = w.word and p.search_key ="
				+ " n.search_key and p.mark_key = n.mark_key and p.word_count = n.word_count) or not exists (select 1 from"
				+ " citizen_word v where v.word = w.word)", "-")).isZero();
	}

	/** A name word no other test uses: x and five random letters, never y (the search key reads y as i). */
	private static String word() {
		StringBuilder word = new StringBuilder("x");
		ThreadLocalRandom.current().ints(5, 0, 25).forEach(c -> word.append("abcdefghijklmnopqrstuvwxz".charAt(c)));
		return word.toString();
	}

	private static String capitalized(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	/** A man born in 1991 registered in HCMC: numbers no other test fixture hands out. */
	private static String line(String fullName) {
		return "\"" + fullName + "\",079091" + String.format("%06d", NUMBERS.incrementAndGet()) + ",1991-02-03,MALE,,,,"
				+ CitizenFixtures.RETIRED_WARD + ",,\n";
	}

	private String register(String name, String ward) {
		Caller officer = new Caller("test-officer", Set.of(Role.OFFICER), Set.of(ward), null);
		return this.registering.register(CitizenFixtures.form(name, ward), officer).map(citizen -> citizen.id().toString())
			.block(Duration.ofSeconds(10));
	}

	private List<String> ids(String name, String ward) {
		return ids(name, ward, null);
	}

	private List<String> ids(String name, String ward, String token) {
		return hits(name, ward, token).stream().map(hit -> hit.id().toString()).toList();
	}

	private List<String> names(String name, String ward) {
		return hits(name, ward, null).stream().map(CitizenSearchPage.Hit::fullName).toList();
	}

	/** With the given token, else the default staff token of the test wards. */
	private List<CitizenSearchPage.Hit> hits(String name, String ward, String token) {
		return this.client.get()
			.uri(b -> b.path("/citizens/search").queryParam("name", "{name}").queryParamIfPresent("ward", Optional.ofNullable(ward))
				.build(name))
			.headers(headers -> {
				if (token != null) {
					headers.set(HttpHeaders.AUTHORIZATION, TestTokens.bearer(token));
				}
			})
			.exchange().expectStatus().isOk().expectBody(CitizenSearchPage.class).returnResult().getResponseBody().items();
	}

	private long count(String sql, String value) {
		return this.db.sql(sql).bind("v", value).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
	}

}
