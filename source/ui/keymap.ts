/**
 * The one keymap: key handling and the help overlay both read this table, so they
 * never disagree. Keys follow less, vim, lazygit and fzf.
 */

import type {Key} from 'ink';
import type {Focus, View} from './state/dashboard-state.js';

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

/** The context keys are read in, from the open view and what has the focus. */
export function keyContextOf(view: View, focus: Focus): KeyContext {
	return view === 'compare' ? (focus === 'list' ? 'list' : 'compare') : 'table';
}

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
	// As in less: Space and b, Ctrl-F and Ctrl-B page too.
	{
		command: 'page-down',
		keys: ['pagedown', ' ', 'ctrl+f'],
		label: 'Spc C-f',
		description: 'page down (PgDn)',
		contexts: everywhere,
	},
	{
		command: 'page-up',
		keys: ['pageup', 'b', 'ctrl+b'],
		label: 'b C-b',
		description: 'page up (PgUp)',
		contexts: everywhere,
	},
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
		keys: ['a'],
		label: 'a',
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

/** One key of what the terminal sent: its name (as `keyName` gives it) and its input. */
export type KeyPress = {readonly name: string; readonly input: string};

/** The name of one character sent by a terminal: `tab`, `enter`, `backspace`, `ctrl+d`, or itself. */
function characterName(character: string): KeyPress {
	const code = character.codePointAt(0)!;
	if (character === '\r') return {name: 'enter', input: ''};
	if (character === '\t') return {name: 'tab', input: ''};
	if (code === 0x7f || code === 0x08) return {name: 'backspace', input: ''};
	if (code === 0x1b) return {name: 'escape', input: ''};
	if (code >= 1 && code <= 26) {
		const letter = String.fromCodePoint(code + 96);
		return {name: `ctrl+${letter}`, input: letter};
	}

	return {name: character, input: character};
}

/**
 * The keys in one input event, in order. Ink separates escape sequences (arrows, `Esc`) but
 * hands over everything else that arrived in one read as one string: over SSH, typing
 * `/tykh` fast, or two `Ctrl-D`s, or `Tab` and `]`, is such a burst, and each of its keys
 * must take effect.
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
	const characters = [...input];
	const isBurst =
		characters.length > 1 && !key.ctrl && !key.meta && !key.return && !key.tab && !key.backspace && !key.delete;
	return isBurst ? characters.map(character => characterName(character)) : [{name: keyName(input, key), input}];
}

/** The command a key runs in a context, if any. */
export function commandFor(name: string, context: KeyContext): Command | undefined {
	return keymap.find(binding => binding.keys.includes(name) && binding.contexts.includes(context))?.command;
}
