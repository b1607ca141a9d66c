import { useTranslation } from 'react-i18next';
import type { ScaleDistribution } from '@shared/audience/scale-stats';
import { setMyScale, validScale } from '@shared/doc/audience';
import type { StakeholderGroup } from '@shared/doc/plan';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { Room } from '../../collab/rooms';
import { PJ_ITEM } from '../projector/ProjectorFit';
import { useGroupLabel } from '../voting/group-label';
import { AudienceConfigForm } from './AudienceConfigForm';
import { useAudienceConfig, useAudienceState, useMyScale } from './use-audience';

/** A participant picks one value; a second tap changes it (the host counts one value per person). */
export function ScalePhone({ board, person, boardId }: { board: Room | null; person: Room | null; boardId: string }) {
  const { t } = useTranslation();
  const config = useAudienceConfig(board);
  const mine = validScale(useMyScale(person, boardId), config);
  const values = Array.from({ length: config.max - config.min + 1 }, (_, i) => config.min + i);
  return (
    <section className="aud aud--phone" data-testid="scale.phone">
      {config.prompt && <p className="aud__prompt">{config.prompt}</p>}
      <p className="aud__h">{t('audience.scale.yourAnswer')}</p>
      <div className="aud-scale__buttons" role="radiogroup" aria-label={t('audience.scale.yourAnswer')}>
        {values.map((v) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={mine === v}
            className={`button aud-scale__value${mine === v ? ' aud-scale__value--on' : ''}`}
            disabled={!person}
            onClick={() => person && setMyScale(person.doc, boardId, v, LOCAL_ORIGIN)}
            data-testid="scale.value"
            data-value={v}
          >
            {v}
          </button>
        ))}
      </div>
      {mine !== null && (
        <p className="notice" role="status" data-testid="scale.saved">
          {t('audience.scale.saved', { value: mine })} · {t('audience.scale.change')}
        </p>
      )}
    </section>
  );
}

export function ScaleConsole({ board, groups }: { board: Room | null; groups: readonly StakeholderGroup[] }) {
  const state = useAudienceState(board);
  return (
    <section className="aud aud--console" data-testid="scale.console">
      <AudienceConfigForm board={board} withRange />
      <ScaleChart dist={state.scale} groups={groups} projector={false} />
    </section>
  );
}

export function ScaleProjector({ board, groups }: { board: Room | null; groups: readonly StakeholderGroup[] }) {
  const config = useAudienceConfig(board);
  const state = useAudienceState(board);
  return (
    <section className="aud-pj" data-testid="scale.projector">
      {config.prompt && (
        <p className="aud-pj__prompt" {...{ [PJ_ITEM]: '' }}>
          {config.prompt}
        </p>
      )}
      <ScaleChart dist={state.scale} groups={groups} projector />
    </section>
  );
}

const fmt = (n: number | null, lang: string) => (n === null ? '—' : n.toLocaleString(lang, { maximumFractionDigits: 1 }));

/** Bars of the overall distribution, then one row per stakeholder group: its count per value and mean. */
function ScaleChart({ dist, groups, projector }: { dist: ScaleDistribution | null; groups: readonly StakeholderGroup[]; projector: boolean }) {
  const { t, i18n } = useTranslation();
  const label = useGroupLabel(groups);
  const item = projector ? { [PJ_ITEM]: '' } : {};
  if (!dist || dist.count === 0) return <p className={projector ? 'aud-pj__empty' : 'muted'}>{t('audience.waiting')}</p>;
  const peak = Math.max(1, ...dist.overall);
  return (
    <div className={`aud-scale${projector ? ' aud-scale--pj' : ''}`} data-testid="scale.chart" data-count={dist.count}>
      <p className="aud-scale__summary" {...item}>
        {t('audience.answers', { count: dist.count })} · {t('audience.scale.mean', { value: fmt(dist.mean, i18n.language) })}
      </p>
      <div className="aud-scale__bars" {...item}>
        {dist.overall.map((n, i) => (
          <div key={i} className="aud-scale__bar" data-testid="scale.bar" data-value={dist.min + i} data-count={n}>
            <span className="aud-scale__n">{n}</span>
            <span className="aud-scale__fill" style={{ height: `${(n / peak) * 100}%` }} />
            <span className="aud-scale__v">{dist.min + i}</span>
          </div>
        ))}
      </div>
      {dist.byGroup.length > 0 && (
        <table className="aud-scale__groups" data-testid="scale.groups" {...item}>
          <caption className="aud-scale__caption">{t('audience.scale.byGroup')}</caption>
          <tbody>
            {dist.byGroup.map((g) => (
              <tr key={g.group ?? '_none'} data-testid="scale.group-row">
                <th scope="row">{g.group === null ? t('audience.scale.noGroup') : label(g.group)}</th>
                <td>{t('audience.answers', { count: g.count })}</td>
                <td>{t('audience.scale.mean', { value: fmt(g.mean, i18n.language) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
