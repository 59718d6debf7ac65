import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Build tests share Astro's content cache in the project folder: run test files one at a time.
		fileParallelism: false,
		// The build test builds a fixture site once; give it room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
