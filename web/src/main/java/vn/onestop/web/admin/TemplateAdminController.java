package vn.onestop.web.admin;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.Api;
import vn.onestop.web.api.ApiProblem;

/**
 * Message templates: the list, one template with its text, and saving new text as its next version. For SMS the
 * page shows, as the admin types (htmx), notification-service's count of segments for the text as written and folded
 * to unaccented GSM-7, which is what is sent.
 */
@Controller
class TemplateAdminController {

	private static final ParameterizedTypeReference<List<MessageTemplate>> TEMPLATES = new ParameterizedTypeReference<>() {
	};

	private final Api api;

	TemplateAdminController(Api api) {
		this.api = api;
	}

	@GetMapping("/admin/templates")
	Mono<String> list(Model model) {
		return this.api.asUser()
			.get()
			.uri("/notifications/templates")
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(TEMPLATES)
			.doOnNext(templates -> model.addAttribute("templates", templates))
			.thenReturn("admin/templates");
	}

	@GetMapping("/admin/templates/{id}")
	Mono<String> one(@PathVariable String id, @RequestParam(name = "saved", required = false) Integer saved,
			Model model) {
		model.addAttribute("saved", saved);
		model.addAttribute("errors", Map.of());
		return template(id).flatMap(template -> {
			model.addAttribute("messageTemplate", template);
			TemplateForm form = TemplateForm.from(template);
			model.addAttribute("form", form);
			return template.sms() ? sms(form.body(), model).thenReturn("admin/template") : Mono.just("admin/template");
		});
	}

	/** The live preview (htmx sends the form as the admin types); without htmx, the whole page with it. */
	@PostMapping(path = "/admin/templates/{id}/preview", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> preview(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			ServerWebExchange exchange, Model model) {
		return exchange.getFormData().map(TemplateForm::of).flatMap(form -> {
			if (htmx != null) {
				return sms(form.body(), model).thenReturn("admin/template :: sms-preview");
			}
			model.addAttribute("errors", Map.of());
			model.addAttribute("form", form);
			return template(id).doOnNext(template -> model.addAttribute("messageTemplate", template))
				.then(sms(form.body(), model))
				.thenReturn("admin/template");
		});
	}

	@PostMapping(path = "/admin/templates/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> save(@PathVariable String id, ServerWebExchange exchange, Model model) {
		return Mono.zip(exchange.getFormData().map(TemplateForm::of), template(id)).flatMap(both -> {
			TemplateForm form = both.getT1();
			MessageTemplate template = both.getT2();
			return this.api.asUser()
				.put()
				.uri("/notifications/templates/{id}", id)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(form.request(template.sms()))
				.retrieve()
				.onStatus(Api::isError, Api.problems())
				.bodyToMono(MessageTemplate.class)
				.map(saved -> "redirect:/admin/templates/" + saved.id() + "?saved=" + saved.version())
				.onErrorResume(ApiProblem.class, problem -> {
					if (!problem.is(400) && !problem.is(422)) {
						return Mono.error(problem);
					}
					exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
					model.addAttribute("messageTemplate", template);
					model.addAttribute("form", form);
					model.addAttribute("errors", problem.fieldErrors());
					model.addAttribute("invalid", true);
					return template.sms() ? sms(form.body(), model).thenReturn("admin/template")
							: Mono.just("admin/template");
				});
		});
	}

	private Mono<MessageTemplate> template(String id) {
		return this.api.asUser()
			.get()
			.uri("/notifications/templates/{id}", id)
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(MessageTemplate.class);
	}

	/** The SMS preview of the text into the model; an empty text has none (the API wants some text). */
	private Mono<Void> sms(String text, Model model) {
		if (text.isBlank()) {
			return Mono.empty();
		}
		return this.api.asUser()
			.post()
			.uri("/notifications/sms/preview")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("text", text))
			.retrieve()
			.onStatus(Api::isError, Api.problems())
			.bodyToMono(SmsPreview.class)
			.doOnNext(preview -> model.addAttribute("sms", preview))
			.then();
	}

}
