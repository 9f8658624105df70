package vn.onestop.citizen.records;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenSearchQueryTest {

	@Test
	void wardsAreASetAndNoneMeansAll() {
		assertThat(CitizenSearchQuery.parse("An", List.of("00004", " 20242 ", "00004", ""), 0, 20).wards())
			.isEqualTo(Set.of("00004", "20242"));
		assertThat(CitizenSearchQuery.parse("An", null, 0, 20).wards()).isEmpty();
		assertThat(CitizenSearchQuery.parse(null, List.of("00004"), 0, 20).searchKey()).isNull();
	}

	@Test
	void badOrTooManyWardsAreRefused() {
		assertThatThrownBy(() -> CitizenSearchQuery.parse("An", List.of("00004", "4"), 0, 20)).isInstanceOf(InvalidCitizenForm.class);
		List<String> codes = IntStream.rangeClosed(1, CitizenSearchQuery.MAX_WARDS + 1).mapToObj(i -> String.format("%05d", i))
			.toList();
		assertThatThrownBy(() -> CitizenSearchQuery.parse("An", codes, 0, 20)).isInstanceOf(InvalidCitizenForm.class);
		assertThatThrownBy(() -> CitizenSearchQuery.parse(null, List.of(" "), 0, 20)).isInstanceOf(InvalidCitizenForm.class);
	}

	@Test
	void eachWordOnceWithTheOthersAndItsPlaceInTheName() {
		CitizenSearchQuery query = CitizenSearchQuery.parse("Nguyễn Công Công Hùng", null, 0, 20);
		assertThat(query.searchKey()).isEqualTo("nguien cong cong hung");
		assertThat(query.words()).containsExactly("nguien", "cong", "hung");
		assertThat(query.otherWords()).containsExactly("cong hung", "nguien hung", "nguien cong");
		assertThat(query.wordTemplates()).containsExactly("* cong cong hung", "nguien * cong hung", "nguien cong cong *");
		assertThat(query.nearWords()).hasSize(3).allMatch(near -> !near.isBlank());
		assertThat(query.nearWords().get(2).split(" ")).contains("dung", "hun", "hnug");
	}

	@Test
	void oneWordHasNoOthers() {
		CitizenSearchQuery query = CitizenSearchQuery.parse("Hương", null, 0, 20);
		assertThat(query.words()).containsExactly("huong");
		assertThat(query.otherWords()).containsExactly("");
		assertThat(query.wordTemplates()).containsExactly("*");
	}

}
