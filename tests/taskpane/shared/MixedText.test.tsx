// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EN_US } from '../../../src/taskpane/i18n/strings.enUS';
import { StringsContext } from '../../../src/taskpane/i18n/useStrings';
import { FieldText } from '../../../src/taskpane/shared/FieldText';
import { MixedText, splitChineseRuns } from '../../../src/taskpane/shared/MixedText';

afterEach(cleanup);

/** The elements marked Chinese, by their text. */
const marked = (root: HTMLElement) => [...root.querySelectorAll('[lang="zh-CN"]')].map((el) => el.textContent);

describe('splitChineseRuns', () => {
  it('cuts a sentence into its own words and the Chinese it quotes, digits inside a run kept with it', () => {
    expect(splitChineseRuns('Task 3: the schedule “另行通知” could not be read; 2026年底前 or 2015年8月')).toEqual([
      { text: 'Task 3: the schedule ', chinese: false },
      { text: '“另行通知”', chinese: true },
      { text: ' could not be read; ', chinese: false },
      { text: '2026年底前', chinese: true },
      { text: ' or ', chinese: false },
      { text: '2015年8月', chinese: true },
    ]);
  });

  it('leaves English quotes and numbers alone', () => {
    expect(splitChineseRuns('Round “May” · 2026-11-25')).toEqual([
      { text: 'Round “May” · 2026-11-25', chinese: false },
    ]);
  });
});

describe('MixedText and FieldText', () => {
  it('in the English pane, mark each Chinese run and nothing else', () => {
    const { container } = render(
      <StringsContext.Provider value={EN_US}>
        <p>
          <MixedText text="Last update 2026-11-02 · 张三" />
        </p>
        <p>
          <FieldText label={EN_US.lead}>市教育局、市财政局</FieldText>
        </p>
      </StringsContext.Provider>,
    );
    expect(marked(container)).toEqual(['张三', '市教育局、市财政局']);
    expect(container.textContent).toBe('Last update 2026-11-02 · 张三Lead: 市教育局、市财政局');
  });

  it('in the Chinese pane, the sentence is plain text (the whole pane is Chinese); the field value is still marked', () => {
    const { container } = render(
      <>
        <p>
          <MixedText text="最近更新 2026-11-02 · 张三" />
        </p>
        <p>
          <FieldText label="牵头">市教育局</FieldText>
        </p>
      </>,
    );
    expect(marked(container)).toEqual(['市教育局']);
    expect(container.textContent).toBe('最近更新 2026-11-02 · 张三牵头：市教育局');
  });
});
