// Security headers (helmet, the field's standard) for every answer: those of the app, and the bare
// errors Node writes itself before a request reaches Express (see client-errors.ts).
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** No inline script or style anywhere, nothing framed, nothing loaded from elsewhere. */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  }) as RequestHandler;
}

/** The headers `securityHeaders()` sets, read off a response it was applied to (helmet works synchronously). */
export function securityHeaderValues(): Record<string, string> {
  const request = new IncomingMessage(new Socket());
  const response = new ServerResponse(request);
  let failure: unknown;
  securityHeaders()(request as Parameters<RequestHandler>[0], response as unknown as Parameters<RequestHandler>[1], (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value !== undefined) values[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return values;
}
