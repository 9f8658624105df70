package vn.onestop.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One application's class data sharing archive for one jar and one set of JVM options. The JVM writes it at exit
 * to a training file; only a run the launcher stopped within its grace period publishes it, with its length beside
 * it, because a truncated archive crashes JDK 17 (SIGBUS while mapping it, even with -Xshare:auto).
 */
record CdsArchive(Path file) {

	Path trainingFile() {
		return this.file.resolveSibling(this.file.getFileName() + ".training");
	}

	private Path lengthFile() {
		return this.file.resolveSibling(this.file.getFileName() + ".length");
	}

	/** Whether the archive is there, whole: as long as when it was published. */
	boolean usable() {
		try {
			return Files.isRegularFile(this.file) && Files.isRegularFile(lengthFile())
					&& Long.parseLong(Files.readString(lengthFile(), StandardCharsets.US_ASCII).trim()) == Files.size(this.file);
		}
		catch (IOException | NumberFormatException unreadable) {
			return false;
		}
	}

	/** Before a training run: a training file left by a launcher that was killed is of no use. */
	void prepareTraining() throws IOException {
		Files.deleteIfExists(trainingFile());
	}

	/** After a training run that ended as the launcher asked: the written archive (if any) replaces the old one. */
	void publish() throws IOException {
		Path training = trainingFile();
		if (!Files.isRegularFile(training)) {
			return;
		}
		Files.writeString(lengthFile(), Long.toString(Files.size(training)), StandardCharsets.US_ASCII);
		Files.move(training, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** After a training run that crashed, failed or was killed: what it wrote may be incomplete. */
	void discard() throws IOException {
		Files.deleteIfExists(trainingFile());
	}

}
