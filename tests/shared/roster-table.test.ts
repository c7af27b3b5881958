import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../renderer/src/chair/Prepare/roster-parse';
import { decodeText } from '../../shared/text/decode';
import {
  categoryLabels,
  categoryOfLabel,
  detectHeader,
  fieldOfTitle,
  guessColumns,
  setColumn,
  unusedColumns,
} from '../../shared/roster-table';

// An office's own sheet, as the one that failed in issue 13: a title row, a blank row, then the
// header with 身份 / 楼栋号 / 联系电话, and the labels offices write.

const OFFICE = [
  ['锦绣苑小区议事会成员名单', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['序号', '姓名', '身份', '楼栋号', '联系电话', '备注'],
  ['1', '王建国', '社区两委', '居委会', '13800000001', '主任'],
  ['2', '李秀兰', '业委会委员', '3号楼', '13800000002', ''],
  ['3', '张伟', '楼栋长', '5号楼', '13800000003', ''],
  ['4', '陈明', '物业公司', '物业服务中心', '010-6401 2345', ''],
  ['5', '赵敏', '社区老党员', '7号楼', '13800000005', ''],
];

let ids = 0;
const makeId = () => `m${++ids}`;

describe('header detection', () => {
  it('finds the header below a title row and a blank row, and maps 身份, 楼栋号 and 联系电话', () => {
    expect(detectHeader(OFFICE)).toEqual({
      headerIndex: 2,
      columns: [null, 'name', 'category', 'affiliation', 'phone', null],
    });
  });

  it('knows each synonym the issue names, in simplified, traditional and English titles', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['名字', 'name'],
      ['姓名*', 'name'],
      ['类别', 'category'],
      ['身份', 'category'],
      ['人员类别', 'category'],
      ['界别', 'category'],
      ['楼栋', 'affiliation'],
      ['楼栋号', 'affiliation'],
      ['楼号', 'affiliation'],
      ['住址', 'affiliation'],
      ['樓棟號', 'affiliation'],
      ['联系电话', 'phone'],
      ['手机', 'phone'],
      ['电话', 'phone'],
      ['聯絡電話', 'phone'],
      ['联系电话（手机）', 'phone'],
      ['Phone', 'phone'],
      ['户号', 'household'],
      ['面积', 'area'],
      ['建筑面积', 'area'],
      ['建筑面积(m²)', 'area'],
      ['是否列席', 'observer'],
      ['表决权', 'role'],
      ['备注', 'known'],
      ['序号', 'known'],
    ];
    for (const [title, field] of cases)
      expect([title, fieldOfTitle(title)]).toEqual([title, field]);
    expect(fieldOfTitle('锦绣苑小区议事会成员名单')).toBeNull();
  });

  it('gives each field to its first column only, and a chair can move a field to another column', () => {
    const columns = guessColumns(['姓名', '电话', '手机']);
    expect(columns).toEqual(['name', 'phone', null]);
    expect(setColumn(columns, 2, 'phone')).toEqual(['name', null, 'phone']);
    expect(setColumn(columns, 0, null)).toEqual([null, 'phone', null]);
    expect(setColumn(['name'], 2, 'area')).toEqual(['name', null, 'area']);
  });

  it('finds nothing when no row of the first ten names a name column', () => {
    const sheet = [['成员名单'], ...Array.from({ length: 12 }, () => ['x', 'y'])];
    expect(detectHeader(sheet)).toBeNull();
    expect(detectHeader([...Array.from({ length: 10 }, () => ['']), ['姓名']])).toBeNull();
  });

  it('lists every column that is not imported, a column with data but no title included', () => {
    const header = OFFICE[2] ?? [];
    expect(unusedColumns(header, guessColumns(header), 7)).toEqual([
      { index: 0, title: '序号' },
      { index: 5, title: '备注' },
      { index: 6, title: '' },
    ]);
  });
});

describe('category detection', () => {
  it('maps the labels offices write to the built-in categories', () => {
    const cases: readonly (readonly [string, string])[] = [
      ['社区两委', 'committee'],
      ['两委成员', 'committee'],
      ['村两委', 'committee'],
      ['居委会委员', 'committee'],
      ['社區兩委', 'committee'],
      ['业委会委员', 'ownersCommittee'],
      ['业委会', 'ownersCommittee'],
      ['业主委员会', 'ownersCommittee'],
      ['業委會委員', 'ownersCommittee'],
      ['楼栋长', 'residentRep'],
      ['党员代表', 'residentRep'],
      ['居民小组长', 'residentRep'],
      ['居（村）民代表', 'residentRep'],
      ['居(村)民代表', 'residentRep'],
      ['物业公司', 'propertyManager'],
      ['物业服务企业代表', 'propertyManager'],
      ['新市民代表', 'nonLocalRep'],
      ['社会组织代表', 'socialOrg'],
      ['利益相关方', 'stakeholder'],
      ['Owners’ committee', 'ownersCommittee'],
      // A longer label that names a category inside it.
      ['业委会副秘书长', 'ownersCommittee'],
    ];
    for (const [label, category] of cases)
      expect([label, categoryOfLabel(label)]).toEqual([label, category]);
  });

  it('does not guess a label it does not know', () => {
    expect(categoryOfLabel('社区老党员')).toBeNull();
    expect(categoryOfLabel('其他')).toBeNull();
    expect(categoryOfLabel('')).toBeNull();
  });

  it('lists a column’s distinct labels with their counts and guesses, in order of appearance', () => {
    const body = [['楼栋长'], [' 社区两委 '], ['楼栋长'], [''], ['社区老党员']];
    expect(categoryLabels(body, 0)).toEqual([
      { label: '楼栋长', count: 2, guess: 'residentRep' },
      { label: '社区两委', count: 1, guess: 'committee' },
      { label: '社区老党员', count: 1, guess: null },
    ]);
    expect(categoryLabels(body, undefined)).toEqual([]);
  });
});

describe('parsing an office sheet', () => {
  it('brings every member in with category, building and phone; an unknown label waits for the chair', () => {
    const table = parseRoster(OFFICE, new Set(), makeId);
    expect(table.fileError).toBeNull();
    expect(table.rows.map((r) => r.line)).toEqual([4, 5, 6, 7, 8]);
    const members = table.rows.map((r) => r.member);
    expect(
      members.slice(0, 4).map((m) => [m?.name, m?.category, m?.affiliation, m?.phone]),
    ).toEqual([
      ['王建国', 'committee', '居委会', '13800000001'],
      ['李秀兰', 'ownersCommittee', '3号楼', '13800000002'],
      ['张伟', 'residentRep', '5号楼', '13800000003'],
      ['陈明', 'propertyManager', '物业服务中心', '010-6401 2345'],
    ]);
    expect(table.rows[4]?.member).toBeNull();
    expect(table.rows[4]?.errors).toEqual([
      { code: 'categoryUnconfirmed', params: { value: '社区老党员' } },
    ]);
    // Confirmed as a category of its own, or matched to a built-in one.
    const custom = parseRoster(OFFICE, new Set(), makeId, {
      ...table.mapping,
      categories: { 社区老党员: 'custom' },
    });
    expect(custom.rows[4]?.member).toMatchObject({
      category: 'custom',
      customCategory: '社区老党员',
    });
    const matched = parseRoster(OFFICE, new Set(), makeId, {
      ...table.mapping,
      categories: { 社区老党员: 'residentRep', 楼栋长: 'stakeholder' },
    });
    expect(matched.rows[4]?.member?.category).toBe('residentRep');
    expect(matched.rows[2]?.member?.category).toBe('stakeholder');
  });

  it('reads 是否列席 as an observer mark and refuses a word it does not understand', () => {
    const table = parseRoster(
      [
        ['姓名', '是否列席'],
        ['甲', '是'],
        ['乙', '否'],
        ['丙', ''],
        ['丁', '也许'],
      ],
      new Set(),
      makeId,
    );
    expect(table.rows.map((r) => r.member?.role ?? null)).toEqual([
      'observer',
      'member',
      'member',
      null,
    ]);
    expect(table.rows[3]?.errors).toEqual([{ code: 'badObserver', params: { value: '也许' } }]);
  });

  it('reads the same office sheet from GBK, GB18030, UTF-8 with and without BOM', () => {
    const text = OFFICE.map((row) => row.join(',')).join('\r\n');
    const files = {
      gbk: execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text }),
      gb18030: execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }),
      utf8: Buffer.from(text, 'utf8'),
      utf8bom: Buffer.from(`\ufeff${text}`, 'utf8'),
    };
    for (const [name, bytes] of Object.entries(files)) {
      const decoded = decodeText(new Uint8Array(bytes));
      if (!decoded.ok) throw new Error(`${name} not decoded`);
      const cells = decoded.text.split('\r\n').map((line) => line.split(','));
      const table = parseRoster(cells, new Set(), makeId);
      expect([name, table.rows.filter((r) => r.member).map((r) => r.member?.phone)]).toEqual([
        name,
        ['13800000001', '13800000002', '13800000003', '010-6401 2345'],
      ]);
    }
  });

  it('refuses a sheet with no name column and accepts it once the chair names one', () => {
    const sheet = [
      ['人员', '身份'],
      ['王建国', '社区两委'],
    ];
    const table = parseRoster(sheet, new Set(), makeId);
    expect(table.fileError).toEqual({ code: 'noNameColumn' });
    const named = parseRoster(sheet, new Set(), makeId, {
      ...table.mapping,
      columns: setColumn(table.mapping.columns, 0, 'name'),
    });
    expect(named.fileError).toBeNull();
    expect(named.rows[0]?.member).toMatchObject({ name: '王建国', category: 'committee' });
  });
});
