package vn.onestop.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which JVM options and which jar an application gets, with and without a CDS archive. */
class ClassDataSharingTest {

	private static final List<String> OPTIONS = List.of("-Xmx320m", "-XX:+UseSerialGC");

	@TempDir
	Path target;

	private Path jar;

	@BeforeEach
	void builtJar() throws IOException {
		this.jar = Files.write(this.target.resolve("gateway.jar"), new byte[] { 1, 2, 3 });
	}

	@Test
	void cdsOffRunsTheFatJarWithTheConfiguredOptionsOnly() {
		Launch launch = ClassDataSharing.plan(this.jar, OPTIONS, false, this.target.resolve("gateway.log"));

		assertThat(launch.jvmOptions()).isEqualTo(OPTIONS);
		assertThat(launch.jar()).isEqualTo(this.jar);
		assertThat(launch.training()).isEmpty();
		assertThat(this.target.resolve("cds")).doesNotExist();
	}

	@Test
	void withoutAnArchiveYetTheExtractedJarRunsAndWritesOneAtExit() throws IOException {
		ExtractedJar extracted = extracted(this.jar);

		Launch launch = ClassDataSharing.plan(extracted, OPTIONS);

		CdsArchive archive = launch.training().orElseThrow();
		assertThat(launch.jar()).isEqualTo(extracted.applicationJar());
		assertThat(launch.jvmOptions()).containsExactly("-Xmx320m", "-XX:+UseSerialGC",
				"-XX:ArchiveClassesAtExit=" + archive.trainingFile());
		assertThat(archive.file().getParent()).isEqualTo(extracted.directory());
	}

	@Test
	void aGracefullyStoppedTrainingRunPublishesTheArchiveThatLaterRunsMap() throws IOException {
		ExtractedJar extracted = extracted(this.jar);
		Launch training = ClassDataSharing.plan(extracted, OPTIONS);
		CdsArchive archive = training.training().orElseThrow();
		Files.write(archive.trainingFile(), new byte[4096]);

		training.ended(true);
		Launch later = ClassDataSharing.plan(extracted, OPTIONS);

		assertThat(archive.usable()).isTrue();
		assertThat(later.training()).isEmpty();
		assertThat(later.jar()).isEqualTo(extracted.applicationJar());
		assertThat(later.jvmOptions()).containsExactly("-Xmx320m", "-XX:+UseSerialGC", "-Xshare:auto",
				"-XX:SharedArchiveFile=" + archive.file(), "-XX:+VerifySharedSpaces");
	}

	@Test
	void aTrainingRunThatCrashedOrWasKilledLeavesNoArchive() throws IOException {
		ExtractedJar extracted = extracted(this.jar);
		Launch training = ClassDataSharing.plan(extracted, OPTIONS);
		CdsArchive archive = training.training().orElseThrow();
		Files.write(archive.trainingFile(), new byte[4096]);

		training.ended(false);

		assertThat(archive.trainingFile()).doesNotExist();
		assertThat(archive.file()).doesNotExist();
		assertThat(ClassDataSharing.plan(extracted, OPTIONS).training()).isPresent();
	}

	@Test
	void aRebuiltJarGetsItsOwnExtractionAndTrainsAnew() throws IOException {
		ExtractedJar before = extracted(this.jar);
		publishedArchive(before);
		Files.setLastModifiedTime(this.jar, FileTime.fromMillis(Files.getLastModifiedTime(this.jar).toMillis() + 1000));

		ExtractedJar after = ExtractedJar.of(this.jar);

		assertThat(after.directory()).isNotEqualTo(before.directory());
		assertThat(after.extracted()).isFalse();
		assertThat(ClassDataSharing.plan(extracted(this.jar), OPTIONS).training()).isPresent();
	}

	@Test
	void otherJvmOptionsNeedAnotherArchive() throws IOException {
		ExtractedJar extracted = extracted(this.jar);
		publishedArchive(extracted);

		Launch other = ClassDataSharing.plan(extracted, List.of("-Xmx512m", "-XX:+UseSerialGC"));

		assertThat(other.training()).isPresent();
		assertThat(other.jvmOptions()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
	}

	@Test
	void aTruncatedArchiveIsNotMappedButWrittenAgain() throws IOException {
		ExtractedJar extracted = extracted(this.jar);
		CdsArchive archive = publishedArchive(extracted);
		Files.write(archive.file(), new byte[100]);

		Launch launch = ClassDataSharing.plan(extracted, OPTIONS);

		assertThat(archive.usable()).isFalse();
		assertThat(launch.training()).isPresent();
		assertThat(launch.jvmOptions()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
	}

	@Test
	void aJarTheToolCannotExtractRunsAsItIs() {
		Launch launch = ClassDataSharing.plan(this.jar, OPTIONS, true, this.target.resolve("gateway.log"));

		assertThat(launch.jar()).isEqualTo(this.jar);
		assertThat(launch.jvmOptions()).isEqualTo(OPTIONS);
		assertThat(launch.description()).startsWith("without class data sharing");
		assertThat(this.target.resolve("gateway.log")).exists();
	}

	@Test
	void platformCdsIsOnUnlessSetToFalse(@TempDir Path home) {
		assertThat(LauncherSettings.fromEnvironment(Map.of(), home).classDataSharing()).isTrue();
		assertThat(LauncherSettings.fromEnvironment(Map.of("PLATFORM_CDS", "false"), home).classDataSharing()).isFalse();
		assertThat(LauncherSettings.fromEnvironment(Map.of("PLATFORM_CDS", "TRUE"), home).classDataSharing()).isTrue();
		assertThatThrownBy(() -> LauncherSettings.fromEnvironment(Map.of("PLATFORM_CDS", "no"), home))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("PLATFORM_CDS");
	}

	/** What the tools jar mode leaves, without running it. */
	private static ExtractedJar extracted(Path jar) throws IOException {
		ExtractedJar extracted = ExtractedJar.of(jar);
		Files.createDirectories(extracted.applicationJar().getParent());
		Files.write(extracted.applicationJar(), new byte[] { 4, 5, 6 });
		return extracted;
	}

	private static CdsArchive publishedArchive(ExtractedJar extracted) throws IOException {
		Launch training = ClassDataSharing.plan(extracted, OPTIONS);
		Files.write(training.training().orElseThrow().trainingFile(), new byte[4096]);
		training.ended(true);
		return training.training().orElseThrow();
	}

}
