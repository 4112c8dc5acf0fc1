// Where the extension's data comes from, with each licence: CC-CEDICT's CC BY-SA asks for its credit, its licence
// and a note of what was changed wherever the data is used.
import { i18n } from '#i18n';

const CREDITS = [
  { name: 'CC-CEDICT', by: 'MDBG', what: 'creditDictionary', licence: 'CC BY-SA 4.0', href: 'https://cc-cedict.org/wiki/', licenceHref: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  { name: 'OpenCC', by: 'opencc-js', what: 'creditConversion', licence: 'Apache-2.0', href: 'https://github.com/BYVoid/OpenCC', licenceHref: 'https://www.apache.org/licenses/LICENSE-2.0' },
  { name: 'pinyin-pro', by: '@pinyin-pro/data', what: 'creditPinyin', licence: 'MIT, ISC', href: 'https://github.com/zh-lx/pinyin-pro', licenceHref: 'https://opensource.org/license/mit' },
  { name: 'CPP (g2pM)', by: 'Kakao Brain', what: 'creditModel', licence: 'Apache-2.0', href: 'https://github.com/kakaobrain/g2pM', licenceHref: 'https://www.apache.org/licenses/LICENSE-2.0' },
] as const;

export function DataCredits() {
  return (
    <section class="group" data-testid="data-credits">
      <h2>{i18n.t('creditsHeading')}</h2>
      <ul>
        {CREDITS.map((credit) => (
          <li key={credit.name} data-credit={credit.name}>
            {i18n.t(credit.what)}: <a href={credit.href} target="_blank" rel="noreferrer">{credit.name}</a> ({credit.by}),{' '}
            <a href={credit.licenceHref} target="_blank" rel="noreferrer">{credit.licence}</a>
          </li>
        ))}
      </ul>
      <p class="explanation">{i18n.t('creditsChanges')}</p>
    </section>
  );
}
