/**
 * The report's one escaping function, for every text and attribute position: & < > " ' become entities, so no
 * answer, header or title can open a tag, close an attribute or start a script.
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
