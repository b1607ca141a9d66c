import { describe, expect, it } from 'vitest';
import { stemRussian } from '@shared/audience/stem-ru';
import { cloudWords, normaliseWord, stemWord, wordCloud } from '@shared/audience/word-cloud';

describe('the Russian stemmer', () => {
  it('gives the Snowball stems of its reference vocabulary', () => {
    // Pairs from the Snowball Russian sample vocabulary (snowballstem.org).
    const cases: [string, string][] = [
      ['вавиловка', 'вавиловк'],
      ['важного', 'важн'],
      ['важнейшие', 'важн'],
      ['дорогами', 'дорог'],
      ['красивая', 'красив'],
      ['бегавшая', 'бега'],
      ['бегать', 'бега'],
      ['бежавший', 'бежа'],
      ['безопасность', 'безопасн'],
      ['безопасности', 'безопасн'],
      ['благоустройства', 'благоустройств'],
      ['вечерний', 'вечерн'],
      ['улицы', 'улиц'],
    ];
    for (const [word, stem] of cases) expect(stemRussian(word), word).toBe(stem);
  });

  it('puts the forms of one word under one stem', () => {
    const forms = ['дорога', 'дороги', 'дороге', 'дорогу', 'дорогой', 'дорогам', 'дорогах'];
    expect(new Set(forms.map(stemWord)).size).toBe(1);
    expect(new Set(['парк', 'парки', 'парков', 'парком', 'парке'].map(stemWord)).size).toBe(1);
    expect(stemWord('Дорога')).toBe(stemWord('дорога'));
  });

  it('keeps apart words that only share a beginning', () => {
    expect(stemWord('дорога')).not.toBe(stemWord('дом'));
    expect(stemWord('школа')).not.toBe(stemWord('шкаф'));
  });

  it('never returns more than it was given, and handles words without vowels or very short ones', () => {
    for (const w of ['', 'в', 'тсс', 'ёж', 'по', 'ы', 'ьь']) expect(stemRussian(normaliseWord(w)).length).toBeLessThanOrEqual(w.length);
    expect(normaliseWord('Ёлка')).toBe('елка');
  });
});

describe('the word cloud', () => {
  it('drops stop words and one- or two-letter words, keeps hyphenated words whole', () => {
    expect(cloudWords('И это всё, что нам нужно: парк и сквер!')).toEqual(['парк', 'сквер']);
    expect(cloudWords('северо-запад и по')).toEqual(['северо-запад']);
  });

  it('groups the forms of a word, counts each person once per stem, and shows the commonest form', () => {
    const cloud = wordCloud(['Дороги, дороги и дороги', 'ремонт дорог', 'Новые дороги', 'парк', 'Парки']);
    const road = cloud.find((w) => w.stem === stemWord('дорога'))!;
    expect(road.count).toBe(3);
    expect(road.word).toBe('дороги');
    expect(cloud[0]!.stem).toBe(road.stem);
    expect(cloud.find((w) => w.stem === stemWord('парк'))!.count).toBe(2);
  });

  it('orders by count then word, and caps the number of words', () => {
    const answers = Array.from({ length: 100 }, (_, i) => `слово${String.fromCharCode(0x430 + (i % 30))}${i}`);
    expect(wordCloud(answers, 10)).toHaveLength(10);
    expect(wordCloud([])).toEqual([]);
    const c = wordCloud(['банк', 'вокзал', 'вокзал']);
    expect(c.map((w) => w.word)).toEqual(['вокзал', 'банк']);
  });

  it('shows a word spelled as people wrote it, ё included, and groups it with the е spelling', () => {
    const c = wordCloud(['Зелёные дворы', 'зелёные, зелёный', 'зеленые']);
    expect(c[0]).toMatchObject({ word: 'зелёные', count: 3 });
  });

  it('handles English beside Russian', () => {
    const c = wordCloud(['parks and roads', 'Park']);
    expect(c.find((w) => w.stem === 'park')!.count).toBe(2);
    expect(c.some((w) => w.word === 'and')).toBe(false);
  });
});
