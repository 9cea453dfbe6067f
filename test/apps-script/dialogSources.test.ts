// The rules of docs/apps-script-dialogs.md, checked on the sources and on the built HTML, so that a new dialog
// (or a quick fix to an old one) cannot bring back HTML built from data or inline handlers unnoticed.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const DIST = 'dist/apps-script';
const dialogs = readdirSync('apps-script').filter((f) => f.endsWith('.html'));
const scripts = readdirSync('apps-script/ui').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

beforeAll(() => {
  if (!existsSync(join(DIST, 'Sidebar.html'))) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

describe('dialog sources', () => {
  it('finds the six dialogs, the summary bar and their scripts', () => {
    expect(dialogs.sort()).toEqual([
      'ClipSettings.html',
      'Compare.html',
      'ExportTemplate.html',
      'LeadersSummaryBar.html',
      'NewSurvey.html',
      'Sidebar.html',
      'Welcome.html',
    ]);
    expect(scripts).toEqual(
      expect.arrayContaining([
        'sidebar.ts',
        'newSurvey.ts',
        'clipSettings.ts',
        'exportTemplate.ts',
        'welcome.ts',
        'leadersSummary.ts',
        'compare.ts',
        'serverCall.ts',
        'el.ts',
        'safeLink.ts',
      ]),
    );
  });

  it.each(scripts)('%s sets no URL or handler attribute by name', (file) => {
    const code = readFileSync(join('apps-script/ui', file), 'utf8');
    expect(code).not.toMatch(/setAttribute\(\s*['"`](on|href|src)/i);
    if (file !== 'safeLink.ts') expect(code).not.toMatch(/\.href\s*=/);
  });

  it.each(scripts.filter((f) => f !== 'serverCall.ts'))('%s reaches the server only through serverCall', (file) => {
    expect(readFileSync(join('apps-script/ui', file), 'utf8')).not.toMatch(/google\.script/);
  });
});

describe.each(dialogs)('built %s', (file) => {
  const html = () => readFileSync(join(DIST, file), 'utf8');

  it('is one file: the shared stylesheet and one bundled script inlined, nothing loaded', () => {
    expect(html().match(/<style>/g)).toHaveLength(1);
    expect(html().match(/<script>/g)).toHaveLength(1);
    expect(html()).not.toMatch(/<link|<script src/);
    // The summary's bar goes over a page with its own stylesheet, so it brings only the bar's rules.
    expect(html()).toContain(file === 'LeadersSummaryBar.html' ? '.dialog-bar{position:sticky' : '.cols{max-height:180px');
  });

  it('has a script that parses no HTML (types aside: this is the bundled code)', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html())![1];
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc/);
  });

  it('has no inline event-handler attributes', () => {
    const markup = html().replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>/g, '');
    expect(markup).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
  });
});
