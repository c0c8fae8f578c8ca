/** What the mapping views ask of the browser (implemented in utils/mapping-connector.ts; tests pass a fake). */
import type { Lang } from '../lib/i18n';

export interface PickedField {
  selector: string;
  text: string;
  extra?: Record<string, string>;
}

export interface MappingApi {
  /** The followed tab's address, when the browser lets the extension see it (else null). */
  pageUrl(): Promise<string | null>;
  /** Asks for access to a host. Call it straight from the click: the browser needs the user's gesture. */
  requestHost(host: string): Promise<boolean>;
  /** Puts the picker into the followed tab; false when the page cannot be scripted. */
  startPicker(): Promise<boolean>;
  /** Pick mode for one field in the followed tab: the pick, or null when cancelled (Esc). */
  pick(field: string, label: string): Promise<PickedField | null>;
  /** Ends pick mode in the page. */
  cancelPick(): Promise<void>;
  /**
   * After saving or deleting: re-sync the page-script registrations; `applyNow` also reads the followed
   * tab now (`known`: a supported platform's page, whose own script takes the new fields).
   */
  changed(opts?: { applyNow?: boolean; lang?: Lang; known?: boolean }): Promise<void>;
  /** Withdraws the host permission (a deleted mapping). */
  forgetHost(host: string): Promise<void>;
}
