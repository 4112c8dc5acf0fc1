// The hover card's own words, in the reader's UI language.
import { i18n } from '#i18n';
import type { CardLabels } from './hover-card';

export const cardLabels = (): CardLabels => ({
  measureWords: i18n.t('cardMeasureWords'),
  variantOf: i18n.t('cardVariantOf'),
  keys: i18n.t('cardKeys'),
  listen: i18n.t('cardListen'),
  saved: i18n.t('cardSaved'),
  saveFailed: i18n.t('cardSaveFailed'),
  copied: i18n.t('cardCopied'),
  copyFailed: i18n.t('cardCopyFailed'),
  noVoice: i18n.t('cardNoVoice'),
  names: { person: i18n.t('cardNamePerson'), place: i18n.t('cardNamePlace'), org: i18n.t('cardNameOrg'), foreign: i18n.t('cardNameForeign') },
});
