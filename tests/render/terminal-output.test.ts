import {describe, expect, test} from 'vitest';
import {jsonText, terminalText} from '../../source/render/terminal-output.js';

const esc = '\u001B';

describe('terminalText', () => {
	test('controls, C1 and bidirectional characters become visible escapes; tab and line feed stay', () => {
		expect(terminalText(`a${esc}]0;T\u0007b\u009B2J\u202Ec\u2066d\r\te\n`)).toBe(
			String.raw`a\x1b]0;T\x07b\x9b2J\u202ec\u2066d\x0d` + '\te\n',
		);
	});

	test('one line: tab, line feed and the Unicode line separator shown too', () => {
		expect(terminalText('a\tb\nc\u2028d', {line: true})).toBe(String.raw`a\x09b\x0ac\u2028d`);
	});

	test('with styles, the SGR colours Parallax adds are kept and nothing else', () => {
		const red = `${esc}[1;31mred${esc}[0m`;
		expect(terminalText(red, {styles: true})).toBe(red);
		// Concealed text, a cursor move, a title: shown, not obeyed.
		expect(terminalText(`${esc}[8mhidden${esc}[2J${esc}]0;T\u0007`, {styles: true})).toBe(
			String.raw`\x1b[8mhidden\x1b[2J\x1b]0;T\x07`,
		);
		// Without styles, even a colour is shown.
		expect(terminalText(red)).toBe(String.raw`\x1b[1;31mred\x1b[0m`);
	});

	test('passing the gate twice shows the same', () => {
		const once = terminalText(`${esc}[2J\u009B\u202E`, {line: true});
		expect(terminalText(once, {line: true})).toBe(once);
	});
});

describe('jsonText', () => {
	test('C1, bidirectional and line separators escaped; the value reads back unchanged', () => {
		const value = {path: `a${esc}[2J\u009B\u009D\u202E\u2066\u2028\u007Fb`, count: 3};
		const text = jsonText(value);
		expect(text).toBe(`{\n  "path": "a\\u001b[2J\\u009b\\u009d\\u202e\\u2066\\u2028\\u007fb",\n  "count": 3\n}\n`);
		expect(JSON.parse(text)).toEqual(value);
	});
});
