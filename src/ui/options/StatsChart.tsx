import type { Stats } from '../../shared/stats';
import { topRules } from '../../shared/stats';
import { format, plural, type UiLang } from '../i18n';
import { ruleName } from '../rule-names';
import { axisMax, chartWeeks } from './chart';
import type { OptionStrings } from './strings';

const WIDTH = 480;
const HEIGHT = 200;
const LEFT = 34;
const TOP = 18;
const BOTTOM = 30;
const PLOT = HEIGHT - TOP - BOTTOM;

/**
 * Pitches received per week as stacked bars (messages below, notes on top) with the total above each bar,
 * the weeks' Mondays along the bottom and a count axis on the left; a legend and a table say the same in words.
 */
export function StatsChart({
  stats,
  t,
  lang,
  now,
}: {
  stats: Stats;
  t: OptionStrings;
  lang: UiLang;
  now: Date;
}) {
  if (Object.keys(stats.weeks).length === 0) return <p class="muted">{t.statsEmpty}</p>;
  const rows = chartWeeks(stats, now);
  const top = axisMax(Math.max(...rows.map((row) => row.messages + row.notes)));
  const slot = (WIDTH - LEFT) / rows.length;
  const barWidth = Math.min(36, slot * 0.6);
  const y = (count: number) => TOP + PLOT - (count / top) * PLOT;
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' });
  const own = Object.values(stats.weeks).reduce(
    (sum, week) => ({ total: sum.total + week.ownFirst, pitches: sum.pitches + week.ownFirstPitches }),
    { total: 0, pitches: 0 },
  );
  // Counted over the weeks on the chart, so "in those pitches" is true of the bars above it.
  const patterns = topRules(
    stats,
    rows.map((row) => row.week),
  );
  const weekName = (row: (typeof rows)[number]) =>
    format(t.weekOf, { week: Number(row.week.slice(6)), day: day.format(row.monday) });
  return (
    <div>
      <h3 id="chart-title">{t.chartTitle}</h3>
      <svg
        role="img"
        aria-labelledby="chart-title"
        aria-describedby="chart-desc"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        class="chart"
        data-testid="stats-chart"
      >
        <desc id="chart-desc">
          {rows
            .map((row) =>
              format(t.chartRow, {
                week: weekName(row),
                messages: plural(lang, row.messages, t.pitchMessageCount),
                notes: plural(lang, row.notes, t.pitchNoteCount),
              }),
            )
            .join('; ')}
        </desc>
        {[0, top / 2, top].map((tick) => (
          <g key={tick} class="chart-tick">
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} class="chart-grid" />
            <text x={LEFT - 6} y={y(tick) + 4} text-anchor="end" class="chart-label">
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          const total = row.messages + row.notes;
          return (
            <g key={row.week} data-week={row.week}>
              <rect
                x={x}
                y={y(row.messages)}
                width={barWidth}
                height={y(0) - y(row.messages)}
                class="bar-messages"
              />
              <rect
                x={x}
                y={y(total)}
                width={barWidth}
                height={y(row.messages) - y(total)}
                class="bar-notes"
              />
              {total > 0 && (
                <text x={x + barWidth / 2} y={y(total) - 4} text-anchor="middle" class="chart-value">
                  {total}
                </text>
              )}
              <text x={x + barWidth / 2} y={HEIGHT - BOTTOM + 16} text-anchor="middle" class="chart-label">
                {day.format(row.monday)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="legend" data-testid="chart-legend">
        <li>
          <span class="swatch bar-messages-swatch" aria-hidden="true" /> {t.pitchMessages}
        </li>
        <li>
          <span class="swatch bar-notes-swatch" aria-hidden="true" /> {t.pitchNotes}
        </li>
        <li class="muted">{t.weeksAxis}</li>
      </ul>
      <details>
        <summary>{t.asTable}</summary>
        <table class="stats-table">
          <caption>{t.chartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.week}</th>
              <th scope="col">{t.pitchMessages}</th>
              <th scope="col">{t.pitchNotes}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.week}>
                <th scope="row">{weekName(row)}</th>
                <td>{row.messages}</td>
                <td>{row.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {patterns.length > 0 && (
        <>
          <h3>{t.topPatterns}</h3>
          <ol data-testid="top-patterns" class="top-patterns">
            {patterns.map(([rule, count]) => (
              <li key={rule} data-rule={rule}>
                {ruleName(rule, lang)}: {count}
              </li>
            ))}
          </ol>
        </>
      )}
      {own.total > 0 && <p>{format(t.ownFirst, { pitches: own.pitches, total: own.total })}</p>}
    </div>
  );
}
