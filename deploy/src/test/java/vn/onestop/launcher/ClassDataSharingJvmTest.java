package vn.onestop.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM this build runs on (the one the launcher starts the applications with) writes the archive when stopped
 * with SIGTERM, maps it at the next start, and still starts when the archive was corrupted or truncated. A tiny stand-in
 * application, not a Spring Boot one: seconds, not minutes.
 */
class ClassDataSharingJvmTest {

	private static final List<String> OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC", "-Xlog:class+load=info");

	private static final String SHARED = "vn.onestop.launcher.CdsProbeMain source: shared objects file (top)";

	@TempDir
	Path target;

	@Test
	void writesTheArchiveOnSigtermMapsItNextTimeAndSurvivesACorruptedOrTruncatedOne() throws Exception {
		Path fatJar = Files.write(this.target.resolve("probe.jar"), new byte[] { 1 });
		ExtractedJar extracted = ExtractedJar.of(fatJar);
		writeProbeJar(extracted.applicationJar());

		Launch training = ClassDataSharing.plan(extracted, OPTIONS);
		assertThat(runUntilReadyThenStop(training)).doesNotContain(SHARED);
		CdsArchive archive = training.training().orElseThrow();
		assertThat(archive.usable()).as("archive written on SIGTERM and published").isTrue();

		Launch mapped = ClassDataSharing.plan(extracted, OPTIONS);
		assertThat(mapped.training()).isEmpty();
		assertThat(runUntilReadyThenStop(mapped)).contains(SHARED);

		byte[] whole = Files.readAllBytes(archive.file());
		Arrays.fill(whole, whole.length / 3, whole.length / 3 + 64, (byte) 0x5a);
		Files.delete(archive.file());
		Files.write(archive.file(), whole);
		Launch corrupted = ClassDataSharing.plan(extracted, OPTIONS);
		assertThat(corrupted.training()).as("same length: the launcher cannot tell").isEmpty();
		assertThat(runUntilReadyThenStop(corrupted)).as("the JVM checks the regions' checksums").doesNotContain(SHARED);

		Files.delete(archive.file());
		Files.write(archive.file(), Arrays.copyOf(whole, whole.length / 2));
		Launch afterTruncation = ClassDataSharing.plan(extracted, OPTIONS);
		assertThat(afterTruncation.training()).isPresent();
		assertThat(runUntilReadyThenStop(afterTruncation)).doesNotContain(SHARED);
	}

	private static String runUntilReadyThenStop(Launch launch) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(launch.command()).redirectErrorStream(true).start();
		StringBuilder output = new StringBuilder();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = process.inputReader()) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					synchronized (output) {
						output.append(line).append('\n');
					}
				}
			}
			catch (IOException ignored) {
				// process gone
			}
		});
		reader.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!ready(output) && process.isAlive() && System.nanoTime() < deadline) {
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
		assertThat(ready(output)).as("probe started: %s", output).isTrue();
		process.destroy();
		boolean stopped = process.waitFor(60, TimeUnit.SECONDS);
		launch.ended(stopped);
		reader.join(5000);
		synchronized (output) {
			return output.toString();
		}
	}

	private static boolean ready(StringBuilder output) {
		synchronized (output) {
			return output.indexOf("probe ready") >= 0;
		}
	}

	private static void writeProbeJar(Path jar) throws IOException {
		Files.createDirectories(jar.getParent());
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, CdsProbeMain.class.getName());
		String entry = CdsProbeMain.class.getName().replace('.', '/') + ".class";
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
				InputStream probe = CdsProbeMain.class.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			probe.transferTo(out);
			out.closeEntry();
		}
	}

}
