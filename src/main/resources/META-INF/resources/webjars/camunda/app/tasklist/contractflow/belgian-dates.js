// Loaded by Tasklist (config.js customScripts) before any form is shown. Camunda Forms' date
// picker asks Intl.DateTimeFormat for the browser's default date pattern: in an English browser
// that is mm/dd/yyyy, which a Belgian clerk reads the wrong way round. Every date asked of staff
// is dd/mm/yyyy (en-GB pattern, same as fr-BE/nl-BE); a caller naming its own locale keeps it.
const NativeDateTimeFormat = Intl.DateTimeFormat;
const BELGIAN_PATTERN_LOCALE = 'en-GB';

function DateTimeFormat(locales, options) {
  const chosen = locales === undefined || locales === 'default' ? BELGIAN_PATTERN_LOCALE : locales;
  return new NativeDateTimeFormat(chosen, options);
}
DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat);
Intl.DateTimeFormat = DateTimeFormat;

export default [];
