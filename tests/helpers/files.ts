import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** Every tree made in this test file, removed after it (a test that fails leaves none either). */
const trees: string[] = [];

/** Removes the trees made so far; run after each test file (tests/helpers/setup.ts) and at exit. */
export function removeTrees(): void {
	for (const root of trees.splice(0)) {
		try {
			// A test may have taken the permissions away to make a file unreadable.
			chmodSync(root, 0o700);
			rmSync(root, {recursive: true, force: true});
		} catch {
			// Already removed by its test.
		}
	}
}

// Vitest may end its workers without an `exit` event, so the setup file's `afterAll` is the sure way.
process.once('exit', removeTrees);

/** Creates a fresh temporary directory holding the given files (paths relative to it), removed when the tests end. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
	const root = mkdtempSync(path.join(tmpdir(), 'parallax-test-'));
	trees.push(root);
	for (const [name, content] of Object.entries(files)) {
		const file = path.join(root, name);
		mkdirSync(path.dirname(file), {recursive: true});
		writeFileSync(file, content);
	}

	return root;
}

export const seedsDirectory = path.resolve(import.meta.dirname, '../../seeds');

export function seedPath(id: string): string {
	return path.join(seedsDirectory, `${id}.txt`);
}
