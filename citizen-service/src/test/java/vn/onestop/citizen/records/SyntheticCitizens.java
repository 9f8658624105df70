package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.onestop.rules.citizen.Gender;

/**
 * Citizens with names drawn as Vietnamese names are: family names at their published shares (Nguyễn 38%,
 * Trần 11%, Lê 9.5%, ...), a middle name that mostly says the gender (Văn, Thị) and sometimes a second one,
 * and given names from a long list where a few are very common (Zipf). Deterministic for a seed.
 */
final class SyntheticCitizens {

	record Ward(String code, String provinceCode) {
	}

	record Person(String fullName, LocalDate dateOfBirth, Gender gender, String idNumber, String wardCode) {
	}

	/** Family names and their shares in percent; the last ~10% is spread over the rarer ones. */
	static final List<Weighted> FAMILY_NAMES = List.of(w("Nguyễn", 38), w("Trần", 11), w("Lê", 9.5), w("Phạm", 7),
			w("Hoàng", 3), w("Huỳnh", 2), w("Phan", 4.5), w("Vũ", 2.2), w("Võ", 1.7), w("Đặng", 2.1), w("Bùi", 2),
			w("Đỗ", 1.4), w("Hồ", 1.3), w("Ngô", 1.3), w("Dương", 1), w("Lý", 0.5), w("Đinh", 0.9), w("Trịnh", 0.7),
			w("Đào", 0.7), w("Mai", 0.6), w("Trương", 0.6), w("Lương", 0.5), w("Cao", 0.5), w("Lâm", 0.5), w("Hà", 0.5),
			w("Tạ", 0.4), w("Thái", 0.4), w("Tô", 0.4), w("Chu", 0.3), w("Kiều", 0.3), w("Quách", 0.2), w("Châu", 0.3),
			w("Lại", 0.2), w("Triệu", 0.2), w("Hứa", 0.2), w("Tăng", 0.2), w("Văn", 0.2), w("Nghiêm", 0.2),
			w("Khổng", 0.1), w("Âu", 0.1), w("Mạc", 0.1), w("Thân", 0.2), w("Tống", 0.2), w("Lưu", 0.4), w("Doãn", 0.1));

	static final List<Weighted> MALE_MIDDLE = List.of(w("Văn", 40), w("Hữu", 6), w("Đức", 7), w("Minh", 8),
			w("Quang", 6), w("Thanh", 5), w("Công", 5), w("Quốc", 4), w("Ngọc", 3), w("Xuân", 3), w("Hoàng", 3),
			w("Đình", 4), w("Trọng", 2), w("Gia", 2), w("Tiến", 1), w("Anh", 1));

	static final List<Weighted> FEMALE_MIDDLE = List.of(w("Thị", 50), w("Ngọc", 8), w("Thanh", 6), w("Thu", 5),
			w("Thúy", 3), w("Minh", 4), w("Hồng", 4), w("Kim", 4), w("Phương", 3), w("Bảo", 2), w("Mỹ", 3),
			w("Diệu", 1), w("Khánh", 2), w("Hoài", 2), w("Quỳnh", 2));

	static final List<String> MALE_GIVEN = List.of("Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Hải", "Long",
			"Thành", "Sơn", "Hoàng", "Quang", "Trung", "Cường", "Hưng", "Đức", "Huy", "Tùng", "Phong", "Khánh", "Hiếu",
			"Thắng", "Vinh", "Bình", "Hòa", "Tâm", "Toàn", "Thịnh", "Lâm", "Phúc", "Khoa", "Kiên", "Hậu", "Tiến",
			"Đạt", "Hiệp", "Hoà", "Lộc", "Lợi", "Mạnh", "Nghĩa", "Nhân", "Phát", "Quân", "Quý", "Sang", "Tài", "Thái",
			"Thiện", "Thông", "Trí", "Trường", "Tú", "Việt", "Vũ", "Xuân", "Bảo", "Chiến", "Công", "Cương", "Danh",
			"Duy", "Dương", "Định", "Giang", "Hà", "Hạnh", "Hiển", "Hoan", "Học", "Khải", "Khang", "Khôi", "Lực",
			"Luân", "Nguyên", "Nhật", "Ninh", "Phú", "Phước", "Quyết", "Sỹ", "Tân", "Thạch", "Thanh", "Thuận",
			"Tín", "Trọng", "Tuệ", "Tường", "Uy", "Văn", "Vĩnh", "Vượng", "Yên", "Đông", "Điệp", "Đoàn", "Triều",
			"Hoàn");

	static final List<String> FEMALE_GIVEN = List.of("Hương", "Lan", "Linh", "Trang", "Hằng", "Hoa", "Mai",
			"Thảo", "Nga", "Hà", "Huyền", "Ngọc", "Phương", "Thủy", "Anh", "Hạnh", "Hiền", "Loan", "Nhung", "Thu",
			"Vân", "Yến", "Dung", "Giang", "Hồng", "Hậu", "Liên", "Ly", "My", "Nhi", "Oanh", "Quyên", "Quỳnh", "Tâm",
			"Thúy", "Trâm", "Tuyết", "Uyên", "Vy", "Xuân", "Ánh", "Bích", "Châu", "Chi", "Diệp", "Diễm", "Duyên",
			"Đào", "Hải", "Hòa", "Hoài", "Khánh", "Khuê", "Kiều", "Lệ", "Liễu", "Thùy", "Mận", "Minh", "Mơ", "Na",
			"Ngân", "Nguyệt", "Nhàn", "Như", "Nương", "Phượng", "Quế", "Sen", "Sương", "Tiên", "Thanh", "Thắm",
			"Thơ", "Thoa", "Thư", "Thuận", "Thương", "Trà", "Trinh", "Tú", "Vi", "Việt", "Yên", "Lài", "Lụa",
			"Hường", "Huệ", "Lành", "Hảo", "Dịu", "Gấm", "Lam", "Mỹ", "Hân", "Phấn", "Diệu", "Cúc", "Đông", "Tuyền",
			"Thủy Tiên");

	private static final double SECOND_MIDDLE_NAME = 0.12;

	private final Random random;

	private final List<Ward> wards;

	private final double[] wardWeights;

	private final Set<Long> idNumbers = new HashSet<>();

	SyntheticCitizens(long seed, List<Ward> wards) {
		this.random = new Random(seed);
		this.wards = wards;
		// urban wards are several times larger than rural communes: log-normal sizes
		this.wardWeights = cumulative(wards.stream().mapToDouble(w -> Math.exp(this.random.nextGaussian() * 0.8)).toArray());
	}

	Person next() {
		Gender gender = this.random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
		String name = fullName(gender);
		LocalDate born = LocalDate.of(1930, 1, 1).plusDays(this.random.nextInt(365 * 95));
		Ward ward = this.wards.get(pick(this.wardWeights));
		return new Person(name, born, gender, idNumber(ward, born, gender), ward.code());
	}

	String fullName(Gender gender) {
		boolean male = gender == Gender.MALE;
		List<Weighted> middles = male ? MALE_MIDDLE : FEMALE_MIDDLE;
		StringBuilder name = new StringBuilder(pick(FAMILY_NAMES)).append(' ').append(pick(middles));
		if (this.random.nextDouble() < SECOND_MIDDLE_NAME) {
			name.append(' ').append(pick(middles));
		}
		return name.append(' ').append(zipf(male ? MALE_GIVEN : FEMALE_GIVEN)).toString();
	}

	String familyName() {
		return pick(FAMILY_NAMES);
	}

	String givenName() {
		return zipf(this.random.nextBoolean() ? MALE_GIVEN : FEMALE_GIVEN);
	}

	/** Province of registration, century and gender, year of birth, then a serial: 12 digits, never twice. */
	private String idNumber(Ward ward, LocalDate born, Gender gender) {
		int century = (born.getYear() - 1900) / 100;
		long prefix = Long.parseLong("0" + ward.provinceCode() + (century * 2 + (gender == Gender.FEMALE ? 1 : 0))
				+ String.format("%02d", born.getYear() % 100)) * 1_000_000L;
		long number = prefix + this.random.nextInt(1_000_000);
		while (!this.idNumbers.add(number)) {
			number = prefix + this.random.nextInt(1_000_000);
		}
		return String.format("%012d", number);
	}

	private String pick(List<Weighted> names) {
		double total = names.stream().mapToDouble(Weighted::weight).sum();
		double r = this.random.nextDouble() * total;
		for (Weighted name : names) {
			r -= name.weight();
			if (r < 0) {
				return name.name();
			}
		}
		return names.get(names.size() - 1).name();
	}

	/** The n-th name with probability proportional to 1/(n+3): the first few are common, the tail is long. */
	private String zipf(List<String> names) {
		double total = 0;
		for (int i = 0; i < names.size(); i++) {
			total += 1.0 / (i + 3);
		}
		double r = this.random.nextDouble() * total;
		for (int i = 0; i < names.size(); i++) {
			r -= 1.0 / (i + 3);
			if (r < 0) {
				return names.get(i);
			}
		}
		return names.get(names.size() - 1);
	}

	private int pick(double[] cumulative) {
		double r = this.random.nextDouble() * cumulative[cumulative.length - 1];
		int i = java.util.Arrays.binarySearch(cumulative, r);
		return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
	}

	private static double[] cumulative(double[] weights) {
		double[] sums = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			sums[i] = sum;
		}
		return sums;
	}

	record Weighted(String name, double weight) {
	}

	private static Weighted w(String name, double weight) {
		return new Weighted(name, weight);
	}

}
