package org.ehcflow.timeliness;

import java.time.Duration;
import java.util.function.ToDoubleFunction;

import org.ehcflow.advice.AdviceService;
import org.ehcflow.timeliness.TimelinessSummary.AdviceTimeliness;
import org.ehcflow.timeliness.TimelinessSummary.WeekCount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The manager measures as Micrometer gauges (Prometheus: {@code /actuator/prometheus}),
 * over the 12 months ending today. A scrape reads a summary kept for
 * {@code ehcflow.timeliness.metrics-refresh} (default 1 minute), so frequent scrapes
 * never run the history queries more often than that. A measure with nothing to divide by
 * reads NaN.
 */
@Component
class TimelinessMetrics {

	private static final Logger log = LoggerFactory.getLogger(TimelinessMetrics.class);

	private final TimelinessReports reports;

	private final long refreshNanos;

	private TimelinessSummary cached;

	private long cachedAt;

	TimelinessMetrics(TimelinessReports reports, MeterRegistry registry,
			@Value("${ehcflow.timeliness.metrics-refresh:PT1M}") Duration refresh) {
		this.reports = reports;
		this.refreshNanos = refresh.toNanos();
		gauge(registry, "ehcflow.plans.issued", "New EHC plans issued in the last 12 months", s -> s.plansIssued());
		gauge(registry, "ehcflow.plans.issued.within20weeks",
				"New EHC plans issued within 20 weeks of the request in the last 12 months",
				s -> s.plansIssuedWithin20Weeks());
		Gauge.builder("ehcflow.plans.within20weeks.percent", this, m -> value(m.summary().percentWithin20Weeks()))
			.description("Share of new plans issued within 20 weeks, last 12 months (DfE definition)")
			.tag("exceptions", "included")
			.register(registry);
		Gauge
			.builder("ehcflow.plans.within20weeks.percent", this,
					m -> value(m.summary().percentWithin20WeeksExcludingExceptions()))
			.description("Share of new plans issued within 20 weeks, last 12 months (DfE definition)")
			.tag("exceptions", "excluded")
			.register(registry);
		gauge(registry, "ehcflow.plans.weeks.to.issue.average", "Average weeks from request to plan, last 12 months",
				s -> value(s.averageWeeksToIssue()));
		gauge(registry, "ehcflow.request.decisions.within6weeks.percent",
				"Share of decisions whether to assess made within 6 weeks, last 12 months",
				s -> value(s.percentRequestDecisionsWithin6Weeks()));
		gauge(registry, "ehcflow.decisions.not.to.assess", "Decisions not to assess, last 12 months",
				s -> s.decisionsNotToAssess());
		gauge(registry, "ehcflow.decisions.not.to.issue", "Decisions not to issue a plan, last 12 months",
				s -> s.decisionsNotToIssue());
		gauge(registry, "ehcflow.decisions.not.to.issue.within16weeks.percent",
				"Share of decisions not to issue a plan notified within 16 weeks (reg 10(1)), last 12 months",
				s -> value(s.percentDecisionsNotToIssueWithin16Weeks()));
		gauge(registry, "ehcflow.assessments.open", "Open EHC needs assessments", s -> s.openAssessments());
		for (int week = 0; week <= TimelinessMeasures.LAST_WEEK_BUCKET; week++) {
			String label = week == TimelinessMeasures.LAST_WEEK_BUCKET ? week + "+" : String.valueOf(week);
			Gauge
				.builder("ehcflow.assessments.open.by.week", this,
						m -> m.summary()
							.openAssessmentsByWeek()
							.stream()
							.filter(w -> w.week().equals(label))
							.mapToDouble(WeekCount::count)
							.findFirst()
							.orElse(0))
				.description("Open assessments by full weeks since the request")
				.tag("week", label)
				.register(registry);
		}
		gauge(registry, "ehcflow.assessments.at.risk",
				"Open assessments that miss 20 weeks unless something happens in the next 14 days",
				s -> s.atRiskCount());
		for (AdviceService service : AdviceService.values()) {
			Gauge
				.builder("ehcflow.advice.on.time.percent", this,
						m -> m.summary()
							.adviceByService()
							.stream()
							.filter(a -> a.service().equals(service.name()))
							.map(AdviceTimeliness::percentOnTime)
							.mapToDouble(TimelinessMetrics::value)
							.findFirst()
							.orElse(Double.NaN))
				.description("Share of advice due in the last 12 months returned within 6 weeks (reg 8(1))")
				.tag("service", service.name())
				.register(registry);
		}
		gauge(registry, "ehcflow.reviews.overdue", "Plans whose annual review decision is overdue",
				s -> s.reviews().reviewsOverdue());
		gauge(registry, "ehcflow.reviews.due.in30days", "Plans whose review decision is due in the next 30 days",
				s -> s.reviews().reviewsDueIn30Days());
		gauge(registry, "ehcflow.review.decisions.late", "Review decisions made late or overdue, last 12 months",
				s -> s.reviews().reviewDecisionsLate());
		gauge(registry, "ehcflow.amendments.late", "Amended plans issued late or overdue, last 12 months",
				s -> s.reviews().amendmentsLate());
		gauge(registry, "ehcflow.phase.transfers.at.risk",
				"Phase transfers at risk of missing reg 18 (before 15 February / 31 March)",
				s -> s.reviews().phaseTransfersAtRisk());
	}

	private void gauge(MeterRegistry registry, String name, String description,
			ToDoubleFunction<TimelinessSummary> value) {
		Gauge.builder(name, this, m -> value.applyAsDouble(m.summary())).description(description).register(registry);
	}

	/**
	 * The summary of the last 12 months, worked out again when older than the refresh
	 * interval.
	 */
	synchronized TimelinessSummary summary() {
		long now = System.nanoTime();
		if (cached == null || now - cachedAt >= refreshNanos) {
			try {
				cached = reports.measure(reports.period(null, null)).summary();
				cachedAt = now;
			}
			catch (RuntimeException ex) {
				log.warn("Timeliness metrics could not be worked out: {}", ex.toString());
				if (cached == null) {
					throw ex;
				}
			}
		}
		return cached;
	}

	private static double value(Double value) {
		return value == null ? Double.NaN : value;
	}

}
