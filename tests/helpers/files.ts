import {chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** Every tree made in this test process, removed when it ends (a test that fails leaves none either). */
const trees: string[] = [];
process.once('exit', () => {
	for (const root of trees) {
		try {
			// A test may have taken the permissions away to make a file unreadable.
			chmodSync(root, 0o700);
			rmSync(root, {recursive: true, force: true});
		} catch {
			// Already removed by its test.
		}
	}
});

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
