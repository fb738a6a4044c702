/**
 * Every figure in an article: digits (`1,150`, `2.5`, `$1.2bn`), words (`two dozen`,
 * `eight`), ranges (`1-2 km`, `between 10 and 15`), hyphenated units (`20-kilometre
 * zone`) and vague magnitudes (`thousands of soldiers`); with hedge, unit, what is
 * counted, what is measured, conversions and attribution. Dates, ordinals and
 * numbers inside names (`World War II`, `Boeing 737`) are not figures.
 */

import type {Article, Attribution, DateMention, Figure, Qualifier, Quote, Span} from '../../model.js';
import {isCapitalised, sentenceTokens, type Token} from '../text/tokens.js';
import {isYear, monthNumber, readDate} from './dates.js';
import {readCounted, measureSubject} from './figure-subject.js';
import {priceAdded, readChange, type PreviousFigure} from './change.js';
import {readHedge} from './hedges.js';
import {digitValue, fractionDenominators, multipliers, numberWordValue, vagueMagnitudes} from './number-words.js';
import {currencySymbols, dollarOf, gluedCurrency, gluedUnit, readUnit, unitInfo} from './units.js';
import {sliceWhole} from '../../corpus/sanitize.js';
import demonymLists from '../vocabulary/demonyms.json' with {type: 'json'};
import placeList from '../vocabulary/places.json' with {type: 'json'};
import weightLists from '../vocabulary/weight-words.json' with {type: 'json'};
import {calendarWords, isFunctionWord} from '../text/word-classes.js';

/** A figure with what grouping needs to know about it. */
export type ExtractedFigure = {
	readonly figure: Figure;
	/** Figures with equal keys measure the same thing; undefined when nothing shows what. */
	readonly key: string | undefined;
	/** How a group of such figures reads: `territory held, km²`. */
	readonly label: string;
	/** How clearly the words show what is measured, 0–1. */
	readonly evidence: number;
};

type NumberRead = {value: number; high?: number; unit?: string; vague?: boolean; qualifier?: Qualifier; last: number};

const nameNumberWords =
	/^(?:article|resolution|section|chapter|route|highway|flight|room|seat|row|platform|terminal|page|suite|flat|apartment|pier|exit|track|building|apollo|boeing|airbus|block|gate|unit|vol|no\.?|number|level|phase|stage|grade|class|type|model|series|world|war|covid|sars|f|su|mig|g|category|zip|postcode|channel|interstate|version|windows|ios|android|galaxy|pixel|iphone|ipad|playstation|xbox|ftse|dax|cac|nasdaq|sp|s&p|stoxx|nikkei|kospi|asx|russell)$/i;
const demonyms = new Set([...demonymLists.nationalities, ...demonymLists.affiliations]);
const definiteBefore = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'his', 'her', 'our', 'all']);
// `the top four`, `the bottom three`: places in a ranking, named by their number.
const rankWords = new Set(['top', 'bottom']);
const yearPrepositions = new Set([
	'by',
	'in',
	'until',
	'till',
	'before',
	'after',
	'since',
	'from',
	'through',
	'around',
]);
const rangeJoiners = new Set(['-', '–', '—', 'to', 'and', 'or']);

const lower = (token: Token | undefined) => token?.lower ?? '';

// Scale words written against the digits: `$3bn`, `4.3M sales`, `€130bn`, `£22billion`.
const gluedScales: Record<string, number> = {
	k: 1e3,
	K: 1e3,
	bn: 1e9,
	b: 1e9,
	B: 1e9,
	billion: 1e9,
	mn: 1e6,
	mln: 1e6,
	M: 1e6,
	million: 1e6,
	tn: 1e12,
	trn: 1e12,
	trillion: 1e12,
};
const numberPattern = String.raw`\d[\d,]*(?:\.\d+)?`;
const suffixedNumber = new RegExp(String.raw`^(${numberPattern})(?:[-–](${numberPattern}))?(\D\S*)$`, 'u');
const prefixedNumber = new RegExp(String.raw`^(\p{Lu}\p{L}{0,2}\.?)(${numberPattern})(bn|mn|tn|m|k|b)?$`, 'u');

/**
 * A number with its scale, unit or currency written against it: `3bn`, `50mph`, `54GB`,
 * `5-10W`, `1.38pc`, `37m` (metres; after a currency, millions), `RM23.50`, `USD10m`.
 */
function readGlued(text: string, afterCurrency: boolean): Omit<NumberRead, 'last'> | undefined {
	const prefixed = prefixedNumber.exec(text);
	if (prefixed) {
		const currency = gluedCurrency(prefixed[1]!);
		const value = digitValue(prefixed[2]!);
		if (currency === undefined || value === undefined) {
			return undefined;
		}

		const scale = prefixed[3] === undefined ? 1 : (gluedScales[prefixed[3]] ?? 1e6);
		return {value: value * scale, unit: currency};
	}

	const suffixed = suffixedNumber.exec(text);
	if (!suffixed) {
		return undefined;
	}

	const low = digitValue(suffixed[1]!);
	const high = suffixed[2] === undefined ? undefined : digitValue(suffixed[2]);
	const suffix = suffixed[3]!;
	if (low === undefined || (suffixed[2] !== undefined && (high === undefined || high <= low))) {
		return undefined;
	}

	// `4K video`, `8K TV`, `1080p`, `720p`: screen and video resolutions are names, not thousands or pence.
	if (
		!afterCurrency &&
		high === undefined &&
		((suffix === 'K' && low < 10) || (suffix === 'p' && videoLines.has(low)))
	) {
		return undefined;
	}

	const scale = suffix === 'm' && afterCurrency ? 1e6 : gluedScales[suffix];
	if (scale !== undefined) {
		return {value: low * scale, high: high === undefined ? undefined : high * scale};
	}

	const unit = gluedUnit(suffix);
	return unit === undefined ? undefined : {value: low, high, unit};
}

const videoLines = new Set([240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

// Words that can start a number; any other word starting with a letter cannot.
const numberStarts = new Set([
	...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety a an tens minus'.split(
		' ',
	),
	...Object.keys(vagueMagnitudes),
	'half',
]);

const monthWords = new Set(
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
		' ',
	),
);

// The first letters of those words: most tokens are ruled out by their first character.
const numberOrMonthInitials = new Set([...numberStarts, ...monthWords].map(word => word.charAt(0)));

/** A digit in the second to seventh code units, where a currency code's amount starts (`RM23`, `USD10m`; a letter outside the BMP takes two units). */
function hasDigitNearStart(text: string): boolean {
	for (let index = 1; index < 7 && index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code >= 48 && code <= 57) return true;
	}

	return false;
}

/** Most words start no figure or date: a cheap test before the readers run. */
function mayStartFigureOrDate(token: Token): boolean {
	const first = token.text.charCodeAt(0);
	if ((first >= 48 && first <= 57) || token.text === '.') {
		return true;
	}

	// `sub-7`
	if (token.text.startsWith('sub-') && /\d/.test(token.text.charAt(4) + token.text.charAt(5))) {
		return true;
	}

	// `RM23.50`, `USD10m`, `$US55,931`
	if (first >= 65 && first <= 90 && hasDigitNearStart(token.text) && /^\p{Lu}\p{L}{0,2}\.?\d/u.test(token.text)) {
		return true;
	}

	if (token.text.length > 13 || !numberOrMonthInitials.has(token.lower.charAt(0))) {
		return false;
	}

	const word = token.lower.endsWith('.') ? token.lower.slice(0, -1) : token.lower;
	const head = word.includes('-') ? word.slice(0, word.indexOf('-')) : word;
	return numberStarts.has(head) || monthWords.has(word);
}

/** The unit a share is taken of: `of a US pint`, `of an hour`; undefined for anything else. */
function unitOfWhole(tokens: readonly Token[], at: number): string | undefined {
	let index = at;
	if (['a', 'an', 'one'].includes(lower(tokens[index]))) index++;
	else return undefined;
	if (['us', 'uk', 'imperial', 'metric'].includes(lower(tokens[index]))) index++;
	const unit = readUnit(tokens.slice(index, index + 3).map(token => token.text));
	return unit && unitInfo(unit.code).dimension !== 'count' && !unit.code.startsWith('fraction') ? unit.code : undefined;
}

/** `1.99×10−30`, `6.02 x 10^23`: the power of ten after a number's digits. */
function readPowerOfTen(tokens: readonly Token[], index: number): {exponent: number; last: number} | undefined {
	const times = lower(tokens[index + 1]);
	if ((times !== '×' && times !== 'x') || tokens[index + 2]?.text !== '10') return undefined;
	let at = index + 3;
	if (tokens[at]?.text === '^') at++;
	const negative = tokens[at]?.text === '−' || tokens[at]?.text === '-';
	if (negative) at++;
	const exponent = tokens[at];
	// Written close, so `5 x 10 metres` stays a product of sizes.
	if (exponent === undefined || !/^\d{1,3}$/.test(exponent.text) || exponent.start !== tokens[at - 1]!.end)
		return undefined;
	return {exponent: (negative ? -1 : 1) * Number(exponent.text), last: at};
}

function isSlashedPair(tokens: readonly Token[], index: number): boolean {
	const slashed = (slash: Token | undefined, other: Token | undefined, before: boolean) =>
		slash !== undefined &&
		other !== undefined &&
		(slash.text === '/' || slash.text === '⁄') &&
		/^\d+$/.test(other.text) &&
		(before
			? other.end === slash.start && slash.end === tokens[index]!.start
			: tokens[index]!.end === slash.start && slash.end === other.start);
	return slashed(tokens[index - 1], tokens[index - 2], true) || slashed(tokens[index + 1], tokens[index + 2], false);
}

// Before these, `half` is a part of something in time or order (`the second half of the year`).
const notFractionBefore = new Set(['the', 'first', 'second', 'latter', 'former', 'other', 'back', 'front']);

/**
 * A share of a whole, read only before `of` (or `in`/`out of` and a whole number): `two-thirds
 * of`, `a third of`, `almost half of`, `1/16 of a pint`, `one in three Germans`, `six in 10
 * voters`. Without `of`, `a third` and `half` are ordinals and times (`a third term`, `half an hour`).
 */
function readFraction(tokens: readonly Token[], index: number): NumberRead | undefined {
	const word = lower(tokens[index]);
	const of = (at: number) => lower(tokens[at]) === 'of';
	// `1/16 of a US pint` is 0.0625 pints; `a third of the population` a share of the whole.
	const share = (value: number, last: number): NumberRead => ({
		value,
		unit: unitOfWhole(tokens, last + 2) ?? 'fraction',
		last,
	});
	// `two-thirds`, `one-half`, `three-quarters`
	const [, written, part] = /^([a-z]+)-([a-z]+)$/.exec(word) ?? [];
	if (written !== undefined && part !== undefined && part in fractionDenominators && of(index + 1)) {
		const numerator = numberWordValue(written);
		return numerator === undefined ? undefined : share(numerator / fractionDenominators[part]!, index);
	}

	// `a third of`, `one quarter of`, `three quarters of`
	const next = lower(tokens[index + 1]);
	const numerator = word === 'a' || word === 'an' ? 1 : numberWordValue(word);
	if (numerator !== undefined && next in fractionDenominators && next !== 'half' && of(index + 2)) {
		const plural = next.endsWith('s');
		return plural === numerator > 1 ? share(numerator / fractionDenominators[next]!, index + 1) : undefined;
	}

	// `almost half of`
	if (word === 'half' && of(index + 1) && !notFractionBefore.has(lower(tokens[index - 1]))) {
		return share(0.5, index);
	}

	// `1/16 of a pint`, `1⁄32 of`: written close, so not a date (`9/11`) or a score.
	const slash = tokens[index + 1];
	const denominator = tokens[index + 2];
	if (
		/^\d+$/.test(word) &&
		(slash?.text === '/' || slash?.text === '⁄') &&
		denominator !== undefined &&
		/^\d+$/.test(denominator.text) &&
		slash.start === tokens[index]!.end &&
		denominator.start === slash.end &&
		of(index + 3) &&
		Number(denominator.text) > Number(word)
	) {
		return share(Number(word) / Number(denominator.text), index + 2);
	}

	// `one in three Germans`, `one out of four`, `six in 10 voters`
	const inAt = next === 'out' && of(index + 2) ? index + 3 : next === 'in' ? index + 2 : -1;
	const whole = inAt === -1 ? undefined : tokens[inAt];
	const wholeValue = whole === undefined ? undefined : (digitValue(whole.text) ?? numberWordValue(whole.lower));
	if (numerator !== undefined && word !== 'a' && word !== 'an' && wholeValue !== undefined && wholeValue > numerator) {
		return share(numerator / wholeValue, inAt);
	}

	return undefined;
}

/** A number starting at token `index`: digits, suffixed digits, a range, a hyphenated unit, or words. */
function readNumber(tokens: readonly Token[], index: number): NumberRead | undefined {
	const text = tokens[index]!.text;
	if (!mayStartFigureOrDate(tokens[index]!)) {
		return undefined;
	}

	const fraction = readFraction(tokens, index);
	if (fraction) {
		return fraction;
	}

	const digits = digitValue(text);
	const scientific = digits === undefined ? undefined : readPowerOfTen(tokens, index);
	if (digits !== undefined && scientific) {
		return {value: Number(`${text.replaceAll(',', '')}e${scientific.exponent}`), last: scientific.last};
	}

	if (digits !== undefined) {
		// `9/11`, `24/7`: digits slashed against digits name a day or a rhythm, not a quantity.
		return isSlashedPair(tokens, index) ? undefined : {value: digits, last: index};
	}

	const range = /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/.exec(text);
	if (range) {
		const low = digitValue(range[1]!);
		const high = digitValue(range[2]!);
		if (low !== undefined && high !== undefined && high > low) {
			return {value: low, high, last: index};
		}
	}

	const glued = readGlued(text, currencySymbols[tokens[index - 1]?.text ?? ''] !== undefined);
	if (glued) {
		return {...glued, last: index};
	}

	// `20-kilometre zone`, `6.1-inch display`, `five-year plan`, `50-year-old man`
	const hyphenated = /^([\d,.]+|\p{Ll}+(?:-\p{Ll}+)?)-(\p{L}+?)(?:-(long|old|wide|deep|tall|high))?$/iu.exec(text);
	if (hyphenated) {
		const value = digitValue(hyphenated[1]!) ?? numberWordValue(hyphenated[1]!.toLowerCase());
		const written = gluedUnit(hyphenated[2]!) ?? gluedUnit(`${hyphenated[2]!}s`);
		const unit =
			hyphenated[3]?.toLowerCase() === 'old' && (written === 'yr' || written === 'mo') ? `${written}-old` : written;
		if (value !== undefined && unit !== undefined && unitInfo(unit).dimension !== 'count') {
			return {value, unit, last: index};
		}
	}

	// `sub-7 nanometer`: below the number.
	const below = /^sub-(\d[\d,]*(?:\.\d+)?)$/u.exec(text);
	const belowValue = below ? digitValue(below[1]!) : undefined;
	if (belowValue !== undefined) {
		return {value: belowValue, qualifier: '<', last: index};
	}

	// `minus 387 Fahrenheit`, `minus-5 yards`
	if (/^minus(?:-|$)/i.test(text)) {
		const rest = text.length > 5 ? text.slice(6) : undefined;
		const value = rest === undefined ? digitValue(tokens[index + 1]?.text ?? '') : digitValue(rest);
		if (value !== undefined) {
			return {value: -value, last: rest === undefined ? index + 1 : index};
		}
	}

	// `.001 per cent`
	if (text === '.' && /^\d+$/.test(tokens[index + 1]?.text ?? '') && tokens[index + 1]!.start === tokens[index]!.end) {
		return {value: Number(`0.${tokens[index + 1]!.text}`), last: index + 1};
	}

	const word = lower(tokens[index]);
	if (word in vagueMagnitudes) {
		// `tens of thousands`, `hundreds of thousands`
		const next = lower(tokens[index + 2]);
		if (lower(tokens[index + 1]) === 'of' && next in vagueMagnitudes && ['tens', 'hundreds'].includes(word)) {
			return {value: (word === 'tens' ? 10 : 100) * vagueMagnitudes[next]!, vague: true, last: index + 2};
		}

		return {value: vagueMagnitudes[word]!, vague: true, last: index};
	}

	if (word === 'tens' && lower(tokens[index + 1]) === 'of' && lower(tokens[index + 2]) in vagueMagnitudes) {
		return {value: 10 * vagueMagnitudes[lower(tokens[index + 2])]!, vague: true, last: index + 2};
	}

	const wordValue =
		numberWordValue(word) ??
		((word === 'a' || word === 'an') && lower(tokens[index + 1]) in multipliers ? 1 : undefined);
	if (wordValue === undefined || (word === 'one' && !(lower(tokens[index + 1]) in multipliers))) {
		return undefined;
	}

	return {value: wordValue, last: index};
}

/**
 * The second end of a range starting with `number`: after the first end's own unit, a
 * joiner, and the second end's currency symbol. Scale after the second end applies to the
 * first too (`1 to 2 thousand`), and so does a unit (`10 to 15 km`). Two ends in different
 * units are two figures (`rose 18 sen to RM23.50`).
 */
function readRangeEnd(
	tokens: readonly Token[],
	first: number,
	start: number,
	number: NumberRead,
	unit: string | undefined,
): {number: NumberRead; unit: string | undefined; first: number} | undefined {
	let at = number.last + 1;
	let firstUnit = unit;
	if (firstUnit === undefined) {
		const words = readUnit(tokens.slice(at, at + 4).map(next => next.text));
		if (words) {
			firstUnit = words.code;
			at += words.length;
		}
	}

	const opening = lower(tokens[first - 1]);
	// `from $36,040 at 10.45pm last night to $34,935`, `from 20 mpg in 2008 to 29`: a short time
	// phrase may sit between the ends of a move.
	if (opening === 'from' && lower(tokens[at]) !== 'to') at = toAfterTimePhrase(tokens, at) ?? at;
	const joiner = lower(tokens[at]);
	if (!rangeJoiners.has(joiner) || (joiner === 'and' && opening !== 'between')) {
		return undefined;
	}

	let secondAt = at + 1;
	const symbol = currencySymbols[tokens[secondAt]?.text ?? ''];
	if (symbol !== undefined) {
		if (firstUnit !== undefined && firstUnit !== symbol) {
			return undefined;
		}

		secondAt++;
	}

	const other = tokens[secondAt] ? readNumber(tokens, secondAt) : undefined;
	if (!other || other.vague) {
		return undefined;
	}

	const scaled = applyMultipliers(tokens, other);
	// `increased by $43.6 billion to $419.2 billion`: the amount of a move, then the level it
	// reached, many times the amount; `fell by 1 to 1.5 degrees` is a range of amounts.
	if (joiner === 'to' && opening === 'by' && scaled.value > 5 * applyMultipliers(tokens, number).value) {
		return undefined;
	}

	let low = number.value;
	// `1 to 2 thousand`, but not `$200,000 to $414 million`: the first end has no scale of its own and is the smaller.
	if (scaled.value !== other.value && number.last === start && low < other.value) {
		low *= scaled.value / other.value;
	}

	let last = scaled.last;
	let secondUnit = scaled.unit ?? symbol;
	if (secondUnit === undefined) {
		const words = readUnit(tokens.slice(last + 1, last + 5).map(next => next.text));
		if (words && (firstUnit === undefined || firstUnit === words.code)) {
			secondUnit = words.code;
			last += words.length;
		}
	}

	const fromTo = opening === 'from' && joiner === 'to';
	// `fell 1.2% to 6,500`: a move with its unit, then the level it reached, which has none of
	// its own; a range gives its unit to both ends or to the second (`2% to 3%`, `2 to 3%`).
	const moveThenLevel =
		joiner === 'to' &&
		firstUnit !== undefined &&
		secondUnit === undefined &&
		opening !== 'from' &&
		opening !== 'between';
	if (moveThenLevel) return undefined;
	const sameUnit = firstUnit === undefined || secondUnit === undefined || firstUnit === secondUnit;
	if (!sameUnit || !Number.isFinite(scaled.value) || !(scaled.value > low || fromTo) || scaled.value === low) {
		return undefined;
	}

	const widened = opening === 'between' || opening === 'from' ? first - 1 : first;
	return {number: {...number, value: low, high: scaled.value, last}, unit: firstUnit ?? secondUnit, first: widened};
}

/** Where `to` comes after a time phrase of a few words (`at 10.45pm last night`, `in 2008`, `combined`), if it does. */
function toAfterTimePhrase(tokens: readonly Token[], at: number): number | undefined {
	for (let index = at; index < Math.min(tokens.length, at + 6); index++) {
		const token = tokens[index]!;
		if (token.lower === 'to') return index > at ? index : undefined;
		// Words and times only: a clause mark or another figure ends the phrase.
		if (
			!token.isWord ||
			(/^\d/.test(token.text) && !isYear(token.text) && !/^\d{1,2}(?:[.:]\d{2})?(?:am|pm)$/i.test(token.text))
		) {
			return undefined;
		}
	}

	return undefined;
}

/**
 * A rate after a unit: `$58.24 per barrel`, `$1,100 per square foot`, `63 cents a share`,
 * `$3,500 a month`, `11 feet per century`. The denominator is a unit or a counted noun.
 */
function readRate(tokens: readonly Token[], last: number, unit: string): {code: string; last: number} | undefined {
	const joiner = lower(tokens[last + 1]);
	if (joiner !== 'per' && joiner !== '/' && joiner !== 'a' && joiner !== 'an') {
		return undefined;
	}

	// `80km/h`: a unit whose symbol is written with the slash.
	const slashed = joiner === '/' ? gluedUnit(`${unit}/${tokens[last + 2]?.text ?? ''}`) : undefined;
	if (slashed !== undefined && unitInfo(slashed).dimension !== 'count') {
		return {code: slashed, last: last + 2};
	}

	const after = tokens.slice(last + 2, last + 6).map(next => next.text);
	const denominator = readUnit(after);
	if (denominator && unitInfo(denominator.code).dimension !== 'count') {
		return {code: `${unit}/${denominator.code}`, last: last + 1 + denominator.length};
	}

	// `a` and `an` make a rate only of a time: `$50 a barrel` is rare, `a new record` is not one.
	const noun = tokens[last + 2];
	if (joiner === 'per' && noun?.isWord && /^\p{Ll}{3,}$/u.test(noun.text)) {
		return {code: `${unit}/${singular(noun.lower)}`, last: last + 2};
	}

	return undefined;
}

function singular(noun: string): string {
	if (noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
	if (noun.endsWith('s') && !noun.endsWith('ss')) return noun.slice(0, -1);
	return noun;
}

/** `1.5 million`, `two dozen`, `a hundred`: multipliers after a number. */
function applyMultipliers(tokens: readonly Token[], read: NumberRead): NumberRead {
	let {value, high, last} = read;
	while (lower(tokens[last + 1]) in multipliers && !read.vague) {
		const factor = multipliers[lower(tokens[last + 1])]!;
		value *= factor;
		high = high === undefined ? undefined : high * factor;
		last++;
	}

	return {...read, value, high, last};
}

/**
 * A person's age as news writes it: `Maddon, 66, has…` (a whole number between commas after a
 * name), `aged 35`, `over the age of 21`.
 */
function isAge(tokens: readonly Token[], first: number, last: number, number: NumberRead): boolean {
	if (!Number.isInteger(number.value) || number.value < 1 || number.value > 120 || number.high !== undefined)
		return false;
	if (
		lower(tokens[first - 1]) === 'aged' ||
		(lower(tokens[first - 1]) === 'of' && lower(tokens[first - 2]) === 'age')
	) {
		return true;
	}

	const name = tokens[first - 2];
	return (
		tokens[first - 1]?.text === ',' &&
		tokens[last + 1]?.text === ',' &&
		name !== undefined &&
		/^\p{Lu}\p{Ll}/u.test(name.text) &&
		/^\d+$/.test(tokens[first]!.text) &&
		monthNumber(name.text) === undefined &&
		!calendarNames.has(name.lower) &&
		!places.has(name.lower)
	);
}

const places = new Set(placeList.places);
const calendarNames = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Only an opening bracket, or a slash inside one, between two figures: the second restates the first. */
function restates(tokens: readonly Token[], previousLast: number, first: number): boolean {
	const between = tokens.slice(previousLast + 1, first).map(token => token.text);
	if (between.length === 1 && between[0] === '(') return true;
	// `(224 kW / 300 PS)`: after a figure that restates, inside the same brackets.
	return (
		between.length === 1 &&
		between[0] === '/' &&
		tokens.slice(Math.max(0, previousLast - 4), previousLast).some(token => token.text === '(')
	);
}

/** A currency code or sign written after the number (`1,200€`, `110 JPY`); not `$`, which opens the next figure. */
function currencyAfter(text: string): string | undefined {
	const code = currencySymbols[text];
	return code !== undefined && (/^[A-Z]{3}$/.test(text) || /^[^\p{L}\d$]$/u.test(text)) ? code : undefined;
}

/**
 * A hyphenated word after the number that holds its scale or unit: `billion-mile` (a scale,
 * then the unit), `million-year-old`, `percent-owned` (the unit, then what it modifies),
 * `barrel-a-day` (a rate).
 */
function readCompoundUnit(word: string): {scale: number; unit: string} | undefined {
	const parts = word.toLowerCase().split('-');
	if (parts.length < 2 || parts.some(part => part === '')) return undefined;
	const scale = multipliers[parts[0]!];
	const rest = scale === undefined ? parts : parts.slice(1);
	if (scale !== undefined && rest.join('-') === 'year-old') return {scale, unit: 'yr-old'};
	const unit = gluedUnit(rest[0]!) ?? gluedUnit(`${rest[0]!}s`);
	if (unit === undefined || unitInfo(unit).dimension === 'count') return undefined;
	const per =
		rest.length === 3 && (rest[1] === 'a' || rest[1] === 'per')
			? (gluedUnit(rest[2]!) ?? gluedUnit(`${rest[2]!}s`))
			: undefined;
	if (rest.length === 3 && per !== undefined) return {scale: scale ?? 1, unit: `${unit}/${per}`};
	// `percent-owned`, `mile-long`: the unit, then a participle or a dimension word it makes an adjective of.
	return rest.length === 1 || (rest.length === 2 && /(?:ed|long|wide|deep|tall|high|old)$/.test(rest[1]!))
		? {scale: scale ?? 1, unit}
		: undefined;
}

/** `Boeing 737`, `Article 5`: digits that are part of a name. In a title-case headline every word is capitalised, so only the name words count there. */
function isNameNumber(tokens: readonly Token[], index: number, read: NumberRead, inHeadline: boolean): boolean {
	const previous = tokens[index - 1];
	// `COVID -19`
	if (previous?.text === '-' && nameNumberWords.test(tokens[index - 2]?.text ?? '')) {
		return true;
	}

	if (!/^\d/.test(tokens[index]!.text) || (previous !== undefined && previous.text in currencySymbols)) {
		return false;
	}

	// Whatever comes before: after a comma (`…, 49 Zorro Ranch Road`) or opening a paragraph
	// (`17 These seven clubs…`, a numbered paragraph).
	if (!inHeadline && namesWhatFollows(tokens, index)) {
		return true;
	}

	if (!previous?.isWord) {
		return false;
	}

	// `iPhone 11`, `eBay 2`; `COVID-19`
	if (nameNumberWords.test(previous.text) || /^\p{Ll}+\p{Lu}/u.test(previous.text)) {
		return true;
	}

	return (
		!inHeadline &&
		index - 1 > 0 &&
		isCapitalised(previous.text) &&
		monthNumber(previous.text) === undefined &&
		!isMeasured(tokens, read)
	);
}

/**
 * `787 Dreamliner`, `575 Wilbraham Road`, `9 E 71st St`, `90049 ZIP code`: a bare number
 * before capitalised words names what follows. Not a count: a capitalised plural (`50
 * Republicans`, `40 Senate Democrats`) or a nationality or party (`100 Russian troops`).
 */
function namesWhatFollows(tokens: readonly Token[], index: number): boolean {
	const next = tokens[index + 1];
	if (next === undefined || !next.isWord || !/^\d+(?:[-–]\d+)?$/.test(tokens[index]!.text)) return false;
	// `9 E 71st St`, `W 42nd Street`: a compass letter and an ordinal.
	if (/^[NSEW]$/u.test(next.text) && /^\d+(?:st|nd|rd|th)$/u.test(tokens[index + 2]?.text ?? '')) return true;
	if (
		!/^\p{Lu}\p{Ll}+$|^ZIP$/u.test(next.text) ||
		next.text.endsWith('s') ||
		demonyms.has(next.lower) ||
		calendarWords.has(next.lower) ||
		monthNumber(next.text) !== undefined ||
		readUnit([next.text]) !== undefined
	) {
		return false;
	}

	// The capitalised run: `Senate Democrats` is counted by its last word.
	let last = index + 1;
	while (last - index < 4 && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[last + 1]?.text ?? '')) last++;
	return !/\p{Ll}s$|^\p{Lu}+s$/u.test(tokens[last]!.text);
}

/**
 * `Israel’s 9 billion shekels`, `the Lamborghini’s 640bhp`, `Tylenol 500mg`: a number with a
 * unit, a scale word or a percent sign measures something, whatever word comes before it.
 */
function isMeasured(tokens: readonly Token[], read: NumberRead): boolean {
	if (read.unit !== undefined) return true;
	const after = tokens.slice(read.last + 1, read.last + 4).map(token => token.text);
	return after[0] !== undefined && (lower(tokens[read.last + 1]) in multipliers || readUnit(after) !== undefined);
}

/** The clause around a span: from the previous clause mark to the next, within the sentence. */
function clauseAround(text: string, sentence: Span, span: Span): string {
	// A clause is short: looking no further than this keeps a sentence of thousands of figures linear.
	const before = text.slice(wholeCharacterAt(text, Math.max(sentence.start, span.start - 300)), span.start);
	const after = sliceWhole(text.slice(span.end, Math.min(sentence.end, span.end + 300)), 300);
	const start = Math.max(...[',', ';', '(', ')', ':', '—'].map(mark => before.lastIndexOf(mark))) + 1;
	const endMatch = /[,;()—:]/.exec(after);
	return before.slice(start) + text.slice(span.start, span.end) + (endMatch ? after.slice(0, endMatch.index) : after);
}

/** Nothing says what the figure measures: its own words in context label it (`jailed for 11 years`). */
function contextLabel(clause: string, figureText: string): string {
	const at = clause.indexOf(figureText);
	const before = clause.slice(0, Math.max(0, at)).trim().split(/\s+/).filter(Boolean).slice(-3);
	const after = clause
		.slice(at + figureText.length)
		.trim()
		.split(/\s+/)
		.filter(Boolean)
		.slice(0, 2);
	// A word is a few letters: a run of thousands (emoji, digits) must not make a label of them.
	const short = (word: string) => (word.length > 24 ? `${sliceWhole(word, 23)}…` : word);
	return [...before.map(short), figureText, ...after.map(short)].join(' ').replace(/[\s.,;:!?”"’]+$/u, '');
}

/** `offset`, or the next one when it falls inside a surrogate pair. */
function wholeCharacterAt(text: string, offset: number): number {
	const code = text.charCodeAt(offset);
	return code >= 0xdc_00 && code <= 0xdf_ff ? offset + 1 : offset;
}

/** The attribution for a figure: its quotation's speaker, else the nearest attribution in its sentence. */
type AttributionLookup = {
	/** Quotation parts in text order, each with its quotation's attribution. */
	readonly parts: readonly {readonly span: Span; readonly attribution: Attribution | undefined}[];
	readonly bySentence: ReadonlyMap<number, readonly Attribution[]>;
};

function attributionLookup(quotes: readonly Quote[], attributions: readonly Attribution[]): AttributionLookup {
	const parts = quotes
		.flatMap(quote => quote.spans.map(span => ({span, attribution: quote.attribution})))
		.sort((a, b) => a.span.start - b.span.start);
	const bySentence = new Map<number, Attribution[]>();
	for (const attribution of attributions) {
		const list = bySentence.get(attribution.sentence);
		if (list) list.push(attribution);
		else bySentence.set(attribution.sentence, [attribution]);
	}

	return {parts, bySentence};
}

/** The attribution for a figure: its quotation's speaker, else the nearest attribution in its sentence. */
function attributionFor(span: Span, sentence: number, lookup: AttributionLookup): Attribution | undefined {
	// The last quotation part starting at or before the figure (binary search).
	let low = 0;
	let high = lookup.parts.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if (lookup.parts[middle]!.span.start <= span.start) low = middle + 1;
		else high = middle - 1;
	}

	const part = lookup.parts[high];
	if (part && span.end <= part.span.end) {
		return part.attribution;
	}

	const distance = (attribution: Attribution) =>
		attribution.cue.start >= span.end
			? attribution.cue.start - span.end
			: Math.max(0, span.start - attribution.cue.end);
	return (lookup.bySentence.get(sentence) ?? []).toSorted((a, b) => distance(a) - distance(b))[0];
}

export type ArticleFigures = {
	readonly figures: readonly ExtractedFigure[];
	readonly dates: readonly DateMention[];
};

export function extractFigures(
	article: Article,
	quotes: readonly Quote[],
	attributions: readonly Attribution[],
	tokensOfSentences: readonly (readonly Token[])[] = sentenceTokens(article),
): ArticleFigures {
	const {text} = article;
	const figures: ExtractedFigure[] = [];
	const dates: DateMention[] = [];
	const lookup = attributionLookup(quotes, attributions);
	for (const [sentenceIndex, sentence] of article.sentences.entries()) {
		const tokens = tokensOfSentences[sentenceIndex]!;
		const inHeadline = article.headline !== undefined && sentence.start < article.headline.end;
		// The figure read just before in the sentence: what the next one may restate or carry on.
		let previousFigure:
			| (PreviousFigure & {readonly qualifier: Qualifier; readonly unit: string | undefined; readonly fromEnd: boolean})
			| undefined;
		for (let index = 0; index < tokens.length; index++) {
			if (!mayStartFigureOrDate(tokens[index]!)) {
				continue;
			}

			const date = readDate(tokens, index);
			if (date) {
				dates.push({span: date.span, year: date.year, month: date.month, day: date.day});
				index = date.last;
				continue;
			}

			const token = tokens[index]!;
			// A bare year, unless a count follows it (`2000 troops`) or a currency comes before it (`$2000`).
			const after = tokens[index + 1]?.text ?? '';
			const priced = (tokens[index - 1]?.text ?? '') in currencySymbols;
			// `by 2120`: a later year only after a preposition of time.
			const laterYear = /^21\d{2}$/.test(token.text) && yearPrepositions.has(lower(tokens[index - 1]));
			if ((isYear(token.text) || laterYear) && !priced && !(/^\p{Ll}{3,}s$/u.test(after) && !isFunctionWord(after))) {
				dates.push({
					span: {start: token.start, end: token.end},
					year: Number(token.text),
					month: undefined,
					day: undefined,
				});
				continue;
			}

			const read = readNumber(tokens, index);
			if (!read || isNameNumber(tokens, index, read, inHeadline)) {
				continue;
			}

			const previous = lower(tokens[index - 1]);
			const isWordNumber = !/^\d/.test(token.text) && !read.vague;
			// `the two nations`, `the bottom three`, `10:30`, `3 p.m.`
			// (`the top three seeds` counts seeds.)
			const ranked =
				rankWords.has(previous) &&
				definiteBefore.has(lower(tokens[index - 2])) &&
				!/^\p{Ll}+s$/u.test(tokens[read.last + 1]?.text ?? '');
			if (
				(isWordNumber && (definiteBefore.has(previous) || ranked)) ||
				tokens[index + 1]?.text === ':' ||
				previous === ':' ||
				/^[ap]\.m\.?$/i.test(tokens[read.last + 1]?.text ?? '')
			) {
				index = read.last;
				continue;
			}

			let number = applyMultipliers(tokens, read);
			// 300 nines and `bn` is more than a double holds: no article states such a
			// figure, and an infinite value would be `null` in the JSON. Like digits too
			// long for a number (digitValue), it is no figure; clamping would invent one.
			if (!Number.isFinite(number.value) || !Number.isFinite(number.high ?? 0)) {
				index = number.last;
				continue;
			}

			let first = index;
			let unit = number.unit;
			// `thousands` is 1,000 to 10,000, `dozens` 12 to 120: the order of magnitude the word names.
			if (number.vague) {
				number = {...number, high: number.value * 10};
			}

			let qualifier: Qualifier = 'exact';

			// `$-50.8bn`, `fell to -3.2%`: a minus sign against the digits, after a currency or a word.
			const sign = tokens[index - 1];
			const signed =
				(sign?.text === '-' || sign?.text === '−') &&
				sign.end === token.start &&
				/^\d/.test(token.text) &&
				tokens[index - 2] !== undefined &&
				!/^\d/.test(tokens[index - 2]!.text) &&
				(tokens[index - 2]!.text in currencySymbols
					? tokens[index - 2]!.end === sign.start
					: tokens[index - 2]!.end < sign.start);
			if (signed) {
				number = {...number, value: -number.value, high: number.high === undefined ? undefined : -number.high};
				first = index - 1;
			}

			// Currency before: `$1.2bn`, `US$ 5 million`, `€250,000`; wire copy's `Y=` for the yen sign.
			const at = signed ? index - 1 : index;
			const wireSymbol = tokens[at - 1]?.text === '=' && tokens[at - 1]!.start === tokens[at - 2]?.end;
			const symbol = wireSymbol ? `${tokens[at - 2]!.text}=` : (tokens[at - 1]?.text ?? '');
			if (symbol in currencySymbols && (unit === undefined || unitInfo(unit).dimension.startsWith('currency:'))) {
				unit = unit && symbol === '$' ? unit : currencySymbols[symbol];
				first = wireSymbol ? at - 2 : at - 1;
				// `HK $216,925`, `A $5m`, `US $58.24`
				const owner = symbol === '$' ? dollarOf(tokens[at - 2]?.text ?? '') : undefined;
				if (owner) {
					unit = owner;
					first = at - 2;
				}
			}

			// Ranges: `between 10 and 15`, `10 to 15`, `10 - 15`, `$3 billion to $5 billion`, `5% and 6%`,
			// `from 208 pounds to 193`; `from … to …` also runs downwards (`from 4.8 to 4.7 percent`).
			if (number.high === undefined) {
				const range = readRangeEnd(tokens, first, index, number, unit);
				// `between 1600 and 1900`: a span of years, not a figure.
				const high = range?.number.high;
				const afterRange = tokens[(range?.number.last ?? index) + 1]?.text ?? '';
				const counts = /^\p{Ll}{3,}s$/u.test(afterRange) && !isFunctionWord(afterRange);
				if (
					range &&
					range.unit === undefined &&
					high !== undefined &&
					isYear(String(high)) &&
					/^1\d{3}$|^20\d{2}$/.test(token.text) &&
					!counts
				) {
					for (const year of [index, range.number.last]) {
						dates.push({
							span: {start: tokens[year]!.start, end: tokens[year]!.end},
							year: Number(tokens[year]!.text),
							month: undefined,
							day: undefined,
						});
					}

					index = range.number.last;
					continue;
				}

				if (range) {
					number = range.number;
					unit = range.unit;
					first = range.first;
				}
			}

			let last = number.last;
			if (unit === undefined) {
				const words = tokens.slice(last + 1, last + 5).map(next => next.text);
				const readUnitWords = readUnit(words);
				const compound = readUnitWords ? undefined : readCompoundUnit(words[0] ?? '');
				if (readUnitWords) {
					unit = readUnitWords.code;
					last += readUnitWords.length;
				} else if (currencyAfter(words[0] ?? '')) {
					// `1,200€`, `110 JPY`
					unit = currencyAfter(words[0]!);
					last++;
				} else if (compound) {
					// `1.8 billion-mile`, `43.4 percent-owned`, `52,000 barrel-a-day`
					number = {...number, value: number.value * compound.scale, high: number.high && number.high * compound.scale};
					unit = compound.unit;
					last++;
				}
			}

			// `from about 14-18 mpg to 24`: the level reached is in the unit of the one left.
			if (
				unit === undefined &&
				lower(tokens[first - 1]) === 'to' &&
				previousFigure?.last === first - 2 &&
				previousFigure.fromEnd
			) {
				unit = previousFigure.unit;
			}

			if (unit === undefined && isAge(tokens, first, last, number)) unit = 'yr-old';
			if (unit === 'GBP' && isWeighedInPounds(tokens, first, last)) unit = 'lb';
			const rate = unit ? readRate(tokens, last, unit) : undefined;
			if (rate) {
				unit = rate.code;
				last = rate.last;
			}

			const hedge = readHedge(tokens.slice(Math.max(0, first - 3), first).map(before => before.text));
			if (hedge && !number.vague) {
				qualifier = hedge.qualifier;
				first -= hedge.length;
			} else if (number.qualifier) {
				qualifier = number.qualifier;
			}

			// `more than 7.5 million crowns (US $1.1 million)`, `just under 296 hp (224 kW / 300 PS)`: a
			// bracketed restatement claims what the figure it restates claims.
			const restated = previousFigure && restates(tokens, previousFigure.last, first);
			if (!hedge && restated) qualifier = previousFigure!.qualifier;
			const change =
				readChange(tokens, first, previousFigure) ?? priceAdded(tokens, first, unitInfo(unit ?? '').dimension);
			const fromEnd = lower(tokens[first - 1]) === 'from' || lower(tokens[first]) === 'from';
			previousFigure = {last, change, qualifier, unit, fromEnd};
			const span = {start: tokens[first]!.start, end: tokens[last]!.end};
			const clause = clauseAround(text, sentence, span);
			const clauseBefore = clause.slice(0, clause.indexOf(text.slice(span.start, span.end)));
			const info = unitInfo(unit ?? '');
			const counted = info.dimension === 'count' ? readCounted(tokens, last + 1, clauseBefore) : undefined;
			const subject = counted?.label ?? measureSubject(info.dimension, clause);
			const key = counted
				? counted.key && `count|${counted.key}`
				: subject
					? `${info.dimension}|${subject}`
					: undefined;
			figures.push({
				figure: {
					span,
					value: number.value,
					high: number.high,
					unit: info.code,
					counted: counted?.counted,
					qualifier,
					change,
					vague: number.vague === true,
					subject,
					conversion: undefined,
					attribution: attributionFor(span, sentenceIndex, lookup),
				},
				key: number.vague ? undefined : key,
				label: subject
					? counted
						? counted.label
						: `${subject}, ${info.label}`
					: contextLabel(clause, text.slice(span.start, span.end)),
				// Nation and event both named is the clearest a count gets.
				evidence: counted ? (counted.key?.split('|').every(part => part !== '') ? 0.9 : 0.7) : subject ? 0.8 : 0,
			});
			index = Math.max(last, counted?.last ?? last);
		}
	}

	return {figures: linkConversions(text, partsOfWholes(text, figures)), dates};
}

// `280 million of the 1.5 billion shekels`, `3 of its 40 stores`: the words between a part and its whole.
const partOfWhole = /^\s+of\s+(?:the|its|their|his|her|our|your|these|those)\s+$/iu;

/**
 * `280 million of the 1.5 billion shekels`, `3 of the 40 countries`: a bare number that is a part
 * of the figure after it counts in that figure's unit or noun. It measures a share, not the
 * whole, so it is lined up with nothing (no key).
 */
function partsOfWholes(text: string, figures: readonly ExtractedFigure[]): ExtractedFigure[] {
	return figures.map((entry, index) => {
		const whole = figures[index + 1]?.figure;
		const part = entry.figure;
		if (whole === undefined || part.unit !== '' || part.counted !== undefined || part.vague) return entry;
		if (whole.unit === '' && whole.counted === undefined) return entry;
		if (!partOfWhole.test(text.slice(part.span.end, whole.span.start))) return entry;
		return {...entry, key: undefined, figure: {...part, unit: whole.unit, counted: whole.counted, subject: undefined}};
	});
}

const weightWords = new Set(weightLists.words);
const moneyNouns = new Set(weightLists.moneyNouns);

/**
 * `weighed 208 pounds`: the word `pounds` (not `£`) in a sentence that speaks of weight;
 * `300 pounds of cocaine`: pounds of a substance, when no scale word makes it a sum.
 */
function isWeighedInPounds(tokens: readonly Token[], first: number, last: number): boolean {
	const figure = tokens.slice(first, last + 1);
	const inWords = figure.some(token => token.lower === 'pound' || token.lower === 'pounds');
	if (!inWords || figure.some(token => token.text.includes('£'))) return false;
	if (tokens.some(token => weightWords.has(token.lower))) return true;
	const after = tokens[last + 1];
	const substance = lower(tokens[last + 2]);
	return (
		tokens[last]!.lower === 'pounds' &&
		after?.lower === 'of' &&
		substance !== '' &&
		!moneyNouns.has(substance.replace(/['’]s?$/u, '')) &&
		!figure.some(token => token.lower in multipliers || /\d(?:k|m|bn|mn)$/iu.test(token.text))
	);
}

/** `90 square kilometers (around 35 square miles)`: the bracketed figure restates the first. */
function linkConversions(text: string, figures: readonly ExtractedFigure[]): ExtractedFigure[] {
	return figures.map((entry, index) => {
		const previous = figures[index - 1];
		if (!previous) {
			return entry;
		}

		const between = text.slice(previous.figure.span.end, entry.figure.span.start);
		const a = unitInfo(previous.figure.unit);
		const b = unitInfo(entry.figure.unit);
		if (!/^\s*\(\s*$/.test(between) || a.dimension !== b.dimension || a.code === b.code || a.dimension === 'count') {
			return entry;
		}

		const original = previous.figure.value * a.toBase;
		const restated = entry.figure.value * b.toBase;
		const tolerance = entry.figure.qualifier === 'exact' ? 0.03 : 0.1;
		const agrees = Math.abs(original - restated) <= tolerance * original;
		return {
			...entry,
			key: undefined,
			figure: {...entry.figure, subject: previous.figure.subject, conversion: {of: index - 1, agrees}},
		};
	});
}
