/** A labelled value, `Lead: 市教育局` / `牵头：市教育局`: the label in the pane's words, the value as the table has it. */
import type { ReactNode } from 'react';
import { useStrings } from '../i18n/useStrings';
import { DataText } from './DataText';

export function FieldText({ label, children }: { label: string; children: ReactNode }) {
  const s = useStrings();
  return (
    <>
      {s.fieldLabel(label)}
      <DataText>{children}</DataText>
    </>
  );
}
