/**
 * Every `$ parallax …` example in README, run as written (with `parallax` the built CLI),
 * prints what README shows under it: the examples stay true as the output changes.
 */

import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {cliPath, projectRoot} from '../helpers/terminal.js';

type Example = {readonly command: string; readonly output: string};

/** The examples of README's code blocks: a `$ ` line, then its output up to the next one or the block's end. */
function readmeExamples(): Example[] {
	const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
	const examples: Example[] = [];
	for (const [, block] of readme.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gmu)) {
		let current: {command: string; output: string[]} | undefined;
		for (const line of block!.split('\n').slice(0, -1)) {
			if (line.startsWith('$ ')) {
				if (current) examples.push({command: current.command, output: current.output.join('\n')});
				current = line.startsWith('$ parallax') ? {command: line.slice(2), output: []} : undefined;
			} else current?.output.push(line);
		}

		if (current) examples.push({command: current.command, output: current.output.join('\n')});
	}

	return examples;
}

const examples = readmeExamples();

describe("README's examples print what README says", () => {
	test('there are examples to check', () => {
		expect(examples.length).toBeGreaterThan(5);
	});

	test.each(examples)('$command', ({command, output}) => {
		// The command as a shell runs it, `parallax` being the built CLI; its messages on stderr count too.
		const script = `parallax() { "${process.execPath}" "${cliPath}" "$@"; }\n${command}`;
		let printed: string;
		try {
			printed = execFileSync('sh', ['-c', `${script} 2>&1`], {
				cwd: projectRoot,
				encoding: 'utf8',
				env: {...process.env, NO_COLOR: '1'},
			});
		} catch (error) {
			// A non-zero status is part of some examples (`parallax lsit`): what it printed is still compared.
			printed = (error as {stdout: string}).stdout;
		}

		expect(printed.replace(/\n$/u, '')).toBe(output);
	});
});
