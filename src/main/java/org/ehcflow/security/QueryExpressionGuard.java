package org.ehcflow.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Closes CVE-2026-109432 in EHC Flow: Camunda 7.24 evaluates expressions ({@code ${...}})
 * in the {@code orQueries} of a task query although ad-hoc expressions are switched off,
 * so any signed-in user could run code on the server. Every task query and every filter
 * that reaches the engine's REST API — {@code /engine-rest} and the webapps' own
 * {@code /camunda/api/engine} — is read here first, and one that names an
 * {@code ...Expression} anywhere, in its parameters or at any depth of its JSON body, is
 * refused with 400 before the engine sees it.
 *
 * <p>
 * The one exception is an administrator saving a filter (a stored query): the shared
 * Tasklist filters need {@code ${currentUser()}} and {@code ${currentUserGroups()}}, and
 * only administrators may create or change filters at all (Camunda authorizations).
 */
class QueryExpressionGuard extends OncePerRequestFilter {

	/**
	 * A task query, a task count, or anything on filters, of the REST API or the webapps'
	 * copy of it.
	 */
	private static final Pattern QUERY_PATHS = Pattern.compile(
			"^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)(?:/engine/[^/]+)?/(task(?:/count)?|filter(?:/(.*))?)/?$");

	/** Larger task queries than this are not read: no real one comes near it. */
	static final int MAX_BODY = 256 * 1024;

	private final ObjectMapper json = new ObjectMapper();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !QUERY_PATHS.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String name : request.getParameterMap().keySet()) {
			if (isExpression(name)) {
				refuse(response, "the query parameter '" + name + "'");
				return;
			}
		}
		if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			write(response, "The query is larger than " + MAX_BODY / 1024 + " KB.");
			return;
		}
		if (!(isSavingAFilter(request) && isAdministrator())) {
			Optional<String> expression = expressionIn(body);
			if (expression.isPresent()) {
				refuse(response, "'" + expression.get() + "'");
				return;
			}
		}
		chain.doFilter(new ReadAgain(request, body), response);
	}

	/**
	 * Where the first {@code ...Expression} field is, at any depth
	 * ({@code orQueries[0].assigneeExpression}).
	 */
	Optional<String> expressionIn(byte[] body) {
		if (body.length == 0) {
			return Optional.empty();
		}
		try {
			return find(json.readTree(body), "");
		}
		catch (IOException notJson) {
			// Not JSON: the engine refuses it with its own message, and it can hold no
			// query.
			return Optional.empty();
		}
	}

	private static Optional<String> find(JsonNode node, String at) {
		if (node == null) {
			return Optional.empty();
		}
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				String here = at.isEmpty() ? field.getKey() : at + "." + field.getKey();
				if (isExpression(field.getKey())) {
					return Optional.of(here);
				}
				Optional<String> inside = find(field.getValue(), here);
				if (inside.isPresent()) {
					return inside;
				}
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				Optional<String> inside = find(node.get(i), at + "[" + i + "]");
				if (inside.isPresent()) {
					return inside;
				}
			}
		}
		return Optional.empty();
	}

	private static boolean isExpression(String name) {
		return name.toLowerCase(Locale.ROOT).endsWith("expression");
	}

	/**
	 * {@code POST .../filter/create} or {@code PUT .../filter/{id}}: a stored query, not
	 * an ad-hoc one.
	 */
	private static boolean isSavingAFilter(HttpServletRequest request) {
		Matcher matcher = QUERY_PATHS.matcher(path(request));
		if (!matcher.matches() || !matcher.group(1).startsWith("filter") || matcher.group(2) == null) {
			return false;
		}
		String rest = matcher.group(2);
		return "POST".equals(request.getMethod()) && "create".equals(rest)
				|| "PUT".equals(request.getMethod()) && !rest.contains("/");
	}

	private static boolean isAdministrator() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> ("GROUP_" + Groups.ADMINS).equals(authority.getAuthority()));
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static void refuse(HttpServletResponse response, String where) throws IOException {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		write(response, "Expressions are not allowed in task queries or filters: remove " + where + ".");
	}

	/** In the engine REST API's own error shape, so that Tasklist shows the message. */
	private static void write(HttpServletResponse response, String message) throws IOException {
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"InvalidRequestException\",\"message\":\""
					+ message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

	/** The request with the body that was read, to be read again by the engine. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous only");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
