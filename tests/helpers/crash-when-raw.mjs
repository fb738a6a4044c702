/**
 * Preloaded with `node --import` by the crash tests: once the dashboard has put the
 * terminal in raw mode and drawn, it throws (PARALLAX_TEST_CRASH=exception) or leaves
 * a promise rejected (=rejection) from outside the app, as a bug would.
 */

const kind = process.env.PARALLAX_TEST_CRASH;
const timer = setInterval(() => {
	if (!process.stdin.isRaw) return;
	clearInterval(timer);
	setTimeout(() => {
		const error = new Error(`PARALLAX_TEST_CRASH=${kind}`);
		if (kind === 'exception') throw error;
		void Promise.reject(error);
	}, 300);
}, 50);
timer.unref();
