import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'coverage/']},
	js.configs.recommended,
	{languageOptions: {globals: globals.node}},
	...tseslint.configs.strict,
	...tseslint.configs.stylistic,
	{
		files: ['**/*.{ts,tsx}'],
		plugins: {'react-hooks': reactHooks},
		languageOptions: {globals: globals.node},
		rules: {
			...reactHooks.configs.recommended.rules,
			'@typescript-eslint/no-non-null-assertion': 'off',
			eqeqeq: 'error',
			'prefer-const': 'error',
			'@typescript-eslint/consistent-type-definitions': ['error', 'type'],
			'@typescript-eslint/consistent-type-imports': 'error',
		},
	},
	{
		// Tests assert on terminal escape sequences.
		files: ['tests/**'],
		rules: {'no-control-regex': 'off'},
	},
	prettier,
);
