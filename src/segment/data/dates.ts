/** Words that name a day, a month or a time zone, lower-cased: what follows a date or a time. */

/** "Sunday", "October": "at 3 a.m. Sunday", "Tues. October 3". */
export const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** "at 7 p.m. ET", "9 a.m. GMT". */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'akst', 'hst', 'gmt', 'bst', 'utc',
  'cet', 'cest', 'eet', 'ist', 'jst', 'aest', 'aedt',
]);
