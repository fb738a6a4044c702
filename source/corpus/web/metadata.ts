/**
 * A page's own description of itself: JSON-LD (`NewsArticle` and kin), Open Graph and
 * `article:` tags, other meta tags, and the markup (`<link rel=canonical>`, `<title>`,
 * `<time>`, `rel=author`), each field from the best source that has it.
 */

import type {ArticleMeta, MetaField} from '../../model.js';
import {chooseMeta, field, type RawMeta} from './clean-meta.js';
import type {DomDocument} from './dom.js';
import {readJsonLd} from './json-ld.js';

/** Meta tags by lower-case `name` or `property`, first occurrence kept. */
function metaTags(document: DomDocument): Map<string, string> {
	const tags = new Map<string, string>();
	const elements = document.querySelectorAll('meta[content]');
	for (let index = 0; index < elements.length && index < 2000; index++) {
		const element = elements[index]!;
		const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))
			?.trim()
			.toLowerCase();
		const content = element.getAttribute('content');
		if (key && content && !tags.has(key)) tags.set(key, content);
	}

	return tags;
}

/** `https://x.example/a?b` against the page's address; undefined when it is no http(s) URL. */
function absoluteUrl(href: string | undefined | null, base: string | undefined): string | undefined {
	if (!href) return undefined;
	try {
		const url = new URL(href.trim(), base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

const looksLikeUrl = /^(?:https?:)?\/\//i;

function names(value: string | undefined): string[] | undefined {
	if (!value || looksLikeUrl.test(value)) return undefined;
	return value
		.split(/\s*(?:,|;|\band\b)\s*/)
		.map(name => name.replace(/^by\s+/i, ''))
		.filter(Boolean);
}

/** `Headline | Outlet` without ` | Outlet`. */
function withoutOutlet(title: string | undefined, outlet: string | undefined): string | undefined {
	if (!title || !outlet) return title;
	const match = /^(.*\S)\s+[|–—-]\s+(.+)$/.exec(title.trim());
	return match && match[2]!.trim().toLowerCase() === outlet.trim().toLowerCase() ? match[1] : title;
}

/** Everything the page says about itself; `pageUrl` is where it was read from, when known. */
export function readMetadata(document: DomDocument, pageUrl?: string): ArticleMeta | undefined {
	const jsonLd = readJsonLd(document);
	const tags = metaTags(document);
	const tag = (...keys: string[]) => keys.map(key => tags.get(key)).find(value => value?.trim());
	const fromTags = (source: MetaField['source'], ...keys: string[]) => field(tag(...keys), source);

	const outlet = jsonLd.outlet ?? tag('og:site_name') ?? tag('application-name', 'publisher', 'dc.publisher');
	const canonical = absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), pageUrl);
	const ogUrl = absoluteUrl(tag('og:url'), pageUrl);
	const address = canonical ?? jsonLd.url ?? ogUrl ?? absoluteUrl(pageUrl, undefined);
	let host: string | undefined;
	try {
		host = address ? new URL(address).hostname.replace(/^www\./, '') : undefined;
	} catch {
		host = undefined;
	}

	const rawTitle = document.querySelector('title')?.textContent ?? undefined;
	const firstHeading = document.querySelector('article h1, main h1, h1')?.textContent ?? undefined;
	const bylineLinks = [...Array.from(document.querySelectorAll('a[rel~="author"]')).slice(0, 20)].map(
		element => element.textContent ?? '',
	);
	const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;

	const raw: RawMeta = {
		outlet: [
			field(jsonLd.outlet, 'json-ld'),
			fromTags('open-graph', 'og:site_name'),
			fromTags('meta', 'application-name', 'publisher', 'dc.publisher'),
			field(host, 'url'),
		],
		headline: [
			field(jsonLd.headline, 'json-ld'),
			fromTags('open-graph', 'og:title'),
			fromTags('meta', 'twitter:title', 'dc.title', 'title'),
			field(firstHeading, 'html'),
			field(withoutOutlet(rawTitle, outlet), 'html'),
		],
		authors: [
			field(jsonLd.authors, 'json-ld'),
			field(names(tag('article:author')), 'open-graph'),
			field(names(tag('author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl')), 'meta'),
			field(bylineLinks.length > 0 ? bylineLinks : undefined, 'html'),
		],
		published: [
			field(jsonLd.published, 'json-ld'),
			fromTags('open-graph', 'article:published_time', 'og:published_time'),
			fromTags(
				'meta',
				'datepublished',
				'pubdate',
				'publish-date',
				'publishdate',
				'parsely-pub-date',
				'sailthru.date',
				'dc.date',
				'dc.date.issued',
				'dcterms.created',
				'date',
			),
			field(time, 'html'),
		],
		modified: [
			field(jsonLd.modified, 'json-ld'),
			fromTags('open-graph', 'article:modified_time', 'og:updated_time'),
			fromTags('meta', 'datemodified', 'last-modified', 'dcterms.modified'),
		],
		url: [field(canonical, 'html'), field(jsonLd.url, 'json-ld'), field(ogUrl, 'open-graph'), field(pageUrl, 'url')],
	};
	return chooseMeta(raw);
}
