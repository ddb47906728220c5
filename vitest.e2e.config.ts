import { defineConfig } from 'vitest/config';

// Real Chromium and Firefox with the built extension (dist/chrome, dist/firefox). One browser at a time: the
// machine has 2 cores.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Vitest's default of 1 s is shorter than a redraw after a storage change takes on a busy 2-core machine.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
