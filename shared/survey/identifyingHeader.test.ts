import { describe, expect, it } from 'vitest';
import { identifyingHeader } from './identifyingHeader';

// The headers an adversarial tester found copied into the outputs, and their variants: each must be withheld, for this reason.
describe('identifyingHeader: headers that ask about a person', () => {
  it.each([
    ['SENCO name', 'names'],
    ['Forename', 'names'],
    ['Given name', 'names'],
    ['Family name', 'names'],
    ['Your full name', 'names'],
    ['Completed by', 'names'],
    ['Who completed this form?', 'names'],
    ['Name:', 'names'],
    ['Name (optional)', 'names'],
    ['NAME', 'names'],
    ['Surname', 'names'],
    ["Staff member's name", 'names'],
    ['Name of the headteacher', 'names'],
    ['Name of person completing form', 'names'],
    ["Name of the LA's SEN officer", 'names'],
    ['Name and role', 'names'],
    ['What is your name?', 'names'],
    ['Please enter your name', 'names'],
    ['Respondent', 'names'],
    ['Enw', 'names'],
    ['Prénom', 'names'],
    ['Nom de famille', 'names'],
    ['Work email', 'e-mail addresses'],
    ['E-mail', 'e-mail addresses'],
    ['Email address', 'e-mail addresses'],
    ['Your e-mail (if happy to be contacted)', 'e-mail addresses'],
    ['Cyfeiriad e-bost', 'e-mail addresses'],
    ['Contact number', 'phone numbers'],
    ['Mobile', 'phone numbers'],
    ['Tel:', 'phone numbers'],
    ["Parent's phone number", 'phone numbers'],
    ['Rhif ffôn', 'phone numbers'],
    ['Contact details', 'contact details'],
    ['Staff ID', 'staff or pupil identifiers'],
    ['Employee number', 'staff or pupil identifiers'],
    ['UPN', 'staff or pupil identifiers'],
    ['ULN', 'staff or pupil identifiers'],
    ['NHS number', 'staff or pupil identifiers'],
    ['DfE number', 'staff or pupil identifiers'],
    ['Teacher reference number', 'staff or pupil identifiers'],
    ['ID', 'respondent identifiers'],
    ['Username', 'respondent identifiers'],
    ['Postcode', 'addresses or postcodes'],
    ['Address', 'addresses or postcodes'],
    ['Home address', 'addresses or postcodes'],
    ['Address line 1', 'addresses or postcodes'],
    ['Code postal', 'addresses or postcodes'],
    ['Date of birth', 'dates of birth'],
    ['D.O.B.', 'dates of birth'],
    ['Dyddiad geni', 'dates of birth'],
    ['Signature', 'signatures'],
    ['Signed', 'signatures'],
  ])('%j → %s', (header, reason) => {
    expect(identifyingHeader(header)).toEqual({ reason, weak: false });
  });

  it.each([
    ['Would you like to leave your name?', 'names'],
    ['If you are happy to be contacted, please give your email', 'e-mail addresses'],
    ['What is the best phone number to reach you on during the day?', 'phone numbers'],
  ])('reads %j as weak: identifying words inside a longer question', (header, reason) => {
    expect(identifyingHeader(header)).toEqual({ reason, weak: true });
  });
});

// Real survey questions that mention a name, an address, a number or a contact without asking for a person's.
describe('identifyingHeader: questions that identify no person', () => {
  it.each([
    'School name',
    'Name of school',
    'Name of your local authority',
    'Full name of school',
    'LA name',
    'Which LA are you in?',
    'How would you rate the address of needs in your setting?',
    'Name the three tasks that take most of your time',
    'Names of any tools you use',
    'How many pupils are named on the SEN register?',
    'Product name',
    'School address',
    'School DfE number',
    'URN',
    'Number of pupils',
    'Pupil numbers',
    'Contact with parents (hours a week)',
    'How often do you email parents?',
    'How satisfied are you with the contact you get from the LA?',
    'Year of birth',
    'Age',
    'Signed off by SLT?',
    'Phase',
    'Role',
    'Any other comments?',
  ])('%j', (header) => {
    expect(identifyingHeader(header)).toBeNull();
  });
});
