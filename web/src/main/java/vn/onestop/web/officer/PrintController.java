package vn.onestop.web.officer;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

import vn.onestop.web.config.WebProperties;
import vn.onestop.web.officer.DossierDetails.HistoryEntry;

/**
 * The printable forms: the receipt (form 01) for A4 or 80 mm paper, with a QR code of the citizen's look-up page for
 * this dossier (the code only: the phone digits are typed by the citizen, never put in the URL), and the apology
 * letter (form 04) from the latest apology in the dossier's history.
 */
@Controller
class PrintController {

	private final DossierClient dossiers;

	private final URI publicUrl;

	PrintController(DossierClient dossiers, WebProperties web) {
		this.dossiers = dossiers;
		this.publicUrl = web.publicUrl();
	}

	@GetMapping("/officer/dossiers/{code}/receipt")
	Mono<String> receipt(@PathVariable String code, @RequestParam(name = "paper", defaultValue = "a4") String paper,
			Model model, ServerWebExchange exchange) {
		return this.dossiers.receipt(code).map(receipt -> {
			String lookup = lookupUrl(this.publicUrl, exchange.getRequest().getURI(), receipt.dossierCode());
			model.addAttribute("receipt", receipt);
			model.addAttribute("paper", "80mm".equals(paper) ? "80mm" : "a4");
			model.addAttribute("lookupUrl", lookup);
			model.addAttribute("qr", QrCodeSvg.dataUri(lookup));
			return "officer/receipt";
		});
	}

	@GetMapping("/officer/dossiers/{code}/apology-letter")
	Mono<String> apologyLetter(@PathVariable String code, Model model, ServerWebExchange exchange) {
		return Mono.zip(this.dossiers.receipt(code), this.dossiers.history(code)).map(found -> {
			model.addAttribute("receipt", found.getT1());
			HistoryEntry apology = latestApology(found.getT2());
			if (apology == null) {
				exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
				model.addAttribute("code", code);
				return "officer/no-apology";
			}
			model.addAttribute("apology", apology);
			return "officer/apology-letter";
		});
	}

	/**
	 * The configured public address ({@code WEB_PUBLIC_URL}, path prefix kept): a slip printed behind a proxy or from
	 * an internal address must lead the citizen to where they can reach the pages. Unset, the page's own origin (the
	 * gateway keeps the browser's Host).
	 */
	static String lookupUrl(URI publicUrl, URI request, String code) {
		UriComponentsBuilder url = publicUrl == null ? UriComponentsBuilder.fromUri(request).replacePath("/lookup")
				: UriComponentsBuilder.fromUri(publicUrl).replacePath(prefix(publicUrl) + "/lookup");
		return url.replaceQuery(null).queryParam("code", code).fragment(null).build().encode().toUriString();
	}

	private static String prefix(URI publicUrl) {
		String path = publicUrl.getPath() == null ? "" : publicUrl.getPath();
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	private static HistoryEntry latestApology(List<HistoryEntry> history) {
		return history.stream().filter(entry -> "apologize".equals(entry.action()))
			.max(Comparator.comparing(HistoryEntry::at)).orElse(null);
	}

}
