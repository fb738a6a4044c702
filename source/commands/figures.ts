/** `parallax figures`: the groups of figures against the articles, differing first. */

import {inDateOrder} from '../render/article-meta.js';
import {shortIds} from '../render/format.js';
import {figureRows} from '../render/tables.js';
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
		const rows = figureRows(analysis).filter(row => !flags.differing || row.group.differs);
		if (flags.json) {
			return output(
				rows.map(row => row.group.id),
				rows.map(({group}) => ({
					...group,
					figures: group.members.map(member => {
						const entry = analysis.articles.find(candidate => candidate.article.id === member.article)!;
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
			rows.map(({group, cells}) => [
				status(group.differs, new Set(group.members.map(member => member.article)).size),
				group.label,
				...ids.map(id => cells.get(id) ?? ''),
			]),
			{terminal, width, flexible: 1},
		);
		const marked = terminal
			? lines.map((line, index) =>
					index > 0 && rows[index - 1]!.group.differs ? styled(line, {bold: true, color: 'red'}, useStyles) : line,
				)
			: lines;
		return output(rows.length === 0 ? [] : marked);
	},
};
