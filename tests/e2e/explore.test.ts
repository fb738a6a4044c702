import {test} from 'vitest';
import {setTimeout as sleep} from 'node:timers/promises';
import {startTerminal} from '../helpers/terminal.js';

test('explore', async () => {
	const t = await startTerminal({cols: 80, rows: 24});
	await t.waitForText('L 000 · R 001');
	const show = async (label: string) => {
		await sleep(800);
		console.log(`--- ${label} seps=${t.separators()}\n${t.dump()}`);
	};
	t.press('G'); await show('G');
	t.resize(120, 30); await show('120x30');
	t.press('k'); await show('k');
	await t.close();
}, 60000);
