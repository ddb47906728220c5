import { isoWeek, type Stats } from '../../shared/stats';

export interface ChartWeek {
  /** ISO week, "2026-W10". */
  week: string;
  /** The Monday the week starts on (local time), for the axis label. */
  monday: Date;
  messages: number;
  notes: number;
}

/** How many weeks the chart shows: enough for a trend, few enough to read at a glance. */
export const CHART_WEEKS = 8;

/**
 * The weeks on the chart's axis: the last `count` weeks up to this one, weeks without counts included as
 * zero, so one week of data is one bar among its neighbours rather than a block filling the chart.
 */
export function chartWeeks(stats: Stats, now: Date, count = CHART_WEEKS): ChartWeek[] {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  const weeks: ChartWeek[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const day = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * back);
    const week = isoWeek(day);
    weeks.push({
      week,
      monday: day,
      messages: stats.weeks[week]?.pitchMessages ?? 0,
      notes: stats.weeks[week]?.pitchNotes ?? 0,
    });
  }
  return weeks;
}

/** The top of the count axis: the largest bar rounded up to an even round number, so its half is whole too. */
export function axisMax(largest: number): number {
  if (largest <= 4) return 4;
  const step = 10 ** Math.floor(Math.log10(largest));
  for (const factor of [1, 2, 4, 5, 10]) {
    const top = factor * step;
    if (top >= largest && top % 2 === 0) return top;
  }
  return 10 * step;
}
