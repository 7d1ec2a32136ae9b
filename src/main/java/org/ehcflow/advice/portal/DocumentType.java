package org.ehcflow.advice.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of document an advice giver may send, recognised by what is inside the file,
 * never by its name or the type the browser claims: an executable renamed
 * {@code advice.pdf} is not a PDF.
 */
enum DocumentType {

	PDF("application/pdf", ".pdf"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),

	DOC("application/msword", ".doc");

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] OLE_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	/**
	 * The name of the main stream of every Word 97-2003 file, as OLE stores it
	 * (UTF-16LE).
	 */
	private static final byte[] WORD_STREAM = "WordDocument".getBytes(StandardCharsets.UTF_16LE);

	private final String contentType;

	private final String extension;

	DocumentType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	String contentType() {
		return contentType;
	}

	String extension() {
		return extension;
	}

	/**
	 * The type of these bytes, or empty when they are neither a PDF nor a Word document.
	 */
	static Optional<DocumentType> of(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, ZIP_MAGIC)
				&& zipEntryNames(content).stream().anyMatch(name -> name.startsWith("word/"))) {
			return Optional.of(DOCX);
		}
		if (startsWith(content, OLE_MAGIC) && indexOf(content, WORD_STREAM) >= 0) {
			return Optional.of(DOC);
		}
		return Optional.empty();
	}

	/**
	 * A Word document with macros (a .docm saved under another name) carries a VBA
	 * project.
	 */
	static boolean hasMacros(byte[] content) {
		return startsWith(content, ZIP_MAGIC) && zipEntryNames(content).contains("word/vbaProject.bin");
	}

	/**
	 * The entry names of a ZIP file, read from its central directory without unpacking
	 * anything (so a "zip bomb" costs nothing); empty when the directory is missing or
	 * damaged.
	 */
	static List<String> zipEntryNames(byte[] zip) {
		int end = -1;
		for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
			if (u32(zip, at) == 0x06054b50L) {
				end = at;
				break;
			}
		}
		if (end < 0) {
			return List.of();
		}
		int entries = u16(zip, end + 10);
		long offset = u32(zip, end + 16);
		List<String> names = new ArrayList<>();
		int at = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int entry = 0; entry < entries; entry++) {
			if (at < 0 || at + 46 > zip.length || u32(zip, at) != 0x02014b50L) {
				return List.of();
			}
			int nameLength = u16(zip, at + 28);
			int next = at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
			if (at + 46 + nameLength > zip.length) {
				return List.of();
			}
			names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
			at = next;
		}
		return names;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int indexOf(byte[] content, byte[] part) {
		outer: for (int at = 0; at <= content.length - part.length; at++) {
			for (int i = 0; i < part.length; i++) {
				if (content[at + i] != part[i]) {
					continue outer;
				}
			}
			return at;
		}
		return -1;
	}

	private static int u16(byte[] bytes, int at) {
		if (at < 0 || at + 2 > bytes.length) {
			return 0;
		}
		return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
	}

	private static long u32(byte[] bytes, int at) {
		if (at < 0 || at + 4 > bytes.length) {
			return -1;
		}
		return (bytes[at] & 0xffL) | (bytes[at + 1] & 0xffL) << 8 | (bytes[at + 2] & 0xffL) << 16
				| (bytes[at + 3] & 0xffL) << 24;
	}

}
