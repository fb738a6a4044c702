/** One paragraph of inline `<span>`s: reading its text once walked linkedom's childNodes per child. */

import {readPageCase} from './html-paragraphs.mjs';

export default readPageCase({
	name: 'page of inline spans (read)',
	unit: 'spans',
	base: 16_000,
	html: size =>
		`<!doctype html><html><head><title>Spans</title></head><body><article><p>${Array.from(
			{length: size},
			(_, index) => `<span>word ${index} </span>`,
		).join('')}</p></article></body></html>`,
});
