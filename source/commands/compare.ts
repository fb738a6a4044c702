/**
 * `parallax compare A B`: two articles side by side as plain text, at the terminal's
 * width or `--width`. On a colour terminal the highlights are colours as in the
 * dashboard; in a pipe they are markers: figures in brackets, `[≠…]` where the other
 * article disagrees and `[=…]` where it agrees.
 */

import type {ArticleAnalysis, CorpusAnalysis} from '../model.js';
import {segmentsToAnsi, styled} from '../render/ansi.js';
import {figureStatuses, articleHighlights} from '../render/highlights.js';
import {layoutArticle, wrapRange} from '../render/layout.js';
import {toSegments} from '../render/segments.js';
import {columns, fitToWidth, padToWidth} from '../render/text-width.js';
import {formatFigure} from '../render/format.js';
import {type Command, output, UsageError} from './command.js';
import {resolveArticle} from './resolve.js';

const separator = ' │ ';

/** The article's text with each figure in brackets marked by its status: markers for a pipe. */
function markedText(analysis: CorpusAnalysis, entry: ArticleAnalysis, other: ArticleAnalysis): string[] {
	const statuses = figureStatuses(analysis, entry, other);
	const {text} = entry.article;
	const insertions = entry.figures
		.map((figure, index) => ({figure, status: statuses[index]!}))
		.sort((a, b) => a.figure.span.start - b.figure.span.start);
	// Pieces joined once per paragraph, in one pass over the figures in text order: a
	// paragraph of thousands of figures costs its length, not its length times theirs.
	let next = 0;
	return entry.article.paragraphs.map(paragraph => {
		const pieces: string[] = [];
		let at = paragraph.start;
		while (next < insertions.length && insertions[next]!.figure.span.start < paragraph.end) {
			const {figure, status} = insertions[next++]!;
			if (figure.span.start < at || figure.span.end > paragraph.end) continue;
			const marker = status === 'differs' ? '≠' : status === 'agrees' ? '=' : '';
			pieces.push(text.slice(at, figure.span.start), `[${marker}`, text.slice(figure.span.start, figure.span.end), ']');
			at = figure.span.end;
		}

		pieces.push(text.slice(at, paragraph.end));
		return pieces.join('');
	});
}

/** One side as lines of exactly `width` columns. */
function sideLines(
	analysis: CorpusAnalysis,
	entry: ArticleAnalysis,
	other: ArticleAnalysis,
	width: number,
	useStyles: boolean,
	colour: boolean,
): string[] {
	const title = padToWidth(fitToWidth(`${entry.article.id}  ${entry.article.title}`, width), width);
	const lines = [styled(title, {bold: true}, useStyles), ' '.repeat(width)];
	if (useStyles) {
		const highlights = articleHighlights(analysis, entry, other);
		for (const line of layoutArticle(entry.article, width)) {
			if (line.kind === 'text') {
				const segments = toSegments(entry.article.text, line.start, line.end, highlights);
				const shown = entry.article.text.slice(line.start, line.end);
				lines.push(segmentsToAnsi(segments, colour) + ' '.repeat(Math.max(0, width - columns(shown))));
			} else {
				lines.push(padToWidth(line.kind === 'furniture' ? line.text : '', width));
			}
		}

		return lines;
	}

	for (const [index, paragraph] of markedText(analysis, entry, other).entries()) {
		if (index > 0) lines.push(' '.repeat(width));
		for (const range of wrapRange(paragraph, {start: 0, end: paragraph.length}, width)) {
			lines.push(padToWidth(paragraph.slice(range.start, range.end), width));
		}
	}

	return lines;
}

export const compareCommand: Command = {
	name: 'compare',
	summary: 'two articles side by side as text, figures and quotations marked',
	usage: 'parallax compare A B [PATH…] [--width N]',
	options: ['--width N       columns to use, 20 to 1,000 (default: the terminal width, 100 in a pipe)'],
	examples: ['parallax compare 000 001', 'parallax compare 001 004 --width 160 | less -R'],
	flags: ['width'],
	arguments: ['A', 'B'],
	run({analysis, flags, arguments: [first, second], width, styled: useStyles}) {
		const left = analysis.articles[resolveArticle(analysis, first!)]!;
		const right = analysis.articles[resolveArticle(analysis, second!)]!;
		if (flags.json) {
			const shared = analysis.groups.filter(group => {
				const articles = new Set(group.members.map(member => member.article));
				return articles.has(left.article.id) && articles.has(right.article.id);
			});
			return output(['compared'], {
				left: {id: left.article.id, title: left.article.title},
				right: {id: right.article.id, title: right.article.title},
				groups: shared.map(group => ({
					id: group.id,
					label: group.label,
					left: group.members
						.filter(m => m.article === left.article.id)
						.map(m => formatFigure(left.figures[m.index]!, group.unit)),
					right: group.members
						.filter(m => m.article === right.article.id)
						.map(m => formatFigure(right.figures[m.index]!, group.unit)),
					differs: figureStatuses(analysis, left, right).some(
						(status, index) => status === 'differs' && left.figures[index]!.group === group.id,
					),
				})),
			});
		}

		// `--width` is checked when read; a terminal can still be narrower.
		if (width < 20) {
			throw new UsageError(`${width} columns are too narrow for two columns (at least 20: --width sets it)`);
		}

		const side = Math.floor((width - separator.length) / 2);
		const a = sideLines(analysis, left, right, side, useStyles, useStyles);
		const b = sideLines(analysis, right, left, side, useStyles, useStyles);
		const blank = ' '.repeat(side);
		const rows = Array.from({length: Math.max(a.length, b.length)}, (_, index) =>
			`${a[index] ?? blank}${separator}${b[index] ?? blank}`.trimEnd(),
		);
		return output(rows);
	},
};
