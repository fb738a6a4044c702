/**
 * `--urls FILE`: one address a line; blank lines and `#` comments are skipped. A line
 * that is no http or https address is reported with its line number.
 */

import {readFile} from 'node:fs/promises';
import type {InputProblem} from '../../model.js';
import {describeError} from '../discover.js';
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
		const bytes = await readFile(file);
		if (bytes.length > maxListBytes) {
			return {urls: [], problems: [{path: file, reason: 'skipped: a list of links over 16 MB'}]};
		}

		text = new TextDecoder('utf-8').decode(bytes);
	} catch (error) {
		return {urls: [], problems: [{path: file, reason: `cannot be read: ${describeError(error)}`}]};
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
