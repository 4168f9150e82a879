/** One task of the import preview: 序号, the task shortened, 牵头 / 配合 / 共同负责 / 责任领导, the deadline as read, and what to check. */
import type { ImportStrings } from './importStrings';
import type { PreviewDeadline, PreviewTask } from './previewTask';
import { useImportPreviewStyles } from './ImportPreview.styles';
import { DATA_LANG, DataText } from '../shared/DataText';
import { MixedText } from '../shared/MixedText';

/** `problems`: what disagrees with its column in this task's cells (a date among agencies, a person as an agency), worded. */
export function PreviewTaskItem({
  task,
  s,
  problems = [],
}: {
  task: PreviewTask;
  s: ImportStrings;
  problems?: readonly string[];
}) {
  const styles = useImportPreviewStyles();
  const join = (names: string[]) => names.join(s.listSeparator);
  const fields: [string, string][] = [];
  if (task.lead.length > 0) fields.push([s.lead, join(task.lead)]);
  if (task.support.length > 0) fields.push([s.support, join(task.support)]);
  // One agency in a plain list is simply the responsible unit, not a joint one.
  if (task.joint.length > 0) fields.push([task.joint.length === 1 ? s.sole : s.joint, join(task.joint)]);
  if (task.leaders.length > 0) fields.push([s.leaders, join(task.leaders)]);
  const noUnits = task.lead.length + task.support.length + task.joint.length === 0;
  const deadline = deadlineText(task.deadline, task.schedule, s);
  const deadlineNeedsCheck = task.deadline.kind === 'unsure' || task.deadline.kind === 'unread';

  return (
    <li className={styles.task} aria-label={s.taskLabel(task.no)}>
      <p className={styles.taskText}>
        <strong>{task.no}</strong> <DataText>{task.text}</DataText>
      </p>
      <dl className={styles.fields}>
        {fields.map(([term, value]) => (
          <div key={term} className={styles.group}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value} lang={DATA_LANG}>
              {value}
            </dd>
          </div>
        ))}
        {noUnits && (
          <div className={styles.group}>
            <dt className={styles.term}>{s.sole}</dt>
            <dd className={styles.attention}>{s.noUnits}</dd>
          </div>
        )}
        <div className={styles.group}>
          <dt className={styles.term}>{s.deadline}</dt>
          <dd className={deadlineNeedsCheck ? styles.attention : styles.value}>
            <MixedText text={deadline} />
          </dd>
        </div>
        {problems.length > 0 && (
          <div className={styles.group}>
            <dt className={styles.term}>{s.taskProblems}</dt>
            <dd className={styles.attention}>
              {problems.map((p, i) => (
                <span key={i} className={styles.problem}>
                  <MixedText text={p} />
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

function deadlineText(deadline: PreviewDeadline, schedule: string, s: ImportStrings): string {
  switch (deadline.kind) {
    case 'date':
      return deadline.ongoing
        ? s.deadlineDateOngoing(s.deadlineDate(schedule, deadline.date))
        : s.deadlineDate(schedule, deadline.date);
    case 'ongoing':
      return s.ongoing;
    case 'unsure':
      return s.unsure(schedule);
    case 'unread':
      return s.unread(schedule);
    case 'none':
      return s.noSchedule;
  }
}
