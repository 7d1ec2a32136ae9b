package org.ehcflow.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.springframework.http.MediaType;

/**
 * What every CSV import of ours shares: how a file is read, which uploads count as CSV,
 * and plain errors.
 */
public final class CsvFiles {

	/**
	 * A header line naming the columns, then one record a line; blank lines skipped,
	 * values trimmed.
	 */
	public static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private static final Pattern START_LINE = Pattern.compile("(?:startline|line:?) (\\d+)");

	private CsvFiles() {
	}

	/**
	 * {@code text/csv} (or any {@code …/csv}), and {@code text/plain}, which some tools
	 * send for a .csv file.
	 */
	public static boolean isCsv(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return "csv".equalsIgnoreCase(type.getSubtype())
					|| "text".equalsIgnoreCase(type.getType()) && "plain".equalsIgnoreCase(type.getSubtype());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The parser's complaint in the words of someone who edits the file in a spreadsheet,
	 * not the parser's class names: where a quoted value is never closed, or a header
	 * names a column twice.
	 */
	public static String whyNotCsv(Exception ex) {
		String message = String.valueOf(ex.getMessage());
		Matcher start = START_LINE.matcher(message);
		if (message.contains("EOF reached before encapsulated token finished")) {
			return "a value in quotes" + (start.find() ? " starting on line " + start.group(1) : "")
					+ " has no closing quote";
		}
		if (message.contains("duplicate name")) {
			return "the header names a column twice";
		}
		if (message.contains("Invalid character between encapsulated token and delimiter")) {
			return "a value in quotes" + (start.find() ? " on line " + start.group(1) : "")
					+ " has text after its closing quote; write a quote inside a value as two quotes (\"\")";
		}
		return "check that values are separated by commas and that each value in quotes has a closing quote";
	}

}
