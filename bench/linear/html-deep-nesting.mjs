/**
 * Markup nested hundreds of thousands deep: the parse itself was quadratic before the
 * 500-level refusal (300,000 levels: over 120 s). Now the scan before parsing stops at the
 * 501st level, so what remains is decoding the bytes.
 */

import {readPageCase} from './html-paragraphs.mjs';

const story = `<p>${'The talks went on late into the night, officials said. '.repeat(4)}</p>`;

export default readPageCase({
	name: 'markup nested deep (refused)',
	unit: 'levels',
	refused: true,
	base: 300_000,
	html: size => `<!doctype html><html><body>${'<div>'.repeat(size)}${story}${'</div>'.repeat(size)}</body></html>`,
});
