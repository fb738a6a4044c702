/**
 * The rows of the article list: id, date and outlet, title, counts, and whether the
 * article holds a disputed figure. Worked out in steps: 20,000 articles and their
 * figures are a noticeable fraction of a second.
 */

import type {CorpusAnalysis} from '../model.js';
import {dateAndOutlet} from '../render/article-meta.js';
import {disputedGroups, lookupSteps} from '../render/corpus-lookups.js';
import type {Steps} from '../steps.js';
import type {ArticleListItem} from './components/article-list.js';

/** Articles (and their figures) gone through between two steps. */
const itemsPerStep = 2048;

export function* listItemSteps(analysis: CorpusAnalysis, ids: ReadonlyMap<string, string>): Steps<ArticleListItem[]> {
	yield* lookupSteps(analysis);
	const disputed = disputedGroups(analysis);
	let work = 0;
	const items: ArticleListItem[] = [];
	for (const entry of analysis.articles) {
		items.push({
			id: ids.get(entry.article.id)!,
			title: entry.article.title,
			source: dateAndOutlet(entry.article),
			quotes: entry.quotes.length,
			figures: entry.figures.length,
			differs: entry.figures.some(figure => figure.group !== undefined && disputed.has(figure.group)),
		});
		work += 1 + entry.figures.length;
		if (work >= itemsPerStep) {
			work = 0;
			yield items.length / analysis.articles.length;
		}
	}

	return items;
}
