import { describe, expect, it } from 'vitest';
import type { AnnotationData } from './annotation.ts';
import type { StoryData } from './story.ts';
import { noteTextIn, storyTextIn, type Translations } from './translated-text.ts';

const note = { id: 'acme-orders-kept', title: 'Acme keeps order records', summary: 'Acme keeps them with no end date.', questions: ['How long?'] } as AnnotationData;
const other = { ...note, id: 'acme-other' } as AnnotationData;
const story = { id: 'acme-april', title: 'What Acme changed', summary: 'Acme keeps order records longer now.' } as StoryData;
const translations: Translations = {
  zh: {
    notes: { 'acme-orders-kept': { title: 'Acme 保留订单记录', summary: 'Acme 无限期保留。', questions: ['保留多久？'] } },
    stories: { 'acme-april': { title: 'Acme 改了什么', summary: 'Acme 现在保留订单记录更久。' } },
  },
};

describe('translated text', () => {
  it('is the translation, tagged zh-Hans, when one exists', () => {
    expect(noteTextIn(translations, note, 'zh')).toEqual({ title: 'Acme 保留订单记录', summary: 'Acme 无限期保留。', questions: ['保留多久？'], translated: true, lang: 'zh-Hans' });
    expect(storyTextIn(translations, story, 'zh')).toEqual({ title: 'Acme 改了什么', summary: 'Acme 现在保留订单记录更久。', translated: true, lang: 'zh-Hans' });
  });

  it('falls back to the English, tagged en and not translated, when none exists', () => {
    expect(noteTextIn(translations, other, 'zh')).toEqual({ title: note.title, summary: note.summary, questions: ['How long?'], translated: false, lang: 'en' });
    expect(storyTextIn({}, story, 'zh')).toMatchObject({ title: story.title, translated: false, lang: 'en' });
  });

  it('is the English for English pages', () => {
    expect(noteTextIn(translations, note, 'en')).toMatchObject({ title: note.title, translated: false, lang: 'en' });
    expect(storyTextIn(translations, story, 'en')).toMatchObject({ title: story.title, translated: false, lang: 'en' });
  });
});
