import {availableParallelism} from 'node:os';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		setupFiles: ['tests/helpers/setup.ts'],
		testTimeout: 20_000,
		// One test file per core: Vitest's default (one fewer than the cores) ran the suite
		// on one worker on two cores, 196 s; two took it to 114 s.
		maxWorkers: availableParallelism(),
		// Styled frames are compared in component tests: the same colour level everywhere.
		env: {FORCE_COLOR: '1'},
	},
});
