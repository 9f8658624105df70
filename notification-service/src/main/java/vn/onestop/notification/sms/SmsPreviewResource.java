package vn.onestop.notification.sms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import vn.onestop.notification.config.Access;

@Tag(name = "SMS", description = "How a notice is encoded and billed as SMS")
@RestController
@RequestMapping("/sms")
class SmsPreviewResource {

	@Operation(summary = "Preview a text as SMS, with and without Vietnamese diacritics",
			description = "Gives the encoding (GSM_7 or UCS_2), the units counted (septets or UTF-16 code units) "
					+ "and the segments billed, for the text in NFC and for the text folded to unaccented GSM-7. "
					+ "Officers, leaders and platform admins.")
	@PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<SmsPreview> preview(@Valid @RequestBody Mono<SmsPreviewRequest> request) {
		return Access.staffOrAdmin().then(request).map(body -> SmsPreview.of(body.text()));
	}

}
