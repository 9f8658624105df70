package vn.onestop.citizen.records;

import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over a few hundred look-alike names in one ward: the surnames, middle names and given names that
 * make "Nguyễn Văn Dũng" hard to find among its neighbours, plus tone-placement and i/y variants.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "20s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitizenSearchTest {

	private static final String WARD = CitizenFixtures.BA_DINH;

	private static final List<String> SURNAMES = List.of("Nguyễn", "Nguyên", "Ngô", "Nghiêm", "Đinh", "Dương", "Vũ", "Trần");

	private static final List<String> MIDDLE_NAMES = List.of("Văn", "Vân", "Thị", "Hữu", "Đức");

	private static final List<String> GIVEN_NAMES = List.of("Dũng", "Dùng", "Dụng", "Dung", "Đũng", "Đông", "Đồng", "Hùng",
			"Tùng", "Trung");

	private static final List<String> VARIANTS = List.of("Lê Thị Hoà", "Lê Thị Hóa", "Lê Thị Hoa", "Lê Thị Họa",
			"Phạm Thị Thuỷ", "Phạm Thị Thúy", "Phạm Thị Thùy", "Hồ Sỹ Hùng", "Hồ Sĩ Hưng", "Hồ Sỹ Hồng");

	@Autowired
	private WebTestClient client;

	@Autowired
	private RegisteringCitizen registering;

	@Autowired
	private DatabaseClient db;

	@Autowired
	private SearchingCitizens searching;

	@Autowired
	private TransactionalOperator transaction;

	@BeforeAll
	void registerLookAlikes() {
		List<String> names = new ArrayList<>(VARIANTS);
		SURNAMES.forEach(s -> MIDDLE_NAMES.forEach(m -> GIVEN_NAMES.forEach(g -> names.add(s + " " + m + " " + g))));
		assertThat(names).hasSize(410).doesNotHaveDuplicates();
		StepVerifier.create(Flux.fromIterable(names)
			.flatMap(name -> this.registering.register(CitizenFixtures.form(name, WARD), CitizenFixtures.OFFICER), 4)
			.count())
			.expectNext(410L)
			.verifyComplete();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ngùỳễn Văn Đũng", "Ngũỵễn Văn Đũng" })
	void scrambledToneMarksFindTheNameInTheTopThree(String typed) {
		assertThat(names(typed, WARD, 3)).contains("Nguyễn Văn Dũng");
	}

	@Test
	void withoutAWardTheScrambledNameIsStillInTheTopThree() {
		assertThat(names("Ngùỳễn Văn Đũng", null, 3)).contains("Nguyễn Văn Dũng");
	}

	@ParameterizedTest
	@CsvSource({ "Lê Thị Hòa, Lê Thị Hoà", "LÊ THỊ HOÀ, Lê Thị Hoà", "Phạm Thị Thủy, Phạm Thị Thuỷ", "Hồ Sĩ Hùng, Hồ Sỹ Hùng",
			"Nguyễn Văn Dũng, Nguyễn Văn Dũng", "nguyễn văn dũng, Nguyễn Văn Dũng" })
	void spellingVariantsFindTheNameFirst(String typed, String stored) {
		assertThat(names(typed, WARD, 5).get(0)).isEqualTo(stored);
	}

	@Test
	void decomposedInputFindsTheNameFirst() {
		assertThat(names(Normalizer.normalize("Phạm Thị Thủy", Normalizer.Form.NFD), WARD, 5).get(0))
			.isEqualTo("Phạm Thị Thuỷ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nguyen van dung", "Nguyen Van Dungg", "Nguyễn Văn Dung", "Nguyen Van Đung" })
	void unaccentedAndMistypedNamesFindItOnTheFirstPage(String typed) {
		List<String> found = names(typed, WARD, 30);
		assertThat(found).contains("Nguyễn Văn Dũng");
		assertThat(found.subList(0, 10)).allMatch(name -> NameSearchKeys.searchKey(name).equals("nguien van dung"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Nguyễn Vnă Dũng", "Nguyen Van Dugn", "Ngyuen Van Dung", "Nguyễn Văn Dũgn" })
	void aSwapOrASlipInOneWordIsCorrectedFirst(String typed) {
		assertThat(names(typed, WARD, 5)).allMatch(name -> NameSearchKeys.searchKey(name).equals("nguien van dung"));
	}

	@Test
	void aWordOneSlipFromAnotherWordSearchedForIsNoCorrection() {
		// "thui" is one slip from "thi": that must not make every "Phạm Thị ..." an answer
		assertThat(names("Phạm Thị Thủy", WARD, 20)).isNotEmpty()
			.allMatch(name -> NameSearchKeys.searchKey(name).equals("pham thi thui"));
	}

	@Test
	void severalWardsAreSearchedTogether() {
		String elsewhere = "Nguyễn Văn Dũng Khuê";
		StepVerifier.create(this.registering.register(CitizenFixtures.form(elsewhere, CitizenFixtures.HAI_CHAU), CitizenFixtures.OFFICER).then())
			.verifyComplete();
		List<CitizenSearchPage.Hit> hits = this.client.get()
			.uri("/citizens/search?name={n}&ward=" + WARD + "&ward=" + CitizenFixtures.HAI_CHAU + "&size=100", "Nguyễn Văn Dũng")
			.exchange().expectStatus().isOk().expectBody(CitizenSearchPage.class).returnResult().getResponseBody().items();
		assertThat(hits).extracting(CitizenSearchPage.Hit::wardCode).contains(WARD, CitizenFixtures.HAI_CHAU)
			.allMatch(ward -> ward.equals(WARD) || ward.equals(CitizenFixtures.HAI_CHAU));
		assertThat(hits).extracting(CitizenSearchPage.Hit::fullName).contains(elsewhere, "Nguyễn Văn Dũng");
	}

	@ParameterizedTest
	@CsvSource({ "Nguyễn Văn Hùng, " + WARD, "Nguyễn Văn Hùng, ", "Nguyen Van Dungg, " + WARD, "Đũng, " + WARD })
	void pagesRunOnFromOneKindOfMatchToTheNext(String name, String ward) {
		List<String> all = ids(name, ward, 0, 100);
		List<String> paged = new ArrayList<>();
		for (int page = 0; page < 100 && paged.size() < all.size(); page++) {
			paged.addAll(ids(name, ward, page, 3));
		}
		assertThat(paged).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(all.size());
		assertThat(paged.subList(0, all.size())).isEqualTo(all);
		assertThat(all.size()).isGreaterThan(3);
	}

	@Test
	void aGivenNameAloneFindsThoseWhoBearIt() {
		List<String> found = names("Đũng", WARD, 100);
		assertThat(found).hasSize(100)
			.allMatch(name -> List.of(NameSearchKeys.searchKey(name).split(" ")).contains("dung"), "bears the name Dung");
	}

	@Test
	void theWardFilterKeepsOtherWardsOut() {
		String elsewhere = "Nguyễn Văn Dũng Xuân";
		StepVerifier.create(this.registering.register(CitizenFixtures.form(elsewhere, CitizenFixtures.HAI_CHAU), CitizenFixtures.OFFICER).then())
			.verifyComplete();
		assertThat(names(elsewhere, WARD, 100)).doesNotContain(elsewhere);
		assertThat(names(elsewhere, CitizenFixtures.HAI_CHAU, 20)).contains(elsewhere);
		assertThat(names(elsewhere, null, 1)).containsExactly(elsewhere);
	}

	@Test
	void pagesAreBoundedAndDoNotOverlap() {
		Set<String> seen = new HashSet<>();
		for (int page = 0; page < 4; page++) {
			this.client.get().uri("/citizens/search?name=nguyen&ward=" + WARD + "&size=5&page=" + page).exchange()
				.expectStatus().isOk().expectBody()
				.jsonPath("$.items.length()").isEqualTo(5).jsonPath("$.page").isEqualTo(page)
				.jsonPath("$.size").isEqualTo(5).jsonPath("$.hasNext").isEqualTo(true)
				.jsonPath("$.items[*].id").value(ids -> ((List<String>) ids).forEach(id -> assertThat(seen.add(id)).isTrue()));
		}
		this.client.get().uri("/citizens/search?name=nguyen&ward=" + WARD).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.size").isEqualTo(20).jsonPath("$.items.length()").isEqualTo(20);
		this.client.get().uri("/citizens/search?ward=" + WARD + "&size=100&page=4").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.items.length()").isEqualTo(10).jsonPath("$.hasNext").isEqualTo(false);
	}

	@Test
	void hitsShowTheIdNumberMasked() {
		this.client.get().uri("/citizens/search?name={name}&ward=" + WARD + "&size=1", "Hồ Sỹ Hùng").exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.items[0].fullName").isEqualTo("Hồ Sỹ Hùng")
			.jsonPath("$.items[0].maskedIdNumber").value(masked -> assertThat((String) masked).matches("0010\\*{6}[0-9]{2}"))
			.jsonPath("$.items[0].wardCode").isEqualTo(WARD).jsonPath("$.items[0].active").isEqualTo(true)
			.jsonPath("$.items[0].idNumber").doesNotExist().jsonPath("$.items[0].phone").doesNotExist();
	}

	@ParameterizedTest
	@CsvSource({ "WORDS, nguyen van dung, false, citizen_name_words", "WORDS, nguyen, false, citizen_name_word_pkey",
			"NEAR_WORDS, nguyen van dugn, false, citizen_name_words", "NEAR_WORDS, dugn, false, citizen_name_word_pkey",
			"SIMILAR, nguyen van dung, false, citizen_name", "WORDS, nguyen van dung, true, citizen_ward_name",
			"NEAR_WORDS, nguyen van dugn, true, citizen_ward_name", "SIMILAR, nguyen van dung, true, citizen_ward_name" })
	void everyKindOfMatchReadsIndexes(NameMatch match, String name, boolean inWards, String index) {
		CitizenSearchQuery query = CitizenSearchQuery.parse(name, inWards ? List.of(WARD) : null, 0, 20);
		String plan = plan(NameMatchStatements.alone(match, inWards, query.words().size() == 1), query);
		assertThat(plan).contains(index).doesNotContain("Seq Scan");
		if (!inWards) {
			assertThat(plan).contains("citizen_by_name");
		}
	}

	/** The plan PostgreSQL chooses once sequential scans are off: proof the statement can use the indexes. */
	private String plan(String sql, CitizenSearchQuery query) {
		var explain = this.db.sql("set local enable_seqscan = off").then()
			.then(this.searching.statement("explain " + sql, query, 0, 21).map(row -> row.get(0, String.class)).all()
				.collect(Collectors.joining("\n")));
		return this.transaction.transactional(explain).block(Duration.ofSeconds(10));
	}

	private List<String> ids(String name, String ward, int page, int size) {
		return this.client.get()
			.uri(b -> b.path("/citizens/search").queryParam("name", "{name}").queryParam("page", page).queryParam("size", size)
				.queryParamIfPresent("ward", Optional.ofNullable(ward)).build(name))
			.exchange().expectStatus().isOk().expectBody(CitizenSearchPage.class).returnResult().getResponseBody()
			.items().stream().map(hit -> hit.id().toString()).toList();
	}

	/** The names on the first page of {@code size}, searched in {@code ward} (null: everywhere). */
	private List<String> names(String name, String ward, int size) {
		return this.client.get()
			.uri(b -> b.path("/citizens/search").queryParam("name", "{name}").queryParam("size", size)
				.queryParamIfPresent("ward", Optional.ofNullable(ward)).build(name))
			.exchange().expectStatus().isOk().expectBody(CitizenSearchPage.class).returnResult().getResponseBody()
			.items().stream().map(CitizenSearchPage.Hit::fullName).toList();
	}

}
