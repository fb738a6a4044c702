import {inDateOrder, publishedTime} from '../../render/article-meta.js';
import {formatGroup} from '../../render/format.js';
import type {CorpusAnalysis, FigureGroup} from '../../model.js';
import {figureCells, type QuoteRow, type SpeakerRow} from '../../render/tables.js';
import type {DashboardState} from '../state/dashboard-state.js';
import {TableView} from './table-view.js';

type Properties = {
	readonly state: DashboardState;
	readonly analysis: CorpusAnalysis;
	readonly ids: ReadonlyMap<string, string>;
	readonly tables: {
		readonly figures: readonly FigureGroup[];
		readonly speakers: readonly SpeakerRow[];
		readonly quotes: readonly QuoteRow[];
	};
	readonly width: number;
	readonly height: number;
	readonly colour: boolean;
};

const labelWidth = 16;

/** Table cells are narrow: `>=800` reads as `≥800`, and figures are separated by a space. */
function compact(cell: string | undefined): string | undefined {
	return cell?.replaceAll('>=', '≥').replaceAll('<=', '≤').replaceAll(', ', ' ');
}

/** The figures, speakers and quotes views, as tables. */
export function TableViews({state, analysis, ids, tables, width, height, colour}: Properties) {
	const common = {width, height, colour};
	if (state.view === 'figures') {
		// Figures are the point of this view: columns wide enough for them, as many as fit
		// beside a label column of at least `labelWidth`.
		// Sources in publication order when dates are known: a later figure reads as later.
		const dated = analysis.articles.some(entry => publishedTime(entry.article) !== undefined);
		const articleIds = inDateOrder(analysis.articles, entry => entry.article).map(entry => entry.article.id);
		// Wide enough for the widest figure near the selection (rows are formatted when shown).
		const near = tables.figures.slice(Math.max(0, state.rows.figures - height), state.rows.figures + height);
		let widest = 0;
		for (const group of near)
			for (const cell of figureCells(analysis, group).values()) widest = Math.max(widest, compact(cell)!.length);
		const cellWidth = Math.min(16, Math.max(9, widest + 1));
		const shown = articleIds.slice(0, Math.max(1, Math.floor((width - labelWidth - 2) / cellWidth)));
		const hidden = articleIds.length - shown.length;
		const selectedGroup = tables.figures[state.rows.figures];
		return (
			<TableView
				{...common}
				title={`Figures · ${tables.figures.length} groups, differing first${dated ? ' · sources by date' : ''}${hidden > 0 ? ` · ${hidden} more articles not shown` : ''}`}
				headers={['what', ...shown.map(id => ids.get(id)!)]}
				widths={[0, ...shown.map(() => cellWidth)]}
				rowCount={tables.figures.length}
				rowAt={index => {
					const group = tables.figures[index]!;
					const cells = figureCells(analysis, group);
					return {
						key: group.id,
						cells: [group.label, ...shown.map(id => compact(cells.get(id)) ?? '·')],
						alert: group.differs,
					};
				}}
				selected={state.rows.figures}
				hint={selectedGroup ? `${formatGroup(analysis, selectedGroup)} · Enter: the two that disagree most` : ''}
			/>
		);
	}

	if (state.view === 'speakers') {
		return (
			<TableView
				{...common}
				title={`Speakers · ${tables.speakers.length}, most quoted first`}
				headers={['who', 'quotes', 'where']}
				widths={[0, 8, Math.min(40, Math.floor(width / 3))]}
				rowCount={tables.speakers.length}
				rowAt={index => {
					const {speaker, counts} = tables.speakers[index]!;
					return {
						key: speaker.id,
						cells: [
							[
								speaker.name,
								speaker.role ? `(${speaker.role})` : '',
								speaker.aliases.length > 0 ? `aka ${speaker.aliases.join(', ')}` : '',
								speaker.anonymous ? '[anonymous]' : '',
							]
								.filter(Boolean)
								.join(' '),
							String(speaker.quoteCount),
							speaker.articles.map(id => `${ids.get(id)}${counts.get(id) ? `:${counts.get(id)}` : ''}`).join(' '),
						],
					};
				}}
				selected={state.rows.speakers}
				hint="Enter lists this speaker's quotations"
			/>
		);
	}

	const speaker = analysis.speakers.find(candidate => candidate.id === state.speaker);
	return (
		<TableView
			{...common}
			title={`Quotations of ${speaker?.name ?? 'nobody'}${speaker?.role ? `, ${speaker.role}` : ''}`}
			headers={['quotation', 'kind', 'article']}
			widths={[0, 9, 8]}
			rowCount={tables.quotes.length}
			rowAt={index => {
				const row = tables.quotes[index]!;
				return {
					key: `${row.article}:${row.quote}`,
					cells: [`“${row.value.text}”`, row.value.kind, ids.get(analysis.articles[row.article]!.article.id)!],
				};
			}}
			selected={state.rows.quotes}
			hint="Enter opens the article at this quotation · Esc back to speakers"
		/>
	);
}
