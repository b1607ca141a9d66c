import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scaleDistribution } from '@shared/audience/scale-stats';
import {
  MAX_QUESTION_TEXT,
  MAX_QUESTIONS_PER_PERSON,
  askQuestion,
  publishAudience,
  readAudienceConfig,
  readAudienceState,
  readMyQuestions,
  readPublicQuestions,
  validScale,
} from '@shared/doc/audience';
import { audienceBlocks } from '@shared/export/audience-report';

describe('audience accessors read hostile docs safely', () => {
  it('a person’s questions: bad entries, over-long texts and more than the cap are not read', () => {
    const d = new Y.Doc();
    const qs = d.getMap<unknown>('questions');
    qs.set('plain', 'not a map');
    const long = new Y.Map<unknown>();
    qs.set('long', long);
    long.set('boardId', 'b');
    long.set('text', 'x'.repeat(MAX_QUESTION_TEXT + 1));
    const bad = new Y.Map<unknown>();
    qs.set('bad id!', bad);
    bad.set('boardId', 'b');
    bad.set('text', 'ok');
    expect(readMyQuestions(d, 'b')).toEqual([]);
    for (let i = 0; i < MAX_QUESTIONS_PER_PERSON + 5; i++) askQuestion(d, 'b', `вопрос ${i}`, false, 'test', i);
    expect(readMyQuestions(d, 'b')).toHaveLength(MAX_QUESTIONS_PER_PERSON);
    expect(askQuestion(d, 'b', '   ', false, 'test')).toBeNull();
  });

  it('a scale range is whole numbers within limits, else the default 1–10; values count only inside it', () => {
    const d = new Y.Doc();
    const c = d.getMap<unknown>('config');
    c.set('min', 0);
    c.set('max', 5);
    expect(readAudienceConfig(d)).toMatchObject({ min: 0, max: 5 });
    c.set('max', 1e9);
    expect(readAudienceConfig(d)).toMatchObject({ min: 1, max: 10 });
    c.set('max', 'ten');
    expect(readAudienceConfig(d)).toMatchObject({ min: 0, max: 10 });
    c.set('min', 2.5);
    expect(readAudienceConfig(d)).toMatchObject({ min: 1, max: 10 });
    const cfg = { prompt: '', min: 1, max: 10 };
    expect([validScale(0, cfg), validScale(10, cfg), validScale(3.5, cfg), validScale('5', cfg)]).toEqual([null, 10, null, null]);
  });

  it('published questions: only approved or answered ones with text, open ones by votes, answered last', () => {
    const d = new Y.Doc();
    publishAudience(
      d,
      [
        { id: 'a', text: 'A', author: null, votes: 1, status: 'approved', createdAt: 1 },
        { id: 'b', text: 'B', author: 'Вера', votes: 5, status: 'answered', createdAt: 2 },
        { id: 'c', text: 'C', author: null, votes: 3, status: 'approved', createdAt: 3 },
      ],
      { now: 'c' },
      'host',
    );
    d.getMap<unknown>('questions').set('x', { text: 'X', status: 'pending' });
    d.getMap<unknown>('questions').set('y', 'junk');
    expect(readPublicQuestions(d).map((q) => q.id)).toEqual(['c', 'a', 'b']);
    expect(readAudienceState(d).now).toBe('c');
    publishAudience(d, [], { now: null }, 'host');
    expect(readPublicQuestions(d)).toEqual([]);
  });
});

describe('the report section', () => {
  it('lists questions with anonymous authors unnamed, the scale by group, and the cloud', () => {
    const q = audienceBlocks(
      { kind: 'questions', prompt: '', questions: [{ id: 'a', text: 'Где парк?', author: null, votes: 4, status: 'answered', createdAt: 0 }] },
      'ru',
      [],
    );
    expect(q).toEqual([{ t: 'table', header: ['Вопрос', 'Автор', 'Голосов', 'Статус'], rows: [['Где парк?', 'анонимно', '4', 'отвечен']] }]);
    const dist = scaleDistribution(
      [
        { value: 2, group: 'residents' },
        { value: 4, group: null },
      ],
      1,
      5,
      ['residents'],
    );
    const s = audienceBlocks({ kind: 'scale', prompt: 'Оцените', distribution: dist }, 'en', [{ id: 'residents', label: 'Residents' }]);
    expect(s[0]).toEqual({ t: 'p', text: 'Оцените' });
    expect(s[1]).toMatchObject({ t: 'table', header: ['Score', '1', '2', '3', '4', '5', 'Answers', 'Mean'] });
    expect((s[1] as { rows: string[][] }).rows.map((r) => r[0])).toEqual(['All', 'Residents', 'No group']);
    expect(audienceBlocks({ kind: 'open-question', prompt: '', cloud: [] }, 'en', [])).toEqual([{ t: 'p', text: 'No answers.', muted: true }]);
  });
});
