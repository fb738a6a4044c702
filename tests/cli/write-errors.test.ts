/**
 * Output that cannot be written: a full disk or a descriptor not open for writing is
 * one line on stderr and exit status 2, never a stack trace; a reader that went away
 * (`| head`) ends the run quietly with status 0.
 */

import {spawn, spawnSync} from 'node:child_process';
import {closeSync, openSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {cliPath} from '../helpers/cli.js';
import {seedsDirectory} from '../helpers/files.js';

/** Runs the CLI with standard output (or error) on `fd`, collecting the other stream. */
function runWithDescriptor(args: readonly string[], fd: number, stream: 'stdout' | 'stderr') {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		stdio: stream === 'stdout' ? ['ignore', fd, 'pipe'] : ['ignore', 'pipe', fd],
		encoding: 'utf8',
		timeout: 15_000,
		env: {...process.env, NO_COLOR: '1'},
	});
	return {status: result.status, other: (stream === 'stdout' ? result.stderr : result.stdout) ?? ''};
}

describe('output that cannot be written', () => {
	test('a full disk: one line and exit status 2', () => {
		const full = openSync('/dev/full', 'w');
		try {
			expect(runWithDescriptor(['list', seedsDirectory], full, 'stdout')).toEqual({
				status: 2,
				other: 'parallax: cannot write the output: no space left on device\n',
			});
			// JSON is written the same way.
			expect(runWithDescriptor(['analyze', '--json', seedsDirectory], full, 'stdout')).toEqual({
				status: 2,
				other: 'parallax: cannot write the output: no space left on device\n',
			});
		} finally {
			closeSync(full);
		}
	});

	test('any other failure too: standard output open only for reading', () => {
		const file = path.join(tmpdir(), `parallax-read-only-${process.pid}.txt`);
		writeFileSync(file, '');
		const readOnly = openSync(file, 'r');
		try {
			expect(runWithDescriptor(['list', seedsDirectory], readOnly, 'stdout')).toEqual({
				status: 2,
				other: 'parallax: cannot write the output: it is not open for writing\n',
			});
		} finally {
			closeSync(readOnly);
			rmSync(file);
		}
	});

	test('standard error on a full disk: exit status 2, since the problems cannot be told', () => {
		const full = openSync('/dev/full', 'w');
		try {
			const result = runWithDescriptor(['list', '/nonexistent/a.txt', seedsDirectory], full, 'stderr');
			expect(result.status).toBe(2);
		} finally {
			closeSync(full);
		}
	});

	test('a reader that stops reading (| head): quiet, status 0', async () => {
		const child = spawn(process.execPath, [cliPath, 'analyze', '--json', seedsDirectory], {
			stdio: ['ignore', 'pipe', 'pipe'],
			timeout: 15_000,
		});
		let stderr = '';
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
			stderr += chunk;
		});
		// Some output read, then the pipe closed, long before the JSON (hundreds of kB) is all written.
		child.stdout.once('data', () => child.stdout.destroy());
		const status = await new Promise<number | null>(resolve => {
			child.on('close', code => {
				resolve(code);
			});
		});
		expect({status, stderr}).toEqual({status: 0, stderr: ''});
	});
});
