/**
 * JSON-LD blocks (`<script type="application/ld+json">`): the first article-like
 * object (`NewsArticle`, `ReportageNewsArticle`, `Article`, `BlogPosting`…), looked for
 * in arrays and `@graph`, with its headline, authors, dates, publisher and address.
 */

import type {DomDocument} from './dom.js';

export type JsonLdArticle = {
	readonly headline?: string;
	readonly authors?: readonly string[];
	readonly published?: string;
	readonly modified?: string;
	readonly outlet?: string;
	readonly url?: string;
};

type Json = Record<string, unknown>;

const maxObjects = 500;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(object: Json): string[] {
	const type = object['@type'];
	return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

const articleType = /(?:Article|BlogPosting|NewsArticle|Report)$/;

/** Every object in a parsed block, breadth first, at most `maxObjects`. */
function objects(root: unknown): Json[] {
	const found: Json[] = [];
	const queue: unknown[] = [root];
	while (queue.length > 0 && found.length < maxObjects) {
		const value = queue.shift();
		if (Array.isArray(value)) {
			queue.push(...value.slice(0, maxObjects));
		} else if (isObject(value)) {
			found.push(value);
			if (Array.isArray(value['@graph'])) queue.push(...value['@graph'].slice(0, maxObjects));
		}
	}

	return found;
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return text(value[0]);
	if (isObject(value)) return text(value['name'] ?? value['@id'] ?? value['url']);
	return undefined;
}

/** An organisation's name (a publisher given only by its address has none). */
function organisation(value: unknown): string | undefined {
	if (typeof value === 'string') return /^https?:\/\//i.test(value) ? undefined : value;
	if (Array.isArray(value)) return organisation(value[0]);
	return isObject(value) && typeof value['name'] === 'string' ? value['name'] : undefined;
}

function people(value: unknown): string[] | undefined {
	const list = (Array.isArray(value) ? value : [value]).slice(0, 50);
	const found = list
		.map(person => (isObject(person) ? person['name'] : person))
		.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
	return found.length > 0 ? found : undefined;
}

function address(value: unknown): string | undefined {
	const candidate = isObject(value) ? (value['@id'] ?? value['url']) : value;
	return typeof candidate === 'string' && /^https?:\/\//i.test(candidate) ? candidate : undefined;
}

/** The page's article as JSON-LD describes it; empty when it does not. */
export function readJsonLd(document: DomDocument): JsonLdArticle {
	const scripts = document.querySelectorAll('script[type="application/ld+json"]');
	for (let index = 0; index < scripts.length && index < 50; index++) {
		let parsed: unknown;
		try {
			parsed = JSON.parse(scripts[index]!.textContent ?? '');
		} catch {
			continue;
		}

		const article = objects(parsed).find(object => types(object).some(type => articleType.test(type)));
		if (article) {
			return {
				headline: text(article['headline']) ?? text(article['name']),
				authors: people(article['author']),
				published: text(article['datePublished']) ?? text(article['dateCreated']),
				modified: text(article['dateModified']),
				outlet: organisation(article['publisher']) ?? organisation(article['sourceOrganization']),
				url: address(article['url']) ?? address(article['mainEntityOfPage']),
			};
		}
	}

	return {};
}
