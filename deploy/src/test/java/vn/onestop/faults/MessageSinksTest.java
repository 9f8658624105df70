package vn.onestop.faults;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MessageSinksTest {

	@TempDir
	Path dir;

	@Test
	void journalsEachSmsByItsReferenceAndAnswersWithAProviderId() throws Exception {
		int http = freePort();
		try (MessageSinks sinks = new MessageSinks(freePort(), http, this.dir)) {
			HttpResponse<String> answer = postSms(http, "{\"to\":\"0912345678\",\"text\":\"x\",\"reference\":\"m-1\"}");
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo("{\"messageId\":\"sink-m-1\"}");
			assertThat(postSms(http, "{\"to\":\"0912345678\"}").statusCode()).isEqualTo(400);
		}
		assertThat(ids("sms.log")).containsExactly("m-1");
	}

	@Test
	void answersTheStatusQueryForWhatItJournaledAcrossARestartAndNotFoundOtherwise() throws Exception {
		int http = freePort();
		int smtp = freePort();
		try (MessageSinks sinks = new MessageSinks(smtp, http, this.dir)) {
			assertThat(getStatus(http, "m-3").statusCode()).isEqualTo(404);
			postSms(http, "{\"to\":\"0912345678\",\"text\":\"x\",\"reference\":\"m-3\"}");
			HttpResponse<String> known = getStatus(http, "m-3");
			assertThat(known.statusCode()).isEqualTo(200);
			assertThat(known.body()).isEqualTo("{\"status\":\"DELIVERED\"}");
			assertThat(known.headers().firstValue("Content-Type")).hasValue("application/json");
		}
		try (MessageSinks sinks = new MessageSinks(smtp, http, this.dir)) {
			assertThat(getStatus(http, "m-3").statusCode()).isEqualTo(200);
			assertThat(getStatus(http, "m-4").statusCode()).isEqualTo(404);
		}
		assertThat(ids("sms.log")).as("a status query journals nothing").containsExactly("m-3");
	}

	@Test
	void journalsEachEmailByItsMessageIdHeaderOverSmtp() throws Exception {
		int smtp = freePort();
		try (MessageSinks sinks = new MessageSinks(smtp, freePort(), this.dir)) {
			List<String> replies = smtpSession(smtp, "X-Onestop-Message-Id: m-2\r\nMessage-ID: <m-2@motcua.local>");
			assertThat(replies).containsExactly("220 faults-sink ESMTP", "250 faults-sink", "250 OK", "250 OK",
					"354 End data with <CR><LF>.<CR><LF>", "250 OK queued as m-2", "221 Bye");
			assertThat(smtpSession(smtp, "X-Other: 1")).contains("554 No X-Onestop-Message-Id header");
		}
		assertThat(ids("email.log")).containsExactly("m-2");
		assertThat(Files.readAllLines(this.dir.resolve("email.log"))).singleElement()
			.satisfies(line -> assertThat(line).endsWith(" m-2 <m-2@motcua.local>"));
	}

	@Test
	void keepsWhatItReceivedAcrossAStopAndAStart() throws Exception {
		int smtp = freePort();
		int http = freePort();
		try (MessageSinks sinks = new MessageSinks(smtp, http, this.dir)) {
			postSms(http, "{\"reference\":\"before\"}");
		}
		try (MessageSinks sinks = new MessageSinks(smtp, http, this.dir)) {
			postSms(http, "{\"reference\":\"after\"}");
			smtpSession(smtp, "X-Onestop-Message-Id: mail-after");
		}
		assertThat(ids("sms.log")).containsExactly("before", "after");
		assertThat(ids("email.log")).containsExactly("mail-after");
	}

	private List<String> ids(String journal) throws Exception {
		return Files.readAllLines(this.dir.resolve(journal)).stream().map(line -> line.split(" ")[1]).toList();
	}

	private static HttpResponse<String> postSms(int port, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sms"))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> getStatus(int port, String reference) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sms/status/" + reference)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static List<String> smtpSession(int port, String header) throws Exception {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
				OutputStream out = socket.getOutputStream()) {
			String greeting = in.readLine();
			List<String> replies = new java.util.ArrayList<>(List.of(greeting));
			for (String command : List.of("EHLO test", "MAIL FROM:<a@motcua.local>", "RCPT TO:<b@example.vn>", "DATA")) {
				out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
				out.flush();
				replies.add(in.readLine());
			}
			out.write(("Subject: x\r\n" + header + "\r\n\r\nbody\r\n..dot-stuffed\r\n.\r\nQUIT\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			replies.add(in.readLine());
			replies.add(in.readLine());
			return replies;
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
