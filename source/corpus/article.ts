/**
 * One decoded text to one clean `Article`: hygiene, paragraphs, furniture,
 * headline, dateline, sentences and title, all as spans into the cleaned text.
 */

import type {Article, ArticleFormat, ArticleMeta, Span} from '../model.js';
import {separateBoilerplate} from './boilerplate.js';
import {findDateline, isHeadline, titleFromLead} from './headline.js';
import {stripMarkdown} from './markdown.js';
import {splitParagraphs} from './paragraphs.js';
import {sanitizeText} from './sanitize.js';
import {segmentSentences} from './sentences.js';

export type ArticleSource = {
	readonly id: string;
	readonly path: string;
	readonly content: string;
	readonly format: ArticleFormat;
	/** Metadata from the page or front matter, already clean. */
	readonly meta?: ArticleMeta;
};

const paragraphSeparator = '\n\n';

/** Builds an article, or returns undefined when nothing but furniture is left. */
export function buildArticle(source: ArticleSource): Article | undefined {
	const clean = sanitizeText(source.content);
	const lines = splitParagraphs(source.format === 'markdown' ? stripMarkdown(clean) : clean);
	const {kept, removed} = separateBoilerplate(lines);
	if (kept.length === 0) {
		return undefined;
	}

	const text = kept.join(paragraphSeparator);
	const paragraphs: Span[] = [];
	let offset = 0;
	for (const paragraph of kept) {
		paragraphs.push({start: offset, end: offset + paragraph.length});
		offset += paragraph.length + paragraphSeparator.length;
	}

	const headline = isHeadline(kept[0]!, kept.slice(1)) ? paragraphs[0] : undefined;
	const bodyParagraphs = headline ? paragraphs.slice(1) : paragraphs;
	const lead = bodyParagraphs[0]!;
	const datelineMatch = findDateline(text.slice(lead.start, lead.end));
	const dateline = datelineMatch ? {start: lead.start, end: lead.start + datelineMatch.length} : undefined;

	const sentences = paragraphs.flatMap(paragraph => {
		const start = paragraph === lead && datelineMatch ? lead.start + datelineMatch.prefix : paragraph.start;
		return segmentSentences(text, start, paragraph.end);
	});

	// A rule of dashes or a row of commas says nothing: the title comes from words.
	const leadSentence =
		sentences.find(
			sentence => sentence.start >= lead.start && /[\p{L}\p{N}]/u.test(text.slice(sentence.start, sentence.end)),
		) ?? sentences.find(sentence => sentence.start >= lead.start);
	const title = headline
		? text.slice(headline.start, headline.end)
		: titleFromLead(leadSentence ? text.slice(leadSentence.start, leadSentence.end) : text.slice(lead.start, lead.end));

	return {
		id: source.id,
		path: source.path,
		text,
		title,
		headline,
		dateline,
		paragraphs,
		sentences,
		boilerplate: removed,
		...(source.meta ? {meta: source.meta} : {}),
	};
}
