/** The names a round sends no file to, each with why: groups (sent to their listed members), unlisted groups, unnamed units. */
import type { SendList } from '../../reports';
import { MixedText } from '../shared/MixedText';
import { usePanelStyles } from '../shared/panel.styles';
import { useRoundsStrings } from './useRoundsStrings';

export function NotSentList({ recipients }: { recipients: SendList }) {
  const s = useRoundsStrings();
  const styles = usePanelStyles();
  return (
    <section aria-label={s.notSentHeading}>
      <h4 className={styles.heading}>{s.notSentHeading}</h4>
      <ul className={styles.list}>
        {recipients.groups.map((g) => (
          <li key={g.name} className={styles.item}>
            <MixedText text={s.groupSentTo(g.name, g.members.join('、'))} />
          </li>
        ))}
        {recipients.unlisted.length > 0 && (
          <li className={styles.item}>
            <MixedText text={s.groupsUnlisted(recipients.unlisted.join('、'))} />
          </li>
        )}
        {recipients.unspecified.length > 0 && (
          <li className={styles.item}>
            <MixedText text={s.unspecifiedLeftOut(recipients.unspecified.join('、'))} />
          </li>
        )}
      </ul>
    </section>
  );
}
