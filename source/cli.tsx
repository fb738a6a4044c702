#!/usr/bin/env node
/**
 * The `parallax` command: parses flags with meow, reads the articles, and prints
 * the chosen output. Problems with single inputs go to stderr, one line each.
 */

import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {analyzeCorpus} from './analysis/analyze-corpus.js';
import {analysisJson, analysisSummary} from './commands/analyze.js';
import {hitJson, hitLine, searchHits} from './commands/search.js';
import {loadCorpus} from './corpus/load.js';
import {showControls} from './corpus/sanitize.js';
import type {Corpus} from './model.js';

const help = `
	Usage
	  $ parallax [PATH…]               summary of the articles (the seeds when no PATH)
	  $ parallax analyze [PATH…]       the same; --json for the full analysis
	  $ parallax search QUERY [PATH…]  ranked hits, one a line: id, kind, text (--json)

	PATH is a .txt or .md file, a directory (read recursively), or - for standard input.

	Options
	  --json       print one JSON document (analyze, search)
	  --limit N    at most N search hits (default 100)
	  --no-color   no colour (also NO_COLOR); highlights use bold, underline and inverse
	  --help       show this help
	  --version    show the version

	With no command, on a terminal, parallax opens the dashboard: two articles side by
	side with quotations and figures highlighted. Press ? there for the keys.

	Examples
	  $ parallax analyze --json seeds/ > analysis.json
	  $ curl -s https://example.org/story.txt | parallax analyze -
`;

const cli = meow(help, {
	importMeta: import.meta,
	allowUnknownFlags: false,
	flags: {
		json: {type: 'boolean', default: false},
		color: {type: 'boolean', default: true},
		limit: {type: 'number', default: 100},
	},
});

const commands = new Set(['analyze', 'search']);
const [first, ...rest] = cli.input;
const command = first !== undefined && commands.has(first) ? first : undefined;
const query = command === 'search' ? rest[0] : undefined;
const paths = command === 'search' ? rest.slice(1) : command ? rest : cli.input;
if (command === 'search' && (query === undefined || query.trim() === '')) {
	process.stderr.write('parallax: search needs a QUERY (parallax search QUERY [PATH…])\n');
	process.exit(2);
}

/** The bundled seed articles, found next to the installed package, not the working directory. */
const seedsDirectory = fileURLToPath(new URL('../seeds', import.meta.url));

function reportProblems(corpus: Corpus): void {
	for (const problem of corpus.problems) {
		process.stderr.write(`parallax: ${showControls(problem.path)}: ${problem.reason}\n`);
	}
}

// A closed pipe (`parallax analyze --json | head`) is a normal way for output to end.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') {
		process.exit(0);
	}

	throw error;
});

const corpus = await loadCorpus(paths.length > 0 ? paths : [seedsDirectory]);
reportProblems(corpus);
if (corpus.articles.length === 0) {
	process.stderr.write('parallax: no usable articles were read\n');
	process.exitCode = 1;
} else {
	const analysis = analyzeCorpus(corpus);
	const interactive = command === undefined && !cli.flags.json;
	if (command === 'search') {
		const hits = searchHits(analysis, query!, Math.max(1, cli.flags.limit));
		process.stdout.write(
			cli.flags.json
				? `${JSON.stringify(
						hits.map(hit => hitJson(analysis, hit)),
						undefined,
						2,
					)}\n`
				: hits.map(hit => `${hitLine(analysis, hit)}\n`).join(''),
		);
		process.exitCode = hits.length > 0 ? 0 : 1;
	} else if (interactive && process.stdin.isTTY && process.stdout.isTTY) {
		const colour = cli.flags.color && process.stdout.hasColors();
		const {runDashboard} = await import('./ui/run-dashboard.js');
		await runDashboard(analysis, {colour});
	} else {
		if (interactive) {
			process.stderr.write('parallax: not a terminal, so printing the summary instead of the dashboard\n');
		}

		process.stdout.write(
			cli.flags.json ? `${JSON.stringify(analysisJson(analysis), undefined, 2)}\n` : analysisSummary(analysis),
		);
	}
}
