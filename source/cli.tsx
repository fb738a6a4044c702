#!/usr/bin/env node
/**
 * The `parallax` command: meow parses the flags, one command runs. With no command
 * it opens the dashboard on a terminal and prints the summary otherwise. Usage
 * mistakes are one line on stderr with a suggestion and exit status 2; a bad input
 * file is one line naming it, and the rest still loads.
 */

import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {analysisJson, analysisSummary} from './commands/analyze.js';
import {type Command, commonFlags, type Flags, kebab, NothingFoundError, UsageError} from './commands/command.js';
import {commands} from './commands/index.js';
import {readSize, readWholeNumber} from './commands/numeric-flags.js';
import {exitOnWriteErrors, print, printCrash, printJson, printMessage, printProblem} from './commands/print.js';
import {nearest} from './commands/suggest.js';
import {progressLine} from './commands/progress-line.js';
import {defaultMaxArticles, defaultMaxSize, formatBytes} from './corpus/load.js';
import {readUrlList} from './corpus/web/url-list.js';
import {analyzeFiles} from './pipeline/analyze-files.js';

const commonOptions = [
	'--json          JSON instead of text',
	`--max-size N    skip article files larger than N bytes (5MB, 800kB; default ${formatBytes(defaultMaxSize)})`,
	`--max-articles N  read at most N articles (default ${defaultMaxArticles.toLocaleString('en-US')})`,
	'--urls FILE     also read the links in FILE, one a line',
	'--refresh       fetch links again instead of using the cache',
	'--no-color      no colour (NO_COLOR works too); in a pipe there is never any',
	'--help          this help; parallax COMMAND --help for a command',
	'--version       the version',
];

const pathsHelp =
	'PATH: a .txt, .md or saved .html file, a directory (read recursively), an http(s):// link, or - for standard input; the seeds when none.';

function globalHelp(): string {
	const width = Math.max(...commands.map(command => command.name.length));
	return [
		'Usage',
		'  $ parallax [PATH…]                 the dashboard on a terminal; the summary in a pipe',
		'  $ parallax COMMAND [ARGS] [PATH…]',
		'',
		'Commands',
		...commands.map(command => `  ${command.name.padEnd(width)}  ${command.summary}`),
		'',
		pathsHelp,
		'Article ids may be given by any unique prefix (004). Exit status: 0 found, 1 nothing found, 2 usage error.',
		'',
		'Options',
		...commonOptions.map(line => `  ${line}`),
		'',
		'Examples',
		'  $ parallax                          # the dashboard on the sample articles',
		'  $ parallax ~/stories/kursk/          # the dashboard on your own folder',
		'  $ parallax https://example.org/story.html saved-page.html notes.txt',
		'  $ parallax figures --differing | cut -f2',
		'  $ parallax quotes --by tykhy',
		'  $ parallax compare 000 001',
		"  $ parallax search 'by:putin dislodge'",
		'',
	].join('\n');
}

function commandHelp(command: Command): string {
	return [
		'Usage',
		`  $ ${command.usage}`,
		'',
		`${command.summary[0]!.toUpperCase()}${command.summary.slice(1)}.`,
		pathsHelp,
		'',
		'Options',
		...[...command.options, ...commonOptions].map(line => `  ${line}`),
		'',
		'Examples',
		...command.examples.map(example => `  $ ${example}`),
		'',
	].join('\n');
}

const flagTypes = {
	importMeta: import.meta,
	autoHelp: false,
	allowUnknownFlags: true,
	flags: {
		json: {type: 'boolean', default: false},
		color: {type: 'boolean', default: true},
		help: {type: 'boolean', default: false, shortFlag: 'h'},
		// Numbers are read as typed and checked in one place (commands/numeric-flags.ts).
		limit: {type: 'string'},
		by: {type: 'string'},
		article: {type: 'string'},
		differing: {type: 'boolean', default: false},
		width: {type: 'string'},
		maxSize: {type: 'string'},
		maxArticles: {type: 'string'},
		urls: {type: 'string'},
		refresh: {type: 'boolean', default: false},
	},
} as const;

/** Flags that take a value, as typed (`--max-size`). */
const valueFlags = new Set(
	Object.entries(flagTypes.flags)
		.filter(([, flag]) => flag.type === 'string')
		.map(([name]) => `--${name.replaceAll(/[A-Z]/g, letter => `-${letter.toLowerCase()}`)}`),
);

/**
 * The arguments with a negative number after a flag that takes a value joined to it
 * (`--width -40` as `--width=-40`), which meow would read as the short flags `-4` and
 * `-0`: the number is then refused as out of range, as the user would expect.
 */
function withNegativeValues(argv: readonly string[]): string[] {
	const joined: string[] = [];
	for (let index = 0; index < argv.length; index++) {
		const token = argv[index]!;
		const next = argv[index + 1];
		if (valueFlags.has(token) && next !== undefined && /^-\d/.test(next)) {
			joined.push(`${token}=${next}`);
			index++;
		} else {
			joined.push(token);
		}
	}

	return joined;
}

/** The command line as meow reads it; its one complaint (a flag given twice) as a usage error. */
function readCommandLine() {
	try {
		return meow({...flagTypes, argv: withNegativeValues(process.argv.slice(2))});
	} catch (error) {
		const twice = /^The flag (--[\w-]+) can only be set once\.$/.exec(error instanceof Error ? error.message : '');
		if (twice) throw new UsageError(`${twice[1]} can only be given once`);
		throw error;
	}
}

type CommandLine = ReturnType<typeof readCommandLine>;

/** The flags written on the command line, as their long names. */
function givenFlags(argv: readonly string[]): string[] {
	const names: string[] = [];
	for (const token of argv) {
		if (token === '--') break;
		if (token.startsWith('--'))
			names.push(
				token
					.slice(2)
					.split('=')[0]!
					.replace(/^no-/, '')
					.replaceAll(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
			);
		else if (/^-[^-]/.test(token))
			names.push(...[...token.slice(1)].map(letter => (letter === 'h' ? 'help' : `-${letter}`)));
	}

	return names;
}

function chooseCommand(input: readonly string[]): {command: Command | undefined; rest: string[]} {
	const [first, ...rest] = input;
	const command = commands.find(candidate => candidate.name === first);
	if (command) {
		return {command, rest};
	}

	// Not a command: a path, unless it is no file and reads like a mistyped command.
	if (first !== undefined && first !== '-' && !existsSync(first) && !/[./\\]/.test(first)) {
		const suggestion = nearest(
			first,
			commands.map(candidate => candidate.name),
		);
		if (suggestion) {
			throw new UsageError(`unknown command ${first} (did you mean ${suggestion}?)`);
		}
	}

	return {command: undefined, rest: [...input]};
}

function checkFlags(command: Command | undefined): void {
	const allowed: string[] = [...commonFlags, ...(command?.flags ?? [])];
	for (const name of givenFlags(withNegativeValues(process.argv.slice(2)))) {
		if (!allowed.includes(name)) {
			const owner = command ? undefined : commands.find(candidate => (candidate.flags as string[]).includes(name));
			if (owner) {
				throw new UsageError(`--${kebab(name)} goes with a command: ${owner.usage}`);
			}

			const known = command ? allowed : [...commonFlags, ...commands.flatMap(candidate => candidate.flags)];
			const where = command ? ` for ${command.name}` : '';
			const suggestion = nearest(
				kebab(name),
				known.map(flag => kebab(flag)),
			);
			throw new UsageError(
				`unknown flag ${name.startsWith('-') ? name : `--${kebab(name)}`}${where}${suggestion ? ` (did you mean --${suggestion}?)` : ''}`,
			);
		}
	}
}

/** The bundled seed articles, found next to the installed package, not the working directory. */
const seedsDirectory = fileURLToPath(new URL('../seeds', import.meta.url));
/** Next to this file both as compiled and as bundled (a build entry point of its own). */
const workerUrl = new URL('pipeline/analysis-worker.js', import.meta.url);

// A closed pipe (`parallax analyze --json | head`) is a normal way for output to end; a full disk is not.
exitOnWriteErrors();
// Outside the dashboard (which restores the terminal first), a crash too is printed through the gate.
function crash(error: unknown): never {
	printCrash(error);
	process.exit(1);
}

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

/** Every numeric flag, checked before anything is read. */
function numericFlags(cli: CommandLine) {
	return {
		limit: readWholeNumber('limit', cli.flags.limit) ?? 100,
		width: readWholeNumber('width', cli.flags.width),
		maxArticles: readWholeNumber('maxArticles', cli.flags.maxArticles) ?? defaultMaxArticles,
		maxSize: readSize(cli.flags.maxSize) ?? defaultMaxSize,
	};
}

async function main(): Promise<number> {
	const cli = readCommandLine();
	const {command, rest} = chooseCommand(cli.input);
	if (cli.flags.help) {
		print(command ? commandHelp(command) : globalHelp());
		return 0;
	}

	checkFlags(command);
	const {limit, width, maxArticles, maxSize} = numericFlags(cli);
	const commandArguments = rest.slice(0, command?.arguments.length ?? 0);
	if (command && commandArguments.length < command.arguments.length) {
		throw new UsageError(`${command.name} needs ${command.arguments.join(' and ')} (${command.usage})`);
	}

	const paths = rest.slice(commandArguments.length);
	const list = cli.flags.urls === undefined ? undefined : await readUrlList(cli.flags.urls);
	const inputs = [...paths, ...(list?.urls ?? [])];
	// The dashboard says how far loading has got from its first moment, whatever the size.
	const opensDashboard = !command && process.stdout.isTTY === true && process.stdin.isTTY === true && !cli.flags.json;
	const progress = progressLine(process.stderr, opensDashboard ? {smallestShown: 1} : {});
	const analysis = await analyzeFiles(inputs.length > 0 || list ? inputs : [seedsDirectory], {
		maxSize,
		maxArticles,
		refresh: cli.flags.refresh,
		workerUrl,
		onProgress: progress.update,
	});
	progress.clear();
	for (const problem of [...(list?.problems ?? []), ...analysis.problems]) {
		printProblem(problem);
	}

	if (analysis.articles.length === 0) {
		printMessage('no usable articles were read');
		return 1;
	}

	const {stdout, stdin} = process;
	const terminal = stdout.isTTY === true;
	const colourWanted = cli.flags.color && !process.env['NO_COLOR'];
	if (!command) {
		if (terminal && stdin.isTTY && !cli.flags.json) {
			const {runDashboard} = await import('./ui/run-dashboard.js');
			// The dashboard handles its own crashes, leaving the alternate screen before it prints.
			process.off('uncaughtException', crash);
			process.off('unhandledRejection', crash);
			await runDashboard(analysis, {colour: colourWanted && stdout.hasColors()});
			return 0;
		}

		if (cli.flags.json) {
			printJson(analysisJson(analysis));
		} else {
			printMessage('not a terminal, so printing the summary instead of the dashboard');
			print(analysisSummary(analysis));
		}

		return 0;
	}

	const flags: Flags = {
		json: cli.flags.json,
		color: cli.flags.color,
		limit,
		by: cli.flags.by,
		article: cli.flags.article,
		differing: cli.flags.differing,
		width,
	};
	const styles = terminal && colourWanted && stdout.hasColors();
	const result = command.run({
		analysis,
		flags,
		arguments: commandArguments,
		terminal,
		styled: styles,
		width: width ?? (terminal ? stdout.columns : 100),
	});
	if ('json' in result) printJson(result.json);
	else print(result.text, {styles});
	return result.exitCode;
}

try {
	process.exitCode = await main();
} catch (error) {
	if (!(error instanceof UsageError || error instanceof NothingFoundError)) crash(error);
	printMessage(error.message);
	process.exitCode = error instanceof NothingFoundError ? 1 : 2;
}
