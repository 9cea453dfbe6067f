import type { Analysis } from '../../analysis/analysisSchema';
import { escapeHtml as e } from './escape';
import { groupComments } from './groupComments';

/** At most `max` different answers per question (the most often given first), and a note saying where the rest are. */
export interface CommentsLimit {
  max: number;
  note: string;
}

/**
 * Free-text answers, grouped: identical answers once with a count, empty ones ("N/A", "No further comments")
 * counted and left out. A filter box appears only if the inline script runs; without it the list is complete
 * (unless `limit` cut it, which the note then says).
 */
export function commentsSection(a: Analysis, limit?: CommentsLimit): string {
  if (a.comments.length === 0) return '<p>No free-text answers.</p>';
  return a.comments
    .map((c, i) => {
      const { groups, empty } = groupComments(c.answers);
      const id = `comments-${i + 1}`;
      const repeated = groups.filter((g) => g.count > 1).length;
      const summary = `${c.answers.length} answers: ${groups.length} different${repeated ? `, ${repeated} given more than once (shown once, with how many gave it)` : ''}${empty ? `; ${empty} said nothing (“N/A”, “None”, “No further comments” and the like) and are not listed` : ''}.`;
      const shown = limit && groups.length > limit.max ? groups.slice(0, limit.max) : groups;
      const cut = shown.length < groups.length ? `<p class="note">${e(limit!.note)}</p>` : '';
      const items = shown.map((g) => `<li>${e(g.text)}${g.count > 1 ? ` <span class="times">× ${g.count}</span>` : ''}</li>`).join('');
      return `<div class="comments"><h3>${e(c.header)}</h3><p class="note">${e(summary)}</p><input class="filter" type="search" placeholder="Show only answers containing…" aria-label="Filter these answers" data-target="${id}" hidden><ul id="${id}">${items}</ul>${cut}</div>`;
    })
    .join('');
}

/** Shows the filter boxes and filters as you type; inert text if scripts are off. */
export const FILTER_SCRIPT = `(function () {
  var boxes = document.querySelectorAll('input.filter');
  for (var i = 0; i < boxes.length; i++) {
    (function (box) {
      box.hidden = false;
      box.addEventListener('input', function () {
        var q = box.value.toLowerCase();
        var items = document.getElementById(box.getAttribute('data-target')).children;
        for (var k = 0; k < items.length; k++) items[k].hidden = q !== '' && items[k].textContent.toLowerCase().indexOf(q) < 0;
      });
    })(boxes[i]);
  }
})();`;
