// Types for staticServer.mjs.
import type { IncomingMessage, ServerResponse } from 'node:http';
export declare function createStaticHandler(
  dir: string,
  options?: { fallbacks?: Record<string, string> },
): (request: IncomingMessage, response: ServerResponse) => void;
