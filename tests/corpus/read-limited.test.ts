import {existsSync, rmSync} from 'node:fs';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {readArticleFile} from '../../source/corpus/load.js';
import {overLimit, readLimited, TooLarge} from '../../source/corpus/read-limited.js';
import {makeTree} from '../helpers/files.js';

describe('overLimit', () => {
	test('rounded sizes, while they differ', () => {
		expect(overLimit(50 * 1024 * 1024, 1024 * 1024)).toBe('50 MB is over the 1.0 MB limit');
		expect(overLimit(24 * 1024, 16 * 1024)).toBe('24 kB is over the 16 kB limit');
	});

	test('exact bytes when the rounding would show the size as the limit', () => {
		expect(overLimit(1024 * 1024 + 1, 1024 * 1024)).toBe('1,048,577 bytes is over the 1,048,576-byte limit');
		// 1.04 MB rounds to 1.0 MB too.
		expect(overLimit(1_090_000, 1024 * 1024, 'its text')).toBe(
			'its text (1,090,000 bytes) is over the 1,048,576-byte limit',
		);
	});

	test('a size not known is only over the limit', () => {
		expect(overLimit(undefined, 1024 * 1024)).toBe('over the 1.0 MB limit');
	});
});

describe('readLimited', () => {
	test('a file one byte over the limit says so in bytes', async () => {
		const root = makeTree({'a.txt': 'x'.repeat(1025)});
		afterAll(() => {
			rmSync(root, {recursive: true});
		});
		const outcome = await readArticleFile(path.join(root, 'a.txt'), 'a', {maxSize: 1024});
		expect(outcome).toEqual({
			problem: {
				path: path.join(root, 'a.txt'),
				reason: 'skipped: 1,025 bytes is over the 1,024-byte limit (--max-size raises it)',
			},
		});
	});

	test.skipIf(!existsSync('/proc/self/status'))(
		'a file that reports no size (as /proc files do) is read to the limit and no further',
		() => {
			expect(() => readLimited('/proc/self/status', 16)).toThrow(TooLarge);
			expect(Buffer.from(readLimited('/proc/self/status', 1024 * 1024)).toString()).toMatch(/^Name:/);
		},
	);
});
