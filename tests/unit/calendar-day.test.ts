import { formatCalendarDay } from '@/lib/format/calendar-day';
import { NEWSROOM_TIME_ZONE, calendarDay, formatDate } from '@/lib/format/date';

describe('calendar days on story cards', () => {
  it('are the newsroom-zone day of the moment, written YYYY-MM-DD', () => {
    expect(NEWSROOM_TIME_ZONE).toBe('America/New_York');
    // 02:30 UTC is still the evening before in New York; 05:30 UTC is the same day.
    expect(calendarDay(new Date('2026-03-01T02:30:00Z'))).toBe('2026-02-28');
    expect(calendarDay(new Date('2026-03-01T05:30:00Z'))).toBe('2026-03-01');
    expect(calendarDay(new Date('2027-01-01T04:59:59Z'))).toBe('2026-12-31');
  });

  it('show the same text as formatDate for every hour of two years, across both clock changes', () => {
    const start = Date.parse('2025-12-31T00:00:00Z');
    const mismatches: string[] = [];
    for (let t = start; t < start + 2 * 366 * 86_400_000; t += 3_600_000) {
      const date = new Date(t);
      if (formatCalendarDay(calendarDay(date)) !== formatDate(date)) mismatches.push(date.toISOString());
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['2026-12-06', 'December 6, 2026'],
    ['2026-01-31', 'January 31, 2026'],
    ['2030-07-04', 'July 4, 2030'],
  ])('shows %s as %s', (day, shown) => {
    expect(formatCalendarDay(day)).toBe(shown);
  });
});
