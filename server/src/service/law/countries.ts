/** Where personal data may go without a transfer mechanism (Chapter V GDPR). */

/** The 27 EU member states (ISO codes; Greece is GR, also written EL in EU texts), `EU` itself, and the EEA's IS, LI, NO. */
export const eea = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'EL', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'EU', 'IS', 'LI', 'NO']);

/** Countries with an EU adequacy decision (Art. 45), as FORMAT.md lists them. The US needs `dpf` or `scc`. */
export const adequate = new Set(['AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY']);

export const isThirdCountry = (code: string): boolean => !eea.has(code) && !adequate.has(code);
