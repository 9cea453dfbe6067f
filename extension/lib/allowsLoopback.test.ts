import { describe, expect, it } from 'vitest';
import { allowsLoopback } from './allowsLoopback';

const GOOGLE = ['https://script.google.com/*', 'https://script.googleusercontent.com/*'];

describe('allowsLoopback', () => {
  it.each([
    ['a store build (MV3)', { host_permissions: GOOGLE }, false],
    ['a test build (MV3)', { host_permissions: [...GOOGLE, 'http://127.0.0.1/*'] }, true],
    ['a store build for Firefox (MV2)', { permissions: ['storage', ...GOOGLE] }, false],
    ['a development build for Firefox (MV2)', { permissions: ['storage', ...GOOGLE, 'http://127.0.0.1/*'] }, true],
  ])('%s → %s', (_, manifest, allowed) => {
    expect(allowsLoopback(manifest)).toBe(allowed);
  });
});
