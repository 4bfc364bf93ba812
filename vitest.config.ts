import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Vitest's default is one fork fewer than the cores: one on the 2-core CI machine, where two took the suite from
    // 275 s to 181 s (much of each file's time is waiting on SQLite, child processes and the disk).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    testTimeout: 20000,
  },
});
