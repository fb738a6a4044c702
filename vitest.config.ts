import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		setupFiles: ['tests/helpers/setup.ts'],
		testTimeout: 20_000,
		// Styled frames are compared in component tests: the same colour level everywhere.
		env: {FORCE_COLOR: '1'},
	},
});
