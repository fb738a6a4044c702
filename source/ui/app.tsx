import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useMemo, useReducer, useRef} from 'react';
import type {CorpusAnalysis} from '../model.js';
import {disputedGroups} from '../render/corpus-lookups.js';
import {formatGroup, shortIds} from '../render/format.js';
import {layoutArticleCached, lineOfOffset} from '../render/layout.js';
import {buildPaneModel, type PaneModel} from '../render/pane-model.js';
import {dateAndOutlet} from '../render/article-meta.js';
import {figureGroupsInOrder, speakerQuoteRows, speakerRows} from '../render/tables.js';
import {ArticleList, type ArticleListItem} from './components/article-list.js';
import {ArticlePane} from './components/article-pane.js';
import {HelpOverlay} from './components/help-overlay.js';
import {SearchBar} from './components/search-bar.js';
import {SearchResults} from './components/search-results.js';
import {searchKeyActions} from './state/search-keys.js';
import {useSearch} from './use-search.js';
import {StatusBar} from './components/status-bar.js';
import {TableViews} from './components/table-views.js';
import {commandFor, keyName, type KeyContext} from './keymap.js';
import {computeScreenLayout} from './screen-layout.js';
import {runCommand, scrollToShow, type ScreenContext} from './state/commands.js';
import {
	type DashboardAction,
	dashboardReducer,
	type DashboardState,
	initialState,
	type PaneSide,
} from './state/dashboard-state.js';
import {openingPair} from './opening-pair.js';
import {statusMessage} from './status-message.js';
import {useTerminalSize} from './use-terminal-size.js';

type Properties = {
	readonly analysis: CorpusAnalysis;
	readonly colour: boolean;
};

const sides: readonly PaneSide[] = ['left', 'right'];

/** Printable keys typed one after another can arrive as one string (fast typing, SSH). */
function splitKeys(input: string): string[] {
	return input.length > 1 && !input.startsWith('\u001B') ? [...input] : [input];
}

export function App({analysis, colour}: Properties) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const [state, dispatch] = useReducer(dashboardReducer, undefined, () => {
		const [left, right] = openingPair(analysis);
		return initialState(left, right);
	});
	const screen = computeScreenLayout(size, state.listShown);
	const ids = useMemo(() => shortIds(analysis.articles.map(entry => entry.article.id)), [analysis]);

	const leftIndex = state.panes.left.article;
	const rightIndex = state.panes.right.article;
	const leftLines = useMemo(
		() => layoutArticleCached(analysis.articles[leftIndex]!.article, screen.textWidth),
		[analysis, leftIndex, screen.textWidth],
	);
	const rightLines = useMemo(
		() => layoutArticleCached(analysis.articles[rightIndex]!.article, screen.textWidth),
		[analysis, rightIndex, screen.textWidth],
	);
	const search = useSearch(analysis, state.search.draft, state.search.editing, state.search.query, [
		leftIndex,
		rightIndex,
	]);
	const [leftMatches, rightMatches] = search.matches;
	const panes = useMemo(
		(): Record<PaneSide, PaneModel> => ({
			left: buildPaneModel(
				analysis,
				analysis.articles[leftIndex]!,
				analysis.articles[rightIndex],
				leftLines,
				leftMatches,
			),
			right: buildPaneModel(
				analysis,
				analysis.articles[rightIndex]!,
				analysis.articles[leftIndex],
				rightLines,
				rightMatches,
			),
		}),
		[analysis, leftIndex, rightIndex, leftLines, rightLines, leftMatches, rightMatches],
	);

	const figures = useMemo(() => figureGroupsInOrder(analysis), [analysis]);
	const speakers = useMemo(() => speakerRows(analysis), [analysis]);
	const quotes = useMemo(() => speakerQuoteRows(analysis, state.speaker), [analysis, state.speaker]);
	const listItems = useMemo(
		(): ArticleListItem[] =>
			analysis.articles.map(entry => {
				const differing = disputedGroups(analysis);
				return {
					id: ids.get(entry.article.id)!,
					title: entry.article.title,
					source: dateAndOutlet(entry.article),
					quotes: entry.quotes.length,
					figures: entry.figures.length,
					differs: entry.figures.some(figure => figure.group !== undefined && differing.has(figure.group)),
				};
			}),
		[analysis, ids],
	);

	const context: ScreenContext = {
		analysis,
		panes,
		bodyHeight: screen.bodyHeight,
		tableHeight: Math.max(1, screen.mainHeight - 3),
		listVisible: screen.listVisible,
		singlePane: screen.singlePane,
		tables: {figures, speakers, quotes},
	};

	// After a resize re-wraps the text, a pane scrolled past its new end comes back to it.
	useEffect(() => {
		for (const side of sides) {
			const last = Math.max(0, panes[side].lines.length - screen.bodyHeight);
			if (state.panes[side].scroll > last) {
				dispatch({type: 'scroll', pane: side, scroll: last});
			}
		}
	});

	// A selection made before its article was laid out (opened from a view or a search) is scrolled to now.
	useEffect(() => {
		for (const side of sides) {
			const pane = state.panes[side];
			if (pane.reveal && pane.selection) {
				const targets = {quote: panes[side].quotes, figure: panes[side].figures, match: panes[side].matches}[
					pane.selection.kind
				];
				const line = targets[pane.selection.index]?.line ?? 0;
				dispatch({type: 'select', pane: side, selection: pane.selection, scroll: scrollToShow(context, side, 0, line)});
			}
		}
	});

	// A search hit opened from the results: once its article's hits are known, move to it.
	useEffect(() => {
		for (const side of sides) {
			const offset = state.panes[side].revealOffset;
			if (offset === undefined) continue;
			const {matches, lines} = panes[side];
			const index = matches.findIndex(({span}) => span.start <= offset && offset < Math.max(span.end, span.start + 1));
			const line = index === -1 ? lineOfOffset(lines, offset) : matches[index]!.line;
			dispatch({
				type: 'select',
				pane: side,
				selection: index === -1 ? undefined : {kind: 'match', index},
				scroll: scrollToShow(context, side, 0, line),
			});
			dispatch({type: 'reveal-offset', pane: side, offset: undefined});
		}
	});

	// Keys see the state as the previous key left it, even when several arrive before a render.
	const latest = useRef(state);
	useEffect(() => {
		latest.current = state;
	}, [state]);
	const apply = (action: DashboardAction) => {
		latest.current = dashboardReducer(latest.current, action);
		dispatch(action);
	};

	const activeSide: PaneSide = state.focus === 'list' ? state.lastPane : state.focus;
	useInput((input, key) => {
		const name = keyName(input, key);
		if (name === 'ctrl+c') {
			exit();
			return;
		}

		const current = latest.current;
		if (current.search.editing) {
			const target: PaneSide = current.focus === 'list' ? current.lastPane : current.focus;
			for (const action of searchKeyActions(name, input, current, search.results, target)) {
				apply(action);
			}

			return;
		}

		for (const single of splitKeys(input)) {
			const keyContext: KeyContext =
				latest.current.view === 'compare' ? (latest.current.focus === 'list' ? 'list' : 'compare') : 'table';
			const command = commandFor(single === input ? name : single, keyContext);
			if (!command) {
				continue;
			}

			if (latest.current.help && !['help', 'close', 'back', 'quit'].includes(command)) {
				continue;
			}

			const result = runCommand(command, latest.current, context);
			if (result === 'exit') {
				exit();
				return;
			}

			for (const action of result) {
				apply(action);
			}
		}
	});

	const activeModel = panes[activeSide];
	const place = `${state.view === 'compare' ? (state.focus === 'list' ? 'list' : `${state.focus} pane`) : `${state.view} view`} │ L ${ids.get(panes.left.entry.article.id)} · R ${ids.get(panes.right.entry.article.id)}`;
	const message = statusMessage({
		state,
		analysis,
		model: activeModel,
		selection: state.panes[activeSide].selection,
		formatGroup,
	});
	const label = (side: PaneSide) => {
		const {article} = panes[side].entry;
		const dateline = article.dateline ? `${article.text.slice(article.dateline.start, article.dateline.end)} · ` : '';
		const source = dateAndOutlet(article);
		return `${ids.get(article.id)} ${source ? `${source} · ` : ''}${dateline}${article.title}`;
	};

	const pane = (side: PaneSide) => (
		<ArticlePane
			key={side}
			model={panes[side]}
			label={label(side)}
			scroll={Math.min(state.panes[side].scroll, Math.max(0, panes[side].lines.length - screen.bodyHeight))}
			selection={state.panes[side].selection}
			focused={state.focus === side}
			textWidth={screen.textWidth}
			bodyHeight={screen.bodyHeight}
			colour={colour}
		/>
	);

	const separator = <Text dimColor>{Array.from({length: screen.mainHeight}, () => '│').join('\n')}</Text>;
	let main;
	if (state.help) {
		main = <HelpOverlay width={screen.columns} height={screen.mainHeight} />;
	} else if (state.search.editing) {
		main = (
			<SearchResults
				results={search.results}
				draft={state.search.draft}
				ready={search.ready}
				progress={search.progress}
				selected={state.search.row}
				analysis={analysis}
				ids={ids}
				width={screen.columns}
				height={screen.mainHeight}
				colour={colour}
			/>
		);
	} else if (state.view === 'compare') {
		const list = (
			<ArticleList
				items={listItems}
				selected={state.listIndex}
				left={leftIndex}
				right={rightIndex}
				focused={state.focus === 'list'}
				width={screen.listWidth}
				height={screen.mainHeight}
			/>
		);
		main = screen.singlePane ? (
			state.focus === 'list' && screen.listVisible ? (
				list
			) : (
				pane(activeSide)
			)
		) : (
			<Box>
				{screen.listVisible ? (
					<>
						{list}
						{separator}
					</>
				) : undefined}
				{pane('left')}
				{separator}
				{pane('right')}
			</Box>
		);
	} else {
		main = (
			<TableViews
				state={state}
				analysis={analysis}
				ids={ids}
				tables={context.tables}
				width={screen.columns}
				height={screen.mainHeight}
				colour={colour}
			/>
		);
	}

	return (
		<Box flexDirection="column" width={screen.columns} height={screen.frameHeight}>
			<Box height={screen.mainHeight}>{main}</Box>
			<SearchBar search={state.search} hits={activeModel.matches.length} width={screen.columns} />
			<StatusBar
				place={place}
				message={message}
				width={screen.columns}
				urgent={state.view === 'compare' && state.focus !== 'list' && state.panes[activeSide].selection !== undefined}
			/>
		</Box>
	);
}

export type {DashboardState};
