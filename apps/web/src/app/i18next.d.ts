import 'i18next';
import type da from './locales/da.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof da;
  }
}
