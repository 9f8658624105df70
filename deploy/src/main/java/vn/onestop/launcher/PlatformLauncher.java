package vn.onestop.launcher;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: starts the whole platform on its embedded defaults, prints the gateway URL once
 * everything is ready, and on Ctrl-C or SIGTERM stops every process it started.
 */
public final class PlatformLauncher {

	private PlatformLauncher() {
	}

	public static void main(String[] args) throws InterruptedException {
		ProgressLog progress = ProgressLog.toStandardOutput();
		LauncherSettings settings = LauncherSettings.fromEnvironment(System.getenv(),
				Path.of(System.getProperty("platform.home", ".")));
		RunningPlatform platform = RunningPlatform.of(settings, progress);
		CountDownLatch stopped = new CountDownLatch(1);
		// before anything starts: Ctrl-C or SIGTERM during start-up stops what has been started so far
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			progress.say("stopping...");
			try {
				platform.close();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			progress.say("stopped");
			stopped.countDown();
		}, "platform-shutdown"));
		try {
			platform.start();
		}
		catch (RunningPlatform.StoppedDuringStartUp ex) {
			stopped.await();
			return;
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			System.err.println("[launcher] " + ex.getMessage());
			System.exit(1);
			return;
		}
		progress.say("platform ready: %s  (Ctrl-C stops everything)", platform.gatewayUrl());
		stopped.await();
	}

}
