package vn.onestop.support.security.app;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Callers;
import vn.onestop.support.security.PublicEndpoints;

/** A reactive application with platform-support's security and one public, one ward and one internal endpoint. */
@SpringBootApplication
public class SecuredTestApplication {

	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.of("GET /catalogue/**");
	}

	@RestController
	static class Endpoints {

		@GetMapping("/catalogue/items")
		Mono<String> catalogue() {
			return Callers.current().map(caller -> "catalogue for " + caller.name());
		}

		@GetMapping("/wards/{code}/desk")
		Mono<Caller> desk(@PathVariable String code) {
			return Callers.current();
		}

		@PostMapping("/internal/events")
		Mono<String> internal() {
			return Mono.just("accepted");
		}

	}

}
