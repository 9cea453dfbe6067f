import { storage } from 'wxt/utils/storage';

/** A message for the next popup to show once (a clip that could not be made), then clear. */
export const noticeItem = storage.defineItem<string | null>('session:notice', { fallback: null, version: 1 });
