/** `parallax list`: one line per article with its counts. */

import type {CorpusAnalysis} from '../model.js';
import {type Command, output} from './command.js';
import {tableLines} from './table.js';

/** Groups that disagree and span more than one article. */
export function disputedGroups(analysis: CorpusAnalysis): Set<string> {
	return new Set(
		analysis.groups
			.filter(group => group.differs && new Set(group.members.map(member => member.article)).size > 1)
			.map(group => group.id),
	);
}

export const listCommand: Command = {
	name: 'list',
	summary: 'one line per article: id, title, quotes, figures, differing figures',
	usage: 'parallax list [PATH…]',
	options: [],
	examples: [
		'parallax list seeds/',
		"parallax list | awk -F'\\t' '$5 > 0 {print $1}'    # articles with disputed figures",
	],
	flags: [],
	arguments: [],
	run({analysis, flags, width, terminal}) {
		const disputed = disputedGroups(analysis);
		const rows = analysis.articles.map(({article, quotes, figures}) => ({
			id: article.id,
			title: article.title,
			quotes: quotes.length,
			figures: figures.length,
			differing: figures.filter(figure => figure.group !== undefined && disputed.has(figure.group)).length,
		}));
		if (flags.json) {
			return output(
				rows.map(row => row.id),
				rows,
			);
		}

		const lines = tableLines(
			['id', 'title', 'quotes', 'figures', 'differing'],
			rows.map(row => [row.id, row.title, String(row.quotes), String(row.figures), String(row.differing)]),
			{terminal, width, flexible: 1},
		);
		return output(terminal ? lines : lines.slice(1));
	},
};
