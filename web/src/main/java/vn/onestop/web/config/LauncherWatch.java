package vn.onestop.web.config;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * When started by the launcher ({@code PLATFORM_PARENT_PID}), the pages stop as soon as the launcher is gone. The
 * same as platform-support's {@code ParentProcessWatcher}: {@code web} does not depend on platform-support, whose
 * auto-configurations (resource server, database, outbox) are not for a page server.
 */
public final class LauncherWatch implements EnvironmentPostProcessor {

	private static final AtomicBoolean watching = new AtomicBoolean();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String parent = environment.getProperty("PLATFORM_PARENT_PID");
		if (parent == null || parent.isBlank() || !watching.compareAndSet(false, true)) {
			return;
		}
		ProcessHandle.of(Long.parseLong(parent.trim()))
			.ifPresentOrElse(handle -> handle.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
	}

}
