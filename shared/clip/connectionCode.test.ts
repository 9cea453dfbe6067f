import { describe, expect, it } from 'vitest';
import { base64url, decodeConnectionCode, encodeConnectionCode, fromBase64url, OLD_KEY_MESSAGE } from './connectionCode';

const URL = 'https://script.google.com/macros/s/AKfycbxExample123/exec';
const TOKEN = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
// Node 20: Buffer.from(JSON.stringify({ v: 1, url: URL, token: TOKEN })).toString('base64url')
const NODE_CODE =
  'senco1.eyJ2IjoxLCJ1cmwiOiJodHRwczovL3NjcmlwdC5nb29nbGUuY29tL21hY3Jvcy9zL0FLZnljYnhFeGFtcGxlMTIzL2V4ZWMiLCJ0b2tlbiI6IjAxMjM0NTY3ODlhYmNkZWYwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWYifQ';

describe('encodeConnectionCode', () => {
  it('is senco1. and base64url of the JSON, byte for byte as Node encodes it', () => {
    expect(encodeConnectionCode({ url: URL, token: TOKEN })).toBe(NODE_CODE);
  });

  it('encodes UTF-8 as coreutils does', () => {
    // printf '{"v":1,"url":"é","token":"😀"}' | base64 -w0 | tr '+/' '-_' | tr -d '='
    expect(encodeConnectionCode({ url: 'é', token: '😀' })).toBe('senco1.eyJ2IjoxLCJ1cmwiOiLDqSIsInRva2VuIjoi8J-YgCJ9');
  });
});

describe('base64url', () => {
  it('round-trips every length of tail, as Buffer does', () => {
    for (let n = 0; n < 8; n++) {
      const bytes = Array.from({ length: n }, (_, i) => (i * 97 + 200) % 256);
      expect(base64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(base64url(bytes))).toEqual(bytes);
    }
  });
  it('refuses what is not base64url', () => {
    expect(fromBase64url('ab+c')).toBeNull();
    expect(fromBase64url('abcde')).toBeNull();
  });
});

describe('decodeConnectionCode', () => {
  it('reads a code back, ignoring spaces and the line breaks an e-mail adds', () => {
    expect(decodeConnectionCode(NODE_CODE)).toEqual({ ok: true, url: URL, token: TOKEN });
    const wrapped = `  ${NODE_CODE.slice(0, 40)}\n${NODE_CODE.slice(40, 90)}\r\n ${NODE_CODE.slice(90)} `;
    expect(decodeConnectionCode(wrapped)).toEqual({ ok: true, url: URL, token: TOKEN });
    expect(decodeConnectionCode(encodeConnectionCode({ url: 'é', token: '😀' }))).toEqual({ ok: true, url: 'é', token: '😀' });
  });

  it('says to paste when empty, and where to copy from when it is not a code', () => {
    expect(decodeConnectionCode('  ')).toEqual({ ok: false, message: expect.stringMatching(/^Paste the connection code from /) });
    expect(decodeConnectionCode(URL)).toEqual({ ok: false, message: expect.stringMatching(/^That is not a connection code: /) });
    expect(decodeConnectionCode(TOKEN)).toEqual({ ok: false, message: expect.stringMatching(/^That is not a connection code: /) });
  });

  it('asks for a newer extension for a code of a later version', () => {
    expect(decodeConnectionCode(`senco2.${NODE_CODE.slice(7)}`)).toEqual({
      ok: false,
      message: 'This code is from a newer version of the tracker: update the SENCO Time extension, then paste the code again.',
    });
  });

  it('calls a cut, altered or wrong-version-inside code damaged', () => {
    const damaged = { ok: false, message: expect.stringMatching(/^This connection code is incomplete or damaged: /) };
    expect(decodeConnectionCode(NODE_CODE.slice(0, 60))).toEqual(damaged);
    expect(decodeConnectionCode(`${NODE_CODE.slice(0, -1)}!`)).toEqual(damaged);
    expect(decodeConnectionCode(`senco1.${Buffer.from('{"v":2,"url":"u","token":"t"}').toString('base64url')}`)).toEqual(damaged);
    expect(decodeConnectionCode(`senco1.${Buffer.from('{"v":1,"url":"","token":"t"}').toString('base64url')}`)).toEqual(damaged);
    expect(decodeConnectionCode(`senco1.${Buffer.from([0xff, 0xfe]).toString('base64url')}`)).toEqual(damaged);
    expect(decodeConnectionCode(`senco0.${NODE_CODE.slice(7)}`)).toEqual(damaged);
  });

  it('has one sentence for a code whose token was rotated (Test connection finds that out)', () => {
    expect(OLD_KEY_MESSAGE).toBe('This code is from an older tracker key: open Clip settings in the tracker and copy the new code.');
  });
});
