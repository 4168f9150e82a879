/**
 * What the load into the workbook came to, announced politely: the merge's counts (added, changed, unchanged, missing),
 * the missing tasks kept, the source's own columns kept; or why the write failed, in the pane's words.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n/useStrings';
import { errorText } from '../shared/errorText';
import { MixedText } from '../shared/MixedText';
import { OutcomeMessage } from '../shared/OutcomeMessage';
import type { ImportOutcome } from './ImportPanel.types';
import { importSourcesStrings } from './importSourcesStrings';
import { importStrings } from './importStrings';

export function LoadOutcome({ outcome }: { outcome: ImportOutcome | null }) {
  const s = useStrings();
  const sources = importSourcesStrings(s.locale);
  const { listSeparator } = importStrings(s.locale);
  return (
    <div aria-live="polite">
      {outcome?.kind === 'merged' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.mergeTitle}</MessageBarTitle>
            {s.mergeSummary(
              outcome.summary.added.length,
              outcome.summary.changed.length,
              outcome.summary.unchanged.length,
              outcome.summary.missing.length,
            )}
            {outcome.summary.missing.length > 0 && (
              <div>{s.mergeMissing(outcome.summary.missing.join(listSeparator))}</div>
            )}
            {outcome.carried && (
              <div>
                <MixedText
                  text={sources.carriedDone(outcome.carried.written, outcome.carried.added.join(listSeparator))}
                />
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && (
        <OutcomeMessage intent="error">
          <MixedText text={s.loadFailed(errorText(outcome.error, s.locale))} />
        </OutcomeMessage>
      )}
    </div>
  );
}
