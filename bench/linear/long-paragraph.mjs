/** One long paragraph of English with a single Cyrillic letter in it, compared with itself. */

import {writeFileSync} from 'node:fs';
import path from 'node:path';

const sentence = 'The council said on Tuesday that 1,150 people had been moved from the area. ';

export default {
	name: 'one paragraph with one Б (compare)',
	unit: 'kB',
	base: 64,
	setup(directory, size) {
		const text = sentence.repeat(Math.ceil((size * 1024) / sentence.length)).slice(0, size * 1024);
		const body = `Headline\n\n${text.slice(0, text.length / 2)}Б${text.slice(text.length / 2)}\n`;
		writeFileSync(path.join(directory, 'a.txt'), body);
		writeFileSync(path.join(directory, 'b.txt'), body.replace('Headline', 'Other headline'));
		return {
			argv: ['compare', 'a', 'b', path.join(directory, 'a.txt'), path.join(directory, 'b.txt'), '--width', '160'],
		};
	},
};
