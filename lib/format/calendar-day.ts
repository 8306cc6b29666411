// A calendar day written as YYYY-MM-DD (calendarDay in date.ts, already in the newsroom's time
// zone) shown the way formatDate shows a date: "December 6, 2026". No time zone is involved, so
// the server and the browser print the same text, and the browser needs no Intl data for it.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatCalendarDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${MONTHS[Number(month) - 1]} ${Number(date)}, ${Number(year)}`;
}
