import type { Stats } from '../../shared/stats';
import { topRules } from '../../shared/stats';
import { format } from '../i18n';
import type { OptionStrings } from './strings';

/** Bars per week (last 8 weeks with data): pitch messages and pitch notes, as a small inline SVG. */
export function StatsChart({ stats, t }: { stats: Stats; t: OptionStrings }) {
  const weeks = Object.keys(stats.weeks).sort().slice(-8);
  if (weeks.length === 0) return <p class="muted">{t.statsEmpty}</p>;
  const rows = weeks.map((week) => ({
    week,
    messages: stats.weeks[week]?.pitchMessages ?? 0,
    notes: stats.weeks[week]?.pitchNotes ?? 0,
  }));
  const max = Math.max(1, ...rows.map((row) => row.messages + row.notes));
  const width = 320;
  const barWidth = width / rows.length;
  const height = 120;
  const own = Object.values(stats.weeks).reduce(
    (sum, week) => ({ total: sum.total + week.ownFirst, pitches: sum.pitches + week.ownFirstPitches }),
    { total: 0, pitches: 0 },
  );
  return (
    <div>
      <svg
        role="img"
        aria-labelledby="chart-title chart-desc"
        viewBox={`0 0 ${width} ${height + 24}`}
        class="chart"
        data-testid="stats-chart"
      >
        <title id="chart-title">{t.chartTitle}</title>
        <desc id="chart-desc">
          {rows.map((row) => `${row.week}: ${row.messages} + ${row.notes}`).join('; ')}
        </desc>
        {rows.map((row, index) => {
          const messagesHeight = (row.messages / max) * height;
          const notesHeight = (row.notes / max) * height;
          const x = index * barWidth + 4;
          return (
            <g key={row.week}>
              <rect
                x={x}
                y={height - messagesHeight}
                width={barWidth - 8}
                height={messagesHeight}
                class="bar-messages"
              />
              <rect
                x={x}
                y={height - messagesHeight - notesHeight}
                width={barWidth - 8}
                height={notesHeight}
                class="bar-notes"
              />
              <text x={x + (barWidth - 8) / 2} y={height + 16} text-anchor="middle" class="chart-label">
                {row.week.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="stats-table">
        <caption>{t.chartTitle}</caption>
        <thead>
          <tr>
            <th scope="col">week</th>
            <th scope="col">messages</th>
            <th scope="col">notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.week}>
              <th scope="row">{row.week}</th>
              <td>{row.messages}</td>
              <td>{row.notes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.topPatterns}</h3>
      <ol data-testid="top-patterns">
        {topRules(stats).map(([rule, count]) => (
          <li key={rule}>
            <code>{rule}</code>: {count}
          </li>
        ))}
      </ol>
      {own.total > 0 && <p>{format(t.ownFirst, { pitches: own.pitches, total: own.total })}</p>}
    </div>
  );
}
