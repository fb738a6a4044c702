import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const throughPrint =
	'write through commands/print.ts (print, printJson, printMessage…), which passes the terminal gate';
/** Writes to a stream or a file descriptor: `process.stdout.write`, `stderr.write`, `writeSync(1, …)`. */
const rawWrites = [
	{
		selector: 'CallExpression[callee.property.name=/^(write|writeSync|end)$/]',
		message: `No raw writes: ${throughPrint}.`,
	},
	{selector: 'CallExpression[callee.name=/^(write|writeSync)$/]', message: `No raw writes: ${throughPrint}.`},
];
const rawJson = {
	selector: "MemberExpression[object.name='JSON'][property.name='stringify']",
	message: `JSON.stringify leaves C1 and bidirectional characters raw: use printJson or jsonText (render/terminal-output.ts).`,
};

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
		// Nothing reaches a terminal raw: outside the dashboard (where Ink owns the screen),
		// only commands/print.ts writes to stdout and stderr, and only the terminal gate
		// turns values into JSON. See render/terminal-output.ts.
		files: ['source/**/*.{ts,tsx}'],
		ignores: ['source/ui/**', 'source/commands/print.ts', 'source/render/terminal-output.ts'],
		rules: {
			'no-console': 'error',
			'no-restricted-syntax': ['error', ...rawWrites, rawJson],
		},
	},
	{
		// The page cache writes its JSON to a file of its own, never to a terminal.
		files: ['source/corpus/web/page-cache.ts'],
		rules: {'no-restricted-syntax': ['error', ...rawWrites]},
	},
	{
		// Tests assert on terminal escape sequences.
		files: ['tests/**'],
		rules: {'no-control-regex': 'off'},
	},
	prettier,
);
