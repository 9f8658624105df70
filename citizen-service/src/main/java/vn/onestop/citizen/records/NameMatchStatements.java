package vn.onestop.citizen.records;

/**
 * The SQL of each {@link NameMatch}, one page of it ({@code offset :skip limit :take}), in two shapes.
 * <p>
 * Across all wards it ranks distinct names, not citizens: {@code citizen_name} holds each (search key, mark key) once,
 * {@code citizen_name_word} lists the names bearing each word in index order. The ranked names are read in order, each
 * one's citizens from the btree {@code citizen_by_name (search_key, mark_key, full_name, id)}, and reading stops when
 * the page is full, so the cost follows the page, not the number of namesakes. Diacritics ({@code similarity} of mark
 * keys) are compared only between the spellings of the names actually read.
 * <p>
 * Within wards it ranks the wards' citizens, read from the covering index {@code citizen_ward_name (ward_code,
 * search_key, mark_key, full_name, id)}, and reads the table for the rows of the page only.
 */
final class NameMatchStatements {

	static final String HIT = "c.id, c.full_name, c.date_of_birth, c.gender, c.id_number, c.ward_code, c.active";

	private static final String PAGE = " offset :skip limit :take";

	private static final String CITIZENS_OF_NAME = " cross join lateral (select " + HIT + " from citizen c"
			+ " where c.search_key = k.search_key and c.mark_key = k.mark_key order by c.full_name, c.id limit :need) c";

	private static final String WORDS = "string_to_array(k.search_key, ' ')";

	private static final String SCORE = "word_similarity(:key, k.search_key) + similarity(:key, k.search_key)";

	private static final String MARKS = "similarity(:markKey, k.mark_key)";

	/** Per word left out: the other words, and those of the strings one slip away from it that are name words. */
	private static final String BRANCHES = "branches as materialized (select string_to_array(b.others, ' ') as others,"
			+ " array(select v.word from unnest(string_to_array(b.near, ' ')) as v(word) where exists (select 1"
			+ " from citizen_name_word p where p.word = v.word)) as near from unnest(cast(:others as text[]),"
			+ " cast(:near as text[])) as b(others, near))";

	private static final String NAMES_WITH_ALL_WORDS = "select c.* from (select n.search_key, n.search_key = :key as exact,"
			+ " n.word_count from citizen_name n where n.words @> cast(:words as text[]) group by n.search_key, n.word_count"
			+ " order by exact desc, n.word_count, n.search_key) s cross join lateral (select v.search_key, v.mark_key,"
			+ " similarity(:markKey, v.mark_key) as marks from citizen_name v where v.search_key = s.search_key) k"
			+ CITIZENS_OF_NAME + " order by s.exact desc, s.word_count, s.search_key, k.marks desc, k.mark_key, c.full_name,"
			+ " c.id" + PAGE;

	private static final String NAMES_WITH_THE_WORD = "select c.* from citizen_name_word k" + CITIZENS_OF_NAME
			+ " where k.word = :word order by k.word_count, k.search_key, " + MARKS + " desc, k.mark_key, c.full_name, c.id"
			+ PAGE;

	private static final String NAMES_WITH_NEAR_WORDS = "with " + BRANCHES + ", names as (select distinct n.search_key,"
			+ " n.mark_key from branches b cross join lateral (select n.search_key, n.mark_key from citizen_name n"
			+ " where n.words @> b.others and n.words && b.near and not n.words @> cast(:words as text[])) n)"
			+ " select c.* from (select k.search_key, k.mark_key, " + SCORE + " as score, cardinality(" + WORDS + ")"
			+ " as word_count, " + MARKS + " as marks from names k order by score desc, word_count, k.search_key, marks desc,"
			+ " k.mark_key) k" + CITIZENS_OF_NAME + " order by k.score desc, k.word_count, k.search_key, k.marks desc,"
			+ " k.mark_key, c.full_name, c.id" + PAGE;

	private static final String NAMES_WITH_A_NEAR_WORD = "with " + BRANCHES + " select c.* from citizen_name_word k"
			+ CITIZENS_OF_NAME + " where k.word = any(cast((select b.near from branches b) as text[]))"
			+ " order by k.word, k.word_count, k.search_key, " + MARKS + " desc, k.mark_key, c.full_name, c.id" + PAGE;

	private static final String SIMILAR_NAMES = "select c.* from (select k.search_key, k.mark_key, " + SCORE + " as score, "
			+ MARKS + " as marks from citizen_name k where cast(:key as text) <% k.search_key order by score desc, marks desc,"
			+ " k.search_key, k.mark_key) k" + CITIZENS_OF_NAME + " order by k.score desc, k.marks desc, k.search_key,"
			+ " k.mark_key, c.full_name, c.id" + PAGE;

	private static final String WITH_ALL_WORDS_IN_WARDS = inWards("with ",
			"k.search_key = :key as exact, cardinality(" + WORDS + ") as word_count",
			WORDS + " @> cast(:words as text[])", "exact desc", "word_count");

	private static final String WITH_NEAR_WORDS_IN_WARDS = inWards("with " + BRANCHES + ", ",
			SCORE + " as score, cardinality(" + WORDS + ") as word_count",
			"not " + WORDS + " @> cast(:words as text[]) and exists (select 1 from branches b where " + WORDS
					+ " @> b.others and " + WORDS + " && b.near)",
			"score desc", "word_count");

	private static final String SIMILAR_IN_WARDS = inWards("with ", SCORE + " as score",
			"cast(:key as text) <% k.search_key", "score desc");

	private NameMatchStatements() {
	}

	/** One page of the citizens matching so, within the wards {@code :wards} or across all. */
	static String page(NameMatch match, boolean inWards, boolean oneWord) {
		return switch (match) {
			case WORDS -> inWards ? WITH_ALL_WORDS_IN_WARDS : oneWord ? NAMES_WITH_THE_WORD : NAMES_WITH_ALL_WORDS;
			case NEAR_WORDS -> inWards ? WITH_NEAR_WORDS_IN_WARDS : oneWord ? NAMES_WITH_A_NEAR_WORD : NAMES_WITH_NEAR_WORDS;
			case SIMILAR -> inWards ? SIMILAR_IN_WARDS : SIMILAR_NAMES;
		};
	}

	/** How many citizens match so, counting no further than {@code :take} (with {@code :skip} 0). */
	static String count(NameMatch match, boolean inWards, boolean oneWord) {
		return "select count(*) as n from (" + page(match, inWards, oneWord) + ") matched";
	}

	/**
	 * The wards' citizens that {@code filter} keeps, ranked by {@code rank} (over the {@code columns} computed per
	 * citizen), then by name and diacritics. Only the citizens of one group of equal rank are compared by diacritics.
	 */
	private static String inWards(String with, String columns, String filter, String... rank) {
		String inner = String.join(", ", rank);
		String outer = "h." + String.join(", h.", rank);
		return with + "hits as (select h.*, similarity(:markKey, h.mark_key) as marks from (select k.id, k.full_name,"
				+ " k.search_key, k.mark_key, " + columns + " from citizen k where k.ward_code = any(cast(:wards as text[]))"
				+ " and " + filter + " order by " + inner + ", k.search_key) h order by " + outer
				+ ", h.search_key, marks desc, h.mark_key, h.full_name, h.id" + PAGE + ") select " + HIT
				+ " from hits h join citizen c on c.id = h.id order by " + outer
				+ ", h.search_key, h.marks desc, h.mark_key, h.full_name, h.id";
	}

}
