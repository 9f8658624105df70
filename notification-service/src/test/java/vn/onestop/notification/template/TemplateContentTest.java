package vn.onestop.notification.template;

import org.junit.jupiter.api.Test;

import vn.onestop.notification.channel.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateContentTest {

	@Test
	void acceptsAnSmsThatFitsItsSegmentsWithTheLongestValues() {
		TemplateContent content = new TemplateContent(null, "{{wardName}}: Hồ sơ {{dossierCode}} đã trả kết quả.", 1);

		assertThatCode(() -> content.validate(Channel.SMS)).doesNotThrowAnyException();
		assertThat(content.worstCaseSms().units()).isEqualTo(40 + 8 + 30 + 16);
	}

	@Test
	void countsTheFoldedTextNotTheAccentedOne() {
		String accented = "Hồ sơ đã được tiếp nhận và đang được giải quyết theo đúng quy định hiện hành. ".repeat(2);
		TemplateContent content = new TemplateContent(null, accented.strip(), 1);

		assertThatCode(() -> content.validate(Channel.SMS)).doesNotThrowAnyException();
	}

	@Test
	void refusesAnSmsThatCouldExceedItsSegments() {
		TemplateContent content = new TemplateContent(null, "{{missingItems}}", 1);

		assertThatThrownBy(() -> content.validate(Channel.SMS)).isInstanceOfSatisfying(SmsTooLongException.class, ex -> {
			assertThat(ex.segments()).isEqualTo(2);
			assertThat(ex.maxSegments()).isEqualTo(1);
		});
		assertThatCode(() -> new TemplateContent(null, "{{missingItems}}", 2).validate(Channel.SMS))
			.doesNotThrowAnyException();
	}

	@Test
	void countsTheSecondSegmentFromOneHundredSixtyOneCharacters() {
		assertThatCode(() -> new TemplateContent(null, "a".repeat(160), 1).validate(Channel.SMS))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> new TemplateContent(null, "a".repeat(161), 1).validate(Channel.SMS))
			.isInstanceOf(SmsTooLongException.class);
	}

	@Test
	void requiresMaxSegmentsForSmsAndNoSubject() {
		assertThatThrownBy(() -> new TemplateContent("Tiêu đề", "Nội dung", null).validate(Channel.SMS))
			.isInstanceOfSatisfying(InvalidTemplateException.class, ex -> assertThat(ex.violations())
				.extracting(InvalidTemplateException.Violation::field)
				.containsExactly("subject", "maxSegments"));
		assertThatThrownBy(() -> new TemplateContent(null, "Nội dung", 11).validate(Channel.SMS))
			.isInstanceOf(InvalidTemplateException.class);
	}

	@Test
	void requiresAOneLineSubjectForEmailAndNoMaxSegments() {
		assertThatThrownBy(() -> new TemplateContent(null, "Nội dung", 2).validate(Channel.EMAIL))
			.isInstanceOfSatisfying(InvalidTemplateException.class, ex -> assertThat(ex.violations())
				.extracting(InvalidTemplateException.Violation::field)
				.containsExactly("subject", "maxSegments"));
		assertThatThrownBy(() -> new TemplateContent("Dòng 1\nDòng 2", "Nội dung", null).validate(Channel.EMAIL))
			.isInstanceOf(InvalidTemplateException.class);
		assertThatCode(() -> new TemplateContent("Hồ sơ {{dossierCode}}", "Nội dung", null).validate(Channel.EMAIL))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesBlankBodiesAndUnknownPlaceholdersInSubjectAndBody() {
		assertThatThrownBy(() -> new TemplateContent("{{x}}", "{{y}}", null).validate(Channel.EMAIL))
			.isInstanceOfSatisfying(InvalidTemplateException.class, ex -> assertThat(ex.violations())
				.extracting(InvalidTemplateException.Violation::field)
				.containsExactlyInAnyOrder("body", "subject"));
		assertThatThrownBy(() -> new TemplateContent(null, " ", 1).validate(Channel.SMS))
			.isInstanceOf(InvalidTemplateException.class);
		assertThatThrownBy(() -> new TemplateContent(null, "a".repeat(4001), 10).validate(Channel.SMS))
			.isInstanceOf(InvalidTemplateException.class);
	}

}
