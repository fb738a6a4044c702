/**
 * The one keymap: key handling and the help overlay both read this table, so they
 * never disagree. Keys follow less, vim, lazygit and fzf.
 */

import type {Key} from 'ink';

export type Command =
	| 'quit'
	| 'close'
	| 'back'
	| 'help'
	| 'search'
	| 'focus-next'
	| 'focus-previous'
	| 'focus-left'
	| 'focus-right'
	| 'toggle-list'
	| 'swap-panes'
	| 'figures-view'
	| 'speakers-view'
	| 'down'
	| 'up'
	| 'top'
	| 'bottom'
	| 'page-down'
	| 'page-up'
	| 'half-page-down'
	| 'half-page-up'
	| 'next-difference'
	| 'previous-difference'
	| 'next-quote'
	| 'previous-quote'
	| 'open';

/** Where a binding applies: the compare panes, the article list, or a table view. */
export type KeyContext = 'compare' | 'list' | 'table';

export type Binding = {
	readonly command: Command;
	/** Key names as `keyName` returns them. */
	readonly keys: readonly string[];
	/** How the help overlay shows the keys. */
	readonly label: string;
	readonly description: string;
	readonly contexts: readonly KeyContext[];
};

const everywhere: readonly KeyContext[] = ['compare', 'list', 'table'];

export const keymap: readonly Binding[] = [
	{command: 'down', keys: ['j', 'down'], label: 'j ↓', description: 'down / next row', contexts: everywhere},
	{command: 'up', keys: ['k', 'up'], label: 'k ↑', description: 'up / previous row', contexts: everywhere},
	{command: 'top', keys: ['g', 'home'], label: 'g', description: 'top', contexts: everywhere},
	{command: 'bottom', keys: ['G', 'end'], label: 'G', description: 'bottom', contexts: everywhere},
	{command: 'page-down', keys: ['pagedown', ' '], label: 'PgDn Space', description: 'page down', contexts: everywhere},
	{command: 'page-up', keys: ['pageup'], label: 'PgUp', description: 'page up', contexts: everywhere},
	{command: 'half-page-down', keys: ['ctrl+d'], label: 'C-d', description: 'half page down', contexts: everywhere},
	{command: 'half-page-up', keys: ['ctrl+u'], label: 'C-u', description: 'half page up', contexts: everywhere},
	{
		command: 'next-difference',
		keys: ['n'],
		label: 'n',
		description: 'next differing figure',
		contexts: ['compare'],
	},
	{
		command: 'previous-difference',
		keys: ['N'],
		label: 'N',
		description: 'previous differing figure',
		contexts: ['compare'],
	},
	{command: 'next-quote', keys: [']'], label: ']', description: 'next quotation', contexts: ['compare']},
	{command: 'previous-quote', keys: ['['], label: '[', description: 'previous quotation', contexts: ['compare']},
	{command: 'focus-left', keys: ['h', 'left'], label: 'h ←', description: 'left pane', contexts: ['compare', 'list']},
	{
		command: 'focus-right',
		keys: ['l', 'right'],
		label: 'l →',
		description: 'right pane',
		contexts: ['compare', 'list'],
	},
	{command: 'focus-next', keys: ['tab'], label: 'Tab', description: 'next pane or list', contexts: ['compare', 'list']},
	{
		command: 'focus-previous',
		keys: ['shift+tab'],
		label: 'S-Tab',
		description: 'previous pane',
		contexts: ['compare', 'list'],
	},
	{command: 'swap-panes', keys: ['x'], label: 'x', description: 'swap the two articles', contexts: ['compare', 'list']},
	{
		command: 'toggle-list',
		keys: ['b'],
		label: 'b',
		description: 'show/hide article list',
		contexts: ['compare', 'list'],
	},
	{
		command: 'open',
		keys: ['enter'],
		label: 'Enter',
		description: 'open article or row',
		contexts: ['list', 'table'],
	},
	{command: 'figures-view', keys: ['f'], label: 'f', description: 'figures view', contexts: everywhere},
	{command: 'speakers-view', keys: ['s'], label: 's', description: 'speakers view', contexts: everywhere},
	{command: 'search', keys: ['/'], label: '/', description: 'search; n/N step hits', contexts: everywhere},
	{command: 'back', keys: ['escape'], label: 'Esc', description: 'back out one level', contexts: everywhere},
	{command: 'help', keys: ['?'], label: '?', description: 'this help', contexts: everywhere},
	{command: 'close', keys: ['q'], label: 'q', description: 'close view; quit at top', contexts: everywhere},
	{command: 'quit', keys: ['ctrl+c'], label: 'C-c', description: 'quit', contexts: everywhere},
];

/** A key as a name: `j`, `G`, `down`, `ctrl+d`, `shift+tab`, `enter`, `escape`. */
export function keyName(input: string, key: Key): string {
	if (key.upArrow) return 'up';
	if (key.downArrow) return 'down';
	if (key.leftArrow) return 'left';
	if (key.rightArrow) return 'right';
	if (key.pageDown) return 'pagedown';
	if (key.pageUp) return 'pageup';
	if (key.home) return 'home';
	if (key.end) return 'end';
	if (key.return) return 'enter';
	if (key.escape) return 'escape';
	if (key.tab) return key.shift ? 'shift+tab' : 'tab';
	if (key.backspace || key.delete) return 'backspace';
	if (key.ctrl) return `ctrl+${input}`;
	return input;
}

/** The command a key runs in a context, if any. */
export function commandFor(name: string, context: KeyContext): Command | undefined {
	return keymap.find(binding => binding.keys.includes(name) && binding.contexts.includes(context))?.command;
}
