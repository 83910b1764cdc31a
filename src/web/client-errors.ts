// Requests Node refuses before Express sees them (a URL or headers over `maxHeaderSize`, a malformed
// request line, a request too slow to arrive) were answered with a bare status line: no security
// headers, no explanation. They get the app's security headers and a short French reason instead.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { securityHeaderValues } from './security-headers';

interface ClientError {
  status: number;
  reason: string;
  message: string;
}

function describe(error: NodeJS.ErrnoException): ClientError {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        reason: 'Request Header Fields Too Large',
        message: 'La requête est trop longue (adresse ou en-têtes de plus de 16 Ko) ; raccourcissez la recherche.',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, reason: 'Request Timeout', message: 'La requête est arrivée trop lentement ; réessayez.' };
    default:
      return { status: 400, reason: 'Bad Request', message: 'La requête est mal formée ; vérifiez l’adresse et réessayez.' };
  }
}

/** The raw HTTP answer for a refused request (pure, hence testable). */
export function clientErrorResponse(error: NodeJS.ErrnoException, headers: Readonly<Record<string, string>>): string {
  const { status, reason, message } = describe(error);
  const body = `${message}\n`;
  const lines = [
    `HTTP/1.1 ${status} ${reason}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Answers Node's client errors on `server` with the same security headers as the app. */
export function answerClientErrors(server: Server): void {
  const headers = securityHeaderValues();
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // A connection reset by the client, or one already answered, has nobody left to read an answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(clientErrorResponse(error, headers));
  });
}
