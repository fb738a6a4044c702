#!/usr/bin/env node
/**
 * The `parallax` command: parses flags with meow, reads the articles, and prints
 * the chosen output. Problems with single inputs go to stderr, one line each.
 */

import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {analyzeCorpus} from './analysis/analyze-corpus.js';
import {analysisJson, analysisSummary} from './commands/analyze.js';
import {loadCorpus} from './corpus/load.js';
import {showControls} from './corpus/sanitize.js';
import type {Corpus} from './model.js';

const help = `
	Usage
	  $ parallax [PATH…]               summary of the articles (the seeds when no PATH)
	  $ parallax analyze [PATH…]       the same; --json for the full analysis

	PATH is a .txt or .md file, a directory (read recursively), or - for standard input.

	Options
	  --json       print one JSON document (analyze)
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
	},
});

const commands = new Set(['analyze']);
const [first, ...rest] = cli.input;
const command = first !== undefined && commands.has(first) ? first : undefined;
const paths = command ? rest : cli.input;

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
	if (interactive && process.stdin.isTTY && process.stdout.isTTY) {
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
