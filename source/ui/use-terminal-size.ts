/**
 * The terminal's size, updated on resize (SIGWINCH). Ink does not re-render on
 * resize by itself; without a terminal (tests, pipes) the size falls back to 80×24.
 */

import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {readonly columns: number; readonly rows: number};

export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const read = (): TerminalSize => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const update = () => setSize(read());
		stdout.on('resize', update);
		return () => {
			stdout.off('resize', update);
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps -- `read` only reads `stdout`
	}, [stdout]);
	return size;
}
