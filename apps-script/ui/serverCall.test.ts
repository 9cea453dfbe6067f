import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { SidebarState } from '../sidebarState';
import { errorText, serverCall } from './serverCall';

/**
 * google.script.run as docs/apps-script-dialogs.md describes it: withSuccessHandler / withFailureHandler return
 * a runner, a server-function call returns nothing, and a handler is called later. Google's servers cannot run
 * here, so this fake stands in for them, answering every call from `answer`.
 */
function fakeScriptRun(answer: (name: string, args: unknown[]) => { value: unknown } | { error: Error }, calls: unknown[][]) {
  const make = (ok?: (v: unknown) => void, fail?: (e: Error) => void): unknown =>
    new Proxy(
      {},
      {
        get(_, name: string) {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => make(f, fail);
          if (name === 'withFailureHandler') return (f: (e: Error) => void) => make(ok, f);
          return (...args: unknown[]) => {
            calls.push([name, ...args]);
            const r = answer(name, args);
            setTimeout(() => ('error' in r ? fail?.(r.error) : ok?.(r.value)), 0);
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: make() } };
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('serverCall', () => {
  it('sends the arguments to the named server function and resolves with its result', async () => {
    const calls: unknown[][] = [];
    fakeScriptRun(() => ({ value: { ok: true, message: 'Analysed 150 responses.', tabs: ['Summary'] } }), calls);
    const result = await serverCall('analyseWithOptions', { method: 'kendall' });
    expect(result).toEqual({ ok: true, message: 'Analysed 150 responses.', tabs: ['Summary'] });
    expect(calls).toEqual([['analyseWithOptions', { method: 'kendall' }]]);
  });

  it('rejects with the error the server threw', async () => {
    fakeScriptRun(() => ({ error: new Error('Exception: You do not have permission.') }), []);
    await expect(serverCall('getClipSettings')).rejects.toThrow('Exception: You do not have permission.');
  });

  it('is typed by the server functions in main.ts', () => {
    // Never run: tsc checks these lines. An unused @ts-expect-error fails the type-check, so if the wrapper
    // stopped checking names, arguments or results, `npx tsc` would say so.
    const typeChecks = () => {
      expectTypeOf(serverCall('getSidebarState')).resolves.toEqualTypeOf<SidebarState>();
      expectTypeOf(serverCall('getClipSettings')).resolves.toEqualTypeOf<{ url: string; token: string; code: string }>();
      // @ts-expect-error: not a function the dialogs may call
      void serverCall('doPost');
      // @ts-expect-error: the sheet name is a string
      void serverCall('getSidebarState', 3);
      // @ts-expect-error: a template request is { builtIn } or { json }
      void serverCall('createSurveyFromTemplate', { id: 'x' });
      // @ts-expect-error: "pearsons" is not a method
      void serverCall('saveOptions', { method: 'pearsons' });
      // @ts-expect-error: results with ok: false carry a message, not problems
      void serverCall('saveOptions', {}).then((r) => (r.ok ? null : r.problems));
    };
    expect(typeof typeChecks).toBe('function');
  });
});

describe('errorText', () => {
  it.each([
    [new Error('Exception: Service unavailable'), 'Exception: Service unavailable'],
    [{ message: 'Plain object' }, 'Plain object'],
    ['a string', 'a string'],
    [null, 'null'],
  ])('gives %j as %j', (error, text) => {
    expect(errorText(error)).toBe(text);
  });
});
