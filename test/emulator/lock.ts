import { fail } from './gasError';
import type { Runtime } from './runtime';

/**
 * LockService. Google's reference: tryLock(ms) → boolean, waitLock(ms) throws on timeout
 * ("Lock timeout: another process was holding the lock for too long.", observed), locks end
 * with the execution, and getDocumentLock() returns null outside a document (a web app).
 *
 * How concurrency is modelled. A bundle function runs synchronously inside node:vm, so two
 * doPost calls from a loopback HTTP server never interleave: each finishes before the next
 * starts. Real contention therefore comes from a *simulated* holder: a test calls
 * `emulator.locks.hold('script', { releaseAfterMs })` to stand for another execution in the
 * middle of its critical section. While it holds the lock, the script's tryLock(ms) returns
 * false and waitLock(ms) throws — unless the holder lets go within the wait, in which case the
 * wait succeeds. Waiting never blocks the test: it advances the emulator's virtual clock.
 * One lock per scope (script; document per spreadsheet; user per email) is shared by every
 * execution; it is re-entrant within an execution and released when the execution ends.
 */
export type LockScope = 'script' | 'document' | 'user';

export interface LockEvent {
  execution: number | 'simulated';
  key: string;
  action: 'acquired' | 'busy' | 'timeout' | 'released' | 'released at end of execution';
}

interface Holder {
  owner: number | 'simulated';
  /** Virtual time at which a simulated holder lets go; undefined = until released. */
  releaseAt?: number;
}

export class LockRegistry {
  private readonly holders = new Map<string, Holder>();
  readonly events: LockEvent[] = [];

  constructor(
    private readonly runtime: Runtime,
    private readonly keyFor: (scope: LockScope) => string,
  ) {}

  /** Simulates another execution holding a lock; returns how to let it go. */
  hold(scope: LockScope, options: { releaseAfterMs?: number } = {}): { release(): void } {
    const key = this.keyFor(scope);
    const holder: Holder = {
      owner: 'simulated',
      releaseAt: options.releaseAfterMs === undefined ? undefined : this.runtime.virtualMs + options.releaseAfterMs,
    };
    this.holders.set(key, holder);
    this.events.push({ execution: 'simulated', key, action: 'acquired' });
    return {
      release: () => {
        if (this.holders.get(key) === holder) this.holders.delete(key);
      },
    };
  }

  /** Who holds the lock for `key`: an execution id, 'simulated', or null. */
  holderOf(key: string): number | 'simulated' | null {
    return this.holders.get(key)?.owner ?? null;
  }

  _acquire(key: string, timeoutMs: number): boolean {
    const me = this.runtime.execution.id;
    const h = this.holders.get(key);
    const free = !h || h.owner === me || (h.releaseAt !== undefined && h.releaseAt <= this.runtime.virtualMs + timeoutMs);
    if (!free) {
      this.runtime.virtualMs += Math.max(0, timeoutMs);
      return false;
    }
    if (h && h.owner !== me && h.releaseAt !== undefined) this.runtime.virtualMs = Math.max(this.runtime.virtualMs, h.releaseAt);
    this.holders.set(key, { owner: me });
    this.events.push({ execution: me, key, action: 'acquired' });
    return true;
  }

  _release(key: string): void {
    const me = this.runtime.execution.id;
    if (this.holders.get(key)?.owner === me) {
      this.holders.delete(key);
      this.events.push({ execution: me, key, action: 'released' });
    }
  }

  _has(key: string): boolean {
    return this.holders.get(key)?.owner === this.runtime.execution.id;
  }

  _record(key: string, action: LockEvent['action']): void {
    this.events.push({ execution: this.runtime.execution.id, key, action });
  }

  /** Called when an execution ends: its locks go with it. */
  releaseAllOf(executionId: number): void {
    for (const [key, h] of this.holders) {
      if (h.owner === executionId) {
        this.holders.delete(key);
        this.events.push({ execution: executionId, key, action: 'released at end of execution' });
      }
    }
  }
}

export class Lock {
  static serviceName = 'Lock';

  constructor(
    private readonly registry: LockRegistry,
    private readonly key: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    const ok = this.registry._acquire(this.key, Number(timeoutInMillis) || 0);
    if (!ok) this.registry._record(this.key, 'busy');
    return ok;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.registry._acquire(this.key, Number(timeoutInMillis) || 0)) {
      this.registry._record(this.key, 'timeout');
      fail('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    this.registry._release(this.key);
  }

  hasLock(): boolean {
    return this.registry._has(this.key);
  }
}

export class LockService {
  static serviceName = 'LockService';

  constructor(
    private readonly registry: LockRegistry,
    private readonly keyFor: (scope: LockScope) => string,
    private readonly inDocument: () => boolean,
  ) {}

  getScriptLock(): Lock {
    return new Lock(this.registry, this.keyFor('script'));
  }
  getUserLock(): Lock {
    return new Lock(this.registry, this.keyFor('user'));
  }
  getDocumentLock(): Lock | null {
    return this.inDocument() ? new Lock(this.registry, this.keyFor('document')) : null;
  }
}
