package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.util.Optional;

/** The commune-level unit types, recognised by the prefix of the official full name. */
public enum UnitType {

	WARD("Phường"), COMMUNE("Xã"), TOWN("Thị trấn"), SPECIAL_ZONE("Đặc khu");

	private final String prefix;

	private final String prefixKey;

	UnitType(String prefix) {
		this.prefix = prefix;
		this.prefixKey = VietnameseNames.matchKey(prefix);
	}

	public String prefix() {
		return this.prefix;
	}

	public static Optional<UnitType> ofFullName(String fullName) {
		String key = VietnameseNames.matchKey(fullName);
		for (UnitType type : values()) {
			if (key.equals(type.prefixKey) || key.startsWith(type.prefixKey + " ")) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The name without its type words; a doubled prefix (Phường Phường Đúc) loses both. */
	static String withoutPrefix(String fullName) {
		String name = VietnameseNames.nfc(fullName);
		Optional<UnitType> type = ofFullName(name);
		while (type.isPresent()) {
			int words = type.get().prefix.split(" ").length;
			String[] parts = name.split(" ", words + 1);
			if (parts.length <= words) {
				return name;
			}
			name = parts[words];
			type = ofFullName(name);
		}
		return name;
	}

}
