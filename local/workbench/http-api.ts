// The workbench's HTTP surface: the page, and a small JSON API the page (and the tests) use. Requests
// from the page are parsed with zod: the page is ours, but the API is plain HTTP on localhost.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Action, DialogAnswer, ServerStatus } from './protocol';
import { withScriptShim, type StaticAssets } from './static-assets';
import { NoDialogError, type WorkbookHost } from './workbook-host';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

const position = z.number().int().min(1);
const actionSchema: z.ZodType<Action> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('menu'), caption: z.string() }),
  z.object({ kind: z.literal('script.run'), name: z.string(), args: z.array(z.unknown()) }),
  z.object({ kind: z.literal('edit'), sheet: z.string(), row: position, column: position, text: z.string() }),
  z.object({ kind: z.literal('rename'), sheet: z.string(), name: z.string() }),
]);
const answerSchema: z.ZodType<DialogAnswer> = z.object({
  button: z.enum(['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']),
  text: z.string().optional(),
});
const selectSchema = z.object({ sheet: z.string(), row: position.optional(), column: position.optional() });

export interface ApiDeps {
  host: WorkbookHost;
  assets: StaticAssets;
  serverFunctions: readonly string[];
  /** HTML shown by executions, by id. */
  shownHtml: ReadonlyMap<number, string>;
  status(): ServerStatus;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null');
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new HttpError(
      400,
      `Bad request: ${result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')}`,
    );
  return result.data;
}

function send(response: ServerResponse, status: number, type: string, content: string): void {
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(content);
}

export function requestHandler(deps: ApiDeps): (request: IncomingMessage, response: ServerResponse) => void {
  const { host, assets } = deps;
  const json = (response: ServerResponse, value: unknown) => send(response, 200, 'application/json', JSON.stringify(value ?? null));

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = `${request.method} ${url.pathname}`;
    switch (route) {
      case 'GET /':
        return send(response, 200, 'text/html', assets.html);
      case 'GET /workbench.js':
        return send(response, 200, 'text/javascript', assets.script);
      case 'GET /favicon.ico':
        response.writeHead(204).end();
        return;
      case 'GET /workbench.css':
        return send(response, 200, 'text/css', assets.css);
      case 'GET /api/status':
        return json(response, deps.status());
      case 'GET /api/workbook':
        return json(response, await host.workbook());
      case 'GET /api/window': {
        const query = parse(
          z.object({ sheet: z.string(), start: z.coerce.number().int().min(1), count: z.coerce.number().int().min(1) }),
          Object.fromEntries(url.searchParams),
        );
        return json(response, await host.window(query.sheet, query.start, query.count));
      }
      case 'POST /api/select': {
        const selection = parse(selectSchema, await body(request));
        return json(response, await host.select(selection.sheet, selection.row, selection.column));
      }
      case 'POST /api/run':
        return json(response, await host.run(parse(actionSchema, await body(request))));
      case 'POST /api/dialog':
        return json(response, await host.answer(parse(answerSchema, await body(request))));
    }
    const shown = /^GET \/api\/html\/(\d+)$/.exec(route);
    if (shown) {
      const html = deps.shownHtml.get(Number(shown[1]));
      if (html === undefined) throw new HttpError(404, 'That sidebar or dialog is no longer open.');
      return send(response, 200, 'text/html', withScriptShim(html, assets.shim, deps.serverFunctions));
    }
    throw new HttpError(404, `Nothing at ${route}.`);
  }

  return (request, response) => {
    route(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : error instanceof NoDialogError ? 409 : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(`workbench: ${request.method} ${request.url}: ${message}`);
      if (!response.headersSent) send(response, status, 'application/json', JSON.stringify({ error: message }));
      else response.end();
    });
  };
}
