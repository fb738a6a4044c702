/**
 * What each command does, given the state and what is on screen: it returns the
 * actions to dispatch, or `exit`. Pure, so the key behaviour is testable without a
 * terminal.
 */

import type {CorpusAnalysis} from '../../model.js';
import {groupById} from '../../render/corpus-lookups.js';
import type {PaneModel, PaneTarget} from '../../render/pane-model.js';
import type {FigureGroup} from '../../model.js';
import {mostDifferentPair, type QuoteRow, type SpeakerRow} from '../../render/tables.js';
import type {Command} from '../keymap.js';
import type {DashboardAction, DashboardState, PaneSide, Selection} from './dashboard-state.js';

export type ScreenContext = {
	readonly analysis: CorpusAnalysis;
	readonly panes: Readonly<Record<PaneSide, PaneModel>>;
	/** Body lines visible in a pane. */
	readonly bodyHeight: number;
	/** Rows visible in a table view. */
	readonly tableHeight: number;
	readonly listVisible: boolean;
	/** Too narrow for two panes: only the focused one shows. */
	readonly singlePane: boolean;
	readonly tables: {
		readonly figures: readonly FigureGroup[];
		readonly speakers: readonly SpeakerRow[];
		readonly quotes: readonly QuoteRow[];
	};
};

export type CommandResult = readonly DashboardAction[] | 'exit';

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

function maxScroll(context: ScreenContext, pane: PaneSide): number {
	return Math.max(0, context.panes[pane].lines.length - context.bodyHeight);
}

/** A scroll position that shows `line`, moving only when it is off screen. */
export function scrollToShow(context: ScreenContext, pane: PaneSide, current: number, line: number): number {
	if (line >= current && line < current + context.bodyHeight) {
		return current;
	}

	return clamp(line - 2, 0, maxScroll(context, pane));
}

function activePane(state: DashboardState): PaneSide {
	return state.focus === 'list' ? state.lastPane : state.focus;
}

/** Steps through targets after (or before) the current selection, wrapping around. */
function step(
	state: DashboardState,
	context: ScreenContext,
	kind: Selection['kind'],
	candidates: readonly number[],
	targets: readonly PaneTarget[],
	direction: 1 | -1,
): CommandResult {
	const pane = activePane(state);
	const {selection, scroll} = state.panes[pane];
	// A pane still being laid out has no places to move to yet.
	if (candidates.length === 0 || context.panes[pane].pending !== undefined) {
		return [];
	}

	const current = selection?.kind === kind ? selection.index : undefined;
	const position = (index: number) => targets[index]!.span.start;
	let next: number | undefined;
	if (current === undefined) {
		// From the top of the screen: the first one visible or below it (or above, going back).
		const topLine = scroll;
		next =
			direction === 1
				? candidates.find(index => targets[index]!.line >= topLine)
				: candidates.findLast(index => targets[index]!.line < topLine + context.bodyHeight);
	} else {
		next =
			direction === 1
				? candidates.find(index => position(index) > position(current))
				: candidates.findLast(index => position(index) < position(current));
	}

	next ??= direction === 1 ? candidates[0]! : candidates.at(-1)!;
	return [
		{
			type: 'select',
			pane,
			selection: {kind, index: next},
			scroll: scrollToShow(context, pane, scroll, targets[next]!.line),
		},
	];
}

function differingFigures(context: ScreenContext, pane: PaneSide): number[] {
	const model = context.panes[pane];
	const differing = model.statuses.flatMap((status, index) => (status === 'differs' ? [index] : []));
	if (differing.length > 0) {
		return differing;
	}

	// Nothing disagrees with the other pane: figures that disagree with any source.
	return model.entry.figures.flatMap((figure, index) =>
		groupById(context.analysis, figure.group)?.differs ? [index] : [],
	);
}

/**
 * With a figure selected in one pane, the other pane moves to the same group's figure,
 * so both sides of a disagreement are on screen together.
 */
function showCounterpart(
	state: DashboardState,
	context: ScreenContext,
	moved: readonly DashboardAction[],
): DashboardAction[] {
	const selected = moved.find(action => action.type === 'select');
	if (selected?.type !== 'select' || selected.selection?.kind !== 'figure') {
		return [];
	}

	const other: PaneSide = selected.pane === 'left' ? 'right' : 'left';
	const group = context.panes[selected.pane].entry.figures[selected.selection.index]?.group;
	const counterpart =
		group === undefined ? -1 : context.panes[other].entry.figures.findIndex(figure => figure.group === group);
	if (counterpart === -1) {
		return [];
	}

	const target = context.panes[other].figures[counterpart];
	if (!target) return []; // The other pane is still being laid out.
	const {line} = target;
	return [
		{
			type: 'select',
			pane: other,
			selection: {kind: 'figure', index: counterpart},
			scroll: scrollToShow(context, other, state.panes[other].scroll, line),
		},
	];
}

function focusOrder(context: ScreenContext): readonly ('list' | PaneSide)[] {
	return context.listVisible ? ['list', 'left', 'right'] : ['left', 'right'];
}

function cycleFocus(state: DashboardState, context: ScreenContext, direction: 1 | -1): CommandResult {
	const order = focusOrder(context);
	const at = Math.max(0, order.indexOf(state.focus));
	return [{type: 'focus', focus: order[(at + direction + order.length) % order.length]!}];
}

/** Opens an article in a pane (swapping when it is already open in the other one). */
function openArticle(state: DashboardState, pane: PaneSide, article: number, selection?: Selection): DashboardAction[] {
	const other: PaneSide = pane === 'left' ? 'right' : 'left';
	const swap: DashboardAction[] =
		state.panes[other].article === article && state.panes[pane].article !== article ? [{type: 'swap'}] : [];
	return [...swap, {type: 'open', pane, article, ...(selection ? {selection} : {})}];
}

function moveInCompare(state: DashboardState, context: ScreenContext, command: Command): CommandResult {
	const pane = activePane(state);
	const {scroll} = state.panes[pane];
	const page = Math.max(1, context.bodyHeight - 1);
	const half = Math.max(1, Math.floor(context.bodyHeight / 2));
	const moves: Partial<Record<Command, number>> = {
		down: scroll + 1,
		up: scroll - 1,
		top: 0,
		bottom: maxScroll(context, pane),
		'page-down': scroll + page,
		'page-up': scroll - page,
		'half-page-down': scroll + half,
		'half-page-up': scroll - half,
	};
	const target = moves[command];
	return target === undefined ? [] : [{type: 'scroll', pane, scroll: clamp(target, 0, maxScroll(context, pane))}];
}

function moveRow(current: number, count: number, page: number, command: Command): number | undefined {
	const moves: Partial<Record<Command, number>> = {
		down: current + 1,
		up: current - 1,
		top: 0,
		bottom: count - 1,
		'page-down': current + page,
		'page-up': current - page,
		'half-page-down': current + Math.floor(page / 2),
		'half-page-up': current - Math.floor(page / 2),
	};
	const target = moves[command];
	return target === undefined ? undefined : clamp(target, 0, Math.max(0, count - 1));
}

function openTableRow(state: DashboardState, context: ScreenContext): CommandResult {
	const {view} = state;
	if (view === 'figures') {
		const group = context.tables.figures[state.rows.figures];
		if (!group) {
			return [];
		}

		const {left, right} = mostDifferentPair(context.analysis, group);
		const actions: DashboardAction[] = [
			{type: 'open', pane: 'left', article: left.article, selection: {kind: 'figure', index: left.figure}},
		];
		if (right.article !== left.article) {
			actions.push({
				type: 'open',
				pane: 'right',
				article: right.article,
				selection: {kind: 'figure', index: right.figure},
			});
		}

		return [...actions, {type: 'focus', focus: 'left'}];
	}

	if (view === 'speakers') {
		const row = context.tables.speakers[state.rows.speakers];
		return row ? [{type: 'speaker', speaker: row.speaker.id}] : [];
	}

	const row = context.tables.quotes[state.rows.quotes];
	return row ? openArticle(state, state.lastPane, row.article, {kind: 'quote', index: row.quote}) : [];
}

/** The actions a command leads to. */
export function runCommand(command: Command, state: DashboardState, context: ScreenContext): CommandResult {
	const pane = activePane(state);
	switch (command) {
		case 'quit': {
			return 'exit';
		}

		case 'help': {
			return [{type: 'help', shown: !state.help}];
		}

		case 'close': {
			if (state.help) return [{type: 'help', shown: false}];
			if (state.view === 'quotes') return [{type: 'view', view: 'speakers'}];
			if (state.view !== 'compare') return [{type: 'view', view: 'compare'}];
			return 'exit';
		}

		case 'back': {
			if (state.help) return [{type: 'help', shown: false}];
			if (state.view === 'quotes') return [{type: 'view', view: 'speakers'}];
			if (state.view !== 'compare') return [{type: 'view', view: 'compare'}];
			if (state.search.query !== '') return [{type: 'search-clear'}];
			if (state.focus === 'list') return [{type: 'focus', focus: state.lastPane}];
			return [];
		}

		case 'search': {
			return [{type: 'search-start'}];
		}

		case 'figures-view': {
			return [{type: 'view', view: 'figures'}];
		}

		case 'speakers-view': {
			return [{type: 'view', view: 'speakers'}];
		}

		case 'toggle-list': {
			return [
				{type: 'toggle-list', shown: !context.listVisible},
				...(context.listVisible ? [] : [{type: 'focus', focus: 'list'} as const]),
			];
		}

		case 'swap-panes': {
			return [{type: 'swap'}];
		}

		case 'focus-left':
		case 'focus-right': {
			return [{type: 'focus', focus: command === 'focus-left' ? 'left' : 'right'}];
		}

		case 'focus-next':
		case 'focus-previous': {
			return cycleFocus(state, context, command === 'focus-next' ? 1 : -1);
		}

		case 'next-quote':
		case 'previous-quote': {
			const targets = context.panes[pane].quotes;
			return step(
				state,
				context,
				'quote',
				targets.map((_, index) => index),
				targets,
				command === 'next-quote' ? 1 : -1,
			);
		}

		case 'next-difference':
		case 'previous-difference': {
			const direction = command === 'next-difference' ? 1 : -1;
			const {matches, figures} = context.panes[pane];
			if (state.search.query !== '') {
				return step(
					state,
					context,
					'match',
					matches.map((_, index) => index),
					matches,
					direction,
				);
			}

			const moved = step(state, context, 'figure', differingFigures(context, pane), figures, direction);
			return moved === 'exit' ? moved : [...moved, ...showCounterpart(state, context, moved)];
		}

		case 'open': {
			if (state.view !== 'compare') {
				return openTableRow(state, context);
			}

			return state.focus === 'list' ? openArticle(state, state.lastPane, state.listIndex) : [];
		}

		default: {
			break;
		}
	}

	if (state.view !== 'compare') {
		const view = state.view;
		const count = context.tables[view].length;
		const row = moveRow(state.rows[view], count, context.tableHeight, command);
		return row === undefined ? [] : [{type: 'row', view, row}];
	}

	if (state.focus === 'list') {
		const index = moveRow(state.listIndex, context.analysis.articles.length, context.bodyHeight, command);
		return index === undefined ? [] : [{type: 'list-index', index}];
	}

	return moveInCompare(state, context, command);
}
