package org.ehcflow.timeliness;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The summary as CSV, one {@code measure,value} row per number, made from the very JSON
 * the API answers so that the two cannot disagree. A nested number is named by its path:
 * a list element by its first field ({@code openAssessmentsByWeek.3.count},
 * {@code adviceByService.MEDICAL.late}, {@code monthlyTrend.2026-03.plansIssued},
 * {@code atRisk.EHC-2026-00042.actBy}). An empty value is a percentage with nothing to
 * divide by.
 */
final class SummaryCsv {

	private SummaryCsv() {
	}

	static String of(TimelinessSummary summary, ObjectMapper json) {
		Map<String, String> rows = flatten(json.valueToTree(summary));
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("measure", "value").get())) {
			for (Map.Entry<String, String> row : rows.entrySet()) {
				csv.printRecord(row.getKey(), row.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** Each leaf of the JSON by its path, in the JSON's order. */
	static Map<String, String> flatten(JsonNode node) {
		Map<String, String> rows = new LinkedHashMap<>();
		flatten("", node, rows);
		return rows;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> rows) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				flatten(join(path, field.getKey()), field.getValue(), rows);
			}
		}
		else if (node.isArray()) {
			int index = 0;
			for (JsonNode element : node) {
				String key = element.isObject() && element.size() > 0 ? element.elements().next().asText()
						: String.valueOf(index);
				JsonNode rest = element;
				if (element.isObject()) {
					rest = element.deepCopy();
					((com.fasterxml.jackson.databind.node.ObjectNode) rest)
						.remove(List.of(element.fieldNames().next()));
				}
				flatten(join(path, key), rest, rows);
				index++;
			}
		}
		else {
			rows.put(path, node.isNull() ? "" : node.asText());
		}
	}

	private static String join(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

}
