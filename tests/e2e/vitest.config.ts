import { defineConfig } from 'vitest/config';

/** Browser tests (`npm run test:e2e`): kept out of `npm test`, which must stay fast and browser-free. */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		// One browser, one file, pages checked one after another: the machine has 2 shared cores.
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
