/** Every plain command, in the order `--help` lists them. */

import {analyzeCommand} from './analyze.js';
import type {Command} from './command.js';
import {compareCommand} from './compare.js';
import {figuresCommand} from './figures.js';
import {listCommand} from './list.js';
import {quotesCommand} from './quotes.js';
import {searchCommand} from './search.js';

export const commands: readonly Command[] = [
	listCommand,
	quotesCommand,
	figuresCommand,
	compareCommand,
	searchCommand,
	analyzeCommand,
];
