import './groups.css';
import type { DragEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Card } from '@shared/doc/board';
import { editCard, removeCard } from '@shared/doc/board';
import type { CardGroup } from '@shared/doc/groups';
import { applyDrop, groupOfCard, MAX_GROUP_TITLE, mayEditGroup, planDrop, readGroups, renameGroup, ungroup } from '@shared/doc/groups';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import type { CardId, PersonId } from '@shared/ids';
import { useDocValue } from '../../collab/hooks';
import { CardItem } from '../board/CardItem';

type Me = { personId: PersonId | null; name: string; facilitator: boolean };

type Props = {
  doc: Y.Doc;
  cards: readonly Card[];
  me: Me;
  writable: boolean;
  /** A vote on this board is open: participants no longer group (the host refuses it too). */
  voteOpen: boolean;
  showAuthors: boolean;
};

const NO_GROUPS: CardGroup[] = [];
const DRAG_TYPE = 'application/x-veche-card';

/**
 * The card list with groups: drag a card onto another (or "Group with…" then "Here", for thumbs and
 * keyboards) to group duplicates. A group is shown where its first card is, with its title (editable by
 * its author and facilitators) and an "Ungroup" button. Groups are records of their own
 * (shared/doc/groups.ts): grouping never changes anybody's card.
 */
export function GroupedCards({ doc, cards, me, writable, voteOpen, showAuthors }: Props) {
  const { t } = useTranslation();
  const groups = useDocValue(doc, readGroups, NO_GROUPS);
  const [dragging, setDragging] = useState<CardId | null>(null);
  const [picking, setPicking] = useState<CardId | null>(null);
  const [over, setOver] = useState<CardId | null>(null);
  const [refused, setRefused] = useState(false);
  const canGroup = writable && (me.facilitator || !voteOpen);
  const byCard = groupOfCard(groups);
  const isMine = (authorId: PersonId | null) => authorId !== null && authorId === me.personId;

  const drop = (dragged: CardId, target: CardId) => {
    setDragging(null);
    setPicking(null);
    setOver(null);
    const plan = planDrop(groups, dragged, target, me.personId, me.facilitator);
    if (!plan) {
      setRefused(dragged !== target);
      return;
    }
    setRefused(false);
    applyDrop(doc, plan, '', { authorId: me.personId, authorName: me.name }, LOCAL_ORIGIN);
  };

  const cardItem = (c: Card) => {
    const handlers = canGroup
      ? {
          draggable: true,
          onDragStart: (e: DragEvent<HTMLLIElement>) => {
            e.dataTransfer.setData(DRAG_TYPE, c.id);
            e.dataTransfer.effectAllowed = 'move';
            setDragging(c.id);
          },
          onDragEnd: () => (setDragging(null), setOver(null)),
          onDragOver: (e: DragEvent<HTMLLIElement>) => {
            if (dragging === null || dragging === c.id) return;
            e.preventDefault();
            if (over !== c.id) setOver(c.id);
          },
          onDragLeave: () => over === c.id && setOver(null),
          onDrop: (e: DragEvent<HTMLLIElement>) => {
            e.preventDefault();
            const id = (e.dataTransfer.getData(DRAG_TYPE) || dragging) as CardId | null;
            if (id) drop(id, c.id);
          },
          className: over === c.id ? 'card--drop-target' : '',
          'data-groupable': true,
        }
      : undefined;
    const extra = canGroup ? (
      picking === null ? (
        <button type="button" className="button button--small" onClick={() => setPicking(c.id)} data-testid="groups.take">
          {t('groups.take')}
        </button>
      ) : picking === c.id ? (
        <button type="button" className="button button--small" onClick={() => setPicking(null)} data-testid="groups.take-cancel">
          {t('groups.takeCancel')}
        </button>
      ) : (
        <button type="button" className="button button--small button--primary" onClick={() => drop(picking, c.id)} data-testid="groups.here">
          {t('groups.here')}
        </button>
      )
    ) : null;
    return (
      <CardItem
        key={c.id}
        card={c}
        mine={isMine(c.authorId)}
        canEdit={writable && (me.facilitator || isMine(c.authorId))}
        showAuthor={showAuthors}
        onEdit={(text) => editCard(doc, c.id, text, LOCAL_ORIGIN)}
        onDelete={() => removeCard(doc, c.id, LOCAL_ORIGIN)}
        dnd={handlers}
        extra={extra}
      />
    );
  };

  const shown = new Set<string>();
  return (
    <>
      {writable && cards.length > 1 && (
        <p className="muted groups__hint" data-testid="groups.hint">
          {canGroup ? t('groups.dragHint') : t('groups.closedHint')}
        </p>
      )}
      {picking !== null && (
        <p className="notice" data-testid="groups.picking">
          {t('groups.picking')}
        </p>
      )}
      {refused && (
        <p className="notice notice--error" role="alert" data-testid="groups.refused">
          {t('groups.refused')}
        </p>
      )}
      <ul className="card-list">
        {cards.map((c) => {
          const g = byCard.get(c.id);
          if (!g) return cardItem(c);
          if (shown.has(g.id)) return null;
          shown.add(g.id);
          const members = g.cards.map((id) => cards.find((x) => x.id === id)).filter((x): x is Card => x !== undefined);
          return (
            <GroupBox key={g.id} doc={doc} group={g} editable={canGroup && mayEditGroup(g, me.personId, me.facilitator)}>
              {members.map(cardItem)}
            </GroupBox>
          );
        })}
      </ul>
    </>
  );
}

function GroupBox({ doc, group, editable, children }: { doc: Y.Doc; group: CardGroup; editable: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState<string | null>(null);
  const commit = () => {
    if (title !== null && title.trim() !== group.title) renameGroup(doc, group.id, title, LOCAL_ORIGIN);
    setTitle(null);
  };
  return (
    <li className="card-group" data-testid="groups.group" data-group-id={group.id} data-count={group.cards.length}>
      <div className="card-group__head">
        {editable ? (
          <input
            className="input card-group__title"
            value={title ?? group.title}
            maxLength={MAX_GROUP_TITLE}
            placeholder={t('groups.titlePlaceholder')}
            aria-label={t('groups.title')}
            onChange={(e) => setTitle(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => e.key === 'Enter' && commit()}
            data-testid="groups.title"
          />
        ) : (
          <strong className="card-group__title" data-testid="groups.title-text">
            {group.title || t('groups.titlePlaceholder')}
          </strong>
        )}
        <span className="muted">{t('groups.count', { count: group.cards.length })}</span>
        {group.authorName && <span className="muted">{t('groups.by', { name: group.authorName })}</span>}
        {editable && (
          <button type="button" className="button button--small" onClick={() => ungroup(doc, group.id, LOCAL_ORIGIN)} data-testid="groups.ungroup">
            {t('groups.ungroup')}
          </button>
        )}
      </div>
      <ul className="card-list card-group__cards">{children}</ul>
    </li>
  );
}
