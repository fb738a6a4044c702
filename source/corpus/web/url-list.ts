/**
 * `--urls FILE`: one address a line; blank lines and `#` comments are skipped. A line
 * that is no http or https address is reported with its line number.
 */

import type {InputProblem} from '../../model.js';
import {describeError} from '../discover.js';
import {overLimit, readLimited, TooLarge} from '../read-limited.js';
import {showControls} from '../sanitize.js';
import {parseWebUrl} from './fetch-page.js';

export type UrlList = {
	readonly urls: readonly string[];
	readonly problems: readonly InputProblem[];
};

/** Longest list file read: a hundred thousand links is far more than anyone compares. */
const maxListBytes = 16 * 1024 * 1024;

export async function readUrlList(file: string): Promise<UrlList> {
	let text: string;
	try {
		// Read like an article file: a FIFO or a device (`--urls /dev/zero`) is refused, not read.
		text = new TextDecoder('utf-8').decode(readLimited(file, maxListBytes));
	} catch (error) {
		const reason =
			error instanceof TooLarge
				? `skipped: ${overLimit(error.size, maxListBytes)} for a list of links`
				: `cannot be read: ${describeError(error)}`;
		return {urls: [], problems: [{path: file, reason}]};
	}

	const urls: string[] = [];
	const problems: InputProblem[] = [];
	for (const [index, raw] of text.split(/\r?\n/).entries()) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		if (parseWebUrl(line)) {
			urls.push(line);
		} else {
			const shown = showControls(line.length > 60 ? `${line.slice(0, 59)}…` : line);
			problems.push({path: `${file}:${index + 1}`, reason: `not an http or https address: ${shown}`});
		}
	}

	return {urls, problems};
}
