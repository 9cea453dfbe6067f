/** The characters [index, end) of a text, to be replaced. */
export interface TextSpan {
  index: number;
  end: number;
}

/** `text` with each span replaced by `replacement()`, in text order; a span overlapping an earlier one is skipped. */
export function replaceSpans(text: string, spans: readonly TextSpan[], replacement: () => string): string {
  const ordered = [...spans].sort((a, b) => a.index - b.index);
  let out = '';
  let last = 0;
  for (const span of ordered) {
    if (span.index < last) continue;
    out += text.slice(last, span.index) + replacement();
    last = span.end;
  }
  return out + text.slice(last);
}
