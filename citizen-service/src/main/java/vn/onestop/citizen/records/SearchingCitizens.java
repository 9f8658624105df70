package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;

import vn.onestop.support.privacy.Masking;

/**
 * Name search in PostgreSQL. The page is filled from the kinds of {@link NameMatch} in turn, best first: citizens
 * bearing every word searched for (the same accent-free name first), then those whose name differs by a typo in one
 * word, and only when neither finds anyone, names similar by trigrams. Each kind is one bounded statement
 * ({@link NameMatchStatements}). Without a name, the wards' citizens are listed by name.
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
		SearchProgress start = SearchProgress.start(query);
		Mono<List<CitizenSearchPage.Hit>> hits = query.searchKey() == null
				? statement(BY_WARDS, query, start.skip(), start.take()).map(SearchingCitizens::hit).all().collectList()
				: matches(query, 0, start, List.of());
		return hits.map(found -> page(query, found));
	}

	/** The page's hits from {@code NameMatch.values()[next]} on, after {@code hits} from the kinds before it. */
	private Mono<List<CitizenSearchPage.Hit>> matches(CitizenSearchQuery query, int next, SearchProgress progress,
			List<CitizenSearchPage.Hit> hits) {
		NameMatch[] kinds = NameMatch.values();
		if (progress.pageFull() || next == kinds.length || kinds[next] == NameMatch.SIMILAR && progress.matched() > 0) {
			return Mono.just(hits);
		}
		NameMatch match = kinds[next];
		boolean inWards = !query.wards().isEmpty();
		boolean oneWord = query.words().size() == 1;
		String sql = NameMatchStatements.page(match, inWards, oneWord);
		return statement(sql, query, progress.skip(), progress.take()).map(SearchingCitizens::hit).all().collectList()
			.flatMap(found -> {
				List<CitizenSearchPage.Hit> all = new ArrayList<>(hits);
				all.addAll(found);
				if (found.size() == progress.take()) {
					return Mono.just(all);
				}
				Mono<Long> size = progress.sizeKnownFrom(found.size()) ? Mono.just(progress.skip() + found.size())
						: statement(NameMatchStatements.count(match, inWards, oneWord), query, 0, progress.skip())
							.map(row -> row.get("n", Long.class)).one();
				return size.flatMap(n -> matches(query, next + 1, progress.after(found.size(), n), all));
			});
	}

	/** The statement with the values it names bound. */
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
