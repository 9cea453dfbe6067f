/**
 * A question's short name for findings and matrix labels: the header without its scale explanation
 * ("(1 = greatly decreased, 5 = greatly increased)", "(1–5)"), cut at `max` characters with an ellipsis.
 */
export function shortLabel(header: string, grid?: { question: string; row: string }, max = 60): string {
  const base = grid ? `${stripScaleNote(grid.question)}: ${grid.row}` : stripScaleNote(header);
  if (base.length <= max) return base;
  // Cut at the last word boundary that fits, so that no word is left half-written.
  const cut = base.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function stripScaleNote(text: string): string {
  return text
    .replace(/\s*\((?:[^()]*\d\s*(?:=|–|-|to)\s*[^()]*)\)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
