/** Many sibling directories, one short article in each, listed: the walk's cost per directory. */

import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';

export default {
	name: 'sibling directories (list)',
	unit: 'directories',
	base: 2000,
	setup(directory, size) {
		for (let index = 0; index < size; index++) {
			const folder = path.join(directory, `d${String(index).padStart(6, '0')}`);
			mkdirSync(folder);
			writeFileSync(path.join(folder, 'a.txt'), `Officials said ${index} drones were shot down over Kursk.\n`);
		}

		return {argv: ['list', '--max-articles', String(size), directory]};
	},
};
