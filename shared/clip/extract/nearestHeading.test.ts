import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../test/fixtures/portals/htmlDocument';
import { nearestHeading } from './nearestHeading';

const doc = htmlDocument(`<!DOCTYPE html><html><body>
  <h1>SEND news</h1>
  <section><h2>Phase transfer 2026</h2><p>Please return the <em>transfer form</em> by 27 February.</p></section>
  <section><h2>Training</h2><p>Autism awareness on 3 March.</p><h3>Booking</h3><p>Book online.</p></section>
</body></html>`);

describe('nearestHeading', () => {
  it.each([
    ['Please return the transfer form by 27 February.', 'Phase transfer 2026'],
    ['the transfer form', 'Phase transfer 2026'],
    ['Autism awareness on 3 March.\nBooking', 'Training'],
    ['Book online.', 'Booking'],
    ['Training', 'Training'],
  ])('finds the heading before %j', (selection, heading) => expect(nearestHeading(doc, selection)).toBe(heading));

  it.each(['', '   ', 'Text that is not on the page'])('gives undefined for %j', (selection) =>
    expect(nearestHeading(doc, selection)).toBeUndefined(),
  );
});
