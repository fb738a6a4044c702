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

	describe('UTF-16 without a byte-order mark', () => {
		const latin = 'Ukrainian troops advanced into Kursk, officials said on Tuesday.\n';
		const cyrillic = 'Киев заявил, что «войска вошли в Курск» — 1 150 км², сообщили во вторник.\n';
		const arabic = 'قال المسؤولون إن القوات دخلت كورسك يوم الثلاثاء.\n';
		const bigEndian = (text: string) => Buffer.from(text, 'utf16le').swap16();

		test.each([
			['Latin', latin],
			['Cyrillic', cyrillic],
			['Arabic', arabic],
		])('%s text is decoded, little- and big-endian', (_script, text) => {
			expect(decodeBytes(Buffer.from(text, 'utf16le'))).toEqual({
				ok: true,
				text,
				encoding: 'utf-16le (no byte-order mark)',
			});
			expect(decodeBytes(bigEndian(text))).toEqual({ok: true, text, encoding: 'utf-16be (no byte-order mark)'});
		});

		test('a few bytes are no evidence: whitespace that reads as two Indic letters stays whitespace', () => {
			// 20 0A 0A 09 read as UTF-16LE is U+0A20 U+090A.
			expect(decodeBytes(Buffer.from(' \n\n\t'))).toEqual({ok: true, text: ' \n\n\t', encoding: 'utf-8'});
		});

		test('Chinese, whose high bytes vary, is named for what it looks like, not called binary', () => {
			// Characters whose low byte is a control byte (一 U+4E00, 七 U+4E03, 上 U+4E0A, 下 U+4E0B,
			// 不 U+4E0D, 专 U+4E13, 世 U+4E16), as Chinese text has every eighth or so.
			const text = '专家表示，世上不一样的七个趋势将持续上下波动。'.repeat(30);
			const result = decodeBytes(Buffer.from(text, 'utf16le'));
			expect(result).toEqual({
				ok: false,
				reason: expect.stringMatching(/^looks like UTF-16 text without a byte-order mark/),
			});
		});

		test('16-bit binary numbers are not taken for UTF-16 text', () => {
			// Values below 768: high bytes 0, 1 and 2 only, as in Latin text, but low bytes of every kind.
			const numbers = Buffer.alloc(8192);
			for (let index = 0; index < numbers.length / 2; index++) numbers.writeUInt16LE((index * 37) % 768, index * 2);
			expect(decodeBytes(numbers)).toEqual({ok: false, reason: 'binary file (not text)'});
		});
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
		expect(decodeBytes(binary)).toEqual({ok: false, reason: 'binary file (not text)'});
	});

	test('a short file of mostly control bytes is binary; a short text with one is not', () => {
		expect(decodeBytes(Uint8Array.from([0, 1, 2, 3, 0, 255, 0, 7]))).toEqual({
			ok: false,
			reason: 'binary file (not text)',
		});
		expect(decodedText(Buffer.from('Officials said\u0007 yes.'))).toBe('Officials said\u0007 yes.');
	});

	test('a NUL byte in the first 8 kB makes a file binary, as git and grep decide; one further on does not', () => {
		// The file of the issue: a few control bytes, then a word; under the control threshold alone.
		expect(decodeBytes(Uint8Array.from([0, 1, 2, 0xff, 0xfe, ...Buffer.from(' binary')]))).toEqual({
			ok: false,
			reason: 'binary file (not text)',
		});
		const early = `${'Ukraine held territory in Kursk. '.repeat(40)}\u0000 end`;
		expect(decodeBytes(Buffer.from(early, 'utf8'))).toEqual({
			ok: false,
			reason: 'binary file (a NUL byte at byte 1,320)',
		});
		const late = `${'Ukraine held territory in Kursk. '.repeat(300)}\u0000 end`;
		expect(decodeBytes(Buffer.from(late, 'utf8')).ok).toBe(true);
	});

	describe('binary data past the start of a file', () => {
		const text = Buffer.from('Officials said 40 drones were shot down over Kursk on Tuesday.\n'.repeat(1200));
		/** Bytes that look random (a linear congruential generator), the same on every run. */
		const noise = (length: number) => {
			let state = 12_345;
			return Uint8Array.from({length}, () => {
				state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
				return state >>> 16;
			});
		};

		/** Where the noise first holds a control byte that text does not (0x00–0x1F but tab, LF, FF, CR, ESC). */
		const firstControl = (bytes: Uint8Array) =>
			bytes.findIndex(byte => byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte));

		test('a 75 kB text followed by 300 kB of random bytes is refused, and says where the text ends', () => {
			const tail = noise(300 * 1024);
			const bytes = Buffer.concat([text, tail]);
			expect(decodeBytes(bytes)).toEqual({
				ok: false,
				reason: `binary file (the first ${(text.length + firstControl(tail)).toLocaleString('en-US')} bytes are text, then binary data)`,
			});
		});

		test('so is a 2 kB binary stretch between two texts, past the first 64 kB', () => {
			const stretch = noise(2048);
			const bytes = Buffer.concat([text, stretch, text]);
			expect(decodeBytes(bytes)).toEqual({
				ok: false,
				reason: expect.stringContaining(
					`the first ${(text.length + firstControl(stretch)).toLocaleString('en-US')} bytes`,
				),
			});
		});

		test('the same control bytes spread thinly through the text are a trace, not binary data', () => {
			// 40 stray controls in each 4 kB (under 1 %): text with stray bytes, read with them dropped.
			const spread = Buffer.from(text);
			for (let index = 50; index < spread.length; index += 103) spread[index] = 1;
			expect(decodeBytes(spread).ok).toBe(true);
			// Ten times as many in one place: binary.
			const dense = Buffer.from(text);
			for (let index = 70_000; index < 70_000 + 4000; index += 10) dense[index] = 0;
			expect(decodeBytes(dense)).toEqual({
				ok: false,
				reason: expect.stringContaining('the first 70,000 bytes are text'),
			});
		});
	});
});
