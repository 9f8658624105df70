package vn.onestop.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Class data sharing the way Spring Boot documents it for JDK 17: CDS cannot archive classes loaded from a fat
 * jar's nested jars, so the application runs from its extracted form; its first run writes an archive of the
 * classes it loaded when the launcher stops it, later runs map that archive instead of loading and verifying
 * those classes again. An archive belongs to one jar and one set of JVM options (and JDK).
 */
final class ClassDataSharing {

	private ClassDataSharing() {
	}

	/** Never fails the start: whatever goes wrong (extraction, disk) only costs the speed-up. */
	static Launch plan(Path jar, List<String> jvmOptions, boolean enabled, Path log) {
		if (!enabled) {
			return Launch.plain(jar, jvmOptions, "PLATFORM_CDS=false");
		}
		try {
			ExtractedJar extracted = ExtractedJar.of(jar);
			extracted.extract(log);
			return plan(extracted, jvmOptions);
		}
		catch (IOException ex) {
			return Launch.plain(jar, jvmOptions, ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Launch.plain(jar, jvmOptions, "interrupted while extracting " + jar);
		}
	}

	static Launch plan(ExtractedJar extracted, List<String> jvmOptions) throws IOException {
		CdsArchive archive = archiveOf(extracted, jvmOptions);
		List<String> options = new ArrayList<>(jvmOptions);
		if (archive.usable()) {
			// auto: an archive the JVM cannot use (other JDK, other class path) costs the speed-up, not the start;
			// VerifySharedSpaces: a corrupted one too (checksums of every region before mapping)
			options.addAll(List.of("-Xshare:auto", "-XX:SharedArchiveFile=" + archive.file(), "-XX:+VerifySharedSpaces"));
			return new Launch(List.copyOf(options), extracted.applicationJar(), Optional.empty(),
					"with the CDS archive " + archive.file());
		}
		archive.prepareTraining();
		options.add("-XX:ArchiveClassesAtExit=" + archive.trainingFile());
		return new Launch(List.copyOf(options), extracted.applicationJar(), Optional.of(archive),
				"extracted; writes the CDS archive " + archive.file() + " when stopped");
	}

	static CdsArchive archiveOf(ExtractedJar extracted, List<String> jvmOptions) {
		List<String> identity = new ArrayList<>(jvmOptions);
		identity.add(System.getProperty("java.home"));
		identity.add(System.getProperty("java.vm.version"));
		return new CdsArchive(extracted.directory().resolve("jvm-" + Integer.toHexString(identity.hashCode()) + ".jsa"));
	}

}
