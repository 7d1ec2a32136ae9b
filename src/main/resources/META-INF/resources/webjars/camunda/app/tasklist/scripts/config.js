// EHC Flow: Tasklist settings. This file replaces the config.js of camunda-webapp-webjar 7.24.0
// (same classpath path, our copy comes first), so it keeps the settings of that file we still want:
// the keyboard shortcuts, which Tasklist reads only from here.
// The header shows "<vendor> <name>", so the vendor is "EHC Flow" and the name is the app's own.
// The red "migrate to Camunda 8" banner cannot be switched off here in 7.24.0 (the header always
// renders it): styles/user-styles.css hides it.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'EHC Flow'
  },
  // Do not fetch and show Camunda's product welcome message on the login page.
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claim the selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'move to the first filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'move to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'move to the first field of the task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'start a process'
    }
  }
};
