/**
 * Article ids by any unique prefix (`004`), and speakers by any name or alias, with
 * a suggestion when nothing fits.
 */

import {transliterationKey} from '../analysis/speakers/names.js';
import type {CorpusAnalysis, Speaker} from '../model.js';
import {didYouMean, nearest} from './suggest.js';
import {NothingFoundError, UsageError} from './command.js';

/** The index of the article an id or unique id prefix names. */
export function resolveArticle(analysis: CorpusAnalysis, wanted: string): number {
	const ids = analysis.articles.map(entry => entry.article.id);
	const exact = ids.indexOf(wanted);
	if (exact !== -1) {
		return exact;
	}

	const matching = ids.filter(id => id.startsWith(wanted));
	if (matching.length === 1) {
		return ids.indexOf(matching[0]!);
	}

	if (matching.length > 1) {
		throw new UsageError(
			`article id ${wanted} is ambiguous: ${matching.slice(0, 4).join(', ')}${matching.length > 4 ? ', …' : ''}`,
		);
	}

	// `005` is nearest to `004`: compare with the ids cut to the length given.
	const prefix = nearest(
		wanted,
		ids.map(id => id.slice(0, wanted.length)),
	);
	const suggestion = prefix === undefined ? undefined : ids.find(id => id.startsWith(prefix));
	throw new UsageError(`no article ${wanted}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`);
}

/** The speakers a name, alias or transliterated surname names. */
export function resolveSpeakers(analysis: CorpusAnalysis, wanted: string): Speaker[] {
	const lower = wanted.toLowerCase();
	const key = transliterationKey(wanted.split(/\s+/).at(-1) ?? wanted);
	const found = analysis.speakers.filter(speaker =>
		[speaker.name, ...speaker.aliases].some(
			name => name.toLowerCase().includes(lower) || transliterationKey(name.split(/\s+/).at(-1) ?? name) === key,
		),
	);
	if (found.length === 0) {
		const names = analysis.speakers.flatMap(speaker => [speaker.name, ...speaker.aliases]);
		throw new NothingFoundError(`no speaker ${wanted}${didYouMean(wanted, names)}`);
	}

	return found;
}
