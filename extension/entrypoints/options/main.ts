import { mountOptions } from '../../lib/options/mountOptions';

void mountOptions(document);
