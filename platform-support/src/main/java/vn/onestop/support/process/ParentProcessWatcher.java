package vn.onestop.support.process;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * When started by the launcher ({@code PLATFORM_PARENT_PID}), the application shuts down cleanly as
 * soon as the launcher is gone, even if the launcher was killed with no chance to stop its children.
 */
public final class ParentProcessWatcher implements EnvironmentPostProcessor {

	private static final AtomicBoolean watching = new AtomicBoolean();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Long parent = environment.getProperty("platform.parent-pid", Long.class);
		if (parent == null || !watching.compareAndSet(false, true)) {
			return;
		}
		ProcessHandle.of(parent)
			.ifPresentOrElse(handle -> handle.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
	}

}
