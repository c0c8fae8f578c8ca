/**
 * The built-in reply-script library (data only). Each file holds one group of scripts;
 * this module joins them. Bump BUILTIN_VERSION whenever a script is added, changed or removed,
 * so stored overrides (UserScript.builtinId) can be checked against the shipped text.
 */
import type { Script } from '../types';
import { ZH_GENERAL } from './zh-general';
import { ZH_RETURNS } from './zh-returns';
import { ZH_AFTERSALE } from './zh-aftersale';
import { ZH_ORDER } from './zh-order';
import { ZH_PRESALE } from './zh-presale';
import { ZH_RISK } from './zh-risk';
import { EN_SCRIPTS } from './en';

/** Version of the built-in set; a positive integer, raised on every change to the data. */
export const BUILTIN_VERSION = 1;

/** Every built-in script, zh first then en. Frozen: copy a script before editing it. */
export const BUILTIN_SCRIPTS: readonly Script[] = Object.freeze([
  ...ZH_PRESALE,
  ...ZH_ORDER,
  ...ZH_RETURNS,
  ...ZH_AFTERSALE,
  ...ZH_RISK,
  ...ZH_GENERAL,
  ...EN_SCRIPTS,
]);

/** Built-in scripts by id. */
export const BUILTIN_BY_ID: ReadonlyMap<string, Script> = new Map(BUILTIN_SCRIPTS.map((s) => [s.id, s]));
