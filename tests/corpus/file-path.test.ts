import {describe, expect, test} from 'vitest';
import {escapeInvalidUtf8, joinPath, revivedPath, shownPath, utf8Name} from '../../source/corpus/file-path.js';

const bytes = (...parts: (string | number[])[]) =>
	Buffer.concat(parts.map(part => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('escapeInvalidUtf8', () => {
	test('well-formed UTF-8 is kept as it reads; a stray byte is written \\xNN', () => {
		// é as UTF-8 (C3 A9) is a letter; é as Latin-1 (E9) is one byte that begins no sequence it has.
		expect(escapeInvalidUtf8(bytes('caf', [0xc3, 0xa9], '.txt'))).toBe('café.txt');
		expect(escapeInvalidUtf8(bytes('caf', [0xe9], '.txt'))).toBe('caf\\xe9.txt');
		expect(escapeInvalidUtf8(bytes([0xff, 0xfe], 'x'))).toBe('\\xff\\xfex');
	});

	test('sequences Unicode rules out are escaped byte by byte', () => {
		// An overlong "/" (C0 AF), a surrogate (ED A0 80), past U+10FFFF (F4 90 80 80), cut short (E2 82).
		expect(escapeInvalidUtf8(Buffer.from([0xc0, 0xaf]))).toBe('\\xc0\\xaf');
		expect(escapeInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe('\\xed\\xa0\\x80');
		expect(escapeInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe('\\xf4\\x90\\x80\\x80');
		expect(escapeInvalidUtf8(bytes('a', [0xe2, 0x82]))).toBe('a\\xe2\\x82');
		// The same leads with the bytes they need: €, U+10FFFF and 😀.
		expect(escapeInvalidUtf8(Buffer.from([0xe2, 0x82, 0xac]))).toBe('€');
		expect(escapeInvalidUtf8(Buffer.from([0xf4, 0x8f, 0xbf, 0xbf]))).toBe('\u{10FFFF}');
		expect(escapeInvalidUtf8(Buffer.from('😀'))).toBe('😀');
	});
});

describe('paths as bytes', () => {
	test('a UTF-8 name joins as a string; one that is not makes the path bytes', () => {
		expect(joinPath('./root/', Buffer.from('café.txt'))).toBe('root/café.txt');
		const latin = joinPath('./root/', bytes('caf', [0xe9], '.txt'));
		expect(latin).toEqual(bytes('root/caf', [0xe9], '.txt'));
		expect(joinPath(latin, Buffer.from('x'))).toEqual(bytes('root/caf', [0xe9], '.txt/x'));
		expect(joinPath('/', bytes([0xe9]))).toEqual(bytes('/', [0xe9]));
	});

	test('shown escaped; a UTF-8 name as bytes reads as itself', () => {
		expect(shownPath(bytes('/tmp/caf', [0xe9], '.txt'))).toBe('/tmp/caf\\xe9.txt');
		expect(shownPath(Buffer.from('/tmp/café.txt'))).toBe('/tmp/café.txt');
		expect(shownPath('/tmp/plain.txt')).toBe('/tmp/plain.txt');
		expect(utf8Name(bytes([0xe9]))).toBeUndefined();
	});

	test('bytes that crossed to a worker as a plain Uint8Array are a Buffer again', () => {
		const path = bytes('/tmp/caf', [0xe9]);
		const crossed = structuredClone(path);
		expect(Buffer.isBuffer(crossed)).toBe(false);
		const revived = revivedPath(crossed);
		expect(Buffer.isBuffer(revived)).toBe(true);
		expect(revived).toEqual(path);
		expect(revivedPath('/tmp/a.txt')).toBe('/tmp/a.txt');
	});
});
