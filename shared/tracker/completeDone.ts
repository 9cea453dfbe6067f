import { DONE } from './trackerLayout';

const blank = (c: unknown) => c === '' || c === null || c === undefined;

/**
 * What marking tasks Done fills in. `rows` are the Tasks cells [Estimated minutes, Status, Done at, Minutes
 * spent] of the edited rows; a Done row gets `doneAt` when it has no Done at, and its estimate as Minutes
 * spent when that is empty. Returns the new [Done at, Minutes spent] cells, or null when nothing changes.
 * Nothing is ever cleared: a row set back from Done keeps what was typed.
 */
export function completeDone(rows: readonly (readonly unknown[])[], doneAt: unknown): unknown[][] | null {
  let changed = false;
  const out = rows.map(([estimate, status, done, spent]) => {
    if (String(status ?? '').trim() !== DONE) return [done, spent];
    const fill = [
      blank(done) ? doneAt : done,
      blank(spent) && !blank(estimate) && Number.isFinite(Number(estimate)) ? Number(estimate) : spent,
    ];
    if (fill[0] !== done || fill[1] !== spent) changed = true;
    return fill;
  });
  return changed ? out : null;
}
