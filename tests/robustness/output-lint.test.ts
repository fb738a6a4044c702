/**
 * The gate is structural: ESLint refuses, anywhere in source/ but the writer
 * (commands/print.ts) and the dashboard (ui/), every way of writing to stdout or
 * stderr, and JSON.stringify, so that no future message can forget the gate.
 */

import path from 'node:path';
import {ESLint} from 'eslint';
import {describe, expect, test} from 'vitest';

const repository = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({cwd: repository});

/** The rules that fired for `code` as if it were the file at `file`. */
async function rulesFor(code: string, file: string): Promise<(string | null)[]> {
	const [result] = await eslint.lintText(code, {filePath: path.join(repository, file)});
	return result!.messages.map(message => message.ruleId);
}

const rawOutputs = {
	'process.stdout.write': "process.stdout.write('x');\n",
	'a destructured stderr': "const {stderr} = process;\nstderr.write('x');\n",
	console: "console.error('x');\n",
	'writeSync on a descriptor': "import {writeSync} from 'node:fs';\nwriteSync(2, 'x');\n",
	'JSON.stringify': 'export const text = JSON.stringify({a: 1});\n',
};

describe('ESLint keeps raw output out of source/', () => {
	test.each(Object.entries(rawOutputs))(
		'%s is refused in a command',
		async (_name, code) => {
			const rules = await rulesFor(code, 'source/commands/new-command.ts');
			expect(rules.some(rule => rule === 'no-restricted-syntax' || rule === 'no-console')).toBe(true);
		},
		30_000,
	);

	test('and in the reader', async () => {
		expect(await rulesFor(rawOutputs['process.stdout.write'], 'source/corpus/new-reader.ts')).toContain(
			'no-restricted-syntax',
		);
	}, 30_000);

	test('the writer itself may write', async () => {
		expect(await rulesFor(rawOutputs['process.stdout.write'], 'source/commands/print.ts')).toEqual([]);
	}, 30_000);
});
