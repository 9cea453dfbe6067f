import { describe, expect, it } from 'vitest';
import { analyse } from '../../analysis/analyse';
import { escapeHtml } from './escape';
import { cssString } from './page.css';
import { renderHtml } from './renderHtml';

const EVIL = `<img src=x onerror="alert('x')">&`;

describe('renderHtml', () => {
  // Every text a respondent or an organiser wrote: headers, answers, group names, comments, the title, the source.
  const table = [
    [`Stress ${EVIL} (1–5)`, `Phase ${EVIL}`, 'Valued (1–5)', `Any comments? ${EVIL}`],
    ...Array.from({ length: 20 }, (_, i) => [
      1 + (i % 5),
      i % 2 ? `Primary ${EVIL}` : 'Secondary',
      5 - (i % 5),
      i < 3 ? `I said ${EVIL}` : i < 6 ? 'N/A' : `Answer number ${i}: ${EVIL}`,
    ]),
  ];
  const r = analyse(table);
  if (!r.ok) throw new Error(r.message);
  const html = renderHtml(r.analysis, { source: `file ${EVIL}.csv`, generatedAt: '1 December 2026', title: `Title ${EVIL}</style>` });

  it('escapes every text and attribute: no tag, attribute or script from the data survives', () => {
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onerror="');
    expect(html).toContain(escapeHtml(EVIL));
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('groups identical comments and leaves "N/A" out of the list', () => {
    expect(html).toContain(`${escapeHtml(`I said ${EVIL}`)} <span class="times">× 3</span>`);
    expect(html).toContain('3 said nothing');
    expect(html).not.toContain('<li>N/A');
  });

  it("shows at most the comments asked for, the most often given first, with the caller's note escaped", () => {
    // The table above: "I said …" 3 times, "N/A" 3 times, then "Answer number 6" to "Answer number 19" once each.
    const capped = renderHtml(r.analysis, { source: 'a.csv', generatedAt: 'today' }, { comments: { max: 2, note: `Only 2 <shown>` } });
    expect(capped).toContain(`${escapeHtml(`I said ${EVIL}`)} <span class="times">× 3</span>`);
    expect(capped).toContain(escapeHtml(`Answer number 6: ${EVIL}`));
    expect(capped).not.toContain(escapeHtml(`Answer number 7: ${EVIL}`));
    expect(capped).toContain('<p class="note">Only 2 &lt;shown&gt;</p>');
    // The summary still counts every answer (20 given, 15 different).
    expect(capped).toContain('20 answers: 15 different');
    const full = renderHtml(r.analysis, { source: 'a.csv', generatedAt: 'today' });
    expect(full).toContain(escapeHtml(`Answer number 19: ${EVIL}`));
    expect(full).not.toContain('Only 2');
  });

  it('is a pure function of the analysis: the same input gives the same page', () => {
    expect(renderHtml(r.analysis, { source: 'a.csv', generatedAt: 'today' })).toBe(
      renderHtml(r.analysis, { source: 'a.csv', generatedAt: 'today' }),
    );
  });
});

describe('cssString', () => {
  it('cannot close the string or the style element', () => {
    expect(cssString('A "quoted" </style> title')).toBe('"A \\22 quoted\\22  \\3c \\2f style\\3e  title"');
  });
});

describe('escapeHtml', () => {
  it('escapes & < > " and \'', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
