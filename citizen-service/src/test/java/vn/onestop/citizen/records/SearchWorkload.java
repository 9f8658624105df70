package vn.onestop.citizen.records;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.onestop.rules.citizen.VietnameseNames;

/**
 * What officers type into the search box, drawn from citizens known to be loaded: the full name as written, without
 * accents, with the tone marks on the wrong letters, with a typo, and the vaguer family-name-only, given-name-only and
 * family-plus-given searches. Half search all wards; a quarter the citizen's ward; a quarter three wards, the
 * citizen's and two others (an officer serving several wards).
 */
final class SearchWorkload {

	static final int PAGE_SIZE = 20;

	private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

	enum Kind {

		EXACT(20, true), UNACCENTED(20, true), SCRAMBLED_MARKS(10, true), TYPO(15, false), FAMILY_AND_GIVEN(10, false),
		FAMILY_ONLY(10, false), GIVEN_ONLY(15, false);

		private final int share;

		private final boolean mustFind;

		Kind(int share, boolean mustFind) {
			this.share = share;
			this.mustFind = mustFind;
		}

		/** The citizen's full name (or for accent-free queries, its search key) must be in the top three. */
		boolean mustFind() {
			return this.mustFind;
		}

	}

	record Query(Kind kind, String name, List<String> wards, int page, SyntheticCitizens.Person target) {

		/**
		 * Found: the first page holds the citizen's name (exact, scrambled), a namesake by search key (accent-free,
		 * typo, family and given), or, for one-word searches, names bearing that word.
		 */
		boolean check(CitizenSearchPage result) {
			List<CitizenSearchPage.Hit> hits = result.items();
			List<CitizenSearchPage.Hit> top = hits.subList(0, Math.min(3, hits.size()));
			String key = NameSearchKeys.searchKey(this.target.fullName());
			return switch (this.kind) {
				case EXACT, SCRAMBLED_MARKS -> this.page > 0 || top.stream()
					.anyMatch(h -> VietnameseNames.matchKey(h.fullName()).equals(VietnameseNames.matchKey(this.target.fullName())));
				case UNACCENTED -> this.page > 0 || top.stream().anyMatch(h -> NameSearchKeys.searchKey(h.fullName()).equals(key));
				case TYPO -> hits.stream().anyMatch(h -> NameSearchKeys.searchKey(h.fullName()).equals(key));
				case FAMILY_AND_GIVEN -> top.stream().anyMatch(h -> bears(h, NameSearchKeys.searchKey(this.name).split(" ")));
				case FAMILY_ONLY, GIVEN_ONLY -> this.page > 0 && hits.isEmpty() || !hits.isEmpty() && bears(hits.get(0), NameSearchKeys.searchKey(this.name).split(" "));
			};
		}

		private static boolean bears(CitizenSearchPage.Hit hit, String... words) {
			List<String> own = Arrays.asList(NameSearchKeys.searchKey(hit.fullName()).split(" "));
			return own.containsAll(Arrays.asList(words));
		}

	}

	record Outcome(Query query, long nanos, boolean found, List<String> top) {

		@Override
		public String toString() {
			return this.query.kind() + " '" + this.query.name() + "' wards " + this.query.wards() + " page " + this.query.page()
					+ " for " + this.query.target().fullName() + ": " + this.top;
		}

	}

	private final Random random;

	private final List<SyntheticCitizens.Person> targets;

	SearchWorkload(Random random, List<SyntheticCitizens.Person> targets) {
		this.random = random;
		this.targets = targets;
	}

	List<Query> queries(int count) {
		List<Query> queries = new ArrayList<>(count);
		int total = Arrays.stream(Kind.values()).mapToInt(k -> k.share).sum();
		for (int i = 0; i < count; i++) {
			int r = this.random.nextInt(total);
			Kind kind = Kind.values()[0];
			for (Kind k : Kind.values()) {
				if (r < k.share) {
					kind = k;
					break;
				}
				r -= k.share;
			}
			SyntheticCitizens.Person target = this.targets.get(this.random.nextInt(this.targets.size()));
			List<String> wards = scope(target);
			int page = this.random.nextInt(10) == 0 ? 1 + this.random.nextInt(3) : 0;
			queries.add(new Query(kind, typed(kind, target.fullName()), wards, page, target));
		}
		return queries;
	}

	private List<String> scope(SyntheticCitizens.Person target) {
		return switch (this.random.nextInt(4)) {
			case 0, 1 -> List.of();
			case 2 -> List.of(target.wardCode());
			default -> List.of(target.wardCode(), otherWard(), otherWard());
		};
	}

	private String otherWard() {
		return this.targets.get(this.random.nextInt(this.targets.size())).wardCode();
	}

	private String typed(Kind kind, String fullName) {
		String[] words = fullName.split(" ");
		return switch (kind) {
			case EXACT -> fullName;
			case UNACCENTED -> VietnameseNames.accentFree(fullName);
			case SCRAMBLED_MARKS -> Arrays.stream(words).map(this::scrambled).collect(Collectors.joining(" "));
			case TYPO -> typo(this.random.nextBoolean() ? fullName : VietnameseNames.accentFree(fullName));
			case FAMILY_AND_GIVEN -> words[0] + " " + words[words.length - 1];
			case FAMILY_ONLY -> this.random.nextBoolean() ? words[0] : VietnameseNames.accentFree(words[0]);
			case GIVEN_ONLY -> words[words.length - 1];
		};
	}

	/** The word's tone mark moved onto another letter, as typed by someone unsure where it sits. */
	private String scrambled(String word) {
		String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
		StringBuilder bare = new StringBuilder();
		StringBuilder tones = new StringBuilder();
		for (char c : decomposed.toCharArray()) {
			(TONE_MARKS.indexOf(c) >= 0 ? tones : bare).append(c);
		}
		if (tones.isEmpty()) {
			return word;
		}
		List<Integer> letters = new ArrayList<>();
		for (int i = 0; i < bare.length(); i++) {
			if (Character.isLetter(bare.charAt(i))) {
				letters.add(i + 1);
			}
		}
		bare.insert(letters.get(this.random.nextInt(letters.size())), tones);
		return Normalizer.normalize(bare, Normalizer.Form.NFC);
	}

	/** One slip of the finger in one word of at least three letters: a letter lost, doubled, swapped or replaced. */
	private String typo(String name) {
		String[] words = name.split(" ");
		int w = this.random.nextInt(words.length);
		for (int tries = 0; words[w].length() < 3 && tries < 10; tries++) {
			w = this.random.nextInt(words.length);
		}
		StringBuilder word = new StringBuilder(words[w]);
		int i = this.random.nextInt(word.length() - 1);
		switch (this.random.nextInt(4)) {
			case 0 -> word.deleteCharAt(i);
			case 1 -> word.insert(i, word.charAt(i));
			case 2 -> {
				char c = word.charAt(i);
				word.setCharAt(i, word.charAt(i + 1));
				word.setCharAt(i + 1, c);
			}
			default -> word.setCharAt(i, "aehnotu".charAt(this.random.nextInt(7)));
		}
		words[w] = word.toString();
		return String.join(" ", words);
	}

	/** p50/p95/p99/max in milliseconds per kind, with and without the ward filter, and overall. */
	static String table(List<Outcome> outcomes) {
		Map<String, List<Outcome>> groups = new TreeMap<>();
		for (Outcome o : outcomes) {
			groups.computeIfAbsent(group(o.query()), k -> new ArrayList<>()).add(o);
		}
		StringBuilder table = new StringBuilder(String.format("| %-27s | %5s | %6s | %6s | %6s | %6s | %7s |%n", "query kind",
				"n", "p50 ms", "p95 ms", "p99 ms", "max ms", "found"));
		table.append("|-----------------------------|------:|-------:|-------:|-------:|-------:|--------:|\n");
		groups.forEach((group, list) -> table.append(line(group.substring(3), list)));
		table.append(line("**overall**", outcomes));
		return table.toString();
	}

	/** The kind and the scope, prefixed by the kind's rank so that groups sort in kind order. */
	static String group(Query query) {
		int wards = query.wards().size();
		String scope = wards == 0 ? "all wards" : wards == 1 ? "one ward" : wards + " wards";
		return String.format("%02d %-17s %s", query.kind().ordinal(), query.kind(), scope);
	}

	private static String line(String label, List<Outcome> outcomes) {
		long[] nanos = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
		long found = outcomes.stream().filter(Outcome::found).count();
		return String.format(Locale.ROOT, "| %-27s | %5d | %6.1f | %6.1f | %6.1f | %6.1f | %6.1f%% |%n", label, nanos.length,
				percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6,
				100.0 * found / outcomes.size());
	}

	private static double percentile(long[] sorted, double p) {
		return percentile(java.util.Arrays.stream(sorted).mapToDouble(nanos -> nanos / 1e6).toArray(), p);
	}

	static double percentile(double[] sorted, double p) {
		int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
	}

}
