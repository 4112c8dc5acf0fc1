// OpenCC phrases that its greedy longest-match segmentation wrongly matches across a word boundary
// (the first word ends inside the phrase), found on the corpus and the CPP dev sentences. Read by
// tools/build/build-conversion-words.ts. Each line: the phrase, then the cut it spoils and what it turns into.
export const CONVERSION_TRAPS: readonly string[] = [
  '长发', // 行长|发表 read as 長髮
  '护发', // 维护|发展 read as 護髮
  '生发', // 医生|发现 read as 生髮
  '换发', // 转换|发光 read as 換髮
  '国历', // 中国|历史 read as 國曆
  '有采', // 没有|采取 keeps 采 (採取)
  '得采', // 不得|采取 keeps 采 (採取)
  '打并', // 殴打|并 read as 打併 (並)
  '大冲', // 巨大|冲击 read as 大沖 (衝擊)
  '浪冲', // 海浪|冲蚀 read as 浪衝 (沖蝕)
  '场合', // 农场|合并 takes 合, leaving 並 (合併)
  '对合', // 反对|合并 takes 合, leaving 並 (合併)
  '机制', // 推土机|制造 keeps 制 (製造)
  '币制', // 银币|制造 keeps 制 (製造)
  '法制', // 方法|制作 keeps 制 (製作)
  '新制', // 创新|制造 keeps 制 (製造)
  '新征', // 重新|征服 read as 新徵 (征服)
  '中签', // 其中|签名 read as 中籤 (簽名)
  '口占', // 人口|占 keeps 占 (佔)
  '单于', // 名单|于 read as 單于 (於)
  '陆游', // 中国大陆|游戏 read as 陸游 (遊戲)
  '日游', // 抗日|游击 read as 日遊 (游擊)
  '查干', // 审查|干部 keeps 干 (幹部)
  '府干', // 政府|干预 read as 府幹 (干預)
  '个中', // 一个|中立 read as 箇中 (個)
  '个旧市', // 一个|旧|市镇 read as 箇舊市 (個)
  '方几', // 西北方|几 keeps 几 (幾)
  '明了', // 下落不明|了 (the particle) read as 明瞭
  '元后', // 美元|后 keeps 后 (後)
  '风后', // 通风|后 keeps 后 (後)
  '背人', // 驼背|人 read as 揹人
  '门里', // 石库门|里弄 read as 門裡/門裏 (里弄)
  '名表', // 官名|表 read as 名錶
  '南岳', // 湖南|岳阳 read as 南嶽 (岳陽)
  '机柜', // 值机|柜台 takes 柜, leaving 臺 (櫃檯)
  '书台', // 读书|台 read as 書檯 (臺)
  '多只', // 大多|只 read as 多隻 (只)
  '根烟', // 根|烟囱 read as 根菸 (煙囪)
  '一根烟', // 第一|根|烟囱 read as 一根菸 (煙囪)
  '压回', // 液压|回路 takes 回, leaving 路 (迴路)
  '绕回', // 环绕|回廊 takes 回, leaving 廊 (迴廊)
  // Found by tools/build/find-conversion-traps.ts on the corpus, the CPP dev sentences and the dev pages:
  '是只', // 而是|只要 read as 是隻
  '一出', // 统一|出租 read as 一齣
  '开发', // 公开|发布 takes 发, leaving 布 (發佈)
  '部发', // 教育部|发布 takes 发, leaving 布 (發佈)
  '照发', // 护照|发布 takes 发, leaving 布 (發佈)
  '相并', // 亮相|并 read as 相併 (並)
  '白干', // 小白|干 read as 白乾 (幹)
  '斯干', // 劳伦斯|干 keeps 干 (幹)
  '安胡', // 保安|胡同 takes 胡, leaving 同 (衚衕)
  '上搜', // 网上|搜索 takes 搜, leaving 索 (Taiwan phrasing: 搜尋)
];

// Readings OpenCC's phrase table lacks, in its own form (simplified, then OpenCC's traditional): added to the
// simplified → traditional configurations as phrases of OpenCC's (segmentation and first stage), so Taiwan's
// and Hong Kong's variants follow from OpenCC's later stages. Read by tools/build/build-conversion-words.ts, which
// checks each one in every configuration and back.
export const CONVERSION_PHRASES: readonly (readonly [string, string])[] = [
  // OpenCC has 总台 → 總檯 (a front desk) only; after a broadcaster's name it is a station, written as 电视台 → 電視臺.
  ['电视总台', '電視總臺'], // 中央广播电视总台 read 總檯
  ['广播总台', '廣播總臺'],
  ['广电总台', '廣電總臺'],
];
