import Qty from 'js-quantities';
import {describe, expect, test} from 'vitest';
import table from '../../source/analysis/vocabulary/units.json' with {type: 'json'};
import {readUnit, unitInfo} from '../../source/analysis/figures/units.js';

// The dimension's base unit, as js-quantities names it; the table's factors are relative to it.
const bases: Record<string, string> = {
	area: 'km^2',
	length: 'km',
	mass: 'tonne',
	volume: 'liter',
	duration: 'hour',
	speed: 'km/h',
	power: 'kW',
	energy: 'kWh',
	data: 'GB',
	frequency: 'Hz',
	pressure: 'GPa',
	torque: 'N*m',
};
// How js-quantities writes units whose table code it does not read.
const qtyNames: Record<string, string> = {
	km2: 'km^2',
	ha: 'hectare',
	mi2: 'mi^2',
	m2: 'm^2',
	ft2: 'ft^2',
	um: 'um',
	t: 'tonne',
	lb: 'lbs',
	L: 'liter',
	mL: 'ml',
	'pt-vol': 'pint',
	qt: 'quart',
	ft3: 'ft^3',
	m3: 'm^3',
	bbl: 'oilbarrel',
	yr: 'year',
	wk: 'week',
	kn: 'knot',
	kB: 'kB',
	'N·m': 'N*m',
	'lbf·ft': 'lbf*ft',
};

describe('the units table', () => {
	// js-quantities has no month; a month is a twelfth of its year.
	const checked = Object.entries(table.units).filter(([, unit]) => unit.dimension in bases);
	const qtyFactor = (code: string, base: string) =>
		code === 'mo' ? new Qty(1, 'year').to(base).scalar / 12 : new Qty(1, qtyNames[code] ?? code).to(base).scalar;
	test.each(checked)('%s has the factor js-quantities gives it', (code, unit) => {
		const factor = qtyFactor(code, bases[unit.dimension]!);
		// Months and years are averages, which tables round differently.
		expect(unit.toBase).toBeCloseTo(factor, ['mo', 'yr'].includes(code) ? -1 : 6);
	});

	test('every unit and currency has a name, and the words of news read as them', () => {
		for (const [code, unit] of Object.entries(table.units)) {
			expect(unitInfo(code).name).toBe(unit.name);
		}

		expect(readUnit(['square', 'miles'])).toEqual({code: 'mi2', length: 2});
		expect(readUnit(['km', '/', 'h'])).toEqual({code: 'km/h', length: 3});
		expect(readUnit(['miles', 'per', 'hour'])).toEqual({code: 'mph', length: 3});
		expect(readUnit(['°', 'C'])).toEqual({code: 'degC', length: 2});
		expect(readUnit(['basis', 'points'])).toEqual({code: 'bp', length: 2});
		expect(unitInfo('JPY').name).toBe('Japanese yen');
		expect(unitInfo('USD/bbl').name).toBe('dollar per barrel');
		// `in` and `m` alone are words: only against the digits are they units.
		expect(readUnit(['in', 'the'])).toBeUndefined();
		expect(readUnit(['m'])).toBeUndefined();
	});
});
