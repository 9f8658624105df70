package vn.onestop.support.web.app;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal reactive application with platform-support on its classpath and no database
 * ({@code platform.db.name} is not set), for the integration tests of the web layer.
 */
@SpringBootApplication
public class PlatformWebTestApplication {

	public record Item(@NotBlank String name, int quantity) {
	}

	@RestController
	static class ItemsController {

		@PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
		@ResponseStatus(HttpStatus.CREATED)
		Item create(@Valid @RequestBody Item item) {
			return item;
		}

		@GetMapping("/items")
		List<Item> list(@RequestParam int page) {
			return List.of(new Item("page " + page, page));
		}

		@GetMapping("/items/{id}")
		Item byId(@PathVariable UUID id) {
			return new Item(id.toString(), 1);
		}

		@PostMapping("/echo")
		String echo(@RequestBody String body) {
			return body;
		}

		@GetMapping("/boom")
		Item boom() {
			throw new IllegalStateException("secret SQL select national_id from citizen where id = 42");
		}

	}

}
