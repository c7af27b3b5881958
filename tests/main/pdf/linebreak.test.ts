import { describe, expect, it } from 'vitest';
import {
  balancedWidth,
  breakLines,
  canBreakBetween,
  titleLines,
  type Atom,
} from '../../../main/pdf/linebreak';

// Unit widths: CJK characters 10, Latin 5, so expected breaks can be counted by hand.
function atoms(text: string): Atom[] {
  return Array.from(text, (char) => ({ char, width: char.charCodeAt(0) > 0x2000 ? 10 : 5 }));
}

function lines(text: string, width: number, first = width): string[] {
  const list = atoms(text);
  return breakLines(list, width, first).map((line) =>
    list
      .slice(line.start, line.end)
      .map((a) => a.char)
      .join(''),
  );
}

describe('breakLines', () => {
  it('breaks between any two Han characters', () => {
    expect(lines('幸福里社区居民议事会', 40)).toEqual(['幸福里社', '区居民议', '事会']);
  });

  it('never starts a line with closing punctuation: the character before moves down with it', () => {
    const result = lines('赞成票二十八，反对五', 60);
    expect(result[0]).toBe('赞成票二十');
    expect(result[1]?.startsWith('八，')).toBe(true);
    for (const line of lines('同意。反对；弃权、其他：（注）！完', 50)) {
      expect('，。；：、）！？').not.toContain(line[0]);
    }
  });

  it('never ends a line with opening punctuation', () => {
    const result = lines('一二三四（五六）', 50);
    expect(result[0]?.endsWith('（')).toBe(false);
  });

  it('keeps Latin words and numbers whole, and breaks at spaces', () => {
    const result = lines('电话 010-65432109 联系', 60);
    expect(result.some((line) => line.includes('010-65432109'))).toBe(true);
  });

  it('cuts a word longer than the line instead of running past it', () => {
    const list = atoms('x'.repeat(50));
    for (const line of breakLines(list, 42)) expect(line.width).toBeLessThanOrEqual(42);
  });

  it('honours the first-line indent and hard line breaks', () => {
    expect(lines('一二三四五六', 40, 20)).toEqual(['一二', '三四五六']);
    expect(lines('一二\n三四', 100)).toEqual(['一二', '三四']);
  });

  it('never exceeds the width for mixed text (property over many widths)', () => {
    const text =
      '2026年5月1日，幸福里社区居民议事会（第二次）表决：赞成28票，反对5票，弃权2票，通过率80.0%。Yishiting v1 OK.';
    const list = atoms(text);
    for (let width = 20; width < 400; width += 7) {
      const result = breakLines(list, width);
      for (const line of result) expect(line.width).toBeLessThanOrEqual(width);
      expect(
        result
          .map((l) =>
            list
              .slice(l.start, l.end)
              .map((a) => a.char)
              .join(''),
          )
          .join('')
          .replace(/ /g, ''),
      ).toBe(text.replace(/ /g, ''));
    }
  });

  it('allows breaks only where Chinese typesetting does', () => {
    expect(canBreakBetween('中', '文')).toBe(true);
    expect(canBreakBetween('中', '，')).toBe(false);
    expect(canBreakBetween('“', '中')).toBe(false);
    expect(canBreakBetween('a', 'b')).toBe(false);
    expect(canBreakBetween(' ', 'b')).toBe(true);
  });
});

describe('balancedWidth', () => {
  it('sets a two-line title in two lines of about equal length', () => {
    const title = '关于幸福里小区3号楼加装电梯及动用专项维修资金的公示';
    const list = atoms(title);
    const width = balancedWidth(list, 200);
    const result = breakLines(list, width);
    expect(result).toHaveLength(breakLines(list, 200).length);
    const [a, b] = result;
    expect(Math.abs((a?.width ?? 0) - (b?.width ?? 0))).toBeLessThanOrEqual(20);
  });
});

describe('titleLines', () => {
  it('moves a two-line title break to a natural place nearby', () => {
    const list = atoms('关于幸福里小区3号楼加装电梯及动用专项维修资金的公示');
    const [first] = titleLines(list, 200);
    const text = list
      .slice(0, first?.end)
      .map((a) => a.char)
      .join('');
    expect(text).toBe('关于幸福里小区3号楼加装电梯');
  });

  it('keeps a break the author wrote', () => {
    const list = atoms('关于停车管理\n办法的公示');
    expect(titleLines(list, 200)).toHaveLength(2);
    expect(titleLines(list, 200)[0]?.end).toBe(6);
  });
});
