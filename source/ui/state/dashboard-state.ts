/**
 * The dashboard's UI state and its reducer: focus, the open articles and their
 * scroll positions, what the reader has moved to, the open view, and the search
 * line. Everything derived from the analysis stays out of it.
 */

export type PaneSide = 'left' | 'right';
export type Focus = 'list' | PaneSide;
export type View = 'compare' | 'figures' | 'speakers' | 'quotes';

/** What the reader has moved to in a pane. */
export type Selection = {readonly kind: 'quote' | 'figure' | 'match'; readonly index: number};

export type PaneState = {
	readonly article: number;
	readonly scroll: number;
	readonly selection: Selection | undefined;
	/** The selection was set before its article was laid out: scroll to it once it is. */
	readonly reveal: boolean;
	/** A place to move to once the pane's search hits are known (a hit opened from the results). */
	readonly revealOffset: number | undefined;
};

export type SearchState = {
	/** The search line has the keyboard. */
	readonly editing: boolean;
	/** What is typed so far. */
	readonly draft: string;
	/** The query last applied with Enter; empty when none. */
	readonly query: string;
	/** The selected result while editing. */
	readonly row: number;
	/** Queries applied before, oldest first, each once. */
	readonly history: readonly string[];
	/** Which of them the draft shows, while the reader steps through them with ↑ and ↓. */
	readonly recalled: number | undefined;
};

/** Queries kept for ↑ in the search line. */
const maxHistory = 50;

export type DashboardState = {
	readonly view: View;
	readonly focus: Focus;
	/** The pane Enter opens into: the one focused last. */
	readonly lastPane: PaneSide;
	readonly panes: Readonly<Record<PaneSide, PaneState>>;
	readonly listIndex: number;
	/** The article list, shown or hidden by the reader; undefined leaves it to the width. */
	readonly listShown: boolean | undefined;
	readonly help: boolean;
	readonly search: SearchState;
	/** Selected row of each table view. */
	readonly rows: Readonly<Record<Exclude<View, 'compare'>, number>>;
	/** The speaker whose quotations the quotes view lists. */
	readonly speaker: string | undefined;
};

export type DashboardAction =
	| {readonly type: 'focus'; readonly focus: Focus}
	| {readonly type: 'scroll'; readonly pane: PaneSide; readonly scroll: number}
	| {
			readonly type: 'select';
			readonly pane: PaneSide;
			readonly selection: Selection | undefined;
			readonly scroll: number;
	  }
	| {readonly type: 'open'; readonly pane: PaneSide; readonly article: number; readonly selection?: Selection}
	| {readonly type: 'reveal'; readonly pane: PaneSide; readonly selection: Selection}
	| {readonly type: 'reveal-offset'; readonly pane: PaneSide; readonly offset: number | undefined}
	| {readonly type: 'search-row'; readonly row: number}
	| {readonly type: 'swap'}
	| {readonly type: 'toggle-list'; readonly shown: boolean}
	| {readonly type: 'list-index'; readonly index: number}
	| {readonly type: 'view'; readonly view: View}
	| {readonly type: 'row'; readonly view: Exclude<View, 'compare'>; readonly row: number}
	| {readonly type: 'speaker'; readonly speaker: string}
	| {readonly type: 'help'; readonly shown: boolean}
	| {readonly type: 'search-start'}
	| {readonly type: 'search-edit'; readonly draft: string}
	| {readonly type: 'search-recall'; readonly step: -1 | 1}
	| {readonly type: 'search-apply'}
	| {readonly type: 'search-cancel'}
	| {readonly type: 'search-clear'};

export function initialState(left: number, right: number): DashboardState {
	return {
		view: 'compare',
		focus: 'left',
		lastPane: 'left',
		panes: {
			left: {article: left, scroll: 0, selection: undefined, reveal: false, revealOffset: undefined},
			right: {article: right, scroll: 0, selection: undefined, reveal: false, revealOffset: undefined},
		},
		listIndex: left,
		listShown: undefined,
		help: false,
		search: {editing: false, draft: '', query: '', row: 0, history: [], recalled: undefined},
		rows: {figures: 0, speakers: 0, quotes: 0},
		speaker: undefined,
	};
}

function withPane(state: DashboardState, pane: PaneSide, change: Partial<PaneState>): DashboardState {
	return {...state, panes: {...state.panes, [pane]: {...state.panes[pane], ...change}}};
}

export function dashboardReducer(state: DashboardState, action: DashboardAction): DashboardState {
	switch (action.type) {
		case 'focus': {
			return {
				...state,
				focus: action.focus,
				lastPane: action.focus === 'list' ? state.lastPane : action.focus,
			};
		}

		case 'scroll': {
			return withPane(state, action.pane, {scroll: action.scroll, reveal: false});
		}

		case 'select': {
			return withPane(state, action.pane, {selection: action.selection, scroll: action.scroll, reveal: false});
		}

		case 'open': {
			const opened = withPane(state, action.pane, {
				article: action.article,
				scroll: 0,
				selection: action.selection,
				reveal: action.selection !== undefined,
				revealOffset: undefined,
			});
			return {...opened, view: 'compare', focus: action.pane, lastPane: action.pane, listIndex: action.article};
		}

		case 'reveal': {
			return withPane(state, action.pane, {selection: action.selection, reveal: true});
		}

		case 'reveal-offset': {
			return withPane(state, action.pane, {revealOffset: action.offset});
		}

		case 'search-row': {
			return {...state, search: {...state.search, row: action.row}};
		}

		case 'swap': {
			return {...state, panes: {left: state.panes.right, right: state.panes.left}};
		}

		case 'toggle-list': {
			return {
				...state,
				listShown: action.shown,
				focus: action.shown ? state.focus : state.focus === 'list' ? state.lastPane : state.focus,
			};
		}

		case 'list-index': {
			return {...state, listIndex: action.index};
		}

		case 'view': {
			return {...state, view: action.view};
		}

		case 'row': {
			return {...state, rows: {...state.rows, [action.view]: action.row}};
		}

		case 'speaker': {
			return {...state, speaker: action.speaker, view: 'quotes', rows: {...state.rows, quotes: 0}};
		}

		case 'help': {
			return {...state, help: action.shown};
		}

		case 'search-start': {
			// `/` opens an empty line, as fzf's does; earlier queries are on ↑.
			return {...state, search: {...state.search, editing: true, draft: '', row: 0, recalled: undefined}};
		}

		case 'search-edit': {
			return {...state, search: {...state.search, draft: action.draft, row: 0, recalled: undefined}};
		}

		case 'search-recall': {
			const {history, recalled} = state.search;
			if (history.length === 0) return state;
			const next = (recalled ?? history.length) + action.step;
			// Down past the newest query comes back to an empty line.
			if (next >= history.length) {
				return {...state, search: {...state.search, draft: '', row: 0, recalled: undefined}};
			}

			const index = Math.max(0, next);
			return {...state, search: {...state.search, draft: history[index]!, row: 0, recalled: index}};
		}

		case 'search-apply': {
			const query = state.search.draft.trim();
			const history =
				query === ''
					? state.search.history
					: [...state.search.history.filter(earlier => earlier !== query), query].slice(-maxHistory);
			return {...state, search: {...state.search, editing: false, query, history, recalled: undefined}};
		}

		case 'search-cancel': {
			return {...state, search: {...state.search, editing: false, recalled: undefined}};
		}

		case 'search-clear': {
			// A hit selected in a pane goes with the search.
			const withoutHit = (pane: PaneState): PaneState =>
				pane.selection?.kind === 'match' ? {...pane, selection: undefined} : pane;
			return {
				...state,
				panes: {left: withoutHit(state.panes.left), right: withoutHit(state.panes.right)},
				search: {...state.search, editing: false, draft: '', query: '', row: 0, recalled: undefined},
			};
		}
	}
}
