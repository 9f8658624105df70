package vn.onestop.citizen.records;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.onestop.rules.citizen.Gender;

/** One page of search results, best match first; {@code hasNext} instead of a total, which would cost a count. */
record CitizenSearchPage(List<Hit> items, int page, int size, boolean hasNext) {

	/** A match as an officer needs it to pick the right person: the personal ID number only masked. */
	record Hit(UUID id, String fullName, LocalDate dateOfBirth, Gender gender, String maskedIdNumber, String wardCode,
			boolean active) {
	}

}
