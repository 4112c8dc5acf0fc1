// User settings, kept with WXT's storage so every part of the extension reads the same values.
import { storage } from 'wxt/utils/storage';
import type { ChineseLocale } from './language/convert-script';

export type TraditionalVariant = Exclude<ChineseLocale, 'cn'>;

/** Which traditional standard "convert to traditional" produces. twp also rewrites phrases, so it is never the default. */
export const traditionalVariant = storage.defineItem<TraditionalVariant>('sync:traditionalVariant', {
  fallback: 'tw',
  version: 1,
});
