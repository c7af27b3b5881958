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
    globalSetup: ['tests/build-before-workers.ts'],
    // Vitest's default is one worker fewer than the cores: on a 2-core CI machine, one file at a
    // time, with the other core idle while a test waits on a child process or the disk.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Only a guard against a hung test: speed is measured in tests/bench. Tests that run the CLI
    // several times take ~10 s alone and three times that beside another worker on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
