package vn.onestop.gateway.origin;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressesTest {

	private static final ClientAddresses NO_PROXY = new ClientAddresses(List.of());

	private static final ClientAddresses BEHIND_LOAD_BALANCER = new ClientAddresses(List.of("10.0.0.0/8", "fd00::/8"));

	@Test
	void believesNoForwardedHeaderWithoutTrustedProxies() {
		assertThat(NO_PROXY.resolve(ip("203.0.113.7"), List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
		assertThat(NO_PROXY.resolve(ip("10.1.2.3"), List.of("198.51.100.1"))).isEqualTo("10.1.2.3");
	}

	@Test
	void ignoresTheHeaderOfAPeerThatIsNotATrustedProxy() {
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("203.0.113.7"), List.of("198.51.100.1"))).isEqualTo("203.0.113.7");
	}

	@Test
	void takesTheAddressTheTrustedProxySaw() {
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("10.1.2.3"), List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
	}

	@Test
	void neverBelievesWhatTheClientWroteLeftOfTheFirstUntrustedHop() {
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("10.1.2.3"), List.of("1.1.1.1, 198.51.100.1"))).isEqualTo("198.51.100.1");
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("10.1.2.3"), List.of("1.1.1.1", "198.51.100.1, 10.9.9.9")))
			.isEqualTo("198.51.100.1");
	}

	@Test
	void stopsAtAnEntryThatIsNotAnAddress() {
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("10.1.2.3"), List.of("evil.example.com"))).isEqualTo("10.1.2.3");
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("10.1.2.3"), List.of("198.51.100.1, unknown, 10.0.0.5")))
			.isEqualTo("10.0.0.5");
	}

	@Test
	void keepsTheNearestProxyWhenEveryHopIsTrusted() {
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("10.1.2.3"), List.of())).isEqualTo("10.1.2.3");
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("10.1.2.3"), List.of("10.0.0.9"))).isEqualTo("10.0.0.9");
	}

	@Test
	void readsIpv6AndPorts() {
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("fd00::1"), List.of("[2001:db8::7]:443"))).isEqualTo("2001:db8:0:0:0:0:0:7");
		assertThat(BEHIND_LOAD_BALANCER.resolve(ip("10.1.2.3"), List.of("198.51.100.1:51234"))).isEqualTo("198.51.100.1");
	}

	@Test
	void saysUnknownWithoutAPeer() {
		assertThat(NO_PROXY.resolve(null, List.of("198.51.100.1"))).isEqualTo(ClientAddresses.UNKNOWN);
	}

	@ParameterizedTest
	@CsvSource({ "10.0.0.0/8, 10.255.1.1, true", "10.0.0.0/8, 11.0.0.1, false", "192.168.4.0/22, 192.168.7.255, true",
			"192.168.4.0/22, 192.168.8.0, false", "127.0.0.1, 127.0.0.1, true", "127.0.0.1, 127.0.0.2, false",
			"0.0.0.0/0, 8.8.8.8, true", "fd00::/8, fd12::1, true", "fd00::/8, fe80::1, false", "::1, ::1, true",
			"10.0.0.0/8, ::1, false" })
	void matchesAddressesAndRanges(String range, String address, boolean trusted) {
		assertThat(TrustedProxies.of(List.of(range)).trusts(ip(address))).isEqualTo(trusted);
	}

	@ParameterizedTest
	@ValueSource(strings = { "proxy.example.com", "10.0.0.0/33", "300.1.1.1", "10.0.0.0/x" })
	void refusesATrustedProxyThatIsNotAnAddress(String entry) {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of(entry)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "unknown", "example.com", "999.1.1.1", "1.2.3", "fe::1::2", "12345", "_gateway",
			"1.2.3.4.5" })
	void neverTakesANameForAnAddress(String text) {
		assertThat(IpLiterals.parse(text)).isEmpty();
	}

	private static InetAddress ip(String literal) {
		return IpLiterals.parse(literal).orElseThrow();
	}

}
