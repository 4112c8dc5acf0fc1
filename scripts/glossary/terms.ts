// Curated glossary entries, one per term. The build (scripts/build-glossary.ts) adds traditional forms,
// pinyin, corpus counts and example sentences. `pinyin` is given only where our pinyin function was
// checked by hand and found wrong; `english` follows the official (Xinhua) rendering where one exists.
import type { GlossaryCategory } from '../../utils/language/glossary';

export interface CuratedTerm {
  term: string;
  english: string;
  category: GlossaryCategory;
  explanation: string;
  related?: string[];
  /** Hand-checked reading, when the computed one is wrong. */
  pinyin?: string;
  /** Hand-checked traditional form, when OpenCC's phrase matching gets it wrong. */
  traditional?: string;
}

export const CURATED_TERMS: CuratedTerm[] = [
  { term: '人类命运共同体', english: 'community with a shared future for mankind', category: 'diplomacy', explanation: "Xi Jinping's signature foreign-policy idea: all nations' fates are bound together, so global problems need shared solutions.", related: ['全球发展倡议', '全球安全倡议', '全球文明倡议', '全球治理倡议'] },
  { term: '全球发展倡议', english: 'Global Development Initiative', category: 'diplomacy', explanation: 'Proposed by Xi in 2021 at the UN: development-first cooperation aligned with the 2030 Agenda.', related: ['全球安全倡议', '全球文明倡议', '全球治理倡议'] },
  { term: '全球安全倡议', english: 'Global Security Initiative', category: 'diplomacy', explanation: "Proposed in 2022: China's framework for 'common, comprehensive, cooperative and sustainable' security.", related: ['全球发展倡议', '全球文明倡议', '全球治理倡议'] },
  { term: '全球文明倡议', english: 'Global Civilization Initiative', category: 'diplomacy', explanation: 'Proposed in 2023: respect for the diversity of civilizations and against imposing one model of values.', related: ['全球发展倡议', '全球安全倡议', '全球治理倡议'] },
  { term: '全球治理倡议', english: 'Global Governance Initiative', category: 'diplomacy', explanation: 'Proposed by Xi at the 2025 SCO summit in Tianjin: reform of global governance around sovereign equality and multilateralism.', related: ['全球发展倡议', '全球安全倡议', '全球文明倡议', '上海合作组织'] },
  { term: '一带一路', english: 'Belt and Road Initiative', category: 'economy', explanation: "China's programme, launched in 2013, of infrastructure and trade links across Asia, Africa and Europe.", related: ['人类命运共同体'] },
  { term: '中国式现代化', english: 'Chinese modernization', category: 'party and state', explanation: "The Party's term for China's own path to modernity: a huge population, common prosperity and peaceful development.", related: ['高质量发展', '新质生产力'] },
  { term: '高质量发展', english: 'high-quality development', category: 'economy', explanation: 'The official shift from fast growth to better, more innovative and greener growth.', related: ['新质生产力', '中国式现代化'] },
  { term: '新质生产力', english: 'new quality productive forces', category: 'economy', explanation: "Xi's 2023 term for growth driven by technology and innovation rather than by more labour and capital.", related: ['高质量发展'] },
  { term: '全过程人民民主', english: 'whole-process people\'s democracy', category: 'party and state', explanation: "The Party's description of China's political system as democratic at every stage, from elections to decision-making.", related: ['中国特色社会主义'] },
  { term: '小院高墙', english: 'small yard, high fence', category: 'economy', explanation: 'US policy of strict export controls on a narrow set of key technologies; Chinese media use it critically.', related: [] },
  { term: '十五五', english: '15th Five-Year Plan (2026-2030)', category: 'economy', explanation: "Shorthand for China's 15th Five-Year Plan for economic and social development, covering 2026 to 2030.", related: ['高质量发展'] },
  { term: '新时代', english: 'new era', category: 'party and state', explanation: 'The period of Chinese socialism since Xi Jinping took office in 2012, as the Party names it.', related: ['中国特色社会主义'] },
  { term: '中国特色社会主义', english: 'socialism with Chinese characteristics', category: 'party and state', explanation: "The Party's name for its ideology since Deng Xiaoping: socialism adapted to China's conditions, with markets.", related: ['新时代'] },
  { term: '改革开放', english: 'reform and opening up', category: 'economy', explanation: 'The market reforms and opening to the world begun by Deng Xiaoping in 1978.', related: ['全面深化改革'] },
  { term: '全面深化改革', english: 'comprehensively deepening reform', category: 'party and state', explanation: 'The reform programme set by the Party in 2013 and renewed in 2024, across economy, law and governance.', related: ['改革开放'] },
  { term: '共同富裕', english: 'common prosperity', category: 'economy', explanation: 'The goal of narrowing income and wealth gaps so that prosperity is shared by all.', related: ['中国式现代化'] },
  { term: '乡村振兴', english: 'rural revitalization', category: 'economy', explanation: 'The national strategy, since 2017, to modernize agriculture and raise rural incomes.', related: [] },
  { term: '中国人民抗日战争', english: "Chinese People's War of Resistance against Japanese Aggression", category: 'history', explanation: "China's war against Japan, 1931/1937-1945, which official history treats as part of World War II.", related: ['世界反法西斯战争'] },
  { term: '世界反法西斯战争', english: 'World Anti-Fascist War', category: 'history', explanation: 'The Chinese name for World War II as a war of the Allies against fascism.', related: ['中国人民抗日战争'] },
  { term: '上海合作组织', english: 'Shanghai Cooperation Organization (SCO)', category: 'diplomacy', explanation: 'A Eurasian security and economic organization founded in 2001 with China and Russia as leading members.', related: ['全球治理倡议'] },
  { term: '和平共处五项原则', english: 'Five Principles of Peaceful Coexistence', category: 'diplomacy', explanation: 'Principles set out by China, India and Myanmar in 1954: sovereignty, non-aggression, non-interference, equality, coexistence.', related: [] },
  { term: '中共中央', english: 'Communist Party of China Central Committee', category: 'party and state', explanation: 'The Central Committee of the Communist Party of China, its highest body between party congresses.', related: ['党中央'] },
  { term: '党中央', english: 'CPC Central Committee', category: 'party and state', explanation: 'Short name for the Party centre: the Central Committee and its leadership.', related: ['中共中央'] },
  { term: '国务委员长', english: 'President of the State Affairs', category: 'diplomacy', pinyin: 'guó wù wěi yuán zhǎng', explanation: "The DPRK's top state post, held by Kim Jong Un; Xinhua renders it 'president of the State Affairs'.", related: ['朝鲜劳动党'] },
  { term: '朝鲜劳动党', english: "Workers' Party of Korea", category: 'diplomacy', explanation: 'The ruling party of the Democratic People\'s Republic of Korea.', related: ['国务委员长'] },
  { term: '命运与共', english: 'share a common destiny', category: 'diplomacy', explanation: 'Set phrase for close allies whose futures are bound together, used of China and the DPRK.', related: ['守望相助', '人类命运共同体'] },
  { term: '守望相助', english: 'stand by each other', category: 'diplomacy', explanation: 'Idiom (literally keep watch and help each other) used of close neighbours and friendly countries.', related: ['命运与共'] },
  { term: '习近平', english: 'Xi Jinping', category: 'people', explanation: 'General Secretary of the Communist Party of China and President of the People\'s Republic of China since 2012/2013.', related: ['习近平新时代中国特色社会主义思想'] },
  { term: '习近平新时代中国特色社会主义思想', english: 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', category: 'party and state', explanation: "The Party's guiding ideology named after Xi, written into its constitution in 2017.", related: ['新时代', '中国特色社会主义'] },
  { term: '金正恩', english: 'Kim Jong Un', category: 'people', explanation: 'Leader of the DPRK: General Secretary of the Workers\' Party of Korea and President of the State Affairs.', related: ['朝鲜劳动党'] },
  { term: '台独', english: '"Taiwan independence"', category: 'diplomacy', explanation: 'Short for Taiwan independence, which Beijing opposes; official texts often put it in quotation marks.', related: ['一个中国'] },
  { term: '一个中国', english: 'one China', category: 'diplomacy', pinyin: 'yī gè zhōng guó', traditional: '一個中國', explanation: "Beijing's position that there is one China and Taiwan is part of it; the basis of its diplomatic relations.", related: ['台独'] },
];
