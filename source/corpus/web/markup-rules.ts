/**
 * How the HTML parser under linkedom (htmlparser2) nests tags, as data for the scan that
 * measures a page before it is parsed. These are that parser's rules, not the HTML
 * standard's: the scan must predict the tree linkedom will build, since that tree is what
 * costs time and memory. For the usual cases they agree with browsers: an unclosed `<p>`,
 * `<li>`, `<td>` or `<option>` ends at the next one, void elements hold nothing, and inside
 * `<script>` or `<style>` nothing is a tag.
 */

/** Elements that never hold anything: no end tag is looked for. */
export const voidElements: ReadonlySet<string> = new Set([
	'area',
	'base',
	'basefont',
	'br',
	'col',
	'command',
	'embed',
	'frame',
	'hr',
	'img',
	'input',
	'isindex',
	'keygen',
	'link',
	'meta',
	'param',
	'source',
	'track',
	'wbr',
]);

/** Elements whose content is text up to their own end tag (`</script>`, `</style>`…). */
export const rawTextElements: ReadonlySet<string> = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const paragraph = new Set(['p']);
const formControls = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const definitions = new Set(['dd', 'dt']);
const rubyText = new Set(['rt', 'rp']);
const tableSections = new Set(['thead', 'tbody']);

/**
 * An opening tag closes the innermost open element while it is one of these: a new `<li>`
 * ends an open `<li>`, a `<div>` an open `<p>`. Only the innermost is looked at, so an
 * `<li>` inside a `<span>` inside an `<li>` nests.
 */
export const closedByOpening: ReadonlyMap<string, ReadonlySet<string>> = new Map([
	['tr', new Set(['tr', 'th', 'td'])],
	['th', new Set(['th'])],
	['td', new Set(['thead', 'th', 'td'])],
	['body', new Set(['head', 'link', 'script'])],
	['li', new Set(['li'])],
	['option', new Set(['option'])],
	['optgroup', new Set(['optgroup', 'option'])],
	['dd', definitions],
	['dt', definitions],
	['rt', rubyText],
	['rp', rubyText],
	['tbody', tableSections],
	['tfoot', tableSections],
	...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(name => [name, formControls] as const),
	...[
		'p',
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'address',
		'article',
		'aside',
		'blockquote',
		'details',
		'div',
		'dl',
		'fieldset',
		'figcaption',
		'figure',
		'footer',
		'form',
		'header',
		'hr',
		'main',
		'nav',
		'ol',
		'pre',
		'section',
		'table',
		'ul',
	].map(name => [name, paragraph] as const),
]);

/** Inside these, `<x/>` closes itself (SVG and MathML are XML-like). */
export const foreignElements: ReadonlySet<string> = new Set(['svg', 'math']);

/** Inside foreign content, these hold HTML again, where `<x/>` opens `x`. */
export const htmlIntegrationElements: ReadonlySet<string> = new Set([
	'mi',
	'mo',
	'mn',
	'ms',
	'mtext',
	'annotation-xml',
	'foreignobject',
	'desc',
	'title',
]);
