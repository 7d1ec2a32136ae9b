package org.ehcflow.advice.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.ehcflow.advice.TestDocuments;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/** The portal form's rules and the document check, without a server. */
class AnswerRulesTests {

	static final DataSize LIMIT = DataSize.ofMegabytes(10);

	static AnswerRules.Checked check(String outcome, String text, MockMultipartFile document) {
		return AnswerRules.check(new AdviceAnswer(outcome, text, text, text, document), LIMIT);
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("document", name, "application/octet-stream", content);
	}

	@Nested
	class DocumentsAreKnownByTheirContent {

		@Test
		void aPdfStartsWithItsSignature() {
			assertThat(DocumentType.of(TestDocuments.pdf("Advice"))).contains(DocumentType.PDF);
		}

		@Test
		void aWordDocumentIsAZipWithAWordFolder() {
			assertThat(DocumentType.of(TestDocuments.docx())).contains(DocumentType.DOCX);
			assertThat(DocumentType.of(TestDocuments.xlsx())).isEmpty();
		}

		@Test
		void anOldWordDocumentIsAnOleFileWithAWordDocumentStream() {
			assertThat(DocumentType.of(TestDocuments.doc())).contains(DocumentType.DOC);
			byte[] otherOle = TestDocuments.doc();
			otherOle[1024] = 'X';
			assertThat(DocumentType.of(otherOle)).isEmpty();
		}

		@Test
		void aProgramIsNoDocumentWhateverItsName() {
			assertThat(DocumentType.of(TestDocuments.executable())).isEmpty();
			assertThat(check("NEW_ADVICE", "", file("advice.pdf", TestDocuments.executable())).problems())
				.containsOnlyKeys("document")
				.containsValue("The selected file is not a PDF or Word document, even though its name ends in .pdf: "
						+ "attach a PDF (.pdf) or Word document (.docx or .doc)");
			assertThat(check("NEW_ADVICE", "", file("setup.exe", TestDocuments.executable())).problems())
				.containsValue("The selected file must be a PDF (.pdf) or Word document (.docx or .doc)");
		}

		@Test
		void aWordDocumentWithMacrosIsRefused() {
			assertThat(
					check("NEW_ADVICE", "", file("advice.docx", TestDocuments.docx("word/vbaProject.bin"))).problems()
						.get("document"))
				.contains("macros");
		}

		@Test
		void aDamagedZipIsNoDocument() {
			byte[] truncated = java.util.Arrays.copyOf(TestDocuments.docx(), 40);
			assertThat(DocumentType.of(truncated)).isEmpty();
			assertThat(DocumentType.zipEntryNames(new byte[] { 'P', 'K', 3, 4 })).isEmpty();
		}

	}

	@Nested
	class TheAnswer {

		@Test
		void adviceMayBeTextOrADocumentOrBoth() {
			assertThat(check("NEW_ADVICE", "Reading support.", null).isValid()).isTrue();
			AnswerRules.Checked documentOnly = check("NEW_ADVICE", "", file("advice.pdf", TestDocuments.pdf("A")));
			assertThat(documentOnly.isValid()).isTrue();
			assertThat(documentOnly.document().type()).isEqualTo(DocumentType.PDF);
			assertThat(check("NEW_ADVICE", " \r\n ", file("", new byte[0])).problems()).containsEntry("adviceText",
					"Write your advice or attach a document");
		}

		@Test
		void theTextIsStoredWithOneCharacterPerLineEndAndAtMost4000Characters() {
			assertThat(check("NEW_ADVICE", "One.\r\nTwo.", null).text()).isEqualTo("One.\nTwo.");
			assertThat(check("NEW_ADVICE", "x\r\n".repeat(2000), null).isValid()).isTrue();
			assertThat(check("NEW_ADVICE", "x".repeat(4001), null).problems()).containsKey("adviceText");
		}

		@Test
		void aChoiceIsNeeded() {
			assertThat(check(null, "Advice", null).problems()).containsOnlyKeys("outcome");
			assertThat(check("SOMETHING_ELSE", "Advice", null).problems()).containsOnlyKeys("outcome");
		}

		@Test
		void anEmptyOrTooLargeFileIsRefused() {
			assertThat(check("NEW_ADVICE", "Advice", file("advice.pdf", new byte[0])).problems())
				.containsEntry("document", "The selected file is empty");
			assertThat(AnswerRules
				.check(new AdviceAnswer("NEW_ADVICE", "Advice", null, null,
						file("advice.pdf", TestDocuments.pdfOfSize(2049))), DataSize.ofKilobytes(2))
				.problems()).containsEntry("document", "The selected file must be 2 KB or smaller");
		}

	}

	@Nested
	class FileNames {

		@Test
		void loseAnyFolderAndControlCharacters() {
			assertThat(AnswerRules.fileName("C:\\Users\\ep\\My advice.pdf", DocumentType.PDF))
				.isEqualTo("My advice.pdf");
			assertThat(AnswerRules.fileName("../../etc/\"advice\u0007\".pdf", DocumentType.PDF))
				.isEqualTo("advice.pdf");
		}

		@Test
		void endInTheExtensionOfWhatIsInside() {
			assertThat(AnswerRules.fileName("advice.docx", DocumentType.PDF)).isEqualTo("advice.docx.pdf");
			assertThat(AnswerRules.fileName("", DocumentType.DOCX)).isEqualTo("advice.docx");
			assertThat(AnswerRules.fileName("a".repeat(300) + ".doc", DocumentType.DOC)).hasSize(255).endsWith(".doc");
		}

	}

}
