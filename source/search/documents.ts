/**
 * What search looks through: every speaker (with aliases and role), quotation (with
 * its speaker), figure (with its value and unit written the ways people type them:
 * `1150`, `1,150`, `1150 km2`), title or headline, and sentence. Each knows its
 * article and span, so a hit can be opened where it is.
 */

import {unitInfo} from '../analysis/figures/units.js';
import type {CorpusAnalysis, Span} from '../model.js';

export type HitKind = 'speaker' | 'quote' | 'figure' | 'title' | 'sentence';

/** Kinds in the order results are grouped. */
export const hitKinds: readonly HitKind[] = ['speaker', 'quote', 'figure', 'title', 'sentence'];

export type SearchDocument = {
	readonly kind: HitKind;
	/** Index into the analysis' articles; undefined for speakers. */
	readonly article: number | undefined;
	/** Where the hit is in its article's text. */
	readonly span: Span | undefined;
	/** What is shown and highlighted. */
	readonly text: string;
	/** More words that match but are not shown: aliases, a quotation's speaker, number forms. */
	readonly extra: string;
	/** The speaker, for quotations and speakers (for `by:`). */
	readonly speakerId: string | undefined;
};

/** `1150` and `1,150`: the ways people type a figure's value (toLocaleString is slow at this scale). */
function numberForms(value: number): string[] {
	const plain = String(value);
	const [whole = '', fraction] = plain.split('.');
	if (whole.length <= 3 || !/^\d+$/.test(whole)) {
		return [plain];
	}

	const grouped = whole.replaceAll(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
	return [plain, grouped];
}

/** How many documents `buildDocuments` makes, counted without making them. */
export function documentCount(analysis: CorpusAnalysis): number {
	let count = analysis.speakers.length;
	for (const entry of analysis.articles) {
		count += entry.quotes.length + entry.figures.length + 1 + entry.article.sentences.length;
	}

	return count;
}

/** Speakers' words (name and aliases) by id, for the quotations they are given. */
export function speakerWordsOf(analysis: CorpusAnalysis): (id: string | undefined) => string {
	const speakers = new Map(analysis.speakers.map(speaker => [speaker.id, speaker]));
	return id => {
		const speaker = id ? speakers.get(id) : undefined;
		return speaker ? [speaker.name, ...speaker.aliases].join(' ') : '';
	};
}

export function speakerDocument(speaker: CorpusAnalysis['speakers'][number]): SearchDocument {
	return {
		kind: 'speaker',
		article: undefined,
		span: undefined,
		text: speaker.name,
		extra: [...speaker.aliases, speaker.role ?? ''].join(' '),
		speakerId: speaker.id,
	};
}

/** One article's documents, one at a time, in the order search keeps them: quotations, figures, title, sentences. */
export function* articleDocuments(
	analysis: CorpusAnalysis,
	article: number,
	speakerWords: (id: string | undefined) => string,
): Generator<SearchDocument, void> {
	const entry = analysis.articles[article]!;
	const {text} = entry.article;
	for (const quote of entry.quotes) {
		const speakerId = quote.attribution?.speakerId;
		yield {
			kind: 'quote',
			article,
			span: quote.spans[0],
			text: quote.text,
			extra: speakerWords(speakerId),
			speakerId,
		};
	}

	for (const figure of entry.figures) {
		const unit = figure.unit === '' ? '' : unitInfo(figure.unit).label;
		const forms = [figure.value, ...(figure.high === undefined ? [] : [figure.high])].flatMap(value =>
			numberForms(value),
		);
		yield {
			kind: 'figure',
			article,
			span: figure.span,
			text: text.slice(figure.span.start, figure.span.end),
			extra: [
				...forms,
				...forms.map(form => `${form} ${figure.unit}`),
				unit,
				figure.counted ?? '',
				figure.subject ?? '',
			].join(' '),
			speakerId: figure.attribution?.speakerId,
		};
	}

	yield {
		kind: 'title',
		article,
		span: entry.article.headline,
		text: entry.article.title,
		extra: entry.article.id,
		speakerId: undefined,
	};

	for (const sentence of entry.article.sentences) {
		yield {
			kind: 'sentence',
			article,
			span: sentence,
			text: text.slice(sentence.start, sentence.end),
			extra: '',
			speakerId: undefined,
		};
	}
}

/** Every document: the speakers, then each article's. */
export function buildDocuments(analysis: CorpusAnalysis): SearchDocument[] {
	const speakerWords = speakerWordsOf(analysis);
	return [
		...analysis.speakers.map(speaker => speakerDocument(speaker)),
		...analysis.articles.flatMap((_, article) => [...articleDocuments(analysis, article, speakerWords)]),
	];
}
