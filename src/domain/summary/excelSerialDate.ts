/**
 * Excel serial number of an ISO `YYYY-MM-DD` date (days since 1899-12-30, the 1900 date system), which is
 * how both adapters write dates and how the formulas compare them with the Stichtag.
 * @throws RangeError for anything but a valid `YYYY-MM-DD`.
 */
export function excelSerialDate(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [, y, m, d] = match ?? [];
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = match === null ? "" : new Date(time).toISOString().slice(0, 10);
  if (match === null || back !== iso)
    throw new RangeError(`Ungültiges Datum „${iso}“ (erwartet JJJJ-MM-TT).`);
  return time / 86_400_000 + 25_569;
}
