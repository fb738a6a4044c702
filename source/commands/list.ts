/** `parallax list`: one line per article with its counts. */

import {shortDate} from '../render/article-meta.js';
import {disputedGroups} from '../render/corpus-lookups.js';
import {type Command, output} from './command.js';
import {tableLines} from './table.js';

export const listCommand: Command = {
	name: 'list',
	summary: 'one line per article: id, title, quotes, figures, differing figures (then date and outlet when known)',
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
			date: shortDate(article) ?? null,
			outlet: article.meta?.outlet?.value ?? null,
		}));
		// Date and outlet columns come last, and only when some article has them, so that
		// scripts reading the first five columns of text files keep working.
		const withMeta = rows.some(row => row.date !== null || row.outlet !== null);
		if (flags.json) {
			return output(
				rows.map(row => row.id),
				rows,
			);
		}

		// On a terminal they go before the title instead, which is cut to the width.
		const extra = withMeta && !terminal;
		const source = (row: (typeof rows)[number]) => [row.date, row.outlet].filter(Boolean).join(' · ');
		const lines = tableLines(
			['id', 'title', 'quotes', 'figures', 'differing', ...(extra ? ['date', 'outlet'] : [])],
			rows.map(row => [
				row.id,
				terminal && source(row) ? `${source(row)} · ${row.title}` : row.title,
				String(row.quotes),
				String(row.figures),
				String(row.differing),
				...(extra ? [row.date ?? '', row.outlet ?? ''] : []),
			]),
			{terminal, width, flexible: 1},
		);
		return output(terminal ? lines : lines.slice(1));
	},
};
