import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The build test builds a fixture site once; give it room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 300_000,
	},
});
