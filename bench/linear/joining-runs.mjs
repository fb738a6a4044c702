/**
 * Long runs of what joins into graphemes (viramas, jamo, selectors, regional indicators,
 * Thai AM), which reading rewrites into forms terminals all draw alike: the cleaning of
 * the built reader, timed in this process (start-up would hide it).
 */

import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const {sanitizeText} = await import(pathToFileURL(path.join(here, '../../dist/corpus/sanitize.js')).href);

const runs = [
	length => `क${'\u094D'.repeat(length)}ष`,
	length => 'प्रधानमंत्री ने कहा '.repeat(Math.ceil(length / 20)),
	length => '\u1161'.repeat(length),
	length => '\u1100\u1161\u11A8'.repeat(Math.ceil(length / 3)),
	length => '❤\uFE0F'.repeat(Math.ceil(length / 2)),
	length => '\u{1F1FA}'.repeat(Math.ceil(length / 2)),
	length => 'กำ'.repeat(Math.ceil(length / 2)),
];

export default {
	name: 'runs of joining characters (reading)',
	unit: 'k characters',
	base: 512,
	setup(_directory, size) {
		const each = Math.floor((size * 1024) / runs.length);
		const text = ['Headline of the joining runs', ...runs.map(run => run(each))].join('\n\n');
		return {
			async run() {
				sanitizeText(text);
			},
		};
	},
};
