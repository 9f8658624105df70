package vn.onestop.web.queue;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ServerWebExchange;

import vn.onestop.web.api.ApiProblem;

/**
 * The ticket kiosk of a ward, signed in as that ward's kiosk device: one big button per field, an optional priority
 * group and an optional phone with its consent; touching a field takes a ticket and shows the slip to print. intake
 * refuses (cap reached, field closed) with a Vietnamese detail, shown as it is; it also decides whether this device
 * may take tickets for the ward at all.
 */
@Controller
class KioskController {

	private final QueueClient queue;

	private final QueueRefusals refusals;

	KioskController(QueueClient queue, QueueRefusals refusals) {
		this.refusals = refusals;
		this.queue = queue;
	}

	@GetMapping("/kiosk/{ward:\\d{5}}")
	Mono<String> start(@PathVariable String ward, Model model) {
		return render(ward, KioskForm.fresh(), Map.of(), null, null, model);
	}

	@PostMapping(path = "/kiosk/{ward:\\d{5}}/tickets", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Mono<String> take(@PathVariable String ward, ServerWebExchange exchange, Model model) {
		return exchange.getFormData().map(KioskForm::posted).flatMap(form -> this.queue
			.take(ward, form.body(), form.idempotencyKey())
			.map(slip -> {
				model.addAttribute("slip", slip);
				model.addAttribute("ward", ward);
				return "queue/slip";
			})
			.onErrorResume(ApiProblem.class, problem -> {
				if (!problem.is(400) && !problem.is(409)) {
					return Mono.error(problem);
				}
				exchange.getResponse().setStatusCode(HttpStatus.valueOf(problem.status()));
				ApiProblem refusal = problem.is(409) ? problem : null;
				return render(ward, form.again(), problem.fieldErrors(), refusal, String.valueOf(form.body().get("field")),
						model);
			}));
	}

	private Mono<String> render(String ward, KioskForm form, Map<String, String> errors, ApiProblem refusal,
			String fieldCode, Model model) {
		return this.queue.setup(ward).map(setup -> {
			model.addAttribute("setup", setup);
			model.addAttribute("ward", ward);
			model.addAttribute("form", form.values());
			model.addAttribute("errors", errors);
			model.addAttribute("refusal", refusal == null ? null : this.refusals.of(refusal, setup.fields()
				.stream()
				.filter(field -> field.code().equals(fieldCode))
				.map(CenterSetup.Field::name)
				.findFirst()
				.orElse(null)));
			return "queue/kiosk";
		});
	}

}
