/**
 * The ISO date (`YYYY-MM-DD`) of a moment in the local time zone, e.g. today as the default Stichtag.
 * The domain has no clock: the caller passes the moment in.
 */
export function localIsoDate(moment: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
