/**
 * Short renderings of figures and groups for status lines, tables and plain output:
 * `>1,150`, `~1,000`, `1–2 km`, and a group across articles:
 * `territory held, km²: 000 >1,150 · 001 ~1,000, >=800 · 004 ~90, >1,000`.
 */

import {unitInfo} from '../analysis/figures/units.js';
import type {ArticleAnalysis, CorpusAnalysis, Figure, FigureGroup} from '../model.js';
import {inDateOrder} from './article-meta.js';

const qualifierSymbols: Record<Figure['qualifier'], string> = {
	exact: '',
	'~': '~',
	'>=': '>=',
	'>': '>',
	'<=': '<=',
	'<': '<',
};

// One formatter: `toLocaleString` builds a new one on every call (a thousand times slower).
const numberFormat = new Intl.NumberFormat('en-US', {maximumFractionDigits: 2});

function formatNumber(value: number): string {
	return numberFormat.format(value);
}

/** A figure's value with its hedge, and its unit when it is not the group's. */
export function formatFigure(figure: Figure, groupUnit?: string): string {
	// A vague figure reads as its magnitude (`many 1,000`); `from 4.8 to 4.7` reads as a move.
	const value =
		figure.high === undefined || figure.vague
			? formatNumber(figure.value)
			: `${formatNumber(figure.value)}${figure.high < figure.value ? '→' : '–'}${formatNumber(figure.high)}`;
	const unit = figure.unit === '' || figure.unit === groupUnit ? '' : ` ${unitInfo(figure.unit).label}`;
	return `${figure.vague ? 'many ' : ''}${qualifierSymbols[figure.qualifier]}${value}${unit}`;
}

/** Short article ids for display: the part before the first `_` when that is unique. */
export function shortIds(ids: readonly string[]): Map<string, string> {
	const short = ids.map(id => id.split('_')[0]!);
	const unique = new Set(short).size === short.length;
	return new Map(ids.map((id, index) => [id, unique ? short[index]! : id]));
}

type ArticleOrder = {
	readonly entries: ReadonlyMap<string, ArticleAnalysis>;
	readonly rank: ReadonlyMap<string, number>;
	readonly ids: ReadonlyMap<string, string>;
};
// Per analysis, once: a group's rows then cost its members, not the corpus (at 20,000
// articles and thousands of groups, sorting the corpus per group took seconds).
const articleOrders = new WeakMap<CorpusAnalysis, ArticleOrder>();

function articleOrder(analysis: CorpusAnalysis): ArticleOrder {
	let order = articleOrders.get(analysis);
	if (!order) {
		const sorted = inDateOrder(analysis.articles, entry => entry.article);
		order = {
			entries: new Map(analysis.articles.map(entry => [entry.article.id, entry])),
			rank: new Map(sorted.map((entry, position) => [entry.article.id, position])),
			ids: shortIds(analysis.articles.map(entry => entry.article.id)),
		};
		articleOrders.set(analysis, order);
	}

	return order;
}

/** The figures of a group in each article that has any, in date order when dates are known, else corpus order. */
export function groupByArticle(analysis: CorpusAnalysis, group: FigureGroup): {article: string; figures: Figure[]}[] {
	const {entries, rank} = articleOrder(analysis);
	const byArticle = new Map<string, Figure[]>();
	for (const member of group.members) {
		const figure = entries.get(member.article)?.figures[member.index];
		if (!figure) continue;
		const figures = byArticle.get(member.article);
		if (figures) figures.push(figure);
		else byArticle.set(member.article, [figure]);
	}

	return [...byArticle]
		.sort(([a], [b]) => rank.get(a)! - rank.get(b)!)
		.map(([article, figures]) => ({article, figures}));
}

/** One line for a group across all articles. */
export function formatGroup(analysis: CorpusAnalysis, group: FigureGroup): string {
	const {ids} = articleOrder(analysis);
	const parts = groupByArticle(analysis, group).map(
		row => `${ids.get(row.article)} ${row.figures.map(figure => formatFigure(figure, group.unit)).join(', ')}`,
	);
	return `${group.label}: ${parts.join(' · ')}`;
}
