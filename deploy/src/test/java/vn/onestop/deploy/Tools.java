package vn.onestop.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository's files and the external tools (promtool, kubectl) the deployment tests run. */
final class Tools {

	private Tools() {
	}

	/** The repository root: {@code platform.home} under failsafe, the module's parent under surefire. */
	static Path home() {
		String configured = System.getProperty("platform.home");
		Path home = configured != null ? Path.of(configured) : Path.of("..");
		home = home.toAbsolutePath().normalize();
		if (!Files.isRegularFile(home.resolve("deploy/compose.yaml"))) {
			home = Path.of("").toAbsolutePath().getParent();
		}
		assertThat(home.resolve("deploy/compose.yaml")).as("repository root").isRegularFile();
		return home;
	}

	static Path deploy(String relative) {
		return home().resolve("deploy").resolve(relative);
	}

	static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Yaml yaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setCodePointLimit(20 * 1024 * 1024);
		return new Yaml(options);
	}

	@SuppressWarnings("unchecked")
	static <T> T load(Path file) {
		return (T) yaml().load(read(file));
	}

	/** Runs a command to completion within the timeout; returns its exit code and merged output. */
	static Result run(Duration timeout, Path directory, String... command) {
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
			process.getOutputStream().close();
			StringBuilder output = new StringBuilder();
			Thread reader = new Thread(() -> {
				try {
					output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
				}
				catch (IOException ended) {
					// process gone
				}
			});
			reader.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				reader.join(5000);
				throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ":\n" + output);
			}
			reader.join(5000);
			return new Result(process.exitValue(), output.toString(), String.join(" ", command));
		}
		catch (IOException ex) {
			throw new AssertionError("could not run " + String.join(" ", command)
					+ " (is it installed? .ci/run installs promtool and requires kubectl)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** The tool's absolute path from PATH, or a clear failure naming how to get it. */
	static String tool(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			Path candidate = Path.of(dir, name);
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new AssertionError(name + " is not on PATH: install it (.ci/run installs Debian's prometheus package for"
				+ " promtool and needs kubectl >= 1.32)");
	}

	static List<Path> list(Path directory, String suffix) {
		try (var files = Files.list(directory)) {
			List<Path> result = new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList());
			assertThat(result).as("files *%s in %s", suffix, directory).isNotEmpty();
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Result(int exitCode, String output, String command) {

		Result assertSuccess() {
			assertThat(this.exitCode).as("exit code of `%s`, output:%n%s", this.command, this.output).isZero();
			return this;
		}

	}

}
