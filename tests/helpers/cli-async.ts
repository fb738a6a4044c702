import {spawn} from 'node:child_process';
import {cliPath, type CliResult} from './cli.js';

/**
 * Runs the built CLI without blocking this process, so that a server started by the
 * test can answer it. The environment is added to the test's, with no colour.
 */
export async function runCliAsync(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
	const child = spawn(process.execPath, [cliPath, ...args], {
		env: {...process.env, NO_COLOR: '1', ...env},
		stdio: ['ignore', 'pipe', 'pipe'],
		timeout: 15_000,
	});
	let stdout = '';
	let stderr = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
		stdout += chunk;
	});
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
		stderr += chunk;
	});
	const status = await new Promise<number | null>(resolve => {
		child.on('close', code => {
			resolve(code);
		});
	});
	return {stdout, stderr, status};
}
