// End-to-end tests in a real Chromium against the built app (`npm run test:e2e`).
// Kept apart from vite.config.ts so none of the jsdom unit-test setup leaks in.
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.e2e.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // One browser at a time: CI machines have two cores, and timings get flaky beyond that.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
