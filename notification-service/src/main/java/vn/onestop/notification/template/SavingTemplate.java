package vn.onestop.notification.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import vn.onestop.support.audit.AuditLog;

/**
 * Saves new text for a template as its next version, once it passes every check, and audits the change in the
 * same transaction: templates are platform configuration, changed by platform admins only.
 */
@Service
class SavingTemplate {

	static final String AUDIT_ACTION = "template.change";

	static final Map<String, Integer> MAX_SEGMENTS_BY_EVENT = Map.of("QueueTurnNear", 1);

	private final TemplateRepository templates;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	SavingTemplate(TemplateRepository templates, AuditLog audit, TransactionalOperator transaction) {
		this.templates = templates;
		this.audit = audit;
		this.transaction = transaction;
	}

	Mono<Template> save(String id, TemplateContent content) {
		Mono<Template> save = this.templates.findCurrent(id)
			.switchIfEmpty(Mono.error(() -> TemplateProblems.notFound(id)))
			.flatMap(current -> {
				try {
					content.validate(current.channel());
					keepsToTheEventsSegments(current.eventType(), content);
				}
				catch (InvalidTemplateException ex) {
					return Mono.error(TemplateProblems.invalid(ex));
				}
				catch (SmsTooLongException ex) {
					return Mono.error(TemplateProblems.tooLong(ex));
				}
				return this.templates.saveNewVersion(current, content)
					.flatMap(saved -> this.audit.record(AUDIT_ACTION, saved.id(), null, details(current, saved))
						.thenReturn(saved));
			});
		return this.transaction.transactional(save);
	}

	/**
	 * Some SMS must stay shorter than templates may be: the queue's "sắp đến lượt" SMS is one segment (issue 16), as
	 * the citizen waiting at the center reads it at a glance.
	 */
	private static void keepsToTheEventsSegments(String eventType, TemplateContent content) {
		Integer most = MAX_SEGMENTS_BY_EVENT.get(eventType);
		if (most != null && content.maxSegments() != null && content.maxSegments() > most) {
			throw new InvalidTemplateException(List.of(new InvalidTemplateException.Violation("maxSegments",
					"is at most " + most + " for " + eventType + " SMS")));
		}
	}

	/** What changed, without the text itself: a template's text may be long, and the versions keep it anyway. */
	private static Map<String, Object> details(Template before, Template after) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("eventType", after.eventType());
		details.put("channel", after.channel().name());
		details.put("fromVersion", before.version());
		details.put("toVersion", after.version());
		if (after.content().maxSegments() != null) {
			details.put("maxSegments", after.content().maxSegments());
		}
		return details;
	}

}
