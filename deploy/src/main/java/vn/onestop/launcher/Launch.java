package vn.onestop.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How one application's JVM is started: its options and jar, and the CDS archive this run writes, if any. */
record Launch(List<String> jvmOptions, Path jar, Optional<CdsArchive> training, String description) {

	static Launch plain(Path jar, List<String> jvmOptions, String why) {
		return new Launch(List.copyOf(jvmOptions), jar, Optional.empty(), "without class data sharing: " + why);
	}

	List<String> command() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(this.jvmOptions);
		command.add("-jar");
		command.add(this.jar.toString());
		return command;
	}

	/**
	 * Once the process is gone: a training run the launcher stopped within the grace period publishes its archive,
	 * any other end (a crash, an exit of its own, a kill) discards it.
	 */
	void ended(boolean stoppedGracefully) {
		if (this.training.isEmpty()) {
			return;
		}
		try {
			if (stoppedGracefully) {
				this.training.get().publish();
			}
			else {
				this.training.get().discard();
			}
		}
		catch (IOException ex) {
			// the next start trains again
		}
	}

}
