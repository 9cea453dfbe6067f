/**
 * Capitalised words that are not people's names on an EHCP page, so "Request for Statutory
 * Assessment" or "Advice for Oakfield Primary" is never taken for a pupil.
 */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those please thank thanks dear kind regards best and or of in on at to by with from
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december
  annual review reviews advice request requests requested statutory assessment assessments needs need education educational health care
  plan plans ehc ehcp sen send senco sencos school schools primary secondary academy college nursery infant infants junior juniors sixth form
  year years reception phase transfer transition consultation tribunal mediation appeal section sections appendix draft final amendment
  amendments amended information local authority council county city borough team service services support funding top-up provision
  parent parents carer carers forum voice psychology psychologist psychological speech language therapy therapist occupational social
  worker child children young person people pupil pupils student students learner learners meeting due date deadline key stage forms
  portal hub office nhs trust hospital clinic camhs document documents report reports evidence outcome outcomes new updated urgent
  contribution contributions response responses cost costs costing placement setting settings special unit resource base
  details detail name names address addresses telephone phone mobile email e-mail contact contacts reference ref number sent received
  summary overview notes note message messages task tasks status type view views edit save submit upload download home help consent
  relationship responsibility involvement partnership group network association evening morning afternoon meetings
  today tomorrow yesterday week weeks month months term terms attends attended currently now mainstream microsoft teams word excel zoom
  colleague colleagues sir madam all everyone headteacher head teacher teachers staff class governor governors chair
  officer caseworker coordinator manager lead adviser advisor paediatrician nurse doctor therapist consultant specialist practitioner
  mr mrs ms miss mx dr prof master regarding re fw fwd subject cc bcc sent date from to hi hello dear
  english maths science reading writing spelling autism adhd asc asd sld mld pmld semh slcn hi vi msi
  monday's tuesday's mum mummy dad daddy mother father grandmother grandfather grandma grandad grandpa gran nan nanna aunt auntie uncle guardian stepmum stepdad sister brother sibling siblings family
  gp medical centre center surgery practice catholic church cofe ce rc st saint christmas easter eid diwali ramadan half personal budget
  dob d.o.b upn uln nhs ref no tel mob fax email dob: age aged born
  male female boy girl gender sex non-binary county district metropolitan city town village england wales uk`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * True when `word` (any case, an apostrophe-s or a trailing comma ignored) is an everyday word on an EHCP
 * page rather than part of a person's name.
 */
export function isNotNameWord(word: string): boolean {
  let plain = word.toLowerCase();
  // Called once per capitalised word of a page: string ends are trimmed by hand rather than by pattern.
  while (plain.length > 0 && ',.:;'.includes(plain[plain.length - 1])) plain = plain.slice(0, -1);
  if (plain.length > 2 && plain.endsWith('s') && (plain[plain.length - 2] === "'" || plain[plain.length - 2] === '’'))
    plain = plain.slice(0, -2);
  return NOT_NAME_WORDS.has(plain) || plain.endsWith('shire');
}
