import { describe, expect, test } from 'vitest';
import { backgroundValidators } from '../../../protocol/background-validators';
import { createBackgroundHandlers } from '../../../entrypoints/background/handlers';
import { createMessageRouter } from '../../../protocol/message-router';
import { envelope, MAX_MESSAGE_CHARS } from '../../../protocol/messages';
import { coldLanguageData } from '../../support/data';

const data = coldLanguageData();
const handlers = createBackgroundHandlers(data);
const route = createMessageRouter(handlers, backgroundValidators);
const context = { tabId: 7 };

describe('the background router', () => {
  test('answers a well-formed request with its value', async () => {
    expect(await route(envelope('pinyin', { text: '中朝' }), context)).toEqual({ ok: true, value: [{ text: '中朝', pinyin: ['zhōng', 'cháo'] }] });
    expect(await route(envelope('hello', {}), context)).toEqual({ ok: true, value: { tabId: 7 } });
  });

  test('looks up the word at an offset, with its glossary entry', async () => {
    const reply = await route(envelope('lookupWord', { text: '构建人类命运共同体理念', offset: 2 }), context);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    // Inside the glossary phrase, the dictionary word under the pointer, the phrase as the card's glossary section.
    expect(reply.value).toMatchObject({ word: '人类', start: 2, end: 4, otherScript: '人類', glossary: { term: '人类命运共同体' } });
    expect((reply.value as { glossary?: { english: string } }).glossary?.english).toMatch(/shared future/);
  });

  test('a card reads only the definition files its word needs, as a cold worker fetches them', async () => {
    const before = data.loaded.length;
    const reply = await route(envelope('lookupWord', { text: '银行行长说', offset: 3 }), context);
    expect(reply).toMatchObject({ ok: true, value: { word: '行长', definitions: [{ pinyin: 'háng zhǎng', definitions: ['bank president'] }] } });
    const read = data.loaded.slice(before);
    expect(read.length).toBeGreaterThan(0);
    expect(read.length).toBeLessThanOrEqual(2);
    // Once read, a part is not read again.
    await route(envelope('lookupWord', { text: '银行行长说', offset: 3 }), context);
    expect(data.loaded.length).toBe(before + read.length);
  });

  test.each([
    ['not an object', 'hello', 'bad-request'],
    ['no envelope', { type: 'pinyin', data: { text: '中' } }, 'bad-request'],
    ['unknown type', envelope('formatDisk', {}), 'unknown-type'],
    ['inherited name', envelope('toString', {}), 'unknown-type'],
    ['wrong field type', envelope('pinyin', { text: 42 }), 'bad-request'],
    ['missing field', envelope('lookupWord', { text: '中朝' }), 'bad-request'],
    ['offset out of range', envelope('lookupWord', { text: '中朝', offset: 9 }), 'bad-request'],
    ['unknown locale', envelope('convertTexts', { texts: ['后台'], to: 'xx' }), 'bad-request'],
    ['oversized', envelope('pinyin', { text: '中'.repeat(MAX_MESSAGE_CHARS + 1) }), 'too-large'],
  ])('%s gets a typed error', async (_name, message, code) => {
    const reply = await route(message, context);
    expect(reply).toMatchObject({ ok: false, error: { code } });
    if (!reply.ok) expect(reply.error.message.length).toBeGreaterThan(0);
  });

  test('an error thrown by a handler comes back as a value, and the router keeps serving', async () => {
    const failing = createMessageRouter(
      {
        ...handlers,
        pinyin: () => {
          throw new Error('dictionary exploded');
        },
      },
      backgroundValidators,
    );
    expect(await failing(envelope('pinyin', { text: '中' }), context)).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'pinyin: dictionary exploded' },
    });
    expect(await failing(envelope('detectScript', { text: '後臺' }), context)).toMatchObject({ ok: true, value: { script: 'traditional' } });
  });
});
