// The welcome dialog: static text; its one button closes it.
import { byId } from './el';
import { closeDialog } from './serverCall';

byId('close').addEventListener('click', () => closeDialog());
