import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/shared/**/*.test.ts',
      'tests/main/**/*.test.ts',
      'tests/renderer/**/*.test.ts',
      'tests/tooling/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
