/**
 * Numbers written as words (`eight`, `two dozen`, `a hundred`, `twenty-five`,
 * `1.5 million`) and vague magnitudes (`dozens`, `thousands of`), which are kept
 * as magnitudes and never read as exact numbers.
 */

const units: Record<string, number> = {
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
};

/** Multipliers after a number: `1.5 million`, `two dozen`, `$3bn`. */
export const multipliers: Record<string, number> = {
	dozen: 12,
	hundred: 100,
	thousand: 1000,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12,
	bn: 1e9,
	mn: 1e6,
	tn: 1e12,
};

/** Plural magnitudes that make a figure vague: `thousands of soldiers`. */
export const vagueMagnitudes: Record<string, number> = {
	dozens: 12,
	scores: 20,
	hundreds: 100,
	thousands: 1000,
	millions: 1e6,
	billions: 1e9,
};

/** The value of one number word or hyphenated compound (`twenty-five`), if it is one. */
export function numberWordValue(word: string): number | undefined {
	const lower = word.toLowerCase();
	if (lower in units) {
		return units[lower];
	}

	const compound =
		/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(
			lower,
		);
	return compound ? units[compound[1]!]! + units[compound[2]!]! : undefined;
}

/** A number in digits: `1,150`, `2.5`, `11 000` is not handled here (spaces split tokens). */
export function digitValue(text: string): number | undefined {
	if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(text)) {
		return undefined;
	}

	const value = Number(text.replaceAll(',', ''));
	return Number.isFinite(value) ? value : undefined;
}

/** Denominators written as words: `a third`, `two-thirds`, `three quarters`, `half`. */
export const fractionDenominators: Record<string, number> = {
	half: 2,
	halves: 2,
	third: 3,
	thirds: 3,
	quarter: 4,
	quarters: 4,
	fourth: 4,
	fourths: 4,
	fifth: 5,
	fifths: 5,
	sixth: 6,
	sixths: 6,
	eighth: 8,
	eighths: 8,
	tenth: 10,
	tenths: 10,
};
