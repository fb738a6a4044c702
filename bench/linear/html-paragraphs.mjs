/**
 * A page of many paragraphs, like a long read or a live blog. Also the other html-* cases'
 * `readPageCase`: a generated page read as a saved page is, from its bytes to its text, in
 * this process, so that start-up does not hide the ratio (needs `npm run build`).
 */

import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const readPage = pathToFileURL(
	path.join(path.dirname(fileURLToPath(import.meta.url)), '../../dist/corpus/web/read-page.js'),
);

/** A case reading the page `html(size)`, which must be read (or, `refused: true`, refused). */
export function readPageCase({name, unit, base, html, refused = false}) {
	return {
		name,
		unit,
		base,
		async setup(_directory, size) {
			const {pageText} = await import(readPage.href);
			// The HTML reader is loaded on the first page; load it before the timing.
			await pageText(new TextEncoder().encode('<p>warm</p>'), 'text/html');
			const bytes = new TextEncoder().encode(html(size));
			return {
				async run() {
					const page = await pageText(bytes, 'text/html');
					if (page.ok === refused) throw new Error(`${name}: ${page.ok ? 'read' : page.reason}`);
				},
			};
		},
	};
}

const sentence = 'The council said on Tuesday that 1,150 people had been moved from the area. ';

export default readPageCase({
	name: 'page of paragraphs (read)',
	unit: 'paragraphs',
	base: 12_000,
	html: size =>
		`<!doctype html><html><head><title>Paragraphs</title></head><body><article>${Array.from(
			{length: size},
			(_, index) => `<p>${sentence}Number ${index}.</p>\n`,
		).join('')}</article></body></html>`,
});
