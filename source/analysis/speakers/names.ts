/**
 * Name keys that survive transliteration. Outlets romanise Ukrainian and Russian
 * names differently (Syrskyi / Syrsky, Heorhiy / Georgiy, Andrii / Andriy), so two
 * spellings are compared through a coarse phonetic key, and given names through a
 * table of Ukrainian–Russian–English equivalents.
 */

/** Lower case without diacritics or punctuation. */
function bare(word: string): string {
	return word
		.normalize('NFD')
		.replaceAll(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll(/[^\p{L}]/gu, '');
}

/**
 * A key on which transliteration variants of one name agree: kh/h/g merge (Heorhiy,
 * Georgiy), ie/e and ts/c and zh/j fold, y and i are one vowel, and the endings
 * -yi, -iy, -ii, -y, -i become one (Syrskyi, Syrsky; Andrii, Andriy).
 */
const keyCache = new Map<string, string>();

export function transliterationKey(word: string): string {
	let key = keyCache.get(word);
	if (key === undefined) {
		key = computeTransliterationKey(word);
		// Names repeat across a corpus; a bounded cache keeps memory flat.
		if (keyCache.size > 100_000) keyCache.clear();
		keyCache.set(word, key);
	}

	return key;
}

function computeTransliterationKey(word: string): string {
	return bare(word)
		.replaceAll(/kh|gh|h/g, 'g')
		.replaceAll('ie', 'e')
		.replaceAll('ts', 'c')
		.replaceAll(/zh|j/g, 'j')
		.replaceAll(/[yi]+/g, 'i')
		.replaceAll(/(.)\1+/g, '$1')
		.replace(/(?<=.{3})i$/, '');
}

// Each line is one given name in its usual English, Ukrainian and Russian spellings.
const givenNameEquivalents = [
	'alexander oleksandr aleksandr olexandr alexandr',
	'vladimir volodymyr wladimir',
	'alexei oleksiy oleksii aleksei alexey aleksey',
	'andrei andriy andrii andrey andrew',
	'dmitry dmytro dmitri dmitriy',
	'sergei serhiy serhii sergey',
	'mykola nikolai nikolay nicholas',
	'mykhailo mikhail mykhaylo michael',
	'yuri yuriy yurii',
	'pavel pavlo paul',
	'pyotr petro peter',
	'grigory hryhoriy hryhorii',
	'vasily vasyl',
	'igor ihor',
	'kirill kyrylo',
	'yevgeny yevhen evgeny yevgeniy',
	'georgiy heorhiy georgy heorhii george',
	'ivan ivan',
	'irina iryna',
	'olena yelena elena helen',
	'yulia yuliia julia',
	'kateryna ekaterina yekaterina catherine',
	'anatoly anatoliy anatolii',
	'valery valeriy valerii',
	'vitaly vitaliy vitalii',
	'denis denys',
	'maxim maksym',
	'roman roman',
];

const canonicalGivenName = new Map<string, string>();
for (const line of givenNameEquivalents) {
	const [first, ...rest] = line.split(' ') as [string, ...string[]];
	for (const spelling of [first, ...rest]) {
		canonicalGivenName.set(transliterationKey(spelling), transliterationKey(first));
	}
}

/** Key for a given name: its equivalence class when known, else its transliteration key. */
export function givenNameKey(word: string): string {
	const key = transliterationKey(word);
	return canonicalGivenName.get(key) ?? key;
}

/** Whether two given names can be the same person's: equal keys, or one is the other's initial. */
export function givenNamesCompatible(a: string, b: string): boolean {
	const initialA = /^\p{L}\.?$/u.test(a);
	const initialB = /^\p{L}\.?$/u.test(b);
	if (initialA || initialB) {
		return bare(a)[0] === bare(b)[0];
	}

	return givenNameKey(a) === givenNameKey(b);
}
