package org.ehcflow.common;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The values ticked in a Camunda Forms checklist, which stores a JSON array (a REST
 * client may send a list).
 */
public final class Checklists {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Checklists() {
	}

	/** The values ticked; empty when nothing (or something unreadable) was sent. */
	public static List<String> ticked(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(Object::toString).toList();
		}
		try {
			JsonNode node = JSON.readTree(value.toString());
			List<String> values = new ArrayList<>();
			if (node.isArray()) {
				node.forEach(item -> values.add(item.asText()));
			}
			return values;
		}
		catch (JsonProcessingException ex) {
			return List.of();
		}
	}

}
