package org.ehcflow.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.support.ProcessTestSupport.today;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An advice giver's journey in a real browser (headless Chromium from Debian's
 * {@code chromium} and {@code chromium-driver}): open the link from the email, read whose
 * advice is asked, type advice, attach a PDF, send, and see the thank-you page.
 * Screenshots go to {@code target/screenshots/advice-*.png}.
 */
@Tag("browser") // drives Chromium; these alone: ./mvnw test -Dgroups=browser
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AdvicePortalJourneyTests {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	AdviceLinks links;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	AdviceRequests cases;

	Path profile;

	WebDriver browser;

	@BeforeEach
	void openChromium() throws IOException {
		cases = new AdviceRequests(runtimeService, taskService, managementService, links, clock);
		profile = Files.createTempDirectory("advice-portal-chromium");
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--user-data-dir=" + profile, "--window-size=1100,1600");
		// The driver's path is given, so Selenium Manager never tries to download one.
		ChromeDriverService driver = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(driver, options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		browser.manage().window().setSize(new Dimension(1100, 1600));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void closeChromium() throws IOException {
		try {
			if (browser != null) {
				browser.quit();
			}
		}
		finally {
			ClockUtil.reset();
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	/** The whole page: the window is made as tall as the page first. */
	void screenshot(String name) throws IOException {
		browser.manage().window().setSize(new Dimension(1100, 800));
		Number height = (Number) ((ChromeDriver) browser).executeScript("return document.documentElement.scrollHeight");
		browser.manage().window().setSize(new Dimension(1100, Math.max(800, height.intValue() + 200)));
		File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve("advice-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	String text() {
		return browser.findElement(By.tagName("main")).getText();
	}

	@Nested
	class AnAdviceGiver {

		@Test
		void opensTheLinkTypesAdviceAttachesAPdfAndIsThanked() throws IOException {
			ProcessInstance adviceRequest = cases.adviceRequested("PSYCHOLOGICAL");
			String token = cases.linkTo(adviceRequest, Duration.ofDays(60));
			today("2026-04-01");
			Path pdf = Files.createTempFile("EP advice ", ".pdf");
			Files.write(pdf, TestDocuments.pdf("Educational psychology advice for Sam"));

			browser.get("http://localhost:" + port + "/advice/" + token);
			assertThat(browser.getTitle()).startsWith("Send your advice");
			assertThat(text())
				.contains(adviceRequest.getBusinessKey(), "Sam", "14 May 2016", "educational psychology",
						"Tuesday 21 April 2026")
				.doesNotContain("Example");
			screenshot("1-page");

			browser.findElement(By.id("outcome")).click();
			browser.findElement(By.id("adviceText"))
				.sendKeys("Sam needs a structured reading programme three times a week.");
			browser.findElement(By.id("document")).sendKeys(pdf.toAbsolutePath().toString());
			screenshot("2-filled-in");
			browser.findElement(By.id("send")).click();

			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Advice received");
			assertThat(text()).contains(adviceRequest.getBusinessKey(), "Wednesday 1 April 2026");
			screenshot("3-thank-you");
			assertThat(jdbc.queryForObject("select document_name from advice_submission where process_instance_id = ?",
					String.class, adviceRequest.getId()))
				.isEqualTo(pdf.getFileName().toString());
			Files.delete(pdf);

			browser.navigate().refresh();
			browser.get("http://localhost:" + port + "/advice/" + token);
			assertThat(browser.findElement(By.tagName("h1")).getText())
				.isEqualTo("We have already received advice through this link");
			screenshot("4-already-received");
		}

		@Test
		void isToldWhatIsWrongNextToTheField() throws IOException {
			ProcessInstance adviceRequest = cases.adviceRequested("SOCIAL_CARE");
			String token = cases.linkTo(adviceRequest, Duration.ofDays(60));
			Path program = Files.createTempFile("advice ", ".pdf");
			Files.write(program, TestDocuments.executable());

			browser.get("http://localhost:" + port + "/advice/" + token);
			browser.findElement(By.id("outcome")).click();
			browser.findElement(By.id("adviceText")).sendKeys("See the attached report.");
			browser.findElement(By.id("document")).sendKeys(program.toAbsolutePath().toString());
			browser.findElement(By.id("send")).click();

			// The click returns before the answer has loaded; on a busy machine the old
			// page is still shown.
			new WebDriverWait(browser, Duration.ofSeconds(30)).until(page -> page.getTitle().startsWith("Error: "));
			assertThat(browser.findElement(By.id("document-error")).getText())
				.contains("even though its name ends in .pdf");
			assertThat(browser.findElement(By.id("adviceText")).getAttribute("value"))
				.isEqualTo("See the attached report.");
			assertThat(browser.findElement(By.id("outcome")).isSelected()).isTrue();
			screenshot("5-problem");
			Files.delete(program);

			browser.get("http://localhost:" + port + "/advice/" + "B".repeat(43));
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This link does not work");
			screenshot("6-unknown-link");
		}

	}

}
