package org.ehcflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One caller of EHC Flow over real HTTP, as a program with Basic credentials, as a
 * browser signed in to the webapps (a session cookie and the webapps' CSRF token), or as
 * nobody. Real HTTP, not MockMvc: {@code /engine-rest} and the webapps'
 * {@code /camunda/api} are Jersey servlets behind Camunda's own filters, which MockMvc
 * never reaches.
 */
final class Caller {

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private final Map<String, String> headers = new LinkedHashMap<>();

	/** The webapps' CSRF token for this session, as their filter last handed it out. */
	private String xsrfToken;

	private boolean sendToken = true;

	private Caller(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	static Caller nobody(int port) {
		return new Caller(port);
	}

	/** A program sending HTTP Basic credentials with every call. */
	static Caller withBasic(int port, String user, String password) {
		Caller caller = new Caller(port);
		caller.headers.put("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		return caller;
	}

	static Caller withBasic(int port, String user) {
		return withBasic(port, user, user);
	}

	/**
	 * A browser signed in to one of the webapps ({@code tasklist}, {@code cockpit},
	 * {@code admin}) as the demo user.
	 */
	static Caller signedIn(int port, String user, String app) {
		Caller caller = new Caller(port);
		HttpResponse<String> signIn = caller.signIn(user, user, app);
		assertThat(signIn.statusCode()).as("%s signs in to %s: %s", user, app, signIn.body()).isEqualTo(200);
		return caller;
	}

	/**
	 * Signs in to a webapp the way its sign-in page does; the answer says whether that
	 * worked.
	 */
	HttpResponse<String> signIn(String user, String password, String app) {
		get("/camunda/app/" + app + "/");
		HttpResponse<String> answer = send("POST", "/camunda/api/admin/auth/user/default/login/" + app,
				"application/x-www-form-urlencoded", "username=" + encode(user) + "&password=" + encode(password));
		// The session is renewed at sign-in; the first read of the new one hands out its
		// CSRF token.
		get("/camunda/api/admin/auth/user/default");
		return answer;
	}

	/**
	 * Leaves the CSRF token out of the calls that follow, as a forged cross-site request
	 * would.
	 */
	Caller withoutCsrfToken() {
		sendToken = false;
		return this;
	}

	/**
	 * Adds a header to every call (a browser's {@code Sec-Fetch-Mode}, a proxy's
	 * {@code X-Forwarded-Proto}).
	 */
	Caller header(String name, String value) {
		headers.put(name, value);
		return this;
	}

	String xsrfToken() {
		return xsrfToken;
	}

	HttpResponse<String> get(String path) {
		return send("GET", path, null, null);
	}

	HttpResponse<String> post(String path, String json) {
		return send("POST", path, "application/json", json);
	}

	HttpResponse<String> put(String path, String json) {
		return send("PUT", path, "application/json", json);
	}

	HttpResponse<String> delete(String path) {
		return send("DELETE", path, null, null);
	}

	HttpResponse<String> send(String method, String path, String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
		headers.forEach(request::header);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.header("Accept", "application/json, text/plain, */*");
		if (sendToken && xsrfToken != null) {
			request.header("X-XSRF-TOKEN", xsrfToken);
		}
		try {
			HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
			response.headers()
				.firstValue("X-XSRF-TOKEN")
				.filter(token -> !"Required".equals(token))
				.ifPresent(token -> xsrfToken = token);
			return response;
		}
		catch (IOException e) {
			throw new IllegalStateException(method + " " + path + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + path + " interrupted", e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
