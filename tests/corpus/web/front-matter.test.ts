import {describe, expect, test} from 'vitest';
import {splitFrontMatter} from '../../../source/corpus/web/front-matter.js';

describe('front matter', () => {
	test('source, date and url become metadata; the rest is the article', () => {
		const {meta, body} = splitFrontMatter(
			'---\nsource: The Meridian Herald\ndate: 2025-07-28\nurl: https://www.meridianherald.example/world/kursk\n---\nHeadline here\n\nThe story.\n',
		);
		expect(meta).toEqual({
			outlet: {value: 'The Meridian Herald', source: 'front-matter'},
			published: {value: '2025-07-28', source: 'front-matter'},
			url: {value: 'https://www.meridianherald.example/world/kursk', source: 'front-matter'},
		});
		expect(body).toBe('Headline here\n\nThe story.\n');
	});

	test('quotes, CRLF, comments, other names for the fields and a written date', () => {
		const {meta, body} = splitFrontMatter(
			'\uFEFF---\r\n# saved by hand\r\ntitle: "Talks resume"\r\nauthor: A. Writer and B. Writer\r\ndate: 28 July 2025\r\nupdated: 2025-07-29T08:00:00Z\r\ntags: [war]\r\n---\r\nText.',
		);
		expect(meta).toEqual({
			headline: {value: 'Talks resume', source: 'front-matter'},
			authors: {value: ['A. Writer', 'B. Writer'], source: 'front-matter'},
			published: {value: '2025-07-28', source: 'front-matter'},
			modified: {value: '2025-07-29T08:00:00Z', source: 'front-matter'},
		});
		expect(body).toBe('Text.');
	});

	test('a rule followed by prose, an unclosed block or no block leave the text alone', () => {
		for (const text of [
			'---\nThis is a story that starts with a rule.\n---\nMore.',
			'---\nsource: Nowhere\nThe block never closes.',
			'Plain text.\n---\nsource: not front matter\n---\n',
		]) {
			expect(splitFrontMatter(text)).toEqual({meta: undefined, body: text});
		}
	});

	test('control characters in values are removed', () => {
		expect(splitFrontMatter('---\nsource: Bad\u001B[31m Outlet\u0007\n---\nText.').meta).toEqual({
			outlet: {value: 'Bad Outlet', source: 'front-matter'},
		});
	});
});
