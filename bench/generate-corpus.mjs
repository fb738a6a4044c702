/**
 * Realistic corpora for benchmarks, built from the five seed articles: sentences
 * shuffled across articles, people renamed, figures varied, so that 10,000 articles
 * are not 2,000 copies of one text. Deterministic for a given seed.
 */

import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const seedsDirectory = fileURLToPath(new URL('../seeds', import.meta.url));

// Surnames in the seeds, and the given names that precede them.
const seedPeople = [
	['Oleksandr', 'Syrskyi'],
	['Oleksandr', 'Syrsky'],
	['Georgiy', 'Tykhy'],
	['Heorhiy', 'Tykhy'],
	['Vladimir', 'Putin'],
	['Volodymyr', 'Zelensky'],
	['Iryna', 'Vereshchuk'],
	['Andriy', 'Zagorodnyuk'],
	['Konrad', 'Muzyka'],
	['Alexander', 'Bortnikov'],
	['Mykola', 'Bielieskov'],
	['Alexei', 'Smirnov'],
	['Joe', 'Biden'],
	['Andrii', 'Kovalenko'],
	['Andriy', 'Yermak'],
	['Donald', 'Trump'],
];
const givenNames =
	'Anna Olena Petro Ivan Maria Dmytro Serhiy Kateryna Taras Yulia Mark Sofia Oleh Nadia Bohdan Iryna Pavlo Halyna Roman Lesia Viktor Daria Artem Marta'.split(
		' ',
	);
const surnames =
	'Kovalchuk Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Polishchuk Lysenko Marchenko Rudenko Savchenko Hrytsenko Melnyk Boyko Kozak Moroz Pavlenko Levchenko Karpenko Vasylenko Honchar Stepanenko Tymoshuk Ostapenko'.split(
		' ',
	);
const places =
	'Kursk Sudzha Belgorod Sumy Kharkiv Bryansk Voronezh Kherson Zaporizhzhia Pokrovsk Toretsk Chasiv Yar'.split(' ');

function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) >>> 0;
		return state / 2 ** 32;
	};
}

function seedSentences() {
	const sentences = [];
	const headlines = [];
	for (const file of readdirSync(seedsDirectory).sort()) {
		const lines = readFileSync(path.join(seedsDirectory, file), 'utf8')
			.split('\n')
			.map(line => line.trim())
			.filter(line => line.length > 0);
		for (const line of lines) {
			if (line.length < 90 && !/[.!?”"]$/.test(line)) {
				headlines.push(line);
				continue;
			}

			// Split into sentences at a stop followed by a capital (good enough for generating text).
			sentences.push(...line.split(/(?<=[.!?][”"]?)\s+(?=[“"A-Z])/));
		}
	}

	return {sentences, headlines};
}

/** `count` articles as `{name, content}`. */
export function generateArticles(count, seed = 7) {
	const next = random(seed);
	const pick = list => list[Math.floor(next() * list.length)];
	const {sentences, headlines} = seedSentences();
	const articles = [];
	for (let index = 0; index < count; index++) {
		// Each article renames the seed people consistently, and varies its figures.
		const renames = new Map(seedPeople.map(([, surname]) => [surname, [pick(givenNames), pick(surnames)]]));
		const factor = 0.5 + next();
		const vary = text =>
			text
				.replaceAll(/\b(\d{1,3}(?:,\d{3})+|\d{2,})\b/g, match => {
					const value = Number(match.replaceAll(',', ''));
					if (value >= 1900 && value <= 2100) return match;
					return Math.max(1, Math.round(value * factor)).toLocaleString('en-US');
				})
				.replaceAll(/\b(?:Kursk|Sudzha|Belgorod)\b/g, () => pick(places));
		const rename = text => {
			let result = text;
			for (const [given, surname] of seedPeople) {
				const [newGiven, newSurname] = renames.get(surname);
				result = result.replaceAll(`${given} ${surname}`, `${newGiven} ${newSurname}`).replaceAll(surname, newSurname);
			}

			return result;
		};

		const paragraphs = [];
		const sentenceCount = 20 + Math.floor(next() * 21);
		let paragraph = [];
		for (let sentence = 0; sentence < sentenceCount; sentence++) {
			paragraph.push(vary(rename(pick(sentences))));
			if (paragraph.length >= 1 + Math.floor(next() * 3)) {
				paragraphs.push(paragraph.join(' '));
				paragraph = [];
			}
		}

		if (paragraph.length > 0) paragraphs.push(paragraph.join(' '));
		const headline = next() < 0.6 ? [vary(rename(pick(headlines)))] : [];
		articles.push({
			name: `${String(index).padStart(5, '0')}_generated`,
			content: [...headline, ...paragraphs].join('\n\n') + '\n',
		});
	}

	return articles;
}

/** Writes a corpus of `count` articles into `directory` (emptied first). */
export function writeCorpus(directory, count, seed = 7) {
	rmSync(directory, {recursive: true, force: true});
	mkdirSync(directory, {recursive: true});
	for (const article of generateArticles(count, seed)) {
		writeFileSync(path.join(directory, `${article.name}.txt`), article.content);
	}

	return directory;
}
