// EHC Flow: Cockpit settings. This file replaces the config.js of camunda-webapp-webjar 7.24.0
// (same classpath path, our copy comes first); that file sets nothing but comments, so every other
// setting keeps its default.
// The header shows "<vendor> <name>", so the vendor is "EHC Flow" and the name is the app's own.
// The red "migrate to Camunda 8" banner cannot be switched off here in 7.24.0 (the header always
// renders it): styles/user-styles.css hides it.
// The dashboard's "Timeliness" plugin is not listed under customScripts: it is a server-side Cockpit
// plugin (org.ehcflow.timeliness.TimelinessCockpitPlugin), and Cockpit loads the front end of every
// registered plugin itself (plugin-webapp/timeliness/app/plugin.js); listing it here too would
// draw it twice.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'EHC Flow'
  },
  // Do not fetch and show Camunda's product welcome message on the login page.
  disableWelcomeMessage: true
};
