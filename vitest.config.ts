import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CARNET_VERSION__: JSON.stringify('test') },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // Vitest keeps one core free by default, which on the 2-core machines CI uses means one
    // file at a time; the test run is all the machine does, so every core runs a file.
    maxWorkers: Math.max(availableParallelism(), 2),
  },
});
