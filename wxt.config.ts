import { defineConfig } from 'wxt';

/** shared/ folders only the survey analysis uses: the extension's bundles never load them. */
export const SURVEY_ONLY_SHARED = ['analysis', 'csv', 'options', 'report', 'sheets', 'stats', 'survey', 'templates', 'util'];

// The SENCO Time clipper. srcDir keeps entrypoints in extension/entrypoints; auto-imports are off so that the
// project's own tsconfig type-checks the extension like every other folder.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  imports: false,
  // Firefox's reviewers rebuild the extension from the sources zip (docs/store-listing.md): it holds what
  // `npm install && npx wxt build -b firefox` needs (extension/, the shared/ folders the extension imports, public/)
  // and leaves out the add-on, the CLI and the survey engine, tests, fixtures, examples and build output, which the
  // extension never uses (a test lists the shared/ folders its bundles load).
  zip: {
    excludeSources: [
      'dist/**',
      'analysis/**',
      'test/**',
      'examples/**',
      'bench/**',
      'apps-script/**',
      'docs/**',
      'cli/**',
      ...SURVEY_ONLY_SHARED.map((folder) => `shared/${folder}/**`),
      '**/*.test.ts',
      '.clasp*.json',
    ],
    includeSources: ['docs/store-listing.md'],
  },
  manifest: ({ mode }) => ({
    name: 'SENCO Time clipper',
    description:
      'Clip EHCP admin tasks from local-authority portals into your school’s SENCO workload tracker. Pupil names never leave the page.',
    permissions: ['activeTab', 'contextMenus', 'storage', 'scripting', 'alarms'],
    // Only Google's web-app hosts; development builds may also reach a tracker served on this machine for tests.
    host_permissions: [
      'https://script.google.com/*',
      'https://script.googleusercontent.com/*',
      // The store screenshots' portal page is served on 127.0.0.1 under this fictional LA's name (test/extension/):
      // a clip dispatched by the test, not by a click, has no activeTab grant, so the test build lists the host.
      ...(mode === 'development' || process.env.SENCO_LOOPBACK === '1' ? ['http://127.0.0.1/*', 'http://portal.example-la.gov.uk/*'] : []),
    ],
    commands: {
      'quick-clip': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Clip the selection to the workload tracker at once, with the best guesses',
      },
    },
    // Firefox asks new add-ons to declare what they collect: nothing leaves except to the user's own tracker.
    browser_specific_settings: {
      gecko: { id: 'senco-time-clipper@senco-time.example', data_collection_permissions: { required: ['none'] } },
    },
  }),
});
