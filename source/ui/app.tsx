import {Box, Text, useApp, useInput} from 'ink';
import {useEffect, useMemo, useReducer, useRef} from 'react';
import type {CorpusAnalysis} from '../model.js';
import {formatGroup, shortIds} from '../render/format.js';
import {lineOfOffset} from '../render/layout.js';
import type {PaneModel} from '../render/pane-model.js';
import {dateAndOutlet} from '../render/article-meta.js';
import {figureGroupOrderSteps, speakerQuoteRowSteps, speakerRowSteps} from '../render/tables.js';
import {ArticleList} from './components/article-list.js';
import {ArticlePane} from './components/article-pane.js';
import {HelpOverlay} from './components/help-overlay.js';
import {SearchBar} from './components/search-bar.js';
import {SearchResults} from './components/search-results.js';
import {searchKeyActions} from './state/search-keys.js';
import {useSearch} from './use-search.js';
import {StatusBar} from './components/status-bar.js';
import {TableViews} from './components/table-views.js';
import {commandFor, keyContextOf, keyPresses} from './keymap.js';
import {computeScreenLayout} from './screen-layout.js';
import {runCommand, scrollToShow, type ScreenContext} from './state/commands.js';
import {
	type DashboardAction,
	dashboardReducer,
	type DashboardState,
	initialState,
	type PaneSide,
} from './state/dashboard-state.js';
import {listItemSteps} from './list-items.js';
import {openingPair} from './opening-pair.js';
import {priorities} from './slices.js';
import {statusMessage} from './status-message.js';
import {usePaneModel} from './use-pane-model.js';
import {useStepped} from './use-stepped.js';
import {useTerminalSize} from './use-terminal-size.js';

type Properties = {
	readonly analysis: CorpusAnalysis;
	readonly colour: boolean;
	/** The articles to open with, when worked out already (`openingPair`); else worked out here. */
	readonly opening?: readonly [number, number];
};

const background = {priority: priorities.background} as const;

const sides: readonly PaneSide[] = ['left', 'right'];

/** Printable keys typed one after another can arrive as one string (fast typing, SSH). */
export function App({analysis, colour, opening}: Properties) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const [state, dispatch] = useReducer(dashboardReducer, undefined, () => {
		const [left, right] = opening ?? openingPair(analysis);
		return initialState(left, right);
	});
	const screen = computeScreenLayout(size, state.listShown);
	const ids = useMemo(() => shortIds(analysis.articles.map(entry => entry.article.id)), [analysis]);

	const leftIndex = state.panes.left.article;
	const rightIndex = state.panes.right.article;
	const search = useSearch(analysis, state.search.draft, state.search.editing, state.search.query, [
		leftIndex,
		rightIndex,
	]);
	const [leftMatches, rightMatches] = search.matches;
	const leftEntry = analysis.articles[leftIndex]!;
	const rightEntry = analysis.articles[rightIndex]!;
	const panes: Record<PaneSide, PaneModel> = {
		left: usePaneModel(leftEntry, rightEntry, screen.textWidth, leftMatches),
		right: usePaneModel(rightEntry, leftEntry, screen.textWidth, rightMatches),
	};

	// The views' tables are worked out in the background from the start, to be ready when asked for.
	const figures = useStepped(
		useMemo(() => figureGroupOrderSteps(analysis), [analysis]),
		background,
	);
	const speakers = useStepped(
		useMemo(() => speakerRowSteps(analysis), [analysis]),
		background,
	);
	const quotes = useStepped(useMemo(() => speakerQuoteRowSteps(analysis, state.speaker), [analysis, state.speaker]));
	const listItems = useStepped(
		useMemo(() => listItemSteps(analysis, ids), [analysis, ids]),
		background,
	);

	const context: ScreenContext = {
		analysis,
		panes,
		bodyHeight: screen.bodyHeight,
		tableHeight: Math.max(1, screen.mainHeight - 3),
		listVisible: screen.listVisible,
		singlePane: screen.singlePane,
		tables: {figures: figures.value ?? [], speakers: speakers.value ?? [], quotes: quotes.value ?? []},
	};

	// After a resize re-wraps the text, a pane scrolled past its new end comes back to it
	// (once the new lines are there: a pane still being laid out has none).
	useEffect(() => {
		for (const side of sides) {
			if (panes[side].pending !== undefined) continue;
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
			if (pane.reveal && pane.selection && panes[side].pending === undefined) {
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
			if (offset === undefined || panes[side].pending !== undefined) continue;
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
		// Each key of a burst is routed by the state the key before it left: `/tykh` opens the
		// search and types into it.
		for (const {name, input: typed} of keyPresses(input, key)) {
			if (name === 'ctrl+c') {
				exit();
				return;
			}

			const current = latest.current;
			if (current.search.editing) {
				const target: PaneSide = current.focus === 'list' ? current.lastPane : current.focus;
				for (const action of searchKeyActions(name, typed, current, search.results, target)) {
					apply(action);
				}

				continue;
			}

			const keyContext = keyContextOf(current.view, current.focus);
			const command = commandFor(name, keyContext);
			if (!command) continue;
			if (current.help && !['help', 'close', 'back', 'quit'].includes(command)) continue;
			const result = runCommand(command, current, context);
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
		main = (
			<HelpOverlay width={screen.columns} height={screen.mainHeight} context={keyContextOf(state.view, state.focus)} />
		);
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
				items={listItems.value}
				count={analysis.articles.length}
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
				tables={{figures: figures.value, speakers: speakers.value, quotes: quotes.value}}
				progress={{
					figures: figures.ready ? 1 : figures.progress,
					speakers: speakers.ready ? 1 : speakers.progress,
					quotes: quotes.ready ? 1 : quotes.progress,
				}}
				width={screen.columns}
				height={screen.mainHeight}
				colour={colour}
			/>
		);
	}

	return (
		<Box flexDirection="column" width={screen.columns} height={screen.frameHeight}>
			<Box height={screen.mainHeight}>{main}</Box>
			<SearchBar
				search={state.search}
				hits={activeModel.matches.length}
				panesShown={state.view === 'compare' && !state.help}
				width={screen.columns}
			/>
			<StatusBar
				place={place}
				message={message}
				width={screen.columns}
				urgent={
					!state.help &&
					state.view === 'compare' &&
					state.focus !== 'list' &&
					state.panes[activeSide].selection !== undefined
				}
			/>
		</Box>
	);
}

export type {DashboardState};
