package vn.onestop.notification;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import vn.onestop.support.contract.ServiceContractTest;

import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/** The notification service honours the platform's service contract. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s") // generous: the first request of a context is slow on a busy machine
class NotificationServiceContractTest extends ServiceContractTest {

	NotificationServiceContractTest() {
		super("notification");
	}

}
