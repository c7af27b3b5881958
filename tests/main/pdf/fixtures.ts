import type { Block, DocumentModel } from '../../../shared/documents/model';

// Hand-built document models with realistic content, standing in for buildMinutes / buildNotice /
// buildSignInSheet until the meeting core exists. Deterministic: no clock, no randomness.

const SURNAMES = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);
const GIVEN = Array.from(
  '建国秀英志强桂兰海燕丽华明德玉梅文杰春生淑珍红霞永刚晓东金凤俊峰雪芳家豪子涵思远宏伟美玲立新爱民长青晨曦',
);

/** `count` distinct, deterministic Chinese names; a few use Traditional characters. */
export function makeNames(count: number): string[] {
  const names: string[] = [];
  const traditional = ['鄧麗君', '歐陽曉華', '龍鳳儀', '蕭敬騰', '劉德華'];
  for (let i = 0; names.length < count; i++) {
    if (i % 41 === 7 && traditional.length > 0) {
      names.push(traditional.shift() as string);
      continue;
    }
    const surname = SURNAMES[i % SURNAMES.length] as string;
    const a = GIVEN[(i * 7) % GIVEN.length] as string;
    const b = GIVEN[(i * 13 + 5) % GIVEN.length] as string;
    const name = i % 3 === 0 ? surname + a : surname + a + b;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

const CATEGORIES = [
  '居民代表',
  '两委成员',
  '业委会代表',
  '物业代表',
  '社会组织代表',
  '外来人口代表',
];

const SPEECH_TEXT = [
  '我同意在小区东侧加装电梯的方案，但施工期间要保证老人出行安全，建议每天下午六点以后停止施工。',
  '低楼层住户的采光和噪音问题要提前说清楚，补偿标准应当公开，不能由少数人私下商量决定。',
  '维修资金的使用必须经过业主大会表决，账目每季度在公开栏公示一次，接受全体业主监督。',
  '停车位划线以后，外来车辆怎么管理？建议由物业登记，临时停车两小时以内免费，超过按规定收费。',
  '垃圾分类投放点离三号楼太近，夏天气味很大。希望把投放点移到绿化带北侧，并增加清运次数。',
  '我代表外来务工人员说几句：租户也住在这里，也愿意出力，希望议事会以后多听听我们的意见。',
  '社区养老服务站可以和卫生服务中心合作，每周二、周四上午提供免费量血压和健康咨询服务。',
  '对于“楼道堆物”问题，建议先劝导、再限期清理，最后由物业统一清运，费用从公共收益中列支。',
  '消防通道被电动车占用的情况很普遍，建议在南门增设充电棚，夜间集中充电，杜绝飞线充电隐患。',
  '绿化带改造要兼顾儿童游乐和老人健身，器材采购请列出三家报价，比选结果提交议事会审议。',
  '我反对这次调整物业费。服务质量没有明显提升，应先公开上一年度收支明细，再讨论是否调价。',
  '社区食堂试运营三个月，午餐供应稳定，建议向八十岁以上独居老人免费送餐，经费申请街道补助。',
  '雨季排水不畅，地下车库两次进水。请物业排查管网，必要时聘请第三方检测，费用按面积分摊。',
  '关于快递柜选址，我赞成放在北门岗亭旁，方便上下班取件，也不影响消防车通行和居民散步。',
  '议事规则第十二条规定，表决须有三分之二以上成员到会，本次到会人数符合要求，表决有效。',
  '建议成立由五名居民代表组成的监督小组，全程跟踪施工质量和资金使用，每月向议事会报告。',
];

function speechBlock(speaker: string, stance: string, duration: string, text: string): Block {
  return {
    type: 'paragraph',
    text: [{ text: `${speaker}（${stance}，${duration}）：`, bold: true }, { text }],
  };
}

export type MinutesSize = Readonly<{
  members: number;
  items: number;
  speeches: number;
  votes: number;
}>;

/** A minutes model; the default is a modest meeting, the benchmark asks for a 4-hour one. */
export function minutesModel(
  size: MinutesSize = { members: 200, items: 6, speeches: 40, votes: 6 },
  names: readonly string[] = makeNames(size.members),
): DocumentModel {
  const absentees = names.slice(-12);
  const blocks: Block[] = [
    { type: 'title', text: '幸福里社区居民议事会2026年第二次会议会议记录' },
    {
      type: 'fields',
      items: [
        { label: '会议名称', value: '幸福里社区居民议事会2026年第二次会议' },
        { label: '时间', value: '2026年5月1日 14:00—18:05' },
        { label: '地点', value: '幸福里社区党群服务中心二楼会议室' },
      ],
    },
    {
      type: 'fields',
      columns: 2,
      items: [
        { label: '主持人', value: names[0] ?? '' },
        { label: '记录人', value: names[1] ?? '' },
        { label: '计票人 / 监票人', value: `${names[2]}、${names[3]}` },
        { label: '应到', value: `${size.members}人` },
        { label: '实到', value: `${size.members - absentees.length}人` },
      ],
    },
    {
      type: 'fields',
      items: [
        {
          label: '缺席',
          value: absentees.map((n, i) => `${n}（${i % 2 ? '因病请假' : '外出务工'}）`).join('、'),
        },
        { label: '列席', value: '街道办事处城建科 周晓东；幸福里物业服务中心 林美玲' },
      ],
    },
    { type: 'heading', level: 1, text: '一、参会人员' },
    {
      type: 'table',
      columns: [
        { header: '序号', width: 1, align: 'center' },
        { header: '姓名', width: 2.2 },
        { header: '类别', width: 2.6 },
        { header: '签到时间', width: 1.8, align: 'center' },
      ],
      rows: names.map((name, i) => [
        String(i + 1),
        name,
        CATEGORIES[i % CATEGORIES.length] ?? '',
        absentees.includes(name) ? '缺席' : `13:${String(30 + (i % 29)).padStart(2, '0')}`,
      ]),
    },
  ];
  const perItem = Math.ceil(size.speeches / size.items);
  let speech = 0;
  let vote = 0;
  for (let item = 0; item < size.items; item++) {
    blocks.push({
      type: 'heading',
      level: 1,
      text: `议题${item + 1}：关于${['加装电梯', '维修资金使用', '停车管理', '垃圾分类点迁移', '养老服务站建设'][item % 5]}的协商（第${item + 1}项）`,
    });
    blocks.push({ type: 'heading', level: 2, text: '发言摘要' });
    for (let s = 0; s < perItem && speech < size.speeches; s++, speech++) {
      const speaker = names[(speech * 17) % names.length] ?? '';
      const stance = ['赞成', '反对', '中立'][speech % 3] ?? '';
      // Two sentences a speech (about 90 characters), combined differently each time.
      const text =
        (SPEECH_TEXT[speech % SPEECH_TEXT.length] ?? '') +
        (SPEECH_TEXT[(speech * 5 + 3) % SPEECH_TEXT.length] ?? '');
      blocks.push(
        speechBlock(speaker, stance, `${1 + (speech % 3)}分${(speech * 7) % 60}秒`, text),
      );
    }
    blocks.push({
      type: 'paragraph',
      size: 'small',
      text: [
        { text: '主持人备注：', bold: true },
        { text: '发言时限每人三分钟，超时两人，已提醒。' },
      ],
    });
    const votesHere = Math.ceil(size.votes / size.items);
    for (let v = 0; v < votesHere && vote < size.votes; v++, vote++) {
      const present = size.members - absentees.length;
      const yes = present - 20 - (vote % 9);
      const no = 12 + (vote % 5);
      const abstain = present - yes - no;
      blocks.push({ type: 'heading', level: 2, text: `表决${vote + 1}` });
      blocks.push({
        type: 'fields',
        columns: 2,
        items: [
          { label: '表决方式', value: vote % 2 ? '无记名投票' : '举手表决' },
          { label: '计票基数', value: `到会人员 ${present} 人` },
          { label: '表决结果', value: `赞成 ${yes} 票，反对 ${no} 票，弃权 ${abstain} 票` },
          { label: '通过规则', value: `到会人员过半数同意（${yes}/${present} 到会）` },
        ],
      });
      blocks.push({
        type: 'paragraph',
        text: [
          { text: '决议：', bold: true },
          {
            text: `同意${['实施加装电梯方案', '动用维修资金更换消防水泵', '实行停车登记管理'][vote % 3]}，由物业服务中心在三十日内组织实施，结果在居务公开栏公示。`,
          },
        ],
      });
    }
  }
  blocks.push(
    { type: 'heading', level: 1, text: '落实事项' },
    {
      type: 'table',
      columns: [
        { header: '事项', width: 4 },
        { header: '负责人', width: 1.5 },
        { header: '期限', width: 1.6, align: 'center' },
      ],
      rows: [
        ['组织加装电梯意见征集，公示补偿标准', names[4] ?? '', '2026年5月31日'],
        ['更换消防水泵并公示维修资金使用明细', names[5] ?? '', '2026年6月15日'],
      ],
    },
    { type: 'heading', level: 1, text: '话语权分布' },
    {
      type: 'table',
      columns: [
        { header: '类别', width: 3 },
        { header: '发言次数', width: 1.5, align: 'right' },
        { header: '发言时长占比', width: 2, align: 'right' },
      ],
      rows: CATEGORIES.map((c, i) => [c, String(10 - i), `${(30 - i * 4).toFixed(1)}%`]),
    },
    {
      type: 'paragraph',
      indent: false,
      text: [{ text: '散会时间：', bold: true }, { text: '18:05' }],
    },
    {
      type: 'signatures',
      signLabel: '签字',
      items: [
        { label: '主持人', name: names[0] },
        { label: '记录人', name: names[1] },
      ],
    },
    { type: 'heading', level: 2, text: '参会人员签字' },
    {
      type: 'signatures',
      signLabel: '签字',
      columns: 3,
      items: names.filter((n) => !absentees.includes(n)).map((name) => ({ label: '', name })),
    },
  );
  return {
    version: 1,
    kind: 'minutes',
    locale: 'zh-CN',
    layout: 'standard',
    meta: { title: '幸福里社区居民议事会2026年第二次会议会议记录', author: '幸福里社区居民委员会' },
    header: '幸福里社区居民议事会2026年第二次会议 · 会议记录',
    pageNumbers: 'pageOfTotal',
    blocks,
  };
}
