import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two fast layers: pure unit tests in node, and page-reader / UI tests in happy-dom.
// The end-to-end layer (real Chromium) has its own config: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [preact()],
  define: { __SELGE_TARGET__: JSON.stringify('chrome') },
  test: {
    // Some tests start a Node process, read the whole labelled corpus or run thousands of fuzzed strings:
    // seconds on a quiet machine, past vitest's default 5 s on a busy shared one (issue 19: cli, prefilter and
    // fuzz tests timed out while other builds ran). How long they take is the bench's figure, not a test.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/**/*.dom.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/**/*.dom.test.{ts,tsx}'],
        },
      },
    ],
  },
});
