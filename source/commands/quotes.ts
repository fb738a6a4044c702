/** `parallax quotes`: who said what, grouped by speaker identity. */

import type {Quote, Speaker} from '../model.js';
import {type Command, output, UsageError} from './command.js';
import {resolveArticle, resolveSpeakers} from './resolve.js';
import {tableLines} from './table.js';

type Row = {readonly speaker: Speaker | undefined; readonly article: string; readonly quote: Quote};

export const quotesCommand: Command = {
	name: 'quotes',
	summary: 'every quotation with its speaker and article, grouped by speaker',
	usage: 'parallax quotes [PATH…] [--by NAME] [--article ID]',
	options: [
		'--by NAME       only this speaker (any name or alias: --by syrsky)',
		'--article ID    only this article (any unique prefix of its id: --article 004)',
	],
	examples: ['parallax quotes --by putin', 'parallax quotes --article 001 --json'],
	flags: ['by', 'article'],
	arguments: [],
	run({analysis, flags, width, terminal}) {
		if (flags.by === '' || flags.article === '') {
			throw new UsageError(`--${flags.by === '' ? 'by' : 'article'} needs a value`);
		}

		const wantedSpeakers =
			flags.by === undefined ? undefined : new Set(resolveSpeakers(analysis, flags.by).map(speaker => speaker.id));
		const article = flags.article === undefined ? undefined : resolveArticle(analysis, flags.article);
		const speakers = new Map(analysis.speakers.map(speaker => [speaker.id, speaker]));
		const rows: Row[] = analysis.articles.flatMap((entry, index) =>
			article !== undefined && index !== article
				? []
				: entry.quotes.map(quote => ({
						speaker: quote.attribution?.speakerId ? speakers.get(quote.attribution.speakerId) : undefined,
						article: entry.article.id,
						quote,
					})),
		);
		const kept = rows.filter(row => !wantedSpeakers || (row.speaker && wantedSpeakers.has(row.speaker.id)));
		// Grouped by identity: most quoted first, unknown speakers last.
		const order = (row: Row) => (row.speaker ? -row.speaker.quoteCount : 1);
		const sorted = kept
			.map((row, position) => ({row, position}))
			.sort(
				(a, b) =>
					order(a.row) - order(b.row) ||
					(a.row.speaker?.name ?? '').localeCompare(b.row.speaker?.name ?? '') ||
					a.position - b.position,
			)
			.map(({row}) => row);
		if (flags.json) {
			return output(
				sorted.map(row => row.article),
				sorted.map(row => ({
					speaker: row.speaker ? {id: row.speaker.id, name: row.speaker.name, role: row.speaker.role ?? null} : null,
					article: row.article,
					kind: row.quote.kind,
					text: row.quote.text,
					spans: row.quote.spans,
				})),
			);
		}

		const lines = tableLines(
			['speaker', 'article', 'quotation'],
			sorted.map((row, index) => [
				// On a terminal a speaker's name heads their group; in a pipe every line is a whole record.
				terminal && index > 0 && sorted[index - 1]!.speaker === row.speaker
					? ''
					: (row.speaker?.name ?? '(speaker unknown)'),
				row.article,
				`“${row.quote.text}”`,
			]),
			{terminal, width},
		);
		return output(sorted.length === 0 ? [] : terminal ? lines : lines.slice(1));
	},
};
