import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseChineseNumber, toHalfWidth } from '../../src/model/numerals';

describe('toHalfWidth', () => {
  test.each([
    ['２０１５年８月底前', '2015年8月底前'],
    ['ＡＢＣｘｙｚ', 'ABCxyz'],
    ['（试行）', '(试行)'],
    ['牵头单位：市教育局；配合单位：市财政局', '牵头单位:市教育局;配合单位:市财政局'],
    ['甲，乙？丙！', '甲,乙?丙!'],
    ['１００％', '100%'],
    ['２０１６／６／３０', '2016/6/30'],
    ['２０１６－０６－３０', '2016-06-30'],
    ['２０１５～２０１７年', '2015~2017年'],
    ['２０１６．６．３０', '2016.6.30'],
    ['全角\u3000空格', '全角 空格'],
    ['［１］｛２｝＜３＞', '[1]{2}<3>'],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  test.each([
    ['CJK punctuation with no ASCII twin stays', '持续实施。出台《方案》、“通知”——2015'],
    ['half-width text is unchanged', '2015年8月底前, (x)'],
    ['Chinese numerals stay Chinese', '二〇一五年十二月'],
    ['the empty string', ''],
  ])('%s', (_label, text) => {
    expect(toHalfWidth(text)).toBe(text);
  });

  test('never changes the length, so indexes map back to the original (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => toHalfWidth(text).length === text.length));
  });
});

describe('parseChineseNumber', () => {
  test.each([
    ['〇', 0],
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十四', 24],
    ['三十一', 31],
    ['一十', 10],
    ['一百', 100],
    ['两百', 200],
    ['一百零五', 105],
    ['一百一十二', 112],
    ['三千二百', 3200],
    ['一千零五十', 1050],
    ['两千零一十五', 2015],
    ['二千零一十六', 2016],
    ['十万', 100000],
    ['三万五千', 35000],
    ['一万零五', 10005],
    ['九千九百九十九万九千九百九十九', 99999999],
    ['二〇一五', 2015],
    ['二零一五', 2015],
    ['二〇〇八', 2008],
    ['二○一六', 2016],
    ['一二', 12],
    ['零五', 5],
    ['壹佰贰拾叁', 123],
    ['2015', 2015],
    ['２０１５', 2015],
    [' 十二 ', 12],
  ])('%s = %i', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  test.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['百', 'a unit with no digit'],
    ['千五', 'a leading 千 with no digit'],
    ['一百五', 'colloquial 150: never guess the place'],
    ['三万五', 'colloquial 35000'],
    ['一百十二', '十 after 百 needs its 一'],
    ['一千五十', 'a skipped place needs 零'],
    ['一百零五十', '零 where no place is skipped'],
    ['一百零', 'a trailing 零'],
    ['一千零零五', 'two 零 in a row'],
    ['二十四五', 'two digits in a row'],
    ['十十', 'a repeated unit'],
    ['二两', '两 among digits'],
    ['零五十', 'a leading 零 in a positional number'],
    ['十二月', 'a non-numeral character'],
    ['12a', 'mixed ASCII'],
    ['-1', 'a sign'],
  ])('%j is null (%s)', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  test('reads every number from 1 to 9999 written positionally', () => {
    const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const write = (n: number): string => {
      // The standard written form: 零 marks skipped places, a bare 十 only leads.
      const places: ReadonlyArray<readonly [number, string]> = [
        [1000, '千'],
        [100, '百'],
        [10, '十'],
        [1, ''],
      ];
      let out = '';
      let zero = false;
      for (const [place, unit] of places) {
        const d = Math.floor(n / place) % 10;
        if (d === 0) {
          if (out !== '') zero = true;
          continue;
        }
        if (zero) out += '零';
        zero = false;
        out += (d === 1 && place === 10 && out === '' ? '' : digits[d]) + unit;
      }
      return out;
    };
    const wrong: string[] = [];
    for (let n = 1; n <= 9999; n++) {
      if (parseChineseNumber(write(n)) !== n) wrong.push(`${n} ${write(n)}`);
    }
    expect(wrong).toEqual([]);
    expect(write(2015)).toBe('二千零一十五');
    expect(write(12)).toBe('十二');
  });

  test('never throws and returns null or a non-negative integer (property)', () => {
    const alphabet = fc.constantFrom(...'〇零一二三四五六七八九十百千万两壹0123x '.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: alphabet }), fc.string({ unit: 'grapheme' })), (text) => {
        const value = parseChineseNumber(text);
        return value === null || (Number.isInteger(value) && value >= 0);
      }),
    );
  });
});
