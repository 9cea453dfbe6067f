/** Chrome will not fire an alarm sooner than 30 s after it is set (packed extensions, Chrome 120+). */
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 60 * 60_000;

/**
 * How long to wait before the next try after `attempts` failed ones (1, 2, …): 30 s doubling each time up to an
 * hour, spread by ±20% (`random` in [0, 1)) so that many SENCOs whose clips failed together do not retry together.
 * Never under 30 s.
 */
export function retryDelay(attempts: number, random: number): number {
  const exponent = Math.min(Math.max(attempts, 1) - 1, 20);
  const base = Math.min(FIRST_RETRY_MS * 2 ** exponent, MAX_RETRY_MS);
  return Math.max(FIRST_RETRY_MS, Math.round(base * (0.8 + 0.4 * random)));
}
