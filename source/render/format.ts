/**
 * Short renderings of figures and groups for status lines, tables and plain output:
 * `>1,150`, `~1,000`, `1–2 km`, and a group across articles:
 * `territory held, km²: 000 >1,150 · 001 ~1,000, >=800 · 004 ~90, >1,000`.
 */

import {unitInfo} from '../analysis/figures/units.js';
import type {CorpusAnalysis, Figure, FigureGroup} from '../model.js';
import {inDateOrder} from './article-meta.js';

const qualifierSymbols: Record<Figure['qualifier'], string> = {
	exact: '',
	'~': '~',
	'>=': '>=',
	'>': '>',
	'<=': '<=',
	'<': '<',
};

function formatNumber(value: number): string {
	return value.toLocaleString('en-US', {maximumFractionDigits: 2});
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

/** The figures of a group in each article that has any, in date order when dates are known, else corpus order. */
export function groupByArticle(analysis: CorpusAnalysis, group: FigureGroup): {article: string; figures: Figure[]}[] {
	return inDateOrder(analysis.articles, entry => entry.article)
		.map(entry => ({
			article: entry.article.id,
			figures: group.members
				.filter(member => member.article === entry.article.id)
				.map(member => entry.figures[member.index]!),
		}))
		.filter(row => row.figures.length > 0);
}

/** One line for a group across all articles. */
export function formatGroup(analysis: CorpusAnalysis, group: FigureGroup): string {
	const ids = shortIds(analysis.articles.map(entry => entry.article.id));
	const parts = groupByArticle(analysis, group).map(
		row => `${ids.get(row.article)} ${row.figures.map(figure => formatFigure(figure, group.unit)).join(', ')}`,
	);
	return `${group.label}: ${parts.join(' · ')}`;
}
