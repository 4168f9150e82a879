/** The as-of date and 预警天数, opened from the header's date button; an invalid window is named at its field. */
import { Field, Input, Select } from '@fluentui/react-components';
import { WARNING_PRESETS, warningPresetOf } from '../../model';
import { MixedText } from '../shared/MixedText';
import { useStrings } from '../i18n/useStrings';
import { MAX_WARN_DAYS, type Settings } from './useSettings';
import { useSettingsPanelStyles } from './SettingsPanel.styles';

export interface SettingsPanelProps {
  id: string;
  settings: Settings;
  /** The preview's explanation (read-only, embedded table), or null inside Excel. */
  previewDetail: string | null;
  /** Inside Excel: where the rule is kept, or why it could not be written there; null in the preview. */
  ruleNote?: string | null;
}

export function SettingsPanel({ id, settings, previewDetail, ruleNote = null }: SettingsPanelProps) {
  const s = useStrings();
  const styles = useSettingsPanelStyles();
  return (
    <section id={id} className={styles.panel} aria-label={s.settingsLabel}>
      <div className={styles.fields}>
        <Field label={s.asOf}>
          <Input
            className={styles.input}
            type="date"
            value={settings.asOfText}
            onChange={(_, d) => settings.setAsOfText(d.value)}
          />
        </Field>
        <Field
          label={s.warnDays}
          {...(settings.warnInvalid
            ? { validationState: 'error' as const, validationMessage: s.warnDaysInvalid(settings.warnDays) }
            : { hint: s.warnDaysHint })}
        >
          <Input
            className={styles.input}
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_WARN_DAYS}
            step={1}
            value={settings.warnText}
            onChange={(_, d) => settings.setWarnText(d.value)}
          />
        </Field>
        <Field label={s.warningPreset} hint={s.warningPresetHint}>
          <Select
            className={styles.input}
            value={settings.preset}
            onChange={(_, d) => settings.setPreset(warningPresetOf(d.value) ?? settings.preset)}
          >
            {WARNING_PRESETS.map((p) => (
              <option key={p} value={p}>
                {s.warningPresetNames[p]}
              </option>
            ))}
          </Select>
        </Field>
        {/* A Select, not a Checkbox: the first load already carries Select, and the settings stay as light as before. */}
        <Field label={s.laggingCounts}>
          <Select
            className={styles.input}
            value={settings.laggingCounts ? 'yes' : 'no'}
            onChange={(_, d) => settings.setLaggingCounts(d.value === 'yes')}
          >
            <option value="no">{s.no}</option>
            <option value="yes">{s.yes}</option>
          </Select>
        </Field>
      </div>
      {ruleNote && (
        <p className={styles.note} role="status">
          <MixedText text={ruleNote} />
        </p>
      )}
      {previewDetail && <p className={styles.note}>{previewDetail}</p>}
    </section>
  );
}
