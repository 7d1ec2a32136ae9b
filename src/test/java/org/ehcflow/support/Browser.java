package org.ehcflow.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, as a caseworker in England would have it (British English,
 * London time), with the waiting, looking and signing in that every page of the Camunda
 * webapps needs.
 *
 * <p>
 * Needs Chromium and its driver ({@code apt-get install chromium chromium-driver}); other
 * paths through {@code -Dehcflow.e2e.chromium=...} and
 * {@code -Dehcflow.e2e.chromedriver=...}.
 */
public final class Browser implements AutoCloseable {

	public static final Duration PATIENCE = Duration.ofSeconds(60);

	public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	/** Held, so that its level sticks: java.util.logging keeps loggers only weakly. */
	static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	private final ChromeDriver driver;

	private Browser(ChromeDriver driver) {
		this.driver = driver;
	}

	/**
	 * Fails unless Chromium and its driver are installed, keeps Selenium off the network,
	 * and clears the failure screenshots of earlier runs. Call once per test class,
	 * before {@link #open()}.
	 */
	public static void requireChromium() throws IOException {
		for (String property : List.of("ehcflow.e2e.chromium", "ehcflow.e2e.chromedriver")) {
			File file = new File(System.getProperty(property,
					property.endsWith("driver") ? "/usr/bin/chromedriver" : "/usr/bin/chromium"));
			if (!file.canExecute()) {
				fail(file + " is missing: this end-to-end test drives headless Chromium. Install it with "
						+ "`apt-get install chromium chromium-driver` (CI does), or point -D" + property + " at it.");
			}
		}
		// Never let Selenium Manager look for drivers on the (closed) network; we pass
		// both paths.
		System.setProperty("webdriver.http.factory", "jdk-http-client");
		System.setProperty("webdriver.chrome.driver",
				System.getProperty("ehcflow.e2e.chromedriver", "/usr/bin/chromedriver"));
		// Chromium is newer than Selenium's DevTools bindings; that warning is noise
		// here.
		SELENIUM_LOG.setLevel(Level.SEVERE);
		Files.createDirectories(SCREENSHOTS);
		// A failure screenshot from an earlier run would mislead whoever looks at this
		// one; those of
		// another test class in this run (this JVM) stay.
		long thisRunStarted = ManagementFactory.getRuntimeMXBean().getStartTime();
		try (var old = Files.newDirectoryStream(SCREENSHOTS, "failed-*")) {
			for (Path each : old) {
				if (Files.getLastModifiedTime(each).toMillis() < thisRunStarted) {
					Files.delete(each);
				}
			}
		}
	}

	/** A new headless Chromium with its own empty profile. */
	public static Browser open() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("ehcflow.e2e.chromium", "/usr/bin/chromium"));
		try {
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1400,1000", "--lang=en-GB",
					"--user-data-dir=" + Files.createTempDirectory("ehcflow-chromium").toAbsolutePath());
		}
		catch (IOException e) {
			throw new IllegalStateException("no temporary directory for Chromium's profile", e);
		}
		// A caseworker in England: British English, London time (the footer names the
		// zone).
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver")))
			.withEnvironment(Map.of("TZ", "Europe/London"))
			.build();
		return new Browser(new ChromeDriver(service, options));
	}

	public WebDriver driver() {
		return driver;
	}

	public void get(String url) {
		driver.get(url);
	}

	public String title() {
		return driver.getTitle();
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		catch (RuntimeException ignored) {
			// already gone
		}
	}

	// --- the Camunda webapps' own sign-in page and header (Tasklist, Cockpit and Admin
	// share them) ---

	public void logIn(String user) {
		WebElement name = waitFor(By.cssSelector("input[ng-model='username']"));
		WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
		// The sign-in page moves the focus to the user name a moment after it shows; keys
		// typed
		// meanwhile can land in the wrong field. Type again until both fields hold what
		// was typed.
		for (int attempt = 0; attempt < 5; attempt++) {
			name.clear();
			name.sendKeys(user);
			password.clear();
			password.sendKeys(user);
			if (user.equals(name.getDomProperty("value")) && user.equals(password.getDomProperty("value"))) {
				break;
			}
		}
		driver.findElement(By.xpath("//form[@name='signinForm']//button[@type='submit']")).click();
		waitFor(By.cssSelector("[cam-widget-header] li.account"));
	}

	/** The account menu in the header, then "Log out"; back on the sign-in page. */
	public void logOut() {
		driver.findElement(By.cssSelector("[cam-widget-header] li.account a.dropdown-toggle")).click();
		waitFor(By.cssSelector("[cam-widget-header] li.logout a")).click();
		waitFor(By.cssSelector("input[ng-model='username']"));
	}

	/** The name of whoever is signed in, as the header shows it ("Casey Worker"). */
	public String account() {
		return waitFor(By.cssSelector("[cam-widget-header] li.account")).getText();
	}

	public String brand() {
		return waitFor(By.cssSelector("[cam-widget-header] .navbar-brand .brand-name")).getText();
	}

	// --- waiting and looking
	// ------------------------------------------------------------------

	public WebDriverWait patience() {
		WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(250));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	public WebElement waitFor(By locator) {
		return patience().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Finds and clicks, again if the element was re-rendered in between (Tasklist redraws
	 * its list when a search or a refresh answers) or something lay over it for a moment.
	 */
	public void click(By locator) {
		patience().ignoring(ElementClickInterceptedException.class)
			.withMessage(() -> "to click " + locator)
			.until(d -> {
				WebElement element = d.findElement(locator);
				if (!element.isDisplayed()) {
					return false;
				}
				element.click();
				return true;
			});
	}

	public WebElement find(By locator) {
		return driver.findElement(locator);
	}

	public List<WebElement> findAll(By locator) {
		return driver.findElements(locator);
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	public String bodyText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	/**
	 * Saves what the window shows as {@code target/screenshots/<name>}; a failure here
	 * fails nothing.
	 */
	public void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException | RuntimeException e) {
			System.err.println("screenshot " + name + " not saved: " + e);
		}
	}

	/**
	 * A taller window for a whole form; the webapps scroll inside their panes, not the
	 * page.
	 */
	public void tallScreenshot(String name) {
		tallScreenshot(name, 1800);
	}

	public void tallScreenshot(String name, int height) {
		Dimension normal = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(normal.getWidth(), height));
		try {
			patience().until(d -> ((Number) script("return window.innerHeight")).intValue() > normal.getHeight());
			screenshot(name);
		}
		finally {
			driver.manage().window().setSize(normal);
		}
	}

	/**
	 * For a failed step: the screenshot and the page's HTML, {@code failed-<name>.png}
	 * and {@code .html}.
	 */
	public void failureEvidence(String name) {
		screenshot("failed-" + name + ".png");
		try {
			Files.writeString(SCREENSHOTS.resolve("failed-" + name + ".html"), driver.getPageSource(),
					StandardCharsets.UTF_8);
		}
		catch (IOException | RuntimeException e) {
			System.err.println("page source of " + name + " not saved: " + e);
		}
	}

}
