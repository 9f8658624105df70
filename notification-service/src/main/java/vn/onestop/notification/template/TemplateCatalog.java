package vn.onestop.notification.template;

import java.util.List;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;

/** The current templates an event yields on a channel, for the delivery side. */
@Service
public class TemplateCatalog {

	private final TemplateRepository templates;

	TemplateCatalog(TemplateRepository templates) {
		this.templates = templates;
	}

	/** The notice (group-specific over general) and any courtesy message; empty when none exists. */
	public Mono<List<Template>> forEvent(String eventType, Channel channel, String procedureGroup) {
		return this.templates.findCurrent(eventType, channel)
			.collectList()
			.map(candidates -> TemplateSelection.select(candidates, eventType, procedureGroup));
	}

}
