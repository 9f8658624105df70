package vn.onestop.gateway.ratelimit;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.onestop.support.security.Caller;
import vn.onestop.support.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitKeyTest {

	@Test
	void countsSomeoneNotSignedInByAddress() {
		assertThat(RateLimitKey.of(Caller.ANONYMOUS, "203.0.113.7"))
			.containsExactly(new RateLimitKey(RateLimitKind.PUBLIC, "203.0.113.7"));
	}

	@Test
	void countsAnOfficerBySubjectAndEveryWard() {
		Caller officer = new Caller("lan", Set.of(Role.OFFICER), Set.of("20242", "10105"), null);

		assertThat(RateLimitKey.of(officer, "203.0.113.7")).containsExactly(new RateLimitKey(RateLimitKind.SUBJECT, "lan"),
				new RateLimitKey(RateLimitKind.WARD, "10105"), new RateLimitKey(RateLimitKind.WARD, "20242"));
	}

	@Test
	void countsACitizenOrAdminBySubjectOnly() {
		Caller citizen = new Caller("citizen-1234", Set.of(Role.CITIZEN), Set.of(), "001099001234");
		Caller admin = new Caller("admin", Set.of(Role.PLATFORM_ADMIN), Set.of(), null);

		assertThat(RateLimitKey.of(citizen, "203.0.113.7")).containsExactly(new RateLimitKey(RateLimitKind.SUBJECT, "citizen-1234"));
		assertThat(RateLimitKey.of(admin, "203.0.113.7")).containsExactly(new RateLimitKey(RateLimitKind.SUBJECT, "admin"));
	}

	@Test
	void tagsMetricsWithTheKindInLowerCase() {
		assertThat(RateLimitKind.PUBLIC.tag()).isEqualTo("public");
		assertThat(RateLimitKind.SUBJECT.tag()).isEqualTo("subject");
		assertThat(RateLimitKind.WARD.tag()).isEqualTo("ward");
	}

}
