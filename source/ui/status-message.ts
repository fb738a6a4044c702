/**
 * The status line's message: who said the quotation the reader moved to (name,
 * role, aliases), the group of the figure moved to across all articles, or the
 * keys that matter in the current mode.
 */

import type {CorpusAnalysis, FigureGroup} from '../model.js';
import {groupById} from '../render/corpus-lookups.js';
import type {PaneModel} from '../render/pane-model.js';
import type {DashboardState, Selection} from './state/dashboard-state.js';

type Input = {
	readonly state: DashboardState;
	readonly analysis: CorpusAnalysis;
	readonly model: PaneModel;
	readonly selection: Selection | undefined;
	readonly formatGroup: (analysis: CorpusAnalysis, group: FigureGroup) => string;
};

const hints = {
	help: '? q Esc close help',
	compare:
		'j/k scroll · n/N differing figure · ]/[ quote · Tab pane · a list · f figures · s speakers · ? help · q quit',
	list: 'j/k move · Enter open in the last pane · l/h pane · Esc back · ? help',
	table: 'j/k move · Enter open · Esc back · ? help',
};

export function statusMessage({state, analysis, model, selection, formatGroup}: Input): string {
	if (state.help) {
		return hints.help;
	}

	if (state.view !== 'compare') {
		return hints.table;
	}

	if (state.focus !== 'list' && selection) {
		if (selection.kind === 'quote') {
			const quote = model.entry.quotes[selection.index];
			const speaker = analysis.speakers.find(candidate => candidate.id === quote?.attribution?.speakerId);
			const position = `quote ${selection.index + 1}/${model.quotes.length} (${quote?.kind ?? ''})`;
			if (!speaker) {
				return `${position} · speaker unknown`;
			}

			const role = speaker.role ? `, ${speaker.role}` : '';
			const aliases = speaker.aliases.length > 0 ? ` · also ${speaker.aliases.join(', ')}` : '';
			const anonymous = speaker.anonymous ? ' · anonymous' : '';
			return `${position} · ${speaker.name}${role}${aliases}${anonymous}`;
		}

		if (selection.kind === 'figure') {
			const figure = model.entry.figures[selection.index];
			const group = groupById(analysis, figure?.group);
			const status = model.statuses[selection.index];
			const verdict = status === 'differs' ? 'DIFFERS · ' : status === 'agrees' ? 'agrees · ' : '';
			return group ? `${verdict}${formatGroup(analysis, group)}` : 'figure in no group';
		}

		// A hit of a search since cleared or changed names nothing.
		if (selection.index < model.matches.length) return `hit ${selection.index + 1}/${model.matches.length}`;
	}

	return state.focus === 'list' ? hints.list : hints.compare;
}
