import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { QuestionQueue } from '@shared/audience/api';
import type { AudienceConfig, AudienceState, MyQuestion, PublicQuestion } from '@shared/doc/audience';
import {
  DEFAULT_CONFIG,
  readAudienceConfig,
  readAudienceState,
  readMyOpenAnswer,
  readMyQuestions,
  readMyScale,
  readMyUpvotes,
  readPublicQuestions,
} from '@shared/doc/audience';
import type { EventId } from '@shared/ids';
import { useDocValue } from '../../collab/hooks';
import type { Room } from '../../collab/rooms';
import { useDocRead, useReadyDoc } from '../voting/use-voting';
import { fetchQueue } from './audience-api';

const NO_QUESTIONS: PublicQuestion[] = [];
const NO_STATE: AudienceState = { now: null, scale: null, cloud: [] };
const NO_MINE: MyQuestion[] = [];
const NO_UPVOTES = new Set<string>();

export const usePublicQuestions = (board: Room | null) => useDocValue(useReadyDoc(board), readPublicQuestions, NO_QUESTIONS);
export const useAudienceState = (board: Room | null) => useDocValue(useReadyDoc(board), readAudienceState, NO_STATE);
export const useAudienceConfig = (board: Room | null): AudienceConfig => useDocValue(useReadyDoc(board), readAudienceConfig, DEFAULT_CONFIG);

export const useMyQuestions = (person: Room | null, boardId: string) =>
  useDocRead(useReadyDoc(person), boardId, (d: Y.Doc) => readMyQuestions(d, boardId), NO_MINE);
export const useMyUpvotes = (person: Room | null, boardId: string) =>
  useDocRead(useReadyDoc(person), boardId, (d: Y.Doc) => readMyUpvotes(d, boardId), NO_UPVOTES);
export const useMyScale = (person: Room | null, boardId: string) =>
  useDocRead(useReadyDoc(person), boardId, (d: Y.Doc) => readMyScale(d, boardId), undefined as unknown);
export const useMyOpenAnswer = (person: Room | null, boardId: string) =>
  useDocRead(useReadyDoc(person), boardId, (d: Y.Doc) => readMyOpenAnswer(d, boardId), null);

/** How often the console asks for the moderation queue (pending questions are in no room anyone syncs). */
const QUEUE_POLL_MS = 1500;

/** The facilitator's moderation queue, kept fresh while the console shows it; `set` takes an action's answer at once. */
export function useQuestionQueue(token: string, eventId: EventId, boardId: string) {
  const [queue, setQueue] = useState<QuestionQueue | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const r = await fetchQueue(token, eventId, boardId);
    if (r.ok) {
      setQueue(r.value);
      setError(null);
    } else setError(r.error.message);
  }, [token, eventId, boardId]);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const tick = async () => {
      await refresh();
      if (!stopped) timer = setTimeout(() => void tick(), QUEUE_POLL_MS);
    };
    void tick();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [refresh]);
  return { queue, error, set: setQueue, setError };
}
