import { describe, expect, it } from 'vitest';
import { redactCore } from './redactCore';

const keep = { keepLaContacts: {} };

describe('redactCore with keepLaContacts', () => {
  it('keeps the LA officer’s e-mail and phone and removes the parent’s on the same page', () => {
    const text =
      'SEN Officer: Ms J. Ellis, jane.ellis@exampleshire.gov.uk, 020 7946 0123\nParent/carer: Mrs P. Kaur, 07700 900234, p.kaur@example.com';
    expect(redactCore(text, keep).text).toBe(
      'SEN Officer: Ms J. Ellis, jane.ellis@exampleshire.gov.uk, 020 7946 0123\nParent/carer: [parent/carer name removed], [phone number removed], [email removed]',
    );
  });

  it('removes every contact detail when not asked to keep any (survey comments)', () => {
    expect(redactCore('Caseworker: jane.ellis@exampleshire.gov.uk, 020 7946 0123').text).toBe(
      'Caseworker: [email removed], [phone number removed]',
    );
  });

  it('is idempotent and drops icon-font characters, which the kept contacts’ marks use', () => {
    const once = redactCore('\uE001 Contact us: 01632 960120 or sen@exampleshire.gov.uk', keep).text;
    expect(once).toBe(' Contact us: 01632 960120 or sen@exampleshire.gov.uk');
    expect(redactCore(once, keep).text).toBe(once);
  });

  it('lets an "Address:" line take a contact inside it', () => {
    expect(redactCore('Address: County Hall, sen@exampleshire.gov.uk', keep).text).toBe('Address: [address removed]');
  });
});
