import {describe, expect, test} from 'vitest';
import type {Key} from 'ink';
import {keyPresses} from '../../source/ui/keymap.js';

const noKey: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

const names = (input: string, key: Partial<Key> = {}) => keyPresses(input, {...noKey, ...key}).map(press => press.name);

describe('keys of one input event', () => {
	test('a burst of printable keys is each key in order', () => {
		expect(names('/tykh')).toEqual(['/', 't', 'y', 'k', 'h']);
	});

	test('control characters in a burst are the keys they stand for', () => {
		expect(names('\u0004\u0004')).toEqual(['ctrl+d', 'ctrl+d']);
		expect(names('\t]')).toEqual(['tab', ']']);
		expect(names('ab\r')).toEqual(['a', 'b', 'enter']);
		expect(names('x\u007F')).toEqual(['x', 'backspace']);
		expect(names('\u0017\u0015')).toEqual(['ctrl+w', 'ctrl+u']);
	});

	test('one key Ink has already read stays as it named it', () => {
		expect(names('d', {ctrl: true})).toEqual(['ctrl+d']);
		expect(names('', {downArrow: true})).toEqual(['down']);
		expect(names('', {tab: true, shift: true})).toEqual(['shift+tab']);
		expect(names('G', {shift: true})).toEqual(['G']);
	});

	test('a character outside the basic plane is one key', () => {
		expect(names('é😀')).toEqual(['é', '😀']);
	});
});
