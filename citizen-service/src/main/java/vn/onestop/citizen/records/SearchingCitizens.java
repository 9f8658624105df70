package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import vn.onestop.support.privacy.Masking;

import vn.onestop.rules.citizen.Gender;

/**
 * Name search in PostgreSQL, one statement per page ({@link NameMatchStatements}): citizens bearing every word searched
 * for (the same accent-free name first), then, while the page is not full, those whose name differs by a typo in one
 * word, and only when neither finds anyone, names similar by trigrams. Without a name, the wards' citizens are listed
 * by name.
 */
@Component
class SearchingCitizens {

	private static final String BY_WARDS = "select " + NameMatchStatements.HIT + " from citizen c"
			+ " where c.ward_code = any(cast(:wards as text[])) order by c.full_name, c.id offset :skip limit :take";

	private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]+)");

	private final DatabaseClient db;

	SearchingCitizens(DatabaseClient db) {
		this.db = db;
	}

	Mono<CitizenSearchPage> search(CitizenSearchQuery query) {
		String sql = query.searchKey() == null ? BY_WARDS
				: NameMatchStatements.search(!query.wards().isEmpty(), query.words().size() == 1);
		// one more than the page, to tell whether another follows
		return statement(sql, query, query.offset(), query.size() + 1).map(SearchingCitizens::hit)
			.all()
			.collectList()
			.map(hits -> page(query, hits));
	}

	/** The statement with the values it names bound (the plan tests explain the kinds of match with it). */
	GenericExecuteSpec statement(String sql, CitizenSearchQuery query, long skip, long take) {
		GenericExecuteSpec spec = this.db.sql(sql);
		for (String name : PARAMETER.matcher(sql).results().map(m -> m.group(1)).distinct().toList()) {
			spec = spec.bind(name, value(name, query, skip, take));
		}
		return spec;
	}

	private static Object value(String name, CitizenSearchQuery query, long skip, long take) {
		return switch (name) {
			case "key" -> query.searchKey();
			case "markKey" -> query.markKey();
			case "word" -> query.words().get(0);
			case "words" -> query.words().toArray(String[]::new);
			case "others" -> query.otherWords().toArray(String[]::new);
			case "near" -> query.nearWords().toArray(String[]::new);
			case "templates" -> query.wordTemplates().toArray(String[]::new);
			case "wards" -> query.wards().toArray(String[]::new);
			case "skip" -> skip;
			case "take" -> take;
			case "need" -> skip + take;
			default -> throw new IllegalArgumentException("No value for :" + name);
		};
	}

	private static CitizenSearchPage.Hit hit(Readable row) {
		return new CitizenSearchPage.Hit(row.get("id", UUID.class), row.get("full_name", String.class),
				row.get("date_of_birth", LocalDate.class), Gender.valueOf(row.get("gender", String.class)),
				Masking.mask(row.get("id_number", String.class)), row.get("ward_code", String.class),
				Boolean.TRUE.equals(row.get("active", Boolean.class)));
	}

	private static CitizenSearchPage page(CitizenSearchQuery query, List<CitizenSearchPage.Hit> hits) {
		boolean hasNext = hits.size() > query.size();
		return new CitizenSearchPage(hasNext ? hits.subList(0, query.size()) : hits, query.page(), query.size(), hasNext);
	}

}
