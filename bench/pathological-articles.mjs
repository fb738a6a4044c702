/**
 * Articles at the size limit (1 MB, `--max-size`'s default) of the kinds of text that
 * cost the dashboard most, for the benchmarks of issue 21: one paragraph of English
 * with a single non-Latin letter, every line a quotation, a page of numbers, and
 * mixed scripts. Each is deterministic; `bytes` sets the size.
 */

import {writeFileSync} from 'node:fs';
import path from 'node:path';

export const limitBytes = 1024 * 1024;

/** `make(n)` for n = 0, 1, … joined by `joiner`, as many as fit in `bytes` (UTF-8). */
function fill(bytes, joiner, make) {
	const parts = [];
	let size = 0;
	for (let n = 0; ; n++) {
		const part = make(n);
		size += Buffer.byteLength(part) + joiner.length;
		if (size > bytes) break;
		parts.push(part);
	}

	return parts.join(joiner);
}

const sentence = n => `The council said on Tuesday that ${1150 + (n % 97)} people had been moved from the area. `;

export const pathologicalArticles = {
	/** One paragraph of English with one `Б` in its middle (the case of the issue). */
	'one-paragraph': bytes => {
		const text = fill(bytes - 100, '', sentence);
		const middle = Math.floor(text.length / 2);
		return `One paragraph\n\n${text.slice(0, middle)}Б${text.slice(middle)}\n`;
	},
	/** Every line a quotation with its speaker. */
	'quote-lines': bytes =>
		`Every line a quotation\n\n${fill(
			bytes - 100,
			'\n',
			n => `“We moved ${1150 + (n % 89)} people out of the area overnight,” said Mayor Anna Kovalchuk ${n % 50}.`,
		)}\n`,
	/** A page of numbers: figures with units, hundreds of thousands of them. */
	numbers: bytes =>
		`A page of numbers\n\n${fill(
			bytes - 100,
			' ',
			n => `${(n * 37) % 10_000} people, $${(n % 900) + 1} million, ${n % 100} km,`,
		)}\n`,
	/** Cyrillic, Arabic, CJK, Hangul, emoji and combining marks mixed in short paragraphs. */
	'mixed-scripts': bytes =>
		`Mixed scripts\n\n${fill(
			bytes - 100,
			'\n\n',
			n =>
				`Абзац ${n}: Москва заявила, что 1,150 человек эвакуированы. قال المتحدث إن ${n} شخصا غادروا. 北京表示谈判将于周一继续进行。한국어 문장도 있습니다 🎉👩‍👩‍👧🇺🇦 e\u0301 “quoted ${n},” said Ivan Petrenko.`,
		)}\n`,
};

/** Writes each pathological article of `bytes` into `directory`; returns their paths by name. */
export function writePathologicalArticles(directory, bytes = limitBytes) {
	const paths = {};
	for (const [name, make] of Object.entries(pathologicalArticles)) {
		paths[name] = path.join(directory, `${name}.txt`);
		writeFileSync(paths[name], make(bytes));
	}

	return paths;
}
