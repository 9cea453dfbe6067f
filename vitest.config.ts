import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'shared/**/*.test.ts',
            'cli/**/*.test.ts',
            'apps-script/**/*.test.ts',
            'test/**/*.test.ts',
            'examples/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
      // The extension's unit tests: WXT's plugin resolves wxt/* imports and swaps `browser` for fakeBrowser.
      { extends: true, plugins: [WxtVitest()], test: { name: 'extension', include: ['extension/**/*.test.ts'] } },
    ],
  },
});
