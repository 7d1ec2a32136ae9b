package org.ehcflow.notify;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.ehcflow.common.EhcFlowProperties;
import org.ehcflow.common.FormCheck;
import org.ehcflow.common.Variables;
import org.ehcflow.statutory.TribunalTimeLimits;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the plain-text mail templates in {@code templates/mail/<name>.txt} with
 * Thymeleaf's text mode (expressions in SpEL). A template's first line is
 * {@code Subject: ...}; the rest is the body. Every template gets {@code publicBaseUrl}
 * and {@code tasklistUrl} besides its own model.
 * <p>
 * A template may also have an HTML version, {@code templates/mail/<name>.html}
 * (Thymeleaf's HTML mode, which escapes every value it shows); the email then carries
 * both, as {@code multipart/alternative}. The subject always comes from the text version.
 */
@Component
public class MailTemplates {

	private static final String SUBJECT_PREFIX = "Subject:";

	private static final String FOLDER = "templates/mail/";

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final SpringTemplateEngine htmlEngine = new SpringTemplateEngine();

	private final EhcFlowProperties properties;

	MailTemplates(EhcFlowProperties properties) {
		this.properties = properties;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix(FOLDER);
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCheckExistence(true);
		engine.setTemplateResolver(resolver);
		ClassLoaderTemplateResolver htmlResolver = new ClassLoaderTemplateResolver();
		htmlResolver.setPrefix(FOLDER);
		htmlResolver.setSuffix(".html");
		htmlResolver.setTemplateMode(TemplateMode.HTML);
		htmlResolver.setCharacterEncoding("UTF-8");
		htmlResolver.setCheckExistence(true);
		htmlEngine.setTemplateResolver(htmlResolver);
	}

	public RenderedEmail render(String template, String to, Map<String, Object> model) {
		Context context = new Context(Locale.UK, model);
		String base = properties.publicBaseUrl().toString().replaceAll("/+$", "");
		context.setVariable("publicBaseUrl", base);
		context.setVariable("tasklistUrl", base + "/camunda/app/tasklist/");
		context.setVariable("dates", new HumanDates());
		String text = engine.process(template, context).strip();
		int lineEnd = text.indexOf('\n');
		String firstLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
		if (!firstLine.startsWith(SUBJECT_PREFIX)) {
			throw new IllegalStateException("Mail template " + template + " must start with a Subject: line");
		}
		String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1).strip() + "\n";
		String html = hasHtml(template) ? htmlEngine.process(template, context) : null;
		return new RenderedEmail(properties.mailFrom(), to, firstLine.substring(SUBJECT_PREFIX.length()).strip(), body,
				html);
	}

	/** Whether the template has an HTML version beside its text. */
	public boolean hasHtml(String template) {
		ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
				? Thread.currentThread().getContextClassLoader() : MailTemplates.class.getClassLoader();
		return loader.getResource(FOLDER + template + ".html") != null;
	}

	/**
	 * {@code ${dates.human(finalPlanDueBy)}} shows an ISO date as "20 July 2026" in a
	 * template.
	 */
	public static final class HumanDates {

		public String human(Object isoDate) {
			LocalDate date = Variables.parseDateOrNull(isoDate);
			return date == null ? "" : FormCheck.human(date);
		}

		/**
		 * The last day to contact the mediation adviser: 2 months after the notice was
		 * sent, SEND Regulations 2014 reg 33
		 * ({@link TribunalTimeLimits#mediationContactBy}).
		 */
		public String mediationBy(Object noticeSent) {
			LocalDate date = Variables.parseDateOrNull(noticeSent);
			return date == null ? "" : FormCheck.human(TribunalTimeLimits.mediationContactBy(date));
		}

		/**
		 * The last day to appeal to the Tribunal without a mediation certificate: 2
		 * months after the notice was sent, moved by HESC Rules r12
		 * ({@link TribunalTimeLimits#appealBy}).
		 */
		public String appealBy(Object noticeSent) {
			LocalDate date = Variables.parseDateOrNull(noticeSent);
			return date == null ? "" : FormCheck.human(TribunalTimeLimits.appealBy(date, null));
		}

	}

}
