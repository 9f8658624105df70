package vn.onestop.intake;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import vn.onestop.support.contract.ServiceContractTest;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The intake service honours the platform's service contract. The test client buffers up to 4 MB: with security on,
 * the Prometheus page outgrows the default 256 KB.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "spring.http.codecs.max-in-memory-size=4MB")
@AutoConfigureWebTestClient(timeout = "30s") // generous: the first request of a context is slow on a busy machine
class IntakeServiceContractTest extends ServiceContractTest {

	IntakeServiceContractTest() {
		super("intake", true);
	}

}
