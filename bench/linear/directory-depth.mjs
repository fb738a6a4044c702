/**
 * A chain of nested directories with one article at the bottom, listed. The walk once
 * resolved every directory's real path, which reads each level of the path again: cubic
 * in the depth. Paths stop at 4,096 bytes, so 2,000 levels of `d/` is about the deepest
 * tree a path can still name.
 */

import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export default {
	name: 'nested directories (list)',
	unit: 'levels',
	base: 500,
	setup(directory, size) {
		const deepest = path.join(directory, ...Array.from({length: size}, () => 'd'));
		mkdirSync(deepest, {recursive: true});
		writeFileSync(path.join(deepest, 'bottom.txt'), 'Officials said 40 drones were shot down over Kursk on Tuesday.\n');
		return {argv: ['list', directory]};
	},
};
