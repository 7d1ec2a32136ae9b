package org.ehcflow.advice;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ehcflow.common.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ehcflow.common.FieldProblem;

/**
 * Reads the directory's CSV import: a header
 * {@code code,name,intake_email,manager_email,active} (in any order), then one service
 * per line. Every problem is named by its line and column ({@code line 3: intake_email});
 * the caller saves the services only when there is none.
 */
final class AdviceDirectoryCsv {

	static final List<String> COLUMNS = List.of("code", "name", "intake_email", "manager_email", "active");

	/** More than a council has services by far; a bigger file is a mistake. */
	static final int MAX_ROWS = 500;

	private AdviceDirectoryCsv() {
	}

	static Result read(String text) {
		List<FieldProblem> problems = new ArrayList<>();
		List<AdviceDirectory.Service> services = new ArrayList<>();
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("file",
					"is empty: send a header line " + String.join(",", COLUMNS) + " and one line per service"));
			return new Result(services, problems);
		}
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		try (CSVParser parser = CSVParser.parse(new StringReader(content), CsvFiles.WITH_HEADER)) {
			List<String> header = parser.getHeaderNames().stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
			if (!(header.size() == COLUMNS.size() && header.containsAll(COLUMNS))) {
				problems.add(new FieldProblem("line 1", "the header must name the columns " + String.join(",", COLUMNS)
						+ " (it names " + String.join(",", parser.getHeaderNames()) + ")"));
				return new Result(services, problems);
			}
			Map<String, Integer> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				int line = lineOf(content, record.getCharacterPosition());
				if (services.size() >= MAX_ROWS) {
					problems.add(new FieldProblem("line " + line, "a file may hold at most " + MAX_ROWS + " services"));
					break;
				}
				if (!record.isConsistent()) {
					problems.add(new FieldProblem("line " + line,
							"must have " + COLUMNS.size() + " values, has " + record.size()));
					continue;
				}
				AdviceDirectory.Service service = service(record, line, problems);
				List<FieldProblem> broken = AdviceDirectoryRules.check(service,
						field -> "line " + line + ": " + column(field));
				problems.addAll(broken);
				Integer earlier = service.code() == null ? null : seen.putIfAbsent(service.code(), line);
				if (earlier != null) {
					problems.add(new FieldProblem("line " + line + ": code",
							service.code() + " is already on line " + earlier));
				}
				services.add(service);
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(new FieldProblem("file", "is not valid CSV: " + CsvFiles.whyNotCsv(ex)));
		}
		if (problems.isEmpty() && services.isEmpty()) {
			problems.add(new FieldProblem("file", "has a header but no services"));
		}
		return new Result(services, problems);
	}

	private static AdviceDirectory.Service service(CSVRecord record, int line, List<FieldProblem> problems) {
		String active = value(record, "active");
		Boolean isActive = switch (active == null ? "" : active.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "y", "1" -> true;
			case "false", "no", "n", "0" -> false;
			default -> null;
		};
		if (isActive == null) {
			problems.add(new FieldProblem("line " + line + ": active", "must be true or false"));
		}
		String code = value(record, "code");
		return new AdviceDirectory.Service(code == null ? null : code.toUpperCase(Locale.ROOT), value(record, "name"),
				value(record, "intake_email"), value(record, "manager_email"), isActive == null || isActive);
	}

	/** A cell by its column name, whatever the header's case; blank is null. */
	private static String value(CSVRecord record, String column) {
		for (Map.Entry<String, String> cell : record.toMap().entrySet()) {
			if (cell.getKey().equalsIgnoreCase(column)) {
				return AdviceDirectoryRules.clean(cell.getValue());
			}
		}
		return null;
	}

	/** The CSV column of a rule's field. */
	private static String column(String field) {
		return switch (field) {
			case "intakeEmail" -> "intake_email";
			case "managerEmail" -> "manager_email";
			default -> field;
		};
	}

	/**
	 * The line (from 1) of the file on which the character at {@code position} stands.
	 */
	private static int lineOf(String content, long position) {
		int line = 1;
		for (int i = 0; i < position && i < content.length(); i++) {
			if (content.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	record Result(List<AdviceDirectory.Service> services, List<FieldProblem> problems) {
	}

}
