import { describe, expect, it } from 'vitest';
import { PROGRESS_BYTES, progressLine } from './progressLine';

/** A stand-in for stderr that keeps what is written to it. */
function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

function run(isTTY: boolean, total: number): string[] {
  const s = stream(isTTY);
  let clock = 0;
  const line = progressLine({ stream: s, label: 'Reading big.csv', total, now: () => clock });
  for (let i = 1; i <= 10; i++) {
    clock += 500;
    line.update(i * 100_000, (total / 10) * i);
  }
  line.done();
  return s.written;
}

describe('progressLine', () => {
  it('writes nothing when stderr is not a terminal (a pipe or a log file), however large the file', () => {
    expect(run(false, 10 * PROGRESS_BYTES)).toEqual([]);
  });

  it('writes nothing on a terminal for a file under 20 MB', () => {
    expect(run(true, PROGRESS_BYTES - 1)).toEqual([]);
  });

  it('on a terminal, rewrites one line with the rows read and the share of the file, then clears it', () => {
    const written = run(true, 100 * 1024 * 1024);
    expect(written[0]).toBe('\rReading big.csv: 100,000 rows (10%)\u001b[K');
    expect(written[9]).toBe('\rReading big.csv: 1,000,000 rows (100%)\u001b[K');
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('updates at most five times a second', () => {
    const s = stream(true);
    let clock = 0;
    const line = progressLine({ stream: s, label: 'Reading', total: PROGRESS_BYTES, now: () => clock });
    for (let i = 0; i < 100; i++) {
      clock += 10;
      line.update(i, i);
    }
    expect(s.written).toHaveLength(5);
  });
});
