/**
 * Lookups over a whole analysis, built once per analysis and shared by every view and
 * command: an article's position and a group by their ids, and the groups in dispute. Looking these up by scanning
 * the groups costs nothing on five articles and seconds on 20,000 (hundreds of
 * thousands of groups), on every keypress that needs one.
 */

import type {CorpusAnalysis, FigureGroup} from '../model.js';
import {finish, type Steps} from '../steps.js';

type Lookups = {
	readonly articles: ReadonlyMap<string, number>;
	readonly groups: ReadonlyMap<string, FigureGroup>;
	readonly disputed: ReadonlySet<string>;
};

const built = new WeakMap<CorpusAnalysis, Lookups>();

/** Groups and articles gone through between two steps of `lookupSteps`. */
const itemsPerStep = 16_384;

/**
 * Builds the lookups of `analysis` in steps, for the dashboard to do in the background
 * (at 200,000 groups they take a noticeable fraction of a second); the functions below
 * build them at once when they are not there yet.
 */
export function* lookupSteps(analysis: CorpusAnalysis): Steps<void> {
	if (built.has(analysis)) return;
	const disputed = new Set<string>();
	const groups = new Map<string, FigureGroup>();
	for (const [index, group] of analysis.groups.entries()) {
		groups.set(group.id, group);
		const first = group.members[0]?.article;
		if (group.differs && group.members.some(member => member.article !== first)) disputed.add(group.id);
		if (index % itemsPerStep === itemsPerStep - 1) yield;
	}

	const articles = new Map<string, number>();
	for (const [index, entry] of analysis.articles.entries()) {
		articles.set(entry.article.id, index);
		if (index % itemsPerStep === itemsPerStep - 1) yield;
	}

	built.set(analysis, {articles, groups, disputed});
}

function lookups(analysis: CorpusAnalysis): Lookups {
	if (!built.has(analysis)) finish(lookupSteps(analysis));
	return built.get(analysis)!;
}

/** The position in the analysis of the article with this id. */
export function articleIndex(analysis: CorpusAnalysis, id: string): number | undefined {
	return lookups(analysis).articles.get(id);
}

/** The group of this id. */
export function groupById(analysis: CorpusAnalysis, id: string | undefined): FigureGroup | undefined {
	return id === undefined ? undefined : lookups(analysis).groups.get(id);
}

/** Every group by its id, for looking up many. */
export function groupsById(analysis: CorpusAnalysis): ReadonlyMap<string, FigureGroup> {
	return lookups(analysis).groups;
}

/** Groups whose members disagree and come from more than one article. */
export function disputedGroups(analysis: CorpusAnalysis): ReadonlySet<string> {
	return lookups(analysis).disputed;
}
