import { mountPopup } from '../../lib/popup/mountPopup';

void mountPopup(document);
