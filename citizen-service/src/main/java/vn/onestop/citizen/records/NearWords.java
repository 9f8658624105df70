package vn.onestop.citizen.records;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings one slip of the finger away from a word of a search key: a letter lost, one added or doubled, two
 * neighbours swapped, or one replaced (Damerau distance 1). The database keeps those that are real name words, so
 * "dugn" and "dungg" find "dung". Vietnamese names are built from a few thousand syllables, which is why correcting
 * words is both cheaper and surer than comparing whole names by trigrams.
 */
final class NearWords {

	private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

	private NearWords() {
	}

	/** Every string one slip away from {@code word}, without the word itself or the empty string. */
	static List<String> of(String word) {
		Set<String> near = new LinkedHashSet<>();
		for (int i = 0; i <= word.length(); i++) {
			String before = word.substring(0, i);
			String after = word.substring(i);
			if (!after.isEmpty()) {
				near.add(before + after.substring(1));
			}
			if (after.length() > 1) {
				near.add(before + after.charAt(1) + after.charAt(0) + after.substring(2));
			}
			for (char letter : LETTERS.toCharArray()) {
				near.add(before + letter + after);
				if (!after.isEmpty()) {
					near.add(before + letter + after.substring(1));
				}
			}
		}
		near.remove(word);
		near.remove("");
		return List.copyOf(near);
	}

}
