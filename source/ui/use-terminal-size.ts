/**
 * The terminal's size, updated on resize (SIGWINCH). Ink does not re-render on
 * resize by itself; without a terminal (tests, pipes) the size falls back to 80×24.
 *
 * Once a burst of resizes settles, the whole screen is painted again: a frame drawn
 * for one size may have landed while the terminal had another, and Ink writes nothing
 * when the next frame equals the last one it wrote, so the screen could stay garbled
 * (seen once in fifty rapid resizes on a loaded machine).
 */

import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {readonly columns: number; readonly rows: number};

const settleMs = 60;
const clearScreen = '\u001B[2J\u001B[H';

export function useTerminalSize(): TerminalSize {
	const {stdout, write} = useStdout();
	const read = (): TerminalSize => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		let settle: NodeJS.Timeout | undefined;
		const update = () => {
			setSize(read());
			clearTimeout(settle);
			// Ink's `write` clears its frame, writes this, then draws its last frame again in full;
			// off a terminal (tests, pipes) nothing was garbled.
			if (stdout.isTTY) settle = setTimeout(() => write(clearScreen), settleMs);
		};

		stdout.on('resize', update);
		return () => {
			clearTimeout(settle);
			stdout.off('resize', update);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `read` only reads `stdout`
	}, [stdout, write]);
	return size;
}
