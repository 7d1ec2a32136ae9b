package org.ehcflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import jakarta.servlet.ServletRegistration;

/**
 * Every route has a rule and a test for who may use it. The routes are read from the
 * running application — every Spring MVC handler (our controllers and the actuator),
 * every servlet (the engine's REST API and the webapps' APIs are Jersey servlets) and
 * every static resource root — and each must be in the table "Routes: who may use what"
 * in SECURITY.md, naming who may use it and the test that proves it. A new route fails
 * here until it has its row.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RouteInventoryTests {

	static final Path SECURITY_MD = Path.of("SECURITY.md");

	/**
	 * A row of the table: | `route` | who may use it | `TestClass.Nested#method`, ... |
	 */
	static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|([^|]+)\\|([^|]+)\\|\\s*$");

	static final Pattern TEST_NAME = Pattern.compile("`([A-Za-z0-9.]+)#([A-Za-z0-9]+)`");

	@Autowired
	ApplicationContext context;

	record Rule(String route, String who, List<String> tests) {
	}

	static List<Rule> rules() throws IOException {
		List<Rule> rules = new ArrayList<>();
		boolean inTable = false;
		for (String line : Files.readAllLines(SECURITY_MD)) {
			if (line.startsWith("## ")) {
				inTable = line.startsWith("## Routes: who may use what");
				continue;
			}
			Matcher row = ROW.matcher(line);
			if (inTable && row.matches()) {
				List<String> tests = new ArrayList<>();
				Matcher test = TEST_NAME.matcher(row.group(3));
				while (test.find()) {
					tests.add(test.group(1) + "#" + test.group(2));
				}
				rules.add(new Rule(row.group(1).trim(), row.group(2).trim(), tests));
			}
		}
		return rules;
	}

	/**
	 * What the running application answers on: handler patterns, servlet mappings, static
	 * roots.
	 */
	Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				routes.addAll(info.getPatternValues());
			}
		}
		for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
			routes.addAll(mapping.getHandlerMap().keySet());
		}
		for (ServletRegistration servlet : ((WebApplicationContext) context).getServletContext()
			.getServletRegistrations()
			.values()) {
			routes.addAll(servlet.getMappings());
		}
		return routes;
	}

	@Test
	void everyRouteHasARuleAndATestNamingWhoMayUseIt() throws IOException {
		List<Rule> rules = rules();
		assertThat(rules).as("the table 'Routes: who may use what' in SECURITY.md").isNotEmpty();
		AntPathMatcher matcher = new AntPathMatcher();
		List<String> missing = new ArrayList<>();
		for (String route : routes()) {
			boolean ruled = rules.stream()
				.anyMatch(rule -> rule.route().equals(route) || matcher.match(rule.route(), route));
			if (!ruled) {
				missing.add(route);
			}
		}
		assertThat(missing)
			.as("routes with no row in SECURITY.md's table 'Routes: who may use what' "
					+ "(add | `route` | who may use it | `TestClass.Nested#test` |): %s", missing)
			.isEmpty();
	}

	@Test
	void everyRuleNamesWhoAndATestThatExists() throws IOException {
		for (Rule rule : rules()) {
			assertThat(rule.who()).as(rule.route()).isNotBlank();
			assertThat(rule.tests()).as("the tests proving who may use %s", rule.route()).isNotEmpty();
			for (String test : rule.tests()) {
				assertThat(testMethodExists(test)).as("%s (named for %s)", test, rule.route()).isTrue();
			}
		}
	}

	/**
	 * Who may call each handler of our API is said on it, so a new one cannot be open to
	 * every user by mistake.
	 */
	@Test
	void everyHandlerOfOurApiSaysWhichGroupsMayCallIt() {
		List<String> unsaid = new ArrayList<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
				boolean api = handler.getKey().getPatternValues().stream().anyMatch(path -> path.startsWith("/api/"));
				HandlerMethod method = handler.getValue();
				boolean said = AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
				if (api && !said) {
					unsaid.add(handler.getKey().toString());
				}
			}
		}
		assertThat(unsaid).as("API handlers without @PreAuthorize").isEmpty();
	}

	/**
	 * Our own pages too (outside {@code /api}): each says which groups may use it, except
	 * the advice portal, which is for whoever holds a link.
	 */
	@Test
	void everyPageOfOursSaysWhichGroupsMayUseIt() {
		List<String> unsaid = new ArrayList<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
				HandlerMethod method = handler.getValue();
				boolean ours = method.getBeanType().getPackageName().startsWith("org.ehcflow");
				boolean portal = handler.getKey()
					.getPatternValues()
					.stream()
					.allMatch(path -> path.startsWith("/advice"));
				boolean said = AnnotatedElementUtils.hasAnnotation(method.getMethod(), PreAuthorize.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class);
				if (ours && !portal && !said) {
					unsaid.add(handler.getKey().toString());
				}
			}
		}
		assertThat(unsaid).as("pages and API handlers of EHC Flow without @PreAuthorize").isEmpty();
	}

	/**
	 * {@code security.RoleAccessTests.Caseworkers#method}: a test method, named from
	 * org.ehcflow down.
	 */
	static boolean testMethodExists(String name) {
		String[] classAndMethod = name.split("#");
		String[] parts = classAndMethod[0].split("\\.");
		StringBuilder packageName = new StringBuilder("org.ehcflow");
		int first = 0;
		while (first < parts.length && Character.isLowerCase(parts[first].charAt(0))) {
			packageName.append('.').append(parts[first++]);
		}
		if (first == parts.length) {
			return false;
		}
		Class<?> type;
		try {
			type = Class.forName(packageName + "." + parts[first]);
		}
		catch (ClassNotFoundException e) {
			return false;
		}
		for (int i = first + 1; i < parts.length; i++) {
			String nested = parts[i];
			type = Arrays.stream(type.getDeclaredClasses())
				.filter(inner -> inner.getSimpleName().equals(nested))
				.findFirst()
				.orElse(null);
			if (type == null) {
				return false;
			}
		}
		return Arrays.stream(type.getDeclaredMethods()).anyMatch(method -> method.getName().equals(classAndMethod[1]));
	}

}
