package vn.onestop.launcher;

/** Where the launcher tells the person at the terminal what it is doing. */
@FunctionalInterface
interface ProgressLog {

	void say(String format, Object... args);

	static ProgressLog toStandardOutput() {
		return (format, args) -> System.out.printf("[launcher] " + format + "%n", args);
	}

}
