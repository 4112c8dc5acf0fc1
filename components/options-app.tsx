// The settings page, in groups: reading (hover cards and how the card shows a word, with the real card previewed
// live beside them), Chinese scripts (the traditional standard, sites always shown in one script), the page (glossary
// underline), sites (without cards, without the extension), the word list, and the data's credits.
import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
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
import { DEFAULT_SETTINGS } from '../settings/schema';
import { CardPreview } from './card-preview';
import { DataCredits } from './data-credits';
import { SiteList } from './site-list';
import { SiteRuleForm } from './site-rule-form';
import { useStored } from './use-stored';

/** One group of radio buttons for a setting with a few named values (labels from `messageKey.value`). */
function Choices<T extends string>({ name, item, values, label, heading }: { name: string; item: WxtStorageItem<T, Record<string, never>>; values: readonly T[]; label: (value: T) => string; heading: string }) {
  const value = useStored(item);
  return (
    <fieldset class="choices">
      <legend>{heading}</legend>
      {values.map((option) => (
        <label key={option} class="choice">
          <input type="radio" name={name} data-testid={`${name}-${option}`} checked={value === option} onChange={() => void item.setValue(option)} />
          <span>{label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Group({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="group" aria-labelledby={`${id}-heading`} data-group={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

export function OptionsApp() {
  const rules = useStored(siteRules) ?? {};
  const underline = useStored(underlineTerms);
  const display = {
    toneColors: useStored(toneColors) ?? DEFAULT_SETTINGS.toneColors,
    phonetic: useStored(phonetic) ?? DEFAULT_SETTINGS.phonetic,
    fontSize: useStored(cardFontSize) ?? DEFAULT_SETTINGS.cardFontSize,
  };
  const hosts = Object.keys(rules).sort();
  return (
    <main class="options-page">
      <header class="page-head">
        <h1>{i18n.t('optionsTitle')}</h1>
        <a class="button-link" href="/wordlist.html" target="_blank" data-testid="word-list-link">
          {i18n.t('wordListLink')}
        </a>
      </header>
      <div class="options-layout">
        <div class="groups">
          <Group id="reading" title={i18n.t('groupReading')} intro={i18n.t('groupReadingIntro')}>
            <Choices name="hover" heading={i18n.t('hoverLabel')} item={hoverMode} values={HOVER_MODES} label={(value) => i18n.t(`hoverMode.${value}`)} />
            <Choices name="tone-colors" heading={i18n.t('toneColorsHeading')} item={toneColors} values={TONE_COLORS} label={(value) => i18n.t(`toneColors.${value}`)} />
            <Choices name="phonetic" heading={i18n.t('phoneticHeading')} item={phonetic} values={PHONETICS} label={(value) => i18n.t(`phonetic.${value}`)} />
            <Choices name="card-font-size" heading={i18n.t('cardFontSizeHeading')} item={cardFontSize} values={CARD_FONT_SIZES} label={(value) => i18n.t(`cardFontSize.${value}`)} />
            <p class="hint">{i18n.t('rubyFollowsCard')}</p>
          </Group>
          <Group id="scripts" title={i18n.t('groupScripts')} intro={i18n.t('groupScriptsIntro')}>
            <Choices name="variant" heading={i18n.t('variantLabel')} item={traditionalVariant} values={TRADITIONAL_VARIANTS} label={(value) => i18n.t(`variant.${value}`)} />
            <p class="explanation">{i18n.t('variantNote')}</p>
            <h3>{i18n.t('siteRulesHeading')}</h3>
            {hosts.length === 0 ? (
              <p class="empty">{i18n.t('noSiteRules')}</p>
            ) : (
              <ul role="list" class="site-rows">
                {hosts.map((host) => (
                  <li key={host} data-testid="site-rule-row">
                    <span class="term">{host}</span> <span class="count">{i18n.t(`script.${rules[host]!}`)}</span>{' '}
                    <button onClick={() => void setSiteRule(host, null)}>{i18n.t('removeRule')}</button>
                  </li>
                ))}
              </ul>
            )}
            <SiteRuleForm />
          </Group>
          <Group id="page" title={i18n.t('underlineLabel')}>
            <label class="check">
              <input
                type="checkbox"
                role="switch"
                data-testid="underline-terms"
                checked={underline === true}
                disabled={underline === null}
                onChange={(event) => void underlineTerms.setValue(event.currentTarget.checked)}
              />
              <span>{i18n.t('underlineTerms')}</span>
            </label>
          </Group>
          <Group id="sites" title={i18n.t('groupSites')} intro={i18n.t('groupSitesIntro')}>
            <SiteList list={hoverOffSites} heading={i18n.t('hoverOffSitesHeading')} empty={i18n.t('noHoverOffSites')} testId="hover-off-site-row" />
            <SiteList list={disabledSites} heading={i18n.t('disabledSitesHeading')} empty={i18n.t('noDisabledSites')} testId="disabled-site-row" />
          </Group>
          <DataCredits />
        </div>
        <aside class="preview-column">
          <CardPreview display={display} />
        </aside>
      </div>
    </main>
  );
}
