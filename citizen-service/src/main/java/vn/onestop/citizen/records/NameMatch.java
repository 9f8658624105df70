package vn.onestop.citizen.records;

/**
 * How closely a citizen's name matches the name searched for, best first. A search answers the citizens of the first
 * kind, then of the next while its page is not full; {@link #SIMILAR} only answers when nothing matched word by word.
 */
enum NameMatch {

	/** Every word searched for, in any order: the same accent-free name first, then names with the fewest words. */
	WORDS,

	/** Every word but one, and for that one a word one slip away (a typo): closest whole name first. */
	NEAR_WORDS,

	/** Trigram word similarity of the whole accent-free name (pg_trgm {@code <%}): merged, split or garbled words. */
	SIMILAR

}
