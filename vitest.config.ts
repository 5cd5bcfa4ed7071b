import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CARNET_VERSION__: JSON.stringify('test') },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
