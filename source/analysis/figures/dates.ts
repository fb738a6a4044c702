/**
 * Dates and years are not quantities: `2022`, `6 August 2024`, `Aug. 6`,
 * `August 2024` are recorded as dates and never read as figures.
 */

import type {DateMention} from '../../model.js';
import type {Token} from '../text/tokens.js';

const months = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
];

// Each month's name and its first three and four letters, with the number of the first
// month written so: asked of every capitalised word before a number, a look-up instead of
// a search through the months.
const monthNumbers = new Map<string, number>();
for (const [index, month] of months.entries()) {
	for (const form of [month, month.slice(0, 3), month.slice(0, 4)]) {
		if (!monthNumbers.has(form)) monthNumbers.set(form, index + 1);
	}
}

/** The month number (1–12) of a month name or abbreviation (`Aug`, `Aug.`, `Sept`). */
export function monthNumber(word: string | undefined): number | undefined {
	if (word === undefined || !/^\p{Lu}/u.test(word)) {
		return undefined;
	}

	const lower = word.toLowerCase().replace(/\.$/, '');
	return monthNumbers.get(lower);
}

/** A four-digit year between 1800 and 2100, written without a separator. */
export function isYear(text: string): boolean {
	return /^(?:18|19|20)\d{2}$/.test(text) || text === '2100';
}

export type DateMatch = DateMention & {
	/** Token indices covered. */
	readonly first: number;
	readonly last: number;
};

/** Reads a date starting at token `index`, if one starts there. */
export function readDate(tokens: readonly Token[], index: number): DateMatch | undefined {
	const at = (offset: number) => tokens[index + offset]?.text;
	const span = (last: number) => ({start: tokens[index]!.start, end: tokens[last]!.end});
	const day = (text: string | undefined) =>
		text && /^\d{1,2}$/.test(text) && Number(text) <= 31 ? Number(text) : undefined;

	// `6 August 2024`, `6 August`
	const leadingDay = day(at(0));
	const monthAfterDay = monthNumber(at(1));
	if (leadingDay !== undefined && monthAfterDay !== undefined) {
		const year = isYear(at(2) ?? '') ? Number(at(2)) : undefined;
		const last = index + (year === undefined ? 1 : 2);
		return {span: span(last), year, month: monthAfterDay, day: leadingDay, first: index, last};
	}

	// `August 6, 2024`, `Aug. 6`, `August 2024`
	const month = monthNumber(at(0));
	if (month !== undefined) {
		const dayAfter = day(at(1));
		if (dayAfter !== undefined) {
			const hasYear = at(2) === ',' && isYear(at(3) ?? '');
			const year = hasYear ? Number(at(3)) : isYear(at(2) ?? '') ? Number(at(2)) : undefined;
			const last = index + (hasYear ? 3 : year === undefined ? 1 : 2);
			return {span: span(last), year, month, day: dayAfter, first: index, last};
		}

		if (isYear(at(1) ?? '')) {
			return {span: span(index + 1), year: Number(at(1)), month, day: undefined, first: index, last: index + 1};
		}
	}

	return undefined;
}
