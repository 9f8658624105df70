package vn.onestop.notification.template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import vn.onestop.notification.channel.Channel;
import vn.onestop.notification.config.Access;
import vn.onestop.support.security.Callers;
import vn.onestop.support.security.Role;

@Tag(name = "Templates", description = "Vietnamese message templates per event type and channel, versioned. "
		+ "Platform configuration: officers, leaders and platform admins read and preview them; only platform admins "
		+ "change them.")
@RestController
@RequestMapping(path = "/templates", produces = MediaType.APPLICATION_JSON_VALUE)
class TemplateResource {

	private final TemplateRepository templates;

	private final SavingTemplate savingTemplate;

	TemplateResource(TemplateRepository templates, SavingTemplate savingTemplate) {
		this.templates = templates;
		this.savingTemplate = savingTemplate;
	}

	@Operation(summary = "List the current version of every template",
			description = "Placeholders: dossierCode, procedureName, appointment, wardName, missingItems, "
					+ "apologyReason, newDate, citizenName, ticketNumber, turn, written {{name}}.")
	@GetMapping
	Flux<TemplateView> list(@RequestParam(required = false) String eventType,
			@RequestParam(required = false) Channel channel) {
		return Access.staffOrAdmin().thenMany(this.templates.findCurrent(eventType, channel)).map(TemplateView::of);
	}

	@Operation(summary = "Read a template's current version")
	@GetMapping("/{id}")
	Mono<TemplateView> get(@PathVariable String id) {
		return Access.staffOrAdmin().then(current(id)).map(TemplateView::of);
	}

	@Operation(summary = "Save new text as the template's next version (platform admins only, audited)",
			description = "400 when the text uses an unknown placeholder or lacks a required field; 422 sms-too-long "
					+ "when an SMS, folded to GSM-7 with every placeholder at its longest, exceeds maxSegments.")
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TemplateView> save(@PathVariable String id, @Valid @RequestBody Mono<TemplateRequests.SaveRequest> request) {
		return Callers.requireAny(Role.PLATFORM_ADMIN)
			.then(request)
			.flatMap(body -> this.savingTemplate.save(id, body.content()))
			.map(TemplateView::of);
	}

	@Operation(summary = "Render a template with sample values",
			description = "Renders the current version (or the one given); for SMS also the GSM-7 folded text and "
					+ "the segment counts of both. 400 naming each placeholder without a value.")
	@PostMapping(path = "/{id}/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
	Mono<TemplateRequests.PreviewResponse> preview(@PathVariable String id,
			@Valid @RequestBody Mono<TemplateRequests.PreviewRequest> request) {
		return Access.staffOrAdmin().then(request).flatMap(body -> preview(id, body));
	}

	private Mono<TemplateRequests.PreviewResponse> preview(String id, TemplateRequests.PreviewRequest request) {
		Mono<Template> template = request.version() == null ? current(id)
				: this.templates.findVersion(id, request.version())
					.switchIfEmpty(Mono.error(() -> TemplateProblems.versionNotFound(id, request.version())));
		return template.map(found -> {
			try {
				return TemplateRequests.PreviewResponse.of(found.render(request.values()));
			}
			catch (MissingValuesException ex) {
				throw TemplateProblems.missingValues(ex);
			}
		});
	}

	private Mono<Template> current(String id) {
		return this.templates.findCurrent(id).switchIfEmpty(Mono.error(() -> TemplateProblems.notFound(id)));
	}

}
