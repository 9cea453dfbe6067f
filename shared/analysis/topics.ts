/**
 * What SENCOs ask for, as topics: findings about these come first (docs/findings.md). A question's topic is found
 * from its words; the weight multiplies how far its answers lean from neutral.
 */
export interface Topic {
  id: string;
  weight: number;
  words: RegExp;
}

export const TOPICS: readonly Topic[] = [
  { id: 'time', weight: 2, words: /\b(enough time|time to|hours?|protected time|ring-?fenced)\b/i },
  { id: 'supervision', weight: 2, words: /\bsupervision\b/i },
  { id: 'admin', weight: 2, words: /\badmin(istrative|istration)?\b|\bpaperwork\b/i },
  { id: 'workload', weight: 1.8, words: /\bworkload\b|\bexpanded\b/i },
  { id: 'wellbeing', weight: 1.8, words: /\bstress(ed)?\b|\bexhaust(ed|ion)\b|\bwellbeing\b/i },
  { id: 'valued', weight: 1.6, words: /\bvalued\b|\brecognis(ed|ition)\b/i },
  { id: 'support', weight: 1.4, words: /\bsupport\b|\bresourc/i },
];

/** The first topic whose words the text contains, or null. */
export function topicOf(text: string): Topic | null {
  return TOPICS.find((t) => t.words.test(text)) ?? null;
}

/**
 * Background questions by their words: phase, role, school size or type, years in post, local authority, the
 * response's source. They describe who answered; a finding about them ("20% have 1,000 or more pupils") says nothing.
 */
const BACKGROUND =
  /\b(phase|pupils (are )?on roll|school size|size of (your )?school|type of school|school type|how many pupils|years? (in post|as (a )?senco|in the role)|\bin post\b|how long have you been|local authority|\bLA\b|region|senior leadership team|your role\b(?! (well|expanded))|job title|source)\b/i;

/** Template item ids that are background by their role in the template. */
const BACKGROUND_IDS = /^(phase|roll|school-size|school-type|ehcps|slt|role|la|local-authority|years?-in-post|tenure|region|source)$/;

export function isBackgroundHeader(header: string): boolean {
  return BACKGROUND.test(header) || /^source$/i.test(header.trim());
}

export function isBackgroundItemId(id: string): boolean {
  return BACKGROUND_IDS.test(id);
}
