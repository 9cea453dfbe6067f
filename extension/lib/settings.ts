import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

/** What the SENCO types into the options page once. Every field is text; empty means "not set yet". */
export const SettingsSchema = z.object({
  trackerUrl: z.string(),
  token: z.string(),
  senco: z.string(),
  school: z.string(),
  la: z.string(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const EMPTY_SETTINGS: Settings = { trackerUrl: '', token: '', senco: '', school: '', la: '' };

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: EMPTY_SETTINGS, version: 1 });

/** The saved settings, parsed field by field: storage is a trust boundary, and an unreadable field counts as not set. */
export async function readSettings(item: { getValue(): Promise<unknown> } = settingsItem): Promise<Settings> {
  const stored = await item.getValue();
  const out = { ...EMPTY_SETTINGS };
  if (stored === null || typeof stored !== 'object') return out;
  for (const key of Object.keys(out) as (keyof Settings)[]) {
    const value = SettingsSchema.shape[key].safeParse((stored as Record<string, unknown>)[key]);
    if (value.success) out[key] = value.data;
  }
  return out;
}
