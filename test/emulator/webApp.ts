import { CONTENT_TYPES, TextOutput } from './content';
import type { Emulator } from './emulator';
import { HtmlOutput } from './html';
import type { AuthModeName } from './runtime';

/**
 * The web app's edges, as Google documents them. postEvent builds doPost's `e`:
 * e.postData.contents (the body as a string), e.postData.type, e.parameter (query and, for
 * form posts, form fields; first value of each), e.parameters (all values), e.queryString —
 * and no headers. webAppResponse turns what doGet/doPost returned into what the client gets:
 * always status 200 (a web app cannot set one), the MimeType's Content-Type, the content.
 */
export interface PostEventInit {
  body: string;
  /** Content-Type of the request (text/plain avoids a CORS preflight). */
  type?: string;
  /** The URL's query string, without '?'. */
  queryString?: string;
}

export interface WebAppEvent {
  queryString: string;
  parameter: Record<string, string>;
  parameters: Record<string, string[]>;
  contextPath: string;
  contentLength: number;
  postData: { length: number; type: string; contents: string; name: 'postData' };
}

function parseForm(text: string, into: Record<string, string[]>): void {
  for (const [k, v] of new URLSearchParams(text)) (into[k] ??= []).push(v);
}

export function postEvent(init: PostEventInit): WebAppEvent {
  const type = init.type ?? 'text/plain';
  const queryString = init.queryString ?? '';
  const parameters: Record<string, string[]> = {};
  parseForm(queryString, parameters);
  if (type.startsWith('application/x-www-form-urlencoded')) parseForm(init.body, parameters);
  const parameter = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, v[0]]));
  const length = Buffer.byteLength(init.body, 'utf8');
  return {
    queryString,
    parameter,
    parameters,
    contextPath: '',
    contentLength: length,
    postData: { length, type, contents: init.body, name: 'postData' },
  };
}

export interface WebAppResponse {
  status: 200;
  contentType: string;
  body: string;
}

/** What the client receives for a doGet/doPost return value (raw or script-facing object). */
export function webAppResponse(output: unknown): WebAppResponse {
  const o = output as { getContent?: () => string; getMimeType?: () => string };
  if (o instanceof TextOutput || (typeof o?.getMimeType === 'function' && typeof o.getContent === 'function')) {
    return { status: 200, contentType: CONTENT_TYPES[o.getMimeType!()] ?? 'text/plain', body: o.getContent!() };
  }
  if (o instanceof HtmlOutput || typeof o?.getContent === 'function') {
    return { status: 200, contentType: 'text/html', body: o.getContent!() };
  }
  // Google serves a page saying the script completed but returned nothing.
  return { status: 200, contentType: 'text/html', body: 'The script completed but did not return anything.' };
}

/**
 * The event of an editor trigger (onOpen, onInstall) as Google documents it: e.authMode,
 * e.source (the spreadsheet, as the script sees it) and e.user.
 */
export function editorEvent(
  emulator: Emulator,
  authMode: AuthModeName = 'FULL',
): { authMode: AuthModeName; source: unknown; user: { email: string } } {
  return {
    authMode,
    source: emulator.boundary.expose(emulator.spreadsheet),
    user: { email: emulator.options.user ?? 'senco@example.org' },
  };
}
