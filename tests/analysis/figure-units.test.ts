import {describe, expect, test} from 'vitest';
import {analyzePassages} from '../helpers/articles.js';
import {unitInfo} from '../../source/analysis/figures/units.js';

/** `text | value | unit name` for each figure of a passage. */
function unitsOf(passage: string): string[] {
	const {article, figures} = analyzePassages({a: passage}).articles[0]!;
	return figures.map(
		figure =>
			`${article.text.slice(figure.span.start, figure.span.end)} | ${figure.value}${figure.high === undefined ? '' : `-${figure.high}`} | ${unitInfo(figure.unit).name || '-'}`,
	);
}

describe('units written against the number', () => {
	test.each([
		['Winds reached 50mph.', '50mph | 50 | mile per hour'],
		['It has a 6kW motor.', '6kW | 6 | kilowatt'],
		['The plan gives 54GB of data.', '54GB | 54 | gigabyte'],
		['Take one 500mg tablet.', '500mg | 500 | milligram'],
		['Add 50mL of acid.', '50mL | 50 | millilitre'],
		['The flat is 32m2.', '32m2 | 32 | square metre'],
		['Gilts yield 1.38pc.', '1.38pc | 1.38 | percent'],
		['Shares closed at 118.5p.', '118.5p | 118.5 | penny'],
		['Use a 5-10W laser.', '5-10W | 5-10 | watt'],
		['The skeleton is 37m long.', '37m | 37 | metre'],
	])('%s', (passage, expected) => {
		expect(unitsOf(passage)).toEqual([expected]);
	});
});

describe('scale words', () => {
	test.each([
		['The bill is £22billion.', '£22billion | 22000000000 | pound sterling'],
		['They paid €130bn.', '€130bn | 130000000000 | euro'],
		['The club paid £37m.', '£37m | 37000000 | pound sterling'],
		['It sold 4.3M copies.', '4.3M | 4300000 | -'],
	])('%s', (passage, expected) => {
		expect(unitsOf(passage)[0]).toBe(expected);
	});
});

describe('currencies by symbol, code and name', () => {
	test.each([
		['Heineken rose to RM23.50.', 'RM23.50 | 23.5 | Malaysian ringgit'],
		['The yacht cost USD10m.', 'USD10m | 10000000 | dollar'],
		['Fares came to HK $216,925.', 'HK $216,925 | 216925 | Hong Kong dollar'],
		['The house is worth $US55,931,000.', '$US55,931,000 | 55931000 | dollar'],
		['The state paid A$1.5bn.', 'A$1.5bn | 1500000000 | Australian dollar'],
		['It paid 333.6 million yen.', '333.6 million yen | 333600000 | Japanese yen'],
		['He raised 280 million shekels.', '280 million shekels | 280000000 | Israeli new shekel'],
		['Exports hit 7.5 million Danish crowns.', '7.5 million Danish crowns | 7500000 | Danish krone'],
		['Tickets cost Rs 500.', 'Rs 500 | 500 | Indian rupee'],
		['The stock added 18 sen.', '18 sen | 18 | sen'],
	])('%s', (passage, expected) => {
		expect(unitsOf(passage)[0]).toBe(expected);
	});
});

describe('unit families', () => {
	test.each([
		['The car makes 640 bhp.', '640 bhp | 640 | horsepower'],
		['It reached 87 mph (140 km/h).', '87 mph | 87 | mile per hour'],
		['Temperatures fell 1.5 degrees Celsius.', '1.5 degrees Celsius | 1.5 | degree Celsius'],
		['Air at minus 387 Fahrenheit.', 'minus 387 Fahrenheit | -387 | degree Fahrenheit'],
		['A 30 degree launch angle.', '30 degree | 30 | degree'],
		['The plant makes 35 gigawatt hours.', '35 gigawatt hours | 35 | gigawatt hour'],
		['The battery holds 4500 mAh.', '4500 mAh | 4500 | milliampere-hour'],
		['A screen at 120 Hz.', '120 Hz | 120 | hertz'],
		['The fund charges 40 basis points.', '40 basis points | 40 | basis point'],
		['Levels hit 15 ppb.', '15 ppb | 15 | part per billion'],
		['Engines spin at 3000 rpm.', '3000 rpm | 3000 | revolution per minute'],
		['The offence gained minus-5 yards.', 'minus-5 yards | -5 | yard'],
		['The tank holds 24.5 cubic feet.', '24.5 cubic feet | 24.5 | cubic foot'],
		['The rate fell to .001 per cent.', '.001 per cent | 0.001 | percent'],
		['A 6.1-inch display.', '6.1-inch | 6.1 | inch'],
		['A 50-year-old man was held.', '50-year-old | 50 | year of age'],
		['A 50 year-old man was held.', '50 year-old | 50 | year of age'],
		['He scored 7.3 points a game.', '7.3 points | 7.3 | point'],
	])('%s', (passage, expected) => {
		expect(unitsOf(passage)[0]).toBe(expected);
	});

	test('rates: a unit per a unit or per a counted thing', () => {
		expect(unitsOf('Oil was at $58.24 per barrel.')).toEqual(['$58.24 per barrel | 58.24 | dollar per barrel']);
		expect(unitsOf('Homes cost $1,100 per square foot.')).toEqual([
			'$1,100 per square foot | 1100 | dollar per square foot',
		]);
		expect(unitsOf('Rent is $3,500 a month.')).toEqual(['$3,500 a month | 3500 | dollar per month']);
		expect(unitsOf('Earnings were 63 cents per share.')).toEqual(['63 cents per share | 63 | cent per share']);
		// `a` makes a rate only of a time: `5 miles a new record` is no rate.
		expect(unitsOf('He ran 5 miles, a new record.')).toEqual(['5 miles | 5 | mile']);
	});

	test('`2018s best sector` is a year, not 2,018 seconds', () => {
		expect(unitsOf('Healthcare, 2018s best sector, fell.')).toEqual([]);
	});
});

describe('units after the number, and in words joined to it', () => {
	test.each([
		['The rate is 110 JPY to the dollar.', ['110 JPY | 110 | Japanese yen']],
		['She paid 1,200€ for it.', ['1,200€ | 1200 | euro']],
		['Wire copy: Nintendo closed at Y=28,030.', ['Y=28,030 | 28030 | Japanese yen']],
		['Nissan is 43.4 percent-owned by Renault.', ['43.4 percent-owned | 43.4 | percent']],
		['The city has one 52,000 barrel-a-day refinery.', ['52,000 barrel-a-day | 52000 | barrel per day']],
		['It made a 1.8 billion-mile journey.', ['1.8 billion-mile | 1800000000 | mile']],
		['The 400 million-year-old rock was found.', ['400 million-year-old | 400000000 | year of age']],
		[
			'It gives 275 pound-feet of torque and 450 Nm at the wheels.',
			['275 pound-feet | 275 | pound-foot', '450 Nm | 450 | newton metre'],
		],
		['The laptop is worth exactly $2000.', ['$2000 | 2000 | dollar']],
	])('%s', (passage, expected) => {
		expect(unitsOf(passage)).toEqual(expected);
	});

	test('a number with a unit, scale word or percent after a capitalised word measures something', () => {
		expect(unitsOf('It is a blow to Israels 9 billion shekels industry and the Lamborghinis 640bhp engine.')).toEqual([
			'9 billion shekels | 9000000000 | Israeli new shekel',
			'640bhp | 640 | horsepower',
		]);
		// A bare number after a capitalised word is still part of a name.
		expect(unitsOf('Apollo 11 landed on the Moon.')).toEqual([]);
	});
});

describe('ages', () => {
	test.each([
		['Maddon, 66, has used the downtime.', ['66 | 66 | year of age']],
		['The squad had 17 players over the age of 21.', ['17 | 17 | -', '21 | 21 | year of age']],
		['A man aged 35 was arrested.', ['35 | 35 | year of age']],
		// A number between commas after a day or a country is no age.
		['On Tuesday, 12, not 10, were hurt.', ['12 | 12 | -', '10 | 10 | -']],
	])('%s', (passage, expected) => {
		expect(unitsOf(passage)).toEqual(expected);
	});
});

describe('shares of a whole', () => {
	test.each([
		['Nearly two-thirds of the sales came from streaming.', ['Nearly two-thirds | 0.6666666666666666 | fraction']],
		['A third of the population lives in the south.', ['A third | 0.3333333333333333 | fraction']],
		['One out of three Germans have housing problems.', ['One out of three | 0.3333333333333333 | fraction']],
		['Six in 10 voters backed the plan.', ['Six in 10 | 0.6 | fraction']],
		['The firm has 600 staff, almost half of whom are in Ohio.', ['600 | 600 | -', 'almost half | 0.5 | fraction']],
		// A share of a unit is in that unit.
		['An ounce is 1/16 of a pint, a quarter of an hour.', ['1/16 | 0.0625 | pint', 'a quarter | 0.25 | hour']],
		// Without `of` these are ordinals and times; `9/11` and `24/7` are names.
		['He won a third term in the second half of the year, half an hour after 9/11, open 24/7.', []],
	])('%s', (passage, expected) => {
		expect(unitsOf(passage)).toEqual(expected);
	});

	test('a fraction compares with a percentage of the same whole', () => {
		expect(unitInfo('fraction').dimension).toBe(unitInfo('percent').dimension);
		expect(unitInfo('fraction').toBase).toBe(100 * unitInfo('percent').toBase);
	});
});

describe('more units, and units carried from a figure before', () => {
	test.each([
		['A beetle that can go 0 to 80km/h quickly.', ['0 to 80km/h | 0-80 | kilometre per hour']],
		['The neck is 25.5″ long.', ['25.5″ | 25.5 | inch']],
		[
			'It stored 5 volts and drew 10 amps from a 12V battery.',
			['5 volts | 5 | volt', '10 amps | 10 | ampere', '12V | 12 | volt'],
		],
		[
			'Mileage rose from about 14-18 mpg to 24 for SUVs.',
			['about 14-18 mpg | 14-18 | mile per gallon', '24 | 24 | mile per gallon'],
		],
	])('%s', (passage, expected) => {
		expect(unitsOf(passage)).toEqual(expected);
	});

	test('a people or party in the plural is what a number counts', () => {
		const {figures} = analyzePassages({a: 'In total, 1,307,000 Americans and 50 Republicans applied.'}).articles[0]!;
		expect(figures.map(figure => figure.counted)).toEqual(['Americans', 'Republicans']);
	});
});
