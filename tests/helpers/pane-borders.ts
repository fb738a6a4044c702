/**
 * Where the dashboard's pane borders are drawn on a real screen: a character measured
 * one column too narrow or too wide pushes a border out of line.
 */

import type {TerminalSession} from './terminal.js';

/** Columns of one visible row drawn as a pane border or scroll track (`│`, `┃`). */
export function borderColumns(t: TerminalSession, row: number): number[] {
	const line = t.terminal.buffer.active.getLine(t.terminal.buffer.active.viewportY + row);
	const found: number[] = [];
	for (let column = 0; column < t.cols; column++) {
		const chars = line?.getCell(column)?.getChars();
		if (chars === '│' || chars === '┃') found.push(column);
	}

	return found;
}

/**
 * Rows of the main area (below the pane titles, above the search and status lines)
 * whose borders are not where the first text row has them: the left pane's scroll
 * track, the divider and the right pane's scroll track.
 */
export function misalignedRows(t: TerminalSession): string[] {
	const status = t.screen().findLastIndex(line => line.trim() !== '');
	const expected = borderColumns(t, 1);
	const problems = expected.length === 3 ? [] : [`row 1 has borders at ${JSON.stringify(expected)}, not three`];
	for (let row = 2; row < status - 1; row++) {
		const found = borderColumns(t, row);
		if (JSON.stringify(found) !== JSON.stringify(expected)) {
			problems.push(`row ${row} has borders at ${JSON.stringify(found)}, row 1 at ${JSON.stringify(expected)}`);
		}
	}

	return problems;
}
