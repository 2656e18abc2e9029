/** How every TOM text is parsed, whole or part by part: merge keys on, duplicate keys an error, errors as data. */
export const parseOptions = { merge: true, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' } as const;
