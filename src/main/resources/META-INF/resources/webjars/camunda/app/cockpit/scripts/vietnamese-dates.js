// Dates in Cockpit the Vietnamese way (02/12/2026 15:18), never ISO ("2026-12-02T15:18:00") or English month names.
//
// Camunda 7.24 Cockpit ignores config.js "dateFormat" (its configuration service reads it, nothing asks), and the
// bootstrap sets the camDate filter's formats in a config block of the "cam.cockpit" module (Cockpit: "normal" =
// YYYY-MM-DD[T]HH:mm:ss). This custom script is loaded before the application starts, so the config block it adds to
// the same module runs after Camunda's own and its formats win. Recheck on every Camunda upgrade
// (HistoryBrowserIT opens Cockpit and checks its dates).
const angular = window.angular;

const FORMATS = {
  monthName: 'MM',
  day: 'DD',
  abbr: 'DD/MM/YYYY HH:mm',
  normal: 'DD/MM/YYYY HH:mm',
  long: 'DD/MM/YYYY HH:mm:ss',
  short: 'DD/MM/YYYY',
};

angular.module('cam.cockpit').config(['camDateFormatProvider', (formats) => {
  Object.entries(FORMATS).forEach(([name, format]) => formats.setDateFormat(format, name));
}]);

export default [];
