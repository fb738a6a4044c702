/**
 * Tables for plain output: tab-separated in a pipe (one record a line, for cut, awk
 * and grep), aligned columns on a terminal.
 */

import {columns, fitToWidth} from '../render/text-width.js';

export function tableLines(
	header: readonly string[],
	rows: readonly (readonly string[])[],
	options: {readonly terminal: boolean; readonly width: number; readonly flexible?: number},
): string[] {
	const clean = (cell: string) => cell.replaceAll(/[\t\n]/g, ' ');
	if (!options.terminal) {
		return [header, ...rows].map(row => row.map(cell => clean(cell)).join('\t'));
	}

	const widths = header.map((title, index) => Math.max(columns(title), ...rows.map(row => columns(row[index] ?? ''))));
	// One column (the last, unless told) takes what the others leave of the width.
	const flexible = options.flexible ?? widths.length - 1;
	const fixed = widths.reduce((sum, width, index) => (index === flexible ? sum : sum + width + 2), 0);
	widths[flexible] = Math.max(10, Math.min(widths[flexible]!, options.width - fixed - 2));
	const line = (row: readonly string[]) =>
		row
			.map((cell, index) => {
				const fitted = fitToWidth(clean(cell), widths[index]!);
				return index === row.length - 1 ? fitted : fitted + ' '.repeat(widths[index]! - columns(fitted) + 2);
			})
			.join('');
	return [line(header), ...rows.map(row => line(row))];
}
