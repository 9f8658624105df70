package vn.onestop.notification.template;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Saves new text for a template as its next version, once it passes every check. */
@Service
class SavingTemplate {

	private final TemplateRepository templates;

	SavingTemplate(TemplateRepository templates) {
		this.templates = templates;
	}

	Mono<Template> save(String id, TemplateContent content) {
		return this.templates.findCurrent(id)
			.switchIfEmpty(Mono.error(() -> TemplateProblems.notFound(id)))
			.flatMap(current -> {
				try {
					content.validate(current.channel());
				}
				catch (InvalidTemplateException ex) {
					return Mono.error(TemplateProblems.invalid(ex));
				}
				catch (SmsTooLongException ex) {
					return Mono.error(TemplateProblems.tooLong(ex));
				}
				return this.templates.saveNewVersion(current, content);
			});
	}

}
