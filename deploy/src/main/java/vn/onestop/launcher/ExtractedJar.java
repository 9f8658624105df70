package vn.onestop.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Spring Boot fat jar extracted by its {@code tools} jar mode ({@code <app>.jar} plus {@code lib/}), the form
 * CDS can archive, kept in {@code <jar's directory>/cds/<name>-<size>-<modified>/} so that a rebuilt jar gets
 * a new directory (and the directories of older jars are deleted).
 */
record ExtractedJar(Path jar, Path directory) {

	private static final long EXTRACT_TIMEOUT_SECONDS = 120;

	static ExtractedJar of(Path jar) throws IOException {
		String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
		String identity = name + "-" + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
		return new ExtractedJar(jar, jar.toAbsolutePath().getParent().resolve("cds").resolve(identity));
	}

	/** The extracted application jar, to run with {@code -jar}; {@code lib/} is beside it. */
	Path applicationJar() {
		return this.directory.resolve("application").resolve(this.jar.getFileName());
	}

	boolean extracted() {
		return Files.isRegularFile(applicationJar());
	}

	/**
	 * Extracts the jar unless done before: into a scratch directory first, moved into place whole, so that an
	 * interrupted extraction is never taken for a finished one. The tool's output goes to {@code log}.
	 */
	void extract(Path log) throws IOException, InterruptedException {
		if (extracted()) {
			return;
		}
		Files.createDirectories(this.directory);
		Path scratch = this.directory.resolve("extracting-" + UUID.randomUUID());
		Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Djarmode=tools", "-jar", this.jar.toAbsolutePath().toString(), "extract", "--destination",
				scratch.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		try {
			if (!tool.waitFor(EXTRACT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				tool.destroyForcibly();
				throw new IOException("extracting " + this.jar + " took more than " + EXTRACT_TIMEOUT_SECONDS + " s");
			}
			if (tool.exitValue() != 0 || !Files.isRegularFile(scratch.resolve(this.jar.getFileName()))) {
				throw new IOException("extracting " + this.jar + " failed (exit code " + tool.exitValue() + ")");
			}
			try {
				Files.move(scratch, applicationJar().getParent(), StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				if (!extracted()) { // else another launcher on the same jar was quicker
					throw ex;
				}
			}
		}
		finally {
			deleteRecursively(scratch);
		}
		deleteOlderExtractions();
	}

	private void deleteOlderExtractions() {
		try (Stream<Path> siblings = Files.list(this.directory.getParent())) {
			List<Path> older = siblings.filter(p -> !p.equals(this.directory)).filter(Files::isDirectory).toList();
			older.forEach(ExtractedJar::deleteRecursively);
		}
		catch (IOException ignored) {
			// only disk space
		}
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> tree = Files.walk(directory)) {
			tree.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ignored) {
			// only disk space
		}
	}

}
