import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { passportText, setPassportValue } from '@shared/doc/passport';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { PassportScale, PassportSnapshot, PassportTextField } from '@shared/passport/model';
import { MAX_FIELD_TEXT, PASSPORT_SCALES } from '@shared/passport/model';
import type { FieldProblem } from '@shared/passport/validate';
import { SOFT_CODES, problemsAt } from '@shared/passport/validate';
import { FIELD_RULES } from '@shared/passport/rules';
import { Problems } from './cells';
import { BudgetTable, CalendarTable, GroupsTable, MediaTable, PartnersTable, QuantitativeTable, RisksTable, TasksTable, TeamTable } from './tables';
import { YTextField } from './YTextField';

type Props = { doc: Y.Doc; p: PassportSnapshot; problems: FieldProblem[] };

const HINTED = ['summary', 'problem', 'causes', 'consequences', 'direction', 'orgOgrn', 'orgInn'] as const;
const hinted = (f: PassportTextField): f is (typeof HINTED)[number] => (HINTED as readonly string[]).includes(f);

/** The passport form, sections in the order of the grant application (docs/passport.md). */
export function PassportEditor({ doc, p, problems }: Props) {
  const { t } = useTranslation();
  const text = (field: PassportTextField, rows = 3) => <TextSection doc={doc} field={field} rows={rows} value={p[field]} problems={problems} />;
  const tables = { doc, p, problems };
  return (
    <div className="passport-form">
      <Section n={1} title={t('passport.sections.general')}>
        {text('name', 1)}
        {text('direction', 1)}
        {text('summary', 3)}
        {text('geography', 1)}
        <GeneralValues doc={doc} p={p} problems={problems} />
      </Section>
      <Section n={2} title={t('passport.sections.rationale')}>
        {text('problem', 4)}
        {text('relevance', 4)}
        {text('causes', 6)}
        {text('consequences', 6)}
      </Section>
      <Section n={3} title={t('passport.sections.groups')}>
        <GroupsTable {...tables} />
      </Section>
      <Section n={4} title={t('passport.sections.goal')}>
        {text('goal', 2)}
        <h4 className="passport-subhead">{t('passport.fields.tasks')}</h4>
        <TasksTable {...tables} />
      </Section>
      <Section n={5} title={t('passport.sections.calendar')}>
        <CalendarTable {...tables} />
      </Section>
      <Section n={6} title={t('passport.sections.results')}>
        <h4 className="passport-subhead">{t('passport.fields.quantitative')}</h4>
        <QuantitativeTable {...tables} />
        {text('qualitativeResults', 5)}
      </Section>
      <Section n={7} title={t('passport.sections.budget')}>
        <BudgetTable {...tables} />
        {text('budgetNote', 3)}
      </Section>
      <Section n={8} title={t('passport.sections.team')}>
        <TeamTable {...tables} />
      </Section>
      <Section n={9} title={t('passport.sections.organisation')}>
        {text('orgName', 1)}
        {text('orgOgrn', 1)}
        {text('orgInn', 1)}
        {text('orgAddress', 1)}
      </Section>
      <Section n={10} title={t('passport.sections.risks')}>
        <RisksTable {...tables} />
      </Section>
      <Section n={11} title={t('passport.sections.media')}>
        <MediaTable {...tables} />
      </Section>
      <Section n={12} title={t('passport.sections.more')}>
        <h4 className="passport-subhead">{t('passport.sections.partners')}</h4>
        <PartnersTable {...tables} />
        {text('resources', 3)}
        {text('prospects', 3)}
      </Section>
    </div>
  );
}

export function Section({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="passport-section" aria-labelledby={`passport-s${n}`} data-testid="passport.section">
      <h3 id={`passport-s${n}`} className="passport-section__title">
        {n}. {title}
      </h3>
      {children}
    </section>
  );
}

/** A co-typed section with its problems (required, too long, a wrong ОГРН…) and a length counter beside it. */
function TextSection(props: { doc: Y.Doc; field: PassportTextField; rows: number; value: string; problems: FieldProblem[] }) {
  const { doc, field, rows } = props;
  const { t } = useTranslation();
  const text = useMemo(() => passportText(doc, field), [doc, field]);
  const id = `passport-f-${field}`;
  const codes = problemsAt(props.problems, { field });
  const rule = FIELD_RULES[field];
  const errorId = `${id}-error`;
  return (
    <div className="field passport-field">
      <label className="field__label" htmlFor={id}>
        {t(`passport.fields.${field}`)}
        {rule.required && (
          <span className="passport-required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      <YTextField
        text={text}
        id={id}
        max={MAX_FIELD_TEXT}
        multiline={rows > 1}
        rows={rows}
        placeholder={hinted(field) ? t(`passport.hints.${field}`) : undefined}
        testId={`passport.field.${field}`}
        invalid={codes.some((c) => !SOFT_CODES.includes(c))}
        describedBy={codes.length > 0 ? errorId : undefined}
      />
      <span className="passport-field__foot">
        <Problems id={errorId} codes={codes} />
        {rows > 1 && (
          <span
            className={`passport-counter${props.value.trim().length > rule.max ? ' passport-counter--over' : ''}`}
            data-testid={`passport.counter.${field}`}
          >
            {t('passport.fields.counter', { n: props.value.trim().length, max: rule.max })}
          </span>
        )}
      </span>
    </div>
  );
}

/** Dates and scale: plain values (last writer wins is right for a date or a choice). */
function GeneralValues({ doc, p, problems }: Props) {
  const { t } = useTranslation();
  const date = (field: 'dateStart' | 'dateEnd') => {
    const codes = problemsAt(problems, { field });
    const errorId = `passport-f-${field}-error`;
    return (
      <div className="field passport-field passport-field--date">
        <label className="field__label" htmlFor={`passport-f-${field}`}>
          {t(`passport.fields.${field}`)}
        </label>
        <input
          id={`passport-f-${field}`}
          type="date"
          className="input passport-date"
          value={p[field]}
          aria-invalid={codes.some((c) => !SOFT_CODES.includes(c)) || undefined}
          aria-describedby={codes.length > 0 ? errorId : undefined}
          data-testid={`passport.field.${field}`}
          onChange={(e) => setPassportValue(doc, field, e.target.value || null, LOCAL_ORIGIN)}
        />
        <Problems id={errorId} codes={codes} />
      </div>
    );
  };
  return (
    <div className="passport-values">
      {date('dateStart')}
      {date('dateEnd')}
      <div className="field passport-field">
        <label className="field__label" htmlFor="passport-f-scale">
          {t('passport.fields.scale')}
        </label>
        <select
          id="passport-f-scale"
          className="input"
          value={p.scale ?? ''}
          data-testid="passport.field.scale"
          onChange={(e) => setPassportValue(doc, 'scale', e.target.value || null, LOCAL_ORIGIN)}
        >
          <option value="">{t('passport.scale.none')}</option>
          {PASSPORT_SCALES.map((s: PassportScale) => (
            <option key={s} value={s}>
              {t(`passport.scale.${s}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
