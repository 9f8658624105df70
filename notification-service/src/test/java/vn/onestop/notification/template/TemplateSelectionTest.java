package vn.onestop.notification.template;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.onestop.notification.channel.Channel;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateSelectionTest {

	private static final List<Template> TEMPLATES = List.of(template("returned", "Returned", null, TemplateKind.NOTICE),
			template("returned-birth", "Returned", "BIRTH", TemplateKind.COURTESY),
			template("returned-death", "Returned", "DEATH", TemplateKind.COURTESY),
			template("returned-land", "Returned", "LAND", TemplateKind.NOTICE),
			template("received", "DossierReceived", null, TemplateKind.NOTICE));

	@Test
	void givesTheGeneralNoticeWithoutAGroup() {
		assertThat(ids("Returned", null)).containsExactly("returned");
	}

	@Test
	void addsTheCourtesyMessageOfTheGroup() {
		assertThat(ids("Returned", "BIRTH")).containsExactly("returned", "returned-birth");
		assertThat(ids("Returned", "DEATH")).containsExactly("returned", "returned-death");
		assertThat(ids("Returned", "MARRIAGE")).containsExactly("returned");
	}

	@Test
	void prefersTheGroupsOwnNoticeOverTheGeneralOne() {
		assertThat(ids("Returned", "LAND")).containsExactly("returned-land");
	}

	@Test
	void givesNothingForAnEventWithoutTemplates() {
		assertThat(ids("WardsMerged", null)).isEmpty();
		assertThat(ids("DossierReceived", "BIRTH")).containsExactly("received");
	}

	private static List<String> ids(String event, String group) {
		return TemplateSelection.select(TEMPLATES, event, group).stream().map(Template::id).toList();
	}

	private static Template template(String id, String event, String group, TemplateKind kind) {
		return new Template(id, event, Channel.SMS, group, kind, id, 1, new TemplateContent(null, id, 1), Instant.EPOCH);
	}

}
