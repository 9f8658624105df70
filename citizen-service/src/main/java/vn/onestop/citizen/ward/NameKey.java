package vn.onestop.citizen.ward;

import vn.onestop.rules.citizen.VietnameseNames;

import java.util.function.UnaryOperator;

/** How strictly two names are compared: first with tones kept, then accent-, space- and punctuation-blind. */
enum NameKey {

	STRICT(VietnameseNames::matchKey), LOOSE(VietnameseNames::looseKey);

	private final UnaryOperator<String> fold;

	NameKey(UnaryOperator<String> fold) {
		this.fold = fold;
	}

	String of(String name) {
		return this.fold.apply(name);
	}

	/** The key of a name with or without its type words (Xã, Phường, Thị trấn, Đặc khu). */
	String of(String name, boolean withType) {
		return of(withType ? name : UnitType.withoutPrefix(name));
	}

}
