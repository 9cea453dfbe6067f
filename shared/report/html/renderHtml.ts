import type { Analysis } from '../../analysis/analysisSchema';
import { ADJUST_NAME, METHOD_NAME } from '../../analysis/format';
import type { ReportContext } from '../buildReport';
import { appendix } from './appendix';
import { type CommentsLimit, commentsSection, FILTER_SCRIPT } from './commentsSection';
import { escapeHtml as e } from './escape';
import { glossary } from './glossary';
import { groupSection } from './groupSection';
import { heatmap } from './heatmap';
import { pageCss } from './page.css';
import { categorySection } from './statisticsSections';
import { profileDetail, topicSections } from './topicSections';
import { trendsSection } from './trendsSection';

function pageOne(a: Analysis, context: ReportContext, title: string): string {
  const survey = a.template ? `${a.template.title} (template version ${a.template.version}) · ` : '';
  const profile = (a.profile ?? []).length
    ? `<p class="meta"><b>Who answered</b></p><ul class="profile">${a.profile!.map((p) => `<li>${e(p.text)}</li>`).join('')}</ul>`
    : '';
  const key = a.findings.filter((f) => f.key);
  const findings = key.length
    ? `<ol class="findings">${key.map((f) => `<li>${e(f.text)}</li>`).join('')}</ol>`
    : '<p>No finding stands out.</p>';
  return `<header><h1>${e(title)}</h1><p class="meta">${e(survey)}${e(context.source)} · analysed ${e(context.generatedAt)} · <b>${a.respondents} respondents</b></p>${profile}</header>
<section><h2>Key findings</h2>${findings}</section>`;
}

/**
 * report.html as one string, a pure function of the analysis: page 1 (title, survey, date, respondents, who
 * answered, key findings), then the caveats, each topic in the form's order, group differences, how answers go
 * together, comments, a glossary and an appendix of tables. The CLI writes it; the add-on can show it in a dialog.
 */
export function renderHtml(a: Analysis, context: ReportContext, options: { comments?: CommentsLimit } = {}): string {
  const title = context.title ?? 'SENCO Time: survey analysis';
  const correlationSentences = a.findings.filter((f) => f.kind === 'correlation').slice(0, 5);
  const links = correlationSentences.length
    ? `<ul class="plain">${correlationSentences.map((f) => `<li>${e(f.text)}</li>`).join('')}</ul>`
    : '<p>No link between two different topics is strong enough (|ρ| ≥ 0.3) and clear enough (adjusted p &lt; .05) to report in words.</p>';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${pageCss(title)}</style></head>
<body><main>
${pageOne(a, context, title)}
<section><h2>Read with care</h2><ul class="caveats">${[...a.caveats, ...a.notes].map((c) => `<li>${e(c)}</li>`).join('')}</ul></section>
<h2>Who answered</h2>${profileDetail(a) || '<p class="note">The survey asked no background questions (phase, role, school size, years in post, LA).</p>'}
<h2>What they said</h2><p class="note">Each question in the form’s order. Percentages are of those who answered it (the base, n). In each bar the lower answers run left of the centre line and the higher ones right.</p>
${topicSections(a)}
${trendsSection(a)}<h2>Differences between groups</h2>${groupSection(a)}${categorySection(a)}
<h2>How answers go together</h2>${links}
<p class="note">${METHOD_NAME[a.options.method]} correlations between every pair of scale and number questions, each over the respondents who answered both; p adjusted with ${ADJUST_NAME[a.options.adjust]}. Blue: both rise together; red: one rises as the other falls. Hover a cell for n and p.</p>
${heatmap(a)}
<h2>Comments</h2>${commentsSection(a, options.comments)}
<h2>Words used in this report</h2>${glossary(a)}
<section class="appendix"><h2>Appendix: the figures</h2>${appendix(a)}</section>
</main>
<script>${FILTER_SCRIPT}</script>
</body></html>
`;
}
