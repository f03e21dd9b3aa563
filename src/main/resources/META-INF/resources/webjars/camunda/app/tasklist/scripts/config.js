// contractflow's Tasklist (Camunda 7 web-app configuration, read by Tasklist at start; replaces the
// webjar's default file of the same path, see README "Who does what").
export default {
  // the header and the page title say the product's name, not "Camunda Tasklist"
  app: {
    name: 'Tasklist',
    vendor: 'contractflow'
  },
  // Belgian dates on the task cards and in the task details ("02/12/2026", "mercredi 2 décembre")
  dateFormat: {
    normal: 'DD/MM/YYYY',
    long: 'dddd D MMMM YYYY, HH:mm'
  },
  // Camunda Forms' date picker takes its format from the browser's locale (mm/dd/yyyy in an
  // English browser): dd/mm/yyyy for every staff member; each list opens most urgent first
  customScripts: ['contractflow/belgian-dates', 'contractflow/due-date-first'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
