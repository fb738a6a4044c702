/**
 * A server on 127.0.0.1 that answers each path with bytes written by the test, for
 * answers Node's own HTTP server refuses to send: control characters in the reason
 * phrase, C1 bytes in a header. Each answer closes the connection.
 */

import net from 'node:net';

export type RawServer = {
	readonly url: (pathname: string) => string;
	readonly close: () => Promise<void>;
};

/** An HTTP/1.1 answer with an empty body: `status` is the whole status line after `HTTP/1.1 `. */
export function rawAnswer(status: string, headers: readonly string[] = []): Buffer {
	return Buffer.from(
		[`HTTP/1.1 ${status}`, ...headers, 'Content-Length: 0', 'Connection: close', '', ''].join('\r\n'),
		'latin1',
	);
}

/** Serves `answers` by path (anything else is a plain 404). */
export async function startRawServer(answers: Readonly<Record<string, Buffer>>): Promise<RawServer> {
	const sockets = new Set<net.Socket>();
	const server = net.createServer(socket => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => undefined);
		let request = '';
		socket.on('data', chunk => {
			request += chunk.toString('latin1');
			if (!request.includes('\r\n\r\n')) return;
			const pathname = request.split(' ')[1] ?? '/';
			socket.end(answers[pathname] ?? rawAnswer('404 Not Found'));
		});
	});
	await new Promise<void>(resolve => {
		server.listen(0, '127.0.0.1', resolve);
	});
	const {port} = server.address() as net.AddressInfo;
	return {
		url: pathname => `http://127.0.0.1:${port}${pathname}`,
		async close() {
			for (const socket of sockets) socket.destroy();
			await new Promise(resolve => {
				server.close(resolve);
			});
		},
	};
}
