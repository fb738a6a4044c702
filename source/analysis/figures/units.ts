/**
 * Units as written (kilometres, sq km, km², mph, per cent, $, HK$, RM…) mapped to ASCII
 * codes, with the dimension and factor that let figures in different units be compared:
 * 90 km² and 35 square miles are the same area. The table is ../vocabulary/units.json.
 */

import table from '../vocabulary/units.json' with {type: 'json'};

export type Dimension = string;

export type UnitInfo = {
	readonly code: string;
	readonly dimension: Dimension;
	/** Multiply by this to get the dimension's base unit (km², km, hours). */
	readonly toBase: number;
	/** How the unit reads in labels (`km²`). */
	readonly label: string;
	/** Its English name, singular (`square kilometre`, `Japanese yen`); `''` for counts. */
	readonly name: string;
};

type Entry = {
	readonly words: readonly string[];
	readonly symbols: readonly string[];
	readonly glued: readonly string[];
};

const infos = new Map<string, UnitInfo>();
/** Lower-case words and phrases (`square miles`, `per cent`) to codes. */
const words = new Map<string, string>();
/** Symbols as written (`km²`, `GB`, `kW`), standing alone or against the number. */
const symbols = new Map<string, string>();
/** Symbols read only against the number (`16in`, `5W`): alone they are words. */
const gluedOnly = new Map<string, string>();

function addForms(code: string, entry: Entry): void {
	for (const word of entry.words) words.set(word, code);
	for (const symbol of entry.symbols) symbols.set(symbol, code);
	for (const symbol of entry.glued) gluedOnly.set(symbol, code);
}

for (const [code, unit] of Object.entries(table.units)) {
	infos.set(code, {code, dimension: unit.dimension, toBase: unit.toBase, label: unit.label, name: unit.name});
	addForms(code, unit);
}

/** Currency symbols and codes written before a number: `$`, `HK$`, `€`, `RM`, `USD`. */
export const currencySymbols: Record<string, string> = {};
/** Currency prefixes written against the number (`RM23.50`, `USD10m`, `$US55,931`'s `US`). */
const gluedCurrencies = new Map<string, string>();
for (const [code, currency] of Object.entries(table.currencies)) {
	infos.set(code, {code, dimension: `currency:${code}`, toBase: 1, label: code, name: currency.name});
	for (const word of currency.words) words.set(word, code);
	for (const symbol of currency.symbols) currencySymbols[symbol] = code;
	for (const prefix of currency.glued) gluedCurrencies.set(prefix, code);
}

for (const [code, minor] of Object.entries(table.minorCurrencies)) {
	const parent = infos.get(minor.of)!;
	infos.set(code, {
		code,
		dimension: parent.dimension,
		toBase: minor.fraction,
		label: minor.words[1] ?? minor.name,
		name: minor.name,
	});
	for (const word of minor.words) words.set(word, code);
	for (const symbol of minor.symbols) symbols.set(symbol, code);
	for (const symbol of minor.glued) gluedOnly.set(symbol, code);
}

// The parts before a `$` that name whose dollar it is: `HK $216,925`, `A $5m`, `US $58`.
const dollarPrefixes = new Map<string, string>(
	Object.entries(currencySymbols)
		.filter(([symbol]) => symbol.endsWith('$') && symbol.length > 1)
		.map(([symbol, code]) => [symbol.slice(0, -1), code]),
);

export function unitInfo(code: string): UnitInfo {
	const known = infos.get(code);
	if (known) {
		return known;
	}

	// A rate, `USD/bbl` or `USD/share`: the numerator's unit per a unit or a counted noun.
	const slash = code.indexOf('/', code.startsWith('km/h') ? 4 : 1);
	if (slash > 0) {
		const numerator = unitInfo(code.slice(0, slash));
		const per = code.slice(slash + 1);
		const denominator = infos.get(per);
		return {
			code,
			dimension: `${numerator.dimension}/${denominator?.dimension ?? per}`,
			toBase: numerator.toBase / (denominator?.toBase ?? 1),
			label: `${numerator.label}/${denominator?.label ?? per}`,
			name: `${numerator.name} per ${denominator?.name ?? per}`,
		};
	}

	return {code, dimension: `currency:${code}`, toBase: 1, label: code, name: code};
}

/** The currency a `$` belongs to when the word before names it (`HK`, `A`, `US`). */
export function dollarOf(prefix: string): string | undefined {
	return dollarPrefixes.get(prefix);
}

/** A unit or currency written against a number's digits: `km`, `GB`, `mph`, `in`, `%`. */
export function gluedUnit(suffix: string): string | undefined {
	return symbols.get(suffix) ?? gluedOnly.get(suffix) ?? words.get(suffix.toLowerCase());
}

/** A currency prefix written against a number's digits: `RM`, `USD`, `Rs`. */
export function gluedCurrency(prefix: string): string | undefined {
	return gluedCurrencies.get(prefix);
}

const longestPhrase = Math.max(...[...words.keys()].map(word => word.split(' ').length));

/**
 * Reads a unit from the words after a number, longest first. Returns the code and how many
 * words it used: `square kilometers` → km2, 2; `per cent` → percent, 2; `km / h` → km/h, 3.
 */
export function readUnit(after: readonly string[]): {readonly code: string; readonly length: number} | undefined {
	for (let length = Math.min(longestPhrase, after.length); length > 0; length--) {
		const parts = after.slice(0, length);
		const code = words.get(parts.join(' ').toLowerCase()) ?? symbols.get(parts.join(''));
		if (code !== undefined) {
			return {code, length};
		}
	}

	return undefined;
}
