package vn.onestop.notification.template;

import java.time.Instant;
import java.util.List;

import vn.onestop.notification.channel.Channel;

/** A template at one version, with the placeholders it uses and, for SMS, its worst-case segments. */
record TemplateView(String id, String eventType, Channel channel, String procedureGroup, TemplateKind kind,
		String description, int version, Instant createdAt, String subject, String body, Integer maxSegments,
		Integer worstCaseSegments, List<String> placeholders) {

	static TemplateView of(Template template) {
		TemplateContent content = template.content();
		List<String> placeholders = java.util.stream.Stream
			.concat(content.subject() == null ? java.util.stream.Stream.<Placeholder>empty()
					: TemplateText.parse(content.subject()).placeholders().stream(),
					TemplateText.parse(content.body()).placeholders().stream())
			.map(Placeholder::key)
			.distinct()
			.toList();
		Integer worstCase = template.channel() == Channel.SMS ? content.worstCaseSms().count() : null;
		return new TemplateView(template.id(), template.eventType(), template.channel(), template.procedureGroup(),
				template.kind(), template.description(), template.version(), template.createdAt(), content.subject(),
				content.body(), content.maxSegments(), worstCase, placeholders);
	}

}
