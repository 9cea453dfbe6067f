import { toInitials } from '../../../shared/privacy/initials';

/**
 * The question the popup asks when the page named more than one person who may be the pupil (two children,
 * or a bare "Name"): a radio button for each person's initials and "None of these". Choosing one calls
 * `onChoose` with those initials ('' for none). Hidden when there is nothing to ask. Initials only: the
 * extractor never sends names.
 */
export function renderPupilChoice(
  fieldset: HTMLFieldSetElement,
  options: { candidates: readonly string[]; chosen: string; onChoose: (initials: string) => void },
): void {
  const doc = fieldset.ownerDocument;
  const { candidates } = options;
  fieldset.hidden = candidates.length === 0;
  if (fieldset.hidden) {
    fieldset.replaceChildren();
    return;
  }
  const legend = Object.assign(doc.createElement('legend'), { textContent: 'Which pupil is this clip about?' });
  const hint = Object.assign(doc.createElement('p'), {
    className: 'muted',
    textContent:
      candidates.length === 1
        ? `The page names ${candidates[0]} but does not say this is the pupil.`
        : `The page names ${candidates.length} people who may be the pupil.`,
  });
  const chosen = toInitials(options.chosen);
  const choices = [...candidates, ''].map((initials) => {
    const input = Object.assign(doc.createElement('input'), {
      type: 'radio',
      name: 'pupilChoice',
      value: initials,
      checked: initials !== '' && initials === chosen,
    });
    input.addEventListener('change', () => {
      if (input.checked) options.onChoose(initials);
    });
    const label = doc.createElement('label');
    label.append(input, ` ${initials || 'None of these'}`);
    return label;
  });
  const row = Object.assign(doc.createElement('div'), { className: 'choices' });
  row.append(...choices);
  fieldset.replaceChildren(legend, hint, row);
}
