/**
 * How the screen is divided at a given size: the article list (shown at wide sizes
 * or on request), one or two panes, the search line and the status line. The frame
 * stays one row short of the terminal: Ink redraws a full-height frame from scratch
 * on every update, which flickers over SSH.
 */

import type {TerminalSize} from './use-terminal-size.js';

export type ScreenLayout = {
	readonly columns: number;
	readonly frameHeight: number;
	/** Rows for the list, panes or a view, between the top and the two bottom lines. */
	readonly mainHeight: number;
	/** Body rows of a pane, below its title line. */
	readonly bodyHeight: number;
	readonly listVisible: boolean;
	readonly listWidth: number;
	/** Below 60 columns one pane shows at a time; Tab switches. */
	readonly singlePane: boolean;
	/** Columns of pane text (a pane is one wider, for its scroll bar). */
	readonly textWidth: number;
};

export const singlePaneBelow = 60;
export const listAutoFrom = 120;

export function computeScreenLayout(size: TerminalSize, listShown: boolean | undefined): ScreenLayout {
	// The last column stays empty too: a line that fills the width leaves some terminals
	// (tmux among them) waiting to wrap, which shifts every later redraw by a line.
	const columns = Math.max(10, size.columns - 1);
	const frameHeight = Math.max(3, size.rows - 1);
	const mainHeight = Math.max(1, frameHeight - 2);
	// Both measured on the terminal's width, as README states them.
	const singlePane = size.columns < singlePaneBelow;
	const listVisible = listShown ?? size.columns >= listAutoFrom;
	// In a narrow terminal the list, when shown, takes the place of the pane.
	const listWidth = listVisible ? (singlePane ? columns : Math.min(40, Math.max(24, Math.round(columns * 0.22)))) : 0;
	const paneArea = singlePane ? columns : columns - (listVisible ? listWidth + 1 : 0);
	const paneWidth = singlePane ? paneArea : Math.floor((paneArea - 1) / 2);
	return {
		columns,
		frameHeight,
		mainHeight,
		bodyHeight: Math.max(1, mainHeight - 1),
		listVisible,
		listWidth,
		singlePane,
		textWidth: Math.max(4, paneWidth - 1),
	};
}
