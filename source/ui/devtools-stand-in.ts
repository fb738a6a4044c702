/**
 * Stands in for `react-devtools-core` in the bundled CLI. Ink imports that package
 * only when `DEV=true`; the bundle leaves it out, so this answers as a missing
 * module does and Ink prints its own hint instead of crashing.
 */

function missing(): never {
	throw Object.assign(new Error('react-devtools-core is not part of the bundled parallax'), {
		code: 'ERR_MODULE_NOT_FOUND',
	});
}

const devtools = {initialize: missing, connectToDevTools: missing};
export default devtools;
