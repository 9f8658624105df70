package vn.onestop.launcher;

/** A stand-in application for {@link ClassDataSharingJvmTest}: says it is up, then runs until stopped. */
final class CdsProbeMain {

	private CdsProbeMain() {
	}

	public static void main(String[] args) {
		System.out.println("probe ready");
		System.out.flush();
		// runs until the test stops it (SIGTERM); two minutes at most if the test never does
		java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMinutes(2).toNanos());
	}

}
