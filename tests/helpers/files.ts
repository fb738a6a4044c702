import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** Creates a fresh temporary directory holding the given files (paths relative to it). */
export function makeTree(files: Record<string, string | Uint8Array>): string {
	const root = mkdtempSync(path.join(tmpdir(), 'parallax-test-'));
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
