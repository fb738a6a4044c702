/**
 * Metadata strings come from pages and files like the text does, so they get the same
 * hygiene: no control characters or escape sequences, one line, a sensible length.
 */

import type {ArticleMeta, MetaField, MetaSource} from '../../model.js';
import {sanitizeText} from '../sanitize.js';

/** Longest metadata string kept; an outlet or headline is far shorter. */
const maxLength = 300;

/** One clean line, or undefined when nothing is left. */
export function cleanLine(raw: string | undefined): string | undefined {
	if (raw === undefined) return undefined;
	const line = sanitizeText(raw).replaceAll(/\s+/g, ' ').trim();
	if (line === '') return undefined;
	return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

const isoDate = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date or time as written (`2025-07-28T09:15:00+03:00`), or another
 * written date (`28 July 2025`) as its day (`2025-07-28`); undefined when it is no date.
 */
export function cleanDate(raw: string | undefined): string | undefined {
	const line = cleanLine(raw);
	if (line === undefined) return undefined;
	if (isoDate.test(line)) {
		return Number.isNaN(Date.parse(line.replace(' ', 'T'))) ? undefined : line.replace(' ', 'T');
	}

	const time = Date.parse(line);
	if (Number.isNaN(time) || !/\d{4}/.test(line)) return undefined;
	const date = new Date(time);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Raw candidate values for each field, best first, before cleaning. */
export type RawMeta = {
	readonly outlet?: readonly (MetaField | undefined)[];
	readonly headline?: readonly (MetaField | undefined)[];
	readonly authors?: readonly (MetaField<readonly string[]> | undefined)[];
	readonly published?: readonly (MetaField | undefined)[];
	readonly modified?: readonly (MetaField | undefined)[];
	readonly url?: readonly (MetaField | undefined)[];
};

function firstClean(
	candidates: readonly (MetaField | undefined)[] | undefined,
	clean: (raw: string) => string | undefined,
): MetaField | undefined {
	for (const candidate of candidates ?? []) {
		const value = candidate ? clean(candidate.value) : undefined;
		if (value !== undefined) return {value, source: candidate!.source};
	}

	return undefined;
}

function firstAuthors(
	candidates: readonly (MetaField<readonly string[]> | undefined)[] | undefined,
): MetaField<readonly string[]> | undefined {
	for (const candidate of candidates ?? []) {
		const names = [
			...new Set((candidate?.value ?? []).map(name => cleanLine(name)).filter(name => name !== undefined)),
		];
		if (names.length > 0) return {value: names.slice(0, 20), source: candidate!.source};
	}

	return undefined;
}

/** The first clean candidate of each field; undefined when no field is known. */
export function chooseMeta(raw: RawMeta): ArticleMeta | undefined {
	const meta: Record<string, MetaField<unknown>> = {};
	const set = (name: keyof ArticleMeta, field: MetaField<unknown> | undefined) => {
		if (field) meta[name] = field;
	};

	set('outlet', firstClean(raw.outlet, cleanLine));
	set('headline', firstClean(raw.headline, cleanLine));
	set('authors', firstAuthors(raw.authors));
	set('published', firstClean(raw.published, cleanDate));
	set('modified', firstClean(raw.modified, cleanDate));
	set('url', firstClean(raw.url, cleanLine));
	return Object.keys(meta).length > 0 ? (meta as ArticleMeta) : undefined;
}

/** A field from a known source, or undefined when the value is missing. */
export function field<Value>(value: Value | undefined, source: MetaSource): MetaField<Value> | undefined {
	return value === undefined ? undefined : {value, source};
}
