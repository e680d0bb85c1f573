/**
 * Frontmatter dates, read strictly: `2023-02-30` is an error, never 2 March. A date alone is
 * midnight UTC; a date and time must carry its zone (`Z` or `+03:00`) so it means one instant.
 */

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** The months' English names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days in a month of a year (month 1–12), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant a frontmatter date names, or a phrase saying what is wrong with it. */
export function calendarDate(value: string): Date | string {
  const m = DATE.exec(value.trim());
  if (!m) return `"${value}" is not a date in the form YYYY-MM-DD`;
  const [, y, mo, d, hh, mm, ss, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return `"${value}" has no month ${mo} (months run from 01 to 12)`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days)
    return `"${value}" is not in the calendar (${MONTHS[month - 1]} ${year} has ${days} days)`;
  if (hh === undefined) return new Date(Date.UTC(year, month - 1, day));
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return `"${value}" has no such time of day`;
  if (!zone) return `"${value}" has a time but no time zone (add "Z" for UTC, or an offset such as "+03:00")`;
  return new Date(value.trim().replace(' ', 'T'));
}

/** The calendar day (YYYY-MM-DD) of a date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
