/** `parallax figures`: the groups of figures against the articles, differing first. */

import {inDateOrder} from '../render/article-meta.js';
import {shortIds} from '../render/format.js';
import {articleIndex} from '../render/corpus-lookups.js';
import {figureCells, figureGroupsInOrder} from '../render/tables.js';
import {styled} from '../render/ansi.js';
import {type Command, output} from './command.js';
import {tableLines} from './table.js';

export const figuresCommand: Command = {
	name: 'figures',
	summary: 'every group of figures, one column per article, differing groups first',
	usage: 'parallax figures [PATH…] [--differing]',
	options: ['--differing     only the groups whose figures disagree'],
	examples: ['parallax figures --differing', "parallax figures | grep -i 'troops'"],
	flags: ['differing'],
	arguments: [],
	run({analysis, flags, width, terminal, styled: useStyles}) {
		const groups = figureGroupsInOrder(analysis).filter(group => !flags.differing || group.differs);
		if (flags.json) {
			return output(
				groups.map(group => group.id),
				groups.map(group => ({
					...group,
					figures: group.members.map(member => {
						const entry = analysis.articles[articleIndex(analysis, member.article)!]!;
						const figure = entry.figures[member.index]!;
						return {
							article: member.article,
							index: member.index,
							text: entry.article.text.slice(figure.span.start, figure.span.end),
							value: figure.value,
							high: figure.high ?? null,
							unit: figure.unit,
							qualifier: figure.qualifier,
						};
					}),
				})),
			);
		}

		// Sources in publication order when dates are known: a later figure reads as later.
		const ids = inDateOrder(analysis.articles, entry => entry.article).map(entry => entry.article.id);
		const short = shortIds(ids);
		const status = (differs: boolean, spread: number) => (differs ? 'differs' : spread > 1 ? 'agrees' : 'single');
		const lines = tableLines(
			['status', 'figure', ...ids.map(id => (terminal ? short.get(id)! : id))],
			groups.map(group => {
				const cells = figureCells(analysis, group);
				return [
					status(group.differs, new Set(group.members.map(member => member.article)).size),
					group.label,
					...ids.map(id => cells.get(id) ?? ''),
				];
			}),
			{terminal, width, flexible: 1},
		);
		const marked = terminal
			? lines.map((line, index) =>
					index > 0 && groups[index - 1]!.differs ? styled(line, {bold: true, color: 'red'}, useStyles) : line,
				)
			: lines;
		return output(groups.length === 0 ? [] : marked);
	},
};
