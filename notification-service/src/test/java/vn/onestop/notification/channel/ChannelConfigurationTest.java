package vn.onestop.notification.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The channel wiring without the rest of the application: defaults, the embedded run, bad settings. */
@ExtendWith(OutputCaptureExtension.class)
class ChannelConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ChannelConfiguration.class)
		.withBean(WebClient.Builder.class, WebClient::builder);

	@Test
	void refusesToStartWithAnInvalidBrandname() {
		this.runner.withPropertyValues("notification.sms.brandname=PHƯỜNG 1").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("A brandname holds only Latin letters");
			assertThat(context.getStartupFailure()).hasStackTraceContaining(
					"notification.sms.brandname (env NOTIFICATION_SMS_BRANDNAME) 'PHƯỜNG 1' is not a valid SMS brandname");
		});
		this.runner.withPropertyValues("notification.sms.brandname=UBND DONG HOA 1")
			.run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("at most 11"));
		this.runner.withPropertyValues("notification.sms.brandname=19001234")
			.run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("not only digits"));
	}

	@Test
	void refusesTheHttpProviderWithoutUrl() {
		this.runner.withPropertyValues("notification.sms.provider=HTTP", "notification.smtp.host=localhost")
			.run(context -> assertThat(context.getStartupFailure()).hasStackTraceContaining("notification.sms.http.url"));
	}

	@Test
	void bindsTheHttpProviderFromTheEnvironmentNames() {
		this.runner.withPropertyValues("notification.sms.provider=HTTP", "notification.sms.http.url=http://sms.example/send",
				"notification.sms.http.auth-header-name=X-Token", "notification.sms.http.auth-header-value=s3cret",
				"notification.sms.brandname=UBND DHOA", "notification.smtp.host=smtp.example.vn",
				"notification.smtp.port=2525", "notification.smtp.username=motcua", "notification.smtp.password=pw")
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SmsProvider.class)).isInstanceOf(HttpSmsProvider.class);
				assertThat(context.getBean(Channels.class).provider(Channel.SMS)).isEqualTo("http");
				assertThat(context.getBean(SmtpProperties.class).embedded()).isFalse();
				assertThat(context.getBean(SmtpProperties.class).toString()).doesNotContain("pw");
				assertThat(context.getBean(EmbeddedSmtpServer.class).running()).isFalse();
			});
	}

	@Test
	void recordsSmsLocallyAndMailsTheEmbeddedSmtpServerByDefault(CapturedOutput output) {
		int port = freePort();
		this.runner.withPropertyValues("notification.smtp.embedded-port=" + port).run(context -> {
			assertThat(context).hasNotFailed();
			Channels channels = context.getBean(Channels.class);
			EmbeddedSmtpServer smtp = context.getBean(EmbeddedSmtpServer.class);
			assertThat(smtp.running()).isTrue();
			assertThat(channels.provider(Channel.SMS)).isEqualTo("local");
			assertThat(channels.provider(Channel.EMAIL)).isEqualTo("smtp");

			UUID smsId = UUID.randomUUID();
			assertThat(channels.send(new OutgoingMessage(smsId, Channel.SMS, "0912345678", null, "Ho so da tiep nhan"))
				.block(Duration.ofSeconds(10))).isEqualTo("local-" + smsId);
			LocalSmsProvider local = (LocalSmsProvider) context.getBean(SmsProvider.class);
			assertThat(local.recorded()).singleElement().satisfies(sms -> {
				assertThat(sms.phone()).isEqualTo("0912345678");
				assertThat(sms.brandname()).isEqualTo("MOTCUA");
			});
			assertThat(output).contains("0912****78").doesNotContain("0912345678");

			channels.send(new OutgoingMessage(UUID.randomUUID(), Channel.EMAIL, "cong.dan@example.vn",
					"Hồ sơ đã được tiếp nhận", "Kính gửi ông/bà Nguyễn Văn Đức")).block(Duration.ofSeconds(10));
			MimeMessage[] received = smtp.receivedMessages();
			assertThat(received).hasSize(1);
			assertThat(received[0].getSubject()).isEqualTo("Hồ sơ đã được tiếp nhận");
			assertThat(((String) received[0].getContent()).strip()).isEqualTo("Kính gửi ông/bà Nguyễn Văn Đức");
		});
	}

	@Test
	void keepsStartingWhenTheEmbeddedSmtpPortIsTaken(CapturedOutput output) throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			this.runner.withPropertyValues("notification.smtp.embedded-port=" + taken.getLocalPort()).run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(EmbeddedSmtpServer.class).running()).isFalse();
			});
		}
		assertThat(output).contains("embedded SMTP server could not listen");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
