import { availableParallelism } from 'node:os';
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
    // Vitest's default is one worker fewer than the cores: on a 2-core CI machine, one file at a
    // time, with the other core idle while a test waits on a child process or the disk.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
