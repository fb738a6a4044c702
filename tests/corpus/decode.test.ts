import {describe, expect, test} from 'vitest';
import {decodeBytes} from '../../source/corpus/decode.js';

function decodedText(bytes: Uint8Array): string {
	const result = decodeBytes(bytes);
	if (!result.ok) {
		throw new Error(`expected text, got: ${result.reason}`);
	}

	return result.text;
}

describe('decodeBytes', () => {
	test('reads UTF-8 with and without a byte-order mark', () => {
		expect(decodedText(Buffer.from('Syrskyi’s “view”', 'utf8'))).toBe('Syrskyi’s “view”');
		expect(decodedText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kursk', 'utf8')]))).toBe('Kursk');
	});

	test('decodes UTF-16 files that carry a byte-order mark', () => {
		const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Sudzha €', 'utf16le')]);
		expect(decodedText(littleEndian)).toBe('Sudzha €');
		const bigEndian = Buffer.from(Buffer.from('Kyiv', 'utf16le')).swap16();
		expect(decodedText(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]))).toBe('Kyiv');
	});

	test('reports UTF-16 without a byte-order mark instead of guessing', () => {
		const result = decodeBytes(Buffer.from('Ukrainian troops advanced into Kursk.', 'utf16le'));
		expect(result).toEqual({ok: false, reason: expect.stringContaining('UTF-16')});
	});

	test('decodes Windows-1252 pages, including the 0x80–0x9F punctuation', () => {
		// “Hollande’s €250,000” as a Windows-1252 page saves it.
		const bytes = Buffer.from([
			0x93,
			...Buffer.from('Hollande'),
			0x92,
			0x73,
			0x20,
			0x80,
			...Buffer.from('250,000'),
			0x94,
		]);
		expect(decodedText(bytes)).toBe('“Hollande’s €250,000”');
		expect(decodedText(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toBe('café');
	});

	test('replaces stray invalid bytes in otherwise UTF-8 text rather than failing', () => {
		const bytes = Buffer.concat([
			Buffer.from('Syrskyi’s ', 'utf8'),
			Buffer.from([0xff]),
			Buffer.from(' claim', 'utf8'),
		]);
		expect(decodedText(bytes)).toBe('Syrskyi’s \uFFFD claim');
	});

	test('refuses empty and binary files with a reason', () => {
		expect(decodeBytes(new Uint8Array())).toEqual({ok: false, reason: 'empty file'});
		const binary = Uint8Array.from({length: 2000}, (_, index) => (index * 7919) % 256);
		expect(decodeBytes(binary)).toEqual({ok: false, reason: expect.stringContaining('binary')});
	});

	test('a few NUL bytes in text do not make it binary', () => {
		const text = `${'Ukraine held territory in Kursk. '.repeat(40)}\u0000 end`;
		expect(decodeBytes(Buffer.from(text, 'utf8')).ok).toBe(true);
	});
});
