/**
 * The state of 导出通报 / 督办单: the form (期数, office, addressees, 抄送, 下步要求, reply date and place), the facts the
 * notice will state, and the two exports. The writers (and `docx`) are imported on click.
 */
import { useMemo, useState } from 'react';
import { addDays, type AgencyAliases, type IsoDate, type TrackedTask, type WarningRule } from '../../model';
import { DEFAULT_NOTICE_FORM } from '../../officialDocuments/noticeDefaults';
import { noticeFacts, type NoticeFacts } from '../../officialDocuments/noticeFacts';
import type { NoticeForm } from '../../officialDocuments/types';
import { ZIP_MIME, type DownloadFn } from '../shared/downloadFile';
import { errorText } from '../shared/errorText';
import { useAsyncAction } from '../shared/useAsyncAction';
import { useStrings } from '../i18n/useStrings';
import type { OfficialDocumentsStrings } from './officialDocumentsStrings';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A 督办单 asks for a reply within this many days of the as-of date unless the coordinator picks another day. */
const REPLY_WITHIN_DAYS = 5;

export type OfficialOutcome = { intent: 'success' | 'info' | 'error'; text: string } | null;

export interface OfficialDocumentsState {
  form: NoticeForm;
  setField: (key: keyof NoticeForm, value: string) => void;
  replyBy: IsoDate;
  setReplyBy: (day: string) => void;
  replyTo: string;
  setReplyTo: (text: string) => void;
  facts: NoticeFacts;
  busy: boolean;
  outcome: OfficialOutcome;
  exportNotice: () => Promise<void>;
  exportSupervision: () => Promise<void>;
}

interface Input {
  tasks: readonly TrackedTask[];
  asOf: IsoDate;
  today: IsoDate;
  rule: WarningRule;
  aliases: AgencyAliases;
  download: DownloadFn;
  s: OfficialDocumentsStrings;
}

export function useOfficialDocuments({
  tasks,
  asOf,
  today,
  rule,
  aliases,
  download,
  s,
}: Input): OfficialDocumentsState {
  const [form, setForm] = useState<NoticeForm>(DEFAULT_NOTICE_FORM);
  const [replyByText, setReplyBy] = useState<string | null>(null);
  const [replyToText, setReplyTo] = useState<string | null>(null);
  const { locale } = useStrings();
  const action = useAsyncAction<NonNullable<OfficialOutcome>>((error) => ({
    intent: 'error',
    text: s.failed(errorText(error, locale)),
  }));
  const facts = useMemo(() => noticeFacts(tasks, asOf, rule), [tasks, asOf, rule]);
  const replyBy =
    replyByText !== null && /^\d{4}-\d{2}-\d{2}$/.test(replyByText) ? replyByText : addDays(asOf, REPLY_WITHIN_DAYS);
  const replyTo = replyToText ?? s.replyToDefault(form.office);
  const input = { tasks, asOf, rule, printedOn: today };

  const run = action.run;

  const exportNotice = () =>
    run(async () => {
      if (form.issue.trim() === '') return { intent: 'error', text: s.needsIssue };
      const { buildNoticeDocx, noticeFileName } = await import('../../officialDocuments');
      const name = noticeFileName(form.issue, asOf);
      await download(name, await buildNoticeDocx(input, form), DOCX_MIME);
      return { intent: 'success', text: s.noticeDone(name) };
    });

  const exportSupervision = () =>
    run(async () => {
      const { buildSupervisionFiles } = await import('../../officialDocuments');
      const files = await buildSupervisionFiles(input, { office: form.office, replyBy, replyTo }, aliases);
      if (files.kind === 'none') return { intent: 'info', text: s.supervisionNone };
      await download(files.name, files.bytes, files.kind === 'zip' ? ZIP_MIME : DOCX_MIME);
      return { intent: 'success', text: s.supervisionDone(files.name, files.agencies.length) };
    });

  return {
    form,
    setField: (key, value) => setForm((f) => ({ ...f, [key]: value })),
    replyBy,
    setReplyBy,
    replyTo,
    setReplyTo,
    facts,
    busy: action.busy,
    outcome: action.outcome,
    exportNotice,
    exportSupervision,
  };
}
