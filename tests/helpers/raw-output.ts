/**
 * The built CLI run with its output kept as bytes, and the check that those bytes can
 * do nothing to a terminal: no ESC (but, when styled, the SGR colours Parallax adds),
 * no other C0 control but tab and line feed, no C1 control, no bidirectional mark,
 * embedding, override or isolate, and nothing that is not UTF-8.
 */

import {spawn} from 'node:child_process';
import {expect} from 'vitest';
import {cliPath} from './cli.js';

export type RawResult = {readonly stdout: Buffer; readonly stderr: Buffer; readonly status: number | null};

/** Runs the CLI without blocking this process (a server in the test can answer it). */
export async function runCliRaw(args: readonly string[], options: {env?: NodeJS.ProcessEnv} = {}): Promise<RawResult> {
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: {...process.env, NO_COLOR: '1', ...options.env},
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 20_000,
	});
	const stdout: Buffer[] = [];
	const stderr: Buffer[] = [];
	child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
	const status = await new Promise<number | null>(resolve => {
		child.on('close', code => {
			resolve(code);
		});
	});
	return {stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr), status};
}

// Every character a terminal acts on or that reorders text, but tab and line feed.
const actedOn = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// The colours and attributes of render/ansi.ts.
const ownStyle = /\u001B\[[\d;]*m/g;

/** Fails when `bytes` hold anything a terminal would act on; returns them as text. */
export function expectInert(bytes: Buffer, where: string, options: {styled?: boolean} = {}): string {
	const text = bytes.toString('utf8');
	expect(Buffer.from(text, 'utf8').equals(bytes), `${where}: bytes that are not UTF-8`).toBe(true);
	const checked = options.styled ? text.replaceAll(ownStyle, '') : text;
	const found = actedOn.exec(checked);
	expect(
		found && `U+${found[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${found.index}`,
		`${where}: a raw control`,
	).toBeNull();
	return text;
}
