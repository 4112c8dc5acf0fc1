import { expect, test } from 'vitest';
import { readableDefinitions } from '../../../../features/word-list/ui/word-parts';

test('a saved word\'s definitions are shown with CEDICT\'s references in the script it was read in', () => {
  const definition = 'fate; destiny\n[zháo] see 著|着[zhao2]';
  expect(readableDefinitions({ word: '命运', sentence: '构建人类命运共同体', definition })).toEqual(['fate; destiny', '[zháo] see 着 zháo']);
  expect(readableDefinitions({ word: '命運', sentence: '構建人類命運共同體', definition })).toEqual(['fate; destiny', '[zháo] see 著 zháo']);
});
