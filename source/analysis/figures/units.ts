/**
 * Units as written (kilometres, sq km, km², square miles, per cent, $…) mapped to
 * ASCII codes, with the dimension and factor that let figures in different units
 * be compared: 90 km² and 35 square miles are the same area.
 */

export type Dimension = 'area' | 'length' | 'mass' | 'percent' | 'duration' | 'count' | `currency:${string}`;

export type UnitInfo = {
	readonly code: string;
	readonly dimension: Dimension;
	/** Multiply by this to get the dimension's base unit (km², km, hours). */
	readonly toBase: number;
	/** How the unit reads in labels (`km²`). */
	readonly label: string;
};

const table: Record<string, UnitInfo> = {
	km2: {code: 'km2', dimension: 'area', toBase: 1, label: 'km²'},
	mi2: {code: 'mi2', dimension: 'area', toBase: 2.589_988, label: 'mi²'},
	m2: {code: 'm2', dimension: 'area', toBase: 1e-6, label: 'm²'},
	ha: {code: 'ha', dimension: 'area', toBase: 0.01, label: 'ha'},
	acre: {code: 'acre', dimension: 'area', toBase: 0.004_046_86, label: 'acres'},
	km: {code: 'km', dimension: 'length', toBase: 1, label: 'km'},
	mi: {code: 'mi', dimension: 'length', toBase: 1.609_344, label: 'mi'},
	m: {code: 'm', dimension: 'length', toBase: 0.001, label: 'm'},
	ft: {code: 'ft', dimension: 'length', toBase: 0.000_304_8, label: 'ft'},
	percent: {code: 'percent', dimension: 'percent', toBase: 1, label: '%'},
	t: {code: 't', dimension: 'mass', toBase: 1, label: 'tonnes'},
	kg: {code: 'kg', dimension: 'mass', toBase: 0.001, label: 'kg'},
	min: {code: 'min', dimension: 'duration', toBase: 1 / 60, label: 'minutes'},
	h: {code: 'h', dimension: 'duration', toBase: 1, label: 'hours'},
	d: {code: 'd', dimension: 'duration', toBase: 24, label: 'days'},
	wk: {code: 'wk', dimension: 'duration', toBase: 168, label: 'weeks'},
	mo: {code: 'mo', dimension: 'duration', toBase: 730, label: 'months'},
	yr: {code: 'yr', dimension: 'duration', toBase: 8766, label: 'years'},
	'': {code: '', dimension: 'count', toBase: 1, label: ''},
};

for (const currency of ['USD', 'EUR', 'GBP', 'RUB', 'UAH', 'CNY', 'JPY', 'CHF', 'INR']) {
	table[currency] = {code: currency, dimension: `currency:${currency}`, toBase: 1, label: currency};
}

export function unitInfo(code: string): UnitInfo {
	return table[code] ?? {code, dimension: `currency:${code}`, toBase: 1, label: code};
}

/** Unit words after a number, longest first; `square`/`sq` combine with a length. */
const lengthWords: Record<string, string> = {
	kilometer: 'km',
	kilometers: 'km',
	kilometre: 'km',
	kilometres: 'km',
	km: 'km',
	kms: 'km',
	mile: 'mi',
	miles: 'mi',
	mi: 'mi',
	meter: 'm',
	meters: 'm',
	metre: 'm',
	metres: 'm',
	feet: 'ft',
	foot: 'ft',
	ft: 'ft',
};

const simpleWords: Record<string, string> = {
	'km²': 'km2',
	km2: 'km2',
	sqkm: 'km2',
	'mi²': 'mi2',
	'm²': 'm2',
	hectare: 'ha',
	hectares: 'ha',
	ha: 'ha',
	acre: 'acre',
	acres: 'acre',
	percent: 'percent',
	pct: 'percent',
	'%': 'percent',
	tonne: 't',
	tonnes: 't',
	ton: 't',
	tons: 't',
	kg: 'kg',
	kilograms: 'kg',
	kilogram: 'kg',
	minute: 'min',
	minutes: 'min',
	hour: 'h',
	hours: 'h',
	day: 'd',
	days: 'd',
	week: 'wk',
	weeks: 'wk',
	month: 'mo',
	months: 'mo',
	year: 'yr',
	years: 'yr',
	dollar: 'USD',
	dollars: 'USD',
	euro: 'EUR',
	euros: 'EUR',
	pound: 'GBP',
	pounds: 'GBP',
	rouble: 'RUB',
	roubles: 'RUB',
	ruble: 'RUB',
	rubles: 'RUB',
	hryvnia: 'UAH',
	hryvnias: 'UAH',
	yuan: 'CNY',
	yen: 'JPY',
	rupees: 'INR',
};

export const currencySymbols: Record<string, string> = {
	$: 'USD',
	US$: 'USD',
	USD: 'USD',
	'€': 'EUR',
	EUR: 'EUR',
	'£': 'GBP',
	GBP: 'GBP',
	'₽': 'RUB',
	'₴': 'UAH',
	'¥': 'JPY',
};

/**
 * Reads a unit from the words after a number. Returns the code and how many words it
 * used: `square kilometers` → km2, 2; `per cent` → percent, 2; `km²` → km2, 1.
 */
export function readUnit(words: readonly string[]): {readonly code: string; readonly length: number} | undefined {
	const [first = '', second = '', third = ''] = words.map(word => word.toLowerCase());
	if ((first === 'square' || first === 'sq' || first === 'sq.') && second in lengthWords) {
		return {code: `${lengthWords[second]}2`, length: 2};
	}

	if (first === 'per' && second === 'cent') {
		return {code: 'percent', length: 2};
	}

	if (first in lengthWords && second === 'squared') {
		return {code: `${lengthWords[first]}2`, length: 2};
	}

	if (first === 'sq' && second === '.' && third in lengthWords) {
		return {code: `${lengthWords[third]}2`, length: 3};
	}

	if (first in lengthWords) {
		return {code: lengthWords[first]!, length: 1};
	}

	if (first in simpleWords) {
		return {code: simpleWords[first]!, length: 1};
	}

	return undefined;
}
