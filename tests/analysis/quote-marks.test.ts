import {describe, expect, test} from 'vitest';
import {findQuotedSpans} from '../../source/analysis/quotes/quote-marks.js';
import {analyzePassages, articleFrom, quoteRows} from '../helpers/articles.js';

function quotedTexts(content: string): string[] {
	const article = articleFrom(content);
	return findQuotedSpans(article.text, article.paragraphs).map(quote =>
		article.text.slice(quote.inner.start, quote.inner.end),
	);
}

describe('findQuotedSpans', () => {
	test('curly and straight double quotes', () => {
		expect(quotedTexts('He called it a “buffer zone” and said "we will stay" there.')).toEqual([
			'buffer zone',
			'we will stay',
		]);
	});

	test('single quotes inside double ones stay inside the outer quotation', () => {
		expect(quotedTexts('“They told us ‘hold the line’ and we did,” the sergeant said.')).toEqual([
			'They told us ‘hold the line’ and we did,',
		]);
	});

	test('top-level single quotes, British style, but never apostrophes', () => {
		expect(quotedTexts('Mr Johnson said the deal was ‘oven ready’. Ukraine’s soldiers’ morale held.')).toEqual([
			'oven ready',
		]);
		expect(quotedTexts("Kyiv's forces aren't leaving, the general's aide said.")).toEqual([]);
	});

	test('a quotation running across sentences is one span', () => {
		expect(quotedTexts('“We are fighting. It is hard. We will win,” the commander said.')).toEqual([
			'We are fighting. It is hard. We will win,',
		]);
	});

	test('a stray unclosed mark is dropped at its paragraph end and the rest is still read', () => {
		expect(
			quotedTexts(
				'The “ key on the keyboard was stuck, and nothing closes it\nThe next paragraph has a “real quote” in it.',
			),
		).toEqual(['real quote']);
		expect(quotedTexts('The village of “Nova was taken by noon.\nA “second” quote.')).toEqual(['second']);
	});

	test('an introduced quotation whose closing mark was forgotten is cut at its paragraph end', () => {
		expect(
			quotedTexts('Gloria Penn told the council, “I don’t want cameras on every corner.\nThe vote was 4-3.'),
		).toEqual(['I don’t want cameras on every corner.']);
	});

	test('a stray second opening mark does not swallow the text after it', () => {
		expect(quotedTexts('A stray “ mark, then a “proper one” here.')).toEqual(['proper one']);
	});

	test('a quotation over several paragraphs: each unclosed paragraph is cut at its end', () => {
		expect(quotedTexts('“We shall never surrender.\n“We shall go on to the end,” he said.')).toEqual([
			'We shall never surrender.',
			'We shall go on to the end,',
		]);
	});

	test('thousands of unbalanced marks stay linear and find nothing false', () => {
		const text = `${'“ '.repeat(5000)}end of text.`;
		expect(quotedTexts(text)).toEqual([]);
	});
});

describe('doubled apostrophes and other double marks', () => {
	test('wire copy quotes in doubled apostrophes, whole and as terms', () => {
		expect(quotedTexts("''We will not back down,'' the mayor said. ''Not this year.''")).toEqual([
			'We will not back down,',
			'Not this year.',
		]);
		expect(quotedTexts("Critics call the plots ''pocket farms'' or ''paper gardens'' in their filings.")).toEqual([
			'pocket farms',
			'paper gardens',
		]);
		expect(quotedTexts("The clerk wrote: \"The hearing is closed to the public.'' Nobody objected.")).toEqual([
			'The hearing is closed to the public.',
		]);
	});

	test('a single quote inside doubled apostrophes, closing together as three apostrophes', () => {
		expect(quotedTexts("She said, ''I told him 'never.''' Then she left.")).toEqual(["I told him 'never.'"]);
		expect(quotedTexts("''Nobody says 'sorry' here,'' he said.")).toEqual(["Nobody says 'sorry' here,"]);
	});

	test('TeX and doubled curly single marks', () => {
		expect(quotedTexts("``We are ready,'' the coach said.")).toEqual(['We are ready,']);
		expect(quotedTexts('‘‘We are ready,’’ the coach said.')).toEqual(['We are ready,']);
	});

	test('inches are not quotation marks', () => {
		expect(quotedTexts("The tablet has a 10.1'' screen and a 5'' model is due.")).toEqual([]);
		expect(quotedTexts("The 6'4'' forward scored twice.")).toEqual([]);
	});

	test('guillemets both ways, low-high marks, and single guillemets', () => {
		expect(quotedTexts('« Nous restons », a dit la ministre.')).toEqual(['Nous restons']);
		expect(quotedTexts('»Wir bleiben«, sagte die Ministerin.')).toEqual(['Wir bleiben']);
		expect(quotedTexts('„Wir bleiben“, sagte die Ministerin.')).toEqual(['Wir bleiben']);
		expect(quotedTexts('„Zostajemy”, powiedziała minister.')).toEqual(['Zostajemy']);
		expect(quotedTexts('Sie nannte es ‹vorläufig› und ‚sicher‘.')).toEqual(['vorläufig', 'sicher']);
	});

	test('an opening curly mark used to close, and a closing one used to open', () => {
		expect(quotedTexts('The senator called the plan “a mess“ and left.')).toEqual(['a mess']);
		expect(quotedTexts('”We stay”, the minister said.')).toEqual(['We stay']);
		// Still an opening mark when it opens: a nested quotation restarts at it.
		expect(quotedTexts('He said “no “really” no.')).toEqual(['really']);
	});
});

describe('single quotes and apostrophes', () => {
	test('headline quotes in single marks', () => {
		expect(quotedTexts("Mayor: 'We Will Rebuild' After Flood")).toEqual(['We Will Rebuild']);
		expect(quotedTexts("'Not a Penny More,' Governor Says")).toEqual(['Not a Penny More,']);
	});

	test('elisions and abbreviated years open nothing', () => {
		expect(quotedTexts("They played rock 'n' roll hits of the '80s and '90s until dawn.")).toEqual([]);
		expect(quotedTexts("The class of '16 went 'til midnight and let 'em win, said Ms. O'Neill.")).toEqual([]);
		expect(quotedTexts('The ‘90s were kinder, the Browns’ neighbour said.')).toEqual([]);
	});

	test('elisions and possessives inside a single-quoted quotation do not end it', () => {
		expect(quotedTexts("'We love rock 'n' roll,' the twins said.")).toEqual(["We love rock 'n' roll,"]);
		expect(quotedTexts("'The Joneses' house is empty,' a neighbour said.")).toEqual(["The Joneses' house is empty,"]);
	});

	test('a possessive still closes when nothing surer follows', () => {
		expect(quotedTexts("The 'experts' say so, and the 'plan' stands.")).toEqual(['experts', 'plan']);
		expect(quotedTexts("They backed the 'Leave' side of the Browns' street.")).toEqual(['Leave']);
	});
});

describe('quotations in doubled apostrophes get their speakers', () => {
	test('after, before and split by the attribution', () => {
		const analysis = analyzePassages({
			wire: [
				"''We will not back down,'' Senator Dana Hill said on Tuesday.",
				"Governor Tom Ruiz said: ''The budget is balanced.''",
				"''It is late,'' Ruiz said, ''but not too late.''",
			].join('\n'),
		});
		expect(quoteRows(analysis)).toEqual([
			['We will not back down,', 'full', 'Dana Hill'],
			['The budget is balanced.', 'full', 'Tom Ruiz'],
			['It is late, … but not too late.', 'full', 'Tom Ruiz'],
		]);
	});
});
