import { describe, expect, test } from 'vitest';
import { cardHandlers } from '../../../../features/hover/worker/card-handlers';
import { coldLanguageData } from '../../../support/data';

const { lookupWord } = cardHandlers(coldLanguageData());
const context = { tabId: 1 };

describe('the card the worker sends', () => {
  test('writes CEDICT\'s references in the script of the page, with tone marks', async () => {
    const simplified = await lookupWord({ text: '构建人类命运共同体', offset: 4 }, context);
    expect(simplified).toMatchObject({ word: '命运', definitions: [{ definitions: ['fate; destiny'], classifiers: ['个 gè'] }] });
    const traditional = await lookupWord({ text: '構建人類命運共同體', offset: 4 }, context);
    expect(traditional).toMatchObject({ word: '命運', definitions: [{ classifiers: ['個 gè'] }] });
  });

  test('leaves no "|" or numbered reading in any entry of a many-reading word', async () => {
    const card = await lookupWord({ text: '他看着我。', offset: 2 }, context);
    const texts = card!.definitions.flatMap((entry) => [...entry.definitions, ...entry.classifiers, ...entry.variantOf]);
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text).not.toMatch(/\p{Script=Han}\|\p{Script=Han}|\[[a-z:]+[1-5]/iu);
  });
});
