package org.ehcflow.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Camunda Tasklist as a caseworker uses it, in one {@link Browser}: signing in, starting
 * a process with its start form, the filters, searching by case reference, claiming,
 * filling in a Camunda Forms (form-js) task form and completing it, and the notifications
 * that answer.
 *
 * <p>
 * form-js gives each input the id {@code fjs-form-<random>-<field id>}, so a field is
 * found by the id it has in the {@code .form} file ({@code Field_familyNotifiedDate});
 * the options of a radio group or a checklist end with {@code -<field id>-<index>}.
 */
public final class Tasklist {

	public static final String TEAM_FILTER = "My team's work, by deadline";

	private static final By TASKS = By.cssSelector(".tasks-list li.task");

	private final Browser browser;

	private final String baseUrl;

	public Tasklist(Browser browser, int port) {
		this.browser = browser;
		this.baseUrl = "http://localhost:" + port;
	}

	public Browser browser() {
		return browser;
	}

	/** Opens Tasklist at its sign-in page. */
	public Tasklist open() {
		browser.get(baseUrl + "/camunda/app/tasklist/");
		browser.waitFor(By.cssSelector("input[ng-model='username']"));
		return this;
	}

	public void logIn(String user) {
		browser.logIn(user);
	}

	public void logOut() {
		browser.logOut();
	}

	/** Logs whoever is signed in out, and {@code user} in. */
	public void switchTo(String user) {
		logOut();
		logIn(user);
	}

	// --- starting a process
	// -------------------------------------------------------------------

	/**
	 * "Start process" in the header; returns the link to the named process in the dialog.
	 */
	public WebElement openStartProcessDialog(String processName) {
		browser.waitFor(By.cssSelector(".start-process-action a")).click();
		return browser.waitFor(By
			.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a[normalize-space()="
					+ literal(processName) + "]"));
	}

	/** Chooses the process in the open dialog and waits for its start form. */
	public void chooseProcess(String processName) {
		browser.waitFor(By
			.xpath("//div[contains(@class,'modal-dialog')]//ul[contains(@class,'processes')]//a[normalize-space()="
					+ literal(processName) + "]"))
			.click();
		browser.waitFor(By.xpath("//div[contains(@class,'modal-dialog')]//h3[normalize-space()="
				+ literal("Start process: " + processName) + "]"));
	}

	/**
	 * The dialog's Start button; waits for the dialog to close (the notification
	 * follows).
	 */
	public void submitStartForm() {
		WebElement start = browser
			.waitFor(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Start']"));
		browser.patience().until(ExpectedConditions.elementToBeClickable(start)).click();
		browser.patience().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
	}

	// --- the filters and the list
	// -------------------------------------------------------------

	public void selectFilter(String name) {
		// The innermost element that holds the name: the filter itself, not the list of
		// filters around it.
		String holdsName = "contains(normalize-space()," + literal(name) + ")";
		browser.click(By.xpath("//*[@cam-tasklist-filters]//*[" + holdsName + "][not(*[" + holdsName + "])]"));
	}

	/**
	 * Tasklist's search box: the "Process Instance Business Key" criterion, then the
	 * value.
	 */
	public void searchByBusinessKey(String businessKey) {
		WebElement search = browser.waitFor(By.cssSelector(".tasks-list [cam-widget-search] input.main-field"));
		search.click();
		search.sendKeys("Business Key");
		browser.waitFor(By.xpath(
				"//*[@cam-widget-search]//ul[contains(@class,'dropdown-menu')]//a[@title='Process Instance Business Key']"))
			.click();
		WebElement value = browser.waitFor(By.cssSelector("[cam-widget-search-pill] .value-field input"));
		value.sendKeys(businessKey + Keys.ENTER);
		browser.patience()
			.until(d -> d.findElement(By.cssSelector("[cam-widget-search-pill] .value-field"))
				.getText()
				.contains(businessKey));
	}

	/**
	 * The team's filter, narrowed to one case: what a caseworker does first with a case
	 * reference.
	 */
	public void showCase(String businessKey) {
		selectFilter(TEAM_FILTER);
		boolean alreadySearched = browser.findAll(By.cssSelector("[cam-widget-search-pill] .value-field"))
			.stream()
			.anyMatch(pill -> pill.getText().contains(businessKey));
		if (!alreadySearched) {
			searchByBusinessKey(businessKey);
		}
	}

	public static By taskInList(String name) {
		return By.xpath("//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]//h4/a[normalize-space()="
				+ literal(name) + "]");
	}

	public WebElement waitForTaskInList(String name) {
		return browser.waitFor(taskInList(name));
	}

	public List<WebElement> tasksInList() {
		return browser.findAll(TASKS);
	}

	/** The names of the tasks in the list, top to bottom. */
	public List<String> taskNamesInList() {
		return browser.findAll(By.cssSelector(".tasks-list li.task h4 a"))
			.stream()
			.map(each -> each.getText().trim())
			.toList();
	}

	public void waitForTaskCount(int count) {
		browser.patience()
			.withMessage(() -> count + " tasks in the list, not " + taskNamesInList())
			.until(d -> d.findElements(TASKS).size() == count);
	}

	/** Clicks the task in the list (and does not wait for its form). */
	public void clickTask(String name) {
		browser.click(taskInList(name));
	}

	/** Clicks the task in the list and waits for its heading. */
	public void openTask(String name) {
		browser.click(taskInList(name));
		browser.waitFor(By.xpath("//*[@cam-tasklist-task]//h2[normalize-space()=" + literal(name) + "]"));
	}

	/** After a completion: the open task has gone from the list and its pane. */
	public void waitForNoTaskOpen() {
		browser.patience()
			.until(d -> d.findElement(By.cssSelector("[cam-tasklist-task]"))
				.getText()
				.contains("Select a task in the list."));
	}

	// --- the open task
	// ------------------------------------------------------------------------

	/**
	 * Claims the open task and waits until it is {@code displayName}'s and its form can
	 * be filled in.
	 */
	public void claim(String displayName) {
		browser.click(By.cssSelector("[cam-tasklist-task] button.claim"));
		browser.patience()
			.until(d -> d.findElement(By.cssSelector("[cam-tasklist-task] .actors")).getText().contains(displayName));
		browser.patience().until(d -> d.findElements(By.cssSelector("[cam-tasklist-task] .disabled-form")).isEmpty());
	}

	/** The text of the open task's form, labels and help included. */
	public String formText() {
		return browser.waitFor(By.cssSelector("[cam-tasklist-task] .fjs-form")).getText();
	}

	/**
	 * The due date of the open task as its tooltip spells it ("Sunday, 10 January 2027
	 * 23:59").
	 */
	public String dueTooltip() {
		return browser.find(By.cssSelector("[cam-tasklist-task] .due-date [am-time-ago]"))
			.getDomAttribute("uib-tooltip");
	}

	public void complete() {
		WebElement complete = browser.waitFor(By.xpath(
				"//*[@cam-tasklist-task]//div[contains(@class,'form-actions')]//button[normalize-space()='Complete']"));
		browser.patience().until(ExpectedConditions.elementToBeClickable(complete)).click();
	}

	// --- Camunda Forms (form-js) fields, found by the form field's id
	// -------------------------------

	/** form-js gives each input the id {@code fjs-form-<random>-<field id>}. */
	public WebElement field(String fieldId) {
		return browser.waitFor(By.cssSelector("[id$='-" + fieldId + "']"));
	}

	/** The value a text field or text area holds now (a disabled one too). */
	public String value(String fieldId) {
		return field(fieldId).getDomProperty("value");
	}

	/**
	 * Waits until a (read-only) field has been filled in from the task's variables, and
	 * returns it.
	 */
	public String loadedValue(String fieldId) {
		WebElement input = field(fieldId);
		browser.patience().until(d -> !input.getDomProperty("value").isEmpty());
		return input.getDomProperty("value");
	}

	public void type(String fieldId, String text) {
		WebElement input = field(fieldId);
		input.click();
		input.sendKeys(text);
	}

	/** Ticks (or unticks) a single checkbox. */
	public void tick(String fieldId) {
		field(fieldId).click();
	}

	/**
	 * A form-js date field is a flatpickr input that takes a typed date in the browser's
	 * locale format, shown as its placeholder ("mm/dd/yyyy" in Chromium's default en-US
	 * ICU locale, "dd/mm/yyyy" in en-GB), and stores an ISO date once the field loses
	 * focus.
	 */
	public void typeDate(String fieldId, LocalDate date) {
		WebElement input = field(fieldId + "-date");
		String placeholder = input.getDomAttribute("placeholder");
		DateTimeFormatter typed = DateTimeFormatter.ofPattern(placeholder.replace("mm", "MM"));
		input.click();
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
		input.sendKeys(Keys.BACK_SPACE);
		input.sendKeys(date.format(typed));
		input.sendKeys(Keys.TAB);
		// flatpickr rewrites the text in its own format (e.g. 3/2/2026); read it back
		// leniently.
		DateTimeFormatter shown = DateTimeFormatter.ofPattern(placeholder.replace("mm", "M").replace("dd", "d"));
		browser.patience().until(d -> {
			String value = input.getDomProperty("value");
			try {
				return date.equals(LocalDate.parse(value, shown));
			}
			catch (RuntimeException notYet) {
				return false;
			}
		});
		// The tab may have moved into the next date field, whose calendar would then
		// cover the
		// fields below it: close it, as a person would.
		WebElement next = browser.driver().switchTo().activeElement();
		if (next != null && next.getDomAttribute("id") != null && next.getDomAttribute("id").endsWith("-date")) {
			next.sendKeys(Keys.ESCAPE);
		}
	}

	/** The text a date field shows, as flatpickr wrote it. */
	public String dateShown(String fieldId) {
		return field(fieldId + "-date").getDomProperty("value");
	}

	/**
	 * A form-js select is a div that opens a list of divs (Tab into it opens the list
	 * too).
	 */
	public void pick(String fieldId, String label) {
		WebElement display = field(fieldId + "-display");
		By items = By.xpath("//div[contains(@class,'fjs-form-field-select')][.//*[@id='" + display.getDomAttribute("id")
				+ "']]//div[contains(@class,'fjs-dropdownlist-item')]");
		if (browser.findAll(items).isEmpty()) {
			display.click();
		}
		browser.patience().until(d -> !d.findElements(items).isEmpty());
		WebElement item = browser.findAll(items)
			.stream()
			.filter(each -> each.getText().trim().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no option '" + label + "' in " + fieldId));
		item.click();
		browser.patience().until(d -> d.findElements(items).isEmpty() && label.equals(display.getText().trim()));
	}

	/**
	 * The options of a radio group or a checklist: inputs with the ids
	 * {@code ...-<field id>-0}, {@code -1}, ..., each inside its label.
	 */
	public List<WebElement> options(String fieldId) {
		browser.waitFor(By.cssSelector("input[id$='-" + fieldId + "-0']"));
		return browser.findAll(By.cssSelector("input[id*='-" + fieldId + "-']"))
			.stream()
			.filter(input -> input.getDomAttribute("id").matches(".*-" + fieldId + "-\\d+"))
			.toList();
	}

	/** The text of an option's label. */
	public String optionLabel(WebElement option) {
		return browser.find(By.cssSelector("label[for='" + option.getDomAttribute("id") + "']")).getText().trim();
	}

	public List<String> optionLabels(String fieldId) {
		return options(fieldId).stream().map(this::optionLabel).toList();
	}

	/** Chooses the radio option whose label starts with {@code label}. */
	public void choose(String fieldId, String label) {
		WebElement option = option(fieldId, label);
		option.click();
		browser.patience().until(d -> option.isSelected());
	}

	/** Ticks the checklist options whose labels start with each of {@code labels}. */
	public void tickOptions(String fieldId, String... labels) {
		for (String label : labels) {
			WebElement option = option(fieldId, label);
			if (!option.isSelected()) {
				option.click();
			}
			browser.patience().until(d -> option.isSelected());
		}
	}

	/** Ticks every option of a checklist; returns their labels. */
	public List<String> tickAllOptions(String fieldId) {
		List<String> labels = optionLabels(fieldId);
		tickOptions(fieldId, labels.toArray(String[]::new));
		return labels;
	}

	private WebElement option(String fieldId, String label) {
		List<WebElement> options = options(fieldId);
		return options.stream()
			.filter(each -> optionLabel(each).startsWith(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no option '" + label + "' in " + fieldId + ": "
					+ options.stream().map(this::optionLabel).toList()));
	}

	/** The red messages form-js shows under fields that break a rule of the form. */
	public List<String> fieldErrors() {
		return browser.findAll(By.cssSelector("[cam-tasklist-task] .fjs-form-field-error"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map(WebElement::getText)
			.filter(text -> !text.isBlank())
			.toList();
	}

	// --- notifications
	// ------------------------------------------------------------------------

	/**
	 * A notification at the top of the page, {@code alert-info} or {@code alert-danger},
	 * saying {@code text}.
	 */
	public WebElement waitForNotification(String kind, String text) {
		Function<WebDriver, WebElement> shown = d -> d
			.findElements(By.cssSelector(".page-notifications .alert." + kind))
			.stream()
			.filter(WebElement::isDisplayed)
			.filter(alert -> alert.getText().contains(text))
			.findFirst()
			.orElse(null);
		return browser.patience().withMessage(() -> "a notification (" + kind + ") saying: " + text).until(shown);
	}

	/**
	 * Closes a notification with its ×, as a caseworker would, and waits for it to go.
	 */
	public void close(WebElement notification, String kind) {
		notification.findElements(By.cssSelector("button.close"))
			.stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow()
			.click();
		browser.patience()
			.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications ." + kind)));
	}

	/**
	 * A string as an XPath 1.0 literal, whichever quotes it holds ("Record the family's
	 * response").
	 */
	public static String literal(String text) {
		if (!text.contains("'")) {
			return "'" + text + "'";
		}
		if (!text.contains("\"")) {
			return "\"" + text + "\"";
		}
		return "concat('" + text.replace("'", "', \"'\", '") + "')";
	}

	// --- looking
	// ------------------------------------------------------------------------------

	public void screenshot(String name) {
		browser.screenshot(name);
	}

	public void tallScreenshot(String name) {
		browser.tallScreenshot(name);
	}

	public void tallScreenshot(String name, int height) {
		browser.tallScreenshot(name, height);
	}

}
