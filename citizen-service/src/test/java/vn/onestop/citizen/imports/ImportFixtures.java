package vn.onestop.citizen.imports;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Import files of valid, unique citizens for tests that share one database with the other tests. */
final class ImportFixtures {

	/** Phường Hoàn Kiếm (Hà Nội), in force from 2025-07-01; the import tests keep it to themselves. */
	static final String HOAN_KIEM = "00070";

	/** Phường Tây Hồ (Hà Nội), in force from 2025-07-01; for the large imports. */
	static final String TAY_HO = "00103";

	/** Phường Phúc Xá (Hà Nội): in force until 2025-06-30 only. */
	static final String RETIRED_WARD = "00001";

	static final String CSV_HEADER = "fullName,idNumber,dateOfBirth,gender,phone,email,address.line,address.wardCode,"
			+ "preferences.channel,preferences.consent\n";

	/** Numbers registered in HCMC (079) so they never meet those of {@code CitizenFixtures} (001). */
	private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(0, 800_000));

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc" };

	private static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hoà", "Khoa", "Lan",
			"Linh", "Long", "Mai", "Nam", "Phúc", "Quý", "Sơn", "Thảo", "Thuỷ", "Trung", "Tuấn", "Uyên", "Việt", "Yến" };

	private ImportFixtures() {
	}

	/** A Vietnamese full name, different for neighbouring {@code i}. */
	static String name(int i) {
		return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / FAMILY.length) % MIDDLE.length] + " "
				+ GIVEN[(i / 7) % GIVEN.length];
	}

	/** A man born in 1990: a 12-digit number that agrees with it, never handed out twice in this JVM. */
	static String idNumber() {
		return "079090" + String.format("%06d", SEQUENCE.incrementAndGet());
	}

	static String phone() {
		return "097" + String.format("%07d", SEQUENCE.incrementAndGet() % 10_000_000);
	}

	/** One CSV line for a man born 1990-02-03 whose old ward was Phúc Xá. */
	static String csvLine(String fullName, String idNumber, String phone) {
		return "\"" + fullName + "\"," + idNumber + ",1990-02-03,MALE," + (phone == null ? "" : phone) + ",,"
				+ "\"Số 1, phố Hàng Bạc\"," + RETIRED_WARD + ",,\n";
	}

}
