import './voting.css';
import { useTranslation } from 'react-i18next';
import type { StakeholderGroup } from '@shared/doc/plan';
import type { VoteResults } from '@shared/doc/voting';
import type { ChartRow } from './chart-data';
import { chartData, shortText } from './chart-data';
import { useGroupLabel } from './group-label';

export type ChartSize = 'console' | 'projector' | 'phone';

type Props = {
  results: VoteResults;
  groups: readonly StakeholderGroup[];
  size?: ChartSize;
  /** Projector: the top rows only, so type stays large. */ limit?: number;
};

/**
 * A ranked horizontal bar chart, each bar stacked by stakeholder group. Plain HTML built by React
 * (item texts are user input: React text only); bar widths are `style` props, which React applies
 * through CSSOM, so the host's strict CSP allows them.
 */
export function VoteResultsChart({ results, groups, size = 'console', limit }: Props) {
  const { t } = useTranslation();
  const label = useGroupLabel(groups);
  const data = chartData(results, groups);
  // Phone and projector leave out items nobody chose (they only push the ranking off screen); the console lists every item.
  const shown = size === 'console' ? data.rows : data.rows.filter((r) => r.total > 0);
  const rows = limit ? shown.slice(0, limit) : shown;
  const unvoted = data.rows.length - shown.length;
  const cut = shown.length - rows.length;
  return (
    <figure className={`vote-chart vote-chart--${size}`} data-testid="vote.results" aria-label={t('voting.resultsOf', { title: results.title })}>
      <figcaption className="vote-chart__caption">
        <span className="vote-chart__title">{results.title}</span>
        <span className="vote-chart__voters" data-testid="vote.results-voters" data-voters={data.voters}>
          {t('voting.progress', { voted: data.voters, eligible: data.eligible })}
        </span>
      </figcaption>
      {data.legend.length > 0 && (
        <ul className="vote-chart__legend" aria-label={t('voting.legend')}>
          {data.legend.map((l) => (
            <li key={l.group} className="vote-chart__legend-item" data-testid="vote.legend-item" data-group={l.group}>
              <span className="vote-chart__swatch" style={{ background: l.color }} aria-hidden="true" />
              {label(l.group)}
            </li>
          ))}
        </ul>
      )}
      <ol className="vote-chart__rows">
        {rows.map((row) => (
          <Row key={row.key} row={row} max={data.max} label={label} tied={shown.some((o) => o !== row && o.rank === row.rank)} />
        ))}
      </ol>
      {(cut > 0 || unvoted > 0) && (
        <p className="vote-chart__more" data-testid="vote.results-more">
          {[cut > 0 ? t('voting.more', { count: cut }) : '', unvoted > 0 ? t('voting.unvoted', { count: unvoted }) : ''].filter(Boolean).join(' · ')}
        </p>
      )}
    </figure>
  );
}

/** Items that share a place say so ("2="), so a tie reads as a tie and never as an order. */
function Row({ row, max, label, tied }: { row: ChartRow; max: number; label: (g: string) => string; tied: boolean }) {
  const { t } = useTranslation();
  const breakdown = row.segments.map((s) => `${label(s.group)}: ${s.value}`).join(', ');
  return (
    <li
      className="vote-chart__row"
      data-testid="vote.result-row"
      data-pj-item=""
      data-tied={tied || undefined}
      data-rank={row.rank}
      data-total={row.total}
      data-key={row.key}
    >
      <span className="vote-chart__rank">{tied ? `${row.rank}=` : row.rank}</span>
      <span className="vote-chart__text" title={row.text}>
        {shortText(row.text)}
      </span>
      <span className="vote-chart__bar-wrap" role="img" aria-label={t('voting.rowLabel', { total: row.total, breakdown: breakdown || '—' })}>
        <span className="vote-chart__bar" style={{ width: `${(row.total / max) * 100}%` }}>
          {row.segments.map((s) => (
            <span
              key={s.group}
              className="vote-chart__seg"
              style={{ flexGrow: s.value, background: s.color }}
              data-testid="vote.result-segment"
              data-group={s.group}
              data-value={s.value}
            >
              {/* The count inside a segment only when it is wide enough to read; the breakdown is in the aria-label anyway. */}
              {s.value / max >= 0.08 ? s.value : ''}
            </span>
          ))}
        </span>
      </span>
      <span className="vote-chart__total" data-testid="vote.result-total">
        {row.total}
      </span>
    </li>
  );
}
