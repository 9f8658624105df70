package vn.onestop.support.security.dev;

import java.util.List;
import java.util.Set;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

/** A person the demo login offers to sign in as: a key for the form, a Vietnamese label, and who they are. */
public record DemoUser(String key, String name, String label, Caller caller) {

	/** Another ward's officer, to see that a ward's dossiers stay its own. */
	public static final String OTHER_WARD = "00004";

	/**
	 * The officer, leader, admin, monitor and citizen of the demo ward, as in {@link DemoTokens}, an officer of
	 * {@link #OTHER_WARD}, and the demo ward's queue ticket machine (signed in on the kiosk's browser).
	 */
	public static List<DemoUser> defaults() {
		String ward = DemoTokens.DEMO_WARD;
		return List.of(
				new DemoUser("officer", "Cán bộ Nguyễn Văn An", "Cán bộ một cửa, phường " + ward,
						new Caller("demo-officer", Set.of(Role.OFFICER), Set.of(ward), null)),
				new DemoUser("officer-other", "Cán bộ Võ Thị Hoa", "Cán bộ một cửa, phường " + OTHER_WARD + " (phường khác)",
						new Caller("demo-officer-other", Set.of(Role.OFFICER), Set.of(OTHER_WARD), null)),
				new DemoUser("leader", "Lãnh đạo Trần Thị Bình", "Lãnh đạo phường " + ward,
						new Caller("demo-leader", Set.of(Role.WARD_LEADER), Set.of(ward), null)),
				new DemoUser("admin", "Quản trị Lê Văn Cường", "Quản trị nền tảng",
						new Caller("demo-admin", Set.of(Role.PLATFORM_ADMIN), Set.of(), null)),
				new DemoUser("monitor", "Giám sát Phạm Thu Dung", "Giám sát vận hành",
						new Caller("demo-monitor", Set.of(Role.MONITOR), Set.of(), null)),
				new DemoUser("citizen", "Công dân Hoàng Minh Em", "Công dân",
						new Caller("demo-citizen", Set.of(Role.CITIZEN), Set.of(), DemoTokens.DEMO_CITIZEN_ID)),
				new DemoUser("kiosk", "Máy lấy số, phường " + ward, "Máy lấy số thứ tự, phường " + ward,
						new Caller("demo-kiosk", Set.of(Role.KIOSK), Set.of(ward), null)));
	}

}
