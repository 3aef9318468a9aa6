// Small inline SVG charts: no chart library, a few rectangles.
import { el } from '../dom';

export function BarChart({
  rows,
  width = 360,
  label,
  suffix = '',
}: {
  rows: Array<[string, number]>;
  width?: number;
  label: string;
  suffix?: string;
}) {
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const bar = 18;
  return el(
    'svg',
    {
      class: 'chart',
      role: 'img',
      'aria-label': label,
      width,
      height: rows.length * (bar + 4) + 4,
      viewBox: `0 0 ${width} ${rows.length * (bar + 4) + 4}`,
    },
    ...rows.flatMap(([name, value], i) => [
      el('rect', {
        x: 140,
        y: 4 + i * (bar + 4),
        width: Math.max(1, ((width - 190) * value) / max),
        height: bar,
        class: 'bar',
      }),
      el('text', { x: 134, y: 17 + i * (bar + 4), 'text-anchor': 'end' }, name.slice(0, 22)),
      el('text', { x: 146 + ((width - 190) * value) / max, y: 17 + i * (bar + 4) }, `${value}${suffix}`),
    ]),
  );
}

/** Stacked columns per day, one series per source (the largest eight). */
export function DayChart({
  points,
  label,
}: {
  points: Array<{ day: string; source: string; count: number }>;
  label: string;
}) {
  const days = [...new Set(points.map((p) => p.day))].sort();
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.source, (totals.get(p.source) ?? 0) + p.count);
  const series = [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([s]) => s);
  const perDay = days.map((d) => points.filter((p) => p.day === d).reduce((n, p) => n + p.count, 0));
  const max = Math.max(1, ...perDay);
  const width = 480;
  const height = 140;
  const column = days.length ? (width - 20) / days.length : width;
  const rects = days.flatMap((day, i) => {
    let y = height - 20;
    return series.map((source, s) => {
      const count = points.find((p) => p.day === day && p.source === source)?.count ?? 0;
      const h = ((height - 30) * count) / max;
      y -= h;
      return el(
        'rect',
        { x: 10 + i * column, y, width: Math.max(1, column - 2), height: h, class: `series-${s}` },
        el('title', null, `${day} ${source}: ${count}`),
      );
    });
  });
  return el(
    'figure',
    { class: 'daychart' },
    el(
      'svg',
      { class: 'chart', role: 'img', 'aria-label': label, width, height, viewBox: `0 0 ${width} ${height}` },
      ...rects,
    ),
    el('figcaption', null, ...series.map((s, i) => el('span', { class: `legend series-${i}` }, s))),
  );
}
