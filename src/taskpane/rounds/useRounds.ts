/** The workbook's reporting rounds (填报轮次 sheet), read through the port and re-read on demand. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoundRecord, WorkbookPort } from '../../workbook/port';
import { errorText } from '../shared/errorText';

export interface RoundsState {
  records: RoundRecord[];
  /** Rows of the sheet that could not be read. */
  issueCount: number;
  loading: boolean;
  error: string | null;
  reload: () => Promise<RoundRecord[]>;
}

export function useRounds(port: WorkbookPort | null): RoundsState {
  const [records, setRecords] = useState<RoundRecord[]>([]);
  const [issueCount, setIssueCount] = useState(0);
  const [loading, setLoading] = useState(port !== null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

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
      if (ticket === latest.current) setError(errorText(e));
      return [];
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, [port]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { records, issueCount, loading, error, reload };
}
