/**
 * The query language, fzf's plus field prefixes: space-separated terms must all
 * match; `a | b` matches either; `'exact` is a substring, `^prefix` and `suffix$`
 * anchor to the start or end of the text, `!term` excludes; `by:tykhy` keeps
 * quotations by a speaker, `in:004` one article, `num:` figures only, `q:`
 * quotations only. Smart case: a term with a capital letter matches case.
 */

export type TermMatch = 'fuzzy' | 'exact' | 'prefix' | 'suffix' | 'whole';

export type Term = {
	readonly text: string;
	readonly match: TermMatch;
	readonly negate: boolean;
	readonly caseSensitive: boolean;
};

export type Filters = {
	/** `by:` speaker name parts, matched against speakers' names and aliases. */
	readonly by: readonly string[];
	/** `in:` article id prefixes. */
	readonly in: readonly string[];
	/** `num:` figures only; `q:` quotations only. */
	readonly kinds: readonly ('figure' | 'quote')[];
};

export type Query = {
	/** All groups must match; a group matches when any of its terms does. */
	readonly groups: readonly (readonly Term[])[];
	readonly filters: Filters;
};

function parseTerm(raw: string): Term | undefined {
	let text = raw;
	let negate = false;
	if (text.startsWith('!')) {
		negate = true;
		text = text.slice(1);
	}

	let match: TermMatch = 'fuzzy';
	if (text.startsWith("'")) {
		match = 'exact';
		text = text.slice(1);
	} else if (text.startsWith('^') && text.endsWith('$') && text.length > 2) {
		match = 'whole';
		text = text.slice(1, -1);
	} else if (text.startsWith('^')) {
		match = 'prefix';
		text = text.slice(1);
	} else if (text.endsWith('$') && text.length > 1) {
		match = 'suffix';
		text = text.slice(0, -1);
	}

	// Like fzf, a negated term is an exact one.
	if (negate && match === 'fuzzy') {
		match = 'exact';
	}

	return text === '' ? undefined : {text, match, negate, caseSensitive: /\p{Lu}/u.test(text)};
}

export function parseQuery(input: string): Query {
	const by: string[] = [];
	const inArticles: string[] = [];
	const kinds: ('figure' | 'quote')[] = [];
	const groups: Term[][] = [];
	let orNext = false;
	for (const token of input.trim().split(/\s+/).filter(Boolean)) {
		if (token === '|') {
			orNext = groups.length > 0;
			continue;
		}

		const field = /^(by|in|num|q):(.*)$/i.exec(token);
		if (field) {
			const [, name, value = ''] = field;
			const lower = name!.toLowerCase();
			if (lower === 'by' && value !== '') by.push(value);
			else if (lower === 'in' && value !== '') inArticles.push(value);
			else if (lower === 'num') kinds.push('figure');
			else if (lower === 'q') kinds.push('quote');
			// `num:1150` and `q:dislodge` carry a term too.
			if ((lower === 'num' || lower === 'q') && value !== '') {
				const term = parseTerm(value);
				if (term) groups.push([term]);
			}

			orNext = false;
			continue;
		}

		const term = parseTerm(token);
		if (!term) {
			continue;
		}

		if (orNext) {
			groups.at(-1)!.push(term);
		} else {
			groups.push([term]);
		}

		orNext = false;
	}

	return {groups, filters: {by, in: inArticles, kinds}};
}

/** Whether a query asks for anything at all. */
export function isEmptyQuery(query: Query): boolean {
	return (
		query.groups.length === 0 &&
		query.filters.by.length === 0 &&
		query.filters.in.length === 0 &&
		query.filters.kinds.length === 0
	);
}
