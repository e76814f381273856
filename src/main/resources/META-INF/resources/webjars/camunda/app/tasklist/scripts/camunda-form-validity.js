// Tasklist 7.24 marks a Camunda Form invalid as soon as a dynamic list
// is rendered: its form-js "changed" handler tests Object.keys(errors).length, and form-js 1.8.7 keeps a key
// (holding an array of undefined) for every repeated field it has validated, so "Hoàn thành" stays disabled.
// Here Camunda Forms never disable the button; completing still runs form-js submit(), which validates the
// whole form, shows the messages and sends nothing when a field is invalid; the server checks again.
// Relies on Tasklist internals (camTasklistFormDirective): recheck on every Camunda upgrade
// (TasklistUnitReportBrowserIT fails if completing a report form stops working).
const angular = window.angular;

angular.module('cam.tasklist').decorator('camTasklistFormDirective', ['$delegate', ($delegate) => {
  const directive = $delegate[0];
  const original = directive.controller;
  const construct = original[original.length - 1];
  directive.controller = [...original.slice(0, -1), '$element', function (...args) {
    const element = args.pop();
    construct.apply(this, args);
    const notify = this.notifyFormValidated;
    this.notifyFormValidated = (invalid) =>
      notify.call(this, element[0].querySelector('.fjs-form') ? false : invalid);
  }];
  return $delegate;
}]);

export default [];
