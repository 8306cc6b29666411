// Dates are stored in UTC and shown in the newsroom's time zone.
export const NEWSROOM_TIME_ZONE = process.env.NEWSROOM_TIME_ZONE ?? 'America/New_York';

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'long',
  timeZone: NEWSROOM_TIME_ZONE,
});
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: NEWSROOM_TIME_ZONE,
});

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}
