package vn.onestop.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.test.context.DynamicPropertyRegistry;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** The three services and the pages as WireMock servers on real ports, started once per test class. */
final class FakeServices {

	final WireMockServer intake = new WireMockServer(options().dynamicPort());

	final WireMockServer citizen = new WireMockServer(options().dynamicPort());

	final WireMockServer notification = new WireMockServer(options().dynamicPort());

	final WireMockServer web = new WireMockServer(options().dynamicPort());

	FakeServices() {
		all().forEach(WireMockServer::start);
	}

	List<WireMockServer> all() {
		return List.of(this.intake, this.citizen, this.notification, this.web);
	}

	void register(DynamicPropertyRegistry registry) {
		registry.add("platform.services.intake-url", this.intake::baseUrl);
		registry.add("platform.services.citizen-url", this.citizen::baseUrl);
		registry.add("platform.services.notification-url", this.notification::baseUrl);
		registry.add("platform.services.web-url", this.web::baseUrl);
	}

	void reset() {
		all().forEach(WireMockServer::resetAll);
	}

	void stop() {
		all().forEach(WireMockServer::stop);
	}

	/** A local port nobody listens on: a service that is down. */
	static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
