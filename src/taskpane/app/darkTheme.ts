/** The dark theme, in its own chunk: only panes in a dark Office theme download it. */
export { webDarkTheme } from '@fluentui/react-components';
