import {expect, test, vi} from 'vitest';
import {pageText} from '../../../source/corpus/web/read-page.js';

// Readability failing inside, as it did on pages it was given no document for.
vi.mock('@mozilla/readability', () => ({
	Readability: class {
		parse(): never {
			throw new TypeError("Cannot read properties of null (reading 'tagName')\n    at _grabArticle");
		}
	},
}));

test('a failure inside the HTML reader is said to be one, its own words last and on one line', async () => {
	const page = `<!doctype html><html><body><p>${'The talks went on late into the night. '.repeat(5)}</p></body></html>`;
	expect(await pageText(new TextEncoder().encode(page), 'text/html')).toEqual({
		ok: false,
		reason:
			"cannot be read as a page (the HTML reader failed: Cannot read properties of null (reading 'tagName') at _grabArticle)",
	});
});
