package vn.onestop.citizen.records;

import java.text.Normalizer;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.TreeSet;

import vn.onestop.rules.citizen.VietnameseNames;

/**
 * The two keys a name is searched by. The search key has no marks at all (đ→d, y→i, lower case): hoà/hòa,
 * Sỹ/Sĩ, NFD input and misplaced or scrambled marks fold to one key that trigrams compare. The mark key
 * keeps, per word, which diacritics the word carries, wherever they sat, as VNI digits (1 sắc, 2 huyền,
 * 3 hỏi, 4 ngã, 5 nặng, 6 â/ê/ô, 7 ơ/ư, 8 ă, 9 đ), one token per mark: "Nguyễn" is "nguien4 nguien6".
 * Ranking by it puts "Nguyễn Văn Dũng" above "Nguyễn Văn Dùng" for "Ngùỳễn Văn Đũng".
 */
final class NameSearchKeys {

	private static final String MARKS = "\u0301\u0300\u0309\u0303\u0323\u0302\u031B\u0306";

	private static final int D_STROKE = 9;

	private NameSearchKeys() {
	}

	static String searchKey(String name) {
		return VietnameseNames.searchKey(name);
	}

	static String markKey(String name) {
		StringJoiner key = new StringJoiner(" ");
		for (String word : VietnameseNames.nfc(name).toLowerCase(Locale.ROOT).split(" ")) {
			String base = VietnameseNames.searchKey(word).replace(" ", "");
			if (!base.isEmpty()) {
				TreeSet<Integer> marks = marks(word);
				if (marks.isEmpty()) {
					key.add(base);
				}
				marks.forEach(mark -> key.add(base + mark));
			}
		}
		return key.toString();
	}

	private static TreeSet<Integer> marks(String word) {
		TreeSet<Integer> marks = new TreeSet<>();
		Normalizer.normalize(word, Normalizer.Form.NFD).chars().forEach(c -> {
			int mark = MARKS.indexOf(c);
			if (mark >= 0) {
				marks.add(mark + 1);
			}
			else if (c == 'đ') {
				marks.add(D_STROKE);
			}
		});
		return marks;
	}

}
