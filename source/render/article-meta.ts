/**
 * An article's outlet and date for display, and articles in date order: the figures
 * view lines sources up by when they were published, so that a figure a year later
 * reads as later, not as a contradiction.
 */

import type {Article} from '../model.js';

/** When the article was published, as a time to sort by; undefined when unknown. */
export function publishedTime(article: Article): number | undefined {
	const value = article.meta?.published?.value;
	if (value === undefined) return undefined;
	const time = Date.parse(value);
	return Number.isNaN(time) ? undefined : time;
}

/** The publication day as written by the page (`2025-07-28`). */
export function shortDate(article: Article): string | undefined {
	return article.meta?.published?.value.slice(0, 10);
}

/** `2025-07-28 · The Meridian Herald`, either part alone, or `''`: the date first, as it is short and what a comparison needs. */
export function dateAndOutlet(article: Article): string {
	return [shortDate(article), article.meta?.outlet?.value].filter(Boolean).join(' · ');
}

/**
 * Items in publication order: dated articles first, oldest first, then the undated
 * ones in the order given. Without any dates the order is unchanged.
 */
export function inDateOrder<Item>(items: readonly Item[], articleOf: (item: Item) => Article): Item[] {
	const keyed = items.map((item, order) => ({item, order, time: publishedTime(articleOf(item))}));
	return keyed
		.sort((a, b) => {
			if (a.time !== undefined && b.time !== undefined) return a.time - b.time || a.order - b.order;
			if (a.time !== undefined) return -1;
			if (b.time !== undefined) return 1;
			return a.order - b.order;
		})
		.map(({item}) => item);
}
