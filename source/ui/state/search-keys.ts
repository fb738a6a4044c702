/**
 * Keys while the search line has the keyboard: typing edits the query (Ctrl-W a word
 * off, Ctrl-U the line), the arrows (or Ctrl-P/Ctrl-N, as in fzf) move through the
 * results, or through earlier queries on an empty line, Enter opens the selected
 * result where it is, Esc goes back to where the reader was.
 */

import type {SearchResult} from '../../search/search-index.js';
import type {DashboardAction, DashboardState, PaneSide} from './dashboard-state.js';

const moves: Record<string, number> = {
	up: -1,
	'ctrl+p': -1,
	'ctrl+k': -1,
	down: 1,
	'ctrl+n': 1,
	'ctrl+j': 1,
	pageup: -10,
	pagedown: 10,
};

export function searchKeyActions(
	name: string,
	input: string,
	state: DashboardState,
	results: SearchResult | undefined,
	pane: PaneSide,
): DashboardAction[] {
	const {search} = state;
	if (name === 'escape') {
		return [{type: 'search-cancel'}];
	}

	if (name === 'backspace') {
		return [{type: 'search-edit', draft: [...search.draft].slice(0, -1).join('')}];
	}

	if (name === 'ctrl+u') {
		return [{type: 'search-edit', draft: ''}];
	}

	// `Ctrl-W` takes the last word off, as in a shell.
	if (name === 'ctrl+w') {
		return [{type: 'search-edit', draft: search.draft.replace(/\S*\s*$/u, '')}];
	}

	// On an empty line (or while stepping through them), ↑ and ↓ bring back earlier queries.
	const browsing = search.recalled !== undefined || search.draft === '';
	if (browsing && search.history.length > 0 && (name === 'up' || name === 'ctrl+p')) {
		return [{type: 'search-recall', step: -1}];
	}

	if (search.recalled !== undefined && (name === 'down' || name === 'ctrl+n')) {
		return [{type: 'search-recall', step: 1}];
	}

	const move = moves[name];
	if (move !== undefined) {
		const last = Math.max(0, (results?.hits.length ?? 1) - 1);
		return [{type: 'search-row', row: Math.max(0, Math.min(last, search.row + move))}];
	}

	if (name === 'enter') {
		const hit = results?.query === search.draft ? results.hits[search.row] : undefined;
		const apply: DashboardAction = {type: 'search-apply'};
		if (!hit) {
			return [apply];
		}

		const {document} = hit;
		if (document.kind === 'speaker' && document.speakerId) {
			return [apply, {type: 'speaker', speaker: document.speakerId}];
		}

		if (document.article === undefined) {
			return [apply];
		}

		return [
			apply,
			{type: 'open', pane, article: document.article},
			{type: 'reveal-offset', pane, offset: document.span?.start ?? 0},
		];
	}

	// Anything printable is typed; other control keys are ignored.
	if (
		input !== '' &&
		!name.includes('+') &&
		[...input].every(character => character >= ' ' && character !== '\u007F')
	) {
		return [{type: 'search-edit', draft: search.draft + input}];
	}

	return [];
}
