package org.ehcflow.advice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for the advice portal over real HTTP: it keeps the session cookie, as a
 * browser does, and sends forms as multipart/form-data.
 */
public final class PortalBrowser {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\saction=\"([^\"]+)\"");

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	public PortalBrowser(int port) {
		this.port = port;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").GET());
	}

	public Page getAs(String user, String path) {
		return send(HttpRequest.newBuilder(url(path)).header("Authorization", basic(user)).GET());
	}

	public Page post(String pathAndQuery, Form form) {
		return send(HttpRequest.newBuilder(url(pathAndQuery))
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + form.boundary)
			.POST(BodyPublishers.ofByteArray(form.bytes())));
	}

	/**
	 * Opens the page of a token and sends the form on it, with its CSRF token, as a
	 * browser would.
	 */
	public Page submit(String token, Form form) {
		Page page = get("/advice/" + token);
		if (page.status() != 200) {
			throw new AssertionError("the portal page did not open: " + page.status());
		}
		return post(page.formAction(), form.field("_csrf", page.csrfField()));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			var response = http.send(request.build(), BodyHandlers.ofByteArray());
			return new Page(response.statusCode(), response.body(), response.headers());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
	}

	/** An answer from the server. */
	public record Page(int status, byte[] content, HttpHeaders headers) {

		public String body() {
			return new String(content, StandardCharsets.UTF_8);
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public String formAction() {
			Matcher action = FORM_ACTION.matcher(body());
			if (!action.find()) {
				throw new AssertionError("no form on the page");
			}
			return action.group(1).replace("&amp;", "&");
		}

		public String csrfField() {
			Matcher field = CSRF_FIELD.matcher(body());
			if (!field.find()) {
				throw new AssertionError("no CSRF field in the form");
			}
			return field.group(1);
		}

	}

	/** A multipart/form-data body. */
	public static final class Form {

		private final String boundary = "----PortalTest" + UUID.randomUUID().toString().replace("-", "");

		private final ByteArrayOutputStream body = new ByteArrayOutputStream();

		/** What a browser sends for the advice form with nothing attached. */
		public static Form of(String... namesAndValues) {
			Form form = new Form();
			for (int i = 0; i < namesAndValues.length; i += 2) {
				form.field(namesAndValues[i], namesAndValues[i + 1]);
			}
			return form;
		}

		public Form field(String name, String value) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
					+ "\r\n");
			return this;
		}

		public Form file(String name, String fileName, String contentType, byte[] content) {
			write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
			body.writeBytes(content);
			write("\r\n");
			return this;
		}

		/** An empty file field, as a browser sends it when no file was chosen. */
		public Form noFile(String name) {
			return file(name, "", "application/octet-stream", new byte[0]);
		}

		byte[] bytes() {
			ByteArrayOutputStream complete = new ByteArrayOutputStream();
			complete.writeBytes(body.toByteArray());
			complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return complete.toByteArray();
		}

		private void write(String text) {
			body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		}

	}

}
