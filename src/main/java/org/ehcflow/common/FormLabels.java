package org.ehcflow.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The label each field has on our Camunda Forms, so that a refused form names the field
 * as the caseworker sees it ("Date the family was told ...") rather than by its variable
 * name. Read once from the forms deployed with the processes
 * ({@code classpath:forms/*.form}).
 */
final class FormLabels {

	private static volatile Map<String, String> labels;

	private FormLabels() {
	}

	/** The field's label on the forms, or the field's name when no form labels it. */
	static String of(String field) {
		return all().getOrDefault(field, field);
	}

	private static Map<String, String> all() {
		Map<String, String> known = labels;
		if (known == null) {
			known = read();
			labels = known;
		}
		return known;
	}

	private static Map<String, String> read() {
		Map<String, String> found = new HashMap<>();
		ObjectMapper json = new ObjectMapper();
		try {
			for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
				try (InputStream in = form.getInputStream()) {
					collect(json.readTree(in).path("components"), found);
				}
			}
		}
		catch (IOException ex) {
			// Without labels the messages name the fields by their variable names: still
			// specific.
			return Map.of();
		}
		return Map.copyOf(found);
	}

	private static void collect(JsonNode components, Map<String, String> found) {
		for (JsonNode component : components) {
			String key = component.path("key").asText("");
			// Date fields carry their label as dateLabel.
			String label = component.path("label").asText(component.path("dateLabel").asText(""));
			if (!key.isEmpty() && !label.isEmpty() && !component.path("disabled").asBoolean(false)) {
				found.putIfAbsent(key, label);
			}
			collect(component.path("components"), found);
		}
	}

}
