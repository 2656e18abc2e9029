/** How the settings of one document are put together from the places a user can write them. */
import { defaultSettings, type Settings } from '../types';

/** `over` laid on `base`: each key it sets wins; `rules` and `schemas` are merged entry by entry. */
export function mergeSettings(base: Settings, over: Partial<Settings> = {}): Settings {
  return { ...base, ...over, rules: { ...base.rules, ...over.rules }, schemas: { ...base.schemas, ...over.schemas } };
}

/**
 * The settings of one document, weakest first: the defaults, then the editor's settings (VS Code
 * user < workspace < folder) or the environment (the CLI's locale), then the repository's
 * `.tom-studio.yaml`, then the command line. The file wins over the editor so that the editor shows
 * what CI reports; an explicit option wins over the file, as with ESLint's `--rule`.
 */
export function resolveSettings(layers: { editor?: Partial<Settings>; file?: Partial<Settings>; commandLine?: Partial<Settings> }): Settings {
  return [layers.editor, layers.file, layers.commandLine].reduce<Settings>((s, layer) => mergeSettings(s, layer), defaultSettings);
}
