// EHC Flow: the "Timeliness" dashboard of Cockpit (Camunda 7.24 front-end plugin API).
// Cockpit loads this module itself because the server-side plugin TimelinessCockpitPlugin is
// registered; its data comes from that plugin's resources under Cockpit's own session, so the same
// numbers as GET /api/timeliness/summary. Plain DOM and inline SVG: no framework, no CDN.

// The timeline's step names (GET /api/cases/{ref}/timeline) in the team's words.
const STEPS = {
  decideWhetherToAssess: 'Decide whether to assess',
  advice: 'Advice',
  decideWhetherToIssue: 'Decide whether to issue',
  draftRepresentations: "Family's response to the draft",
  settingConsultation: "Requested setting's reply",
  finalPlan: 'Final plan'
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, value === true ? '' : String(value));
  });
  children.flat().forEach(child => {
    if (child === null || child === undefined) return;
    node.appendChild(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  });
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, String(value)));
  children.flat().forEach(child => node.appendChild(
    typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

function day(iso) {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function pct(value) {
  return value === null || value === undefined ? '—' : `${value}%`;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : (many || one + 's')}`;
}

function instanceLink(row) {
  // Cockpit CE shows running instances; an ended one is named only.
  if (row.running) {
    return el('a', { href: `#/process-instance/${encodeURIComponent(row.processInstanceId)}/runtime`,
      class: 'ehc-case-link' }, row.caseReference);
  }
  return el('span', { class: 'ehc-case-ended', title: 'This process has ended' }, row.caseReference);
}

function create(api) {
  const base = `${api.cockpitApi}/plugin/timeliness/${api.engine}`;
  const headers = { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken };

  async function get(path) {
    const response = await fetch(`${base}/${path}`, { credentials: 'same-origin', headers });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || `The server answered ${response.status}.`);
    return body;
  }

  return { get, base };
}

function render(node, { api }) {
  const server = create(api);
  const root = el('section', { class: 'ehc-timeliness', 'data-plugin': 'timeliness' });
  node.appendChild(root);
  let period = {};

  async function load() {
    root.replaceChildren(el('p', { class: 'ehc-loading' }, 'Working out timeliness…'));
    try {
      const query = new URLSearchParams(Object.entries(period).filter(([, v]) => v)).toString();
      const summary = await server.get(`summary${query ? '?' + query : ''}`);
      draw(summary, query);
    } catch (error) {
      root.replaceChildren(el('div', { class: 'alert alert-danger ehc-error' },
        `Timeliness could not be shown: ${error.message}`));
    }
  }

  function draw(s, query) {
    const casesPanel = el('div', { class: 'ehc-cases', 'data-cases': '' });

    async function showCases(measure, label, extra) {
      casesPanel.replaceChildren(el('p', { class: 'ehc-loading' }, `Loading ${label}…`));
      casesPanel.scrollIntoView({ block: 'nearest' });
      const params = new URLSearchParams({ measure, periodStart: s.periodStart, periodEnd: s.periodEnd, ...(extra || {}) });
      try {
        const list = await server.get(`cases?${params}`);
        const rows = list.cases.map(row => el('tr', {},
          el('td', {}, instanceLink(row)),
          el('td', {}, row.dueBy ? day(row.dueBy) : '—'),
          el('td', {}, row.detail || '')));
        casesPanel.replaceChildren(
          el('div', { class: 'ehc-cases-head' },
            el('h4', {}, `${label}: ${plural(list.count, 'case')}`),
            el('button', { type: 'button', class: 'btn btn-default btn-xs', onclick: () => casesPanel.replaceChildren() }, 'Close')),
          list.count === 0 ? el('p', {}, 'No cases.') :
            el('table', { class: 'cam-table ehc-table', 'data-case-list': measure },
              el('thead', {}, el('tr', {}, el('th', {}, 'Case'), el('th', {}, 'Deadline'), el('th', {}, 'Why it counts'))),
              el('tbody', {}, rows)));
      } catch (error) {
        casesPanel.replaceChildren(el('div', { class: 'alert alert-danger' }, error.message));
      }
    }

    // A number that opens the cases behind it.
    function number(measure, value, label, extra) {
      return el('a', { href: '', class: 'ehc-number', 'data-measure': measure, role: 'button',
        title: `Show the cases: ${label}`,
        onclick: event => { event.preventDefault(); showCases(measure, label, extra); } }, String(value));
    }

    function tile(key, title, big, sub, tone) {
      return el('div', { class: `ehc-tile ${tone ? 'ehc-' + tone : ''}`, 'data-tile': key },
        el('div', { class: 'ehc-tile-title' }, title),
        el('div', { class: 'ehc-tile-value', 'data-value': key }, big),
        el('div', { class: 'ehc-tile-sub' }, sub));
    }

    const tone = value => value === null ? '' : value >= 60 ? 'good' : value >= 40 ? 'warn' : 'bad';

    const header = el('div', { class: 'ehc-head' },
      el('h3', {}, 'Timeliness'),
      el('form', { class: 'form-inline ehc-period', onsubmit: event => {
        event.preventDefault();
        period = { periodStart: event.target.periodStart.value, periodEnd: event.target.periodEnd.value };
        load();
      } },
        el('label', {}, 'From ', el('input', { type: 'date', name: 'periodStart', class: 'form-control input-sm', value: s.periodStart })),
        el('label', {}, ' to ', el('input', { type: 'date', name: 'periodEnd', class: 'form-control input-sm', value: s.periodEnd })),
        el('button', { type: 'submit', class: 'btn btn-default btn-sm' }, 'Show'),
        el('a', { class: 'btn btn-link btn-sm', href: `${server.base}/summary.csv${query ? '?' + query : ''}`,
          download: `timeliness-${s.periodStart}-to-${s.periodEnd}.csv` }, 'Download CSV')),
      el('p', { class: 'ehc-caption' },
        `New plans issued ${day(s.periodStart)} to ${day(s.periodEnd)}; open cases as of ${day(s.asOf)}. `
        + 'Click any number for the cases behind it.'));

    const plans = el('div', { class: 'ehc-tiles' },
      tile('percentWithin20Weeks', 'New plans within 20 weeks', pct(s.percentWithin20Weeks),
        el('span', {}, number('plansIssuedWithin20Weeks', s.plansIssuedWithin20Weeks, 'plans issued within 20 weeks'),
          ' of ', number('plansIssued', s.plansIssued, 'new plans issued'), ' plans · ',
          number('plansIssuedLate', s.plansIssued - s.plansIssuedWithin20Weeks, 'plans issued late'), ' late'),
        tone(s.percentWithin20Weeks)),
      tile('percentWithin20WeeksExcludingExceptions', 'Excluding exceptions', pct(s.percentWithin20WeeksExcludingExceptions),
        el('span', {}, `${s.plansIssuedWithin20WeeksExcludingExceptions} of ${s.plansIssuedExcludingExceptions} · `,
          number('plansIssuedWithException', s.plansIssuedWithException, 'plans with a time-limit exception (Week20)'),
          ' with an exception'),
        tone(s.percentWithin20WeeksExcludingExceptions)),
      tile('averageWeeksToIssue', 'Average weeks to issue', s.averageWeeksToIssue === null ? '—' : String(s.averageWeeksToIssue),
        el('span', {}, number('plansIssuedOverOneYear', s.plansIssuedOverOneYear, 'plans issued over a year after the request'),
          ' took over a year'), s.averageWeeksToIssue === null ? '' : s.averageWeeksToIssue <= 20 ? 'good' : 'bad'),
      tile('percentRequestDecisionsWithin6Weeks', 'Request decisions within 6 weeks', pct(s.percentRequestDecisionsWithin6Weeks),
        el('span', {}, number('requestDecisionsWithin6Weeks', s.requestDecisionsWithin6Weeks, 'request decisions within 6 weeks'),
          ' of ', number('requestDecisions', s.requestDecisions, 'request decisions'),
          ' · ', number('requestDecisionsLate', s.requestDecisions - s.requestDecisionsWithin6Weeks, 'request decisions after 6 weeks'), ' late'),
        tone(s.percentRequestDecisionsWithin6Weeks)),
      tile('decisionsNotToAssess', 'Decisions not to assess',
        number('decisionsNotToAssess', s.decisionsNotToAssess, 'decisions not to assess'),
        `${pct(s.percentNotToAssess)} of request decisions`),
      tile('decisionsNotToIssue', 'Decisions not to issue',
        number('decisionsNotToIssue', s.decisionsNotToIssue, 'decisions not to issue a plan'),
        el('span', {}, `${pct(s.percentNotToIssue)} of `, number('issueDecisions', s.issueDecisions, 'decisions whether to issue'),
          ' · ', number('decisionsNotToIssueWithin16Weeks', s.decisionsNotToIssueWithin16Weeks, 'decisions not to issue notified within 16 weeks'),
          ` within 16 weeks (${pct(s.percentDecisionsNotToIssueWithin16Weeks)})`,
          ' · ', number('requestsWithdrawn', s.requestsWithdrawn, 'requests withdrawn'), ' withdrawn')));

    const trend = section('Plans issued within 20 weeks, month by month', trendChart(s.monthlyTrend));

    const weeks = section(`Open assessments by week since the request (${s.openAssessments})`,
      el('div', { class: 'ehc-weeks' }, weekChart(s.openAssessmentsByWeek, (week, label) =>
        showCases(`openAssessmentsWeek${week.replace('+', '')}`, label))),
      el('p', { class: 'ehc-caption' }, 'All open: ', number('openAssessments', s.openAssessments, 'open assessments'),
        '. Week 20 and after (red) has passed the 20-week limit (reg 13(2)).'));

    const risk = section(`Will miss 20 weeks unless something happens in the next 14 days (${s.atRiskCount})`,
      s.atRisk.length === 0 ? el('p', { class: 'ehc-none' }, 'None.') :
        el('table', { class: 'cam-table ehc-table', 'data-table': 'atRisk' },
          el('thead', {}, el('tr', {}, ['Case', 'Week', 'What must happen', 'By', 'Next deadline', '20 weeks end']
            .map(h => el('th', {}, h)))),
          el('tbody', {}, s.atRisk.map(r => el('tr', {},
            el('td', {}, instanceLink({ ...r, running: true })),
            el('td', {}, String(r.weeksSinceRequest)),
            el('td', {}, r.action),
            el('td', { class: r.actBy < s.asOf ? 'ehc-late' : '' }, day(r.actBy)),
            el('td', {}, r.nextStep ? `${STEPS[r.nextStep] || r.nextStep}, ${day(r.nextDeadline)}` : '—'),
            el('td', {}, day(r.finalPlanDueBy)))))),
      el('p', { class: 'ehc-caption' }, 'All of them: ', number('atRisk', s.atRiskCount, 'assessments at risk of missing 20 weeks')));

    const advice = section('Advice returned within 6 weeks, by service (reg 8(1))',
      s.adviceByService.length === 0 ? el('p', { class: 'ehc-none' }, 'No advice fell due in the period.') :
        el('table', { class: 'cam-table ehc-table', 'data-table': 'advice' },
          el('thead', {}, el('tr', {}, ['Service', 'Due', 'On time', 'Late', 'Still awaited', 'On time'].map(h => el('th', {}, h)))),
          el('tbody', {}, s.adviceByService.map(a => el('tr', { 'data-service': a.service },
            el('td', {}, a.serviceName),
            el('td', {}, String(a.due)),
            el('td', {}, number(`adviceOnTime.${a.service}`, a.onTime, `${a.serviceName}: advice on time`)),
            el('td', {}, number(`adviceLate.${a.service}`, a.late, `${a.serviceName}: advice late`)),
            el('td', {}, String(a.awaitedPastDue)),
            el('td', {}, bar(a.percentOnTime)))))));

    const r = s.reviews;
    const reviews = section('Annual reviews and phase transfers', el('div', { class: 'ehc-tiles' },
      tile('reviewsOverdue', 'Reviews overdue', number('reviewsOverdue', r.reviewsOverdue, 'reviews overdue'),
        `of ${r.plansMaintained} plans maintained (CFA s44)`, r.reviewsOverdue > 0 ? 'bad' : 'good'),
      tile('reviewsDueIn30Days', 'Reviews due in 30 days', number('reviewsDueIn30Days', r.reviewsDueIn30Days, 'reviews due in the next 30 days'), 'decision date within 30 days'),
      tile('reviewDecisionsLate', 'Review decisions late', number('reviewDecisionsLate', r.reviewDecisionsLate, 'review decisions late'),
        el('span', {}, 'over 4 weeks after the meeting; of ', number('reviewDecisions', r.reviewDecisions, 'review decisions'), ' made'), r.reviewDecisionsLate > 0 ? 'warn' : ''),
      tile('amendmentsLate', 'Amendments late', number('amendmentsLate', r.amendmentsLate, 'amended plans late'),
        el('span', {}, 'over 8 weeks after the notice (reg 22(3)); of ', number('amendedPlans', r.amendedPlans, 'amended plans issued')), r.amendmentsLate > 0 ? 'warn' : ''),
      tile('phaseTransfersAtRisk', 'Phase transfers at risk', number('phaseTransfersAtRisk', r.phaseTransfersAtRisk, 'phase transfers at risk'),
        `${r.phaseTransfersAtRisk15February} before 15 Feb · ${r.phaseTransfersAtRisk31March} before 31 Mar (reg 18)`, r.phaseTransfersAtRisk > 0 ? 'bad' : '')));

    root.replaceChildren(header, plans, trend, el('div', { class: 'ehc-columns' }, weeks, risk), advice, reviews, casesPanel);
  }

  load();
}

function section(title, ...content) {
  return el('div', { class: 'ehc-section' }, el('h4', {}, title), content);
}

function bar(value) {
  const width = value === null ? 0 : Math.max(0, Math.min(100, value));
  return el('span', { class: 'ehc-bar' },
    el('span', { class: `ehc-bar-fill ${value === null ? '' : value >= 60 ? 'ehc-good' : value >= 40 ? 'ehc-warn' : 'ehc-bad'}`,
      style: `width:${width}%` }),
    el('span', { class: 'ehc-bar-label' }, pct(value)));
}

// Stacked bars (on time / late) per month with the percentage above each bar.
function trendChart(months) {
  const width = 760, height = 220, left = 36, bottom = 36, top = 24;
  // A top of the scale that four gridlines divide into whole numbers.
  const max = Math.max(4, Math.ceil(Math.max(...months.map(m => m.plansIssued)) / 4) * 4);
  const step = (width - left - 8) / months.length, barWidth = step * 0.6;
  const scale = v => (height - bottom - top) * v / max;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'ehc-trend', role: 'img',
    'aria-label': 'New plans issued each month, on time and late' });
  for (let i = 0; i <= 4; i++) {
    const y = height - bottom - (height - bottom - top) * i / 4;
    chart.appendChild(svg('line', { x1: left, x2: width - 4, y1: y, y2: y, class: 'ehc-grid' }));
    chart.appendChild(svg('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'ehc-axis' }, String(max * i / 4)));
  }
  months.forEach((m, i) => {
    const x = left + i * step + (step - barWidth) / 2;
    const onTime = scale(m.plansIssuedWithin20Weeks), late = scale(m.plansIssued - m.plansIssuedWithin20Weeks);
    const base = height - bottom;
    const group = svg('g', { 'data-month': m.month },
      svg('title', {}, `${m.month}: ${m.plansIssued} issued, ${m.plansIssuedWithin20Weeks} within 20 weeks (${pct(m.percentWithin20Weeks)}; excluding exceptions ${pct(m.percentWithin20WeeksExcludingExceptions)})`),
      svg('rect', { x, y: base - onTime, width: barWidth, height: onTime, class: 'ehc-on-time' }),
      svg('rect', { x, y: base - onTime - late, width: barWidth, height: late, class: 'ehc-late-bar' }),
      svg('text', { x: x + barWidth / 2, y: base - onTime - late - 6, 'text-anchor': 'middle', class: 'ehc-bar-value' },
        m.plansIssued ? pct(m.percentWithin20Weeks) : ''));
    const [year, month] = m.month.split('-').map(Number);
    group.appendChild(svg('text', { x: x + barWidth / 2, y: height - bottom + 16, 'text-anchor': 'middle', class: 'ehc-axis' },
      MONTHS[month - 1]));
    if (month === 1 || i === 0) {
      group.appendChild(svg('text', { x: x + barWidth / 2, y: height - bottom + 30, 'text-anchor': 'middle', class: 'ehc-axis' }, String(year)));
    }
    chart.appendChild(group);
  });
  return el('div', { class: 'ehc-chart' }, chart,
    el('div', { class: 'ehc-legend' }, el('span', { class: 'ehc-key ehc-on-time' }), ' within 20 weeks ',
      el('span', { class: 'ehc-key ehc-late-bar' }), ' later · the percentage above each bar includes exceptions'));
}

// One column per week since the request; each opens its cases.
function weekChart(weeks, open) {
  const width = 420, height = 150, bottom = 22, top = 16;
  const max = Math.max(1, ...weeks.map(w => w.count));
  const step = width / weeks.length;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'ehc-week-chart', role: 'img',
    'aria-label': 'Open assessments by week since the request' });
  weeks.forEach((w, i) => {
    const h = (height - bottom - top) * w.count / max;
    const x = i * step + 2;
    const late = w.week === '20+';
    const group = svg('g', { class: 'ehc-week', 'data-week': w.week, tabindex: 0 },
      svg('title', {}, `Week ${w.week}: ${w.count} open`),
      svg('rect', { x, y: height - bottom - h, width: step - 4, height: h, class: late ? 'ehc-late-bar' : 'ehc-open-bar' }),
      svg('text', { x: x + (step - 4) / 2, y: height - bottom - h - 4, 'text-anchor': 'middle', class: 'ehc-bar-value' }, w.count ? String(w.count) : ''),
      svg('text', { x: x + (step - 4) / 2, y: height - 6, 'text-anchor': 'middle', class: 'ehc-axis' }, w.week));
    group.addEventListener('click', () => open(w.week, `open assessments in week ${w.week}`));
    chart.appendChild(group);
  });
  return chart;
}

export default [{
  id: 'ehcflow.timeliness',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render
}];
