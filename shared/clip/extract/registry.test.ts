import { describe, expect, it } from 'vitest';
import { adapterFor } from './registry';

describe('adapterFor', () => {
  it.each([
    ['https://exampleshire.ehchub.co.uk/Professional/Request/Details/48213', 'ehc-hub'],
    ['https://ehc-hub.example.gov.uk/requests', 'ehc-hub'],
    ['https://www.example.gov.uk/ehchub/requests', 'ehc-hub'],
    ['https://exampleshire-portal.liquidlogic.co.uk/tasks', 'liquidlogic'],
    ['https://portal.exampleshire.gov.uk/web/portal/pages/task?taskId=99123', 'liquidlogic'],
    ['https://send.exampleshire.gov.uk/SynergyWeb/Portal/Case/Draft?caseId=0098765', 'synergy'],
    ['https://synergy.exampleshire.gov.uk/send', 'synergy'],
    ['https://one.exampleshire.gov.uk/ProfessionalPortal_LIVE/SEND/Forms/Details/7781', 'capita-one'],
    ['https://admissions.example.gov.uk/CitizenPortal/SEND', 'capita-one'],
    ['https://www.exampleshire.gov.uk/send/phase-transfer-2026', 'generic'],
    ['https://outlook.office.com/mail/inbox', 'generic'],
    ['https://www.example.com/hub/ehc', 'generic'],
  ])('%s → %s', (url, id) => expect(adapterFor(new URL(url)).id).toBe(id));
});
