package vn.onestop.citizen.records;

import java.util.function.Function;

/**
 * The SQL of a name search: one statement that asks the kinds of {@link NameMatch} in turn and answers one page.
 * <p>
 * Each kind yields its first {@code :need} hits (the page and the pages before it) in rank order, and only runs when
 * needed: {@link NameMatch#NEAR_WORDS} when every-word hits do not fill them, {@link NameMatch#SIMILAR} when neither
 * found anyone (one-time filters: PostgreSQL does not start a part whose filter fails).
 * <p>
 * Across all wards names, not citizens, are ranked: {@code citizen_name} holds each (search key, mark key) once,
 * {@code citizen_name_word} lists the names bearing each word in index order, {@code citizen_word} is the vocabulary.
 * The ranked names are read in order, each one's citizens from the btree {@code citizen_by_name}, and reading stops
 * when enough are read: the cost follows the page, not the number of namesakes. Diacritics are compared only for the
 * names actually read. Within wards the wards' citizens are ranked themselves, read from the covering index
 * {@code citizen_ward_name (ward_code, search_key, mark_key, full_name, id)}; the table is read for the hits only.
 */
final class NameMatchStatements {

	static final String HIT = "c.id, c.full_name, c.date_of_birth, c.gender, c.id_number, c.ward_code, c.active";

	private static final String CITIZENS_OF_NAME = " cross join lateral (select " + HIT + " from citizen c"
			+ " where c.search_key = k.search_key and c.mark_key = k.mark_key order by c.full_name, c.id limit :need) c";

	private static final String SCORE = "word_similarity(:key, k.search_key) + similarity(:key, k.search_key)";

	/**
	 * Spellings of one name, by their diacritics: the very marks typed first (wherever they sat), then by similarity.
	 * Similarity alone can tie: "Hương" and "Hường" give the same trigrams once "Hồng" is in the name too.
	 */
	private static final String DIACRITICS = "k.mark_key = :markKey desc, similarity(:markKey, k.mark_key) desc, k.mark_key";

	/** The name between spaces, so that {@code like '% word %'} finds whole words. */
	private static final String SPACED = "' ' || k.search_key || ' '";

	private static final String ALL_WORDS_LIKE = SPACED
			+ " like all (array(select '% ' || w || ' %' from unnest(cast(:words as text[])) as w))";

	/**
	 * Per word searched for: the other words, the name words one slip away from it (those of {@link NearWords}'s
	 * strings in the vocabulary, but not another word searched for: "thui" is one slip from "thi", yet "Phạm Thị Đào"
	 * is no answer to "Phạm Thị Thuỷ"), both also as {@code like} patterns, and the name searched for with that word
	 * replaced by {@code *}.
	 */
	private static final String BRANCHES = "branches as materialized (select b.*, array(select '% ' || o || ' %'"
			+ " from unnest(b.others) as o) as others_like, array(select '% ' || v || ' %' from unnest(b.near) as v)"
			+ " as near_like from (select string_to_array(b.others, ' ') as others, array(select w.word from citizen_word w"
			+ " where w.word = any(string_to_array(b.near, ' ')) and w.word <> all(cast(:words as text[]))) as near,"
			+ " b.template from unnest(cast(:others as text[]),"
			+ " cast(:near as text[]), cast(:templates as text[])) as b(others, near, template)) b)";

	/** Whether the name is the one searched for with one word corrected. */
	private static final String CORRECTED = "exists (select 1 from branches b cross join unnest(b.near) as v(word)"
			+ " where k.search_key = replace(b.template, '*', v.word)) as corrected";

	private static final String NAMES_WITH_ALL_WORDS = "select c.* from (select n.search_key, n.search_key = :key as exact,"
			+ " n.word_count from citizen_name n where n.words @> cast(:words as text[]) group by n.search_key, n.word_count"
			+ " order by exact desc, n.word_count, n.search_key) s cross join lateral (select v.search_key, v.mark_key,"
			+ " similarity(:markKey, v.mark_key) as marks from citizen_name v where v.search_key = s.search_key) k"
			+ CITIZENS_OF_NAME + " order by s.exact desc, s.word_count, s.search_key, k.mark_key = :markKey desc, k.marks desc,"
			+ " k.mark_key, c.full_name, c.id limit :need";

	private static final String NAMES_WITH_THE_WORD = "select c.* from citizen_name_word k" + CITIZENS_OF_NAME
			+ " where k.word = :word order by k.word_count, k.search_key, " + DIACRITICS + ", c.full_name, c.id limit :need";

	/**
	 * Names with one word replaced by a near one, ranked: the name searched for so corrected first, then by trigram
	 * similarity (they share all words but one, so similarity tells how near that one is and how few others they add).
	 */
	private static final String NAMES_WITH_NEAR_WORDS = "select c.* from (select k.search_key, k.mark_key, " + CORRECTED
			+ ", similarity(:key, k.search_key) as score, cardinality(string_to_array(k.search_key, ' ')) as word_count"
			+ " from (select n.search_key, n.mark_key from branches b cross join lateral (select n.search_key, n.mark_key"
			+ " from citizen_name n where n.words @> b.others and n.words && b.near and not n.words @> cast(:words as text[]))"
			+ " n group by n.search_key, n.mark_key) k order by corrected desc, score desc, word_count, k.search_key) k"
			+ CITIZENS_OF_NAME + " order by k.corrected desc, k.score desc, k.word_count, k.search_key, " + DIACRITICS
			+ ", c.full_name, c.id limit :need";

	private static final String NAMES_WITH_A_NEAR_WORD = "select c.* from citizen_name_word k" + CITIZENS_OF_NAME
			+ " where k.word = any(cast((select b.near from branches b) as text[])) and not " + SPACED
			+ " like '% ' || cast(:word as text) || ' %' order by k.word, k.word_count, k.search_key, " + DIACRITICS
			+ ", c.full_name, c.id limit :need";

	private static final String SIMILAR_NAMES = "select c.* from (select k.search_key, k.mark_key, " + SCORE + " as score"
			+ " from citizen_name k where cast(:key as text) <% k.search_key order by score desc, k.search_key) k"
			+ CITIZENS_OF_NAME + " order by k.score desc, k.search_key, " + DIACRITICS + ", c.full_name, c.id limit :need";

	private static final String WITH_ALL_WORDS_IN_WARDS = inWards(
			"k.search_key = :key as exact, cardinality(string_to_array(k.search_key, ' ')) as word_count", ALL_WORDS_LIKE,
			"exact desc", "word_count");

	private static final String WITH_NEAR_WORDS_IN_WARDS = inWards(CORRECTED + ", similarity(:key, k.search_key) as score,"
			+ " cardinality(string_to_array(k.search_key, ' ')) as word_count", "not " + ALL_WORDS_LIKE
					+ " and exists (select 1 from branches b where " + SPACED + " like all (b.others_like) and " + SPACED
					+ " like any (b.near_like))",
			"corrected desc", "score desc", "word_count");

	private static final String SIMILAR_IN_WARDS = inWards(SCORE + " as score", "cast(:key as text) <% k.search_key",
			"score desc");

	private NameMatchStatements() {
	}

	/** One page ({@code offset :skip limit :take}) of the citizens matching the name, within {@code :wards} or all. */
	static String search(boolean inWards, boolean oneWord) {
		// row_number() over () numbers a kind's hits in the order its own order by gave them
		Function<NameMatch, String> kind = match -> "select t.*, row_number() over () as rank from ("
				+ match(match, inWards, oneWord) + ") t";
		return "with " + BRANCHES + ", all_words as materialized (" + kind.apply(NameMatch.WORDS) + "), near_words as"
				+ " materialized (" + kind.apply(NameMatch.NEAR_WORDS) + " where (select count(*) from all_words) < :need),"
				+ " similar_names as materialized (" + kind.apply(NameMatch.SIMILAR) + " where not exists (select 1 from"
				+ " all_words) and not exists (select 1 from near_words)) select h.id, h.full_name, h.date_of_birth, h.gender,"
				+ " h.id_number, h.ward_code, h.active from (select 1 as kind, * from all_words union all select 2, *"
				+ " from near_words union all select 3, * from similar_names) h order by h.kind, h.rank offset :skip limit :take";
	}

	/** The first {@code :need} citizens matching so, in rank order (a statement of its own, to explain it). */
	static String alone(NameMatch match, boolean inWards, boolean oneWord) {
		return "with " + BRANCHES + " " + match(match, inWards, oneWord);
	}

	private static String match(NameMatch match, boolean inWards, boolean oneWord) {
		return switch (match) {
			case WORDS -> inWards ? WITH_ALL_WORDS_IN_WARDS : oneWord ? NAMES_WITH_THE_WORD : NAMES_WITH_ALL_WORDS;
			case NEAR_WORDS -> inWards ? WITH_NEAR_WORDS_IN_WARDS : oneWord ? NAMES_WITH_A_NEAR_WORD : NAMES_WITH_NEAR_WORDS;
			case SIMILAR -> inWards ? SIMILAR_IN_WARDS : SIMILAR_NAMES;
		};
	}

	/**
	 * The wards' citizens that {@code filter} keeps, ranked by {@code rank} (over the {@code columns} computed per
	 * citizen), then by name and diacritics; diacritics are compared only within the groups of equal rank read.
	 */
	private static String inWards(String columns, String filter, String... rank) {
		String order = "h." + String.join(", h.", rank) + ", h.search_key, " + DIACRITICS.replace("k.", "h.")
				+ ", h.full_name, h.id";
		return "select " + HIT + " from (select h.* from (select k.id, k.full_name, k.search_key, k.mark_key, " + columns
				+ " from citizen k where k.ward_code = any(cast(:wards as text[])) and " + filter + " order by "
				+ String.join(", ", rank) + ", k.search_key) h order by " + order + " limit :need) h"
				+ " join citizen c on c.id = h.id order by " + order;
	}

}
