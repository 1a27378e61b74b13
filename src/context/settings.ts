import { createContext } from '@lit/context';

/** What a `<pbgdpl-provider>` sets for every widget inside it. */
export interface PbgdplSettings {
  /** Service root, e.g. `https://pbgdpl.example`. */
  api?: string;
  /** Unit id (slug), e.g. `ninh-binh`. */
  unit?: string;
  /** Language of the widgets: `vi` or `en`. */
  lang?: string;
}

export const settingsContext = createContext<PbgdplSettings | undefined>('pbgdpl-settings');
