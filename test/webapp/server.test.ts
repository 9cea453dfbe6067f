// The tracker's web app over real HTTP on 127.0.0.1: Google's 302-to-a-one-time-URL reply, and a load test.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClipReplySchema, HealthSchema } from '../../shared/clip/clipSchema';
import { sampleClip } from '../apps-script/sampleClip';
import { startTrackerServer, type TrackerServer } from './server';

let server: TrackerServer;
beforeAll(async () => {
  if (!existsSync('dist/apps-script/Code.js')) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
  server = await startTrackerServer();
});
afterAll(() => server.close());

/** What the extension sends: text/plain (no CORS preflight), no custom headers, redirects followed. */
async function send(body: unknown) {
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain;charset=utf-8' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return ClipReplySchema.parse(await res.json());
}

describe('the tracker web app over HTTP', () => {
  it('answers a POST with a 302 to a one-time URL that serves the reply once', async () => {
    const res = await fetch(server.url, {
      method: 'POST',
      body: JSON.stringify({ token: server.token, clip: sampleClip() }),
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/\/macros\/echo\?user_content_key=/);
    const first = await fetch(location);
    expect(ClipReplySchema.parse(await first.json())).toMatchObject({ ok: true, duplicate: false });
    expect((await fetch(location)).status).toBe(404);
  });

  it('answers the health check on GET', async () => {
    const res = await fetch(server.url);
    expect(HealthSchema.parse(await res.json())).toMatchObject({ ok: true, tracker: true, protocol: 1 });
  });

  it('keeps every one of 50 clips from 10 concurrent clients, none lost, none doubled', async () => {
    const before = server.tasks().length;
    const clips = Array.from({ length: 50 }, (_, i) => sampleClip({ title: `Load test clip ${i + 1}` }));
    const queues = Array.from({ length: 10 }, (_, c) => clips.filter((_, i) => i % 10 === c));
    const replies = (
      await Promise.all(
        queues.map(async (queue) => {
          const out = [];
          for (const clip of queue) out.push(await send({ token: server.token, clip }));
          return out;
        }),
      )
    ).flat();
    expect(replies.every((r) => r.ok && !r.duplicate)).toBe(true);
    const rows = server.tasks().slice(before);
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(clips.map((c) => c.id)));
  });

  it('makes one row of a clip posted twice at once (a retry racing the original)', async () => {
    const before = server.tasks().length;
    const clip = sampleClip();
    const replies = await Promise.all([send({ token: server.token, clip }), send({ token: server.token, clip })]);
    expect(replies.map((r) => r.ok && r.duplicate).sort()).toEqual([false, true]);
    expect(server.tasks().length).toBe(before + 1);
  });

  it('stops answering when stopped and answers again when started, keeping its rows', async () => {
    const rows = server.tasks().length;
    await server.stop();
    await expect(fetch(server.url)).rejects.toThrow();
    await server.start();
    expect((await fetch(server.url)).status).toBe(200);
    expect(server.tasks().length).toBe(rows);
  });
});
