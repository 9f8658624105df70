package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import vn.onestop.support.privacy.Masking;

/**
 * Name search in PostgreSQL. Candidates come from the trigram index on the accent-free search key
 * ({@code <%}: word similarity above pg_trgm.word_similarity_threshold, 0.6 by default), narrowed by the ward
 * index to {@code wards}: the one asked for, else every ward the caller works in (issue #6); they are ranked by the same accent-free name first (trigram similarity ignores word order
 * and repeats, so "nguien cong cong hung" is as similar as "nguien cong hung"), then by word and whole-name similarity,
 * then by how well the diacritics match, then by name. Without a name, the wards list their citizens by name.
 */
@Component
class SearchingCitizens {

	static final String NAME_MATCH = "cast(:key as text) <% c.search_key";

	static final String SELECT = "select c.id, c.full_name, c.date_of_birth, c.gender, c.id_number, c.ward_code, c.active";

	static final String WARD_FILTER = "c.ward_code = any(cast(:wards as text[]))";

	private static final String RANKED = SELECT + " from citizen c where " + NAME_MATCH + " and " + WARD_FILTER
			+ " order by c.search_key = :key desc, word_similarity(:key, c.search_key) + similarity(:key, c.search_key) desc,"
			+ " similarity(:markKey, c.mark_key) desc, c.full_name, c.id limit :limit offset :offset";

	private static final String BY_WARD = SELECT + " from citizen c where " + WARD_FILTER
			+ " order by c.full_name, c.id limit :limit offset :offset";

	private final DatabaseClient db;

	SearchingCitizens(DatabaseClient db) {
		this.db = db;
	}

	Mono<CitizenSearchPage> search(CitizenSearchQuery query, Set<String> wards) {
		return statement(query).bind("wards", wards.toArray(String[]::new))
			.bind("limit", query.size() + 1)
			.bind("offset", query.offset())
			.map(row -> new CitizenSearchPage.Hit(row.get("id", UUID.class), row.get("full_name", String.class),
					row.get("date_of_birth", LocalDate.class), Gender.valueOf(row.get("gender", String.class)),
					Masking.mask(row.get("id_number", String.class)), row.get("ward_code", String.class),
					Boolean.TRUE.equals(row.get("active", Boolean.class))))
			.all()
			.collectList()
			.map(hits -> page(query, hits));
	}

	private GenericExecuteSpec statement(CitizenSearchQuery query) {
		if (query.searchKey() == null) {
			return this.db.sql(BY_WARD);
		}
		return this.db.sql(RANKED).bind("key", query.searchKey()).bind("markKey", query.markKey());
	}

	private static CitizenSearchPage page(CitizenSearchQuery query, List<CitizenSearchPage.Hit> hits) {
		boolean hasNext = hits.size() > query.size();
		return new CitizenSearchPage(hasNext ? hits.subList(0, query.size()) : hits, query.page(), query.size(), hasNext);
	}

}
