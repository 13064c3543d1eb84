/** Strings every page shares. */
import { defineStrings } from '../strings.ts';

export const commonStrings = defineStrings(
  {
    siteName: 'Termline',
    languageSwitch: 'Language',
  },
  {
    siteName: 'Termline',
    languageSwitch: '语言',
  },
);
