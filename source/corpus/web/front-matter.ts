/**
 * A text or Markdown article may start with a small front-matter block naming its
 * source, date and address:
 *
 *     ---
 *     source: The Meridian Herald
 *     date: 2025-07-28
 *     url: https://www.meridianherald.example/world/kursk
 *     ---
 *
 * Only `key: value` lines count; a `---` rule followed by prose is left as text.
 */

import type {ArticleMeta} from '../../model.js';
import {chooseMeta, field} from './clean-meta.js';

const maxLines = 40;

const keys: Record<string, keyof ArticleMeta> = {
	source: 'outlet',
	outlet: 'outlet',
	site: 'outlet',
	publisher: 'outlet',
	title: 'headline',
	headline: 'headline',
	author: 'authors',
	authors: 'authors',
	byline: 'authors',
	date: 'published',
	published: 'published',
	modified: 'modified',
	updated: 'modified',
	url: 'url',
	link: 'url',
	canonical: 'url',
};

/** Drops surrounding quotes, as YAML writes them. */
function unquote(value: string): string {
	const trimmed = value.trim();
	return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

export type FrontMatter = {
	readonly meta: ArticleMeta | undefined;
	/** The text after the block (all of it when there is none). */
	readonly body: string;
};

/** Splits off a leading front-matter block; without one, the text is the body. */
export function splitFrontMatter(content: string): FrontMatter {
	const text = content.replace(/^\uFEFF/, '');
	const opening = /^---[ \t]*\r?\n/.exec(text);
	if (!opening) return {meta: undefined, body: content};
	const lines = text.slice(opening[0].length).split(/\r?\n/, maxLines + 1);
	const end = lines.findIndex(line => /^(?:---|\.\.\.)[ \t]*$/.test(line));
	if (end <= 0) return {meta: undefined, body: content};
	const values: Partial<Record<keyof ArticleMeta, string>> = {};
	for (const line of lines.slice(0, end)) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		const match = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
		if (!match) return {meta: undefined, body: content};
		const name = keys[match[1]!.toLowerCase()];
		if (name && values[name] === undefined) values[name] = unquote(match[2]!);
	}

	let offset = opening[0].length;
	for (const line of lines.slice(0, end + 1)) {
		offset += line.length;
		offset += text.slice(offset).startsWith('\r\n') ? 2 : 1;
	}

	const meta = chooseMeta({
		outlet: [field(values.outlet, 'front-matter')],
		headline: [field(values.headline, 'front-matter')],
		authors: [
			field(
				values.authors
					?.replace(/^\[|\]$/g, '')
					.split(/,|\band\b/)
					.map(name => unquote(name)),
				'front-matter',
			),
		],
		published: [field(values.published, 'front-matter')],
		modified: [field(values.modified, 'front-matter')],
		url: [field(values.url, 'front-matter')],
	});
	return {meta, body: text.slice(offset)};
}
