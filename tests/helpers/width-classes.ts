/**
 * Text of each kind of character that terminals and string-width once drew in different
 * columns (issue 21), as a reader may meet it: for the tests that draw pane and `compare`
 * lines in a terminal and check that every column is where the layout put it.
 */

/** Where a class is drawn as the layout measures it once read. */
export type Drawn = {
	/** @xterm/headless with its own (Unicode 6) widths, which give emoji one column. */
	readonly xterm: boolean;
	/** The grapheme-aware widths of tests/helpers/terminal.ts (kitty, WezTerm, Ghostty), which join Hangul jamo as no terminal does. */
	readonly graphemes: boolean;
};

export type WidthClass = {readonly name: string; readonly text: string; readonly drawn: Drawn};

const everywhere: Drawn = {xterm: true, graphemes: true};
const emojiTerminals: Drawn = {xterm: false, graphemes: true};
const cellTerminals: Drawn = {xterm: true, graphemes: false};

export const widthClasses: readonly WidthClass[] = [
	{
		name: 'prepended concatenation marks',
		text: 'Sura \u06DD١٢ and the number sign \u0600١٢٣ \u0601١ \u0602٢ \u0603٣ \u0604٤ \u0605٥ \u070Fܐܒ \u0890١ \u0891٢ \u08E2٣ Kaithi \u{110BD}१ \u{110CD}२ end',
		drawn: everywhere,
	},
	{name: 'interlinear annotation', text: 'The \uFFF9base\uFFFAannotation\uFFFB ends here', drawn: everywhere},
	{
		name: 'Egyptian hieroglyph format controls',
		text: 'Signs \u{13000}\u{13430}\u{13001} \u{13002}\u{13436}\u{13003}\u{13437}\u{13004}\u{13438} end',
		drawn: everywhere,
	},
	{
		name: 'Hangul conjoining jamo',
		text: `${'한국어 뉴스'.normalize('NFD')} x\u1161 \u1161\u11A8 \u115F\u1161 \u3164 \uFFA0 각\u1161 \u1113\u1161\u1161 \u1100\u11A8 \u1100가\u1161 x\uD7B0 끝`,
		drawn: cellTerminals,
	},
	{
		name: 'Hangul jamo extended A',
		text: 'old \uA960\u1161 \uA960 \uA961\u1176\u11A8 end',
		drawn: {xterm: false, graphemes: false},
	},
	{name: 'Thai and Lao AM', text: 'น้ำท่วม กำลัง ทำงาน ຄຳ ນ້ຳ จบ', drawn: everywhere},
	{
		name: 'conjuncts',
		text: 'क्षेत्र प्रधानमंत्री ক্ষমতা ખ્યાલ ପ୍ରଧାନ క్షేత్రం മന്ത്രി ខ្មែរ ဗုဒ္ဓ end',
		drawn: everywhere,
	},
	{name: 'prepended letters', text: 'reph \u0D4Eക \u0D4E end', drawn: everywhere},
	{name: 'keycaps', text: 'Press 1\uFE0F\u20E3 or #\u20E3 or *\uFE0F\u20E3 then 9\u20E3 now', drawn: everywhere},
	{
		name: 'text-style emoji with U+FE0F',
		text: 'Love ❤\uFE0F and ©\uFE0F ™\uFE0F ↔\uFE0F ⚠\uFE0F 1\uFE0F end',
		drawn: everywhere,
	},
	{name: 'skin tones without an emoji', text: 'x\u{1F3FD} \u{1F3FB} é\u{1F3FF} end', drawn: everywhere},
	{
		name: 'regional indicators that make no flag',
		text: 'flag \u{1F1FA}\u{1F1E6} lone \u{1F1FA} pair \u{1F1FA}\u{1F1FA} three \u{1F1FA}\u{1F1E6}\u{1F1FA} marked \u{1F1FA}\u{1F1E6}\u0301 end',
		drawn: everywhere,
	},
	{name: 'joiners between letters', text: 'é\u200Dü ب\u200Dي ක්\u200Dය क्\u200Dष end', drawn: everywhere},
	{name: 'selectors after other characters', text: 'x\uFE0F 東\uFE0F é\uFE0E end', drawn: everywhere},
	{name: 'unassigned code points and noncharacters', text: 'a\u0378b \uFFFE \u{1FFFF} end', drawn: everywhere},
	{
		name: 'emoji sequences and skin tones',
		text: '👩\u200D👩\u200D👧 👨\u200D💻 🏳\uFE0F\u200D🌈 ❤\uFE0F\u200D🔥 🏃\u200D♂\uFE0F 😀\u200Dx 👍\u{1F3FD} 😀\uFE0E end',
		drawn: emojiTerminals,
	},
	{
		name: 'emoji tag sequences',
		text: '🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} x\u{E0067} end',
		drawn: emojiTerminals,
	},
];
