/** Turns an unexpected failure (a Google service timing out, a quota) into one sentence, logging the detail. */
export function guarded<T>(what: string, run: () => T, failed: (message: string) => T): T {
  try {
    return run();
  } catch (err) {
    console.error(`${what} failed`, err);
    const reason = String((err as Error)?.message ?? err).replace(/^Exception:\s*/, '');
    return failed(
      `SENCO Time could not ${what}: ${reason.replace(/\.?$/, '.')} Try again in a minute; if it keeps happening, tell whoever set up SENCO Time.`,
    );
  }
}
