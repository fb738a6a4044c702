/**
 * Hedges before a figure (`more than`, `at least`, `about`, `some`, `nearly`, `up to`,
 * `exceeds`), normalised to a qualifier, and the range of values each claim allows,
 * which decides whether two figures agree.
 */

import type {Figure, Qualifier} from '../../model.js';
import {unitInfo} from './units.js';

// Longest phrases first, so `more than` wins over `than`.
const hedgePhrases: [string, Qualifier][] = [
	['no more than', '<='],
	['not more than', '<='],
	['as many as', '<='],
	['more than', '>'],
	['greater than', '>'],
	['higher than', '>'],
	['upwards of', '>'],
	['in excess of', '>'],
	['just over', '>'],
	['well over', '>'],
	['at least', '>='],
	['a minimum of', '>='],
	['an estimated', '~'],
	['an approximate', '~'],
	['close to', '~'],
	// Averaging is approximate (`he averaged 7.3 points`); `an average of 5%` states the average itself.
	['averaged', '~'],
	['averaging', '~'],
	['averages', '~'],
	['less than', '<'],
	['fewer than', '<'],
	['just under', '<'],
	['at most', '<='],
	['a maximum of', '<='],
	['up to', '<='],
	['within', '<='],
	['about', '~'],
	['around', '~'],
	['approximately', '~'],
	['approx', '~'],
	['roughly', '~'],
	['some', '~'],
	['estimated', '~'],
	['circa', '~'],
	['barely', '~'],
	['~', '~'],
	['nearly', '<'],
	['almost', '<'],
	['over', '>'],
	['exceeds', '>'],
	['exceeded', '>'],
	['exceeding', '>'],
	['exceed', '>'],
	['above', '>'],
	['under', '<'],
	['below', '<'],
];

const hedgeParts = hedgePhrases.map(([phrase, qualifier]) => [phrase.split(' '), qualifier] as const);
const hedgeEndings = new Set(hedgeParts.map(([parts]) => parts.at(-1)!));

/** The hedge ending right before a figure, as words in order (`['at', 'least']`). */
export function readHedge(
	wordsBefore: readonly string[],
): {readonly qualifier: Qualifier; readonly length: number} | undefined {
	const last = wordsBefore.at(-1)?.toLowerCase();
	if (last === undefined || !hedgeEndings.has(last)) {
		return undefined;
	}

	const lower = wordsBefore.map(word => word.toLowerCase());
	for (const [parts, qualifier] of hedgeParts) {
		if (
			parts.length <= lower.length &&
			parts.every((part, index) => lower[lower.length - parts.length + index] === part)
		) {
			return {qualifier, length: parts.length};
		}
	}

	return undefined;
}

/** How far an unhedged figure may be from another and still agree: round numbers are rounded. */
function roundingTolerance(value: number): number {
	if (value === 0) {
		return 0;
	}

	const magnitude = 10 ** Math.floor(Math.log10(Math.abs(value)));
	return value % magnitude === 0 && Math.abs(value) >= 100 ? 0.05 : 0.02;
}

/**
 * The values a figure allows, in its own unit. A hedge stretches a figure by a tenth:
 * `at least 800` is 800 or somewhat more, not any number above 800, so `about 1,000`
 * and `at least 800` disagree while `over 1,000` and `about 1,000` agree.
 */
export function allowedRange(value: number, high: number | undefined, qualifier: Qualifier): [number, number] {
	const top = high ?? value;
	switch (qualifier) {
		case '~': {
			return [value * 0.9, top * 1.1];
		}

		case '>':
		case '>=': {
			return [value, top * 1.1];
		}

		case '<':
		case '<=': {
			return [value * 0.9, top];
		}

		default: {
			const tolerance = high === undefined ? roundingTolerance(value) : 0;
			return [value * (1 - tolerance), top * (1 + tolerance)];
		}
	}
}

/** Whether two ranges overlap. */
export function rangesOverlap(a: readonly [number, number], b: readonly [number, number]): boolean {
	return a[0] <= b[1] && b[0] <= a[1];
}

/** The values a figure allows, in its dimension's base unit. */
export function baseRange(figure: Figure): [number, number] {
	const factor = unitInfo(figure.unit).toBase;
	const [first, second] = allowedRange(figure.value, figure.high, figure.qualifier);
	// A negative value's range comes out reversed.
	return [Math.min(first, second) * factor, Math.max(first, second) * factor];
}

/** Whether two figures of one dimension agree, compared in the dimension's base unit. */
export function figuresAgree(a: Figure, b: Figure): boolean {
	return rangesOverlap(baseRange(a), baseRange(b));
}

/**
 * Whether every pair of figures agrees. Ranges on a line overlap pairwise exactly when
 * the highest low end is under the lowest high end, so this is linear, not quadratic.
 */
export function allFiguresAgree(figures: readonly Figure[]): boolean {
	let highestLow = -Infinity;
	let lowestHigh = Infinity;
	for (const figure of figures) {
		const [low, high] = baseRange(figure);
		highestLow = Math.max(highestLow, low);
		lowestHigh = Math.min(lowestHigh, high);
	}

	return highestLow <= lowestHigh;
}
