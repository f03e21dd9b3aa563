// contractflow's Cockpit (Camunda 7 web-app configuration; replaces the webjar's default file).
export default {
  // the header and the page title say the product's name
  app: {
    name: 'Cockpit',
    vendor: 'contractflow'
  }
};
