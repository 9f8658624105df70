package vn.onestop.intake.queue.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.onestop.support.contract.PlainJavaDomain;

/**
 * Keeps the queue's rules free of Spring, Reactor and persistence. Every class of the package is covered, so a new
 * one is held to the rule without being added to a list.
 */
class QueueModelIsPlainJavaTest {

	private static final Path MODEL = Path.of("src/main/java/vn/onestop/intake/queue/model");

	@Test
	void everyModelClassImportsOnlyTheJdkTheCalendarAndDossierCodes() throws IOException {
		List<String> types;
		try (Stream<Path> files = Files.list(MODEL)) {
			types = files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".java"))
				.map(name -> name.substring(0, name.length() - ".java".length()))
				.sorted()
				.toList();
		}
		assertThat(types).contains("TicketLifecycle", "OrderingPolicy", "SetupRules", "AlmostYourTurn");
		PlainJavaDomain.assertImportsOnlyTheJdk(MODEL, types,
				"import (static )?vn\\.onestop\\.intake\\.queue\\.model\\..*;",
				"import vn\\.onestop\\.intake\\.calendar\\.(WorkingCalendar|WorkingSession|WorkingSessions);",
				"import vn\\.onestop\\.intake\\.dossier\\.DossierCode;");
	}

}
