package org.ehcflow.advice.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rules of the portal form, in the words the advice giver sees next to each field.
 * Each problem is keyed by the id of the field it belongs to. Nothing here touches the
 * database.
 */
final class AnswerRules {

	/**
	 * A process variable's text column holds 4,000 characters, and Tasklist shows it
	 * whole.
	 */
	static final int MAX_TEXT = 4000;

	static final String NEW_ADVICE = "NEW_ADVICE";

	static final String EXISTING_ADVICE_APPLIES = "EXISTING_ADVICE_APPLIES";

	static final String NOT_INVOLVED = "NOT_INVOLVED";

	private AnswerRules() {
	}

	static Checked check(AdviceAnswer answer, DataSize maxUpload) {
		Map<String, String> problems = new LinkedHashMap<>();
		String outcome = answer.outcome() == null ? "" : answer.outcome().trim();
		String adviceText = normalised(answer.adviceText());
		String text = switch (outcome) {
			case NEW_ADVICE -> adviceText;
			case EXISTING_ADVICE_APPLIES -> normalised(answer.existingAdviceReason());
			case NOT_INVOLVED -> normalised(answer.notInvolvedReason());
			default -> "";
		};
		AdviceDocument document = null;
		boolean documentRejected = false;
		MultipartFile file = answer.document();
		if (file != null && !(file.isEmpty() && isBlank(file.getOriginalFilename()))) {
			byte[] content = file.isEmpty() || file.getSize() > maxUpload.toBytes() ? null : bytes(file);
			String rejected = whyRejected(file, content, maxUpload);
			if (rejected != null) {
				problems.put("document", rejected);
				documentRejected = true;
			}
			else {
				DocumentType type = DocumentType.of(content).orElseThrow();
				document = new AdviceDocument(fileName(file.getOriginalFilename(), type), type, content);
			}
		}
		switch (outcome) {
			case NEW_ADVICE -> {
				if (text.isEmpty() && document == null && !documentRejected) {
					problems.put("adviceText", "Write your advice or attach a document");
				}
				tooLong(problems, "adviceText", text,
						"Your advice must be 4,000 characters or fewer: attach longer advice as a document");
			}
			case EXISTING_ADVICE_APPLIES -> {
				if (text.isEmpty()) {
					problems.put("existingAdviceReason", "Tell us which advice still applies and why");
				}
				tooLong(problems, "existingAdviceReason", text, "Your reason must be 4,000 characters or fewer");
			}
			case NOT_INVOLVED -> {
				if (text.isEmpty()) {
					problems.put("notInvolvedReason", "Tell us why you are not involved with this child");
				}
				tooLong(problems, "notInvolvedReason", text, "Your reason must be 4,000 characters or fewer");
			}
			default -> problems.put("outcome", "Select what you are sending us");
		}
		// The field order of the page, so that the summary at the top reads as the form
		// does.
		Map<String, String> ordered = new LinkedHashMap<>();
		for (String field : new String[] { "outcome", "adviceText", "document", "existingAdviceReason",
				"notInvolvedReason" }) {
			if (problems.containsKey(field)) {
				ordered.put(field, problems.get(field));
			}
		}
		return new Checked(outcome, text, document, ordered, documentRejected);
	}

	/**
	 * Why a file cannot be accepted, or null when it is a PDF or Word document within the
	 * limit.
	 */
	private static String whyRejected(MultipartFile file, byte[] content, DataSize maxUpload) {
		if (file.isEmpty()) {
			return "The selected file is empty";
		}
		if (content == null) {
			return "The selected file must be " + inWords(maxUpload) + " or smaller";
		}
		if (DocumentType.hasMacros(content)) {
			return "The selected file is a Word document with macros, which we cannot accept: save it as a .docx or "
					+ "PDF without macros and attach it again";
		}
		if (DocumentType.of(content).isEmpty()) {
			String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
			for (String extension : new String[] { ".pdf", ".docx", ".doc" }) {
				if (name.endsWith(extension)) {
					return "The selected file is not a PDF or Word document, even though its name ends in " + extension
							+ ": attach a PDF (.pdf) or Word document (.docx or .doc)";
				}
			}
			return "The selected file must be a PDF (.pdf) or Word document (.docx or .doc)";
		}
		return null;
	}

	/** "10 MB", "512 KB": the limit as the page states it. */
	static String inWords(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

	/**
	 * The name to keep: without any folder a browser sent, without control characters, at
	 * most 255 characters, ending in the extension its content has.
	 */
	static String fileName(String submitted, DocumentType type) {
		String name = submitted == null ? "" : submitted;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		String lower = name.toLowerCase(Locale.ROOT);
		if (!lower.endsWith(type.extension())) {
			name = (name.isEmpty() ? "advice" : name) + type.extension();
		}
		if (name.length() > 255) {
			name = name.substring(0, 255 - type.extension().length()) + type.extension();
		}
		return name;
	}

	private static void tooLong(Map<String, String> problems, String field, String text, String message) {
		if (text.length() > MAX_TEXT && !problems.containsKey(field)) {
			problems.put(field, message);
		}
	}

	/**
	 * Text as stored: line ends as one character each (browsers send two), no outer blank
	 * space.
	 */
	private static String normalised(String text) {
		return text == null ? "" : text.replace("\r\n", "\n").strip();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The uploaded document could not be read", ex);
		}
	}

	/**
	 * A checked answer: the outcome, the text that goes with it (advice or reason), the
	 * accepted document if any, and each field's problem.
	 */
	record Checked(String outcome, String text, AdviceDocument document, Map<String, String> problems,
			boolean documentRejected) {

		boolean isValid() {
			return problems.isEmpty();
		}

	}

}
