package vn.onestop.intake;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import vn.onestop.support.contract.ServiceContractTest;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/** The intake service honours the platform's service contract. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@AutoConfigureWebTestClient
class IntakeServiceContractTest extends ServiceContractTest {

	IntakeServiceContractTest() {
		super("intake", true);
	}

}
