/** Where a progress line goes: stderr, or a test's stand-in. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface ProgressLineOptions {
  stream: ProgressStream;
  /** What is being read, e.g. the file's name. */
  label: string;
  /** Bytes to read in all. */
  total: number;
  /** Milliseconds now (the CLI's clock; tests give their own). */
  now: () => number;
}

export interface ProgressLine {
  update(rows: number, bytes: number): void;
  done(): void;
}

/** Inputs smaller than this read in a few seconds: no progress line. */
export const PROGRESS_BYTES = 20 * 1024 * 1024;
const EVERY_MS = 200;

/**
 * "Reading big.csv: 1,234,567 rows (42%)", rewritten in place on a terminal a few times a second. Silent when the
 * stream is not a terminal (a log file or a pipe would fill with carriage returns) and for small inputs.
 */
export function progressLine({ stream, label, total, now }: ProgressLineOptions): ProgressLine {
  if (!stream.isTTY || total < PROGRESS_BYTES) return { update: () => {}, done: () => {} };
  let last = -Infinity;
  let shown = false;
  const show = (rows: number, bytes: number) => {
    const percent = Math.min(100, Math.floor((bytes / total) * 100));
    stream.write(`\r${label}: ${rows.toLocaleString('en-GB')} rows (${percent}%)\u001b[K`);
    shown = true;
  };
  return {
    update(rows, bytes) {
      const t = now();
      if (t - last < EVERY_MS) return;
      last = t;
      show(rows, bytes);
    },
    done() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
