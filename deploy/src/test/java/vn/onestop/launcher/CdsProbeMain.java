package vn.onestop.launcher;

/** A stand-in application for {@link ClassDataSharingJvmTest}: says it is up, then runs until stopped. */
final class CdsProbeMain {

	private CdsProbeMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		System.out.println("probe ready");
		System.out.flush();
		Thread.sleep(120_000);
	}

}
