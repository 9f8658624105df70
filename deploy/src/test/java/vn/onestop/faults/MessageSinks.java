package vn.onestop.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The fault suite's SMS provider and SMTP server (bench/faults.sh): an HTTP endpoint that accepts every SMS
 * notification-service's {@code HttpSmsProvider} posts, and an SMTP server that accepts every e-mail. Each message
 * is appended to a file by notification-service's own message id (the SMS's {@code reference}, the e-mail's
 * {@code X-Onestop-Message-Id} header) before it is acknowledged, so what reached the provider is counted across
 * the sink's own stops and starts (an outage is this process stopped, then started again).
 * <p>
 * JDK only: bench/faults.sh compiles it with javac, no build or class path needed, and it starts in a second on a
 * busy machine each time the outage ends.
 * <p>
 * {@code java vn.onestop.faults.MessageSinks <smtp port> <http port> <directory>}: writes {@code sms.log} and {@code email.log}
 * there, one line per message: {@code <epoch millis> <message id>}, and for an e-mail its {@code Message-ID}
 * header after it ({@code -} when it has none). A mailbox shows two copies with one Message-ID as one e-mail
 * (notification-service sends an e-mail again, under the same Message-ID, when it cannot know whether the server
 * took it), so bench/faults.sh counts e-mails by Message-ID.
 * <p>
 * The SMS provider also answers notification-service's status query, {@code GET /sms/status/<reference>}: 200
 * {@code {"status":"DELIVERED"}} for a reference it journaled (in this run or before a restart), 404 otherwise.
 */
public final class MessageSinks implements AutoCloseable {

	private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]*)\"");

	private static final String STATUS_PATH = "/sms/status/";

	private static final String MESSAGE_ID_HEADER = "x-onestop-message-id:";

	private static final String MAIL_ID_HEADER = "message-id:";

	private final ServerSocket smtp;

	private final HttpServer http;

	private final Journal sms;

	private final Journal email;

	/** The SMS references journaled, for the status query. */
	private final Set<String> smsReceived = ConcurrentHashMap.newKeySet();

	public MessageSinks(int smtpPort, int httpPort, Path directory) throws IOException {
		Files.createDirectories(directory);
		Path smsLog = directory.resolve("sms.log");
		if (Files.exists(smsLog)) {
			Files.readAllLines(smsLog, StandardCharsets.UTF_8).stream()
				.map(line -> line.split(" "))
				.filter(fields -> fields.length >= 2)
				.forEach(fields -> this.smsReceived.add(fields[1]));
		}
		this.sms = new Journal(smsLog);
		this.email = new Journal(directory.resolve("email.log"));
		InetAddress loopback = InetAddress.getLoopbackAddress();
		this.smtp = new ServerSocket();
		this.smtp.setReuseAddress(true);
		bind(() -> this.smtp.bind(new InetSocketAddress(loopback, smtpPort), 100));
		this.http = HttpServer.create();
		bind(() -> this.http.bind(new InetSocketAddress(loopback, httpPort), 100));
		this.http.createContext("/sms", this::sms);
		this.http.setExecutor(Executors.newFixedThreadPool(8));
		this.http.start();
		Thread acceptor = new Thread(this::acceptSmtp, "smtp-accept");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A port this sink held a moment ago (stopped, then started again) may not be free yet: retry for 10 s. */
	private static void bind(Binding binding) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (true) {
			try {
				binding.bind();
				return;
			}
			catch (BindException busy) {
				if (System.nanoTime() > deadline) {
					throw busy;
				}
				try {
					TimeUnit.MILLISECONDS.sleep(100);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw busy;
				}
			}
		}
	}

	private interface Binding {

		void bind() throws IOException;

	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: java vn.onestop.faults.MessageSinks <smtp port> <http port> <directory>");
			System.exit(2);
		}
		MessageSinks sinks = new MessageSinks(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
		Runtime.getRuntime().addShutdownHook(new Thread(sinks::close));
		System.out.println("sinks ready: SMTP on " + args[0] + ", SMS over HTTP on " + args[1]);
		Thread.currentThread().join();
	}

	private void sms(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if ("GET".equals(exchange.getRequestMethod()) && path.startsWith(STATUS_PATH)) {
				status(exchange, path.substring(STATUS_PATH.length()));
				return;
			}
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			Matcher reference = REFERENCE.matcher(body);
			if (!"POST".equals(exchange.getRequestMethod()) || !reference.find()) {
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			this.sms.record(reference.group(1));
			this.smsReceived.add(reference.group(1));
			byte[] answer = ("{\"messageId\":\"sink-" + reference.group(1) + "\"}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}

	private void status(HttpExchange exchange, String reference) throws IOException {
		if (!this.smsReceived.contains(reference)) {
			exchange.sendResponseHeaders(404, -1);
			return;
		}
		byte[] answer = "{\"status\":\"DELIVERED\"}".getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, answer.length);
		exchange.getResponseBody().write(answer);
	}

	private void acceptSmtp() {
		while (!this.smtp.isClosed()) {
			try {
				Socket socket = this.smtp.accept();
				Thread session = new Thread(() -> smtpSession(socket), "smtp-session");
				session.setDaemon(true);
				session.start();
			}
			catch (IOException closed) {
				return;
			}
		}
	}

	/** Just enough RFC 5321 for JavaMail without STARTTLS or AUTH: EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. */
	private void smtpSession(Socket socket) {
		try (socket;
				BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
				OutputStream out = socket.getOutputStream()) {
			reply(out, "220 faults-sink ESMTP");
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 faults-sink");
					case "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
					case "DATA" -> {
						reply(out, "354 End data with <CR><LF>.<CR><LF>");
						String[] ids = readMessage(in);
						if (ids[0] == null) {
							reply(out, "554 No X-Onestop-Message-Id header");
						}
						else {
							this.email.record(ids[0] + " " + (ids[1] == null ? "-" : ids[1]));
							reply(out, "250 OK queued as " + ids[0]);
						}
					}
					case "QUIT" -> {
						reply(out, "221 Bye");
						return;
					}
					default -> reply(out, "502 Command not implemented");
				}
			}
		}
		catch (IOException ex) {
			// the client went away, or the sink is stopping
		}
	}

	/** Reads up to the lone dot; our message id and the Message-ID header, each null when missing. */
	private static String[] readMessage(BufferedReader in) throws IOException {
		String[] ids = new String[2];
		boolean headers = true;
		String line;
		while ((line = in.readLine()) != null && !".".equals(line)) {
			String lower = line.toLowerCase(Locale.ROOT);
			if (line.isEmpty()) {
				headers = false;
			}
			else if (headers && lower.startsWith(MESSAGE_ID_HEADER)) {
				ids[0] = line.substring(MESSAGE_ID_HEADER.length()).trim();
			}
			else if (headers && lower.startsWith(MAIL_ID_HEADER)) {
				ids[1] = line.substring(MAIL_ID_HEADER.length()).trim().replace(' ', '_');
			}
		}
		return ids;
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() {
		this.http.stop(0);
		try {
			this.smtp.close();
		}
		catch (IOException ignored) {
			// stopping anyway
		}
		this.sms.close();
		this.email.close();
	}

	/** Append-only, one line per message, flushed before the message is acknowledged. */
	private static final class Journal {

		private final Writer writer;

		Journal(Path file) throws IOException {
			this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
					StandardOpenOption.APPEND);
		}

		synchronized void record(String entry) {
			try {
				this.writer.write(System.currentTimeMillis() + " " + entry + "\n");
				this.writer.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		synchronized void close() {
			try {
				this.writer.close();
			}
			catch (IOException ignored) {
				// nothing more to write
			}
		}

	}

}
