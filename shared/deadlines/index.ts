export { bankHolidaysEnglandWales, easterSunday, ENGLAND_WALES_BANK_HOLIDAYS, isBankHoliday } from './bankHolidays';
export {
  addDays,
  addMonths,
  addWeeks,
  daysBetween,
  formatUkDate,
  isWeekend,
  isWorkingDay,
  nextWorkingDay,
  parseIsoDate,
  type IsoDate,
  type ParsedDate,
} from './calendar';
export { statutoryDueDate, suggestDeadline, type DeadlineSuggestion, type PortalDates } from './dueDate';
export { ruleById, RULES, type Anchor, type Offset, type Rule, type RuleId, type RuleRow } from './rules';
export { tribunalFilingDay, type TribunalFilingDay, type TribunalMove } from './tribunalFilingDay';
