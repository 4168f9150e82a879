/** The workbook's reporting rounds (填报轮次 sheet), read through the port and re-read on demand. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoundRecord } from '../../workbook/port';
import type { RoundsStore } from './previewRounds';
import { errorText } from '../shared/errorText';
import { useStrings } from '../i18n/useStrings';

export interface RoundsState {
  records: RoundRecord[];
  /** Rows of the sheet that could not be read. */
  issueCount: number;
  loading: boolean;
  error: string | null;
  reload: () => Promise<RoundRecord[]>;
}

export function useRounds(port: RoundsStore | null): RoundsState {
  const [records, setRecords] = useState<RoundRecord[]>([]);
  const [issueCount, setIssueCount] = useState(0);
  const [loading, setLoading] = useState(port !== null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const { locale } = useStrings();

  const reload = useCallback(async (): Promise<RoundRecord[]> => {
    if (!port) return [];
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const snapshot = await port.readRounds();
      // Only the newest read lands, so a slow earlier read cannot overwrite a fresher one.
      if (ticket === latest.current) {
        setRecords(snapshot.rounds);
        setIssueCount(snapshot.issues.length);
        setError(null);
      }
      return snapshot.rounds;
    } catch (e) {
      if (ticket === latest.current) setError(errorText(e, locale));
      return [];
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [port, locale]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { records, issueCount, loading, error, reload };
}
