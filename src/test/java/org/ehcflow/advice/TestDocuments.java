package org.ehcflow.advice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small real documents, and things that pretend to be documents, for the portal's tests.
 */
public final class TestDocuments {

	private TestDocuments() {
	}

	/**
	 * A valid one-page PDF 1.4 that shows the text, with a correct cross-reference table.
	 */
	public static byte[] pdf(String text) {
		String stream = "BT /F1 14 Tf 72 720 Td (" + text.replace("(", "\\(").replace(")", "\\)") + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
						+ "/Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append("%010d 00000 n \n".formatted(offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A PDF of exactly this many bytes (padded with a comment), for the size limits. */
	public static byte[] pdfOfSize(int size) {
		byte[] pdf = Arrays.copyOf(pdf("A large advice document"), size);
		int start = pdf("A large advice document").length;
		Arrays.fill(pdf, start, size, (byte) ' ');
		return pdf;
	}

	/** A Word document (.docx) in its smallest form: a ZIP with word/document.xml. */
	public static byte[] docx(String... extraEntries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
				.getBytes(StandardCharsets.UTF_8));
			for (String entry : extraEntries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write(new byte[] { 1, 2, 3 });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** A spreadsheet (.xlsx): a ZIP, but not a Word document. */
	public static byte[] xlsx() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The start of a Word 97-2003 file: the OLE signature and, further in, the
	 * WordDocument stream's name.
	 */
	public static byte[] doc() {
		byte[] doc = new byte[2048];
		byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(signature, 0, doc, 0, signature.length);
		byte[] name = "WordDocument".getBytes(StandardCharsets.UTF_16LE);
		System.arraycopy(name, 0, doc, 1024, name.length);
		return doc;
	}

	/** A Windows program: "MZ", the DOS stub, and so on. */
	public static byte[] executable() {
		byte[] exe = new byte[1024];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 78, stub.length);
		return exe;
	}

}
