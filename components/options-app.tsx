// The settings page: the traditional standard to convert to, hover, how the card shows a word, and the per-site rules.
import { i18n } from '#i18n';
import type { WxtStorageItem } from 'wxt/utils/storage';
import {
  CARD_FONT_SIZES,
  cardFontSize,
  HOVER_MODES,
  hoverMode,
  disabledSites,
  hoverOffSites,
  phonetic,
  PHONETICS,
  setSiteRule,
  siteRules,
  TONE_COLORS,
  toneColors,
  traditionalVariant,
  TRADITIONAL_VARIANTS,
  underlineTerms,
} from '../settings/items';
import { DataCredits } from './data-credits';
import { SiteList } from './site-list';
import { SiteRuleForm } from './site-rule-form';
import { useStored } from './use-stored';

/** One group of radio buttons for a setting with a few named values (labels from `messageKey.value`). */
function Choices<T extends string>({ name, item, values, label }: { name: string; item: WxtStorageItem<T, Record<string, never>>; values: readonly T[]; label: (value: T) => string }) {
  const value = useStored(item);
  return (
    <>
      {values.map((option) => (
        <label key={option} class="choice">
          <input type="radio" name={name} data-testid={`${name}-${option}`} checked={value === option} onChange={() => void item.setValue(option)} />
          {label(option)}
        </label>
      ))}
    </>
  );
}

export function OptionsApp() {
  const rules = useStored(siteRules) ?? {};
  const underline = useStored(underlineTerms);
  const hosts = Object.keys(rules).sort();
  return (
    <main>
      <h1>{i18n.t('optionsTitle')}</h1>
      <p>
        <a href="/wordlist.html" target="_blank" data-testid="word-list-link">{i18n.t('wordListLink')}</a>
      </p>
      <fieldset>
        <legend>{i18n.t('variantLabel')}</legend>
        <Choices name="variant" item={traditionalVariant} values={TRADITIONAL_VARIANTS} label={(value) => i18n.t(`variant.${value}`)} />
        <p class="explanation">{i18n.t('variantNote')}</p>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('hoverLabel')}</legend>
        <Choices name="hover" item={hoverMode} values={HOVER_MODES} label={(value) => i18n.t(`hoverMode.${value}`)} />
        <SiteList list={hoverOffSites} heading={i18n.t('hoverOffSitesHeading')} empty={i18n.t('noHoverOffSites')} testId="hover-off-site-row" />
        <SiteList list={disabledSites} heading={i18n.t('disabledSitesHeading')} empty={i18n.t('noDisabledSites')} testId="disabled-site-row" />
      </fieldset>
      <fieldset>
        <legend>{i18n.t('underlineLabel')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            data-testid="underline-terms"
            checked={underline === true}
            disabled={underline === null}
            onChange={(event) => void underlineTerms.setValue(event.currentTarget.checked)}
          />
          {i18n.t('underlineTerms')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('cardDisplayLabel')}</legend>
        <h2>{i18n.t('toneColorsHeading')}</h2>
        <Choices name="tone-colors" item={toneColors} values={TONE_COLORS} label={(value) => i18n.t(`toneColors.${value}`)} />
        <h2>{i18n.t('phoneticHeading')}</h2>
        <Choices name="phonetic" item={phonetic} values={PHONETICS} label={(value) => i18n.t(`phonetic.${value}`)} />
        <h2>{i18n.t('cardFontSizeHeading')}</h2>
        <Choices name="card-font-size" item={cardFontSize} values={CARD_FONT_SIZES} label={(value) => i18n.t(`cardFontSize.${value}`)} />
      </fieldset>
      <section>
        <h2>{i18n.t('siteRulesHeading')}</h2>
        {hosts.length === 0 ? (
          <p class="empty">{i18n.t('noSiteRules')}</p>
        ) : (
          <ul role="list">
            {hosts.map((host) => (
              <li key={host} data-testid="site-rule-row">
                <span class="term">{host}</span> <span class="count">{i18n.t(`script.${rules[host]!}`)}</span>{' '}
                <button onClick={() => void setSiteRule(host, null)}>{i18n.t('removeRule')}</button>
              </li>
            ))}
          </ul>
        )}
        <SiteRuleForm />
      </section>
      <DataCredits />
    </main>
  );
}
