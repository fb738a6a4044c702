import {spawnSync} from 'node:child_process';
import path from 'node:path';

export const cliPath = path.resolve(import.meta.dirname, '../../dist/cli.js');

export type CliResult = {
	readonly stdout: string;
	readonly stderr: string;
	readonly status: number | null;
};

/** Runs the built CLI as a user would, with stdin from `input` (empty when not given). */
export function runCli(args: readonly string[], options: {input?: string | Uint8Array; cwd?: string} = {}): CliResult {
	const result = spawnSync(process.execPath, [cliPath, ...args], {
		input: options.input ?? '',
		cwd: options.cwd,
		encoding: 'utf8',
		timeout: 15_000,
		env: {...process.env, NO_COLOR: '1'},
	});
	return {stdout: result.stdout, stderr: result.stderr, status: result.status};
}
