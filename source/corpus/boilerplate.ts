/**
 * Page furniture is not the article. Two rules, both deliberately narrow so that a
 * real paragraph is never removed:
 * 1. whole lines that are known furniture (share bars, comment prompts, "Read more:");
 * 2. a trailing run of headline-like lines after the story ends: the related or
 *    latest-news lists that scraped pages append.
 */

const furniture = new RegExp(
	'^(?:' +
		[
			'advertisement|advertising|sponsored(?: content)?|skip advertisement',
			'story continues below(?: this)? advertisement|continue reading(?: below)?|scroll to continue.*',
			'post a comment|leave a (?:comment|reply)|add a comment|\\d+ comments?|(?:view |show )?comments|join the conversation',
			'share(?: this)?(?: article| story| post| page)?|share (?:on|via) \\w+|tweet|copy link',
			'(?:e-?mail|print|save)(?: this)?(?: article| story| page| link)?',
			'facebook|twitter|whatsapp|linkedin|telegram|reddit|pinterest|instagram',
			'subscribe.*|sign up .*newsletter.*|newsletter sign[- ]?up|follow us(?: on .*)?|(?:get|download) (?:the|our) app',
			// Paywalls: what stands where the rest of the story would be.
			'(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to) (?:paying )?(?:subscribers|members)(?: only)?',
			'already (?:a subscriber|a member|have an account)\\?.*|(?:to )?continue reading,? (?:subscribe|sign in|log in|register).*',
			'you have reached (?:your|the) (?:free )?(?:article )?limit.*|unlock (?:this|the full) (?:article|story).*',
			'read more(?::.*)?|also read:.*|related:.*|see also:.*|more from .*|more (?:stories|news|on this story)',
			'related (?:stories|articles|news|content|coverage|posts|topics)|recommended(?: for you| stories)?',
			'you (?:may|might) also (?:like|be interested in).*|most (?:read|popular|viewed)|trending(?: now)?|top stories',
			'latest(?: news| stories| articles)?|editor.?s picks|(?:previous|next) (?:post|article|story)(?: (?:previous|next) (?:post|article|story))?',
			'skip to (?:main )?content|menu|home|sign in|log in|register|search|close',
			'all rights reserved.*|copyright .*|© .*|click here.*|tap here.*',
			'(?:image|media|video) (?:caption|source|copyright),? .*|(?:photo|image|credit|photograph): .*|getty images|file photo',
			// A video player's controls, as the BBC's pages have them.
			'(?:jump|skip) media player|media player help|out of media player\\. press enter to return or tab to continue',
		].join('|') +
		')$',
	'i',
);

/** Navigation trails such as `Home › World › Europe`. */
const breadcrumb = /^(?:[^|›»>]{1,30}[|›»>]\s*){2,}[^|›»>]{1,30}$/;

/** `Share on Facebook · Share on X · Email this article`: items of furniture in one bar. */
const barSeparator = /\s*[·•|]\s*/u;

export function isFurniture(line: string): boolean {
	if (line.length > 200) {
		return false;
	}

	const bare = line.replace(/[\s.!:|•·]+$/, '').trim();
	if (bare.length > 120) return false;
	if (furniture.test(bare) || breadcrumb.test(bare)) return true;
	const items = bare.split(barSeparator).filter(item => item !== '');
	return items.length >= 2 && items.every(item => furniture.test(item.replace(/[\s.!:]+$/u, '')));
}

export const minorWords = new Set(
	'a an the and or but nor of in on at to for by with from as into onto over amid after before vs via per than that is are was be its'.split(
		' ',
	),
);

/** Ends like a sentence: terminal punctuation, optionally inside closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
	return /[.!?…:;,]["'”’)\]]*$/.test(line);
}

/** A short title-case line without sentence punctuation at its end. */
export function isHeadlineLike(line: string): boolean {
	const words = line.split(/\s+/).filter(word => /\p{L}|\d/u.test(word));
	if (line.length > 120 || words.length === 0 || words.length > 18 || endsLikeSentence(line)) {
		return false;
	}

	const major = words.filter(word => !minorWords.has(word.toLowerCase()));
	const capitalised = major.filter(word => /^["'“‘(]?[\p{Lu}\d]/u.test(word));
	return major.length > 0 && capitalised.length / major.length >= 0.75;
}

/** Lower-case word prefixes, a crude stem that lets `Russian` meet `Russia`. */
function contentStems(text: string): Set<string> {
	const stems = new Set<string>();
	for (const word of text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
		if (word.length >= 3 && !minorWords.has(word)) {
			stems.add(word.replace(/['’]s$/, '').slice(0, 5));
		}
	}

	return stems;
}

function overlapWithBody(line: string, body: Set<string>): number {
	const stems = [...contentStems(line)];
	return stems.length === 0 ? 0 : stems.filter(stem => body.has(stem)).length / stems.length;
}

export type BoilerplateSplit = {
	readonly kept: readonly string[];
	readonly removed: readonly string[];
};

/** Separates furniture from the article's paragraphs, keeping both in order. */
export function separateBoilerplate(paragraphs: readonly string[]): BoilerplateSplit {
	const isRemoved = paragraphs.map(line => isFurniture(line));

	// The trailing run: headline-like or furniture lines after the last prose paragraph.
	let runStart = paragraphs.length;
	while (runStart > 0 && (isRemoved[runStart - 1] || isHeadlineLike(paragraphs[runStart - 1]!))) {
		runStart--;
	}

	const lastProse = paragraphs[runStart - 1];
	// A line ending in a colon introduces a list that belongs to the story.
	if (lastProse !== undefined && !lastProse.endsWith(':')) {
		const headlines = paragraphs.slice(runStart).filter((_, offset) => !isRemoved[runStart + offset]);
		// Two or more headlines after the story are a list of other stories; a single
		// one goes only when it shares little with the body.
		const removeHeadlines =
			headlines.length >= 2 ||
			(headlines.length === 1 &&
				overlapWithBody(headlines[0]!, contentStems(paragraphs.slice(0, runStart).join(' '))) < 0.5);
		if (removeHeadlines) {
			for (let index = runStart; index < paragraphs.length; index++) {
				isRemoved[index] = true;
			}
		}
	}

	return {
		kept: paragraphs.filter((_, index) => !isRemoved[index]),
		removed: paragraphs.filter((_, index) => isRemoved[index]),
	};
}
