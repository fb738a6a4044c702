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

// One formatter for all: `toLocaleString` with options builds one per call (33 µs, seconds for a corpus's figures).
const numberFormat = new Intl.NumberFormat('en-US', {maximumFractionDigits: 2});

function formatNumber(value: number): string {
	return numberFormat.format(value);
}

/** A figure's value with its hedge, and its unit when it is not the group's. */
export function formatFigure(figure: Figure, groupUnit?: string): string {
	const value =
		figure.high === undefined
			? formatNumber(figure.value)
			: `${formatNumber(figure.value)}–${formatNumber(figure.high)}`;
	const unit = figure.unit === '' || figure.unit === groupUnit ? '' : ` ${unitInfo(figure.unit).label}`;
	return `${figure.vague ? 'many ' : ''}${qualifierSymbols[figure.qualifier]}${value}${unit}`;
}

/** Short article ids for display: the part before the first `_` when that is unique. */
export function shortIds(ids: readonly string[]): Map<string, string> {
	const short = ids.map(id => id.split('_')[0]!);
	const unique = new Set(short).size === short.length;
	return new Map(ids.map((id, index) => [id, unique ? short[index]! : id]));
}

// Each corpus's articles put in date order once, not once per group.
const dateRanks = new WeakMap<
	CorpusAnalysis,
	ReadonlyMap<string, {readonly rank: number; readonly entry: ArticleAnalysis}>
>();

function articlesByDate(analysis: CorpusAnalysis) {
	let ranks = dateRanks.get(analysis);
	if (!ranks) {
		ranks = new Map(
			inDateOrder(analysis.articles, entry => entry.article).map((entry, rank) => [entry.article.id, {rank, entry}]),
		);
		dateRanks.set(analysis, ranks);
	}

	return ranks;
}

/**
 * The figures of a group in each article that has any, in date order when dates are
 * known, else corpus order. Linear in the group's members: a corpus of 20,000
 * articles has groups of thousands.
 */
export function groupByArticle(analysis: CorpusAnalysis, group: FigureGroup): {article: string; figures: Figure[]}[] {
	const ranks = articlesByDate(analysis);
	const rows = new Map<string, {rank: number; article: string; figures: Figure[]}>();
	for (const member of group.members) {
		const found = ranks.get(member.article);
		if (!found) continue;
		let row = rows.get(member.article);
		if (!row) {
			row = {rank: found.rank, article: member.article, figures: []};
			rows.set(member.article, row);
		}

		row.figures.push(found.entry.figures[member.index]!);
	}

	return [...rows.values()].sort((a, b) => a.rank - b.rank).map(({article, figures}) => ({article, figures}));
}

/** One line for a group across all articles. */
export function formatGroup(analysis: CorpusAnalysis, group: FigureGroup): string {
	const ids = shortIds(analysis.articles.map(entry => entry.article.id));
	const parts = groupByArticle(analysis, group).map(
		row => `${ids.get(row.article)} ${row.figures.map(figure => formatFigure(figure, group.unit)).join(', ')}`,
	);
	return `${group.label}: ${parts.join(' · ')}`;
}
