import {Box, Text} from 'ink';
import {useMemo} from 'react';
import type {CorpusAnalysis, FigureGroup} from '../../model.js';
import {inDateOrder, publishedTime} from '../../render/article-meta.js';
import {formatGroup} from '../../render/format.js';
import {padToWidth} from '../../render/text-width.js';
import {figureCells, type QuoteRow, type SpeakerRow} from '../../render/tables.js';
import type {DashboardState} from '../state/dashboard-state.js';
import {TableView} from './table-view.js';

type Tables<Value> = {
	readonly figures: Value extends 'rows' ? readonly FigureGroup[] | undefined : number;
	readonly speakers: Value extends 'rows' ? readonly SpeakerRow[] | undefined : number;
	readonly quotes: Value extends 'rows' ? readonly QuoteRow[] | undefined : number;
};

type Properties = {
	readonly state: DashboardState;
	readonly analysis: CorpusAnalysis;
	readonly ids: ReadonlyMap<string, string>;
	/** Each table's rows; undefined while they are worked out (a large corpus). */
	readonly tables: Tables<'rows'>;
	/** How much of each table is worked out, 0–1. */
	readonly progress: Tables<'progress'>;
	readonly width: number;
	readonly height: number;
	readonly colour: boolean;
};

const labelWidth = 16;

/** Table cells are narrow: `>=800` reads as `≥800`, and figures are separated by a space. */
function compact(cell: string | undefined): string | undefined {
	return cell?.replaceAll('>=', '≥').replaceAll('<=', '≤').replaceAll(', ', ' ');
}

/** A table still being worked out: its title and how far it has got. */
function Working({title, progress, width, height}: {title: string; progress: number; width: number; height: number}) {
	return (
		<Box flexDirection="column" width={width} height={height}>
			<Text bold inverse wrap="truncate">
				{padToWidth(` ${title}`, width)}
			</Text>
			<Text dimColor wrap="truncate">
				{padToWidth(`  Working them out… ${Math.floor(progress * 100)}%`, width)}
			</Text>
		</Box>
	);
}

/** The figures, speakers and quotes views, as tables; only the rows on screen are drawn. */
export function TableViews({state, analysis, ids, tables, progress, width, height, colour}: Properties) {
	const common = {width, height, colour};
	// Sources in publication order when dates are known: a later figure reads as later.
	const articleOrder = useMemo(
		() => ({
			dated: analysis.articles.some(entry => publishedTime(entry.article) !== undefined),
			ids: inDateOrder(analysis.articles, entry => entry.article).map(entry => entry.article.id),
		}),
		[analysis],
	);
	if (state.view === 'figures') {
		if (!tables.figures) return <Working {...common} title="Figures" progress={progress.figures} />;
		const groups = tables.figures;
		// Figures are the point of this view: columns wide enough for them, as many as fit
		// beside a label column of at least `labelWidth`; wide enough for the widest figure
		// near the selection (rows are formatted when shown).
		const near = groups.slice(Math.max(0, state.rows.figures - height), state.rows.figures + height);
		let widest = 0;
		for (const group of near)
			for (const cell of figureCells(analysis, group).values()) widest = Math.max(widest, compact(cell)!.length);
		const cellWidth = Math.min(16, Math.max(9, widest + 1));
		const shown = articleOrder.ids.slice(0, Math.max(1, Math.floor((width - labelWidth - 2) / cellWidth)));
		const hidden = articleOrder.ids.length - shown.length;
		const selectedGroup = groups[state.rows.figures];
		return (
			<TableView
				{...common}
				title={`Figures · ${groups.length} groups, differing first${articleOrder.dated ? ' · sources by date' : ''}${hidden > 0 ? ` · ${hidden} more articles not shown` : ''}`}
				headers={['what', ...shown.map(id => ids.get(id)!)]}
				widths={[0, ...shown.map(() => cellWidth)]}
				rowCount={groups.length}
				rowAt={index => {
					const group = groups[index]!;
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
		if (!tables.speakers) return <Working {...common} title="Speakers" progress={progress.speakers} />;
		const rows = tables.speakers;
		return (
			<TableView
				{...common}
				title={`Speakers · ${rows.length}, most quoted first`}
				headers={['who', 'quotes', 'where']}
				widths={[0, 8, Math.min(40, Math.floor(width / 3))]}
				rowCount={rows.length}
				rowAt={index => {
					const {speaker, counts} = rows[index]!;
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
							// A speaker of thousands of articles: only as many as the column can show.
							speaker.articles
								.slice(0, width)
								.map(id => `${ids.get(id)}${counts.get(id) ? `:${counts.get(id)}` : ''}`)
								.join(' '),
						],
					};
				}}
				selected={state.rows.speakers}
				hint="Enter lists this speaker's quotations"
			/>
		);
	}

	const speaker = analysis.speakers.find(candidate => candidate.id === state.speaker);
	const title = `Quotations of ${speaker?.name ?? 'nobody'}${speaker?.role ? `, ${speaker.role}` : ''}`;
	if (!tables.quotes) return <Working {...common} title={title} progress={progress.quotes} />;
	const rows = tables.quotes;
	return (
		<TableView
			{...common}
			title={title}
			headers={['quotation', 'kind', 'article']}
			widths={[0, 9, 8]}
			rowCount={rows.length}
			rowAt={index => {
				const row = rows[index]!;
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
