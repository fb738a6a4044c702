import {describe, expect, test} from 'vitest';
import {computeScreenLayout} from '../../source/ui/screen-layout.js';

const at = (columns: number) => computeScreenLayout({columns, rows: 24}, undefined);

describe('the layout at the widths README gives', () => {
	test('the article list shows by itself from 120 columns', () => {
		expect(at(119).listVisible).toBe(false);
		expect(at(120).listVisible).toBe(true);
	});

	test('under 60 columns one pane shows at a time; at 60, two', () => {
		expect(at(59).singlePane).toBe(true);
		expect(at(60).singlePane).toBe(false);
	});
});
